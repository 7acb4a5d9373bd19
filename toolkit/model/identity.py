"""Stable identity and timestamps of an article, derived from the article, never the clock.

The guid is common to every version of a story (NewsML-G2 guid, ninjs uri, Atom id, RSS guid,
JSON Feed id): it comes from the provider domain, the dateline date and the local id (file stem
or an explicit id), never from a content hash, so a correction keeps its guid.
"""

from __future__ import annotations

import datetime as dt
import re

DEFAULT_DOMAIN = "newsroom.example"
_SLUG_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def slugify(value: str) -> str:
    """A file- and URN-safe local id: lower case ``[a-z0-9._-]``, never empty."""
    slug = _SLUG_UNSAFE.sub("-", value.casefold()).strip("-.")
    return slug[:120] or "article"


def article_guid(local_id: str, date: dt.date | None, domain: str = DEFAULT_DOMAIN) -> str:
    """``urn:newsml:{domain}:{yyyymmdd}:{local id}`` as IPTC's examples shape it."""
    day = date.strftime("%Y%m%d") if date is not None else "undated"
    return f"urn:newsml:{domain}:{day}:{slugify(local_id)}"


def version_timestamp(date: dt.date | None, source_date_epoch: int | None = None) -> dt.datetime:
    """The item's creation time, timezone-aware UTC.

    ``source_date_epoch`` (the reproducible-builds convention, or an option) wins; else midnight
    UTC of the dateline date; else the Unix epoch, so output stays byte-identical across runs.
    """
    if source_date_epoch is not None:
        return dt.datetime.fromtimestamp(source_date_epoch, tz=dt.UTC)
    if date is not None:
        return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
