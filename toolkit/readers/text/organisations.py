"""Organisations: capitalised names built on an organisation head, and defined acronyms.

"China Satellite Navigation System Management Office", "Ministry of Foreign Affairs",
"Hormel Meat Co.", and "Commonwealth of Independent States (CIS)" (which also makes later
"CIS" a mention). Events ("Summit", "Forum", "Conference") are not organisations: wire copy
names far more events than standing bodies with those words, and an event is not an actor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from toolkit.lexicon.countries import country_code
from toolkit.lexicon.titles import ROLE_HEADS
from toolkit.model import Span
from toolkit.readers.text.names import FUNCTION_WORDS, Word, Words, word_set

# The words that end a firm's name and make it one: "Barrick Gold Corp", "Atria Oy".
FIRM_HEADS: frozenset[str] = word_set(
    "company co corp corporation inc ltd plc llc group holdings oy oyj ag gmbh nv bv spa bhd"
)

ORG_HEADS: frozenset[str] = FIRM_HEADS | word_set(
    """
    office ministry agency committee commission council university bank association
    organization organisation party congress parliament senate court department bureau
    administration institute institution foundation fund union federation service authority
    board academy assembly alliance society league network army navy exchange cabinet
    secretariat directorate charities charity
    """
)

# A head that is an organisation on its own, without a name before it ("the Senate").
SINGLE_WORD: frozenset[str] = frozenset(
    {
        "congress",
        "senate",
        "parliament",
        "pentagon",
        "kremlin",
        "politburo",
        "bundestag",
        "knesset",
        "duma",
        "nato",
        "interpol",
        "europol",
    }
)

# Acronyms wire copy uses without defining them.
KNOWN_ACRONYMS: frozenset[str] = frozenset(
    {
        "UN",
        "U.N.",
        "NATO",
        "EU",
        "E.U.",
        "WTO",
        "WHO",
        "IMF",
        "OPEC",
        "ASEAN",
        "APEC",
        "BRICS",
        "UNESCO",
        "UNICEF",
        "FBI",
        "CIA",
        "NASA",
        "OECD",
        "SCO",
        "IAEA",
        "UNHCR",
        "FIFA",
        "IOC",
        "PLO",
        "ANC",
        "NPC",
        "CPC",
        "CPPCC",
        "OSCE",
        "ECB",
        "NAFTA",
        "GATT",
    }
)

_NAMING = ORG_HEADS | SINGLE_WORD
_CONNECTORS = frozenset({"of", "and", "for", "on", "the", "&", "de"})
_ABBREVIATED = frozenset({"co", "corp", "inc", "ltd"})
_ACRONYM_AFTER = re.compile(r" ?\(([A-Z][A-Za-z&.]{1,11})\)")
# the look-behind follows the first capital so that re can skip to capitals quickly
_ACRONYM = re.compile(r"[A-Z](?<![\w.][A-Z])(?:[A-Z&]|\.(?=[A-Z]))+\.?(?![\w])")


# Places whose names end in an organisation head.
_PLACES = word_set("west_bank left_bank south_bank")


def _is_place(name: str) -> bool:
    return "_".join(name.split()).casefold() in _PLACES or country_code(name) is not None


class OrgMention(NamedTuple):
    name: str
    span: Span
    acronym: str | None  # the acronym defined right after the name, if any


def _run_end(text: str, ws: list[Word], i: int) -> int:
    """Last index of a capitalised run starting at ``i`` (connectors allowed inside)."""
    n = len(ws)
    k = i
    last = i
    while k + 1 < n and not ws[k].possessive:
        nxt = ws[k + 1]
        if not ws[k].glue:
            break
        if nxt.cap:
            k += 1
            last = k
            continue
        if nxt.text in _CONNECTORS and k + 2 < n and nxt.glue:
            after = ws[k + 2]
            if after.fold in ROLE_HEADS:
                break  # "... Provincial Committee and Director of ...": a second title begins
            # "Office of the President", but "the Ministry ... and the University" are two
            if after.cap or (
                nxt.text == "of" and after.text == "the" and k + 3 < n and ws[k + 3].cap
            ):
                k += 1
                continue
        break
    return last


def _initials(ws: list[Word], first: int, last: int) -> str:
    return "".join(ws[k].text[0] for k in range(first, last + 1) if ws[k].cap)


def _acronym_matches(acronym: str, initials: str) -> bool:
    letters = acronym.replace(".", "").replace("&", "").upper()
    if len(letters) < 2:
        return False
    if letters == initials.upper():
        return True
    # "Organisation for Economic Co-operation and Development (OECD)": allow skipped words,
    # but the acronym's letters must appear in order starting with the first initial.
    it = iter(initials.upper())
    return letters[0] == initials[:1].upper() and all(ch in it for ch in letters)


def _head_end(ws: list[Word], first: int, end: int) -> int:
    """Last index of the organisation name in run first..end, or -1 when it names none."""
    heads = [k for k in range(first, end + 1) if ws[k].fold in ORG_HEADS]
    if not heads:
        return first if first == end and ws[first].fold in SINGLE_WORD else -1
    stop = heads[-1]
    if stop + 1 <= end and ws[stop + 1].text in ("of", "for", "on"):
        return end  # "Ministry of Foreign Affairs", "University of Macau"
    if first == stop == end and ws[first].fold not in SINGLE_WORD:
        return -1  # a lone "Office" or "Bank" is a common noun
    return stop


def org_extent(text: str, ws: list[Word], first: int) -> int:
    """Last index of an organisation name starting at word ``first``, or -1."""
    return _head_end(ws, first, _run_end(text, ws, first))


def find_organisations(text: str, ws: Words) -> list[OrgMention]:
    """Organisation names in one paragraph's words, left to right."""
    found: list[OrgMention] = []
    if _NAMING.isdisjoint(ws.folds) and not (ws and "(" in text[ws[0].start : ws[-1].end + 3]):
        return found  # no organisation head, and no acronym defined in brackets
    resume = 0
    for i in ws.caps:
        if i < resume:
            continue
        end = _run_end(text, ws, i)
        first = i
        # "The ...", and "Director of the Organization Department": a title is no part of it
        while first <= end and (
            ws[first].fold in FUNCTION_WORDS or ws[first].fold in ROLE_HEADS or not ws[first].cap
        ):
            first += 1
        resume = end + 1
        if first > end:
            continue
        first = _after_owner(ws, first, end)
        stop = _head_end(ws, first, end)
        acronym: str | None = None
        after = ws[end].end
        tail = _ACRONYM_AFTER.match(text, after) if "(" in text[after : after + 2] else None
        if tail is not None:
            # "Leaders of the Commonwealth of Independent States (CIS)": the name is the part
            # of the run whose initials spell the acronym.
            for start in range(first, end + 1):
                if ws[start].cap and _acronym_matches(tail.group(1), _initials(ws, start, end)):
                    acronym, first, stop = tail.group(1), start, end
                    break
        if stop < 0 or _is_place(text[ws[first].start : ws[stop].end]):
            continue
        # "Hormel Meat Co.": an abbreviated head keeps its period.
        stop_end = ws[stop].end
        if ws[stop].fold in _ABBREVIATED and text[stop_end : stop_end + 1] == ".":
            stop_end += 1
        span = Span(ws[first].start, stop_end)
        found.append(OrgMention(" ".join(text[span.start : span.end].split()), span, acronym))
    return found


def _after_owner(ws: list[Word], first: int, end: int) -> int:
    """Where the organisation starts when the run opens with someone who belongs to it.

    "David Aubrey of the Woods Hole Oceanographic Institute": no organisation head comes
    before the "of", so the words before it are the member, not part of the name (while
    "Bank of China" and "Office of the President" have their head first).
    """
    for k in range(first, end):
        if ws[k].fold in _NAMING:
            return first
        if ws[k].text == "of" and k > first:
            start = k + 1
            if start <= end and ws[start].text == "the":
                start += 1
            if any(ws[j].fold in _NAMING for j in range(start, end + 1)):
                return start
            return first
    return first


def find_acronyms(
    text: str, start: int, end: int, known: frozenset[str] | set[str]
) -> list[tuple[str, Span]]:
    """All-capital acronyms in ``text[start:end]`` that are in ``known``."""
    return [
        (m.group(), Span(m.start(), m.end()))
        for m in _ACRONYM.finditer(text, start, end)
        if m.group() in known
    ]


def acronym_set(defined: Sequence[str]) -> frozenset[str]:
    return KNOWN_ACRONYMS | frozenset(defined)
