"""What every item writer derives the same way: guid, version times and language tag."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from toolkit.errors import InvalidDocumentError
from toolkit.model import Article
from toolkit.model.identity import article_guid, version_timestamp
from toolkit.writers.options import WriterOptions

# BCP 47 in the shape xml:lang, ninjs and our record accept: primary subtag, then subtags.
BCP47 = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True, slots=True)
class ItemStamp:
    """Identity and times of one article, identical in every output format."""

    guid: str
    version: int
    created: dt.datetime  # versionCreated, timezone-aware UTC
    first_created: dt.datetime
    content_date: dt.date | None  # the dateline date, when resolved
    language: str


# The stamp of the last article stamped: every writer of an export asks for the same one.
# Article and WriterOptions are immutable, and holding them keeps their ids from being reused.
_last: tuple[Article, WriterOptions, ItemStamp] | None = None


def item_stamp(article: Article, options: WriterOptions) -> ItemStamp:
    """The guid (option, then the article's own, then derived) and the version times."""
    global _last
    last = _last
    if last is not None and last[0] is article and last[1] == options:
        return last[2]
    stamp = _stamp(article, options)
    _last = (article, options, stamp)
    return stamp


def _stamp(article: Article, options: WriterOptions) -> ItemStamp:
    date = article.dateline.date if article.dateline is not None else None
    guid = options.guid or article.guid or article_guid(article.id, date, options.domain)
    first = version_timestamp(date, options.source_date_epoch)
    created = options.version_created or first
    version = options.version if options.version is not None else article.version
    if BCP47.fullmatch(article.language) is None:
        raise InvalidDocumentError(f"language {article.language!r} is not a BCP 47 tag")
    if version < 1:
        raise InvalidDocumentError(f"version {version} is not a positive integer")
    return ItemStamp(guid, version, created, min(first, created), date, article.language)


def headline_text(article: Article) -> str | None:
    """The story's own headline, when it has one that is not blank; never a derived one."""
    headline = article.headline
    if headline is None or not headline.text.strip() or headline.derived:
        return None
    return headline.text


def by_line(article: Article) -> str:
    """Byline names as one phrase: ``Ana Silva``, ``Ana Silva and Li Wen``, ``A, B and C``."""
    names = [credit.name for credit in article.bylines]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def rfc3339(moment: dt.datetime) -> str:
    """``2022-11-09T00:00:00Z``: always UTC with ``Z``, as G2, ninjs and Atom want."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_basic(moment: dt.datetime) -> str:
    """``20221109T000000+0000``: the ISO 8601 basic form NITF's ``norm`` attributes use."""
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S+0000")


def midnight(date: dt.date) -> dt.datetime:
    return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
