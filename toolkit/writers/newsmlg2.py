"""NewsML-G2 2.35 newsItem (Power conformance) carrying the story as NITF 3.6 in inlineXML.

Element order follows the schema's sequences (itemMeta is strict; in contentMeta the
administrative properties precede the descriptive ones). Every QCode alias used here is
declared in the IPTC G2 Standards catalog v41, the only catalog referenced.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from toolkit import __version__
from toolkit.model import Article
from toolkit.writers import nitf_body
from toolkit.writers.item import ItemStamp, by_line, headline_text, item_stamp, rfc3339
from toolkit.writers.options import WriterOptions
from toolkit.writers.xml_output import serialise, xml_text

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
CATALOG_HREF = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
STANDARD_VERSION = "2.35"
GENERATOR = "newsroom-toolkit"
# The aliases this writer emits; a test checks each against catalog v41.
QCODE_ALIASES = ("ninat", "stat", "cpnat", "drol", "iso3166-1a2")
_NSMAP: dict[Any, str] = {None: NAR_NS}
_NITF_NSMAP: dict[Any, str] = {None: nitf_body.NITF_NS}
_SubElement = etree.SubElement


def _tag(name: str) -> str:
    return f"{{{NAR_NS}}}{name}"


# Clark names, formatted once rather than for every element.
_NEWS_ITEM = _tag("newsItem")
_CATALOG_REF = _tag("catalogRef")
_ITEM_META = _tag("itemMeta")
_ITEM_CLASS = _tag("itemClass")
_PROVIDER = _tag("provider")
_NAME = _tag("name")
_VERSION_CREATED = _tag("versionCreated")
_FIRST_CREATED = _tag("firstCreated")
_PUB_STATUS = _tag("pubStatus")
_GENERATOR = _tag("generator")
_CONTENT_META = _tag("contentMeta")
_CONTENT_CREATED = _tag("contentCreated")
_LOCATED = _tag("located")
_BROADER = _tag("broader")
_INFO_SOURCE = _tag("infoSource")
_CREATOR = _tag("creator")
_LANGUAGE = _tag("language")
_SUBJECT = _tag("subject")
_HEADLINE = _tag("headline")
_DATELINE = _tag("dateline")
_BY = _tag("by")
_DESCRIPTION = _tag("description")
_ASSERT = _tag("assert")
_NOTE = _tag("note")
_CONTENT_SET = _tag("contentSet")
_INLINE_XML = _tag("inlineXML")
_GENERATOR_VERSION = xml_text(__version__)

_GEO_AREA = "cpnat:geoArea"
_PERSON = "cpnat:person"
_ORGANISATION = "cpnat:organisation"


def _text(
    parent: etree._Element, clark: str, text: str, attrib: dict[str, str] | None = None
) -> etree._Element:
    """A child holding ``text``, which the caller has already passed through xml_text."""
    child = _SubElement(parent, clark, attrib)
    child.text = text
    return child


def _named(
    parent: etree._Element, clark: str, label: str, concept_type: str | None = None
) -> etree._Element:
    """A concept property given by literal, with its human-readable name."""
    line = _line(label)
    attrib = {"literal": line} if concept_type is None else {"type": concept_type, "literal": line}
    element = _SubElement(parent, clark, attrib)
    _SubElement(element, _NAME).text = line
    return element


def _line(label: str) -> str:
    # g2normalizedString (literal, name) admits no tab or line break: collapse whitespace.
    return " ".join(xml_text(label).split())


def build_newsml(article: Article, options: WriterOptions) -> etree._Element:
    stamp = item_stamp(article, options)
    root = etree.Element(
        _NEWS_ITEM,
        {
            "guid": xml_text(stamp.guid),
            "version": str(stamp.version),
            "standard": "NewsML-G2",
            "standardversion": STANDARD_VERSION,
            "conformance": "power",
            nitf_body.XML_LANG: stamp.language,
        },
        nsmap=_NSMAP,
    )
    _SubElement(root, _CATALOG_REF, {"href": CATALOG_HREF})
    _item_meta(root, stamp, options)
    _content_meta(root, article, stamp)
    for person in article.people:
        # subject cannot carry a job title; the assert says what the story calls the person.
        line = _line(person.name)
        assertion = _SubElement(root, _ASSERT, {"literal": line})
        _SubElement(assertion, _NAME).text = line
        for title in person.titles:
            _text(assertion, _NOTE, xml_text(title.text))
    inline = _SubElement(
        _SubElement(root, _CONTENT_SET), _INLINE_XML, {"contenttype": "application/nitf+xml"}
    )
    nitf = nitf_body.nitf_root(stamp, _NITF_NSMAP)
    nitf_body.add_body(nitf, article, stamp)
    inline.append(nitf)
    return root


def write_newsml(article: Article, options: WriterOptions) -> bytes:
    return serialise(build_newsml(article, options), pretty=options.pretty)


def _item_meta(root: etree._Element, stamp: ItemStamp, options: WriterOptions) -> None:
    meta = _SubElement(root, _ITEM_META)
    _SubElement(meta, _ITEM_CLASS, {"qcode": "ninat:text"})
    provider = _SubElement(meta, _PROVIDER, {"uri": xml_text(options.provider_uri)})
    _text(provider, _NAME, xml_text(options.provider_name))
    _text(meta, _VERSION_CREATED, rfc3339(stamp.created))
    _text(meta, _FIRST_CREATED, rfc3339(stamp.first_created))
    _SubElement(meta, _PUB_STATUS, {"qcode": "stat:usable"})
    _text(meta, _GENERATOR, GENERATOR, {"versioninfo": _GENERATOR_VERSION})


def _content_meta(root: etree._Element, article: Article, stamp: ItemStamp) -> None:
    meta = _SubElement(root, _CONTENT_META)
    if stamp.content_date is not None:
        _text(meta, _CONTENT_CREATED, stamp.content_date.isoformat())
    dateline = article.dateline
    if dateline is not None and dateline.place:
        located = _named(meta, _LOCATED, dateline.place, _GEO_AREA)
        if dateline.country and _is_country(dateline.country):
            _SubElement(
                located, _BROADER, {"type": _GEO_AREA, "qcode": f"iso3166-1a2:{dateline.country}"}
            )
    if article.agency:
        _named(meta, _INFO_SOURCE, article.agency)
    for credit in article.bylines:
        _named(meta, _CREATOR, credit.name, _PERSON)
    _SubElement(meta, _LANGUAGE, {"tag": xml_text(stamp.language)})
    for person in article.people:
        _named(meta, _SUBJECT, person.name, _PERSON)
    for org in article.organisations:
        _named(meta, _SUBJECT, org.name, _ORGANISATION)
    for place in article.places:
        _named(meta, _SUBJECT, place.name, _GEO_AREA)
    headline = headline_text(article)
    if headline is not None:
        _text(meta, _HEADLINE, xml_text(headline))
    if dateline is not None:
        text = xml_text(dateline.text)
        if text.strip():
            _text(meta, _DATELINE, text)
    if article.bylines:
        _text(meta, _BY, xml_text(by_line(article)))
    if article.paragraphs:
        _text(
            meta, _DESCRIPTION, xml_text(article.paragraphs[0].text), {"role": "drol:summary"}
        )


def _is_country(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()
