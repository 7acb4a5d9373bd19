"""Dateline conventions: each parser reads its own form exactly, and no other text."""

from __future__ import annotations

import pytest

from toolkit.readers.text.bylines import normal_case, parse_by_line, parse_names
from toolkit.readers.text.dateline import (
    PARSERS,
    canonical_agency,
    parse_afp,
    parse_ap,
    parse_chinese,
    parse_cnn,
    parse_cns,
    parse_dateline,
    parse_message_from,
    parse_nyt,
    parse_reuters,
    parse_reuters_1987,
    parse_xinhua_english,
    parse_xinhua_translated,
)

# line, style, agency, dateline text, place, qualifier, date text, (month, day, year),
# bylines as (name, role), start of the lede
CASES = [
    (
        "China News Service, Wuzhen, November 9th (Wang Yifei and Zhang Yuhuan) The 2022 World",
        "cns",
        "China News Service",
        "Wuzhen, November 9th",
        "Wuzhen",
        None,
        "November 9th",
        (11, 9, None),
        [("Wang Yifei", None), ("Zhang Yuhuan", None)],
        "The 2022",
    ),
    (
        "China News Service，Wuzhen，November 9th（Wang Yifei）The summit",
        "cns",
        "China News Service",
        "Wuzhen，November 9th",
        "Wuzhen",
        None,
        "November 9th",
        (11, 9, None),
        [("Wang Yifei", None)],
        "The summit",
    ),
    (
        "Xinhua News Agency, Beijing, February 10th (Reporter Yang Na) Reporters learned",
        "xinhua-translated",
        "Xinhua",
        "Beijing, February 10th",
        "Beijing",
        None,
        "February 10th",
        (2, 10, None),
        [("Yang Na", "Reporter")],
        "Reporters learned",
    ),
    (
        "Xinhua News Agency Beijing, January 3rd (Reporters Li Hua, Zhou Min) The plan",
        "xinhua-translated",
        "Xinhua",
        "Beijing, January 3rd",
        "Beijing",
        None,
        "January 3rd",
        (1, 3, None),
        [("Li Hua", "Reporter"), ("Zhou Min", "Reporter")],
        "The plan",
    ),
    (
        "Xinhua News Agency Beijing December 11th (Reporter Yang Na) Reporters learned",
        "xinhua-translated",
        "Xinhua",
        "Beijing December 11th",
        "Beijing",
        None,
        "December 11th",
        (12, 11, None),
        [("Yang Na", "Reporter")],
        "Reporters learned",
    ),
    (
        "Xinhua News Beijing June 5th, on June 5th, the library",
        "xinhua-translated",
        "Xinhua",
        "Beijing June 5th",
        "Beijing",
        None,
        "June 5th",
        (6, 5, None),
        [],
        "on June 5th",
    ),
    (
        "Xinhua News Agency, Beijing, February 10th--New members",
        "xinhua-translated",
        "Xinhua",
        "Beijing, February 10th",
        "Beijing",
        None,
        "February 10th",
        (2, 10, None),
        [],
        "New members",
    ),
    (
        "Message from Xinhua News Agency Nanchang on May 22 (journalist: Chen Yushan): In order",
        "message-from",
        "Xinhua",
        "Nanchang on May 22",
        "Nanchang",
        None,
        "May 22",
        (5, 22, None),
        [("Chen Yushan", "journalist")],
        "In order",
    ),
    (
        "Message from Xinhua News Agency Beijing on December 11: “The plan”",
        "message-from",
        "Xinhua",
        "Beijing on December 11",
        "Beijing",
        None,
        "December 11",
        (12, 11, None),
        [],
        "“The plan”",
    ),
    (
        "Report from Hunan Daily on May 20 (all-media journalist: Tang Ke), on May 19, the",
        "message-from",
        "Hunan Daily",
        "May 20",
        None,
        None,
        "May 20",
        (5, 20, None),
        [("Tang Ke", "all-media journalist")],
        "on May 19",
    ),
    (
        "BEIJING, Feb. 2 (Xinhua) -- A number of",
        "xinhua-english",
        "Xinhua",
        "BEIJING, Feb. 2",
        "Beijing",
        None,
        "Feb. 2",
        (2, 2, None),
        [],
        "A number",
    ),
    (
        "BEIDAIHE (Hebei), March 5 (Xinhua) -- China will",
        "xinhua-english",
        "Xinhua",
        "BEIDAIHE (Hebei), March 5",
        "Beidaihe",
        "Hebei",
        "March 5",
        (3, 5, None),
        [],
        "China will",
    ),
    (
        "JERUSALEM, April 11, 1999 (Xinhua) - A senior",
        "xinhua-english",
        "Xinhua",
        "JERUSALEM, April 11, 1999",
        "Jerusalem",
        None,
        "April 11, 1999",
        (4, 11, 1999),
        [],
        "A senior",
    ),
    (
        "WUZHEN, China, Nov 9 (Reuters) - The forum",
        "reuters",
        "Reuters",
        "WUZHEN, China, Nov 9",
        "Wuzhen",
        "China",
        "Nov 9",
        (11, 9, None),
        [],
        "The forum",
    ),
    (
        "    PEKING, March 3 - China said",
        "reuters-1987",
        None,
        "PEKING, March 3",
        "Peking",
        None,
        "March 3",
        (3, 3, None),
        [],
        "China said",
    ),
    (
        "    ROME, March 2  - Italy's strong",
        "reuters-1987",
        None,
        "ROME, March 2",
        "Rome",
        None,
        "March 2",
        (3, 2, None),
        [],
        "Italy's strong",
    ),
    (
        "WUZHEN, China (AP) — The forum",
        "ap",
        "AP",
        "WUZHEN, China",
        "Wuzhen",
        "China",
        None,
        (None, None, None),
        [],
        "The forum",
    ),
    (
        "\tWASHINGTON (AP) -- President",
        "ap",
        "AP",
        "WASHINGTON",
        "Washington",
        None,
        None,
        (None, None, None),
        [],
        "President",
    ),
    (
        "   SYRACUSE, N.Y. (AP) - New York acted",
        "ap",
        "AP",
        "SYRACUSE, N.Y.",
        "Syracuse",
        "N.Y.",
        None,
        (None, None, None),
        [],
        "New York",
    ),
    (
        "Wuzhen (China) (AFP) - The forum",
        "afp",
        "AFP",
        "Wuzhen (China)",
        "Wuzhen",
        "China",
        None,
        (None, None, None),
        [],
        "The forum",
    ),
    (
        "   SPARTA, Ga. _ For most",
        "nyt",
        None,
        "SPARTA, Ga.",
        "Sparta",
        "Ga.",
        None,
        (None, None, None),
        [],
        "For most",
    ),
    (
        "   ONONDAGA NATION _ Irving",
        "nyt",
        None,
        "ONONDAGA NATION",
        "Onondaga Nation",
        None,
        None,
        (None, None, None),
        [],
        "Irving",
    ),
    (
        "WASHINGTON (CNN) -- The Federal",
        "cnn",
        "CNN",
        "WASHINGTON",
        "Washington",
        None,
        None,
        (None, None, None),
        [],
        "The Federal",
    ),
    (
        "Beijing, Feb. 2 (Xinhua) -- Talks",
        "xinhua-english",
        "Xinhua",
        "Beijing, Feb. 2",
        "Beijing",
        None,
        "Feb. 2",
        (2, 2, None),
        [],
        "Talks",
    ),
    (
        "LONDON/NEW YORK, Nov 9 (Reuters) - Oil",
        "reuters",
        "Reuters",
        "LONDON/NEW YORK, Nov 9",
        "London/New York",
        None,
        "Nov 9",
        (11, 9, None),
        [],
        "Oil",
    ),
    (
        "XI'AN, May 4 (Xinhua) -- Farmers",
        "xinhua-english",
        "Xinhua",
        "XI'AN, May 4",
        "Xi'an",
        None,
        "May 4",
        (5, 4, None),
        [],
        "Farmers",
    ),
]


@pytest.mark.parametrize(
    (
        "line",
        "style",
        "agency",
        "text",
        "place",
        "qualifier",
        "date_text",
        "date",
        "bylines",
        "lede",
    ),
    CASES,
    ids=[case[1] + "-" + case[0].strip()[:24] for case in CASES],
)
def test_dateline_conventions(
    line: str,
    style: str,
    agency: str | None,
    text: str,
    place: str | None,
    qualifier: str | None,
    date_text: str | None,
    date: tuple[int | None, int | None, int | None],
    bylines: list[tuple[str, str | None]],
    lede: str,
) -> None:
    found = parse_dateline(line, 0, len(line))
    assert found is not None
    assert found.style == style
    assert found.agency == agency
    assert found.span.slice(line) == text
    assert found.place == place
    assert found.qualifier == qualifier
    assert found.date_text == date_text
    assert (found.month, found.day, found.year) == date
    assert [(b.name, b.role) for b in found.bylines] == bylines
    assert line[found.lede_start :].startswith(lede)
    assert not found.unclosed_byline
    if found.agency_span is not None:
        assert canonical_agency(found.agency_span.slice(line)) == agency
    if found.place_span is not None:
        assert normal_case(found.place_span.slice(line)) == place
    if found.date_span is not None:
        assert found.date_span.slice(line) == date_text
    for byline in found.bylines:
        assert byline.span is not None
        assert byline.span.slice(line) == byline.name


@pytest.mark.parametrize(
    ("line", "agency", "text", "place", "date", "bylines", "lede"),
    [
        (
            "中新社乌镇11月9日电（记者 王逸飞 张钰寰）2022年世界互联网大会",
            "China News Service",
            "乌镇11月9日",
            "乌镇",
            (11, 9),
            ["王逸飞", "张钰寰"],
            "2022年",
        ),
        (
            "新华社北京2月10日电（记者杨娜）记者获悉",
            "Xinhua",
            "北京2月10日",
            "北京",
            (2, 10),
            ["杨娜"],
            "记者获悉",
        ),
        ("新华社北京12月1日电 记者获悉", "Xinhua", "北京12月1日", "北京", (12, 1), [], "记者获悉"),
    ],
)
def test_chinese_script_datelines(
    line: str,
    agency: str,
    text: str,
    place: str,
    date: tuple[int, int],
    bylines: list[str],
    lede: str,
) -> None:
    found = parse_chinese(line, 0, len(line))
    assert found is not None
    assert found.style == "chinese"
    assert found.agency == agency
    assert found.span.slice(line) == text
    assert found.place == place
    assert (found.month, found.day, found.year) == (*date, None)
    assert [b.name for b in found.bylines] == bylines
    assert all(b.role == "记者" for b in found.bylines)
    assert line[found.lede_start :] == line[line.index(lede) :]
    assert line[found.lede_start :].startswith(lede)


def test_each_convention_has_its_own_parser() -> None:
    styles = {}
    for line, style, *_ in CASES:
        readers = [parser.__name__ for parser in PARSERS if parser(line, 0, len(line))]
        styles[style] = readers[0]
    assert styles == {
        "cns": parse_cns.__name__,
        "xinhua-translated": parse_xinhua_translated.__name__,
        "message-from": parse_message_from.__name__,
        "xinhua-english": parse_xinhua_english.__name__,
        "reuters": parse_reuters.__name__,
        "reuters-1987": parse_reuters_1987.__name__,
        "ap": parse_ap.__name__,
        "afp": parse_afp.__name__,
        "nyt": parse_nyt.__name__,
        "cnn": parse_cnn.__name__,
    }


@pytest.mark.parametrize(
    "line",
    [
        "The Senate last year refused to vote on the nomination.",
        "Air passengers who are unable to board their flights can now demand more.",
        "In Washington, March 3 was a cold day.",
        "Beijing, the capital, said on Monday it would act.",
        "",
        "(China) (AFP)",
        "By WILLIAM KATES",
    ],
)
def test_body_text_is_not_a_dateline(line: str) -> None:
    assert parse_dateline(line, 0, len(line)) is None


def test_unclosed_byline_bracket_reads_no_byline() -> None:
    line = "China News Service, Wuzhen, November 9th (Wang Yifei The forum opened."
    found = parse_cns(line, 0, len(line))
    assert found is not None
    assert found.unclosed_byline
    assert found.bylines == ()
    assert line[found.lede_start :] == "(Wang Yifei The forum opened."


def test_bracket_that_is_not_a_byline_stays_in_the_lede() -> None:
    line = "China News Service, Wuzhen, November 9th (photo) The forum opened."
    found = parse_cns(line, 0, len(line))
    assert found is not None
    assert found.bylines == ()
    assert line[found.lede_start :] == "(photo) The forum opened."


def test_parsers_only_read_within_the_bounds_given() -> None:
    text = "Headline\nBEIJING, Feb. 2 (Xinhua) -- Talks opened."
    start = text.index("BEIJING")
    found = parse_dateline(text, start, len(text))
    assert found is not None
    assert found.span.slice(text) == "BEIJING, Feb. 2"
    assert parse_dateline(text, start, start + 10) is None


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Xinhua News Agency", "Xinhua"),
        ("Xinhua  News", "Xinhua"),
        ("China News Network", "China News Service"),
        ("Associated Press", "AP"),
        ("Reuter", "Reuters"),
        ("Hunan Daily", "Hunan Daily"),
    ],
)
def test_canonical_agency(name: str, canonical: str) -> None:
    assert canonical_agency(name) == canonical


@pytest.mark.parametrize(
    ("words", "normal"),
    [
        ("WILLIAM KATES", "William Kates"),
        ("JAMES M. ODATO", "James M. Odato"),
        ("XI'AN", "Xi'an"),
        ("O'HARE", "O'Hare"),
        ("MCCURN", "McCurn"),
        ("WINSTON-SALEM", "Winston-Salem"),
        ("Laura Vecsey", "Laura Vecsey"),
    ],
)
def test_normal_case(words: str, normal: str) -> None:
    assert normal_case(words) == normal


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By WILLIAM KATES", [("William Kates", None)]),
        ("By Priya Raman and Tom Hollis", [("Priya Raman", None), ("Tom Hollis", None)]),
        (
            "By JANE DOE, Associated Press Writer",
            [("Jane Doe", "Associated Press Writer")],
        ),
    ],
)
def test_by_lines(line: str, names: list[tuple[str, str | None]]) -> None:
    bylines = parse_by_line(line, 0, len(line))
    assert bylines is not None
    assert [(b.name, b.role) for b in bylines] == names


@pytest.mark.parametrize("line", ["By the end of the year, prices rose.", "Byron Kates", "By"])
def test_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    assert parse_by_line(line, 0, len(line)) is None


def test_parse_names_refuses_anything_but_names() -> None:
    assert parse_names("China", 0, 5) == []
    assert parse_names("Wang Yifei said", 0, 15) == []
    text = "Reporters Li Hua、Zhou Min"
    assert [b.name for b in parse_names(text, 0, len(text))] == ["Li Hua", "Zhou Min"]
