"""JSON Feed 1.1: ids are the story guids, authors as ``authors[]``, RFC 3339 dates."""

from __future__ import annotations

import json
from typing import Any

from toolkit.writers.feeds.feed import Feed, FeedEntry, rfc3339

VERSION = "https://jsonfeed.org/version/1.1"
MEDIA_TYPE = "application/feed+json"


def write_json_feed(feed: Feed) -> bytes:
    """The feed as JSON Feed 1.1 bytes (UTF-8, two-space indent, keys in spec order)."""
    info = feed.info
    document: dict[str, Any] = {
        "version": VERSION,
        "title": info.title,
        "home_page_url": info.link,
    }
    if feed.self_url:
        document["feed_url"] = feed.self_url
    document["description"] = info.description
    document["language"] = info.language
    document["authors"] = [{"name": info.provider}]
    document["items"] = [_item(entry) for entry in feed.entries]
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _item(entry: FeedEntry) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": entry.guid,
        "title": entry.title,
        "content_text": entry.content_text,
    }
    if entry.published is not None:
        item["date_published"] = rfc3339(entry.published)
    if entry.updated is not None:
        item["date_modified"] = rfc3339(entry.updated)
    if entry.authors:
        item["authors"] = [{"name": name} for name in entry.authors]
    item["language"] = entry.language
    return item
