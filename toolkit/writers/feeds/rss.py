"""RSS 2.0, with the Atom self link and Dublin Core creators RSS itself lacks."""

from __future__ import annotations

import email.utils

from lxml import etree

from toolkit.writers.feeds.feed import Feed, FeedEntry, xml_safe

ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
_NSMAP = {"atom": ATOM_NS, "dc": DC_NS}


def write_rss(feed: Feed) -> bytes:
    """The feed as RSS 2.0 bytes (UTF-8). Entries keep the feed's order."""
    rss = etree.Element("rss", nsmap=_NSMAP)
    rss.set("version", "2.0")
    channel = etree.SubElement(rss, "channel")
    info = feed.info
    _text(channel, "title", info.title)
    _text(channel, "link", info.link)
    _text(channel, "description", info.description)
    _text(channel, "language", info.language)
    _text(channel, "generator", info.generator)
    if feed.updated is not None:  # optional in RSS: no made-up date when none is known
        _text(channel, "lastBuildDate", email.utils.format_datetime(feed.updated))
    if feed.self_url:
        etree.SubElement(
            channel,
            f"{{{ATOM_NS}}}link",
            href=feed.self_url,
            rel="self",
            type="application/rss+xml",
        )
    for entry in feed.entries:
        _item(channel, entry, info.agency_url(entry.agency))
    return etree.tostring(rss, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _item(channel: etree._Element, entry: FeedEntry, agency_url: str | None) -> None:
    item = etree.SubElement(channel, "item")
    _text(item, "title", entry.title)
    _text(item, "description", entry.content_text)
    # isPermaLink defaults to true, which would claim our URN is a web address.
    guid = _text(item, "guid", entry.guid)
    guid.set("isPermaLink", "false")
    # format_datetime gives RFC 822 with a numeric zone, never a locale-dependent day name.
    if entry.published is not None:
        _text(item, "pubDate", email.utils.format_datetime(entry.published))
    for name in entry.authors:
        # <author> must be an e-mail address; names go in dc:creator.
        _text(item, f"{{{DC_NS}}}creator", name)
    if entry.agency and agency_url:
        _text(item, "source", entry.agency).set("url", agency_url)


def _text(parent: etree._Element, tag: str, text: str) -> etree._Element:
    element = etree.SubElement(parent, tag)
    element.text = xml_safe(text)
    return element
