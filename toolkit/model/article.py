"""The document model: one immutable article that every reader builds and every writer reads.

All text-bearing parts carry a :class:`~toolkit.model.span.Span` into ``Article.text`` (the
decoded source, BOM removed, CRLF/CR turned into LF so that lines match the source file) or
``None`` when the part does not come from the text (a derived headline, a part read from XML
metadata). Nothing mutates an Article after a reader has built it; use ``dataclasses.replace``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from toolkit.model.span import LineIndex, Position, SourceMap, Span


class YearSource(StrEnum):
    """Where the year of the dateline date came from."""

    DATELINE = "dateline"  # written in the dateline itself
    OPTION = "option"  # given by the user (--year) or by the caller
    METADATA = "metadata"  # from document metadata (e.g. an XML item's contentCreated)
    TEXT = "text"  # from a year the text gives for the event ("The 2022 ... Summit")
    UNKNOWN = "unknown"  # no year could be established; the date stays unresolved


@dataclass(frozen=True, slots=True)
class Dateline:
    """Place and date at the head of a story, e.g. ``China News Service, Wuzhen, November 9th``."""

    text: str  # the dateline as written, without agency and byline
    span: Span | None
    place: str | None  # "Wuzhen"; normal case even when the wire writes "WUZHEN"
    country: str | None  # ISO 3166-1 alpha-2 of the place, when known ("CN")
    date_text: str | None  # the date as written: "November 9th"
    month: int | None
    day: int | None
    year: int | None
    year_source: YearSource = YearSource.UNKNOWN
    place_span: Span | None = None
    date_span: Span | None = None

    @property
    def date(self) -> dt.date | None:
        """The resolved date, or None when month, day or year is unknown or impossible."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Byline:
    """A reporter credited for the story (not a person mentioned in it)."""

    name: str
    span: Span | None
    role: str | None = None  # "Reporter", "journalist", "all-media journalist" when written


@dataclass(frozen=True, slots=True)
class Headline:
    text: str
    span: Span | None
    derived: bool = False  # True when made from the lede because the source has no headline
    # a web site's tag after the title ("Xinhuanet" in "... - Xinhuanet"), as written; the tag
    # is no part of ``text`` and ``span`` covers the title alone
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One true paragraph; its span may cover several source lines (see the reader's layout)."""

    text: str  # whitespace-normalised text, source line breaks joined by a space
    span: Span  # from the first to the last character of the paragraph in the source
    line: int  # 1-based source line where it starts


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role attached to a person: "Deputy Minister of Higher Education of Egypt".

    Its parts, for comparing titles: ``role`` is the canonical role head ("minister",
    "spokesperson"), ``organisation`` the body or portfolio as written, ``country`` an ISO
    alpha-2 code, ``modifiers`` the lowercase qualifiers ("former", "deputy", "acting").
    """

    text: str
    span: Span | None
    role: str | None = None
    organisation: str | None = None
    country: str | None = None
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameForm:
    """One way a person's name is written in the story ("Xi Jinping", "Xi"), and where."""

    text: str  # as written, whitespace normalised
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """A person mentioned in the story (bylined reporters are not people mentioned)."""

    name: str  # the fullest form used in the text
    titles: tuple[Title, ...] = ()
    mentions: tuple[Span, ...] = ()  # every place the person is named (full or short form)
    country: str | None = None  # ISO alpha-2 when a title or demonym gives it
    # each written form of the name with its spans, fullest first; empty when the reader of
    # a marked-up format knows only the name
    forms: tuple[NameForm, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    mentions: tuple[Span, ...] = ()


class PlaceKind(StrEnum):
    COUNTRY = "country"
    CITY = "city"
    REGION = "region"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical name: "Cuba" also when the text only says "Cuban"
    country: str | None  # ISO 3166-1 alpha-2
    kind: PlaceKind = PlaceKind.OTHER
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct speech: the words inside the quote marks, and who said them when known."""

    text: str  # without the enclosing quote marks
    span: Span  # including the quote marks
    speaker: str | None  # a Person.name when attributed
    speaker_span: Span | None = None
    paragraph: int | None = None  # index into Article.paragraphs


@dataclass(frozen=True, slots=True)
class Source:
    """Where the article came from. ``path`` is as the user gave it (None for stdin / bytes)."""

    path: str | None
    sha256: str  # of the raw bytes
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "gb18030", "big5" ...
    format: str = "text"  # reader that built the article: text, newsmlg2, nitf, ninjs
    encoding_guessed: bool = False  # detected, not marked by a BOM, valid UTF-8 or given


@dataclass(frozen=True, slots=True)
class Article:
    """One wire story. Built by a reader, read by writers and check rules."""

    id: str  # local id: file stem or option, slug-safe ([a-z0-9._-]); used for file names
    text: str  # the decoded source; every Span indexes into it
    source: Source
    agency: str | None = None  # "China News Service", "Xinhua", "Reuters", "AP" ...
    agency_span: Span | None = None
    dateline: Dateline | None = None
    bylines: tuple[Byline, ...] = ()
    headline: Headline | None = None  # only a headline the source really has
    derived_headline: Headline | None = None  # provisional, from the lede; derived=True
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    places: tuple[Place, ...] = ()
    language: str = "en"  # BCP 47
    notes: tuple[str, ...] = ()  # what the reader had to change or guess, for the record
    guid: str | None = None  # set by readers of formats that carry one (NewsML-G2, ninjs)
    version: int = 1
    # Readers of NewsML-G2, NITF and ninjs assemble ``text``; this maps it back to the document.
    source_map: SourceMap | None = field(default=None, repr=False, compare=False)
    _index: LineIndex | None = field(default=None, init=False, repr=False, compare=False)

    def position(self, offset: int) -> Position:
        """line:col (1-based) of an offset into ``text``, in the document the user has open:
        the source file itself for text, the XML or JSON for the marked-up formats."""
        if self.source_map is not None:
            mapped = self.source_map.position(offset)
            if mapped is not None:
                return mapped
        return self.text_position(offset)

    def text_position(self, offset: int) -> Position:
        """line:col of an offset in ``text`` itself."""
        index = self._index
        if index is None:
            index = LineIndex(self.text)
            object.__setattr__(self, "_index", index)
        return index.position(offset)

    @property
    def body_text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)
