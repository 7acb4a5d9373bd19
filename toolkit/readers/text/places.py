"""Places: countries by name or nationality word, cities and regions from the lexicons.

"Cuban" is a mention of Cuba; "China" inside "China Satellite Navigation System Management
Office" is not (callers pass organisation spans as blocked). Names are canonical: a country is
named as the country lexicon names it, a city or region as the text writes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from toolkit.lexicon.cities import city_country, region_country
from toolkit.lexicon.countries import country_code, country_name, demonym_country
from toolkit.model import Place, PlaceKind, Span
from toolkit.readers.text.names import FUNCTION_WORDS, Blocked, Word, Words


class PlaceMention(NamedTuple):
    name: str
    country: str | None
    kind: PlaceKind
    span: Span


_MAX_WORDS = 4
_NON_SPACE = re.compile(r"\S+")


def resolve(name: str) -> tuple[str, str | None, PlaceKind]:
    """Canonical name, country and kind of a place name written on its own (a dateline)."""
    found = _classify(name, demonyms=False)
    return found if found is not None else (_as_written(name), None, PlaceKind.OTHER)


def _as_written(phrase: str) -> str:
    # "WUZHEN" in an all-caps dateline is the same place as "Wuzhen" in the body.
    return " ".join(phrase.split()).title() if phrase.isupper() else " ".join(phrase.split())


def _classify(phrase: str, *, demonyms: bool) -> tuple[str, str, PlaceKind] | None:
    """Country (by name, or by demonym when asked), else city, else region; None if unknown."""
    code = country_code(phrase)
    if code is None and demonyms:
        code = demonym_country(phrase)
    if code is not None:
        return country_name(code) or phrase, code, PlaceKind.COUNTRY
    code = city_country(phrase)
    if code is not None:
        return _as_written(phrase), code, PlaceKind.CITY
    code = region_country(phrase)
    if code is not None:
        return _as_written(phrase), code, PlaceKind.REGION
    return None


@lru_cache(maxsize=16384)
def _lookup(phrase: str) -> tuple[str, str, PlaceKind] | None:
    # cached as a whole: every capitalised run of a paragraph is looked up, mostly in vain
    return _classify(phrase, demonyms=True)


def find_places(text: str, ws: Words) -> list[PlaceMention]:
    """Place mentions in one paragraph's words, longest name first at each position."""
    found: list[PlaceMention] = []
    n = len(ws)
    resume = 0
    for i in ws.caps:
        w = ws[i]
        if i < resume or len(w.text) < 2 or w.fold in FUNCTION_WORDS:
            continue
        longest = 1
        while longest < _MAX_WORDS and i + longest < n and ws[i + longest - 1].glue:
            longest += 1
        run_end = ws[i + longest - 1].end
        hit = _run_place(text[w.start : run_end], text[run_end : run_end + 1] == ".")
        if hit is not None:
            size, name, code, kind, dotted = hit
            end = ws[i + size - 1].end + dotted
            found.append(PlaceMention(name, code, kind, Span(w.start, end)))
            resume = i + size
        elif "-" in w.text:
            found.extend(_hyphenated(w))
    return found


@lru_cache(maxsize=16384)
def _run_place(run: str, dot_after: bool) -> tuple[int, str, str, PlaceKind, int] | None:
    """The longest place name starting a run of words glued by whitespace, if any.

    Returns (words in the name, name, country, kind, 1 when the name takes the period after
    the run). Only depends on the run's text, so it is cached as a whole.
    """
    # the words of the run; only whitespace lies between them
    bounds = [m.span() for m in _NON_SPACE.finditer(run)]
    for size in range(len(bounds), 0, -1):
        start, end = bounds[size - 1]
        last_word = run[start:end]
        if last_word.islower():
            continue  # a kept lowercase word ("of") never ends a place name
        phrase = run[:end]
        hit = _lookup(phrase)
        if hit is not None:
            return size, hit[0], hit[1], hit[2], 0
        if size == len(bounds) and dot_after and len(last_word) <= 5:
            # abbreviated US states: "Ga.", "Calif."
            code = region_country(phrase + ".")
            if code is not None:
                return size, _as_written(phrase) + ".", code, PlaceKind.REGION, 1
    return None


def _hyphenated(word: Word) -> list[PlaceMention]:
    """Places in a hyphenated compound: "Israeli-Palestinian", "China-Africa"."""
    found: list[PlaceMention] = []
    offset = word.start
    for part in word.text.split("-"):
        hit = _lookup(part) if part[:1].isupper() else None
        if hit is not None:
            found.append(PlaceMention(hit[0], hit[1], hit[2], Span(offset, offset + len(part))))
        offset += len(part) + 1
    return found


def places_from(
    mentions: Sequence[PlaceMention], dateline_place: str | None, blocked: Blocked
) -> list[Place]:
    """Merge mentions by canonical name; the dateline place comes first when it is given."""
    order: list[str] = []
    spans: dict[str, list[Span]] = {}
    info: dict[str, tuple[str | None, PlaceKind]] = {}
    if dateline_place:
        name, code, kind = resolve(dateline_place)
        order.append(name)
        spans[name] = []
        info[name] = (code, kind)
    for m in mentions:
        if blocked.overlaps(m.span.start, m.span.end):
            continue
        if m.name not in spans:
            order.append(m.name)
            spans[m.name] = []
            info[m.name] = (m.country, m.kind)
        spans[m.name].append(m.span)
    places = [
        Place(name, info[name][0], info[name][1], tuple(sorted(spans[name]))) for name in order
    ]
    dateline = places[:1] if dateline_place else []
    rest = places[1:] if dateline_place else places
    rest.sort(key=lambda p: (p.mentions[0].start, p.name))
    return dateline + rest
