"""IPTC ninjs 3.1 (camelCase), 2.2 (lower case) and 1.6 (singular scalars) documents.

ninjs has no quote structure and no person titles: quotes stay in the HTML body as ``<q>``
with the speaker in ``data-quote-source``; titles are left to NewsML-G2 and NITF.
"""

from __future__ import annotations

import html
import json
from typing import Any

import orjson

from toolkit.errors import UnknownFormatError
from toolkit.model import Article
from toolkit.writers.item import ItemStamp, by_line, headline_text, item_stamp, midnight, rfc3339
from toolkit.writers.options import WriterOptions
from toolkit.writers.segments import article_runs

VERSIONS = ("3.1", "2.2", "1.6")
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json"


def write_ninjs(article: Article, options: WriterOptions) -> bytes:
    document = ninjs_dict(article, options)
    if options.pretty:
        # orjson writes what json.dumps(indent=2, ensure_ascii=False) writes, many times
        # faster; it refuses a lone surrogate, which the json path below escapes.
        try:
            return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
        except orjson.JSONEncodeError:
            pass
    text = json.dumps(document, ensure_ascii=False, indent=2 if options.pretty else None)
    return (text + "\n").encode("utf-8", "backslashreplace")


def ninjs_dict(article: Article, options: WriterOptions) -> dict[str, Any]:
    version = options.ninjs_version
    if version not in VERSIONS:
        raise UnknownFormatError("ninjs version", version, VERSIONS)
    stamp = item_stamp(article, options)
    if version == "1.6":
        return _ninjs_1(article, stamp)
    return _ninjs_2_or_3(article, stamp, camel=version == "3.1")


def _ninjs_2_or_3(article: Article, stamp: ItemStamp, *, camel: bool) -> dict[str, Any]:
    def key(name: str) -> str:
        return name if camel else name.lower()

    doc: dict[str, Any] = _common(article, stamp, key)
    headline = headline_text(article)
    if headline is not None:
        doc["headlines"] = [{"role": "main", "value": headline}]
    if article.bylines:
        doc["by"] = by_line(article)
    if article.dateline is not None and article.dateline.place:
        doc["located"] = article.dateline.place
    if article.paragraphs:
        # The lede as summary, as NewsML-G2's description role="drol:summary" carries it.
        doc["descriptions"] = [
            {
                "role": "summary",
                key("contentType"): "text/plain",
                "value": article.paragraphs[0].text,
            }
        ]
        plain = article.body_text
        doc["bodies"] = [
            {
                "role": "main",
                key("contentType"): "text/plain",
                "value": plain,
                key("wordCount"): len(plain.split()),
            },
            {"role": "main", key("contentType"): "text/html", "value": _html(article)},
        ]
    if article.people:
        doc["people"] = [{"name": p.name} for p in article.people]
    if article.organisations:
        doc["organisations"] = [{"name": o.name} for o in article.organisations]
    if article.places:
        doc["places"] = [{"name": p.name} for p in article.places]
    if article.agency:
        doc[key("infoSources")] = [{"name": article.agency}]
    doc["standard"] = _standard("3.1" if camel else "2.2")
    return doc


def _ninjs_1(article: Article, stamp: ItemStamp) -> dict[str, Any]:
    doc: dict[str, Any] = _common(article, stamp, str.lower)
    headline = headline_text(article)
    if headline is not None:
        doc["headline"] = headline
    if article.bylines:
        doc["byline"] = by_line(article)
    if article.dateline is not None and article.dateline.place:
        doc["located"] = article.dateline.place
    if article.paragraphs:
        doc["description_text"] = article.paragraphs[0].text
        doc["body_text"] = article.body_text
        doc["body_html"] = _html(article)
    if article.people:
        doc["person"] = [{"name": p.name} for p in article.people]
    if article.organisations:
        doc["organisation"] = [{"name": o.name} for o in article.organisations]
    if article.places:
        doc["place"] = [{"name": p.name} for p in article.places]
    if article.agency:
        doc["infosource"] = [{"name": article.agency}]
    doc["$standard"] = _standard("1.6")
    return doc


def _common(article: Article, stamp: ItemStamp, key: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "uri": stamp.guid,
        "type": "text",
        "version": str(stamp.version),
        key("firstCreated"): rfc3339(stamp.first_created),
        key("versionCreated"): rfc3339(stamp.created),
    }
    if stamp.content_date is not None:
        doc[key("contentCreated")] = rfc3339(midnight(stamp.content_date))
    doc[key("pubStatus")] = "usable"
    doc["language"] = stamp.language
    return doc


def _standard(version: str) -> dict[str, str]:
    return {"name": "ninjs", "version": version, "schema": SCHEMA_URI.format(version=version)}


def _html(article: Article) -> str:
    escape = html.escape
    parts = []
    for runs in article_runs(article):
        if len(runs) == 1 and runs[0].quote is None:
            parts.append(f"<p>{escape(runs[0].text, quote=False)}</p>")
            continue
        inner = []
        for run in runs:
            text = escape(run.text, quote=False)
            if run.quote is None:
                inner.append(text)
            elif run.quote.speaker:
                source = escape(run.quote.speaker, quote=True)
                inner.append(f'<q data-quote-source="{source}">{text}</q>')
            else:
                inner.append(f"<q>{text}</q>")
        parts.append(f"<p>{''.join(inner)}</p>")
    return "\n".join(parts)
