"""The plain-text wire copy reader: bytes in, one :class:`~toolkit.model.Article` out.

Steps: decode (decoding), find the head — headline, "By" lines, service notes and the dateline
with its agency and bylines (head, dateline, bylines, headline) — then paragraphs (layout), the
dateline's country and year (lexicon, year), language, and entities (entities).
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from toolkit.errors import InputError
from toolkit.lexicon.cities import city_country, region_country, world_city
from toolkit.lexicon.countries import country_code
from toolkit.model import Article, Dateline, Source, Span, YearSource
from toolkit.model.identity import slugify
from toolkit.readers.options import ReaderOptions
from toolkit.readers.text.dateline import DatelineMatch
from toolkit.readers.text.decoding import (
    decode,
    decode_str,
)
from toolkit.readers.text.entities import extract_entities
from toolkit.readers.text.head import Head, read_head
from toolkit.readers.text.headline import derived_headline
from toolkit.readers.text.language import detect_language
from toolkit.readers.text.layout import paragraphs as layout_paragraphs
from toolkit.readers.text.year import resolve_year

__all__ = ["read_text"]


def read_text(data: bytes | str, options: ReaderOptions | None = None) -> Article:
    """Read one plain-text wire article; raise :class:`~toolkit.errors.InputError` if unreadable."""
    options = options or ReaderOptions()
    if isinstance(data, str):
        raw, decoded = decode_str(data, options.max_bytes)
    else:
        raw, decoded = data, decode(data, options.max_bytes, options.encoding)
    text = decoded.text
    # Characters XML 1.0 forbids stay in the text (spans must match the source); the writers
    # that drop them say so in the record.
    notes: list[str] = []
    if decoded.guessed:
        notes.append(f"encoding guessed as {decoded.encoding} (no byte order mark, not UTF-8)")

    head = read_head(text)
    notes.extend(head.notes)
    paragraphs = layout_paragraphs(text, head.body_start, head.body_end)
    if not paragraphs:
        raise InputError(_no_story(text, head))
    dateline = _dateline(head.dateline, text, options, notes)
    bylines = head.bylines
    headline = head.headline
    derived = None
    if headline is None and paragraphs:
        derived = derived_headline(paragraphs[0].text)

    exclude = [span for span in (head.agency_span, head.trailer_span) if span is not None]
    if dateline is not None and dateline.span is not None:
        exclude.append(dateline.span)
    exclude.extend(byline.span for byline in bylines if byline.span is not None)
    entities = extract_entities(
        text,
        paragraphs,
        bylines=[byline.name for byline in bylines],
        exclude=exclude,
        dateline_place=dateline.place if dateline is not None else None,
        recognisers=options.recognisers,
    )
    stem = PurePath(options.source_path).stem if options.source_path else "article"
    return Article(
        id=slugify(options.id or stem),
        text=text,
        source=Source(
            options.source_path,
            hashlib.sha256(raw).hexdigest(),
            decoded.encoding,
            encoding_guessed=decoded.guessed,
        ),
        agency=head.agency,
        agency_span=head.agency_span,
        dateline=dateline,
        bylines=bylines,
        headline=headline,
        derived_headline=derived,
        paragraphs=paragraphs,
        quotes=entities.quotes,
        people=entities.people,
        organisations=entities.organisations,
        places=entities.places,
        language=detect_language(text),
        notes=tuple(notes),
    )


def _no_story(text: str, head: Head) -> str:
    """Why a file whose every line belongs to the head is no article: what the head held."""
    held = []
    if head.headline is not None:
        held.append(f"a headline ({head.headline.text})")
    if head.dateline is not None:
        held.append(f"a dateline ({_head_line(text, head.dateline.span)})")
    if head.bylines:
        held.append("a byline (" + ", ".join(byline.name for byline in head.bylines) + ")")
    what = ", ".join(held) or "only a head"
    return f"no story text after the head: the file holds {what} and no paragraph"


def _head_line(text: str, span: Span) -> str:
    """The head line a span starts on, as written (the dateline with its agency and dash)."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.start)
    return text[start : end if end != -1 else len(text)].strip()


def _dateline(
    found: DatelineMatch | None, text: str, options: ReaderOptions, notes: list[str]
) -> Dateline | None:
    if found is None:
        return None
    year: int | None = None
    source = YearSource.UNKNOWN
    if found.month is not None and found.day is not None:
        year, source = resolve_year(
            dateline_year=found.year,
            option_year=options.year,
            metadata_year=options.metadata_year,
            month=found.month,
            day=found.day,
            text=text,
            lede_start=found.lede_start,
        )
        if source is YearSource.TEXT:
            notes.append(f"dateline year {year} taken from the text")
        elif source is YearSource.UNKNOWN:
            notes.append("dateline year unknown")
    dateline = Dateline(
        text=found.span.slice(text),
        span=found.span,
        place=found.place,
        country=_country(found.place, found.qualifier),
        date_text=found.date_text,
        month=found.month,
        day=found.day,
        year=year,
        year_source=source,
        place_span=found.place_span,
        date_span=found.date_span,
    )
    if year is not None and dateline.date is None:
        notes.append(f"dateline date {found.date_text} {year} does not exist")
    return dateline


def _country(place: str | None, qualifier: str | None) -> str | None:
    """ISO code of the dateline place: its written country or region first, then the city."""
    city = city_country(place) if place else None
    if qualifier:
        as_country, as_region = country_code(qualifier), region_country(qualifier)
        if as_country and as_region and city in (as_country, as_region):
            return city  # "Georgia" after Atlanta is the state, after Tbilisi the country
        if as_country or as_region:
            return as_country or as_region
    if place:
        found = city or country_code(place) or region_country(place)
        if found is None:
            # a town the short list lacks ("PORTO ALEGRE"): the most populous of the name
            town = world_city(place)
            found = town.country if town is not None else None
        return found
    return None
