"""Second references and forms of address the resolver reads as a reader does, and everyday
bodies that speak but are not people: each invented story's people and their mentions, exactly."""

from __future__ import annotations

import pytest

from toolkit.readers.text import read_text


def people(body: str) -> list[tuple[str, list[str]]]:
    article = read_text(("BONN, May 4 (Reuters) - " + body + "\n").encode())
    return [(p.name, [article.text[m.start : m.end] for m in p.mentions]) for p in article.people]


def test_a_shared_family_name_goes_to_the_one_named_last_in_an_earlier_paragraph() -> None:
    body = (
        "Gun control campaigner Sarah Kowalczyk spoke first.\n\n"
        "Her husband Jim Kowalczyk, who was wounded in 1981, sat beside her.\n\n"
        "Kowalczyk said the law had saved lives."
    )
    assert people(body) == [
        ("Sarah Kowalczyk", ["Sarah Kowalczyk"]),
        ("Jim Kowalczyk", ["Jim Kowalczyk", "Kowalczyk"]),
    ]


def test_a_shared_family_name_after_both_in_one_paragraph_is_no_ones() -> None:
    body = (
        "Wang Yi and Wang Yifei attended the talks.\n\n"
        "Wang said twelve documents were signed."
    )
    assert people(body) == [("Wang Yi", ["Wang Yi"]), ("Wang Yifei", ["Wang Yifei"])]


def test_an_arabic_family_name_is_written_again_without_its_article() -> None:
    body = (
        "Prime Minister Abdul-Karim al-Mansouri met the envoy.\n\n"
        "Mansouri said the border would open on Sunday."
    )
    assert people(body) == [
        ("Abdul-Karim al-Mansouri", ["Abdul-Karim al-Mansouri", "Mansouri"]),
    ]


def test_a_titled_persons_unlisted_given_name_is_a_second_reference() -> None:
    body = (
        "Prime Minister Banchart Silpa-anan called an election.\n\n"
        "Banchart said the vote would be held in November."
    )
    assert people(body) == [("Banchart Silpa-anan", ["Banchart Silpa-anan", "Banchart"])]


def test_an_untitled_unlisted_given_name_alone_stays_unread() -> None:
    # no title says who "Banchart Silpa-anan" is: "Banchart" alone may be anything
    body = "Banchart Silpa-anan, 54, runs a shop.\n\nBanchart has two branches."
    assert people(body) == [("Banchart Silpa-anan", ["Banchart Silpa-anan"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tributes poured in for Mother Agnesa on her birthday. Mother Agnesa's order runs "
            "homes for the poor.",
            [("Mother Agnesa", ["Mother Agnesa", "Mother Agnesa"])],
        ),
        ("Sister Maria visited the home.", [("Sister Maria", ["Sister Maria"])]),
        # no given name after the address: a personification
        ("Mother Nature was kind to the farmers this year.", []),
    ],
)
def test_a_religious_form_of_address_names_a_person(
    body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert people(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a faith is no family name, though "Roman" is a given name
        "Roman Catholic bishops said the law was unjust. Roman Catholic priests agreed.",
        # a body after an article speaks, but is no person
        "The talks went on, but the Commonwealth said it wanted more. The Commonwealth said so.",
        # an everyday word with a speech verb and nothing personal: a firm
        "The deal will create 280 jobs, Zenith said. Zenith said the plant would open in May.",
    ],
)
def test_bodies_that_speak_are_not_people(body: str) -> None:
    assert people(body) == []


def test_an_everyday_word_that_speaks_of_itself_as_a_person_is_one() -> None:
    # "he" after the verb says a person spoke, whatever the word
    body = "Prices will rise, Baker said, and he said so twice."
    assert people(body) == [("Baker", ["Baker"])]


@pytest.mark.parametrize(
    "body",
    [
        # the noun before the name says what it names
        "Gooch will stay, his club Wexham announced. Later his club Wexham announced more.",
        # a word of the name says so, whatever verb follows
        "Mentworth Abbey said talks had ended. On Friday Mentworth Abbey said so again.",
        # a side introduced by what it won
        "Juventus beat Dutch champions Ajax Haarlem 4-2, when Ajax Haarlem led at half-time.",
        # a group's name before the noun it modifies, after a word that reads as a role
        "He leads the fundamentalist Hamas group, which has killed scores.",
        # a war, numbered
        "Victims of World War Two atrocities asked for redress.",
    ],
)
def test_clubs_firms_and_wars_named_like_people_are_not_people(body: str) -> None:
    assert people(body) == []


def test_a_late_season_standings_row_is_a_sides_though_few_numbers_are_small() -> None:
    body = "Standings:\nSpartak Varna 25 14 7 4 48 24 49\nGloria Kaunas 25 13 6 6 44 30 45"
    assert people(body) == []


def test_a_descriptor_opening_the_sentence_is_no_part_of_a_full_name() -> None:
    body = "Rain fell all day. Unseeded Patrick Rafter recorded the best result."
    assert people(body) == [("Patrick Rafter", ["Patrick Rafter"])]
