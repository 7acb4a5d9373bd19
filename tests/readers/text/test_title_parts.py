"""A title split into role, organisation, country and modifiers, exactly.

The checker compares titles by these parts, so each row is one title as wire copy writes
it, including the long translated-Chinese chains ("Deputy Director General of Department
of Agriculture and Rural Affairs of Qinghai Province").
"""

from __future__ import annotations

import pytest

from toolkit.readers.text.title_parts import TitleParts, title_parts


def gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


ROWS = [
    ("", TitleParts(None, None, None, ())),
    ("Pakistan's ambassador to China", TitleParts("ambassador", None, "PK", ())),
    (
        "a past president of the National Academy of Sciences",
        TitleParts("president", "National Academy of Sciences", None, ("past",)),
    ),
    ("White House spokesman", TitleParts("spokesperson", "White House", None, ())),
    (
        "former Cuban Minister of Communications",
        TitleParts("minister", "Communications", "CU", ("former",)),
    ),
    ("Brazilian Finance Minister", TitleParts("minister", "Finance", "BR", ())),
    ("Kenyan President", TitleParts("president", None, "KE", ())),
    ("German Chancellor", TitleParts("chancellor", None, "DE", ())),
    ("British Prime Minister", TitleParts("prime minister", None, "GB", ())),
    ("Prime Minister", TitleParts("prime minister", None, None, ())),
    ("Vice President", TitleParts("vice president", None, None, ())),
    ("Deputy Mayor of Quito", TitleParts("mayor", "Quito", None, ("deputy",))),
    (
        "a spokeswoman for the Maritime Safety Administration",
        TitleParts("spokesperson", "Maritime Safety Administration", None, ()),
    ),
    ("former independent MP", TitleParts("mp", None, None, ("former",))),
    ("a 25-year-old doctor from Bolton", TitleParts("doctor", None, None, ())),
    # abbreviated titles stand for their role
    ("Sen.", TitleParts("senator", None, None, ())),
    ("Gen.", TitleParts("general", None, None, ())),
    # what makes one title another office: a status after or before the role, a rank's grade
    ("Russian President-elect", TitleParts("president", None, "RU", ("elect",))),
    ("ex-president", TitleParts("president", None, None, ("ex",))),
    ("Lt. Gen.", TitleParts("general", None, None, ("lieutenant",))),
    ("Major General", TitleParts("general", None, None, ("major",))),
    ("Justice", TitleParts("justice", None, None, ())),
    ("Justice Minister", TitleParts("minister", "Justice", None, ())),
    # a party tag has no role
    ("R-Texas", TitleParts(None, None, None, ())),
    pytest.param(
        "acting chief executive of Northbank Water",
        TitleParts("chief executive", "Northbank Water", None, ("acting",)),
        marks=gap("'chief executive' is read as role 'chief' and loses its organisation"),
    ),
    pytest.param(
        "Attorney General",
        TitleParts("attorney general", None, None, ()),
        marks=gap("the first word of a two-word role is taken for an organisation"),
    ),
    pytest.param(
        "U.S. Secretary of State",
        TitleParts("secretary", "State", "US", ()),
        marks=gap("'U.S.' gives no country (the title recogniser reads it as US)"),
    ),
]


@pytest.mark.parametrize(("title", "parts"), ROWS)
def test_parts(title: str, parts: TitleParts) -> None:
    assert title_parts(title) == parts


CHINESE_CHAINS = [
    (
        "Deputy Director General of Department of Agriculture and Rural Affairs of Qinghai "
        "Province",
        (
            "director-general",
            "Department of Agriculture and Rural Affairs of Qinghai Province",
            ("deputy",),
        ),
    ),
    (
        "Director General of the Department of Commerce of Yunnan Province",
        ("director-general", "Department of Commerce of Yunnan Province", ()),
    ),
    ("Vice Governor of Sichuan Province", ("governor", "Sichuan Province", ("vice",))),
    (
        "Secretary of the CPC Hunan Provincial Committee",
        ("secretary", "CPC Hunan Provincial Committee", ()),
    ),
]


@pytest.mark.parametrize(("title", "parts"), CHINESE_CHAINS)
def test_translated_chinese_chain_keeps_the_whole_organisation(
    title: str, parts: tuple[str, str, tuple[str, ...]]
) -> None:
    found = title_parts(title)
    assert (found.role, found.organisation, found.modifiers) == parts


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Director General of Department of Agriculture and Rural Affairs of Qinghai "
        "Province",
        "Vice Governor of Sichuan Province",
        "Secretary of the CPC Hunan Provincial Committee",
    ],
)
@gap("a Chinese province (or the CPC) in a title gives no country")
def test_translated_chinese_chain_gives_china(title: str) -> None:
    assert title_parts(title).country == "CN"


@gap("'New Jersey' in an organisation is read as the island of Jersey (JE)")
def test_a_us_state_in_an_organisation_is_not_jersey() -> None:
    found = title_parts("director of conservation for the New Jersey Audubon Society")
    assert (found.role, found.country) == ("director", None)
