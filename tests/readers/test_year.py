"""The dateline year: its sources in order, and how conservatively the text is read."""

from __future__ import annotations

import pytest

from toolkit.model import YearSource
from toolkit.readers.text.language import detect_language
from toolkit.readers.text.year import resolve_year, year_from_text

SEED_LEDE = (
    "China News Service, Wuzhen, November 9th (Wang Yifei) The 2022 World Internet Conference "
    "Wuzhen Summit was held in Wuzhen on the 9th.\n"
)


def _resolve(
    dateline: int | None, option: int | None, metadata: int | None, text: str = SEED_LEDE
) -> tuple[int | None, YearSource]:
    lede_start = text.index(")") + 2
    return resolve_year(
        dateline_year=dateline,
        option_year=option,
        metadata_year=metadata,
        month=11,
        day=9,
        text=text,
        lede_start=lede_start,
    )


def test_sources_in_order() -> None:
    assert _resolve(2020, 2021, 2019) == (2020, YearSource.DATELINE)
    assert _resolve(None, 2021, 2019) == (2021, YearSource.OPTION)
    assert _resolve(None, None, 2019) == (2019, YearSource.METADATA)
    assert _resolve(None, None, None) == (2022, YearSource.TEXT)
    text = "BEIJING, Nov. 9 (Xinhua) -- Talks opened.\n"
    assert _resolve(None, None, None, text) == (None, YearSource.UNKNOWN)


@pytest.mark.parametrize(
    ("lede", "year"),
    [
        # an event named with its year, in a sentence that says which day it happened
        ("The 2022 World Internet Conference was held in Wuzhen on the 9th.", 2022),
        ("On November 9, “Smart Hunan” 2021 China Rail Summit opened in Zhuzhou.", 2021),
        ("The 2022 Wuzhen Summit opened today.", 2022),
        # a full date in the dateline's month
        ("Talks began on November 8, 2019, officials said.", 2019),
        ("Talks began on Nov. 9th, 2019, officials said.", 2019),
        ("Talks began on 2019-11-09, officials said.", 2019),
        ("会议于2022年11月9日在乌镇举行。", 2022),
        ("2022年世界互联网大会9日在乌镇举行。", 2022),
        # not tied to the day: unknown
        ("Reporters learned from the 2022 Graduates Employment Conference held here.", None),
        ("The 2022 World Cup was a success, officials said.", None),
        ("Exports rose in 2021 and will rise in 2022.", None),
        ("The 2021-2025 Plan was discussed on the 9th.", None),
        ("Prices fell 2022 points on the 9th.", None),
        # a full date in another month says nothing of this story's year
        ("The law took effect on March 1, 2020, and was applied on the 9th.", None),
        # two candidate years disagree: unknown
        ("The 2022 Summit and the 2023 Forum were held on the 9th.", None),
        ("Talks began on November 8, 2019 and ended on November 10, 2020.", None),
    ],
)
def test_year_from_text(lede: str, year: int | None) -> None:
    head = "Xinhua News Agency, Beijing, November 9th "
    assert year_from_text(head + lede, len(head), 11, 9) == year


def test_the_dateline_itself_never_ties_an_event_year_to_the_day() -> None:
    text = "Xinhua News Agency Beijing November 9th (Reporter Yang Na) The 2022 Graduates Fair."
    assert year_from_text(text, text.index("The 2022"), 11, 9) is None


def test_timestamp_line_above_the_dateline_counts() -> None:
    text = "2023-02-11 13:07:20 [Source:Xinhua]\n\nXinhua News Agency, Beijing, February 10th--New"
    assert year_from_text(text, text.index("New"), 2, 10) == 2023


def test_only_the_opening_of_the_text_is_read() -> None:
    opening = "BEIJING, Nov. 9 (Xinhua) -- " + "Talks went on. " * 400
    text = opening + "The 2022 Summit opened today."
    assert year_from_text(text, text.index("Talks"), 11, 9) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The forum opened in Wuzhen.", "en"),
        ("“Belt and Road” forum，opened。", "en"),
        ("2022年世界互联网大会在乌镇开幕。", "zh"),
        ("東京で会議が開かれた。", "ja"),
        ("서울에서 회의가 열렸다.", "ko"),
        ("Xinhua 新华社 reports: 会议在北京举行，代表们讨论了合作。", "zh"),
        ("12345 !!!", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
