"""Capitalised names that the recognisers' evidence would make people, but that are towns or
clubs: what read_text returns as people for each invented story, exactly."""

from __future__ import annotations

import pytest

from toolkit.lexicon.cities import world_city
from toolkit.readers.text import read_text


def people(body: str) -> list[str]:
    article = read_text(("BONN, May 4 (Reuters) - " + body + "\n").encode())
    return [p.name for p in article.people]


ROWS = [
    # a one-word town of the world's cities table after a word a rule takes for a role
    (
        'He added: "We will enter Zenica and free the roads." We have to enter Zenica soon.',
        [],
    ),
    ("But in the capital Kutaisi, the commander of the troops said the talks went on.", []),
    # a country of the readers' own lists said to speak is the country, not a person
    ("Costa Rica says two tourists were kidnapped, Costa Rica said on Friday.", []),
    # a match result: two sides, each with its score, though a side opens with a given name
    ("Results:\nSparta Varna 0 Hansa Kaunas 0\nGloria Varna 1 Lada Kaunas 2", []),
    # a league table row: a side and six or more numbers, three of them under ten
    ("Standings:\nGloria Varna 3 2 1 0 5 2 7\nHansa Kaunas 3 0 1 2 1 4 1", []),
    # golfers' rounds are 60 and more: a leaderboard of people
    (
        "Leading scores after the third round:\nGreg Norbury 70 68 72 210\n"
        "Peter Ashdown 71 69 71 211",
        ["Greg Norbury", "Peter Ashdown"],
    ),
    # a family name that is also a town stays a person's: given with a name, with a speech
    # verb, or with an honorific
    ("Kazuo Akashi said the talks would go on. Akashi said so twice.", ["Kazuo Akashi"]),
    ("Talks will go on, Akashi said on Friday. Akashi added that they would end.", ["Akashi"]),
    ("Mr Tuzla, the mayor, was not there.", ["Mr Tuzla"]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_towns_and_clubs_are_not_people(body: str, expected: list[str]) -> None:
    assert people(body) == expected


def test_the_world_cities_table_gives_country_and_size() -> None:
    assert world_city("ZENICA") == ("BA", 164)
    assert world_city("Lodz") == world_city("Łódź") == ("PL", 639)
    assert world_city("Nowhereville") is None


def test_a_dateline_town_the_short_list_lacks_gets_its_country() -> None:
    article = read_text(b"Port reopens\n\nPORTO ALEGRE, March 3 (Xinhua) -- The port reopened.\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.country) == ("Porto Alegre", "BR")


PUBLICATIONS = [
    # a paper named once beside its noun is a paper wherever else it is said to speak
    ('These are the leading stories in the daily Le Cri. "It is over," Le Cri said.', []),
    (
        "The Albanian daily Zeri Jone reported that talks failed. Zeri Jone said the minister"
        " Petra Lang would resign.",
        ["Petra Lang"],
    ),
    ("Talks failed, Les Echos newspaper said on Friday. Les Echos said more would follow.", []),
    ("A Sarajevo daily, Dnevi Zora, said so. Dnevi Zora said it again.", []),
    # a role after the noun, or a comma that ends a clause, leaves the person a person
    (
        "Newspaper editor Ann Bellweather said the story was true. Bellweather said so again.",
        ["Ann Bellweather"],
    ),
    (
        "Tomas Rieger spoke first. According to state television, Rieger told the meeting so.",
        ["Tomas Rieger"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), PUBLICATIONS)
def test_papers_and_broadcasters_are_not_people(body: str, expected: list[str]) -> None:
    assert people(body) == expected


SIDES = [
    # a name ending in the plural of an everyday noun is a team's
    (
        "Rick Dalloway homered as the Denver Falcons beat the Atlanta Braves 5-3. The Braves"
        " have lost four in a row, Dalloway said.",
        ["Rick Dalloway"],
    ),
    ("The Cardinals scored twice in the ninth. The Cardinals said nothing.", []),
    # a family name that is a plural of a word is listed, and stays a person's
    ("Tiger Woods said he would play. Woods said the course was hard.", ["Tiger Woods"]),
    # a given name first: a person unless "the" comes before it
    ("Guy Hellers said he was tired. Hellers said so twice.", ["Guy Hellers"]),
]


@pytest.mark.parametrize(("body", "expected"), SIDES)
def test_teams_named_by_a_plural_are_not_people(body: str, expected: list[str]) -> None:
    assert people(body) == expected


def test_a_religious_name_is_one_name() -> None:
    article = read_text(
        b"CALCUTTA, May 4 (Reuters) - Sister Nirmala said the nun was resting. Sister Nirmala,"
        b" who leads the order, said so again.\n"
    )
    [nun] = article.people
    assert nun.name == "Sister Nirmala"
    assert [article.text[m.start : m.end] for m in nun.mentions] == ["Sister Nirmala"] * 2
    assert [t.text for t in nun.titles] == ["who leads the order"]
    assert [f.text for f in nun.forms] == ["Sister Nirmala"]


def test_a_religious_form_before_a_full_name_stays_a_title() -> None:
    article = read_text(b"ROME, May 4 (Reuters) - Father Michael Barton, 48, was freed.\n")
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("Michael Barton", ["Father"])
    ]


def test_a_word_opening_the_sentence_before_a_full_name_is_no_part_of_it() -> None:
    article = read_text(
        b"Springboks name side\n\nJOHANNESBURG, May 4 (Reuters) - South Africa named their side"
        b" on Friday.\n\nWing Pieter Hendriks is expected to keep his place.\n\n"
        b"San Francisco Giants All-Star team mates cheered.\n"
    )
    assert [
        (p.name, [article.text[m.start : m.end] for m in p.mentions]) for p in article.people
    ] == [
        ("Pieter Hendriks", ["Pieter Hendriks"]),
    ]
