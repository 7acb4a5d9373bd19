"""A name, title or term is written in a form the house list replaces.

What it flags:
    Any spelling listed as a variant under ``names`` or ``titles`` in ``[tool.toolkit]``
    (``"Moin ul Haq" = ["Moin Haq"]``, ``spokesperson = ["spokesman"]``), whole words only,
    in any case. Nothing is flagged without a house list.

Why it matters:
    The house list records decisions the desk has already made; copy that ignores it has to
    be fixed by hand later, or goes out inconsistent with the archive.

Example:
    The ministry spokesman said talks would resume on Monday.

Use instead:
    The ministry spokesperson said talks would resume on Monday.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity


def _pattern(variants: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(
        r"\s+".join(re.escape(w) for w in v.split())
        for v in sorted(variants, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", re.IGNORECASE)


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    for kind, table in (("name", house.names), ("title", house.titles)):
        for canonical, variants in table.items():
            wanted = tuple(
                v for v in variants if v.strip() and v.casefold() != canonical.casefold()
            )
            if not wanted:
                continue
            inside_canonical = [m.span() for m in _pattern((canonical,)).finditer(text)]
            for match in _pattern(wanted).finditer(text):
                if any(a <= match.start() < b for a, b in inside_canonical):
                    continue
                written = match.group()
                fix = canonical
                if kind == "title" and written[:1].isupper():
                    fix = canonical[:1].upper() + canonical[1:]
                yield Hit(
                    match.start(),
                    match.end(),
                    f"{curly(written)} is written {curly(fix)} in house style",
                    fix=fix,
                )


RULE = Rule(
    "NC103",
    "house-spelling",
    Severity.WARNING,
    __doc__ or "",
    check=check,
    example_house=HouseStyle(titles={"spokesperson": ("spokesman", "spokeswoman")}),
)
