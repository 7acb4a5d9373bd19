"""Organisations found by extract_entities: heads, "of" names, acronyms, events left out."""

from __future__ import annotations

import re

from toolkit.model import Organisation, Paragraph, Span
from toolkit.readers.text.entities import extract_entities


def paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line (the fixtures keep each paragraph on one line)."""
    return [
        Paragraph(m.group(), Span(m.start(), m.end()), n)
        for n, m in enumerate(re.finditer(r"[^\n]+", text), start=1)
    ]


def organisations(text: str, **kwargs: object) -> tuple[Organisation, ...]:
    return extract_entities(text, paragraphs(text), **kwargs).organisations  # type: ignore[arg-type]


def summary(text: str, found: tuple[Organisation, ...]) -> list[tuple[str, list[str]]]:
    return [(o.name, [text[m.start : m.end] for m in o.mentions]) for o in found]


def test_names_ending_in_a_head() -> None:
    text = (
        "Ran Chengqi, director of the China Satellite Navigation System Management Office, "
        "spoke. The Hormel Meat Co. and the State Department declined to comment.\n"
    )
    assert summary(text, organisations(text)) == [
        (
            "China Satellite Navigation System Management Office",
            ["China Satellite Navigation System Management Office"],
        ),
        ("Hormel Meat Co.", ["Hormel Meat Co."]),
        ("State Department", ["State Department"]),
    ]


def test_head_followed_by_of_takes_the_whole_name() -> None:
    text = "The Ministry of Foreign Affairs and the University of Macau signed an agreement.\n"
    assert summary(text, organisations(text)) == [
        ("Ministry of Foreign Affairs", ["Ministry of Foreign Affairs"]),
        ("University of Macau", ["University of Macau"]),
    ]


def test_defined_acronym_becomes_a_mention() -> None:
    text = (
        "Leaders of the Commonwealth of Independent States (CIS) met in Minsk.\n"
        "The CIS summit ended on Friday.\n"
    )
    assert summary(text, organisations(text)) == [
        ("Commonwealth of Independent States", ["Commonwealth of Independent States", "CIS", "CIS"])
    ]


def test_well_known_acronyms() -> None:
    text = "NATO and the U.N. issued a joint statement.\n"
    assert summary(text, organisations(text)) == [("NATO", ["NATO"]), ("U.N.", ["U.N."])]


def test_single_word_institutions_and_lone_common_nouns() -> None:
    text = "The Senate passed the bill. Office workers and Bank staff went home.\n"
    assert summary(text, organisations(text)) == [("Senate", ["Senate"])]


def test_events_and_places_are_not_organisations() -> None:
    text = (
        'The 2022 World Internet Conference Wuzhen Summit "Belt and Road" Forum opened in the '
        "West Bank city of Ramallah.\n"
    )
    assert organisations(text) == ()


def test_repeated_names_collect_mentions_and_line_breaks_are_normalised() -> None:
    text = "The Central\nIntelligence Agency said. The Central Intelligence Agency denied it.\n"
    paras = [Paragraph(" ".join(text.split()), Span(0, len(text) - 1), 1)]
    found = extract_entities(text, paras).organisations
    assert summary(text, found) == [
        (
            "Central Intelligence Agency",
            ["Central\nIntelligence Agency", "Central Intelligence Agency"],
        )
    ]


def test_excluded_agency_is_not_an_organisation() -> None:
    text = "China News Service, Wuzhen, November 9th -- The Digital Trade Association met.\n"
    assert summary(text, organisations(text, exclude=[Span(0, 18)])) == [
        ("Digital Trade Association", ["Digital Trade Association"])
    ]


def test_a_second_title_is_not_part_of_the_organisation() -> None:
    text = (
        "Wang Cheng, member of the Standing Committee of the Provincial Party Committee and "
        "Director of the Organization Department of the Provincial Party Committee, spoke.\n"
    )
    assert [o.name for o in organisations(text)] == [
        "Standing Committee of the Provincial Party Committee",
        "Organization Department of the Provincial Party Committee",
    ]
