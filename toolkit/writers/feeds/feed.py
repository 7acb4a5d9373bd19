"""The feed model shared by the RSS, Atom and JSON Feed writers, built from articles.

A :class:`FeedEntry` is the light part of an article a feed needs (title, text, authors,
dates, guid), so a batch can keep only the newest ``limit`` entries in memory
(:class:`NewestEntries`) while the articles themselves stream past.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from dataclasses import dataclass

from toolkit.model import Article
from toolkit.model.identity import article_guid, version_timestamp
from toolkit.writers.options import WriterOptions

# XML 1.0 forbids these even escaped; wire copy carries them (IPTC 7901 SOH/STX/ETX, form
# feeds). Stripping them here keeps every feed format's text identical.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

DEFAULT_LIMIT = 50


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot carry."""
    return _XML_ILLEGAL.sub("", text)


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """What describes a feed as a whole; every field has a working default."""

    title: str = "Newsroom Toolkit wire"
    link: str = "https://newsroom.example/"  # the site the feed belongs to (an HTML page)
    description: str = "Wire stories exported by newsroom-toolkit"
    language: str = "en"  # BCP 47
    provider: str = "Newsroom Toolkit"  # feed-level author, so every Atom entry has one
    generator: str = "newsroom-toolkit"
    feed_id: str | None = None  # permanent Atom feed id; default: the link
    # Agency name -> home page, for RSS <source url="...">; agencies not listed get no <source>.
    agency_urls: tuple[tuple[str, str], ...] = ()

    def agency_url(self, agency: str | None) -> str | None:
        if agency is None:
            return None
        return dict(self.agency_urls).get(agency)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One story as every feed format shows it."""

    id: str  # the article's local id: the tie-break between stories of one day
    guid: str  # the same string in every format and every version of the story
    title: str  # headline, else the derived headline, else the local id
    content_text: str  # plain-text body, paragraphs separated by a blank line
    authors: tuple[str, ...]  # byline names
    # Aware UTC; None for an undated story (no dateline date, no SOURCE_DATE_EPOCH), so that
    # no feed claims it was published in 1970: RSS and JSON Feed then give it no date, Atom
    # (which requires one) the feed's own updated time.
    published: dt.datetime | None
    updated: dt.datetime | None
    date: dt.date | None  # the dateline date: feeds are ordered by it
    agency: str | None = None
    language: str = "en"

    @property
    def order_key(self) -> tuple[int, str]:
        """Ascending order of this key is feed order: newest date first, then by id."""
        return (-(self.date.toordinal() if self.date is not None else 0), self.id)


@dataclass(frozen=True, slots=True)
class Feed:
    info: FeedInfo
    entries: tuple[FeedEntry, ...]  # in feed order (see FeedEntry.order_key)
    self_url: str | None = None  # where this very document is published (one per format)

    @property
    def updated(self) -> dt.datetime | None:
        """The newest dated entry's update time; None when no entry has one (never the clock)."""
        return max((e.updated for e in self.entries if e.updated is not None), default=None)


def feed_entry(article: Article, options: WriterOptions) -> FeedEntry:
    """The feed view of an article, with the guid and timestamps every writer uses."""
    date = article.dateline.date if article.dateline is not None else None
    guid = options.guid or article.guid or article_guid(article.id, date, options.domain)
    headline = article.headline or article.derived_headline
    title = headline.text if headline is not None and headline.text.strip() else article.id
    dated = date is not None or options.source_date_epoch is not None
    stamp = version_timestamp(date, options.source_date_epoch) if dated else None
    content = article.body_text or article.text.strip()
    return FeedEntry(
        id=article.id,
        guid=guid,
        title=xml_safe(" ".join(title.split())),
        content_text=xml_safe(content),
        authors=tuple(xml_safe(byline.name) for byline in article.bylines),
        published=stamp,
        updated=(options.version_created or stamp) if stamp is not None else None,
        date=date,
        agency=xml_safe(article.agency) if article.agency else None,
        language=article.language,
    )


class _Evictable:
    """Heap item whose minimum is the entry that comes last in feed order."""

    __slots__ = ("entry", "key")

    def __init__(self, entry: FeedEntry) -> None:
        self.entry = entry
        self.key = entry.order_key

    def __lt__(self, other: _Evictable) -> bool:
        return self.key > other.key


class NewestEntries:
    """Keeps the first ``limit`` entries in feed order out of any number added, in O(limit)."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        if limit < 0:
            raise ValueError("limit must not be negative")
        self._limit = limit
        self._heap: list[_Evictable] = []

    def add(self, entry: FeedEntry) -> None:
        if self._limit == 0:
            return
        item = _Evictable(entry)
        if len(self._heap) < self._limit:
            heapq.heappush(self._heap, item)
        elif self._heap[0] < item:
            heapq.heapreplace(self._heap, item)

    def entries(self) -> tuple[FeedEntry, ...]:
        return tuple(sorted((item.entry for item in self._heap), key=lambda e: e.order_key))


def rfc3339(moment: dt.datetime) -> str:
    """``2022-11-09T00:00:00Z``: Atom and JSON Feed dates, always with a zone (UTC)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
