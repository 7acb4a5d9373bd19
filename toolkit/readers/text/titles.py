"""Titles in a paragraph: "Cuban Minister of Communications", "Pakistan's ambassador to China".

A title is found around a role head (toolkit.lexicon.titles) and grown to the left over
modifiers, portfolio words, a nationality or a possessive country, and to the right over
"of <portfolio>", "of the <organisation>", "of <country>" and "to <country>". When the
portfolio after "of" runs straight into a name ("Minister of Communications Arevic") the title
stops at the last portfolio word and the match says where the name starts.
"""

from __future__ import annotations

from itertools import compress
from typing import NamedTuple

from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.firms import NEWS_AGENCIES
from toolkit.lexicon.titles import (
    ACCREDITED_ROLES,
    MAX_ROLE_WORDS,
    MODIFIERS,
    PORTFOLIO_WORDS,
    ROLE_HEADS,
    canonical_role,
)
from toolkit.readers.text.names import (
    FUNCTION_WORDS,
    MONTHS,
    SPEECH_VERBS,
    WEEKDAYS,
    Word,
    Words,
    word_set,
)
from toolkit.readers.text.organisations import org_extent


class TitleMatch(NamedTuple):
    first: int  # index of the title's first word
    last: int  # index of its last word (inclusive)
    role: str  # canonical role head
    country: str | None  # the country the title belongs to ("Cuban ..." -> "CU")
    name_at: int  # index of a name glued to the title's end, or -1


_HEAD_FIRST = frozenset(head.split()[0] for head in ROLE_HEADS)
_MULTI_HEAD_FIRST = frozenset(head.split()[0] for head in ROLE_HEADS if " " in head)
_LEFT_STOP = word_set(
    "a an the this that these those his her their its our my your said says told and or but "
    "as at in on of for by from with to"
)


def _possessive_link(text: str, left: Word, right: Word) -> bool:
    return left.possessive and text[left.end : right.start] in ("'s ", "’s ", "'S ", "’S ")


def _country_ending(text: str, ws: list[Word], j: int) -> tuple[int, str] | None:
    """A country name of up to three words ending at word ``j``: (first index, code)."""
    for size in (3, 2, 1):
        first = j - size + 1
        if first < 0 or not all(ws[k].cap for k in range(first, j + 1)):
            continue
        if size > 1 and not all(ws[k].glue for k in range(first, j)):
            continue
        name = text[ws[first].start : ws[j].end]
        code = country_code(name)
        if code is not None:
            return first, code
    return None


def _country_starting(text: str, ws: list[Word], i: int) -> tuple[int, str] | None:
    """A country name of up to three words starting at word ``i``: (last index, code)."""
    n = len(ws)
    for size in (3, 2, 1):
        last = i + size - 1
        if last >= n or not all(ws[k].cap for k in range(i, last + 1)):
            continue
        if size > 1 and not all(ws[k].glue for k in range(i, last)):
            continue
        code = country_code(text[ws[i].start : ws[last].end])
        if code is not None:
            return last, code
    return None


def _head_at(ws: Words, i: int) -> int:
    """Index of the last word of the longest role head starting at ``i``, or -1."""
    folds = ws.folds
    size = 1
    if folds[i] in _MULTI_HEAD_FIRST:
        limit = min(MAX_ROLE_WORDS, len(ws) - i)
        while size < limit and ws[i + size - 1].glue:
            size += 1
    while size > 1:
        if " ".join(folds[i : i + size]) in ROLE_HEADS:
            return i + size - 1
        size -= 1
    return i if folds[i] in ROLE_HEADS else -1


def _extend_left(text: str, ws: list[Word], first: int) -> tuple[int, str | None]:
    country: str | None = None
    j = first - 1
    while j >= 0:
        w, right = ws[j], ws[j + 1]
        if _possessive_link(text, w, right):
            if not w.cap:
                break
            found = _country_ending(text, ws, j)
            if found is not None:
                return found[0], country or found[1]
            # "Moody's analyst", "Microsoft Corp's chief executive": the owner is in the title
            while (
                j > 0 and ws[j - 1].cap and ws[j - 1].glue and ws[j - 1].fold not in FUNCTION_WORDS
            ):
                j -= 1
            return j, country
        if not w.glue:
            break
        folded = w.fold
        if folded in _LEFT_STOP and not (w.cap and folded in MODIFIERS):
            break
        if folded in NEWS_AGENCIES and j > 0 and ws[j - 1].fold in SPEECH_VERBS:
            break  # "Monsod told Reuters Finance Secretary Jaime Ongpin": the agency was told
        if folded in MODIFIERS or (w.cap and folded in PORTFOLIO_WORDS):
            first = j
            j -= 1
            continue
        if not w.cap:
            break
        demonym = demonym_country(w.text)
        if demonym is not None:
            country = country or demonym
            first = j
            j -= 1
            continue
        found = _country_ending(text, ws, j)
        if found is not None:
            country = country or found[1]
            first = found[0]
            j = first - 1
            continue
        if folded in FUNCTION_WORDS or folded in MONTHS or folded in WEEKDAYS:
            break
        # Other capitalised words before a role are an owner: "White House spokesman".
        first = j
        j -= 1
    return first, country


def _portfolio(text: str, ws: list[Word], i: int) -> int:
    """Last index of a run of portfolio words starting at ``i`` ("Higher Education"), or i-1."""
    last = i - 1
    k = i
    n = len(ws)
    while k < n and (k == i or ws[k - 1].glue):
        w = ws[k]
        folded = w.fold
        if folded in ("of", "and", "for"):
            k += 1
            continue
        if not (w.cap and folded in PORTFOLIO_WORDS):
            break
        last = k
        k += 1
    return last


def _extend_right(text: str, ws: list[Word], last: int, role: str) -> tuple[int, str | None, int]:
    """(last index, country of "of <country>", index of a name glued after the portfolio)."""
    n = len(ws)
    k = last + 1
    if k + 1 >= n or not ws[last].glue:
        return last, None, -1
    word = ws[k].text
    if not ws[k].glue:
        return last, None, -1  # "ambassador to many countries": words between were not read
    if word == "to" and role in ACCREDITED_ROLES:
        start = k + 1
        if ws[start].text == "the" and start + 1 < n and ws[start].glue:
            start += 1
        found = _country_starting(text, ws, start)
        if found is not None:
            return found[0], None, -1
        org = org_extent(text, ws, start)
        return (org, None, -1) if org >= 0 else (last, None, -1)
    if word not in ("of", "for"):
        return last, None, -1
    start = k + 1
    if ws[start].text == "the" and start + 1 < n and ws[start + 1].cap and ws[start].glue:
        org = org_extent(text, ws, start + 1)
        if org >= 0:
            return org, None, -1
        found = _country_starting(text, ws, start + 1)
        return (found[0], found[1], -1) if found is not None else (last, None, -1)
    if not ws[start].cap:
        return last, None, -1
    org = org_extent(text, ws, start)
    if org >= 0:
        return org, None, -1
    found = _country_starting(text, ws, start)
    if found is not None:
        return found[0], found[1], -1
    end = _portfolio(text, ws, start)
    if end < start:
        return last, None, -1
    after = end + 1
    country: str | None = None
    if after + 1 < n and ws[after].text == "of" and ws[end].glue and ws[after].glue:
        found = _country_starting(text, ws, after + 1)
        if found is not None:
            end, country = found
            after = end + 1
    name_at = after if after < n and ws[after].cap and ws[end].glue else -1
    return end, country, name_at


def find_titles(text: str, ws: Words) -> list[TitleMatch]:
    """Every title in a paragraph's words, left to right, not overlapping."""
    found: list[TitleMatch] = []
    resume = 0
    for i in compress(range(len(ws)), map(_HEAD_FIRST.__contains__, ws.folds)):
        if i < resume:
            continue
        last = _head_at(ws, i)
        if last < 0:
            continue
        head = " ".join(ws[k].text for k in range(i, last + 1))
        role = canonical_role(head)
        first, country = _extend_left(text, ws, i)
        if found and first <= found[-1].last:
            first = found[-1].last + 1
        end, of_country, name_at = _extend_right(text, ws, last, role)
        found.append(TitleMatch(first, end, role, country or of_country, name_at))
        resume = end + 1
    return found
