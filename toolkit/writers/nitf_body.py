"""The NITF 3.6 ``body`` (``body.head`` and ``body.content``), shared by NITF and NewsML-G2.

Always built in NITF's own namespace: a ``nitf`` element without it, placed inside a
NewsML-G2 ``inlineXML``, would be captured by the G2 namespace on reparse and pass lax
validation unchecked.
"""

from __future__ import annotations

from toolkit.model import Article
from toolkit.writers.item import ItemStamp, headline_text, iso_basic, midnight
from toolkit.writers.segments import article_runs
from toolkit.writers.xml_output import Node, add_text, attribute, escape_text, sub, text, xml_text

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"
_ROOT_ATTRIBUTES = f' xmlns="{NITF_NS}" version="{NITF_VERSION}"'


def nitf_root(stamp: ItemStamp) -> Node:
    """The ``nitf`` element, declaring the NITF namespace as its default."""
    return Node("nitf", _ROOT_ATTRIBUTES + attribute("xml:lang", stamp.language))


def add_body(parent: Node, article: Article, stamp: ItemStamp) -> Node:
    """Append ``body`` to ``parent`` (a ``nitf`` element) and return it."""
    body = sub(parent, "body")
    if _has_head(article):
        _body_head(sub(body, "body.head"), article, stamp)
    content = sub(body, "body.content")
    for runs in article_runs(article):
        paragraph = sub(content, "p")
        last: Node | None = None
        for run in runs:
            quote = run.quote
            if quote is None:
                value = escape_text(xml_text(run.text))
                if not value:
                    continue
                if last is None:
                    paragraph.text = value if paragraph.text is None else paragraph.text + value
                else:
                    last.tail = value if last.tail is None else last.tail + value
            else:
                source = attribute("quote-source", quote.speaker) if quote.speaker else ""
                last = sub(paragraph, "q", source, text(run.text))
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


def _body_head(head: Node, article: Article, stamp: ItemStamp) -> None:
    headline = headline_text(article)
    if headline is not None:
        sub(sub(head, "hedline"), "hl1", "", text(headline))
    if article.bylines:
        byline = sub(head, "byline")
        for index, credit in enumerate(article.bylines):
            if index:
                add_text(byline, " and " if index == len(article.bylines) - 1 else ", ")
            sub(byline, "person", "", text(credit.name))
            if credit.role:
                add_text(byline, ", ")
                sub(byline, "byttl", "", text(credit.role))
    if article.agency:
        sub(sub(head, "distributor"), "org", "", text(article.agency))
    dateline = article.dateline
    if dateline is not None and (dateline.place or dateline.date_text or dateline.text.strip()):
        element = sub(head, "dateline")
        if dateline.place:
            sub(sub(element, "location"), "city", "", text(dateline.place))
        if dateline.date_text:
            if dateline.place:
                add_text(element, ", ")
            norm = ""
            if stamp.content_date is not None:
                norm = attribute("norm", iso_basic(midnight(stamp.content_date)))
            sub(element, "story.date", norm, text(dateline.date_text))
        if not dateline.place and not dateline.date_text:
            add_text(element, dateline.text)
