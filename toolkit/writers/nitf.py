"""Standalone NITF 3.6: ``head`` with title and docdata, then the shared ``body``."""

from __future__ import annotations

from typing import Any

from lxml import etree

from toolkit.model import Article, Place, PlaceKind
from toolkit.writers import nitf_body
from toolkit.writers.item import iso_basic, item_stamp
from toolkit.writers.nitf_body import tag, text_element
from toolkit.writers.options import WriterOptions
from toolkit.writers.xml_output import serialise, xml_text

_NSMAP: dict[Any, str] = {None: nitf_body.NITF_NS}


def build_nitf(article: Article, options: WriterOptions) -> etree._Element:
    stamp = item_stamp(article, options)
    root = nitf_body.nitf_root(stamp, _NSMAP)
    head = etree.SubElement(root, tag("head"))
    # The title is metadata, so a headline derived from the lede may serve when there is none.
    title = article.headline or article.derived_headline
    if title is not None and xml_text(title.text).strip():
        text_element(head, "title", title.text)
    docdata = etree.SubElement(head, tag("docdata"))
    etree.SubElement(docdata, tag("doc-id")).set("id-string", xml_text(stamp.guid))
    etree.SubElement(docdata, tag("date.issue")).set("norm", iso_basic(stamp.created))
    if article.people or article.organisations or article.places:
        content = etree.SubElement(docdata, tag("identified-content"))
        for person in article.people:
            element = text_element(content, "person", person.name)
            for title_ in person.titles:
                text_element(element, "function", title_.text)
        for org in article.organisations:
            text_element(content, "org", org.name)
        for place in article.places:
            _location(content, place)
    nitf_body.add_body(root, article, stamp)
    return root


def write_nitf(article: Article, options: WriterOptions) -> bytes:
    return serialise(build_nitf(article, options), pretty=options.pretty)


_LOCATION_PART = {PlaceKind.CITY: "city", PlaceKind.REGION: "region", PlaceKind.COUNTRY: "country"}


def _location(parent: etree._Element, place: Place) -> None:
    location = etree.SubElement(parent, tag("location"))
    part = _LOCATION_PART.get(place.kind)
    if part is None:
        nitf_body.add_text(location, place.name)
    else:
        text_element(location, part, place.name)
    if place.country:
        country = location[-1] if place.kind == PlaceKind.COUNTRY else None
        if country is None:
            country = etree.SubElement(location, tag("country"))
        country.set("iso-cc", xml_text(place.country))
