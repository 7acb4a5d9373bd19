"""Standalone NITF 3.6: ``head`` with title and docdata, then the shared ``body``."""

from __future__ import annotations

from toolkit.model import Article, Place, PlaceKind
from toolkit.writers import nitf_body
from toolkit.writers.item import iso_basic, item_stamp
from toolkit.writers.options import WriterOptions
from toolkit.writers.xml_output import Node, add_text, attribute, serialise, sub, text, xml_text


def build_nitf(article: Article, options: WriterOptions) -> Node:
    stamp = item_stamp(article, options)
    root = nitf_body.nitf_root(stamp)
    head = sub(root, "head")
    # The title is metadata, so a headline derived from the lede may serve when there is none.
    title = article.headline or article.derived_headline
    if title is not None and xml_text(title.text).strip():
        sub(head, "title", "", text(title.text))
    docdata = sub(head, "docdata")
    sub(docdata, "doc-id", attribute("id-string", stamp.guid))
    sub(docdata, "date.issue", attribute("norm", iso_basic(stamp.created)))
    if article.people or article.organisations or article.places:
        content = sub(docdata, "identified-content")
        for person in article.people:
            element = sub(content, "person", "", text(person.name))
            for title_ in person.titles:
                sub(element, "function", "", text(title_.text))
        for org in article.organisations:
            sub(content, "org", "", text(org.name))
        for place in article.places:
            _location(content, place)
    nitf_body.add_body(root, article, stamp)
    return root


def write_nitf(article: Article, options: WriterOptions) -> bytes:
    return serialise(build_nitf(article, options), pretty=options.pretty)


_LOCATION_PART = {PlaceKind.CITY: "city", PlaceKind.REGION: "region", PlaceKind.COUNTRY: "country"}


def _location(parent: Node, place: Place) -> None:
    location = sub(parent, "location")
    part = _LOCATION_PART.get(place.kind)
    iso_cc = attribute("iso-cc", place.country) if place.country else ""
    if part is None:
        add_text(location, place.name)
    else:
        # The country element carries its own code; a city or region gets a country after.
        sub(location, part, iso_cc if part == "country" else "", text(place.name))
        if part == "country":
            return
    if iso_cc:
        sub(location, "country", iso_cc)
