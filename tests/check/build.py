"""Articles built by hand for rule tests, without the text reader."""

from __future__ import annotations

import datetime as dt

from toolkit.checker.context import blank_line_paragraphs
from toolkit.model import Article, Dateline, Person, Source, Span, Title, YearSource


def spans_of(text: str, phrase: str) -> tuple[Span, ...]:
    found = []
    start = text.find(phrase)
    while start != -1:
        found.append(Span(start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return tuple(found)


def person(text: str, name: str, *titles: str, mentions: tuple[str, ...] = ()) -> Person:
    """A person whose mentions and titles are found in ``text`` (every occurrence)."""
    spans = [s for form in (name, *mentions) for s in spans_of(text, form)]
    title_parts = []
    for title in titles:
        for span in spans_of(text, title):
            title_parts.append(Title(title, span))
    return Person(name, tuple(title_parts), tuple(sorted(spans)))


def dateline(text: str, written: str, date: dt.date) -> Dateline:
    start = text.index(written)
    return Dateline(
        written,
        Span(start, start + len(written)),
        None,
        None,
        written,
        date.month,
        date.day,
        date.year,
        YearSource.DATELINE,
    )


def article(
    text: str,
    people: tuple[Person, ...] = (),
    line: Dateline | None = None,
    path: str = "story.txt",
) -> Article:
    return Article(
        id="story",
        text=text,
        source=Source(path, "0" * 64, "utf-8"),
        paragraphs=blank_line_paragraphs(text),
        people=people,
        dateline=line,
    )
