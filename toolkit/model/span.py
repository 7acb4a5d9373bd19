"""Character spans into an article's source text, and their line:col positions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code-point offsets into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def inside_others(spans: set[Span]) -> set[Span]:
    """The spans that lie inside another, longer one, in one sorted sweep (not all pairs)."""
    inner: set[Span] = set()
    reach = -1  # the furthest end of the spans before, which all start at or before this one
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if reach >= span.end:
            inner.add(span)
        reach = max(reach, span.end)
    return inner


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and 1-based column (in code points), as editors and CI show them."""

    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


class LineIndex:
    """Maps offsets in a text to :class:`Position` in O(log lines)."""

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts
        self._length = len(text)

    def position(self, offset: int) -> Position:
        offset = max(0, min(offset, self._length))
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)

    def offset(self, position: Position) -> int:
        """Inverse of :meth:`position` for positions inside the text."""
        return self._starts[position.line - 1] + position.column - 1

    @property
    def line_count(self) -> int:
        return len(self._starts)


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Where the words of an assembled text stand in the document it was read from.

    Readers of NewsML-G2, NITF and ninjs lay the story out as a new text; findings must still
    point into the XML or JSON the user has open. ``text_starts[i]`` (ascending) is where a
    word starts in the text, ``source_starts[i]`` where it starts in the document (code points)
    and ``lengths[i]`` its length; an offset inside a word maps to the same place in the
    document's word, any other to the end of the nearest word before it.
    """

    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    lengths: tuple[int, ...]
    source: LineIndex

    def position(self, offset: int) -> Position | None:
        """The document's line:col for a text offset; None when no word was found at all."""
        if not self.text_starts:
            return None
        i = max(bisect.bisect_right(self.text_starts, offset) - 1, 0)
        delta = offset - self.text_starts[i]
        return self.source.position(self.source_starts[i] + min(delta, self.lengths[i]))
