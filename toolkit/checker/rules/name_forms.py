"""One person's name is written with and without an accent, hyphen or capital.

What it flags:
    A name in the text that matches a person's name once accents, hyphens and capitals are set
    aside, but is written differently ("Jose Ramos" after "José Ramos", "Moon Jae In" after
    "Moon Jae-in"). The first form the article uses is taken as the right one. Capitals in
    an all-caps line are not counted. This is a matter of style, so it is reported as info.

Why it matters:
    Search, tagging and the archive treat the two forms as different strings, and readers
    notice a name whose accent comes and goes.

Example:
    Foreign Minister José Ramos arrived on Monday.

    Jose Ramos said talks would go on.

Use instead:
    Foreign Minister José Ramos arrived on Monday.

    José Ramos said talks would go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.checker.rules.name_variants import anchors
from toolkit.checker.similarity import fold
from toolkit.findings import Severity


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    # the first form of each name, by first mention (the reader may list both forms)
    first: dict[str, tuple[str, int]] = {}
    for name, offset in sorted(anchors(ctx), key=lambda item: item[1]):
        if len(name) > 1:
            first.setdefault(_key(" ".join(name)), (" ".join(name), offset))
    if not first:
        return
    # a one-word run without hyphens has a one-word key, and names mostly have two or more
    multi_word = all(" " in key for key in first)
    for run in ctx.runs:
        if multi_word and len(run.tokens) == 1:
            token = run.tokens[0]
            if token.isascii() and "-" not in token:
                continue
        span = run.span
        surface = article.text[span.start : span.end]
        known = first.get(_key(surface))
        if known is None or surface == known[0] or surface.isupper():
            continue
        yield Hit(
            span.start,
            span.end,
            f"{curly(surface)} is written {curly(known[0])} on {where(article, known[1])}; "
            "use one form",
            fix=known[0],
        )


RULE = Rule("NC104", "name-form", Severity.INFO, __doc__ or "", check=check)
