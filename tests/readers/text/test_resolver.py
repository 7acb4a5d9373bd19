"""The resolver's hard cases, through ``read_text`` as a user calls it.

Each row is a short invented wire story (one paragraph a line) and the people a reader of
it would list: the fullest name, every mention as written, and where it matters the titles
and the forms. Rows marked xfail are the cases the reader gets wrong today (strict: a fix
shows up as a pass to promote).
"""

from __future__ import annotations

import pytest

from tests.readers.text.support import read, who
from toolkit.model import NameForm, Span


def gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def story_id(value: object) -> str | None:
    """A row's id: the start of its story (the default would be ``paragraphs3``)."""
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0][:48]
    return None


People = list[tuple[str, list[str]]]

SHARED_FAMILY_NAMES = [
    (
        [
            "Chinese Foreign Minister Wang Qiming met Wang Qimei, vice mayor of Tianjin.",
            "Wang Qiming said the talks were fruitful. Wang Qimei said the city would open a port.",
        ],
        [
            ("Wang Qiming", ["Wang Qiming", "Wang Qiming"]),
            ("Wang Qimei", ["Wang Qimei", "Wang Qimei"]),
        ],
    ),
    # "Wang" alone could be either: it is nobody's mention
    (
        [
            "Chinese Foreign Minister Wang Qiming met Wang Qimei, vice mayor of Tianjin.",
            "Wang said the talks were useful.",
        ],
        [("Wang Qiming", ["Wang Qiming"]), ("Wang Qimei", ["Wang Qimei"])],
    ),
    (
        ["Xu Lan and Xu Lanying won medals. Xu said the team was proud."],
        [("Xu Lan", ["Xu Lan"]), ("Xu Lanying", ["Xu Lanying"])],
    ),
    # one letter apart, two people
    (
        [
            "Former President Ronald Reagan wrote to the committee, and Treasury Secretary "
            "Donald Regan replied on Friday.",
            "Reagan said the letter was private. Regan said he had not read it.",
        ],
        [
            ("Ronald Reagan", ["Ronald Reagan", "Reagan"]),
            ("Donald Regan", ["Donald Regan", "Regan"]),
        ],
    ),
    (
        ["Marta Wolff and Lena Wolff reached the final. Wolff said she was happy."],
        [("Marta Wolff", ["Marta Wolff"]), ("Lena Wolff", ["Lena Wolff"])],
    ),
]


@pytest.mark.parametrize(("paragraphs", "people"), SHARED_FAMILY_NAMES, ids=story_id)
def test_people_sharing_a_family_name_stay_apart(paragraphs: list[str], people: People) -> None:
    text, article = read(*paragraphs)
    assert who(text, article.people) == people


def test_two_wangs_keep_their_own_titles() -> None:
    _, article = read(
        "Chinese Foreign Minister Wang Qiming met Wang Qimei, vice mayor of Tianjin, on Monday."
    )
    assert [(p.name, [t.text for t in p.titles], p.country) for p in article.people] == [
        ("Wang Qiming", ["Chinese Foreign Minister"], "CN"),
        ("Wang Qimei", ["vice mayor of Tianjin"], None),
    ]


ORDERS = [
    # family name first: the family name is the short form
    (
        ["Premier Li Weiguo spoke at the forum. Li said growth would pick up."],
        [("Li Weiguo", ["Li Weiguo", "Li"])],
    ),
    (
        [
            "Moon Jae-sung met Kim Ha-neul in Seoul.",
            "Moon said the meeting was useful, and Kim agreed.",
        ],
        [("Moon Jae-sung", ["Moon Jae-sung", "Moon"]), ("Kim Ha-neul", ["Kim Ha-neul", "Kim"])],
    ),
    # Vietnamese copy refers to people by the last given name
    (
        [
            "Vietnamese Prime Minister Nguyen Van Thanh visited the port.",
            "Thanh said trade would grow.",
        ],
        [("Nguyen Van Thanh", ["Nguyen Van Thanh", "Thanh"])],
    ),
    # given name first
    (
        ["Kenji Yoshida met the press. Yoshida said the yen was stable."],
        [("Kenji Yoshida", ["Kenji Yoshida", "Yoshida"])],
    ),
    pytest.param(
        ["Prime Minister Yoshida Kenji met the press. Yoshida said the yen was stable."],
        [("Yoshida Kenji", ["Yoshida Kenji", "Yoshida"])],
        marks=gap("a Japanese name written family name first loses its short form"),
    ),
    pytest.param(
        ["Kim Fowler scored twice on Sunday. Fowler said the team deserved it."],
        [("Kim Fowler", ["Kim Fowler", "Fowler"])],
        marks=gap("a Western name whose given name is a Korean family name: 'Fowler' is lost"),
    ),
    pytest.param(
        ["Lee Tanner scored twice on Sunday. Tanner said the team deserved it."],
        [("Lee Tanner", ["Lee Tanner", "Tanner"])],
        marks=gap("a Western name whose given name is a Chinese family name: 'Tanner' is lost"),
    ),
]


@pytest.mark.parametrize(("paragraphs", "people"), ORDERS, ids=story_id)
def test_the_short_form_follows_the_names_order(paragraphs: list[str], people: People) -> None:
    text, article = read(*paragraphs)
    assert who(text, article.people) == people


def test_named_by_title_then_by_name_keeps_the_title() -> None:
    text, article = read(
        "The company's chief executive declined to comment on Monday.",
        "Chief executive Hannah Sorensen later said the plant would stay open.",
        "Sorensen said the decision was final.",
    )
    assert who(text, article.people) == [("Hannah Sorensen", ["Hannah Sorensen", "Sorensen"])]
    assert [t.text for t in article.people[0].titles] == ["Chief executive"]


def test_a_surname_said_before_the_full_name_joins_it() -> None:
    text, article = read(
        "Pellham said on Monday that the budget was fair. Finance Minister Oliver Pellham "
        "then left."
    )
    assert who(text, article.people) == [("Oliver Pellham", ["Pellham", "Oliver Pellham"])]
    person = article.people[0]
    assert [t.text for t in person.titles] == ["Finance Minister"]
    assert [(f.text, [s.slice(text) for s in f.spans]) for f in person.forms] == [
        ("Oliver Pellham", ["Oliver Pellham"]),
        ("Pellham", ["Pellham"]),
    ]


INITIALS_AND_HONORIFICS = [
    (
        [
            "Dana K. Whitlock, a senior analyst at Northbank, said prices would fall.",
            "Whitlock expects a cut.",
        ],
        [("Dana K. Whitlock", ["Dana K. Whitlock", "Whitlock"])],
    ),
    (
        [
            "Finance Minister Oliver Pellham presented the budget.",
            "Mr Pellham said taxes would not rise.",
        ],
        [("Oliver Pellham", ["Oliver Pellham", "Pellham"])],
    ),
    # no given name is ever written: the honorific stays in the name, not in the mentions
    (
        ["Mr Pellham declined to comment. Mr Pellham later left."],
        [("Mr Pellham", ["Pellham", "Pellham"])],
    ),
    (
        ["Dr. Ines Carvalho leads the team. Carvalho said the data were clear."],
        [("Ines Carvalho", ["Ines Carvalho", "Carvalho"])],
    ),
    pytest.param(
        ["J. R. Hartwell said he would sell. Hartwell owns the club."],
        [("J. R. Hartwell", ["J. R. Hartwell", "Hartwell"])],
        marks=gap("leading initials are dropped from the name"),
    ),
    pytest.param(
        ["J.R. Hartwell, the club's owner, sold his stake.", "Hartwell said he was sad to go."],
        [("J.R. Hartwell", ["J.R. Hartwell", "Hartwell"])],
    ),
]


@pytest.mark.parametrize(("paragraphs", "people"), INITIALS_AND_HONORIFICS, ids=story_id)
def test_initials_and_honorifics(paragraphs: list[str], people: People) -> None:
    text, article = read(*paragraphs)
    assert who(text, article.people) == people


TRANSLITERATIONS = [
    pytest.param(
        ["José Núñez, the club's president, resigned. Nunez said he was tired."],
        [("José Núñez", ["José Núñez", "Nunez"])],
        marks=gap("the same name written without accents is not joined to it"),
    ),
    pytest.param(
        ["Mikhail Gorbachyov met the press. Gorbachev, as most papers spell it, smiled."],
        [("Mikhail Gorbachyov", ["Mikhail Gorbachyov", "Gorbachev"])],
        marks=gap("two transliterations of one Russian surname are not joined"),
    ),
    pytest.param(
        ["Ali Hassan al-Majeed was named envoy. Al-Majeed said he would travel."],
        [("Ali Hassan al-Majeed", ["Ali Hassan al-Majeed", "Al-Majeed"])],
    ),
    # a capitalised particle stays with the family name in later mentions
    (
        [
            "Belgian goalkeeper Pieter De Smedtke saved twice in the first half.",
            "But De Smedtke was beaten late on.",
        ],
        [("Pieter De Smedtke", ["Pieter De Smedtke", "De Smedtke"])],
    ),
    (
        ["Dutch defender Joris Van der Brugge was sent off. Van der Brugge said he was sorry."],
        [("Joris Van der Brugge", ["Joris Van der Brugge", "Van der Brugge"])],
    ),
    pytest.param(
        ["Aung San Suu Kyi met the envoy. Suu Kyi said talks would continue."],
        [("Aung San Suu Kyi", ["Aung San Suu Kyi", "Suu Kyi"])],
        marks=gap("a Burmese name is not found; its short form alone is"),
    ),
]


@pytest.mark.parametrize(("paragraphs", "people"), TRANSLITERATIONS, ids=story_id)
def test_transliterations(paragraphs: list[str], people: People) -> None:
    text, article = read(*paragraphs)
    assert who(text, article.people) == people


LISTS_AND_POSSESSIVES = [
    (
        ["Alan Tremlow and Sam Platt trained alone. Tremlow and Platt are both doubtful."],
        [("Alan Tremlow", ["Alan Tremlow", "Tremlow"]), ("Sam Platt", ["Sam Platt", "Platt"])],
    ),
    (
        ["Oliver Pellham's plan was rejected on Monday. Pellham said he would try again."],
        [("Oliver Pellham", ["Oliver Pellham", "Pellham"])],
    ),
    (
        ["The minister's aide, Sam Okoro, left early. Okoro's car was waiting."],
        [("Sam Okoro", ["Sam Okoro", "Okoro"])],
    ),
    (
        ['"We will appeal," said Brannigan. Brannigan\'s lawyer agreed.'],
        [("Brannigan", ["Brannigan", "Brannigan"])],
    ),
    # a full name after a hyphenated descriptor is a mention of it; a given name spelt
    # like a country is one when the results say a pitcher is named
    (
        [
            "Rafael Tavora, 23, signed in June.",
            "Brazilian-born Rafael Tavora then slipped the ball past the goalkeeper.",
        ],
        [("Rafael Tavora", ["Rafael Tavora", "Rafael Tavora"])],
    ),
    (
        ["Texas led 2-0. Rodriguez homered off Chad Brosnan (7-5) in the first."],
        [("Chad Brosnan", ["Chad Brosnan"])],
    ),
    # a nicknamed full name is one mention; its family name alone is a later one
    (
        ['Rocco "The Hammer" Bellini climbs into the ring. Bellini, 45, said he was fit.'],
        [('Rocco "The Hammer" Bellini', ['Rocco "The Hammer" Bellini', "Bellini"])],
    ),
    # list partners: items listed beside people are people when they are runs of name words
    (
        ["Alan Tremlow and Ruwan Tennakoon trained alone."],
        [("Alan Tremlow", ["Alan Tremlow"]), ("Ruwan Tennakoon", ["Ruwan Tennakoon"])],
    ),
    (
        ["Squad: Kevin Marsh (captain), Ruwan Tennakoon, Dilhan Wickrama, Sajith Ekanayake."],
        [
            ("Kevin Marsh", ["Kevin Marsh"]),
            ("Ruwan Tennakoon", ["Ruwan Tennakoon"]),
            ("Dilhan Wickrama", ["Dilhan Wickrama"]),
            ("Sajith Ekanayake", ["Sajith Ekanayake"]),
        ],
    ),
    # but not places, nor a wire sign-off's newsroom
    (
        ["Kevin Marsh visited Port Elizabeth, East London and Bloem Fontein."],
        [("Kevin Marsh", ["Kevin Marsh"])],
    ),
    (["Profits rose, the firm said. -- Ann Lowe, Lisbon Newsroom"], [("Ann Lowe", ["Ann Lowe"])]),
    pytest.param(
        ["Rob Keller and Sam Platt trained alone on Monday. Keller and Platt are both doubtful."],
        [("Rob Keller", ["Rob Keller", "Keller"]), ("Sam Platt", ["Sam Platt", "Platt"])],
        marks=gap("'Rob' is no listed given name, and a list partner is no evidence"),
    ),
    pytest.param(
        ["Sisters Marta Wolff and Lena Wolff reached the final."],
        [("Marta Wolff", ["Marta Wolff"]), ("Lena Wolff", ["Lena Wolff"])],
        marks=gap("a capitalised descriptor opening the sentence ('Sisters') loses the name"),
    ),
    pytest.param(
        ["Striker Alan Tremlow scored twice. Tremlow's first goal came after ten minutes."],
        [("Alan Tremlow", ["Alan Tremlow", "Tremlow"])],
    ),
]


@pytest.mark.parametrize(("paragraphs", "people"), LISTS_AND_POSSESSIVES, ids=story_id)
def test_lists_and_possessives(paragraphs: list[str], people: People) -> None:
    text, article = read(*paragraphs)
    assert who(text, article.people) == people


def test_a_possessive_mention_ends_before_the_s() -> None:
    text, article = read("The minister's aide, Sam Okoro, left early. Okoro's car was waiting.")
    start = text.index("Okoro's")
    assert article.people[0].mentions[-1] == Span(start, start + len("Okoro"))
    assert article.people[0].forms == (
        NameForm("Sam Okoro", (article.people[0].mentions[0],)),
        NameForm("Okoro", (Span(start, start + 5),)),
    )


TITLES = [
    (["Bill Archer, R-Texas, introduced the bill. Archer said it would pass."], ["R-Texas"]),
    (["Quito Mayor Ana Paredes opened the bridge."], ["Quito Mayor"]),
    (["Ana Paredes, the Mayor of Quito, opened the bridge."], ["the Mayor of Quito"]),
    pytest.param(
        ["The Mayor of Quito, Ana Paredes, opened the bridge."],
        ["The Mayor of Quito"],
    ),
    pytest.param(
        ["Delegates met the envoy. Mia Lund said talks would continue."],
        [],
    ),
    pytest.param(
        [
            "Zhao Minghui, Deputy Director General of Department of Agriculture and Rural "
            "Affairs of Qinghai Province, said barley output rose.",
        ],
        [
            "Deputy Director General of Department of Agriculture and Rural Affairs of "
            "Qinghai Province"
        ],
    ),
]


@pytest.mark.parametrize(("paragraphs", "titles"), TITLES, ids=story_id)
def test_the_one_persons_titles(paragraphs: list[str], titles: list[str]) -> None:
    _, article = read(*paragraphs)
    (person,) = article.people
    assert [t.text for t in person.titles] == titles


NOT_PEOPLE = [
    ["Hong Kong shares fell on Monday, and Digital Silk Road projects stalled."],
    ["Goldman Sachs said profits rose."],
    pytest.param(
        ["Tunbridge Wells beat Greenock Morton 2-1 on Saturday."],
        marks=gap("place-named clubs found by the lexicon are taken for people"),
    ),
]


@pytest.mark.parametrize("paragraphs", NOT_PEOPLE, ids=story_id)
def test_no_person_is_named(paragraphs: list[str]) -> None:
    _, article = read(*paragraphs)
    assert article.people == ()
