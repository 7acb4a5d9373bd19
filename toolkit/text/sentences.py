"""Sentence bounds: where a sentence starts and ends, approximately, without a model."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.lexicon.titles import HONORIFICS, TITLE_ABBREVIATIONS

# Characters after which the next word starts a sentence (")" ends a CNS/Xinhua dateline).
SENTENCE_END_CHARS = frozenset(".!?:;)—–-")  # "(Reuters) - Shares rose": a dash opens the story
_OPEN_PUNCTUATION = frozenset("\"“”‘’'`«»「」(*•")  # "** On Thursday": a bullet
# A full stop, question or exclamation mark before a capital (quotes between allowed), a
# Chinese full stop, or a blank line.
SENTENCE_BREAK = re.compile(r"[.!?](?=[\"”’']?\s+[\"“‘']?[A-Z])|[。！？]|\n\s*\n")
# A full stop after these ends an abbreviation, not a sentence: "Mr. Li", "Gen. Ma", "J. Smith".
_ABBREVIATIONS = (
    frozenset(h.rstrip(".") for h in HONORIFICS)
    | TITLE_ABBREVIATIONS
    | frozenset({"st", "no", "jr", "sr", "vs", "u.s", "u.n", "u.k", "inc", "co", "corp", "ltd"})
)
_WORD_BEFORE = re.compile(r"[\w.]+$")


def breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence breaks in ``text[start:end]``, abbreviations and initials skipped."""
    for match in SENTENCE_BREAK.finditer(text, start, end):
        if match.group() == ".":
            before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            word = before.group().casefold() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        yield match


def starts_sentence(text: str, offset: int, floor: int = 0) -> bool:
    """True when the word at ``offset`` opens a sentence (or the stretch starting at floor)."""
    i = offset - 1
    while i >= floor and (text[i].isspace() or text[i] in _OPEN_PUNCTUATION):
        i -= 1
    return i < floor or text[i] in SENTENCE_END_CHARS


def sentence_bounds(
    text: str, offset: int, low: int = 0, high: int | None = None, reach: int | None = None
) -> tuple[int, int]:
    """The sentence around ``offset`` within ``text[low:high]`` (at most ``reach`` either way).

    The end includes the closing full stop.
    """
    top = len(text) if high is None else high
    start = low if reach is None else max(low, offset - reach)
    limit = top if reach is None else min(top, offset + reach)
    for match in breaks(text, start, offset):
        start = match.end()
    while start < offset and text[start].isspace():
        start += 1
    following = next(breaks(text, offset, limit), None)
    return start, min(following.start() + 1, limit) if following else limit
