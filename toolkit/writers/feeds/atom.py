"""Atom 1.0 (RFC 4287): permanent ids (the story guid), text content, feed-level author."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from toolkit.writers.feeds.feed import Feed, FeedEntry, rfc3339, xml_safe

ATOM_NS = "http://www.w3.org/2005/Atom"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def write_atom(feed: Feed) -> bytes:
    """The feed as Atom 1.0 bytes (UTF-8).

    RFC 4287's two Schematron rules hold by construction: the feed always has an author
    (the provider), and every entry carries its text as ``content``.
    """
    info = feed.info
    # lxml-stubs omit the None key lxml uses for the default namespace.
    root = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS})  # type: ignore[dict-item]
    root.set(_XML_LANG, info.language)
    _text(root, "id", info.feed_id or info.link)
    _text(root, "title", info.title)
    _text(root, "subtitle", info.description)
    # Atom requires a time on the feed and on every entry. An undated story takes the feed's,
    # the newest dated story's; only a feed with no dated story at all (no --year, no
    # SOURCE_DATE_EPOCH; the toolkit warns about each story) falls back to the epoch.
    updated = feed.updated or _EPOCH
    _text(root, "updated", rfc3339(updated))
    author = _text(root, "author", None)
    _text(author, "name", info.provider)
    _link(root, "alternate", info.link, "text/html")
    if feed.self_url:
        _link(root, "self", feed.self_url, "application/atom+xml")
    _text(root, "generator", info.generator)
    for entry in feed.entries:
        _entry(root, entry, updated)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _entry(root: etree._Element, entry: FeedEntry, feed_updated: dt.datetime) -> None:
    element = _text(root, "entry", None)
    if entry.language != root.get(_XML_LANG):
        element.set(_XML_LANG, entry.language)
    _text(element, "id", entry.guid)
    _text(element, "title", entry.title)
    if entry.published is not None:
        _text(element, "published", rfc3339(entry.published))
    _text(element, "updated", rfc3339(entry.updated or feed_updated))
    for name in entry.authors:
        _text(_text(element, "author", None), "name", name)
    _text(element, "content", entry.content_text).set("type", "text")


def _link(parent: etree._Element, rel: str, href: str, media_type: str) -> None:
    etree.SubElement(parent, f"{{{ATOM_NS}}}link", rel=rel, href=href, type=media_type)


def _text(parent: etree._Element, name: str, text: str | None) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ATOM_NS}}}{name}")
    if text is not None:
        element.text = xml_safe(text)
    return element
