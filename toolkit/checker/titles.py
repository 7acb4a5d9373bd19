"""Titles read into slots (modifier, role, portfolio, country, to-country) to compare them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.titles import MAX_ROLE_WORDS, ROLE_HEADS, canonical_role

_WORD = re.compile(r"[^\W\d_]+(?:[-.'’][^\W\d_]+)*\.?")
# Modifiers that change who someone is: rank (a deputy minister is not the minister) and
# status (a former minister is not the minister).
RANK = frozenset({"deputy", "vice", "assistant", "under"})
STATUS = frozenset({"former", "ex", "late", "outgoing", "acting", "interim", "then"})
_DROP = frozenset({"the", "affairs", "and", "ministry", "department", "&"})


@dataclass(frozen=True, slots=True)
class TitleSlots:
    role: str  # canonical role head: "minister", "spokesperson"
    rank: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()
    portfolio: frozenset[str] = frozenset()  # content words: {"higher", "education"}
    country: str | None = None  # ISO alpha-2 of "Cuban", "of Egypt", "Pakistan's"
    to_country: str | None = None  # "ambassador to China"

    def conflict(self, other: TitleSlots) -> str | None:
        """Why the two titles cannot both be right, or None when they are compatible (T2/T3)."""
        if self.role != other.role:
            return None
        if self.rank != other.rank:
            return "rank"
        if self.status != other.status:
            return "status"
        for slot in ("portfolio", "country", "to_country"):
            mine, theirs = getattr(self, slot), getattr(other, slot)
            if mine and theirs and mine != theirs:
                return slot
        return None


def _country(words: list[str]) -> str | None:
    phrase = " ".join(words)
    return country_code(phrase) or (demonym_country(phrase) if len(words) == 1 else None)


@lru_cache(maxsize=8192)
def parse_title(text: str) -> TitleSlots | None:
    """Slots of a title, or None when it has no role head the lexicon knows."""
    words = [w.rstrip(".") for w in _WORD.findall(text)]
    lower = [w.casefold() for w in words]
    role_at = None
    for size in range(MAX_ROLE_WORDS, 0, -1):
        for i in range(len(lower) - size + 1):
            head = " ".join(lower[i : i + size])
            if head in ROLE_HEADS and head not in RANK and head not in STATUS:
                role_at = (i, size, head)
                break
        if role_at:
            break
    if role_at is None:
        return None
    i, size, head = role_at
    rank = {w.rstrip("-") for w in lower[:i] if w.rstrip("-") in RANK}
    rank |= {w for w in head.split() if w in RANK}
    status = {w.rstrip("-") for w in lower[:i] if w.rstrip("-") in STATUS}
    role = canonical_role(" ".join(w for w in head.split() if w not in RANK) or head)
    portfolio: set[str] = set()
    country = to_country = None
    before = [w for w in lower[:i] if w.rstrip("-") not in RANK | STATUS]
    for word in before:
        possessive = word.endswith(("'s", "’s"))
        word = word[:-2] if possessive else word
        code = _country([word])
        if code is not None and (possessive or demonym_country(word) is not None):
            country = code
        elif word not in _DROP:
            portfolio.add(word)
    rest = lower[i + size :]
    k = 0
    while k < len(rest):
        if rest[k] in ("of", "for", "to") and k + 1 < len(rest):
            preposition = rest[k]
            end = k + 1
            while end < len(rest) and rest[end] not in ("of", "for", "to"):
                end += 1
            chunk = [w for w in rest[k + 1 : end] if w not in ("the",)]
            code = _country(chunk)
            if code is not None and preposition == "to":
                to_country = code
            elif code is not None:
                country = code
            else:
                portfolio |= {w for w in chunk if w not in _DROP}
            k = end
        else:
            k += 1
    return TitleSlots(
        role, frozenset(rank), frozenset(status), frozenset(portfolio), country, to_country
    )
