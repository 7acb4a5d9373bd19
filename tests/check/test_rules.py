"""Each rule on hand-built articles: what it flags (exact message and place) and what it leaves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest

from toolkit.checker.config import CheckConfig
from toolkit.checker.engine import check_article, check_batch
from toolkit.checker.registry import HouseStyle
from toolkit.checker.selection import Selection
from toolkit.model import Article, Organisation, YearSource
from toolkit.readers import ReaderOptions, read_text

from .build import article, dateline, person, spans_of


def run(code: str, story: Article, house: HouseStyle | None = None) -> list[tuple[str, str]]:
    config = CheckConfig(selection=Selection(select=(code,)), house=house or HouseStyle())
    return [(f"{f.line}:{f.column}", f.message) for f in check_article(story, config)]


# NC101 name variants ------------------------------------------------------------------------
# through the text reader: the rule reads the people and written forms the reader gives


def read(text: str) -> Article:
    return read_text(text.encode(), ReaderOptions(source_path="story.txt"))


def related(code: str, story: Article, house: HouseStyle | None = None) -> list[list[str]]:
    config = CheckConfig(selection=Selection(select=(code,)), house=house or HouseStyle())
    return [
        [f"{r.line}:{r.column} {r.message}" for r in f.related]
        for f in check_article(story, config)
    ]


HAQ = (
    "Pakistan's ambassador to China, Moin Haq, spoke on Tuesday.\n\n"
    '"Trade matters," Haque added. Haq left at noon.\n\n'
    "Moin Haq later left.\n"
)


def test_name_variant_surname_only_sits_on_the_less_used_spelling() -> None:
    story = read(HAQ)
    assert run("NC101", story) == [
        ("3:18", "“Haque” is spelled “Haq”, as on line 1:38; use one spelling"),
    ]
    assert related("NC101", story) == [
        ["1:38 spelled “Haq” here", "3:31 spelled “Haq” here", "5:6 spelled “Haq” here"]
    ]


def test_name_variant_full_name_written_another_way() -> None:
    text = (
        "Pakistan's ambassador to China, Moin Haq, spoke on Tuesday.\n\n"
        "Moin Haque later left. Haq said little.\n"
    )
    assert run("NC101", read(text)) == [
        ("3:6", "“Haque” is spelled “Haq”, as on line 1:38; use one spelling"),
    ]


def test_name_variant_one_letter() -> None:
    text = "Prime Minister Benjamin Netanyahu spoke on Monday.\n\nNatanyahu later left.\n"
    assert run("NC101", read(text)) == [
        ("3:1", "“Natanyahu” is spelled “Netanyahu”, as on line 1:25; use one spelling"),
    ]


def test_name_variant_two_letters_swapped() -> None:
    text = (
        "Drug policy adviser Barry R. McCaffrey spoke on Monday.\n\n"
        "Moses supports McCaffery's plan. McCaffrey agreed.\n"
    )
    assert run("NC101", read(text)) == [
        ("3:16", "“McCaffery” is spelled “McCaffrey”, as on line 1:30; use one spelling"),
    ]


def test_name_variant_when_the_reader_made_two_people() -> None:
    text = "Cuban minister Arevic spoke first.\n\nMayra Arevich Marin then spoke.\n"
    assert run("NC101", read(text)) == [
        ("3:7", "“Arevich” is spelled “Arevic”, as on line 1:16; use one spelling"),
    ]


def test_name_variant_a_surname_with_an_honorific() -> None:
    text = (
        "Andy Clarke, the group's director of air transport, spoke on Monday.\n\n"
        '"Nothing has changed," Mr Clark said.\n'
    )
    assert run("NC101", read(text)) == [
        ("3:27", "“Clark” is spelled “Clarke”, as on line 1:6; use one spelling"),
    ]


def test_name_variant_a_misspelt_surname_ending_like_a_role_noun() -> None:
    # "-er" ends agent nouns and many family names: only listed roles are kept out
    text = (
        "Economist Karl Schneider spoke on Monday.\n\n"
        "Prices would rise, according to Schnieder. Schneider left.\n"
    )
    assert run("NC101", read(text)) == [
        ("3:33", "“Schnieder” is spelled “Schneider”, as on line 1:16; use one spelling"),
    ]


def test_name_variant_a_given_name_after_sir() -> None:
    text = "Bernard Ingham spoke on Monday.\n\nTo give Sir Bernad his dues, he was brief.\n"
    assert run("NC101", read(text)) == [
        ("3:13", "“Bernad” is spelled “Bernard”, as on line 1:1; use one spelling"),
    ]


def test_name_variant_a_description_sets_no_one_apart() -> None:
    # only offices keep two people apart; "the only Democrat to speak" is no office
    text = (
        "Rep. Lynn Woolsey, D-Calif., spoke on Monday. Woolsey left early.\n\n"
        '"It is for all boys," said Woosley, the only Democrat to speak in favor of the bill.\n'
    )
    assert run("NC101", read(text)) == [
        ("3:28", "“Woosley” is spelled “Woolsey”, as on line 1:11; use one spelling"),
    ]


def test_name_variant_the_less_used_spelling_is_flagged() -> None:
    # introduced once by full name, then twice the other way: the full name is the odd one
    text = 'Minister Ramesh Adhikary spoke.\n\n"Buyers came," Adhikari said. Adhikari left.\n'
    assert run("NC101", read(text)) == [
        ("1:17", "“Adhikary” is spelled “Adhikari”, as on line 3:16; use one spelling"),
    ]


def test_name_variant_house_list_sets_the_standard() -> None:
    text = "Navy spokesman Igor Dygalo spoke.\n\nIgor Dyagalo later left.\n"
    story = read(text)
    house = HouseStyle(names={"Igor Dyagalo": ()})
    assert run("NC101", story, house) == [
        ("1:21", "“Dygalo” is spelled “Dyagalo”, as on line 3:6; use one spelling"),
    ]
    assert run("NC101", story) == [
        ("3:6", "“Dyagalo” is spelled “Dygalo”, as on line 1:21; use one spelling"),
    ]


def test_name_variant_a_spelling_the_house_list_replaces_is_one_finding() -> None:
    text = "Navy spokesman Igor Dygalo spoke.\n\nIgor Dyagalo later left.\n"
    house = HouseStyle(names={"Igor Dyagalo": ("Igor Dygalo",)})
    config = CheckConfig(selection=Selection(select=("NC1",)), house=house)
    found = [(f.code, f"{f.line}:{f.column}") for f in check_article(read(text), config)]
    assert found == [("NC103", "1:16")]


@pytest.mark.parametrize(
    "text",
    [
        # second references
        "Moin Haq spoke. Haq added that Mr Haq agreed.\n",
        "Xi Jinping arrived. President Xi spoke.\n",
        "Michael Howard spoke. Mr Howard added that Mr. Howard agreed.\n",
        # two people sharing a family name
        "Wang Yi met Wang Yifei. Wang said talks went well.\n",
        # a capitalised word that merely looks like a short name
        "Ran Chengqi said Iran and Oman took part.\n",
        # a short form two people could share is not attached to either
        "Ali Haq and Omar Haq spoke. Haque disagreed.\n",
        # two people whose titles set them apart
        "President Reagan spoke on Monday.\n\n"
        "White House chief of staff Donald Regan said the talks went well. Regan left.\n",
    ],
)
def test_name_variant_leaves_alone(text: str) -> None:
    assert run("NC101", read(text)) == []


def test_name_variant_hand_built_people_without_forms() -> None:
    # a marked-up reader gives names and mentions only: the mentions are the forms
    text = "Arevic spoke. Arevich left.\n"
    assert run("NC101", article(text)) == []
    story = article(text, (person(text, "Arevic"), person(text, "Arevich")))
    assert run("NC101", replace(story, people=tuple(replace(p, forms=()) for p in story.people)))


# NC104 name forms ---------------------------------------------------------------------------


def test_name_form() -> None:
    text = (
        "Foreign Minister José Ramos met Moon Jae-in.\n\n"
        "Jose Ramos said Moon Jae In agreed.\n\nJOSE RAMOS ARRIVES\n"
    )
    story = read(text)
    assert run("NC104", story) == [
        ("3:1", "“Jose Ramos” is written “José Ramos” on line 1:18; use one form"),
        ("3:17", "“Moon Jae In” is written “Moon Jae-in” on line 1:33; use one form"),
    ]
    assert related("NC104", story) == [
        ["1:18 written “José Ramos” here"],
        ["1:33 written “Moon Jae-in” here"],
    ]


def test_name_form_house_list() -> None:
    text = "Foreign Minister Jose Ramos spoke.\n\nJosé Ramos said talks would go on.\n"
    story = read(text)
    assert run("NC104", story) == [
        ("3:1", "“José Ramos” is written “Jose Ramos” on line 1:18; use one form"),
    ]
    assert run("NC104", story, HouseStyle(names={"José Ramos": ()})) == [
        ("1:18", "“Jose Ramos” is written “José Ramos” on line 3:1; use one form"),
    ]
    # a form the house list replaces: NC103's one finding
    house = HouseStyle(names={"José Ramos": ("Jose Ramos",)})
    config = CheckConfig(selection=Selection(select=("NC1",)), house=house)
    found = [(f.code, f"{f.line}:{f.column}") for f in check_article(story, config)]
    assert found == [("NC103", "1:18")]


def test_name_form_leaves_a_capitalised_particle_at_a_sentence_start() -> None:
    text = "Alexander von Gernet testified on Monday.\n\nVon Gernet said von Gernet agreed.\n"
    assert run("NC104", read(text)) == []


# NC102 across articles ----------------------------------------------------------------------


def batch(texts: list[str], names: list[str]) -> list[tuple[str, str, str]]:
    stories = [
        article(t, (person(t, n),), path=f"{i}.txt")
        for i, (t, n) in enumerate(zip(texts, names, strict=True))
    ]
    config = CheckConfig(selection=Selection(select=("NC102",)))
    return [(f.path, f"{f.line}:{f.column}", f.message) for f in check_batch(stories, config)]


def test_across_articles_with_a_shared_role() -> None:
    texts = [
        "Navy spokesman Igor Dyagalo said the drill ended.\n",
        "Navy spokesman Igor Dyagalo spoke again.\n",
        "Navy spokesman Igor Dygalo said ships returned.\n",
    ]
    # one finding, on the less used spelling; the prevailing one is its related location
    assert batch(texts, ["Igor Dyagalo", "Igor Dyagalo", "Igor Dygalo"]) == [
        (
            "2.txt",
            "1:16",
            "“Igor Dygalo” is spelled “Igor Dyagalo” in 0.txt (line 1:16); use one spelling",
        ),
    ]


def test_across_articles_corroborated_by_an_organisation() -> None:
    texts = ["Igor Dyagalo of Gazprom said so.\n", "Igor Dygalo of Gazprom disagreed.\n"]
    stories = [
        replace(
            article(t, (person(t, n),), path=f"{i}.txt"),
            organisations=(Organisation("Gazprom", spans_of(t, "Gazprom")),),
        )
        for i, (t, n) in enumerate(zip(texts, ["Igor Dyagalo", "Igor Dygalo"], strict=True))
    ]
    config = CheckConfig(selection=Selection(select=("NC102",)))
    assert [f.path for f in check_batch(stories, config)] == ["1.txt"]  # a tie: the later


def test_across_articles_needs_corroboration() -> None:
    texts = ["Igor Dyagalo won the chess final.\n", "Igor Dygalo opened a bakery.\n"]
    assert batch(texts, ["Igor Dyagalo", "Igor Dygalo"]) == []


def test_across_articles_different_given_names_are_different_people() -> None:
    texts = ["Foreign minister Wang Yi said so.\n", "Foreign minister Wang Yifei said so.\n"]
    assert batch(texts, ["Wang Yi", "Wang Yifei"]) == []


# NC103 house list ----------------------------------------------------------------------------


def test_house_spelling() -> None:
    text = "Moin Haq met the Ministry Spokesman.\n\nMoin ul Haq left.\n"
    house = HouseStyle(
        names={"Moin ul Haq": ("Moin Haq",)}, titles={"spokesperson": ("spokesman",)}
    )
    assert run("NC103", article(text), house) == [
        ("1:1", "“Moin Haq” is written “Moin ul Haq” in house style"),
        ("1:27", "“Spokesman” is written “Spokesperson” in house style"),
    ]


# NC201 titles --------------------------------------------------------------------------------


def test_title_conflict_rank() -> None:
    text = (
        "Hisham Farouk, Deputy Minister of Higher Education of Egypt, spoke.\n\n"
        "Minister of Higher Education Hisham Farouk added more.\n"
    )
    story = article(
        text,
        (
            person(
                text,
                "Hisham Farouk",
                "Deputy Minister of Higher Education of Egypt",
                "Minister of Higher Education",
            ),
        ),
    )
    # the second title is also found inside the first; only the standalone one conflicts
    assert run("NC201", story) == [
        (
            "3:1",
            "Hisham Farouk is “Deputy Minister of Higher Education of Egypt” on line 1:16 "
            "but “Minister of Higher Education” here (the rank differs); use one title",
        ),
    ]


def test_title_conflict_a_title_at_every_mention_compares_each_title_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One person titled at each of 300 mentions: every title was compared with every
    # earlier one (45,000 comparisons, a 5 MB article of 58 mentions a name took seconds).
    from toolkit.checker.rules import title_conflict

    calls: list[int] = []
    compare = title_conflict.conflict

    def counting(*args: object) -> str | None:
        calls.append(1)
        return compare(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(title_conflict, "conflict", counting)
    text = (
        "\n\n".join(["Minister of Higher Education Hisham Farouk added more."] * 300)
        + "\n\nDeputy Minister of Higher Education Hisham Farouk spoke.\n"
    )
    titles = ("Deputy Minister of Higher Education", "Minister of Higher Education")
    story = article(text, (person(text, "Hisham Farouk", *titles),))
    assert run("NC201", story) == [
        (
            "601:1",
            "Hisham Farouk is “Minister of Higher Education” on line 1:1 but “Deputy Minister "
            "of Higher Education” here (the rank differs); use one title",
        ),
    ]
    assert len(calls) <= 2 * 301


@pytest.mark.parametrize(
    "titles",
    [
        ("Cuban Minister of Communications", "Communications Minister"),
        ("Foreign Minister", "Minister of Foreign Affairs"),
        ("Pakistan's ambassador to China", "ambassador"),
        ("minister", "party secretary"),
    ],
)
def test_title_compatible(titles: tuple[str, str]) -> None:
    text = f"{titles[0]} Ana Lima spoke.\n\n{titles[1]} Ana Lima left.\n"
    story = article(text, (person(text, "Ana Lima", *titles),))
    assert run("NC201", story) == []


def test_title_conflict_portfolio() -> None:
    text = "Communications Minister Ana Lima spoke.\n\nTransport Minister Ana Lima left.\n"
    story = article(
        text, (person(text, "Ana Lima", "Communications Minister", "Transport Minister"),)
    )
    assert run("NC201", story) == [
        (
            "3:1",
            "Ana Lima is “Communications Minister” on line 1:1 but “Transport Minister” "
            "here (the portfolio differs); use one title",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drug policy adviser Gen. Barry McCaffrey spoke on Monday.\n\n"
            "The plan was backed by Admiral McCaffrey and others.\n",
            (
                "3:24",
                "Barry McCaffrey is “Drug policy adviser Gen.” on line 1:1 but “Admiral” "
                "here (the office differs); use one title",
            ),
        ),
        (
            "NPC Chairman Qiao Shi met the delegation on Monday.\n\n"
            "NPC Vice-Chairman Qiao noted that ties were good.\n",
            (
                "3:1",
                "Qiao Shi is “NPC Chairman” on line 1:1 but “NPC Vice-Chairman” here "
                "(the rank differs); use one title",
            ),
        ),
        (
            "Russian President-elect Vladimir Putin arrived in London on Monday.\n\n"
            "Both President Putin and Blair spoke.\n",
            (
                "3:6",
                "Vladimir Putin is “Russian President-elect” on line 1:1 but “President” "
                "here (the status differs); use one title",
            ),
        ),
        (
            "Finance Minister Ana Lima spoke on Monday.\n\n"
            "Energy Minister Ana Lima left on Tuesday.\n",
            (
                "3:1",
                "Ana Lima is “Finance Minister” on line 1:1 but “Energy Minister” here "
                "(the portfolio differs); use one title",
            ),
        ),
        (
            "Premier Li Qiang spoke on Monday.\n\nGeneral Secretary Li Qiang left on Tuesday.\n",
            (
                "3:1",
                "Li Qiang is “Premier” on line 1:1 but “General Secretary” here "
                "(the office differs); use one title",
            ),
        ),
        (
            "Vice President Joe Biden spoke on Monday.\n\nPresident Joe Biden left on Tuesday.\n",
            (
                "3:1",
                "Joe Biden is “Vice President” on line 1:1 but “President” here "
                "(the rank differs); use one title",
            ),
        ),
        (
            "Mongolian Minister of External Relations Ana Lima spoke on Monday.\n\n"
            "Later, Deputy Minister Lima said ties were good.\n",
            (
                "3:8",
                "Ana Lima is “Mongolian Minister of External Relations” on line 1:1 but "
                "“Deputy Minister” here (the rank differs); use one title",
            ),
        ),
        (
            "Judge Arthur Engoron spoke on Monday.\n\n"
            "After a break, Justice Engoron took the bench.\n",
            (
                "3:16",
                "Arthur Engoron is “Judge” on line 1:1 but “Justice” here "
                "(the office differs); use one title",
            ),
        ),
        (
            "Former Senator John Tower led the board.\n\nSenator Tower told reporters.\n",
            (
                "3:1",
                "John Tower is “Former Senator” on line 1:1 but “Senator” here "
                "(the status differs); use one title",
            ),
        ),
    ],
)
def test_title_conflict_by_the_title_parts(text: str, expected: tuple[str, str]) -> None:
    story = read(text)
    assert run("NC201", story) == [expected]
    kept = expected[1].split(" is ")[1].split(" on ")[0]
    assert related("NC201", story) == [[f"1:1 {kept} here"]]


@pytest.mark.parametrize(
    "text",
    [
        "Drug policy adviser Gen. Barry McCaffrey spoke on Monday.\n\n"
        "The plan was backed by General McCaffrey and others.\n",
        "NPC Chairman Qiao Shi met the delegation on Monday.\n\n"
        "Chairman Qiao noted that ties were good.\n",
        # an acting president is called the president
        "Acting President Vladimir Putin arrived in London on Monday.\n\n"
        "President Putin and Blair spoke.\n",
        # a former post beside the present one
        "Former Finance Minister Ana Lima, now Energy Minister, spoke on Monday.\n\n"
        "Energy Minister Ana Lima left on Tuesday.\n",
        "UN Secretary-General Ban Ki-moon spoke on Monday.\n\n"
        "UN Secretary General Ban Ki-moon left on Tuesday.\n",
        "Lt. Gen. Ana Lima spoke on Monday.\n\nGen. Ana Lima left on Tuesday.\n",
        "Prime Minister Ana Lima spoke on Monday.\n\nActing President Ana Lima left on Tuesday.\n",
        # a country's president may be vice-president of an international body
        "Kenya's president Tomas Ruiz opened the summit on Monday.\n\n"
        "Ruiz, vice-president of the Organisation of the Islamic Conference, spoke later.\n",
        # a former post at another rank
        "Tomas Ruiz, executive vice president of Northbank, spoke on Monday.\n\n"
        "Ruiz, the former president of Westfield, left.\n",
        # no office: a champion then and now
        "Ana Lima, the former champion, won on Monday.\n\n"
        "Lima, Britain's 1992 Olympic champion, said she was happy.\n",
        # the office after "to" is another person's
        "Vice President Al Marsh spoke on Monday.\n\n"
        "Marsh, the likely heir apparent to President Ruiz, left.\n",
        # another rank in another body of the group: a career, not a contradiction
        "General manager of Northbank Co Ltd Ana Lima spoke on Monday.\n\n"
        "Deputy general manager of Westfield Northbank Co Ltd Ana Lima left on Tuesday.\n",
    ],
)
def test_title_compatible_by_the_title_parts(text: str) -> None:
    assert run("NC201", read(text)) == []


# NC301 / NC302 terms -------------------------------------------------------------------------


def test_quote_style() -> None:
    text = 'The "Green Corridor" plan.\n\nThe “Green Corridor” opens.\n\n"It works," he said.\n'
    assert run("NC301", article(text)) == [
        (
            "3:5",
            "This quotation is in curly quotes but 2 of the article's 3 are in straight quotes "
            "(lines 1:5, 5:1); use straight quotes",
        ),
    ]


def test_quote_style_any_quotation_carries_its_fix() -> None:
    # speech as well as terms; the odd quotation is the finding, the others are related
    text = '“We will go,” he said.\n\n“Soon,” she said.\n\n"Not yet," they said.\n'
    story = article(text)
    config = CheckConfig(selection=Selection(select=("NC301",)))
    [finding] = check_article(story, config)
    assert (finding.line, finding.column, finding.match) == (5, 1, '"Not yet,"')
    assert (finding.fix, finding.fix_safe) == ("“Not yet,”", True)
    assert [(r.line, r.column, r.message) for r in finding.related] == [
        (1, 1, "in curly quotes"),
        (3, 1, "in curly quotes"),
    ]


def test_quote_style_wire_marks_and_a_tie() -> None:
    # old wire ``...'' copy with one curly quotation; on a tie the first quotation decides
    wire = "``We will go,'' he said.\n\n``Soon,'' she said.\n\n“Not yet,” they said.\n"
    assert run("NC301", article(wire)) == [
        (
            "5:1",
            "This quotation is in curly quotes but 2 of the article's 3 are in AP-style quotes "
            "(lines 1:1, 3:1); use AP-style quotes",
        ),
    ]
    tie = 'The "Green Corridor" plan.\n\nThe “Blue Line” opens.\n'
    assert [place for place, _ in run("NC301", article(tie))] == ["3:5"]


def test_quote_style_clean_twin() -> None:
    # one style throughout, apostrophes, single quotes and inch marks are no quotation style
    text = (
        "“We will go,” he said of the ‘Green Corridor’.\n\n"
        "The 12\" pipe is the city's. “Soon,” she said.\n"
    )
    assert run("NC301", article(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials visited Qinghai Province on Monday.\n\nIn Qinghai province, farms grew.\n",
            [
                (
                    "3:4",
                    "“Qinghai province” is written “Qinghai Province” elsewhere (line 1:19); "
                    "use one casing",
                )
            ],
        ),
        # a sentence start capitalises the first word anyway
        ("He praised the new era.\n\nNew era policies began.\n", []),
        # a headline in title case is not evidence
        ("Digital Silk Road Plans Advance\n\nThe digital silk road grows.\n", []),
        # a phrase inside a longer name
        (
            "They studied Socialism with Chinese Characteristics for a New Era.\n\n"
            "A new era has begun.\n",
            [],
        ),
        # shouting capitals are not a casing choice
        ("The World Bank said.\n\nTHE WORLD BANK AGREED, he added.\n", []),
        ("NEW YORK, he said.\n\nThe New York office shut.\n", []),
        # the short name at the end of a longer one, written in lower case after "the"
        (
            "The Iroquois Grand Council had dissolved.\n\n"
            "Tradition required the grand council's consensus.\n",
            [
                (
                    "3:24",
                    "“grand council” is written “Grand Council” elsewhere (line 1:14); "
                    "use one casing",
                )
            ],
        ),
        (
            "The Cayuga Supreme Court sat.\n\nLawyers told the supreme court on Monday.\n",
            [
                (
                    "3:18",
                    "“supreme court” is written “Supreme Court” elsewhere (line 1:12); "
                    "use one casing",
                )
            ],
        ),
        # a plain description of the body is no slip; nor is it without "the"
        ("The Singapore Tourism Board said.\n\nLater the tourism board agreed.\n", []),
        ("The Iroquois Grand Council met.\n\nA grand council is rare.\n", []),
        # the lower case prevailing: the name's own capitals stand
        (
            "The Iroquois Grand Council met.\n\nThe grand council and the grand council spoke.\n",
            [],
        ),
    ],
)
def test_term_casing(text: str, expected: list[tuple[str, str]]) -> None:
    assert run("NC302", article(text)) == expected


def test_spelling_dialect() -> None:
    text = (
        "Flights were cancelled and the programme was halted.\n\n"
        "Airlines pay if flights are canceled, a good-neighbourly deal says.\n"
    )
    story = article(text)
    assert run("NC305", story) == [
        (
            "3:29",
            "“canceled” is not the British spelling the article uses (lines 1:14, 1:32, 3:46); "
            "write “cancelled”",
        ),
    ]
    config = CheckConfig(selection=Selection(select=("NC305",)))
    first = check_article(story, config)[0]
    assert (first.fix, first.fix_safe) == ("cancelled", False)  # a majority is no house rule
    assert [r.message for r in first.related] == ["British spelling"] * 3


@pytest.mark.parametrize(
    "text",
    [
        # one dialect throughout
        "Flights were cancelled and the programme was halted.\n\nThe neighbouring port shut.\n",
        # Oxford spelling: -ize with British -our is one house style, not a mix
        "The organization was honoured.\n\nIts colour was realized.\n",
        # names keep their own spelling; "tire" and "program" are words of both dialects
        "The Labor Party met in Pearl Harbor.\n\nThe colour program will tire them.\n",
        # a tie has no prevailing spelling
        "Flights were cancelled.\n\nFlights were canceled.\n",
    ],
)
def test_spelling_dialect_clean_twins(text: str) -> None:
    assert run("NC305", article(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. envoy arrived.\n\nHe discussed U.S. aid and US-Israel ties.\n",
            [("3:27", "“US” is written “U.S.” (lines 1:5, 3:14); use one form")],
        ),
        (
            "El Niño hit early.\n\nThe El Niño and El Nino years differ.\n",
            [("3:20", "“Nino” is written “Niño” (lines 1:4, 3:8); use one form")],
        ),
        (
            "Teenage boys and teenage girls met.\n\nThe teen-age boys left.\n",
            [("3:5", "“teen-age” is written “Teenage” (lines 1:1, 1:18); use one form")],
        ),
        (
            "The ObamaCare rules and ObamaCare costs.\n\nCritics of Obamacare spoke.\n",
            [("3:12", "“Obamacare” is written “ObamaCare” (lines 1:5, 1:25); use one form")],
        ),
        (
            "The omicron variant spread; omicron cases rose.\n\nHe feared Omicron.\n",
            [("3:11", "“Omicron” is written “omicron” (lines 1:5, 1:29); use one form")],
        ),
    ],
)
def test_term_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert run("NC306", article(text)) == expected


def test_term_forms_organisation_spelled_two_ways() -> None:
    text = (
        "The University of Macau opened a lab.\n\n"
        "Students of the University of Macau and a University of Macao team won.\n"
    )

    def body(name: str) -> Organisation:
        return Organisation(name, spans_of(text, name))

    story = replace(
        article(text),
        organisations=(body("University of Macau"), body("University of Macao")),
    )
    assert run("NC306", story) == [
        (
            "3:43",
            "“University of Macao” is written “University of Macau” (lines 1:5, 3:17); "
            "use one form",
        ),
    ]
    # clean twins: bodies whose names differ in a number, in two letters or in a place
    other = (
        "The 12th Army and the 13th Army met. The Bank of China and the Bank of Chile met. "
        "The Bank of Iran and the Bank of Iraq met.\n"
    )
    names = ("12th Army", "13th Army", "Bank of China", "Bank of Chile")
    story = replace(
        article(other),
        organisations=tuple(
            Organisation(n, spans_of(other, n)) for n in (*names, "Bank of Iran", "Bank of Iraq")
        ),
    )
    assert run("NC306", story) == []


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. envoy met U.S. aid staff.\n\nThey paid US$5 to www.us.gov.\n",
        # a caps headline, and a capital at a sentence start
        "US TROOPS LEAVE\n\nThe U.S. troops left. Omicron spread; omicron cases rose.\n",
        # everyday words capitalised inside a name: "the Supreme Court", "a court"
        "The Supreme Court ruled.\n\nA court in Ohio agreed, as did the Relations and "
        "Cooperation Treaty, then relations and cooperation grew.\n",
        "The Award-Giving Ceremony opened.\n\nThe award-giving ended.\n",
    ],
)
def test_term_forms_clean_twins(text: str) -> None:
    assert run("NC306", article(text)) == []


def test_term_casing_house_list() -> None:
    text = "The belt and road plan grew.\n"
    assert run("NC302", article(text), HouseStyle(terms=("Belt and Road",))) == [
        ("1:5", "“belt and road” is written “Belt and Road” in house style"),
    ]


# NC303 / NC304 quotes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will win, she said.\n',
            [("1:1", "This quotation is never closed; add the closing quote mark")],
        ),
        (
            "She said it was over.” Then she left.\n",
            [("1:22", "This closing quote mark has no opening quote mark")],
        ),
        (
            '“We will win," she said.\n',
            [("1:1", 'This quotation opens with “ but closes with "; use matching quote marks')],
        ),
        (
            "She said “”This is unfair,” and left.\n",
            [("1:10", "The quote mark “ is typed twice; use one mark")],
        ),
        (
            'She said "We ""must"" go" and left.\n',
            [("1:14", 'The quote mark " is typed twice (2 times in this paragraph); use one mark')],
        ),
        (
            'He said "we ran and she said "they ran" too.\n',
            [
                (
                    "1:9",
                    "This quotation is not closed before the next one opens (line 1:30); "
                    "add the closing quote mark",
                )
            ],
        ),
    ],
)
def test_unbalanced_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert run("NC303", article(text)) == expected


def test_quotation_never_closed_before_an_unquoted_paragraph() -> None:
    # the closing mark lost at a paragraph end: the next paragraph does not reopen it
    text = (
        'The envoy urged them to stop what "can prejudge the talks.\n\n'
        "He arrived on Sunday.\n\n"
        '"We hope," he said.\n'
    )
    story = article(text)
    assert run("NC303", story) == [
        ("1:35", "This quotation is never closed; add the closing quote mark"),
    ]
    config = CheckConfig(selection=Selection(select=("NC303",)))
    [finding] = check_article(story, config)
    assert (finding.end_line, finding.end_column, finding.match) == (1, 59, '"')


@pytest.mark.parametrize(
    "text",
    [
        # wire style: the quotation continues and the next paragraph reopens it
        '"We will win.\n\n"And we will win again," she said.\n',
        # a quotation over paragraphs that are not reopened (translated copy)
        "He said, “We know the task.\n\nBut we can do it.\n\nWe will.”\n",
        # wire style: each paragraph of a long quotation reopens it
        '"We know the task.\n\n"We can do it.\n\n"We will," he said.\n',
        # a closing mark after a space and before a comma closes, it does not open
        '"We know the task. We did an act ", he said.\n',
        # inch marks, apostrophes, old AP quotes, '' used both ways
        "A 12\" pipe and a 5\" one. It's the Smiths' house.\n",
        "``We won,'' he said. ''Again,'' she said.\n",
        # a lost paragraph break inside a long quotation
        '"Pensions must change. "People live longer," he said.\n',
    ],
)
def test_balanced_quotes(text: str) -> None:
    assert run("NC303", article(text)) == []


def test_quote_spacing() -> None:
    text = 'A “historic step”for all. He said“We go.” Then "the plan"was out.\n'
    assert run("NC304", article(text)) == [
        ("1:17", "Add a space after the closing quote mark ”"),
        ("1:33", "Add a space before the opening quote mark “"),
        ("1:57", 'Add a space after the closing quote mark "'),
    ]


def test_quote_spacing_leaves_uncertain_straight_marks() -> None:
    assert run("NC304", article('He said "yes"and "no.\n')) == []


# NC401-NC403 dates ----------------------------------------------------------------------------

DATED = "BEIJING, Nov. 9, 2022 -- "


def dated(body: str) -> Article:
    text = DATED + body + "\n"
    return article(text, line=dateline(text, "BEIJING, Nov. 9, 2022", dt.date(2022, 11, 9)))


def test_weekday_mismatch() -> None:
    story = dated("It opened on Wednesday, November 8, and today (Tuesday) it closed.")
    assert run("NC401", story) == [
        ("1:39", "November 8, 2022 is a Tuesday, not a Wednesday; check the day or the date"),
        ("1:66", "“today” is Wednesday, November 9, by the dateline, not Tuesday"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The attacks of Tuesday, Sept. 11, 2001 were recalled.",  # its own year
        "On Monday, the 10th anniversary of the law passed quietly.",  # not a date
        "It opened on Tuesday, November 8.",
    ],
)
def test_weekday_leaves_alone(body: str) -> None:
    assert run("NC401", dated(body)) == []


def test_weekday_needs_a_resolved_dateline() -> None:
    text = "It opened on Wednesday, November 8.\n"
    assert run("NC401", article(text)) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The fair was held in Beijing on the 11th.", True),
        ("The fair will be held in Beijing on the 11th.", False),  # future
        ("The fair was held in Beijing on the 8th.", False),  # earlier day
        ("The fair was held in Beijing on the 28th.", False),  # last month
        ("The fair was held on the 11th floor of the hotel.", False),  # not a date
        ("The fair was held on the 11th of last month.", False),
        ("In October, the fair was held on the 11th.", False),  # another month's 11th
    ],
)
def test_past_day_after_dateline(body: str, flagged: bool) -> None:
    found = run("NC402", dated(body))
    assert found == (
        [
            (
                "1:58",
                "“the 11th” is 2 days after the dateline (November 9) but the "
                "sentence reports it as past; check the date",
            )
        ]
        if flagged
        else []
    )


def yearless(written: str, month: int, day: int, body: str) -> Article:
    """A story under a dateline with a month and day but no year ("JERUSALEM, April 11")."""
    text = f"{written} (Xinhua) -- {body}\n"
    line = replace(
        dateline(text, written, dt.date(2000, month, day)),
        year=None,
        year_source=YearSource.UNKNOWN,
    )
    return article(text, line=line)


@pytest.mark.parametrize(
    ("written", "month", "day", "body", "expected"),
    [
        (
            "JERUSALEM, April 11",
            4,
            11,
            "The ministers met in Washington on April 16.",
            [("1:68", "“April 16” is 5 days after the dateline (April 11)")],
        ),
        (
            "MOSCOW, April 19",
            4,
            19,
            "A treaty went into force on 26 April, marking a start.",
            [("1:58", "“26 April” is 7 days after the dateline (April 19)")],
        ),
        (
            "BEIJING, December 11",
            12,
            11,
            "The forum was held from December 14 to 16 in the capital.",
            [("1:58", "“December 14” is 3 days after the dateline (December 11)")],
        ),
        # the year boundary: a January date under a December dateline is next year's
        (
            "MOSCOW, December 30",
            12,
            30,
            "The treaty was signed on January 2.",
            [("1:58", "“January 2” is 3 days after the dateline (December 30)")],
        ),
        (
            "BEIJING, February 10th",
            2,
            10,
            "Cadres attended the closing ceremony on the afternoon of the 12th.",
            [("1:93", "“the 12th” is 2 days after the dateline (February 10)")],
        ),
    ],
)
def test_past_date_after_a_yearless_dateline(
    written: str, month: int, day: int, body: str, expected: list[tuple[str, str]]
) -> None:
    suffix = " but the sentence reports it as past; check the date"
    story = yearless(written, month, day, body)
    assert run("NC402", story) == [(place, message + suffix) for place, message in expected]


@pytest.mark.parametrize(
    "body",
    [
        "The forum was held from December 8 to 12 in the capital.",  # a range around the day
        "The forum opened on December 10.",  # the day before
        "The forum will open on December 14.",  # a plan
        "Bids had to be in by December 14.",  # a deadline
        "Talks ran until December 14.",
        "Earlier this year, on January 3, the forum was held.",  # last January, it says so
        "The treaty was signed on December 14, 1997.",  # its own year
        "The treaty was signed on December 14 last year.",
        "The 12th Party Congress was held on the 9th.",  # "12th" is no day here
    ],
)
def test_past_date_after_a_yearless_dateline_clean_twins(body: str) -> None:
    assert run("NC402", yearless("BEIJING, December 11", 12, 11, body)) == []


def test_relative_day_mismatch() -> None:
    story = dated("It was signed yesterday (November 7). Talks end today, the 9th.")
    assert run("NC403", story) == [
        (
            "1:40",
            "By the dateline (November 9) yesterday is November 8, not what "
            "“yesterday (November 7)” says; check the day",
        ),
    ]


def test_relative_day_mismatch_under_a_yearless_dateline() -> None:
    story = yearless("BEIJING, April 11", 4, 11, "It was signed yesterday (April 9).")
    assert run("NC403", story) == [
        (
            "1:45",
            "By the dateline (April 11) yesterday is April 10, not what "
            "“yesterday (April 9)” says; check the day",
        ),
    ]
    assert (
        run("NC403", yearless("BEIJING, April 11", 4, 11, "It ended yesterday (April 10).")) == []
    )
    # a leap year would move the day before March 1
    assert run("NC403", yearless("BEIJING, March 1", 3, 1, "It ended yesterday (Feb. 27).")) == []


# NC501 / NC502 sentences ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It built a digital foundation At the same time, it grew.\n",
            [
                (
                    "1:20",
                    "A full stop seems to be missing before “At”: “foundation At” runs two "
                    "sentences together",
                )
            ],
        ),
        (
            "Output rose 5% However, costs rose too.\n",
            [
                (
                    "1:13",
                    "A full stop seems to be missing before “However”: “5% However” runs two "
                    "sentences together",
                )
            ],
        ),
        ("The court in The Hague ruled. He read the New York Times.\n", []),
        ("He met vice premier He Lifeng. Vice premier He said so.\n", []),
        ('"We built a foundation At the same time," he said.\n', []),  # inside a quotation
        ("Talks Resume At The Summit\n\nTalks resumed.\n", []),  # a headline
        ("Sales rose. The company grew.\n", []),
        # before a name the article writes without the opener elsewhere, or a person's name
        (
            "A White House aide spoke.\n\nHe shared their views The White House accused him.\n",
            [
                (
                    "3:17",
                    "A full stop seems to be missing before “The”: “views The” runs two "
                    "sentences together",
                )
            ],
        ),
        (
            "Edwin Moses ran.\n\nHe is not afraid of this issue And Moses was not afraid.\n",
            [
                (
                    "3:26",
                    "A full stop seems to be missing before “And”: “issue And” runs two "
                    "sentences together",
                )
            ],
        ),
        # clean twins: a name that always has its "The", a title, an opener that is a name
        ("He flew to The Hague.\n\nThe court in The Hague ruled.\n", []),
        ("He read the New York Times. He told The New York Times so.\n", []),
        ("She wrote Walking to the Public and On the Spirit of Arts.\n", []),
    ],
)
def test_run_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert run("NC501", article(text)) == expected


def test_run_on_leaves_an_opener_that_is_a_persons_name() -> None:
    text = "Police spoke to him about An and her sister.\n"
    assert run("NC501", article(text)) != []
    assert run("NC501", article(text, (person(text, "An"),))) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They put the figure at put the figure at 3 billion.\n",
            [("1:6", "The phrase “put the figure at” is repeated; delete one")],
        ),
        (
            "The the plan rose rose.\n",
            [
                ("1:1", "The word “The” is repeated; delete one"),
                ("1:14", "The word “rose” is repeated; delete one"),
            ],
        ),
        ("He had had enough. Sirhan Sirhan and Boutros Boutros-Ghali came.\n", []),
        ("Prices rose 10 10 percent.\n", []),
        ("It made a A$ 4 million profit. Smith vs qualifier\nQualifier vs Jones.\n", []),
        (
            "Growth would rise\nrise three pct.\n",
            [("1:14", "The word “rise” is repeated; delete one")],
        ),
    ],
)
def test_repeated_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert run("NC502", article(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A port port port opened.\n",
            [("1:3", "The word “port” is typed 3 times in a row; keep one")],
        ),
        (
            "Put the figure at put the figure at\nput the figure at 3.\n",
            [("1:1", "The phrase “Put the figure at” is typed 3 times in a row; keep one")],
        ),
        # a run broken by a blank line is two paragraphs, each with its own doubling
        ("the the the\n\nthe the\n", [
            ("1:1", "The word “the” is typed 3 times in a row; keep one"),
            ("3:1", "The word “the” is repeated; delete one"),
        ]),
    ],
)  # fmt: skip
def test_repeated_words_a_run_of_copies_is_one_finding(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert run("NC502", article(text)) == expected


def test_repeated_words_a_line_of_one_word_is_one_finding_with_one_fix() -> None:
    # 4.5 MB of one word made 450,000 findings (one per pair), 565 MB and 15 s.
    from toolkit.checker.fixes import apply_edits, certain_edits

    text = "BEIJING -- " + " ".join(["port"] * 100_000) + ".\n"
    config = CheckConfig(selection=Selection(select=("NC502",)))
    findings = check_article(article(text), config)
    assert [(f.start, f.end, f.message) for f in findings] == [
        (11, len(text) - 2, "The word “port” is typed 100,000 times in a row; keep one")
    ]
    assert apply_edits(text, certain_edits(findings)) == "BEIJING -- port.\n"


def test_engine_keeps_articles_only_for_batch_rules() -> None:
    from toolkit.checker.engine import iter_findings

    seen: list[str] = []

    def stories() -> Iterator[Article]:
        for i, text in enumerate(["A the the b.\n", "Igor Dyagalo, navy spokesman, spoke.\n"]):
            seen.append(f"read {i}")
            yield article(text, path=f"{i}.txt")

    config = CheckConfig(selection=Selection(select=("NC502",)))
    for finding in iter_findings(stories(), config):
        seen.append(f"{finding.path} {finding.code}")
    # article findings stream: the first article's finding comes before the second is read
    assert seen == ["read 0", "0.txt NC502", "read 1"]
