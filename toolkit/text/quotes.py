"""Double quote marks: curly, straight and wire ``...'' marks, with the role each plays."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from toolkit.model.span import Span

# Any double quote mark, one at a time (readers pair them into quotations).
MARK = re.compile(r"“|”|``|''|\"")
OPENERS = frozenset({"“", "``"})
CLOSERS = frozenset({"”", "''"})
# Every character that may quote, single marks and guillemets included.
QUOTE_CHARS = frozenset("\"“”‘’'`«»「」")


class QuoteMark(NamedTuple):
    """A double quote mark (a named tuple: an article has dozens, made in one pass)."""

    offset: int
    char: str  # the mark as written: “ ” " `` '' (a doubled mark: "" or “”)
    opening: bool | None  # None: a straight mark whose role the context does not settle
    inch: bool = False  # 5" or 12": an inch mark unless a straight quotation is open
    doubled: bool = False  # ""two"" or “”This: one mark typed twice

    @property
    def straight(self) -> bool:
        return self.char.startswith('"')

    @property
    def family(self) -> str:
        if self.char.startswith(("`", "'")):
            return "AP-style"
        return "straight" if self.straight else "curly"


def _role(text: str, i: int, size: int, start: int, end: int) -> bool | None:
    """Opening, closing or unsettled, from the characters either side of a symmetric mark."""
    before = text[i - 1] if i > start else " "
    after = text[i + size] if i + size < end else " "
    if after in ",;:!?" and i > start:
        return False  # no quotation opens on a comma: 'an act ", however' closes one
    if before.isspace() or before in "([{—–-/" or i == start:
        return True
    if after.isspace() or after in ".,;:!?)]}—–-/" or i + size == end:
        return False
    return None


_QUOTE_MARK = re.compile(r"“”|“|”|``|''|\"\"|\"")


@lru_cache(maxsize=64)
def quote_marks(text: str, start: int, end: int) -> tuple[QuoteMark, ...]:
    """Double quote marks in [start, end); apostrophes and single quotes are not quote marks.

    Old AP style ````...''`` counts, and so does ``''...''``, whose role the spacing tells.
    A mark typed twice (``""``, ``“”`` before a word) counts once, marked ``doubled``.
    Cached: the quote rules each read the marks of the same paragraphs (a string caches its
    hash, so the key costs little).
    """
    marks: list[QuoteMark] = []
    for match in _QUOTE_MARK.finditer(text, start, end):
        mark, i = match.group(), match.start()
        if mark == "“”":
            if i + 2 < end and text[i + 2].isalnum():
                marks.append(QuoteMark(i, mark, True, doubled=True))
            else:
                marks += [QuoteMark(i, "“", True), QuoteMark(i + 1, "”", False)]
        elif mark == "“" or mark == "``":
            marks.append(QuoteMark(i, mark, True))
        elif mark == "”":
            marks.append(QuoteMark(i, mark, False))
        elif mark == '"' and i > start and text[i - 1].isdigit():
            marks.append(QuoteMark(i, mark, None, inch=True))
        else:  # '"', '""' or "''": the spacing tells the role
            role = _role(text, i, len(mark), start, end)
            marks.append(QuoteMark(i, mark, role, doubled=mark == '""'))
    return tuple(marks)


def quoted_spans(text: str, start: int, end: int) -> list[Span]:
    """Stretches inside double quotes in [start, end); an unclosed quote runs to ``end``."""
    spans = []
    open_at: int | None = None
    for mark in quote_marks(text, start, end):
        if mark.inch and open_at is None:
            continue
        opening = mark.opening if mark.opening is not None else open_at is None
        if open_at is None and opening:
            open_at = mark.offset
        elif open_at is not None and not opening:
            spans.append(Span(open_at, mark.offset + len(mark.char)))
            open_at = None
    if open_at is not None:
        spans.append(Span(open_at, end))
    return spans


class Quotation(NamedTuple):
    """A quotation within one paragraph: its opening mark and its closing mark, when there."""

    opening: QuoteMark | None  # None: a closing mark with no opening one before it
    closing: QuoteMark | None  # None: still open at the paragraph's end


def quotations(text: str, start: int, end: int) -> list[Quotation]:
    """The quotations of the paragraph [start, end), marks paired left to right.

    A straight mark whose role the spacing leaves open closes an open quotation, else opens
    one; an inch mark (12") counts only inside an open straight quotation.
    """
    found: list[Quotation] = []
    opened: QuoteMark | None = None
    for mark in quote_marks(text, start, end):
        if mark.inch and (opened is None or not opened.straight):
            continue
        opening = mark.opening if mark.opening is not None else opened is None
        if opening:
            if opened is not None:
                found.append(Quotation(opened, None))
            opened = mark
        else:
            found.append(Quotation(opened, mark))
            opened = None
    if opened is not None:
        found.append(Quotation(opened, None))
    return found
