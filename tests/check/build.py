"""Articles built by hand for rule tests, without the text reader."""

from __future__ import annotations

import datetime as dt

from toolkit.checker.context import blank_line_paragraphs
from toolkit.model import Article, Dateline, NameForm, Person, Source, Span, Title, YearSource
from toolkit.readers.text.title_parts import title_parts


def spans_of(text: str, phrase: str) -> tuple[Span, ...]:
    found = []
    start = text.find(phrase)
    while start != -1:
        found.append(Span(start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return tuple(found)


def person(text: str, name: str, *titles: str, mentions: tuple[str, ...] = ()) -> Person:
    """A person whose mentions and titles are found in ``text`` (every occurrence), with the
    written forms and title parts the text reader gives its people.

    A form is found only where no longer form of the person covers it ("Haq" inside "Moin Haq"
    is that mention, not another), as the reader finds mentions.
    """
    forms: list[NameForm] = []
    taken: list[Span] = []
    for form in sorted(dict.fromkeys((name, *mentions)), key=lambda f: -len(f.split())):
        found = [s for s in spans_of(text, form) if not any(t.contains(s) for t in taken)]
        taken.extend(found)
        if found:
            forms.append(NameForm(form, tuple(found)))
    titled = []
    for title in titles:
        for span in spans_of(text, title):
            parts = title_parts(title)
            titled.append(
                Title(title, span, parts.role, parts.organisation, parts.country, parts.modifiers)
            )
    return Person(name, tuple(titled), tuple(sorted(taken)), forms=tuple(forms))


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
