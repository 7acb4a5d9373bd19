"""Standalone NITF 3.6: ``head`` with title and docdata, then the shared ``body``."""

from __future__ import annotations

from typing import Any

from lxml import etree

from toolkit.model import Article, Place, PlaceKind
from toolkit.writers import nitf_body
from toolkit.writers.item import iso_basic, item_stamp
from toolkit.writers.nitf_body import tag, text_child
from toolkit.writers.options import WriterOptions
from toolkit.writers.xml_output import serialise, xml_text

_NSMAP: dict[Any, str] = {None: nitf_body.NITF_NS}
_SubElement = etree.SubElement
_HEAD = tag("head")
_TITLE = tag("title")
_DOCDATA = tag("docdata")
_DOC_ID = tag("doc-id")
_DATE_ISSUE = tag("date.issue")
_IDENTIFIED_CONTENT = tag("identified-content")
_PERSON = tag("person")
_FUNCTION = tag("function")
_ORG = tag("org")
_LOCATION = tag("location")
_COUNTRY = tag("country")


def build_nitf(article: Article, options: WriterOptions) -> etree._Element:
    stamp = item_stamp(article, options)
    root = nitf_body.nitf_root(stamp, _NSMAP)
    head = _SubElement(root, _HEAD)
    # The title is metadata, so a headline derived from the lede may serve when there is none.
    title = article.headline or article.derived_headline
    if title is not None:
        text = xml_text(title.text)
        if text.strip():
            _SubElement(head, _TITLE).text = text
    docdata = _SubElement(head, _DOCDATA)
    _SubElement(docdata, _DOC_ID, {"id-string": xml_text(stamp.guid)})
    _SubElement(docdata, _DATE_ISSUE, {"norm": iso_basic(stamp.created)})
    if article.people or article.organisations or article.places:
        content = _SubElement(docdata, _IDENTIFIED_CONTENT)
        for person in article.people:
            element = text_child(content, _PERSON, person.name)
            for title_ in person.titles:
                text_child(element, _FUNCTION, title_.text)
        for org in article.organisations:
            text_child(content, _ORG, org.name)
        for place in article.places:
            _location(content, place)
    nitf_body.add_body(root, article, stamp)
    return root


def write_nitf(article: Article, options: WriterOptions) -> bytes:
    return serialise(build_nitf(article, options), pretty=options.pretty)


_LOCATION_PART = {
    PlaceKind.CITY: tag("city"),
    PlaceKind.REGION: tag("region"),
    PlaceKind.COUNTRY: _COUNTRY,
}


def _location(parent: etree._Element, place: Place) -> None:
    location = _SubElement(parent, _LOCATION)
    part = _LOCATION_PART.get(place.kind)
    if part is None:
        nitf_body.add_text(location, place.name)
    else:
        text_child(location, part, place.name)
    if place.country:
        country = location[-1] if place.kind == PlaceKind.COUNTRY else None
        if country is None:
            country = _SubElement(location, _COUNTRY)
        country.set("iso-cc", xml_text(place.country))
