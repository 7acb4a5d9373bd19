"""Article text for readers of marked-up formats (NewsML-G2, NITF, ninjs).

Those formats carry the story as elements, not as one text, so the reader assembles
``Article.text``: the headline (when there is one), then each paragraph, separated by blank
lines. Every span indexes into that text; dateline, bylines and names are found in it where
the story repeats them, otherwise their span is None.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath

from toolkit.model import Headline, Paragraph, Quote, Span
from toolkit.model.identity import slugify
from toolkit.readers.options import ReaderOptions

_OPENING_MARKS = "\"'“‘«„「『"
_CLOSING_MARKS = "\"'”’»“」』"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a paragraph: plain text, or the words of a quote and who said them."""

    text: str
    quote: bool = False
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Body:
    text: str
    headline: Headline | None
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]


def normalise(text: str) -> str:
    return " ".join(text.split())


_NON_SPACE = re.compile(r"\S+")


def _normalised_runs(runs: list[Run]) -> tuple[str, list[tuple[int, int, Run]]]:
    """Join runs into one whitespace-normalised paragraph; where each quote run ended up."""
    # Word by word, not character by character: a paragraph of megabytes stays quick. Any
    # white space between words (within a run or across runs) becomes one space.
    out: list[str] = []
    placed: list[tuple[int, int, Run]] = []
    length = 0
    pending_space = False
    for run in runs:
        start: int | None = None
        previous_end = 0
        for match in _NON_SPACE.finditer(run.text):
            if match.start() > previous_end:
                pending_space = length > 0
            if pending_space:
                out.append(" ")
                length += 1
                pending_space = False
            if start is None:
                start = length
            out.append(match.group())
            length += match.end() - match.start()
            previous_end = match.end()
        if previous_end < len(run.text):
            pending_space = length > 0
        if run.quote and start is not None:
            placed.append((start, length, run))
    return "".join(out), placed


def assemble(headline: str | None, paragraphs: list[list[Run]]) -> Body:
    """Lay out headline and paragraphs as one text, with spans for each part and quote."""
    parts: list[str] = []
    offset = 0
    line = 1
    head: Headline | None = None
    if headline is not None and normalise(headline):
        words = normalise(headline)
        head = Headline(words, Span(0, len(words)))
        parts.append(words)
        offset = len(words) + 2
        line = 3
    built: list[Paragraph] = []
    quotes: list[Quote] = []
    for runs in paragraphs:
        text, placed = _normalised_runs(runs)
        if not text:
            continue
        index = len(built)
        built.append(Paragraph(text, Span(offset, offset + len(text)), line))
        # Where each speaker is first named in the paragraph, looked up once per speaker: a
        # paragraph of many quotes by one speaker would otherwise scan the paragraph per quote.
        found: dict[str, int] = {}
        for start, end, run in placed:
            quotes.append(_quote(text, start, end, run, offset, index, found))
        parts.append(text)
        offset += len(text) + 2
        line += 2
    return Body("\n\n".join(parts), head, tuple(built), tuple(quotes))


def _quote(
    text: str, start: int, end: int, run: Run, offset: int, index: int, found: dict[str, int]
) -> Quote:
    # The span includes the quote marks around the words when the text has them.
    outer_start, outer_end = start, end
    if start > 0 and text[start - 1] in _OPENING_MARKS:
        outer_start -= 1
    if end < len(text) and text[end] in _CLOSING_MARKS:
        outer_end += 1
    elif end + 1 < len(text) and text[end] in ",." and text[end + 1] in _CLOSING_MARKS:
        outer_end += 2  # "... a second pilot," said: the comma sits inside the marks
    speaker_span = None
    if run.speaker:
        at = found.get(run.speaker)
        if at is None:
            at = found[run.speaker] = text.find(run.speaker)
        if at != -1:
            speaker_span = Span(offset + at, offset + at + len(run.speaker))
    return Quote(
        text=text[start:end],
        span=Span(offset + outer_start, offset + outer_end),
        speaker=run.speaker,
        speaker_span=speaker_span,
        paragraph=index,
    )


def plain_paragraphs(text: str) -> list[list[Run]]:
    """Paragraphs of plain text: blocks separated by blank lines."""
    return [[Run(block)] for block in re.split(r"\n\s*\n", text) if block.strip()]


def mentions(text: str, name: str) -> tuple[Span, ...]:
    """Every whole-word occurrence of ``name`` in ``text``."""
    if not name.strip():
        return ()
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    return tuple(Span(m.start(), m.end()) for m in pattern.finditer(text))


def first_mention(text: str, name: str | None, within: Span | None = None) -> Span | None:
    if not name:
        return None
    start, end = (within.start, within.end) if within is not None else (0, len(text))
    found = text.find(name, start, end)
    return Span(found, found + len(name)) if found != -1 else None


def local_id(options: ReaderOptions, guid: str | None) -> str:
    """The option, else the file stem, else the last segment of the guid."""
    if options.id:
        return slugify(options.id)
    if options.source_path and options.source_path != "-":  # "-": standard input
        stem = PurePath(options.source_path).name.split(".", 1)[0]
        return slugify(stem)
    if guid:
        return slugify(re.split(r"[:/]", guid.rstrip(":/"))[-1])
    return "article"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def split_names(by: str) -> list[str]:
    """``"A, B and C"`` -> ``["A", "B", "C"]`` (how the writers join bylines)."""
    names = re.split(r",\s*|\s+and\s+|\s*&\s*", normalise(by))
    return [name for name in names if name]
