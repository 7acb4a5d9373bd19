"""Given names, family names and pinyin syllables, loaded lazily and once.

The tables in ``toolkit/data/`` are derived from maintained data packages by
``tools/build_lexicons.py`` (US Census lists via ``names``, Faker's person providers for
every locale, pypinyin's syllables, filtered with wordfreq); ``docs/dependencies.md`` says
why each was chosen. Nothing here is read at import time: ``toolkit --version`` must stay
fast, and a run that never reads text never pays for the tables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

# Given names in the tables that, capitalised in news copy, are far more often a word, a
# month, a place or a title than a person's name.
_NOT_GIVEN_IN_COPY = frozenset(
    [
        "will",
        "may",
        "june",
        "april",
        "august",
        "grant",
        "rose",
        "guy",
        "art",
        "major",
        "king",
        "general",
        "lord",
        "judge",
        "joy",
        "hope",
        "faith",
        "china",
        "sierra",
        "dallas",
        "austin",
        "paris",
        "london",
        "georgia",
        "virginia",
        "carolina",
        "jordan",
        "israel",
        "india",
        "asia",
        "africa",
        "america",
        "chad",
        "florence",
        "lourdes",
        "jean",
        "pat",
        "else",
        "pearl",
        "ruby",
        "star",
        "summer",
        "winter",
        "autumn",
        "dawn",
        "sunny",
        "page",
        "price",
        "young",
        "long",
    ]
)


def _table(name: str) -> frozenset[str]:
    text = resources.files("toolkit").joinpath("data", name).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    """Casefolded given names of many origins (and their ASCII folds: "Jose" for "José")."""
    return _table_given() - _NOT_GIVEN_IN_COPY


@cache
def surnames() -> frozenset[str]:
    """Casefolded family names of many origins that are not everyday English words."""
    return _table("surnames.txt")


@cache
def common_words() -> frozenset[str]:
    """Everyday English words (wordfreq's most frequent, less those mostly used as names)."""
    return _table("common_words.txt")


def is_common_word(word: str) -> bool:
    return word.casefold() in common_words()


@lru_cache(maxsize=32768)
def is_family_name(word: str) -> bool:
    folded = word.casefold()
    table = surnames()
    return folded in table or fold(folded) in table


@lru_cache(maxsize=32768)
def is_listed_given_name(word: str) -> bool:
    """Like :func:`is_given_name`, also for names that are everyday words ("Will", "Chad")."""
    folded = word.casefold()
    table = _table_given()
    return folded in table or fold(folded) in table


@cache
def _table_given() -> frozenset[str]:
    return _table("given_names.txt")


@cache
def pinyin_syllables() -> frozenset[str]:
    """The 425 toneless Mandarin syllables ("zhong", "lv")."""
    return _table("pinyin_syllables.txt")


def fold(word: str) -> str:
    """Casefolded, accents removed: the key the tables are looked up by."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=32768)
def is_given_name(word: str) -> bool:
    folded = word.casefold()
    names = given_names()
    return folded in names or fold(folded) in names


@cache
def _syllable_pattern() -> re.Pattern[str]:
    syllables = sorted(pinyin_syllables(), key=len, reverse=True)
    one = "(?:" + "|".join(syllables) + ")"
    # A given name is one or two syllables, written solid ("Jinping") or with an apostrophe.
    return re.compile(rf"{one}(?:['’]?{one})?")


def pinyin_given_name(word: str) -> bool:
    """Whether ``word`` spells a one- or two-syllable pinyin given name ("Liwen", "Yi")."""
    folded = word.casefold()
    if not folded.isascii() or len(folded) > 12:
        return False
    return _syllable_pattern().fullmatch(folded) is not None
