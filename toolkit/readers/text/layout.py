"""Paragraphs from source lines: indent-marks-paragraph, blank-line blocks, or hard-wrapped lines.

Three layouts occur in wire copy:

- indentation marks a paragraph start and unindented lines continue it (Reuters 1987 and DUC
  files, where lines are also hard-wrapped at about 70 characters; and copy that splits each
  paragraph into sentences separated by blank lines, as the user's seed does);
- blank lines separate paragraphs whose lines are hard-wrapped (Xinhua English in DUC);
- one paragraph per line, blank lines between (web copy, BBC, translated Chinese copy).

Lines keep their source positions: a Paragraph's span runs from its first to its last
non-space character, and its text is the lines joined by single spaces.
"""

from __future__ import annotations

from toolkit.model import Paragraph, Span

_WRAP_WIDTH = 100  # a line this short followed by more text is a wrapped line
_WRAPPED_SHARE = 0.9
_INDENTED_SHARE = 0.25  # of blocks, for indentation to be read as marking paragraphs


class _Lines:
    """Non-blank lines as parallel lists of ints: no object per line, so 100k lines stay cheap."""

    __slots__ = ("after_blank", "end", "indented", "length", "number", "start")

    def __init__(self) -> None:
        self.number: list[int] = []  # 1-based
        self.start: list[int] = []  # first non-space character
        self.end: list[int] = []  # after the last non-space character
        self.length: list[int] = []  # raw length, for telling wrapped lines from long ones
        self.indented: list[bool] = []
        self.after_blank: list[bool] = []  # a blank line (or the region start) comes before


def paragraphs(text: str, start: int, end: int) -> tuple[Paragraph, ...]:
    """The true paragraphs of ``text[start:end]``; ``start`` may be mid-line (after a dateline)."""
    lines = _lines(text, start, end)
    count = len(lines.start)
    if not count:
        return ()
    by_indent = _indent_marks_paragraphs(lines)
    wrapped = _is_wrapped(lines)
    indented, after_blank = lines.indented, lines.after_blank
    result: list[Paragraph] = []
    first = 0
    seen_indent = False
    for index in range(1, count):
        if by_indent and seen_indent:
            starts = indented[index]
        elif by_indent and indented[index]:
            starts = True
        else:
            starts = after_blank[index] or not wrapped
        # the first line may start mid-line, after a dateline: its indent means nothing
        seen_indent = seen_indent or (by_indent and indented[index])
        if starts:
            result.append(_paragraph(text, lines, first, index))
            first = index
    result.append(_paragraph(text, lines, first, count))
    return tuple(result)


def _lines(text: str, start: int, end: int) -> _Lines:
    lines = _Lines()
    number = text.count("\n", 0, start) + 1
    line_start = text.rfind("\n", 0, start) + 1
    pos = start
    after_blank = True
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline == -1 else newline
        segment = text[pos:line_end]
        stripped = segment.lstrip()
        if stripped:
            content_start = pos + len(segment) - len(stripped)
            lines.number.append(number)
            lines.start.append(content_start)
            lines.end.append(pos + len(segment.rstrip()))
            lines.length.append(line_end - line_start)
            lines.indented.append(content_start > line_start)
            lines.after_blank.append(after_blank)
            after_blank = False
        else:
            after_blank = True
        if newline == -1:
            break
        number += 1
        pos = line_start = newline + 1
    return lines


def _indent_marks_paragraphs(lines: _Lines) -> bool:
    """Indented lines start paragraphs when enough blocks start so and unindented lines exist."""
    body = len(lines.start) - 1  # the first line may start mid-line, after a dateline
    indented = sum(lines.indented[1:])
    if indented < 2 or indented == body:
        return False
    blocks = sum(lines.after_blank[1:]) or 1
    return indented >= _INDENTED_SHARE * blocks


def _is_wrapped(lines: _Lines) -> bool:
    followed = [
        length
        for length, following_after_blank in zip(lines.length, lines.after_blank[1:], strict=False)
        if not following_after_blank
    ]
    if not followed:
        return False
    short = sum(1 for length in followed if length <= _WRAP_WIDTH)
    return short >= _WRAPPED_SHARE * len(followed)


def _paragraph(text: str, lines: _Lines, first: int, stop: int) -> Paragraph:
    starts, ends = lines.start, lines.end
    joined = " ".join(text[starts[i] : ends[i]] for i in range(first, stop))
    return Paragraph(
        text=" ".join(joined.split()),
        span=Span(starts[first], ends[stop - 1]),
        line=lines.number[first],
    )
