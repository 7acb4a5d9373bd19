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


def _tag(name: str) -> str:
    return f"{{{NAR_NS}}}{name}"


def _sub(
    parent: etree._Element, name: str, text: str | None = None, **attrs: str
) -> etree._Element:
    attrib = {key: xml_text(value) for key, value in attrs.items()} if attrs else None
    child = etree.SubElement(parent, _tag(name), attrib)
    if text is not None:
        child.text = xml_text(text)
    return child


def _named(parent: etree._Element, name: str, label: str, **attrs: str) -> etree._Element:
    """A concept property given by literal, with its human-readable name."""
    element = _sub(parent, name, **attrs, literal=_line(label))
    _sub(element, "name", _line(label))
    return element


def _line(label: str) -> str:
    # g2normalizedString (literal, name) admits no tab or line break: collapse whitespace.
    return " ".join(xml_text(label).split())


def build_newsml(article: Article, options: WriterOptions) -> etree._Element:
    stamp = item_stamp(article, options)
    root = etree.Element(_tag("newsItem"), nsmap=_NSMAP)
    root.set("guid", xml_text(stamp.guid))
    root.set("version", str(stamp.version))
    root.set("standard", "NewsML-G2")
    root.set("standardversion", STANDARD_VERSION)
    root.set("conformance", "power")
    root.set(nitf_body.XML_LANG, stamp.language)
    _sub(root, "catalogRef", href=CATALOG_HREF)
    _item_meta(root, stamp, options)
    _content_meta(root, article, stamp)
    for person in article.people:
        # subject cannot carry a job title; the assert says what the story calls the person.
        assertion = _sub(root, "assert", literal=_line(person.name))
        _sub(assertion, "name", _line(person.name))
        for title in person.titles:
            _sub(assertion, "note", title.text)
    inline = _sub(_sub(root, "contentSet"), "inlineXML", contenttype="application/nitf+xml")
    nitf = nitf_body.nitf_root(stamp, _NITF_NSMAP)
    nitf_body.add_body(nitf, article, stamp)
    inline.append(nitf)
    return root


def write_newsml(article: Article, options: WriterOptions) -> bytes:
    return serialise(build_newsml(article, options), pretty=options.pretty)


def _item_meta(root: etree._Element, stamp: ItemStamp, options: WriterOptions) -> None:
    meta = _sub(root, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:text")
    provider = _sub(meta, "provider", uri=options.provider_uri)
    _sub(provider, "name", options.provider_name)
    _sub(meta, "versionCreated", rfc3339(stamp.created))
    _sub(meta, "firstCreated", rfc3339(stamp.first_created))
    _sub(meta, "pubStatus", qcode="stat:usable")
    _sub(meta, "generator", GENERATOR, versioninfo=__version__)


def _content_meta(root: etree._Element, article: Article, stamp: ItemStamp) -> None:
    meta = _sub(root, "contentMeta")
    if stamp.content_date is not None:
        _sub(meta, "contentCreated", stamp.content_date.isoformat())
    dateline = article.dateline
    if dateline is not None and dateline.place:
        located = _named(meta, "located", dateline.place, type="cpnat:geoArea")
        if dateline.country and _is_country(dateline.country):
            _sub(located, "broader", type="cpnat:geoArea", qcode=f"iso3166-1a2:{dateline.country}")
    if article.agency:
        _named(meta, "infoSource", article.agency)
    for credit in article.bylines:
        _named(meta, "creator", credit.name, type="cpnat:person")
    _sub(meta, "language", tag=stamp.language)
    for person in article.people:
        _named(meta, "subject", person.name, type="cpnat:person")
    for org in article.organisations:
        _named(meta, "subject", org.name, type="cpnat:organisation")
    for place in article.places:
        _named(meta, "subject", place.name, type="cpnat:geoArea")
    headline = headline_text(article)
    if headline is not None:
        _sub(meta, "headline", headline)
    if dateline is not None and xml_text(dateline.text).strip():
        _sub(meta, "dateline", dateline.text)
    if article.bylines:
        _sub(meta, "by", by_line(article))
    if article.paragraphs:
        _sub(meta, "description", article.paragraphs[0].text, role="drol:summary")


def _is_country(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()
