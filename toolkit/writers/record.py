"""The JSON record: everything the reader found, with offsets into the source text.

Field order follows ``schemas/article.schema.json``; the output is UTF-8 JSON, indented by
two spaces, with a trailing newline, so the same article always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from toolkit.model import Article, Headline, Span, Title
from toolkit.writers.item import item_stamp
from toolkit.writers.options import WriterOptions
from toolkit.writers.xml_output import forbidden_characters, has_forbidden

SCHEMA_VERSION = "1.0.0"


def _headline(headline: Headline) -> dict[str, Any]:
    fields: dict[str, Any] = {"text": headline.text, **_bounds(headline.span)}
    if headline.site is not None:
        fields["site"] = headline.site  # only when the source has a tag: records stay as they were
    return fields


def record_dict(article: Article, options: WriterOptions) -> dict[str, Any]:
    """The record as plain JSON data, in schema field order."""
    stamp = item_stamp(article, options)
    where = _line_columns(article.text, _offsets(article))
    dateline = article.dateline
    headline = article.headline
    derived = article.derived_headline
    return {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "guid": stamp.guid,
        "version": stamp.version,
        "agency": article.agency,
        "dateline": None
        if dateline is None
        else {
            "text": dateline.text,
            "place": dateline.place,
            "country": dateline.country,
            "date": dateline.date.isoformat() if dateline.date is not None else None,
            "date_text": dateline.date_text,
            "year_source": dateline.year_source.value,
            **_bounds(dateline.span),
        },
        "bylines": [{"name": b.name, "role": b.role} for b in article.bylines],
        "headline": None if headline is None else _headline(headline),
        "derived_headline": None if derived is None else {"text": derived.text, "derived": True},
        "language": article.language,
        "paragraphs": [
            {"text": p.text, "start": p.span.start, "end": p.span.end, "line": p.line}
            for p in article.paragraphs
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "start": q.span.start,
                "end": q.span.end,
                "line": where[q.span.start][0],
                "paragraph": q.paragraph,
            }
            for q in article.quotes
        ],
        "people": [
            {
                "name": person.name,
                "titles": [_title(t) for t in person.titles],
                "mentions": _mentions(where, person.mentions),
                "country": person.country,
                "forms": [
                    {"text": f.text, "mentions": _mentions(where, f.spans)} for f in person.forms
                ],
            }
            for person in article.people
        ],
        "organisations": [
            {"name": org.name, "mentions": _mentions(where, org.mentions)}
            for org in article.organisations
        ],
        "places": [
            {
                "name": place.name,
                "country": place.country,
                "kind": place.kind.value,
                "mentions": _mentions(where, place.mentions),
            }
            for place in article.places
        ],
        "source": {
            "path": article.source.path,
            "sha256": article.source.sha256,
            "encoding": article.source.encoding,
            "format": article.source.format,
        },
        "notes": _notes(article),
    }


def write_record(article: Article, options: WriterOptions) -> bytes:
    return encode_record(record_dict(article, options), pretty=options.pretty)


def encode_record(record: dict[str, Any], *, pretty: bool = True) -> bytes:
    """Serialise a :func:`record_dict` result; callers that validate the dict first use this.

    orjson gives the same bytes as ``json.dumps(indent=2, ensure_ascii=False)`` thirty times
    faster; text with a lone surrogate (which UTF-8 cannot hold) falls back to json.
    """
    try:
        option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if pretty else 0)
        return orjson.dumps(record, option=option)
    except orjson.JSONEncodeError:
        text = json.dumps(record, ensure_ascii=False, indent=2 if pretty else None)
        # backslashreplace turns a lone surrogate into the JSON escape \udcXX.
        return (text + "\n").encode("utf-8", "backslashreplace")


def _bounds(span: Span | None) -> dict[str, int | None]:
    return {"start": None, "end": None} if span is None else {"start": span.start, "end": span.end}


def _offsets(article: Article) -> list[int]:
    """Every offset the record gives a line (and column) for."""
    offsets = [quote.span.start for quote in article.quotes]
    for mentions in (
        *(p.mentions for p in article.people),
        *(o.mentions for o in article.organisations),
        *(p.mentions for p in article.places),
    ):
        offsets.extend(span.start for span in mentions)
    return offsets


def _line_columns(text: str, offsets: list[int]) -> dict[int, tuple[int, int]]:
    """1-based line and column of each offset, as ``Article.position`` gives them.

    One pass over the text in offset order, rather than a line index built for a few
    lookups: counting newlines between neighbouring offsets is a C loop.
    """
    where: dict[int, tuple[int, int]] = {}
    length = len(text)
    count, rfind = text.count, text.rfind
    line = 1
    previous = 0
    line_start = 0  # where the line of ``previous`` starts
    for original in sorted(offsets):
        # Span starts are never negative; past the end counts as the end, as in position().
        offset = original if original < length else length
        crossed = count("\n", previous, offset)
        if crossed:
            line += crossed
            # only back to the previous offset: a search back to the text's start made one
            # long line (a 5 MB article on one line) quadratic in its number of mentions
            line_start = rfind("\n", previous, offset) + 1
        previous = offset
        where[original] = (line, offset - line_start + 1)
    return where


def _mentions(where: dict[int, tuple[int, int]], spans: tuple[Span, ...]) -> list[dict[str, int]]:
    mentions = []
    for span in spans:
        line, column = where[span.start]
        mentions.append({"start": span.start, "end": span.end, "line": line, "column": column})
    return mentions


def _notes(article: Article) -> list[str]:
    notes = list(article.notes)
    if not has_forbidden(article.text):
        return notes
    dropped = forbidden_characters(article.text)
    if dropped:
        total = sum(dropped.values())
        codes = ", ".join(f"U+{ord(char):04X}" for char in sorted(dropped))
        notes.append(
            f"{total} character{'s' if total != 1 else ''} that XML 1.0 forbids "
            f"({codes}) dropped from XML outputs"
        )
    return notes


def _title(title: Title) -> dict[str, object]:
    found: dict[str, object] = {"text": title.text, **_bounds(title.span)}
    if title.role is not None:
        found["role"] = title.role
    if title.organisation is not None:
        found["organisation"] = title.organisation
    if title.country is not None:
        found["country"] = title.country
    if title.modifiers:
        found["modifiers"] = list(title.modifiers)
    return found
