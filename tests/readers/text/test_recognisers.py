"""Each built-in recogniser on its own: sentence -> the mentions it yields, exactly.

One table per recogniser of ``DEFAULT_RECOGNISERS``. A recogniser may yield a mention that
the resolver later drops (a speech-only name said once is ``weak``); these rows are about
what each rule sees, the resolver's rows are in test_resolver.py. Rows marked xfail name a
gap the reader has today; they are strict, so fixing one shows up as a pass to promote.
"""

from __future__ import annotations

import pytest

from tests.readers.text.support import Found, expected, run
from toolkit.readers.text.recognisers import DEFAULT_RECOGNISERS, Recogniser

BY_NAME: dict[str, Recogniser] = {r.name: r for r in DEFAULT_RECOGNISERS}


def gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def test_the_default_table_is_the_built_in_rules_in_order() -> None:
    assert [r.name for r in DEFAULT_RECOGNISERS] == [
        "title",
        "honorific",
        "speech",
        "lexicon",
        "context",
        "role",
        "eponym",
        "results",
    ]


TITLE = [
    (
        "Finnish Minister of Culture Aino Lehtola opened the festival on Friday.",
        [Found("Aino Lehtola", "title", "Finnish Minister of Culture", "FI")],
    ),
    (
        "Osvaldo Brenner, Deputy Minister of Fisheries of Chile, arrived on Monday.",
        [Found("Osvaldo Brenner", "title", "Deputy Minister of Fisheries of Chile", "CL")],
    ),
    (
        "The Peruvian ambassador to Japan, Rosa Quispe, said nothing.",
        [Found("Rosa Quispe", "title", "Peruvian ambassador to Japan", "PE")],
    ),
    (
        "The board renominated Tomas Varga as ambassador to Norway.",
        [Found("Tomas Varga", "title", "ambassador to Norway")],
    ),
    (
        "Prime Minister Hallie Brandt met the press.",
        [Found("Hallie Brandt", "title", "Prime Minister")],
    ),
    (
        "Chinese Vice Premier Liu He visited the plant.",
        [Found("Liu He", "title", "Chinese Vice Premier", "CN")],
    ),
    (
        "U.S. Secretary of State Maren Holt flew to Seoul.",
        [Found("Maren Holt", "title", "U.S. Secretary of State", "US")],
    ),
    (
        "Former Brazilian Finance Minister Paulo Teixeira testified.",
        [Found("Paulo Teixeira", "title", "Former Brazilian Finance Minister", "BR")],
    ),
    ("He met Mayor Orla Finnegan at noon.", [Found("Orla Finnegan", "title", "Mayor")]),
    # lowercase words may finish the title before its appositive name
    (
        "The chairman of the Moldova election commission, Ion Vataman, told reporters.",
        [Found("Ion Vataman", "title", "chairman of the Moldova election commission", "MD")],
    ),
    # a one-word title that is a given name, before one family name, is the given name
    (
        "Derbyshire's Australian captain Dean Holloway is conceding nothing.",
        [Found("Dean Holloway", "given-name")],
    ),
    ("Scorers: Dean Pruett (2nd minute, 75th).", [Found("Dean Pruett", "given-name")]),
    # but not after a determiner or a possessive, nor inside a longer title
    ("The Dean Pellow said.", [Found("Pellow", "title", "Dean")]),
    ("Harvard's Dean Pellow opened the session.", [Found("Pellow", "title", "Harvard's Dean")]),
    ("Law School Dean Martha Minow spoke.", [Found("Martha Minow", "title", "Law School Dean")]),
    ("The President Hotel Group said profits rose.", []),
    ("The president said the bill would pass.", []),
    pytest.param(
        "Deputy Director General Zhao Minghui spoke.",
        [Found("Zhao Minghui", "title", "Deputy Director General")],
        marks=gap("a title ending in 'General' before a name finds no name"),
    ),
    pytest.param(
        "Zhao Minghui, Deputy Director General of Department of Agriculture and Rural Affairs "
        "of Qinghai Province, said output rose.",
        [
            Found(
                "Zhao Minghui",
                "title",
                "Deputy Director General of Department of Agriculture and Rural Affairs of "
                "Qinghai Province",
                "CN",
            )
        ],
        marks=gap("translated-Chinese title chain cut to 'Deputy Director'; province -> CN"),
    ),
]


@pytest.mark.parametrize(("sentence", "rows"), TITLE)
def test_title(sentence: str, rows: list[Found]) -> None:
    assert run(BY_NAME["title"], sentence) == expected(sentence, rows)


HONORIFIC = [
    (
        "Mr Pellham declined to comment on the offer.",
        [Found("Pellham", "honorific", honorific="Mr")],
    ),
    (
        "Dr. Ines Carvalho leads the team.",
        [Found("Ines Carvalho", "honorific", honorific="Dr")],
    ),
    (
        "Mrs Okafor and Ms Lindqvist arrived late.",
        [
            Found("Okafor", "honorific", honorific="Mrs"),
            Found("Lindqvist", "honorific", honorific="Ms"),
        ],
    ),
    # an abbreviated title is kept as the mention's title, not as an honorific
    ("Sen. Harold Quint voted against the bill.", [Found("Harold Quint", "honorific", "Sen.")]),
    ("Gen. Tomas Ruiz inspected the troops.", [Found("Tomas Ruiz", "honorific", "Gen.")]),
    ("Ines Carvalho said the data were clear.", []),
    ("The vote ended. Mr.", []),
]


@pytest.mark.parametrize(("sentence", "rows"), HONORIFIC)
def test_honorific(sentence: str, rows: list[Found]) -> None:
    assert run(BY_NAME["honorific"], sentence) == expected(sentence, rows)


SPEECH = [
    # a speech verb alone is weak evidence ("Goldman Sachs said" reads the same) ...
    (
        "Ines Carvalho said the data were clear.",
        [Found("Ines Carvalho", "speech", weak=True)],
    ),
    (
        "Ines Carvalho told reporters the data were clear.",
        [Found("Ines Carvalho", "speech", weak=True)],
    ),
    ("Goldman Sachs said profits rose.", [Found("Goldman Sachs", "speech", weak=True)]),
    # ... made strong by a quotation before it or a personal pronoun after it
    ('"We will appeal," said Brannigan.', [Found("Brannigan", "speech")]),
    ('"It is done," Marta Oyelaran said. She left.', [Found("Marta Oyelaran", "speech")]),
    ('"No," Ortiz said on Tuesday, adding that he would stay.', [Found("Ortiz", "speech")]),
    # one capitalised word opening a sentence may be any noun
    ("Brannigan said the appeal would be filed today.", []),
    ("The deal was approved, according to Ines Carvalho.", []),
    ("Mr Pellham declined to comment on the offer.", []),
]


@pytest.mark.parametrize(("sentence", "rows"), SPEECH)
def test_speech(sentence: str, rows: list[Found]) -> None:
    assert run(BY_NAME["speech"], sentence) == expected(sentence, rows)


LEXICON = [
    ("Alan Tremlow was named in the squad.", [Found("Alan Tremlow", "lexicon")]),
    (
        "The world's costliest striker Dario Menotti was named on Monday.",
        [Found("Dario Menotti", "lexicon")],
    ),
    ("Wang Liwen joined the board last year.", [Found("Wang Liwen", "lexicon")]),
    ("Kim Soo-hyun is expected to sign.", [Found("Kim Soo-hyun", "lexicon")]),
    ("Nguyen Van Thanh won the race.", [Found("Nguyen Van Thanh", "lexicon")]),
    (
        "Park Ji-woo and Moon Seo-yeon signed the letter.",
        [Found("Park Ji-woo", "lexicon"), Found("Moon Seo-yeon", "lexicon")],
    ),
    ("Ana Lucia da Silva Moreira won the vote.", [Found("Ana Lucia da Silva Moreira", "lexicon")]),
    (
        "Ngozi Adebayo-Clarke, whom the minister described as a friend, resigned.",
        [Found("Ngozi Adebayo-Clarke", "lexicon")],
    ),
    # a name that owns a title is still a name
    ("Tony Blair's official spokesman declined to comment.", [Found("Tony Blair", "lexicon")]),
    ("The deal was approved, according to Ines Carvalho.", [Found("Ines Carvalho", "lexicon")]),
    # a title or honorific before the name does not become part of it
    ("Judge Ama Boateng adjourned the case.", [Found("Ama Boateng", "lexicon")]),
    ("Dr. Ines Carvalho leads the team.", [Found("Ines Carvalho", "lexicon")]),
    # places, projects and one-word names are not the lexicon's to claim
    ("Hong Kong shares fell on Monday.", []),
    ("Digital Silk Road projects were discussed at the Belt and Road Forum.", []),
    ("The Lee Kuan Yew School of Public Policy hosted the talk.", []),
    ("Mr Pellham declined to comment on the offer.", []),
    # a hyphenated descriptor before the name is no part of it
    (
        "Brazilian-born Rafael Tavora then slipped the ball past the goalkeeper.",
        [Found("Rafael Tavora", "lexicon")],
    ),
    ("One out later, Ex-Yankee Randy Velarde hit a homer.", [Found("Randy Velarde", "lexicon")]),
    ("Shares of Singapore-listed Van Der Horst fell.", []),
    # a nickname in quotes between a given name and a family name is part of the name
    (
        'Boxing legend Rocco "The Hammer" Bellini climbs into the ring.',
        [Found('Rocco "The Hammer" Bellini', "nickname")],
    ),
    # but not a quote that merely ends before a name, nor one before a longer run
    ('The fans chanted "Go Home" Bellini said.', []),
]


@pytest.mark.parametrize(("sentence", "rows"), LEXICON)
def test_lexicon(sentence: str, rows: list[Found]) -> None:
    assert run(BY_NAME["lexicon"], sentence) == expected(sentence, rows)


CONTEXT = [
    # a role descriptor before the name, whatever the name's origin
    (
        "The world's costliest striker Dario Menotti was named on Monday.",
        [Found("Dario Menotti", "context")],
    ),
    ("new coach Glenn Hoddle picked the side.", [Found("Glenn Hoddle", "context")]),
    ("Sprinter Odile Marchand, 31, won the 200 metres.", [Found("Odile Marchand", "context")]),
    ("Judge Ama Boateng adjourned the case.", [Found("Ama Boateng", "context")]),
    # an age, a personal relative pronoun, an appositive or a complement after it
    ("Selim Ardahan, 23, scored twice.", [Found("Selim Ardahan", "context")]),
    (
        "Police named the victim as Darren Pocock, 44, of Leeds.",
        [Found("Darren Pocock", "context")],
    ),
    (
        "He takes over from Rob Kettering, who led the side for three years.",
        [Found("Rob Kettering", "context")],
    ),
    (
        "Ngozi Adebayo-Clarke, whom the minister described as a friend, resigned.",
        [Found("Ngozi Adebayo-Clarke", "context")],
    ),
    (
        "Frederick Seitz, a past president of the National Academy of Sciences, wrote it.",
        [Found("Frederick Seitz", "context")],
    ),
    ("Keith Morrow is a Herald columnist.", [Found("Keith Morrow", "context")]),
    # an everyday word with an agent noun's ending is a descriptor only when it is one
    ("Tiger Hallam, who made the cut, finished 60th.", [Found("Tiger Hallam", "context")]),
    (
        "Defender Osric Valtonen, who joined in May, scored.",
        [Found("Osric Valtonen", "context")],
    ),
    (
        "Democrat Wendell Amory, who promised higher taxes, lost.",
        [Found("Wendell Amory", "context")],
    ),
    # a party tag is no descriptor; organisations and bare names are not people by context
    ("Bill Archer, R-Texas, introduced the bill.", []),
    ("Silver Lake, a private equity firm, bought the stake.", []),
    ("Greenfield Capital, which manages the fund, declined to comment.", []),
    ("Alan Tremlow was named in the squad.", []),
    pytest.param(
        "TV meteorologist Chad Wexley said the storm would weaken.",
        [Found("Chad Wexley", "context")],
        marks=gap("'Chad' (also a country) is no name word: no rule finds it"),
    ),
]


@pytest.mark.parametrize(("sentence", "rows"), CONTEXT)
def test_context(sentence: str, rows: list[Found]) -> None:
    assert run(BY_NAME["context"], sentence) == expected(sentence, rows)


def test_every_recogniser_finds_nothing_in_an_empty_scan() -> None:
    for recogniser in DEFAULT_RECOGNISERS:
        assert run(recogniser, "") == []


RESULTS = [
    # a country after a competitor: the family name may be an everyday word, and a given
    # name that is also a month or a function word opens the name
    (
        "2 - Tahir Khan (Pakistan) beat Owen Marsh (Ireland) 15-9 15-4.",
        [Found("Tahir Khan", "results"), Found("Owen Marsh", "results")],
    ),
    (
        "Andrei Volkov (Russia) beat Jan Hrubec (Slovakia) 6-4 6-3.",
        [Found("Andrei Volkov", "results"), Found("Jan Hrubec", "results")],
    ),
    ("Will Power (Australia) won the race.", [Found("Will Power", "results")]),
    # the given name must not be an everyday word
    ("Second round: Silver Lake (Canada) beat Grand Harbour (Malta) 2-1.", []),
]


@pytest.mark.parametrize(("sentence", "rows"), RESULTS)
def test_results(sentence: str, rows: list[Found]) -> None:
    assert run(BY_NAME["results"], sentence) == expected(sentence, rows)


ROLE = [
    # a role noun before a name: a given name that is also a word or a country opens it
    ("Ericsson spokesman Will Tarrant told reporters.", [Found("Will Tarrant", "role")]),
    ("TV meteorologist Chad Wexley said the storm would weaken.", [Found("Chad Wexley", "role")]),
    # but a place after the given name is no family name
    ("The club signed striker Jordan Valley from Leeds.", []),
]


@pytest.mark.parametrize(("sentence", "rows"), ROLE)
def test_role(sentence: str, rows: list[Found]) -> None:
    assert run(BY_NAME["role"], sentence) == expected(sentence, rows)


def test_a_record_after_a_pitcher_named_like_a_country() -> None:
    sentence = "Rodriguez homered off Chad Brosnan (7-5) in the first."
    assert run(BY_NAME["results"], sentence) == expected(
        sentence, [Found("Chad Brosnan", "results")]
    )
    assert run(BY_NAME["results"], "The team beat Chad (7-5) on Sunday.") == []
