"""Words with offsets, capitalised words and title-case lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from toolkit.model.span import Span

# A capitalised word (Latin capitals: English wire copy), with inner hyphens and apostrophes.
CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W_]*(?:['’\-][^\W\d_]+)*"
# The same, not glued to a word, apostrophe or hyphen before it. Equivalent to
# (?<![\w'’-]){CAPITALISED}, but the capital comes first: a leading character set lets the
# regex engine skip to candidate capitals instead of trying the look-behind at every offset.
CAPITALISED_AT_WORD_START = r"[A-ZÀ-ÖØ-Þ](?<![\w'’-].)[^\W_]*(?:['’\-][^\W\d_]+)*"
WORD = re.compile(r"[^\W\d_](?:[\w’'\-]*\w)?")


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Words of ``text[start:end]`` as matches (their offsets index ``text``)."""
    return WORD.finditer(text, start, len(text) if end is None else end)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_heading(text: str) -> bool:
    """A headline or title-case line: short, no closing full stop, most long words capitalised."""
    stripped = text.strip()
    if not stripped or stripped[-1] in '.!?"”' or len(stripped) > 160:
        return False
    long_words = [w.group() for w in WORD.finditer(stripped) if len(w.group()) > 3]
    if not long_words:
        return False
    capitalised = sum(1 for w in long_words if is_capitalised(w))
    return capitalised / len(long_words) >= 0.7


def inside(offset: int, spans: Sequence[Span]) -> bool:
    return any(s.start <= offset < s.end for s in spans)
