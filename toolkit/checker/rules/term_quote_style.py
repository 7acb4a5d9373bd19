"""The same term is put in straight quotes in one place and curly quotes in another.

What it flags:
    A quoted term (up to six words) that appears both as ``"term"`` and as ``“term”`` (or in
    old AP ````term''`` style) in one article. The finding sits on the first quotation in
    the prevailing style and lists where the other style is used.

Why it matters:
    Mixed quote marks are a sign of copy pasted together from different sources; readers and
    search indexes see two different strings, and the house style can only have one.

Example:
    Delegates discussed the "Green Corridor" plan on Monday.

    Officials said the “Green Corridor” would open next year.

Use instead:
    Delegates discussed the "Green Corridor" plan on Monday.

    Officials said the "Green Corridor" would open next year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import where_all
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity

_STYLES = {
    # the mark before its look-behind: a literal first lets the regex engine skip ahead
    "straight": re.compile(r'"(?<![\w"]")([^"\n]{1,80}?)"(?!\w)'),
    "curly": re.compile(r"“([^“”\n]{1,80}?)”"),
    "AP-style": re.compile(r"``([^`'\n]{1,80}?)''"),
}
_NOT_A_TERM = re.compile(r"[.!?;:,]|^\s|\s$")
_SHOWN = {"straight": '"{}"', "curly": "“{}”", "AP-style": "``{}''"}


def _is_term(content: str) -> bool:
    return (
        not _NOT_A_TERM.search(content)
        and 1 <= len(content.split()) <= 6
        and any(c.isalpha() for c in content)
    )


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    # term key -> style -> offsets of the opening mark, in text order
    seen: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for style, pattern in _STYLES.items():
        for match in pattern.finditer(text):
            content = match.group(1)
            if _is_term(content):
                key = " ".join(content.split()).casefold()
                seen.setdefault(key, {}).setdefault(style, []).append(match.span())
    for styles in seen.values():
        if len(styles) < 2:
            continue
        ranked = sorted(styles.items(), key=lambda item: (-len(item[1]), item[1][0][0]))
        main_style, main_spans = ranked[0]
        start, end = main_spans[0]
        others = "; ".join(
            f"in {style} quotes on {where_all(article, [s for s, _ in spans])}"
            for style, spans in sorted(ranked[1:], key=lambda item: item[1][0][0])
        )
        shown = text[start:end]
        yield Hit(
            start,
            end,
            f"{shown} is in {main_style} quotes here but {others}; use one quote style",
            fix=f"put every {shown} in {main_style} quotes",
        )


RULE = Rule("NC301", "term-quote-style", Severity.WARNING, __doc__ or "", check=check)
