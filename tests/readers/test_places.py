"""Places found by extract_entities: countries, nationality words, cities, regions."""

from __future__ import annotations

import re

from toolkit.model import Paragraph, Place, PlaceKind, Span
from toolkit.readers.text.entities import extract_entities


def paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line (the fixtures keep each paragraph on one line)."""
    return [
        Paragraph(m.group(), Span(m.start(), m.end()), n)
        for n, m in enumerate(re.finditer(r"[^\n]+", text), start=1)
    ]


def places(text: str, **kwargs: object) -> tuple[Place, ...]:
    return extract_entities(text, paragraphs(text), **kwargs).places  # type: ignore[arg-type]


def summary(text: str, found: tuple[Place, ...]) -> list[tuple[object, ...]]:
    return [(p.name, p.country, p.kind, [text[m.start : m.end] for m in p.mentions]) for p in found]


def test_nationality_words_are_mentions_of_the_country() -> None:
    text = "Cuban Minister Arevic spoke. Cuba advocates cooperation with Chinese enterprises.\n"
    assert summary(text, places(text)) == [
        ("Cuba", "CU", PlaceKind.COUNTRY, ["Cuban", "Cuba"]),
        ("China", "CN", PlaceKind.COUNTRY, ["Chinese"]),
    ]


def test_multi_word_and_abbreviated_countries_get_the_canonical_name() -> None:
    text = "Trade between the United States and the U.S. allies in South Korea grew.\n"
    assert summary(text, places(text)) == [
        ("United States", "US", PlaceKind.COUNTRY, ["United States", "U.S."]),
        ("South Korea", "KR", PlaceKind.COUNTRY, ["South Korea"]),
    ]


def test_possessive_country_mention_excludes_the_s() -> None:
    text = "Pakistan's ambassador said China's economy was growing.\n"
    assert summary(text, places(text)) == [
        ("Pakistan", "PK", PlaceKind.COUNTRY, ["Pakistan"]),
        ("China", "CN", PlaceKind.COUNTRY, ["China"]),
    ]


def test_cities_and_abbreviated_us_states() -> None:
    text = "The forum in Wuzhen ended. Delegates flew to Atlanta, Ga., on Friday.\n"
    assert summary(text, places(text)) == [
        ("Wuzhen", "CN", PlaceKind.CITY, ["Wuzhen"]),
        ("Atlanta", "US", PlaceKind.CITY, ["Atlanta"]),
        ("Ga.", "US", PlaceKind.REGION, ["Ga."]),
    ]


def test_a_country_inside_an_organisation_name_is_not_a_mention() -> None:
    text = (
        "Ran Chengqi, director of the China Satellite Navigation System Management Office, spoke.\n"
    )
    assert places(text) == ()


def test_dateline_place_comes_first_and_merges_with_body_mentions() -> None:
    text = "The summit was held in Wuzhen. Egypt sent a delegation.\n"
    assert summary(text, places(text, dateline_place="Wuzhen")) == [
        ("Wuzhen", "CN", PlaceKind.CITY, ["Wuzhen"]),
        ("Egypt", "EG", PlaceKind.COUNTRY, ["Egypt"]),
    ]


def test_dateline_place_not_in_the_body_has_no_mentions() -> None:
    text = "Egypt sent a delegation.\n"
    assert summary(text, places(text, dateline_place="WASHINGTON")) == [
        ("Washington", "US", PlaceKind.CITY, []),
        ("Egypt", "EG", PlaceKind.COUNTRY, ["Egypt"]),
    ]


def test_a_name_in_a_person_is_not_a_place() -> None:
    text = "Mayor Sydney Clarke said Sydney would host the talks.\n"
    assert summary(text, places(text)) == [("Sydney", "AU", PlaceKind.CITY, ["Sydney"])]
    assert places(text)[0].mentions[0].start == text.index("Sydney would")


def test_hyphenated_compounds_mention_each_country() -> None:
    text = "China-U.S. ties and the Israeli-Syrian track were discussed in Sino-Indian talks.\n"
    assert summary(text, places(text)) == [
        ("China", "CN", PlaceKind.COUNTRY, ["China"]),
        ("United States", "US", PlaceKind.COUNTRY, ["U.S."]),
        ("Israel", "IL", PlaceKind.COUNTRY, ["Israeli"]),
        ("Syria", "SY", PlaceKind.COUNTRY, ["Syrian"]),
        ("India", "IN", PlaceKind.COUNTRY, ["Indian"]),
    ]


def test_possessive_is_not_part_of_the_place_in_capitals_or_not() -> None:
    text = (
        "CUBA'S FOREIGN MINISTER SAID HAVANA WOULD RESPOND.\n"
        "Cuba’s envoy to Mexico said talks were planned.\n"
    )
    found = places(text)
    assert summary(text, found) == [
        ("Cuba", "CU", PlaceKind.COUNTRY, ["CUBA", "Cuba"]),
        ("Havana", "CU", PlaceKind.CITY, ["HAVANA"]),
        ("Mexico", "MX", PlaceKind.COUNTRY, ["Mexico"]),
    ]
    assert found[0].mentions == (Span(0, 4), Span(51, 55))
