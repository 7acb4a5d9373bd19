"""NewsML-G2 2.35 newsItem (Power conformance) carrying the story as NITF 3.6 in inlineXML.

Element order follows the schema's sequences (itemMeta is strict; in contentMeta the
administrative properties precede the descriptive ones). Every QCode alias used here is
declared in the IPTC G2 Standards catalog v41, the only catalog referenced.
"""

from __future__ import annotations

from toolkit import __version__
from toolkit.model import Article
from toolkit.writers import nitf_body
from toolkit.writers.item import ItemStamp, by_line, headline_text, item_stamp, rfc3339
from toolkit.writers.options import WriterOptions
from toolkit.writers.xml_output import Node, attribute, serialise, sub, text, xml_text

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
CATALOG_HREF = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
STANDARD_VERSION = "2.35"
GENERATOR = "newsroom-toolkit"
# The aliases this writer emits; a test checks each against catalog v41.
QCODE_ALIASES = ("ninat", "stat", "cpnat", "drol", "iso3166-1a2")

_GEO_AREA = attribute("type", "cpnat:geoArea")
_PERSON = attribute("type", "cpnat:person")
_ORGANISATION = attribute("type", "cpnat:organisation")
_ROOT_NAMESPACE = attribute("xmlns", NAR_NS)
_ROOT_STANDARD = (
    attribute("standard", "NewsML-G2")
    + attribute("standardversion", STANDARD_VERSION)
    + attribute("conformance", "power")
)
_GENERATOR_VERSION = attribute("versioninfo", __version__)


def _named(parent: Node, name: str, label: str, concept_type: str = "") -> Node:
    """A concept property given by literal, with its human-readable name."""
    line = _line(label)
    element = sub(parent, name, concept_type + attribute("literal", line))
    sub(element, "name", "", text(line))
    return element


def _line(label: str) -> str:
    # g2normalizedString (literal, name) admits no tab or line break: collapse whitespace.
    return " ".join(xml_text(label).split())


def build_newsml(article: Article, options: WriterOptions) -> Node:
    stamp = item_stamp(article, options)
    root = Node(
        "newsItem",
        _ROOT_NAMESPACE
        + attribute("guid", stamp.guid)
        + attribute("version", str(stamp.version))
        + _ROOT_STANDARD
        + attribute("xml:lang", stamp.language),
    )
    sub(root, "catalogRef", attribute("href", CATALOG_HREF))
    _item_meta(root, stamp, options)
    _content_meta(root, article, stamp)
    for person in article.people:
        # subject cannot carry a job title; the assert says what the story calls the person.
        line = _line(person.name)
        assertion = sub(root, "assert", attribute("literal", line))
        sub(assertion, "name", "", text(line))
        for title in person.titles:
            sub(assertion, "note", "", text(title.text))
    content_set = sub(root, "contentSet")
    inline = sub(content_set, "inlineXML", attribute("contenttype", "application/nitf+xml"))
    nitf = nitf_body.nitf_root(stamp)
    nitf_body.add_body(nitf, article, stamp)
    inline.children.append(nitf)
    return root


def write_newsml(article: Article, options: WriterOptions) -> bytes:
    return serialise(build_newsml(article, options), pretty=options.pretty)


def _item_meta(root: Node, stamp: ItemStamp, options: WriterOptions) -> None:
    meta = sub(root, "itemMeta")
    sub(meta, "itemClass", attribute("qcode", "ninat:text"))
    provider = sub(meta, "provider", attribute("uri", options.provider_uri))
    sub(provider, "name", "", text(options.provider_name))
    sub(meta, "versionCreated", "", rfc3339(stamp.created))
    sub(meta, "firstCreated", "", rfc3339(stamp.first_created))
    sub(meta, "pubStatus", attribute("qcode", "stat:usable"))
    sub(meta, "generator", _GENERATOR_VERSION, text(GENERATOR))


def _content_meta(root: Node, article: Article, stamp: ItemStamp) -> None:
    meta = sub(root, "contentMeta")
    if stamp.content_date is not None:
        sub(meta, "contentCreated", "", stamp.content_date.isoformat())
    dateline = article.dateline
    if dateline is not None and dateline.place:
        located = _named(meta, "located", dateline.place, _GEO_AREA)
        if dateline.country and _is_country(dateline.country):
            country = attribute("qcode", f"iso3166-1a2:{dateline.country}")
            sub(located, "broader", _GEO_AREA + country)
    if article.agency:
        _named(meta, "infoSource", article.agency)
    for credit in article.bylines:
        _named(meta, "creator", credit.name, _PERSON)
    sub(meta, "language", attribute("tag", stamp.language))
    for person in article.people:
        _named(meta, "subject", person.name, _PERSON)
    for org in article.organisations:
        _named(meta, "subject", org.name, _ORGANISATION)
    for place in article.places:
        _named(meta, "subject", place.name, _GEO_AREA)
    headline = headline_text(article)
    if headline is not None:
        sub(meta, "headline", "", text(headline))
    if dateline is not None and xml_text(dateline.text).strip():
        sub(meta, "dateline", "", text(dateline.text))
    if article.bylines:
        sub(meta, "by", "", text(by_line(article)))
    if article.paragraphs:
        lede = text(article.paragraphs[0].text)
        sub(meta, "description", attribute("role", "drol:summary"), lede)


def _is_country(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()
