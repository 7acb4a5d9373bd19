"""Places: countries by name or nationality word, cities and regions from the lexicons.

"Cuban" is a mention of Cuba; "China" inside "China Satellite Navigation System Management
Office" is not (callers pass organisation spans as blocked). Names are canonical: a country is
named as the country lexicon names it, a city or region as the text writes it.
"""

from __future__ import annotations

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


def resolve(name: str) -> tuple[str, str | None, PlaceKind]:
    """Canonical name, country and kind of a place name written on its own (a dateline)."""
    code = country_code(name)
    if code is not None:
        return country_name(code) or name, code, PlaceKind.COUNTRY
    code = city_country(name)
    if code is not None:
        return _as_written(name), code, PlaceKind.CITY
    code = region_country(name)
    if code is not None:
        return _as_written(name), code, PlaceKind.REGION
    return _as_written(name), None, PlaceKind.OTHER


def _as_written(phrase: str) -> str:
    # "WUZHEN" in an all-caps dateline is the same place as "Wuzhen" in the body.
    return " ".join(phrase.split()).title() if phrase.isupper() else " ".join(phrase.split())


@lru_cache(maxsize=16384)
def _lookup(phrase: str) -> tuple[str, str, PlaceKind] | None:
    # cached as a whole: every capitalised run of a paragraph is looked up, mostly in vain
    code = country_code(phrase)
    if code is not None:
        return country_name(code) or phrase, code, PlaceKind.COUNTRY
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
        matched = False
        for size in range(longest, 0, -1):
            last = i + size - 1
            if not ws[last].cap:
                continue
            end = ws[last].end
            phrase = text[w.start : end]
            hit = _lookup(phrase)
            if hit is None and text[end : end + 1] == "." and len(ws[last].text) <= 5:
                # abbreviated US states: "Ga.", "Calif."
                code = region_country(phrase + ".")
                if code is not None:
                    end += 1
                    hit = (_as_written(phrase) + ".", code, PlaceKind.REGION)
            if hit is not None:
                found.append(PlaceMention(hit[0], hit[1], hit[2], Span(w.start, end)))
                resume = last + 1
                matched = True
                break
        if not matched and "-" in w.text:
            found.extend(_hyphenated(w))
    return found


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
