"""Descriptors the reader attaches to people: each row is a sentence and the titles expected
for the person named in it (invented copy, in the shapes wire stories use)."""

from __future__ import annotations

import pytest

from toolkit.readers.text import read_text

ROWS = [
    # an affiliation after the name, and a home place that is not one
    (
        "Ruth Keller of the Coastal Wildlife Alliance said it.",
        "Ruth Keller",
        ["of the Coastal Wildlife Alliance"],
    ),
    (
        "Sen. Paul Ortega of Nevada, the top Republican on the Energy and Water Committee, spoke.",
        "Paul Ortega",
        ["Sen.", "the top Republican on the Energy and Water Committee"],
    ),
    # a party tag followed by an appositive without a determiner
    (
        "Rep. Dana Whitfield, D-Ore., top Democrat on the Rules Committee, objected.",
        "Dana Whitfield",
        ["Rep.", "D-Ore.", "top Democrat on the Rules Committee"],
    ),
    # an appositive set off by dashes
    (
        "Tom Ashcombe - nephew of the late novelist - was elected.",
        "Tom Ashcombe",
        ["nephew of the late novelist"],
    ),
    # a list of titled names: each capitalised title before a name is that name's, not an
    # appositive of the name before the comma
    (
        "She will meet Minister of Finance Ana Costa, Minister of Foreign Affairs Rui Matos "
        "and Minister of Trade Luis Faria.",
        "Ana Costa",
        ["Minister of Finance"],
    ),
    (
        "She will meet Minister of Finance Ana Costa, Minister of Foreign Affairs Rui Matos "
        "and Minister of Trade Luis Faria.",
        "Rui Matos",
        ["Minister of Foreign Affairs"],
    ),
    (
        "He met Prime Minister Owen Hale, Deputy Prime Minister Ross Kerr and others.",
        "Owen Hale",
        ["Prime Minister"],
    ),
    # two coordinated appositives
    (
        "Nora Blake, a Keele University lecturer and former chair of the Historical Society, "
        "agreed.",
        "Nora Blake",
        ["a Keele University lecturer", "former chair of the Historical Society"],
    ),
    # a place, then a lowercase descriptor with "and" before its head
    (
        "Chan Wai-lun, Macau labour and housing campaigner, wrote to them.",
        "Chan Wai-lun",
        ["Macau labour and housing campaigner"],
    ),
    # complements without a determiner, after "listed as", after "ceased to be"
    (
        "Peter Lindqvist is chairman of Nordic Freight.",
        "Peter Lindqvist",
        ["chairman of Nordic Freight"],
    ),
    (
        "Hanna Berg is still listed as the treasurer of the club.",
        "Hanna Berg",
        ["the treasurer of the club"],
    ),
    (
        "Ivan Sokolov ceased to be the commander of the northern fleet.",
        "Ivan Sokolov",
        ["the commander of the northern fleet"],
    ),
    (
        "The council named Deputy Mayor Laura Pinto as acting mayor.",
        "Laura Pinto",
        ["Deputy Mayor", "acting mayor"],
    ),
    # "ROLE of X" before the name, lowercase offices included
    (
        "Downing Street chief of staff Martin Hale resigned.",
        "Martin Hale",
        ["Downing Street chief of staff"],
    ),
    ("Secretary of State Helen Marsh flew in.", "Helen Marsh", ["Secretary of State"]),
    # an inverted copula and a fronted title of translated copy
    (
        "The general manager of Qinghe Textiles Co Ltd is Zhou Minghui.",
        "Zhou Minghui",
        ["The general manager of Qinghe Textiles Co Ltd"],
    ),
    (
        "Deputy Director of the Planning Bureau of the Port Authority (PA), Lim Beng Huat, said "
        "so.",
        "Lim Beng Huat",
        ["Deputy Director of the Planning Bureau of the Port Authority (PA)"],
    ),
    # a possessive-led descriptor before a second one, an "as" phrase before an honorific
    (
        "The minister praised her deputy, former Oxford historian Clara Mendes, in public.",
        "Clara Mendes",
        ["her deputy", "former Oxford historian"],
    ),
    (
        "As a designer with many patents, Ms. Okafor can explain it.",
        "Ms Okafor",
        ["a designer with many patents"],
    ),
    # an abbreviation in parentheses inside a pre-modifier; an office won but not yet taken
    (
        "He met Kenyan National Assembly (NA) Speaker Joseph Mwangi.",
        "Joseph Mwangi",
        ["Kenyan National Assembly (NA) Speaker"],
    ),
    ("French President-elect Marc Duval arrived.", "Marc Duval", ["French President-elect"]),
]


@pytest.mark.parametrize(("sentence", "name", "titles"), ROWS, ids=[r[1] for r in ROWS])
def test_descriptor_is_attached(sentence: str, name: str, titles: list[str]) -> None:
    article = read_text(f"PARIS, May 4 (AFP) -- {sentence}\n")
    found = {p.name: [t.text for t in p.titles] for p in article.people}
    assert found.get(name) == titles


def test_a_list_introduced_by_a_plural_descriptor_shares_it() -> None:
    article = read_text(
        "PARIS, May 4 (AFP) -- The letter was signed by leading economists, among them Anna "
        "Weber of the Hamburg Institute; Jonas Petit of the Lyon School; and Rita Costa, a "
        "former central banker.\n"
    )
    found = {p.name: [t.text for t in p.titles] for p in article.people}
    assert found == {
        "Anna Weber": ["leading economists", "of the Hamburg Institute"],
        "Jonas Petit": ["leading economists", "of the Lyon School"],
        "Rita Costa": ["leading economists", "a former central banker"],
    }


def test_a_plural_appositive_after_two_names_goes_to_both() -> None:
    article = read_text(
        "PARIS, May 4 (AFP) -- The duo of Li Xiaoming and Wu Jiayi, two doctoral students from "
        "the School of Physics, won.\n"
    )
    found = {p.name: [t.text for t in p.titles] for p in article.people}
    assert found == {
        "Li Xiaoming": ["two doctoral students from the School of Physics"],
        "Wu Jiayi": ["two doctoral students from the School of Physics"],
    }


def test_he_was_gives_the_complements_to_the_person_named_before() -> None:
    article = read_text(
        "PARIS, May 4 (AFP) -- The orchestra mourned its conductor Henri Vasseur, who died on "
        "Monday; he was a noted composer, a professor at the National Conservatory, and "
        "Academy Fellow.\n"
    )
    found = {p.name: [t.text for t in p.titles] for p in article.people}
    assert found == {
        "Henri Vasseur": [
            "its conductor",
            "a noted composer",
            "a professor at the National Conservatory",
            "Academy Fellow",
        ]
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a clause ends at the comma before a possessive name
        ("It set up the rights of their residents, Karl Brenner's plan said.", "Karl Brenner"),
        # adjectives in -ent/-ant and comparatives are not roles
        ("Anna Weber is different, the team said.", "Anna Weber"),
        ("Later Anna Weber went home.", "Anna Weber"),
        ("With the transfer, Anna Weber became rich.", "Anna Weber"),
        # the news agency told is not part of the title
        ("Dupont told Reuters Finance Minister Jonas Petit had left.", "Jonas Petit"),
        # an organisation's appositive after a complement is the organisation's
        ("Mia Lund became the head of Baltic Shipping Co, the owner of the port.", "Mia Lund"),
    ],
)
def test_what_is_not_a_title(sentence: str, name: str) -> None:
    article = read_text(f"PARIS, May 4 (AFP) -- {sentence}\n")
    titles = {p.name: [t.text for t in p.titles] for p in article.people}
    assert name in titles
    expected = {"Mia Lund": ["the head of Baltic Shipping Co"], "Jonas Petit": ["Finance Minister"]}
    assert titles[name] == expected.get(name, [])
