"""NewsML-G2 items: a ``newsItem`` (alone or in a ``newsMessage``) with NITF or plain text inline.

Metadata comes from ``contentMeta``: headline, dateline, ``located`` (place, and country from
``broader`` ``iso3166-1a2:``), ``infoSource`` (agency), ``creator`` (bylines), ``subject`` typed
``cpnat:person`` / ``cpnat:organisation`` / ``cpnat:geoArea``, and ``assert`` notes as person
titles. The story comes from the NITF in ``inlineXML`` (see :mod:`toolkit.readers.nitf`), or
from ``inlineData`` plain text, one paragraph per block of lines.
"""

from __future__ import annotations

from lxml import etree

from toolkit.errors import InputError
from toolkit.model import Article
from toolkit.readers import assembly
from toolkit.readers.nitf import (
    NitfParts,
    PersonParts,
    PlaceParts,
    build_article,
    children,
    local,
    nitf_parts,
    parse_date,
    parse_document,
    text_of,
)
from toolkit.readers.options import ReaderOptions

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_COUNTRY_SCHEMES = ("iso3166-1a2:",)


def _nar(name: str) -> str:
    return f"{{{NAR_NS}}}{name}"


def _raw(element: etree._Element | None) -> str:
    """Character data as written (names and notes keep the source's line breaks)."""
    return "" if element is None else "".join(str(t) for t in element.itertext())


def _named(element: etree._Element) -> str:
    """A concept's name: its ``name`` child, else its ``@literal``."""
    name = _raw(element.find(_nar("name")))
    return name if name.strip() else assembly.normalise(element.get("literal", ""))


def _news_item(root: etree._Element) -> etree._Element:
    if root.tag == _nar("newsItem"):
        return root
    if root.tag == _nar("newsMessage"):
        item = next(root.iter(_nar("newsItem")), None)
        if item is not None:
            return item
    raise InputError(f"not a NewsML-G2 newsItem (root element <{local(root)}>)")


def read_newsmlg2(data: bytes, options: ReaderOptions) -> Article:
    item = _news_item(parse_document(data, options.max_bytes))
    meta = item.find(_nar("contentMeta"))
    parts = _story(item)
    country = _merge_meta(meta, item, parts)
    version = item.get("version", "1")
    return build_article(
        parts,
        data,
        options,
        "newsmlg2",
        guid=item.get("guid"),
        version=int(version) if version.isdigit() and int(version) > 0 else 1,
        country=country,
    )


def _story(item: etree._Element) -> NitfParts:
    content_set = item.find(_nar("contentSet"))
    if content_set is None:
        return NitfParts()
    for inline in content_set:
        if inline.tag == _nar("inlineXML"):
            nitf = next((node for node in inline if local(node) == "nitf"), None)
            if nitf is not None:
                return nitf_parts(nitf)
            parts = NitfParts()
            parts.paragraphs = [
                [assembly.Run(text_of(p))] for p in inline.iter() if local(p) == "p"
            ]
            return parts
        if inline.tag == _nar("inlineData"):
            parts = NitfParts()
            parts.paragraphs = assembly.plain_paragraphs(inline.text or "")
            return parts
    return NitfParts()


def _merge_meta(meta: etree._Element | None, item: etree._Element, parts: NitfParts) -> str | None:
    """Let contentMeta fill or override what NITF says; return the dateline's country."""
    parts.language = item.get(XML_LANG) or parts.language
    if meta is None:
        return None
    if parts.language is None:
        language = meta.find(_nar("language"))
        parts.language = language.get("tag") if language is not None else None
    headline = meta.find(_nar("headline"))
    if headline is not None and text_of(headline):
        parts.headline = text_of(headline)
    dateline = meta.find(_nar("dateline"))
    if dateline is not None and text_of(dateline):
        parts.dateline_text = text_of(dateline)
    country = None
    located = meta.find(_nar("located"))
    if located is not None:
        parts.dateline_place = _named(located) or parts.dateline_place
        for broader in children(located, "broader"):
            qcode = broader.get("qcode", "")
            if qcode.startswith(_COUNTRY_SCHEMES):
                country = qcode.split(":", 1)[1]
    created = parse_date(text_of(meta.find(_nar("contentCreated"))))
    if created is not None and (parts.dateline_text or parts.dateline_place):
        parts.date = created
    source = meta.find(_nar("infoSource"))
    if source is not None and _named(source):
        parts.agency = _named(source)
    creators = [_named(c) for c in meta.findall(_nar("creator")) if _named(c)]
    if creators:
        roles = dict(parts.bylines)
        parts.bylines = [(name, roles.get(name)) for name in creators]
    _subjects(meta, item, parts)
    return country


def _subjects(meta: etree._Element, item: etree._Element, parts: NitfParts) -> None:
    titles: dict[str, tuple[str, ...]] = {}
    for assertion in item.findall(_nar("assert")):
        name = _named(assertion)
        notes = tuple(_raw(note) for note in assertion.findall(_nar("note")) if _raw(note).strip())
        if name:
            titles[name] = notes
    people, organisations, places = [], [], []
    for subject in meta.findall(_nar("subject")):
        name = _named(subject)
        kind = subject.get("type", "")
        if not name:
            continue
        if kind == "cpnat:person":
            people.append(PersonParts(name, titles.get(name, ())))
        elif kind == "cpnat:organisation":
            organisations.append(name)
        elif kind == "cpnat:geoArea":
            places.append(PlaceParts(name))
    if people:
        parts.people = people
    if organisations:
        parts.organisations = organisations
    if places:
        parts.places = places
