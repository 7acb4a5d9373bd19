"""People named with little evidence: a role noun, kinship, an eponym, initials, suffixes.

Each case is a sentence of our own; the expected names and mention strings are what an
editor reading it would list.
"""

from __future__ import annotations

import pytest

from toolkit.lexicon.surnames import is_suffix, short_form
from toolkit.readers.text import read_text

HEAD = "LONDON, May 4 (Reuters) - "


def people(body: str) -> dict[str, list[str]]:
    text = HEAD + body
    article = read_text(text)
    return {p.name: [text[m.start : m.end] for m in p.mentions] for p in article.people}


@pytest.mark.parametrize(
    ("body", "name", "mentions"),
    [
        # a single name after a lowercase role noun
        (
            "The orchestra was led by Austrian conductor Brandauerlin on Friday night.\n",
            "Brandauerlin",
            ["Brandauerlin"],
        ),
        (
            "The goal came from a header by veteran midfielder Ostravec in the second half.\n"
            "Ostravec was later booked.\n",
            "Ostravec",
            ["Ostravec", "Ostravec"],
        ),
        # kinship nouns before a name, with or without a comma
        ("The minister visited his wife Oksanya in hospital on Friday.\n", "Oksanya", ["Oksanya"]),
        (
            "The banker's wife, Marguerite, never moved to the capital.\n",
            "Marguerite",
            ["Marguerite"],
        ),
        # dotted initials open a name
        (
            "The team is run by coach T.J. Vandermolen, who joined in May.\n",
            "T.J. Vandermolen",
            ["T.J. Vandermolen"],
        ),
        # a Chinese family name of two syllables
        (
            "Scholars held several Ouyang Xiu seminars in the city this spring.\n",
            "Ouyang Xiu",
            ["Ouyang Xiu"],
        ),
    ],
)
def test_weakly_evidenced_names_are_people(body: str, name: str, mentions: list[str]) -> None:
    assert people(body)[name] == mentions


def test_an_eponymous_family_name_is_a_person() -> None:
    body = "Critics said the\nHarrington administration had misjudged the vote.\n"
    assert people(body) == {"Harrington": ["Harrington"]}


def test_generational_suffixes_keep_father_and_son_apart() -> None:
    body = (
        "Chief Walter Greenleaf Jr., the 69-year-old leader of the nation, said no.\n"
        "His father, Walter Greenleaf Sr., also served as chief.\n"
    )
    found = people(body)
    assert found["Walter Greenleaf Jr."] == ["Walter Greenleaf Jr."]
    assert found["Walter Greenleaf Sr."] == ["Walter Greenleaf Sr."]


def test_a_regnal_number_is_part_of_the_name() -> None:
    body = "Pope Gregory XIII reformed the calendar, and King Henry VIII broke with Rome.\n"
    found = people(body)
    assert found["Gregory XIII"] == ["Gregory XIII"]
    assert found["Henry VIII"] == ["Henry VIII"]


@pytest.mark.parametrize(
    "body",
    [
        # a firm, a paper or a group after a role noun that also introduces firms
        "China's second largest telecoms operator Unicorp already has a mandate.\n",
        "A consortium of press distributor Hachelle and local publishers is bidding.\n",
        "It was fighting rival Kurds for the city on Saturday.\n",
        # initials that are a country or an organisation, and a firm with "&"
        "The U.S. Treasury said on Friday that U.N. Secretary talks would wait.\n",
        "Said James Weber, analyst at A.G. Edwards & Sons, the market is firm.\n",
    ],
)
def test_no_person_from_a_firm_after_a_role_noun(body: str) -> None:
    found = people(body)
    assert not any(
        name in found for name in ("Unicorp", "Hachelle", "Kurds", "A.G. Edwards", "U.N.")
    )


def test_xi_is_a_family_name_not_a_numeral() -> None:
    assert not is_suffix("Xi")
    assert is_suffix("XI")
    assert short_form(("Walter", "Greenleaf", "Jr.")) == "Greenleaf"
    body = "Chinese President Xi Jinping met the delegation. Xi said ties were good.\n"
    assert people(body)["Xi Jinping"] == ["Xi Jinping", "Xi"]


def test_a_lone_speaker_opening_a_sentence_needs_a_pronoun() -> None:
    found = people(
        "Talks resumed on Friday. Okonkwara said he did not know the outcome.\n"
        "Vandelco said it would cut 300 jobs.\n"
    )
    assert found == {"Okonkwara": ["Okonkwara"]}


def test_a_name_after_by_takes_the_appositive_title() -> None:
    text = HEAD + "The summit was hosted by Kovalenko, the Ukrainian president, on Friday.\n"
    (person,) = read_text(text).people
    assert person.name == "Kovalenko"
    assert [t.text for t in person.titles] == ["the Ukrainian president"]


def test_a_reporter_is_a_person_in_the_tagline() -> None:
    text = (
        "Why the vote matters\n\nBy Harriet Quennell\n\n"
        "BOSTON - The vote is close, and the city knows it.\n\n"
        "(Harriet Quennell is a Globe columnist.)\n"
    )
    article = read_text(text)
    assert [b.name for b in article.bylines] == ["Harriet Quennell"]
    assert [p.name for p in article.people] == ["Harriet Quennell"]


def test_competitors_in_results_are_people() -> None:
    found = people(
        "Results of the second round on Friday:\n"
        "1 - Rashid Qureshani (Pakistan) beat Tomas Vrbensky (Czech Republic) 15-10 15-6\n"
        "Scorers: Eitan Zarfati (47th), Obradorov (41st min, pen)\n"
    )
    assert found["Rashid Qureshani"] == ["Rashid Qureshani"]
    assert found["Tomas Vrbensky"] == ["Tomas Vrbensky"]
    assert found["Eitan Zarfati"] == ["Eitan Zarfati"]
    assert found["Obradorov"] == ["Obradorov"]


def test_a_club_or_a_city_with_a_country_is_no_competitor() -> None:
    found = people("Draw: Galatasaray (Turkey) v Sporting Lisbon (Portugal), Besiktas (Turkey)\n")
    assert found == {}


def test_a_given_name_alone_refers_to_the_one_person_who_has_it() -> None:
    found = people(
        "The club named Alan Whitcombe captain on Friday. Whitcombe is 26.\n"
        '"I am sure Alan is the man for the job," the coach said.\n'
        "Sydney Marchetti flew home. Sydney was cold.\n"
    )
    assert found["Alan Whitcombe"] == ["Alan Whitcombe", "Whitcombe", "Alan"]
    assert found["Sydney Marchetti"] == ["Sydney Marchetti"]  # "Sydney" alone is the city


def test_a_country_can_be_a_family_name_after_a_given_name() -> None:
    found = people(
        "Dublin-born director Neil Jordan says the film cost him sleep. Jordan said so.\n"
        "Officials in Jordan said nothing.\n"
    )
    assert found == {"Neil Jordan": ["Neil Jordan", "Jordan"]}


def test_both_names_of_a_hyphenated_eponym_are_people() -> None:
    text = HEAD + "President Harrington spoke. He praised the Harrington-Vell administration.\n"
    found = {p.name: [text[m.start : m.end] for m in p.mentions] for p in read_text(text).people}
    assert found == {"Harrington": ["Harrington", "Harrington"], "Vell": ["Vell"]}


def test_a_capitalised_role_opening_a_sentence_is_not_part_of_the_name() -> None:
    found = people(
        "Shares rose. Broker Tariq Lodhani said the market would hold.\n"
        "NATO spokesman Lieutenant-Colonel Dev Marrowby said so. Marrowby left.\n"
    )
    assert found["Tariq Lodhani"] == ["Tariq Lodhani"]
    assert found["Dev Marrowby"] == ["Dev Marrowby", "Marrowby"]


def test_an_agentive_looking_given_name_is_kept() -> None:
    found = people('"We are fine," Samer Qadumi Haddadin, 42, told reporters.\n')
    assert list(found) == ["Samer Qadumi Haddadin"]


def test_a_shared_family_name_goes_to_the_only_one_named_with_an_office() -> None:
    found = people(
        "Russian President Anton Bereskov visited his wife Larisa Bereskova in hospital.\n"
        "Larisa Bereskov is recovering. Bereskov, 65, went back to work.\n"
    )
    assert found["Anton Bereskov"][-1] == "Bereskov"


def test_a_family_name_shared_by_two_officials_stays_unassigned() -> None:
    found = people(
        "Chinese Foreign Minister Wang Yi and Wang Yifei, spokesperson of the Ministry of "
        "Commerce, attended the talks.\nWang said the two sides signed 12 documents.\n"
    )
    assert found == {"Wang Yi": ["Wang Yi"], "Wang Yifei": ["Wang Yifei"]}


def test_line_ups_and_scorecards_name_people() -> None:
    found = people(
        "Teams: Vardania - 15 - Piet Vanderstel, 14 - Okke Brandsma (Jurgen Almsick 48th),\n"
        "Scores: Vardania 292-8 (K. Wetherell 113, R. Blanchflower not out 46)\n"
    )
    assert found["Piet Vanderstel"] == ["Piet Vanderstel"]
    assert found["Okke Brandsma"] == ["Okke Brandsma"]
    assert found["Jurgen Almsick"] == ["Jurgen Almsick"]
    assert found["K. Wetherell"] == ["K. Wetherell"]
    assert found["R. Blanchflower"] == ["R. Blanchflower"]


def test_a_score_after_a_team_is_no_line_up() -> None:
    assert people("Result: 2 - Dortmund, 1 - Vardania City (Germany).\n") == {}


def test_an_age_before_a_name_says_it_is_a_person() -> None:
    found = people(
        "The coup was led by a 27-year-old Qadhafar, who took power.\n"
        "A 66-year-old Portland philanthropist gave the money.\n"
    )
    assert found == {"Qadhafar": ["Qadhafar"]}


def test_a_lone_speaker_may_say_that_he() -> None:
    found = people('"Jamsheer said that he was upset to be called a cheat."\n')
    assert found == {"Jamsheer": ["Jamsheer"]}


def test_a_title_word_can_be_a_family_name() -> None:
    found = people(
        '"We will win," U.S. captain Billie Jean King said at the draw. King is confident.\n'
    )
    assert found["Billie Jean King"] == ["Billie Jean King", "King"]


def test_a_regnal_one_after_a_royal_given_name() -> None:
    found = people("1533 - Queen Elizabeth I born. 1822 - Pedro I became emperor.\n")
    assert found["Elizabeth I"] == ["Elizabeth I"]


def test_a_nationality_before_a_full_name() -> None:
    found = people(
        "The team, coached by Pole Wojtek Lazarowicz, lost. The envoy was Italian Gualtero "
        "Fulcardi.\nThe Italian Foreign Ministry and British Airways said nothing.\n"
    )
    assert found == {
        "Wojtek Lazarowicz": ["Wojtek Lazarowicz"],
        "Gualtero Fulcardi": ["Gualtero Fulcardi"],
    }


def test_an_initial_after_a_title_opens_the_name() -> None:
    found = people("The central bank governor C. Rangaswamy said on Thursday rates would hold.\n")
    assert found == {"C. Rangaswamy": ["C. Rangaswamy"]}


def test_scorers_and_squads() -> None:
    found = people(
        "Vardania 2 (Kruijfen 39th minute, Solskjeld 70th) Ostmark 2 (Warhurston 34th).\n"
        "Squad: Hanno Cronjaert (captain), Piet Matthysen (vice-captain).\n"
    )
    assert sorted(found) == [
        "Hanno Cronjaert",
        "Kruijfen",
        "Piet Matthysen",
        "Solskjeld",
        "Warhurston",
    ]
