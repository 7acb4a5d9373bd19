"""A space is missing next to a quote mark.

What it flags:
    A closing double quote mark run straight into the next word (”the, "the) or an opening
    mark glued to the word before it (said“We). Straight marks are only judged in paragraphs
    where they pair up evenly, so their roles are certain.

Why it matters:
    The words run together on screen and in search results, and text-to-speech reads them as
    one word.

Example:
    Officials called it a “historic step”for the region.

Use instead:
    Officials called it a “historic step” for the region.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.quotes import QuoteMark


def _straight_roles(marks: list[QuoteMark]) -> dict[int, bool]:
    """Roles of straight marks when they pair up evenly and the spacing agrees with the pairing."""
    straight = [m for m in marks if m.straight and not m.doubled]
    if len(straight) % 2:
        return {}
    roles = {m.offset: i % 2 == 0 for i, m in enumerate(straight)}
    if any(m.opening is not None and m.opening != roles[m.offset] for m in straight):
        return {}
    return roles


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    for paragraph, found in zip(
        ctx.paragraphs, ctx.quote_marks, strict=True
    ):  # found once per paragraph
        start, end = paragraph.span.start, paragraph.span.end
        marks = [m for m in found if not m.inch and not m.doubled]
        roles = _straight_roles(marks)
        roles.update({m.offset: m.char == "“" for m in marks if m.char in "“”"})
        for mark in marks:
            opening = roles.get(mark.offset)
            if opening is None:
                continue
            if opening and mark.offset > start and text[mark.offset - 1].isalnum():
                yield Hit(
                    mark.offset - 1,
                    mark.offset + 1,
                    f"Add a space before the opening quote mark {mark.char}",
                    fix=f"{text[mark.offset - 1]} {mark.char}",
                    fix_safe=True,
                )
            after = mark.offset + len(mark.char)
            if not opening and after < end and text[after].isalnum():
                yield Hit(
                    mark.offset,
                    after + 1,
                    f"Add a space after the closing quote mark {mark.char}",
                    fix=f"{mark.char} {text[after]}",
                    fix_safe=True,
                )


RULE = Rule("NC304", "quote-spacing", Severity.WARNING, __doc__ or "", check=check)
