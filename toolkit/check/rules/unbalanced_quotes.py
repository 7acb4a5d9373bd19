"""A quotation is never closed, closed without being opened, or closed with the wrong mark.

What it flags:
    Within each paragraph: an opening double quote mark with no closing one, a closing mark
    with no opening one, and a quotation that opens with one kind of mark and closes with
    another (“...\"). Wire style lets a quotation that continues into the next paragraph
    stay open when the next paragraph reopens it, so that is not flagged. Apostrophes,
    single quotes, inch marks (12") and old AP ````...''`` quotes are understood.

Why it matters:
    A reader cannot tell where the speaker's words end, which can put words in someone's
    mouth.

Example:
    "We will open the new line in March, the mayor said.

Use instead:
    "We will open the new line in March," the mayor said.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.check.locate import where
from toolkit.check.prose import QuoteMark, paragraphs, quote_marks
from toolkit.check.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.model import Article

_OPENS_CURLY = {"“", "``"}


def _family(mark: QuoteMark) -> str:
    return "straight" if mark.straight or mark.inch else "curly"


def _reopens(text: str, start: int) -> bool:
    return text[start : start + 2].startswith(('"', "“", "``"))


def check(article: Article, house: HouseStyle) -> Iterator[Hit]:
    text = article.text
    blocks = paragraphs(article)
    for index, paragraph in enumerate(blocks):
        start, end = paragraph.span.start, paragraph.span.end
        opened: QuoteMark | None = None
        for mark in quote_marks(text, start, end):
            if mark.inch and (opened is None or not opened.straight):
                continue
            if mark.straight or mark.inch:
                opening = mark.opening if opened is None else mark.opening is True
                if opening is None:
                    opening = True
            else:
                opening = mark.char in _OPENS_CURLY
            if opening:
                if opened is not None:
                    yield Hit(
                        opened.offset,
                        opened.offset + len(opened.char),
                        "This quotation is not closed before the next one opens "
                        f"({where(article, mark.offset)}); add the closing quote mark",
                    )
                opened = mark
                continue
            if opened is None:
                yield Hit(
                    mark.offset,
                    mark.offset + len(mark.char),
                    "This closing quote mark has no opening quote mark",
                )
            elif _family(opened) != _family(mark) or (opened.char == "``") != (mark.char == "''"):
                yield Hit(
                    opened.offset,
                    mark.offset + len(mark.char),
                    f"This quotation opens with {opened.char} but closes with {mark.char}; "
                    "use matching quote marks",
                )
                opened = None
            else:
                opened = None
        if opened is not None:
            following = blocks[index + 1].span.start if index + 1 < len(blocks) else None
            if following is None or not _reopens(text, following):
                yield Hit(
                    opened.offset,
                    opened.offset + len(opened.char),
                    "This quotation is never closed; add the closing quote mark",
                )


RULE = Rule("NC303", "unbalanced-quotes", Severity.WARNING, __doc__ or "", check=check)
