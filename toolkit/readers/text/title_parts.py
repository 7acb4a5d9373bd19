"""A title split into its parts: role, organisation, country and modifiers.

"Pakistan's ambassador to China" -> role "ambassador", country "PK";
"a past president of the National Academy of Sciences" -> role "president",
organisation "National Academy of Sciences", modifiers ("past",);
"White House spokesman" -> role "spokesman", organisation "White House";
"former Cuban Minister of Communications" -> role "minister", country "CU",
modifiers ("former",), organisation "Communications" (the portfolio).
The checker compares titles by these parts (an empty part never conflicts).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.roles import is_role_noun
from toolkit.lexicon.titles import MODIFIERS, TITLE_ABBREVIATIONS, canonical_role

_WORD = re.compile(r"[^\s,;()]+")
_BEFORE_OTHERS = frozenset({"to", "of", "for", "under", "with", "replacing", "succeeding"})
_AFTER_HEAD = frozenset({"of", "for", "at", "to", "on", "with", "in", "from", "and"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "one"})
_TEMPORAL = frozenset({"past", "then", "now", "ex", "late", "retired", "longtime"})
_ABBREVIATIONS = {f"{a}.": a for a in TITLE_ABBREVIATIONS} | {a: a for a in TITLE_ABBREVIATIONS}
_ROLE_OF_ABBREVIATION = {
    "gen": "general",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "prof": "professor",
    "sgt": "sergeant",
    "supt": "superintendent",
    "insp": "inspector",
    "rev": "reverend",
    "amb": "ambassador",
    "pres": "president",
    "atty": "attorney",
    # a role only as a title ("Justice Engoron"); the word alone is no role noun
    "justice": "justice",
}


# Grades before a military rank ("Lt. Gen.", "Major General"): qualifiers of the rank, not an
# organisation; kept as modifiers in full ("lieutenant").
_GRADES = frozenset({"lieutenant", "major", "brigadier", "vice", "rear", "first", "staff"})


_GRADE_OF_ABBREVIATION = {"lt": "lieutenant", "maj": "major", "brig": "brigadier"}


class TitleParts(NamedTuple):
    role: str | None  # canonical role head, lowercase: "minister", "spokesperson"
    organisation: str | None  # as written: "National Academy of Sciences", "White House"
    country: str | None  # ISO alpha-2
    modifiers: tuple[str, ...]  # lowercase: ("former",), ("deputy",), ("acting",)


@lru_cache(maxsize=4096)
def title_parts(text: str) -> TitleParts:
    """The parts of one title as written (cached: "President", "the spokesman" recur)."""
    words = _WORD.findall(text)
    if not words:
        return TitleParts(None, None, None, ())
    folded = [w.casefold().rstrip(".").removesuffix("'s").removesuffix("’s") for w in words]
    folded = [_GRADE_OF_ABBREVIATION.get(f, f) for f in folded]
    if len(words) == 1 and folded[0] in _ROLE_OF_ABBREVIATION:
        return TitleParts(_ROLE_OF_ABBREVIATION[folded[0]], None, None, ())
    head = _head(words, folded)
    role: str | None = None
    marks: list[str] = []
    if head >= 0:
        bare = folded[head]
        if bare in _ROLE_OF_ABBREVIATION:
            bare = _ROLE_OF_ABBREVIATION[bare]
        # "Vice President", "Prime Minister": a two-word role head
        if head > 0 and f"{folded[head - 1]} {bare}" in _TWO_WORD_ROLES:
            bare = f"{folded[head - 1]} {bare}"
        # "ex-president", "President-elect": the prefix or suffix is a modifier, not the role
        for prefix in ("ex-", "former-"):
            if bare.startswith(prefix):
                bare = bare.removeprefix(prefix)
                marks.append(prefix.rstrip("-"))
        if bare.endswith(("-elect", "-designate")):
            marks.append(bare.rsplit("-", 1)[1])
        role = canonical_role(bare)
    modifiers = tuple(
        f
        for f in folded[: max(head, 0)]
        if (f in MODIFIERS or f in _TEMPORAL or f in _GRADES) and f not in role_words(role)
    ) + tuple(marks)
    country = _country(words, folded)
    organisation = _organisation(words, folded, head)
    return TitleParts(role, organisation, country, modifiers)


_TWO_WORD_ROLES = frozenset(
    {
        "vice president",
        "prime minister",
        "vice premier",
        "vice chairman",
        "general secretary",
        "attorney general",
        "chief executive",
        "secretary general",
        "director general",
        "managing director",
        "executive director",
        "deputy director",
    }
)


def role_words(role: str | None) -> frozenset[str]:
    return frozenset(role.split()) if role else frozenset()


def _head(words: list[str], folded: list[str]) -> int:
    """Index of the head noun: the first role noun that a preposition or the end follows."""
    # a role after a preposition is someone else's: "heir apparent to President"
    candidates = [
        k
        for k, w in enumerate(words)
        if (is_role_noun(w) or folded[k] in _ROLE_OF_ABBREVIATION)
        and (k == 0 or folded[k - 1] not in _BEFORE_OTHERS)
    ]
    for k in candidates:
        if k + 1 == len(words) or folded[k + 1] in _AFTER_HEAD:
            return k
    return candidates[-1] if candidates else -1


def _country(words: list[str], folded: list[str]) -> str | None:
    for k, word in enumerate(words):
        bare = word.rstrip(".,").removesuffix("'s").removesuffix("’s")
        if not bare[:1].isupper():
            continue
        code = demonym_country(bare) or country_code(bare)
        if code is None and k + 1 < len(words):
            code = country_code(f"{bare} {words[k + 1].rstrip('.,')}")
        if code is not None:
            return code
    del folded
    return None


def _organisation(words: list[str], folded: list[str], head: int) -> str | None:
    if head < 0:
        return None
    # after the head: "of the National Academy of Sciences", "at Rome University"
    k = head + 1
    if k < len(words) and folded[k] in ("of", "for", "at", "with", "on"):
        k += 1
        if k < len(words) and folded[k] == "the":
            k += 1
        run = _capitalised_run(words, folded, k)
        if run:
            return run
    # before the head: "White House spokesman", "NASA's", "Moody's analyst"
    end = head
    start = end
    while (
        start > 0
        and words[start - 1][:1].isupper()
        and folded[start - 1] not in MODIFIERS
        and folded[start - 1] not in _GRADES
    ):
        start -= 1
    kept = [
        words[j].removesuffix("'s").removesuffix("’s")
        for j in range(start, end)
        if demonym_country(words[j]) is None and country_code(words[j].removesuffix("'s")) is None
    ]
    if kept and not all(w.casefold() in _DETERMINERS for w in kept):
        return " ".join(kept)
    return None


def _capitalised_run(words: list[str], folded: list[str], k: int) -> str | None:
    run: list[str] = []
    while k < len(words):
        word = words[k]
        if word[:1].isupper() or (run and folded[k] in ("of", "and", "for", "the", "&")):
            run.append(word)
            k += 1
            continue
        break
    while run and run[-1].casefold() in ("of", "and", "for", "the", "&"):
        run.pop()
    return " ".join(run) if run else None
