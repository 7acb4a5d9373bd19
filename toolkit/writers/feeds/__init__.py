"""Feeds over a batch of articles: RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one model."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.writers.feeds.atom import write_atom
from toolkit.writers.feeds.feed import (
    DEFAULT_LIMIT,
    Feed,
    FeedEntry,
    FeedInfo,
    NewestEntries,
    feed_entry,
)
from toolkit.writers.feeds.json_feed import write_json_feed
from toolkit.writers.feeds.rss import write_rss

FeedWriter = Callable[[Feed], bytes]

# Feed format name -> writer; the export names the files after these.
FEED_WRITERS: dict[str, FeedWriter] = {
    "rss": write_rss,
    "atom": write_atom,
    "jsonfeed": write_json_feed,
}

__all__ = [
    "DEFAULT_LIMIT",
    "FEED_WRITERS",
    "Feed",
    "FeedEntry",
    "FeedInfo",
    "FeedWriter",
    "NewestEntries",
    "feed_entry",
    "write_atom",
    "write_json_feed",
    "write_rss",
]
