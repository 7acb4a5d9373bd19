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
from toolkit.writers.segments import article_runs
from toolkit.writers.xml_output import xml_text

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_SubElement = etree.SubElement


def tag(name: str) -> str:
    return f"{{{NITF_NS}}}{name}"


# Clark names, formatted once rather than for every element.
NITF = tag("nitf")
BODY = tag("body")
BODY_HEAD = tag("body.head")
BODY_CONTENT = tag("body.content")
HEDLINE = tag("hedline")
HL1 = tag("hl1")
BYLINE = tag("byline")
PERSON = tag("person")
BYTTL = tag("byttl")
DISTRIBUTOR = tag("distributor")
ORG = tag("org")
DATELINE = tag("dateline")
LOCATION = tag("location")
CITY = tag("city")
STORY_DATE = tag("story.date")
P = tag("p")
Q = tag("q")


def nitf_root(stamp: ItemStamp, nsmap: dict[Any, str]) -> etree._Element:
    return etree.Element(
        NITF, {"version": NITF_VERSION, XML_LANG: stamp.language}, nsmap=nsmap
    )


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


def text_child(parent: etree._Element, clark: str, text: str) -> etree._Element:
    """A child element named by a Clark name (see :func:`tag`) holding ``text``."""
    child = _SubElement(parent, clark)
    child.text = xml_text(text)
    return child


def add_body(parent: etree._Element, article: Article, stamp: ItemStamp) -> etree._Element:
    """Append ``body`` to ``parent`` (a ``nitf`` element) and return it."""
    body = _SubElement(parent, BODY)
    if _has_head(article):
        _body_head(_SubElement(body, BODY_HEAD), article, stamp)
    content = _SubElement(body, BODY_CONTENT)
    for runs in article_runs(article):
        paragraph = _SubElement(content, P)
        if len(runs) == 1 and runs[0].quote is None:
            # A paragraph without quotes: its text is the whole content.
            text = xml_text(runs[0].text)
            if text:
                paragraph.text = text
            continue
        last: etree._Element | None = None
        for run in runs:
            quote = run.quote
            if quote is None:
                text = xml_text(run.text)
                if not text:
                    continue
                if last is None:
                    paragraph.text = (paragraph.text or "") + text
                else:
                    last.tail = (last.tail or "") + text
            else:
                attrib = {"quote-source": xml_text(quote.speaker)} if quote.speaker else None
                last = _SubElement(paragraph, Q, attrib)
                last.text = xml_text(run.text)
    return body


def _has_head(article: Article) -> bool:
    dateline = article.dateline
    return (
        headline_text(article) is not None
        or bool(article.bylines)
        or bool(article.agency)
        or (
            dateline is not None
            and bool(dateline.place or dateline.date_text or dateline.text.strip())
        )
    )


def _body_head(head: etree._Element, article: Article, stamp: ItemStamp) -> None:
    headline = headline_text(article)
    if headline is not None:
        text_child(_SubElement(head, HEDLINE), HL1, headline)
    if article.bylines:
        byline = _SubElement(head, BYLINE)
        for index, credit in enumerate(article.bylines):
            if index:
                add_text(byline, " and " if index == len(article.bylines) - 1 else ", ")
            text_child(byline, PERSON, credit.name)
            if credit.role:
                add_text(byline, ", ")
                text_child(byline, BYTTL, credit.role)
    if article.agency:
        text_child(_SubElement(head, DISTRIBUTOR), ORG, article.agency)
    dateline = article.dateline
    if dateline is not None and (dateline.place or dateline.date_text or dateline.text.strip()):
        element = _SubElement(head, DATELINE)
        if dateline.place:
            text_child(_SubElement(element, LOCATION), CITY, dateline.place)
        if dateline.date_text:
            if dateline.place:
                add_text(element, ", ")
            date = text_child(element, STORY_DATE, dateline.date_text)
            if stamp.content_date is not None:
                date.set("norm", iso_basic(midnight(stamp.content_date)))
        if not dateline.place and not dateline.date_text:
            add_text(element, dateline.text)
