"""The NITF 3.6 ``body`` (``body.head`` and ``body.content``), shared by NITF and NewsML-G2.

Always built in NITF's own namespace: a ``nitf`` element without it, placed inside a
NewsML-G2 ``inlineXML``, would be captured by the G2 namespace on reparse and pass lax
validation unchecked.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from toolkit.model import Article
from toolkit.writers.item import ItemStamp, headline_text, iso_basic, midnight
from toolkit.writers.segments import paragraph_runs
from toolkit.writers.xml_output import xml_text

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tag(name: str) -> str:
    return f"{{{NITF_NS}}}{name}"


def nitf_root(stamp: ItemStamp, nsmap: dict[Any, str]) -> etree._Element:
    root = etree.Element(tag("nitf"), nsmap=nsmap)
    root.set("version", NITF_VERSION)
    root.set(XML_LANG, stamp.language)
    return root


def add_text(element: etree._Element, text: str) -> None:
    """Append character data after the last child of a mixed-content element."""
    text = xml_text(text)
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def text_element(parent: etree._Element, name: str, text: str) -> etree._Element:
    child = etree.SubElement(parent, tag(name))
    child.text = xml_text(text)
    return child


def add_body(parent: etree._Element, article: Article, stamp: ItemStamp) -> etree._Element:
    """Append ``body`` to ``parent`` (a ``nitf`` element) and return it."""
    body = etree.SubElement(parent, tag("body"))
    head = etree.SubElement(body, tag("body.head"))
    headline = headline_text(article)
    if headline is not None:
        text_element(etree.SubElement(head, tag("hedline")), "hl1", headline)
    if article.bylines:
        byline = etree.SubElement(head, tag("byline"))
        for index, credit in enumerate(article.bylines):
            if index:
                add_text(byline, " and " if index == len(article.bylines) - 1 else ", ")
            text_element(byline, "person", credit.name)
            if credit.role:
                add_text(byline, ", ")
                text_element(byline, "byttl", credit.role)
    if article.agency:
        text_element(etree.SubElement(head, tag("distributor")), "org", article.agency)
    dateline = article.dateline
    if dateline is not None and (dateline.place or dateline.date_text or dateline.text.strip()):
        element = etree.SubElement(head, tag("dateline"))
        if dateline.place:
            text_element(etree.SubElement(element, tag("location")), "city", dateline.place)
        if dateline.date_text:
            if dateline.place:
                add_text(element, ", ")
            date = text_element(element, "story.date", dateline.date_text)
            if stamp.content_date is not None:
                date.set("norm", iso_basic(midnight(stamp.content_date)))
        if not dateline.place and not dateline.date_text:
            add_text(element, dateline.text)
    if len(head) == 0:
        body.remove(head)
    content = etree.SubElement(body, tag("body.content"))
    for runs in paragraph_runs(article):
        paragraph = etree.SubElement(content, tag("p"))
        for run in runs:
            if run.quote is None:
                add_text(paragraph, run.text)
            else:
                quote = text_element(paragraph, "q", run.text)
                if run.quote.speaker:
                    quote.set("quote-source", xml_text(run.quote.speaker))
    return body
