"""Standalone NITF 3.6 (namespaced or not), and the NITF body that NewsML-G2 items carry.

``body.head`` gives headline, bylines (``person`` with an optional ``byttl``), distributor and
dateline; ``body.content`` gives paragraphs, with ``q@quote-source`` as attributed quotes;
``docdata/identified-content`` gives people (with ``function`` as titles), organisations and
places.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from lxml import etree

from toolkit.errors import InputError
from toolkit.model import (
    Article,
    Byline,
    Dateline,
    Organisation,
    Person,
    Place,
    PlaceKind,
    Source,
    SourceMap,
    Span,
    Title,
    YearSource,
)
from toolkit.readers import assembly
from toolkit.readers.assembly import Run
from toolkit.readers.options import ReaderOptions
from toolkit.readers.source_map import build_source_map, decode_source
from toolkit.readers.text.title_parts import title_parts
from toolkit.safe_xml import parse_xml

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_PLACE_KINDS = {"city": PlaceKind.CITY, "region": PlaceKind.REGION, "country": PlaceKind.COUNTRY}


@dataclass(frozen=True, slots=True)
class PersonParts:
    name: str
    titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceParts:
    name: str
    kind: PlaceKind = PlaceKind.OTHER
    country: str | None = None


@dataclass(slots=True)
class NitfParts:
    """What a NITF document says, before it is laid out as an Article."""

    title: str | None = None
    headline: str | None = None
    bylines: list[tuple[str, str | None]] = field(default_factory=list)
    agency: str | None = None
    dateline_text: str | None = None
    dateline_place: str | None = None
    date_text: str | None = None
    date: dt.date | None = None
    paragraphs: list[list[Run]] = field(default_factory=list)
    people: list[PersonParts] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    places: list[PlaceParts] = field(default_factory=list)
    guid: str | None = None
    language: str | None = None


def local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def text_of(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return assembly.normalise("".join(str(t) for t in element.itertext()))


def children(element: etree._Element | None, name: str) -> list[etree._Element]:
    if element is None:
        return []
    return [child for child in element if local(child) == name]


def child(element: etree._Element | None, name: str) -> etree._Element | None:
    found = children(element, name)
    return found[0] if found else None


def descendants(element: etree._Element, name: str) -> list[etree._Element]:
    return [node for node in element.iter() if local(node) == name]


def parse_date(value: str | None) -> dt.date | None:
    """The date of ``2022-11-09``, ``2022-11-09T00:00:00Z`` or ``20221109T000000+0000``."""
    match = _DATE.match(value.strip()) if value else None
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def paragraph_runs(paragraph: etree._Element) -> list[Run]:
    runs = [Run(paragraph.text or "")]
    for node in paragraph:
        if local(node) == "q":
            runs.append(Run(text_of(node), quote=True, speaker=node.get("quote-source") or None))
        elif isinstance(node.tag, str):
            runs.append(Run("".join(str(t) for t in node.itertext())))
        runs.append(Run(node.tail or ""))
    return runs


def nitf_parts(nitf: etree._Element) -> NitfParts:
    """Read a ``nitf`` element (any namespace, or none) into its parts."""
    parts = NitfParts(language=nitf.get(XML_LANG))
    head = child(nitf, "head")
    title = child(head, "title")
    parts.title = text_of(title) or None
    docdata = child(head, "docdata")
    doc_id = child(docdata, "doc-id")
    parts.guid = doc_id.get("id-string") if doc_id is not None else None
    _identified(child(docdata, "identified-content"), parts)
    body = child(nitf, "body")
    body_head = child(body, "body.head")
    parts.headline = text_of(child(child(body_head, "hedline"), "hl1")) or None
    _bylines(children(body_head, "byline"), parts)
    parts.agency = text_of(child(child(body_head, "distributor"), "org")) or None
    if parts.agency is None:
        parts.agency = text_of(child(body_head, "distributor")) or None
    _dateline(child(body_head, "dateline"), parts)
    content = child(body, "body.content")
    if content is not None:
        for paragraph in descendants(content, "p"):
            parts.paragraphs.append(paragraph_runs(paragraph))
        _inline_entities(content, parts)
    return parts


def _inline_entities(content: etree._Element, parts: NitfParts) -> None:
    """People, organisations and places marked inline in the story, when docdata lacks them."""
    people = {person.name for person in parts.people}
    for node in descendants(content, "person"):
        name = assembly.normalise("".join(_own_text(node))).strip(" ,;:")
        if name and name not in people:
            people.add(name)
            titles = tuple(text_of(f) for f in children(node, "function") if text_of(f))
            parts.people.append(PersonParts(name, titles))
    for name in (text_of(org) for org in descendants(content, "org")):
        if name and name not in parts.organisations:
            parts.organisations.append(name)
    places = {place.name for place in parts.places}
    for location in descendants(content, "location"):
        place = _place(location)
        if place.name and place.name not in places:
            places.add(place.name)
            parts.places.append(place)


def _own_text(element: etree._Element) -> list[str]:
    """The text of an element without that of its ``function`` children (a person's title)."""
    texts = [element.text or ""]
    for node in element:
        if local(node) != "function":
            texts.extend(str(t) for t in node.itertext())
        texts.append(node.tail or "")
    return texts


def _identified(content: etree._Element | None, parts: NitfParts) -> None:
    for person in children(content, "person"):
        name = assembly.normalise(person.text or "") or text_of(child(person, "name-given"))
        if name:
            titles = tuple(text_of(f) for f in children(person, "function") if text_of(f))
            parts.people.append(PersonParts(name, titles))
    parts.organisations.extend(name for org in children(content, "org") if (name := text_of(org)))
    for location in children(content, "location"):
        parts.places.append(_place(location))


def _place(location: etree._Element) -> PlaceParts:
    for name, kind in _PLACE_KINDS.items():
        element = child(location, name)
        if element is not None and text_of(element):
            country = element.get("iso-cc") if kind == PlaceKind.COUNTRY else None
            if country is None:
                country_element = child(location, "country")
                country = country_element.get("iso-cc") if country_element is not None else None
            return PlaceParts(text_of(element), kind, country)
    country_element = child(location, "country")
    iso = country_element.get("iso-cc") if country_element is not None else None
    return PlaceParts(assembly.normalise(location.text or "") or text_of(location), country=iso)


def _bylines(bylines: list[etree._Element], parts: NitfParts) -> None:
    for byline in bylines:
        if not children(byline, "person"):
            # "By Meredith Jameson, <byttl>Staff Reporter</byttl>": names are in the text.
            role = text_of(child(byline, "byttl")) or None
            written = (byline.text or "") + "".join(node.tail or "" for node in byline)
            names = assembly.split_names(
                assembly.normalise(written).removeprefix("By ").strip(" ,")
            )
            parts.bylines.extend((name, role if len(names) == 1 else None) for name in names)
            continue
        for node in byline:
            if local(node) == "person":
                parts.bylines.append((text_of(node), None))
            elif local(node) == "byttl" and parts.bylines and parts.bylines[-1][1] is None:
                parts.bylines[-1] = (parts.bylines[-1][0], text_of(node))


def _dateline(dateline: etree._Element | None, parts: NitfParts) -> None:
    if dateline is None:
        return
    parts.dateline_text = text_of(dateline) or None
    location = child(dateline, "location")
    if location is not None:
        parts.dateline_place = text_of(child(location, "city")) or text_of(location) or None
    story_date = child(dateline, "story.date")
    if story_date is not None:
        parts.date_text = text_of(story_date) or None
        parts.date = parse_date(story_date.get("norm"))


def parse_document(data: bytes, max_bytes: int) -> etree._Element:
    try:
        return parse_xml(data, max_bytes=max_bytes).getroot()
    except etree.XMLSyntaxError as error:
        # libxml2's messages may hold a line break ("out of allowed range\n, line 1"): one line
        raise InputError(f"not well-formed XML: {' '.join(str(error).split())}") from None


def read_nitf(data: bytes, options: ReaderOptions) -> Article:
    root = parse_document(data, options.max_bytes)
    if local(root) != "nitf":
        raise InputError(f"not a NITF document (root element <{local(root)}>)")
    parts = nitf_parts(root)
    return build_article(parts, data, options, "nitf", guid=parts.guid)


def build_article(
    parts: NitfParts,
    data: bytes,
    options: ReaderOptions,
    source_format: str,
    *,
    guid: str | None,
    version: int = 1,
    country: str | None = None,
) -> Article:
    """Lay the parts out as an Article; shared with the NewsML-G2 reader."""
    body = assembly.assemble(parts.headline or parts.title, parts.paragraphs)
    text = body.text
    lede = body.paragraphs[0].span if body.paragraphs else None
    dateline = _article_dateline(parts, text, lede, country)
    bylines = tuple(
        Byline(name, assembly.first_mention(text, name, lede), role) for name, role in parts.bylines
    )
    people = tuple(
        Person(
            name=person.name,
            # with its parts, as the text reader gives them: the checker compares titles by them
            titles=tuple(
                _title(t, assembly.first_mention(text, assembly.normalise(t)))
                for t in person.titles
            ),
            mentions=assembly.mentions(text, assembly.normalise(person.name)),
        )
        for person in parts.people
    )
    article = Article(
        id=assembly.local_id(options, guid),
        text=text,
        source=Source(options.source_path, assembly.sha256(data), "utf-8", source_format),
        agency=parts.agency,
        agency_span=assembly.first_mention(text, parts.agency, lede),
        dateline=dateline,
        bylines=bylines,
        headline=body.headline,
        paragraphs=body.paragraphs,
        quotes=body.quotes,
        people=people,
        organisations=tuple(
            Organisation(name, assembly.mentions(text, assembly.normalise(name)))
            for name in parts.organisations
        ),
        places=tuple(
            Place(
                place.name,
                place.country,
                place.kind,
                assembly.mentions(text, assembly.normalise(place.name)),
            )
            for place in parts.places
        ),
        language=parts.language or "en",
        notes=(
            f"text assembled from the {source_format} markup: headline and paragraphs separated "
            "by blank lines; spans index that text, line:col positions the source document",
        ),
        guid=guid,
        version=version,
        source_map=_source_map(body, data, source_format),
    )
    if body.headline is not None and not parts.headline:
        # NITF's head/title is metadata: a title alone is not a headline the story has.
        article = replace(
            article, headline=None, derived_headline=replace(body.headline, derived=True)
        )
    return article


def _source_map(body: assembly.Body, data: bytes, source_format: str) -> SourceMap:
    head = body.headline.span if body.headline is not None else None
    blocks = [(head, False)] if head is not None else []
    blocks += [(paragraph.span, True) for paragraph in body.paragraphs]
    return build_source_map(
        body.text, blocks, decode_source(data), json_source=source_format == "ninjs"
    )


def _article_dateline(
    parts: NitfParts, text: str, lede: Span | None, country: str | None
) -> Dateline | None:
    if parts.dateline_text is None and parts.dateline_place is None and parts.date is None:
        return None
    written = parts.dateline_text or parts.dateline_place or ""
    # Only a dateline the story repeats has spans; a place named later in the lede is not it.
    span = assembly.first_mention(text, parts.dateline_text, lede)
    date = parts.date
    return Dateline(
        text=written,
        span=span,
        place=parts.dateline_place,
        country=country,
        date_text=parts.date_text,
        month=date.month if date else None,
        day=date.day if date else None,
        year=date.year if date else None,
        year_source=YearSource.METADATA if date else YearSource.UNKNOWN,
        place_span=assembly.first_mention(text, parts.dateline_place, span) if span else None,
        date_span=assembly.first_mention(text, parts.date_text, span) if span else None,
    )


def _title(written: str, span: Span | None) -> Title:
    parts = title_parts(written)
    return Title(written, span, parts.role, parts.organisation, parts.country, parts.modifiers)
