"""Helpers for the text reader's fixture tables: scans, spans and whole stories."""

from __future__ import annotations

import re
from typing import NamedTuple

from toolkit.model import Article, Person, Span
from toolkit.readers.text import read_text
from toolkit.readers.text.recognisers import Mention, Recogniser, Scan


def scan_of(text: str) -> Scan:
    """A scan of ``text`` with one paragraph per line."""
    return Scan(text, [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)])


def span_of(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


class Found(NamedTuple):
    """What a test row expects of one mention: the name as written and the evidence."""

    name: str
    evidence: str
    title: str | None = None
    country: str | None = None
    weak: bool = False
    honorific: str | None = None
    nth: int = 0  # which occurrence of ``name`` in the sentence
    kind: str = "person"


def expected(text: str, rows: list[Found]) -> list[tuple[object, ...]]:
    return [
        (
            span_of(text, f.name, f.nth),
            f.kind,
            f.evidence,
            f.title,
            f.country,
            f.weak,
            f.honorific,
        )
        for f in rows
    ]


def observed(text: str, mentions: list[Mention]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for m in mentions:
        title = None
        if m.title is not None:
            assert m.title.span is not None
            # the title's span is where its text is written
            assert " ".join(m.title.span.slice(text).split()) == m.title.text
            title = m.title.text
        rows.append((m.span, m.kind, m.evidence, title, m.country, m.weak, m.honorific))
    return rows


def run(recogniser: Recogniser, text: str) -> list[tuple[object, ...]]:
    return observed(text, list(recogniser.find(scan_of(text))))


HEAD = "Talks go on\n\nLONDON, March 3 (Reuters) - "


def story(*paragraphs: str) -> str:
    """A wire story: headline, dateline, then ``paragraphs`` one per blank-line-separated block."""
    return HEAD + "\n\n".join(paragraphs) + "\n"


def read(*paragraphs: str) -> tuple[str, Article]:
    text = story(*paragraphs)
    return text, read_text(text)


def who(text: str, people: tuple[Person, ...]) -> list[tuple[str, list[str]]]:
    """Each person's name and every mention as written, in order."""
    return [(p.name, [m.slice(text) for m in p.mentions]) for p in people]
