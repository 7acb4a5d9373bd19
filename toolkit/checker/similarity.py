"""Which written forms of the article's people are one name spelled two ways (NC101).

The spelling measures themselves live in :mod:`toolkit.text.spelling`, shared with the reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from toolkit.lexicon.offices import is_office
from toolkit.model import NameForm, Person, Span
from toolkit.text.spelling import (
    ALTERNATIONS,
    alternation,
    fold,
    fold_uncached,
    jaro_winkler,
    levenshtein,
    one_token_variant,
    token_variant,
    variant_pairs,
)

__all__ = [
    "ALTERNATIONS",
    "alternation",
    "fold",
    "fold_uncached",
    "jaro_winkler",
    "levenshtein",
    "one_token_variant",
    "token_variant",
]


class Spelling(NamedTuple):
    """One word of one person's name as the article spells it, and every place it does."""

    person: int  # index into the article's people
    key: str  # the word folded (:func:`fold`): spellings are compared on it
    written: str  # as first written
    spans: tuple[Span, ...]  # the word in every mention of the person that writes it


class Speaker(NamedTuple):
    """What NC101 needs of one person: the fullest form's words and the roles of the titles."""

    words: tuple[str, ...]  # of the fullest written form
    single: bool  # every form is one word: a surname (or given name) alone
    roles: frozenset[str]


_WORD = re.compile(r"\S+")


def spellings(
    text: str, forms: Sequence[tuple[NameForm, ...]], people: Sequence[Person]
) -> tuple[list[Spelling], list[Speaker]]:
    """The name words of each person's forms, one :class:`Spelling` per person and word."""
    found: list[Spelling] = []
    speakers: list[Speaker] = []
    for index, (person, own) in enumerate(zip(people, forms, strict=True)):
        fullest = own[0].text.split() if own else person.name.split()
        speakers.append(
            Speaker(
                tuple(fullest),
                all(len(f.text.split()) == 1 for f in own),
                # offices only: a description ("the only Democrat to speak") sets no one apart
                frozenset(t.role for t in person.titles if t.role and is_office(t.role)),
            )
        )
        places: dict[str, list[Span]] = {}
        written: dict[str, str] = {}
        for form in own:
            for span in form.spans:
                for match in _WORD.finditer(text, span.start, span.end):
                    word = match.group()
                    if not word[:1].isupper() or word.endswith(".") or word.isupper():
                        continue  # particles ("von"), initials ("R."), an all-caps headline
                    key = fold(word)
                    places.setdefault(key, []).append(Span(match.start(), match.end()))
                    written.setdefault(key, word)
        for key, spans in places.items():
            found.append(Spelling(index, key, written[key], tuple(sorted(set(spans)))))
    return found, speakers


def _surnames(speaker: Speaker) -> frozenset[str]:
    """The words of a full name a second reference may use alone: any of them ("Clarke" of
    "Andy Clarke", "Arevich" of "Mayra Arevich Marin", "Sir Bernard" of "Bernard Ingham")."""
    return frozenset(fold(w) for w in speaker.words)


def one_name(a: Spelling, b: Spelling, speakers: Sequence[Speaker]) -> bool:
    """Whether two variant spellings (``token_variant``) are one person's name written two ways.

    Two forms of one person always are. Two people are when their full names differ only in
    this word, or when one is named by this word alone and it spells the other's family name
    another way, unless their titles say they are two people (a president and a chief of
    staff: Reagan and Donald Regan).
    """
    if a.person == b.person:
        return True
    sa, sb = speakers[a.person], speakers[b.person]
    if sa.roles and sb.roles and not sa.roles & sb.roles:
        return False
    if not sa.single and not sb.single:
        at = one_token_variant(sa.words, sb.words)
        return at is not None and fold(sa.words[at]) == a.key and fold(sb.words[at]) == b.key
    if sa.single and b.key in _surnames(sb):
        return True
    return sb.single and a.key in _surnames(sa)


def pairs_plain(found: Sequence[Spelling]) -> set[tuple[int, int]]:
    """Index pairs of spellings that are variants, comparing every spelling with every other.

    Quadratic: the reference :func:`pairs_blocked` is held to (an oracle test compares them).
    """
    return {
        (i, j)
        for i in range(len(found))
        for j in range(i + 1, len(found))
        if token_variant(found[i].key, found[j].key)
    }


def pairs_blocked(found: Sequence[Spelling]) -> set[tuple[int, int]]:
    """The same pairs as :func:`pairs_plain`, comparing only words that share a blocking key
    (:func:`~toolkit.text.spelling.variant_keys`)."""
    by_key: dict[str, list[int]] = {}
    for index, spelling in enumerate(found):
        by_key.setdefault(spelling.key, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for a, b in variant_pairs(by_key):
        for i in by_key[a]:
            for j in by_key[b]:
                pairs.add((i, j) if i < j else (j, i))
    return pairs


def same_name_groups(
    found: Sequence[Spelling],
    speakers: Sequence[Speaker],
    pairs: set[tuple[int, int]],
) -> list[list[int]]:
    """Spellings (by index) that are one name written several ways, grouped, in text order.

    A word of a one-word name that spells the family names of two people another way could
    be either of them, and is left alone.
    """
    accepted = [(i, j) for i, j in sorted(pairs) if one_name(found[i], found[j], speakers)]
    partners: dict[int, set[int]] = {}
    for i, j in accepted:
        if found[i].person != found[j].person:
            partners.setdefault(i, set()).add(found[j].person)
            partners.setdefault(j, set()).add(found[i].person)
    parent = list(range(len(found)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, j in accepted:
        # "Haque" after "Ali Haq" and "Omar Haq": either could be meant
        if not any(
            speakers[found[k].person].single and len(partners.get(k, ())) > 1 for k in (i, j)
        ):
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for k in range(len(found)):
        groups.setdefault(root(k), []).append(k)
    kept = [g for g in groups.values() if len({found[k].key for k in g}) > 1]
    return sorted(kept, key=lambda g: min(found[k].spans[0].start for k in g))
