"""The user's seed article: exactly the people, quotes, places and organisations it names."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED
from toolkit.model import Article, Paragraph, PlaceKind, Span
from toolkit.readers.text import read_text
from toolkit.readers.text.entities import Entities, extract_entities


def seed_article() -> Article:
    return read_text(SEED.read_bytes(), None)


def blank_line_paragraphs(text: str) -> list[Paragraph]:
    found = []
    for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.start() + len(m.group().rstrip())
        found.append(Paragraph(" ".join(text[start:end].split()), Span(start, end), 1))
    return found


def people_summary(text: str, entities: Entities | Article) -> list[tuple[object, ...]]:
    return [
        (p.name, [t.text for t in p.titles], p.country, [text[m.start : m.end] for m in p.mentions])
        for p in entities.people
    ]


SEED_PEOPLE = [
    ("Arevic", ["Cuban Minister of Communications"], "CU", ["Arevic"]),
    ("Moin Haq", ["Pakistan's ambassador to China"], "PK", ["Moin Haq"]),
    ("Hisham Farouk", ["Deputy Minister of Higher Education of Egypt"], "EG", ["Hisham Farouk"]),
    (
        "Ran Chengqi",
        ["director of the China Satellite Navigation System Management Office"],
        None,
        ["Ran Chengqi"],
    ),
]


def test_seed_people_through_the_reader() -> None:
    article = seed_article()
    assert people_summary(article.text, article) == SEED_PEOPLE
    for person in article.people:
        for title in person.titles:
            assert title.span is not None
            assert article.text[title.span.start : title.span.end] == title.text


def test_seed_reporters_are_not_people() -> None:
    names = {p.name for p in seed_article().people}
    assert not names & {"Wang Yifei", "Zhang Yuhuan", "Wang", "Zhang"}


def test_seed_quotes_through_the_reader() -> None:
    article = seed_article()
    text = article.text
    got = [
        (
            q.text,
            text[q.span.start] + text[q.span.end - 1],
            q.speaker,
            text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None,
        )
        for q in article.quotes
    ]
    assert got == [
        (
            "We must seize the opportunities brought about by digital transformation while "
            "resisting Internet fraud. Building a community of digital inclusion is the shared "
            "responsibility of all countries in the world.",
            '""',
            "Moin Haq",
            "Moin Haq",
        ),
        (
            "We are willing to actively cooperate with the Chinese side to introduce expertise "
            "and technologies from Chinese enterprises, Chinese research laboratories and "
            "Chinese smart cities to Egypt.",
            '""',
            "Hisham Farouk",
            "Hisham Farouk",
        ),
    ]
    for quote in article.quotes:
        assert quote.paragraph is not None
        assert article.paragraphs[quote.paragraph].span.contains(quote.span)


def test_seed_places_through_the_reader() -> None:
    places = {p.name: (p.country, p.kind) for p in seed_article().places}
    assert places == {
        "Wuzhen": ("CN", PlaceKind.CITY),
        "Cuba": ("CU", PlaceKind.COUNTRY),
        "Pakistan": ("PK", PlaceKind.COUNTRY),
        "China": ("CN", PlaceKind.COUNTRY),
        "Egypt": ("EG", PlaceKind.COUNTRY),
    }


def test_seed_country_in_an_organisation_name_is_not_a_place_mention() -> None:
    article = seed_article()
    office = article.text.index("China Satellite Navigation")
    china = next(p for p in article.places if p.name == "China")
    assert all(m.start != office for m in china.mentions)
    assert [o.name for o in article.organisations] == [
        "China Satellite Navigation System Management Office"
    ]


def test_seed_without_the_reader_on_blank_line_paragraphs() -> None:
    text = SEED.read_text(encoding="utf-8")
    byline_end = text.index(")") + 1
    entities = extract_entities(
        text,
        blank_line_paragraphs(text),
        bylines=["Wang Yifei", "Zhang Yuhuan"],
        exclude=[Span(0, byline_end)],
        dateline_place="Wuzhen",
    )
    assert people_summary(text, entities) == SEED_PEOPLE
    assert [(q.speaker, q.paragraph) for q in entities.quotes] == [
        ("Moin Haq", 6),
        ("Hisham Farouk", 10),
    ]


def test_every_seed_file_gives_spans_that_index_the_text(seed_files: list[Path]) -> None:
    for path in seed_files:
        article = read_text(path.read_bytes(), None)
        for span in spans_of(entities_of(article)):
            assert 0 <= span.start <= span.end <= len(article.text)


def entities_of(article: Article) -> Entities:
    return Entities(article.people, article.organisations, article.places, article.quotes)


def spans_of(entities: Entities) -> list[Span]:
    spans: list[Span] = []
    for person in entities.people:
        spans.extend(person.mentions)
        spans.extend(t.span for t in person.titles if t.span is not None)
    for org in entities.organisations:
        spans.extend(org.mentions)
    for place in entities.places:
        spans.extend(place.mentions)
    for quote in entities.quotes:
        spans.append(quote.span)
        if quote.speaker_span is not None:
            spans.append(quote.speaker_span)
    return spans


# Letters, marks and words that steer the extractor into its title, quote and acronym paths.
_WIRE_PIECES = [
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "\n",
    "\n\n",
    '"',
    "“",
    "”",
    "``",
    "''",
    ",",
    ".",
    "'s",
    "Minister",
    "President",
    "Mr",
    "said",
    "of",
    "the",
    "to",
    "Office",
    "Cuban",
    "China",
    "Moin",
    "Haq",
    "Wang",
    "Yi",
    "(CIS)",
    "Commonwealth",
    "U.S.",
    "Ga.",
]
_WIRE_ALPHABET = st.sampled_from([*_WIRE_PIECES, " ", " ", " "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WIRE_ALPHABET, max_size=80).map("".join))
def test_arbitrary_text_never_raises_and_spans_stay_inside(text: str) -> None:
    entities = extract_entities(text, blank_line_paragraphs(text), bylines=["Wang Yi"])
    for span in spans_of(entities):
        assert 0 <= span.start <= span.end <= len(text)
    for person in entities.people:
        assert person.name != "Wang Yi"
        for mention in person.mentions:
            assert text[mention.start : mention.end].split()[-1] in person.name.split()


def test_corpus_entities_are_well_formed(corpus_files: list[Path]) -> None:
    for path in corpus_files:
        article = read_text(path.read_bytes(), None)
        text = article.text
        reporters = {b.name for b in article.bylines}
        for span in spans_of(entities_of(article)):
            assert 0 <= span.start <= span.end <= len(text), path.name
        for person in article.people:
            # a reporter is a person only where the tagline says who they are
            assert person.name not in reporters or f"{person.name} is a" in text, path.name
            assert person.mentions, path.name
            for mention in person.mentions:
                assert text[mention.start : mention.end].split()[-1] in person.name.split()
        for quote in article.quotes:
            assert quote.speaker is None or quote.speaker in {p.name for p in article.people}
            assert quote.paragraph is not None
        starts = [p.mentions[0].start for p in article.people]
        assert starts == sorted(starts), path.name
