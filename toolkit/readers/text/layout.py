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

import itertools
from dataclasses import dataclass

from toolkit.model import Paragraph, Span

_WRAP_WIDTH = 100  # a line this short followed by more text is a wrapped line
_WRAPPED_SHARE = 0.9
_INDENTED_SHARE = 0.25  # of blocks, for indentation to be read as marking paragraphs


@dataclass(frozen=True, slots=True)
class _Line:
    number: int  # 1-based
    start: int  # first non-space character
    end: int  # after the last non-space character
    length: int  # raw length, for telling wrapped lines from long ones
    indented: bool
    after_blank: bool  # a blank line (or the region start) comes before it


def paragraphs(text: str, start: int, end: int) -> tuple[Paragraph, ...]:
    """The true paragraphs of ``text[start:end]``; ``start`` may be mid-line (after a dateline)."""
    lines = _lines(text, start, end)
    if not lines:
        return ()
    by_indent = _indent_marks_paragraphs(lines)
    wrapped = _is_wrapped(lines)
    result: list[Paragraph] = []
    group: list[_Line] = []
    seen_indent = False
    for position, line in enumerate(lines):
        if position == 0:
            starts = True
        elif by_indent and seen_indent:
            starts = line.indented
        elif by_indent and line.indented:
            starts = True
        else:
            starts = line.after_blank or not wrapped
        # the first line may start mid-line, after a dateline: its indent means nothing
        seen_indent = seen_indent or (by_indent and line.indented and position > 0)
        if starts and group:
            result.append(_paragraph(text, group))
            group = []
        group.append(line)
    result.append(_paragraph(text, group))
    return tuple(result)


def _lines(text: str, start: int, end: int) -> list[_Line]:
    lines: list[_Line] = []
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
            content_end = pos + len(segment.rstrip())
            lines.append(
                _Line(
                    number=number,
                    start=content_start,
                    end=content_end,
                    length=line_end - line_start,
                    indented=content_start > line_start,
                    after_blank=after_blank,
                )
            )
            after_blank = False
        else:
            after_blank = True
        if newline == -1:
            break
        number += 1
        pos = line_start = newline + 1
    return lines


def _indent_marks_paragraphs(lines: list[_Line]) -> bool:
    """Indented lines start paragraphs when enough blocks start so and unindented lines exist."""
    body = lines[1:]  # the first line may start mid-line, after a dateline
    indented = sum(1 for line in body if line.indented)
    if indented < 2 or indented == len(body):
        return False
    blocks = sum(1 for line in body if line.after_blank) or 1
    return indented >= _INDENTED_SHARE * blocks


def _is_wrapped(lines: list[_Line]) -> bool:
    followed = [
        line.length for line, following in itertools.pairwise(lines) if not following.after_blank
    ]
    if not followed:
        return False
    short = sum(1 for length in followed if length <= _WRAP_WIDTH)
    return short >= _WRAPPED_SHARE * len(followed)


def _paragraph(text: str, group: list[_Line]) -> Paragraph:
    joined = " ".join(text[line.start : line.end] for line in group)
    return Paragraph(
        text=" ".join(joined.split()),
        span=Span(group[0].start, group[-1].end),
        line=group[0].number,
    )
