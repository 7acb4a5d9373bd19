"""A quotation is never closed, closed without being opened, or closed with the wrong mark.

What it flags:
    An opening double quote mark with no closing one, a closing mark with no opening one, a
    quotation that opens with one kind of mark and closes with another (“...\"), and a mark
    typed twice (""two"", “”This). A quotation may run over several paragraphs, whether the
    following paragraphs reopen it (wire style) or not; a new quotation opening after a full
    stop inside an open one is taken as a lost paragraph break. Apostrophes, single quotes,
    inch marks (12") and old AP ````...''`` quotes are understood.

Why it matters:
    A reader cannot tell where the speaker's words end, which can put words in someone's
    mouth.

Example:
    "We will open the new line in March, the mayor said.

    Work on the station starts next week.

Use instead:
    "We will open the new line in March," the mayor said.

    Work on the station starts next week.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import where
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.quotes import QuoteMark

# How many paragraphs a quotation may run on without a closing mark before it counts as lost.
_LONGEST_QUOTATION = 6


def _opening(mark: QuoteMark, opened: QuoteMark | None) -> bool:
    if mark.family == "curly" or mark.char == "``":
        return mark.opening is True
    if opened is None:
        return mark.opening is not False
    return mark.opening is True


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    opened: QuoteMark | None = None
    opened_in = 0
    opened_end = 0  # the end of the paragraph the open quotation was last opened in
    # the context's marks: found once per paragraph for every quote rule (the module's
    # cache holds only the last paragraphs, so each rule walking them all found them again)
    for index, (paragraph, marks) in enumerate(zip(ctx.paragraphs, ctx.quote_marks, strict=True)):
        start, end = paragraph.span.start, paragraph.span.end
        if opened is not None and index - opened_in > _LONGEST_QUOTATION:
            yield _never_closed(opened, opened_end)
            opened = None
        doubled = [m for m in marks if m.doubled]
        if doubled:
            yield Hit(
                doubled[0].offset,
                doubled[0].offset + len(doubled[0].char),
                f"The quote mark {doubled[0].char[0]} is typed twice"
                + (f" ({len(doubled)} times in this paragraph)" if len(doubled) > 1 else "")
                + "; use one mark",
                fix=doubled[0].char[0],
                fix_safe=True,
            )
        for position, mark in enumerate(marks):
            if mark.inch and (opened is None or not opened.straight):
                continue
            if mark.doubled and mark.straight:
                continue  # ""inner"" inside a quotation: CSV-style escaping, reported above
            if _opening(mark, opened):
                if opened is not None and opened_in < index:
                    if not (index == opened_in + 1 and position == 0 and mark.offset == start):
                        # the next paragraph does not reopen it (wire style): lost
                        yield _never_closed(opened, opened_end)
                elif opened is not None and not _continues(text, mark, start):
                    yield Hit(
                        opened.offset,
                        opened.offset + len(opened.char),
                        "This quotation is not closed before the next one opens "
                        f"({where(article, mark.offset)}); add the closing quote mark",
                    )
                opened, opened_in, opened_end = mark, index, end
            elif opened is None:
                yield Hit(
                    mark.offset,
                    mark.offset + len(mark.char),
                    "This closing quote mark has no opening quote mark",
                )
            else:
                if opened.family != mark.family:
                    yield Hit(
                        opened.offset,
                        mark.offset + len(mark.char),
                        f"This quotation opens with {opened.char} but closes with {mark.char}; "
                        "use matching quote marks",
                    )
                opened = None
    if opened is not None:
        yield _never_closed(opened, opened_end)


def _continues(text: str, mark: QuoteMark, start: int) -> bool:
    """A reopening in the paragraph of the open quotation, after a full stop: a paragraph
    break lost in editing, not a quotation left open."""
    before = text[start : mark.offset].rstrip()
    return before.endswith((".", "!", "?", ".”", ".'", "?”", "!”"))


def _never_closed(mark: QuoteMark, end: int) -> Hit:
    """From the opening mark to the end of its paragraph, where the closing mark is missing."""
    return Hit(
        mark.offset,
        end,
        "This quotation is never closed; add the closing quote mark",
        match=mark.char,
    )


RULE = Rule("NC303", "unbalanced-quotes", Severity.WARNING, __doc__ or "", check=check)
