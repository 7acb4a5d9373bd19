"""Credit lines, datelines with a year, site tags and web credits at the head of a story.

Every article here is made up; each test reads one convention end to end.
"""

from __future__ import annotations

import pytest

from toolkit.model import Span
from toolkit.readers.text import read_text
from toolkit.readers.text.bylines import parse_by_line, parse_names
from toolkit.readers.text.dateline import (
    outlet_agency,
    parse_compiled,
    parse_credit,
    parse_dated_credit,
    parse_dateline,
    parse_fused_credit,
    site_agency,
)
from toolkit.readers.text.headline import source_headline
from toolkit.writers.feeds import feed_entry
from toolkit.writers.item import headline_text
from toolkit.writers.options import WriterOptions
from toolkit.writers.record import record_dict


def _bylines(text: str) -> list[tuple[str, str | None]]:
    return [(b.name, b.role) for b in read_text(text).bylines]


def test_dateline_with_a_year_and_the_agency_bracketed_without_a_dash() -> None:
    text = (
        "Ferry Service Resumes on the Lake\n\n"
        "Dalian, March 3rd, 2021 (Xinhua) Title: Ferry Service Resumes on the Lake\n\n"
        "Edited by Meng Qiaowei, Tan Lusheng and Ruo Baiyi\n\n"
        "The first ferry left the pier at dawn on Wednesday.\n"
    )
    article = read_text(text)
    assert article.agency == "Xinhua"
    assert article.dateline is not None
    assert article.dateline.place == "Dalian"
    assert article.dateline.date_text == "March 3rd, 2021"
    assert article.dateline.date is not None
    assert article.dateline.date.isoformat() == "2021-03-03"
    assert _bylines(text) == [
        ("Meng Qiaowei", "editor"),
        ("Tan Lusheng", "editor"),
        ("Ruo Baiyi", "editor"),
    ]
    assert [p.name for p in article.people] == []


def test_agency_and_byline_share_the_dateline_bracket() -> None:
    line = "Lima, May 9th, 2019 (Xinhua, Quan Ruoxi) The mayor opened the bridge."
    found = parse_dated_credit(line, 0, len(line))
    assert found is not None
    assert (found.agency, found.place, found.date_text) == ("Xinhua", "Lima", "May 9th, 2019")
    assert (found.month, found.day, found.year) == (5, 9, 2019)
    assert [(b.name, b.role) for b in found.bylines] == [("Quan Ruoxi", None)]
    assert line[found.lede_start :] == "The mayor opened the bridge."
    assert parse_dated_credit("Lima, May 9 (Xinhua, photo) The mayor", 0, 36) is None


def test_from_credit_line_gives_agency_and_byline_but_no_dateline() -> None:
    text = (
        "Village Doctor Honoured for Flood Warning\n\n"
        "From Linhai Daily (reported by Sun Qiaomei) On May 4, the county honoured "
        "a village doctor who raised the alarm.\n"
    )
    article = read_text(text)
    assert article.agency == "Linhai Daily"
    assert article.dateline is None  # "On May 4" opens the lede: it is not a dateline date
    assert _bylines(text) == [("Sun Qiaomei", "reporter")]
    assert article.paragraphs[0].text.startswith("On May 4, the county honoured")
    assert "credit line with no place or date; no dateline" in article.notes


def test_outlet_credit_without_from_needs_a_role_in_the_bracket() -> None:
    line = "Harbin Evening News (Reporter Dou Menglan) The ice festival closed."
    found = parse_credit(line, 0, len(line))
    assert found is not None
    assert found.agency == "Harbin Evening News"
    assert (found.place, found.date_text) == (None, None)
    assert [(b.name, b.role) for b in found.bylines] == [("Dou Menglan", "Reporter")]
    assert line[found.lede_start :] == "The ice festival closed."
    bare = "Harbin Evening News (Dou Menglan) The ice festival closed."
    assert parse_credit(bare, 0, len(bare)) is None
    assert parse_dateline("City News (CN) said on Monday it would close.", 0, 45) is None


def test_reported_by_inside_a_cns_dateline_bracket() -> None:
    text = (
        "Port Reopens After Storm\n\n"
        "Chinanews.com, Colombo, June 2 (reported by Wen Shaoqi) The port reopened.\n"
    )
    article = read_text(text)
    assert article.agency == "China News Service"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date_text) == ("Colombo", "June 2")
    assert _bylines(text) == [("Wen Shaoqi", "reporter")]
    assert [p.name for p in article.people] == []


def test_compiled_report_has_a_day_and_no_agency() -> None:
    line = "(Comprehensive, 14th) The tourism board expects more visitors."
    found = parse_compiled(line, 0, len(line))
    assert found is not None
    assert (found.agency, found.place, found.date_text, found.day, found.month) == (
        None,
        None,
        "14th",
        14,
        None,
    )
    assert line[found.lede_start :] == "The tourism board expects more visitors."
    text = "Tourism Rebounds\n\n(General 3) The tourism board expects more visitors.\n"
    article = read_text(text)
    assert article.agency is None
    assert article.dateline is not None
    assert (article.dateline.date_text, article.dateline.date) == ("3", None)


def test_reporter_credit_fused_into_the_lede() -> None:
    text = (
        "Shoe Maker Founder Dies\n\n"
        "Southern Finance Network reporter Gao Minyue on March 8, announced through a "
        "statement that the founder of the company had died.\n"
    )
    article = read_text(text)
    assert article.agency == "Southern Finance"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date_text) == (None, "March 8")
    assert _bylines(text) == [("Gao Minyue", "reporter")]
    assert article.paragraphs[0].text.startswith("announced through a statement")
    assert "Gao Minyue" not in [p.name for p in article.people]
    line = "City Daily reporter Ma Lan on Monday said"
    assert parse_fused_credit(line, 0, len(line)) is None  # no month and day: no credit


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        ("Wind Farm Opens on the Coast - Xinhuanet", "Wind Farm Opens on the Coast", "Xinhuanet"),
        (
            "Wind Farm Opens on the Coast -- Xinhua Net",
            "Wind Farm Opens on the Coast",
            "Xinhua Net",
        ),
        ("Wind Farm Opens in Fujian-ChinaNews.com", "Wind Farm Opens in Fujian", "ChinaNews.com"),
        (
            "Wind Farm Opens - Latest News - Coastal Daily Online - 海风网",
            "Wind Farm Opens",
            "Latest News - Coastal Daily Online - 海风网",
        ),
        (
            "Wind Farm Opens - Harbour Business Network - Professional finance news website",
            "Wind Farm Opens",
            "Harbour Business Network - Professional finance news website",
        ),
        ("Hong Kong - Shenzhen rail link opens", "Hong Kong - Shenzhen rail link opens", None),
        ("Talks open - and stall", "Talks open - and stall", None),
    ],
)
def test_headline_site_tag_is_its_own_field(line: str, title: str, site: str | None) -> None:
    headline = source_headline(line, 0, len(line), True)
    assert headline is not None
    assert (headline.text, headline.site) == (title, site)
    assert headline.span == Span(0, len(title))


def test_site_tag_gives_the_agency_only_when_nothing_else_does() -> None:
    tagged = "Wind Farm Opens on the Coast - Xinhuanet\n\nThe farm has forty turbines.\n"
    article = read_text(tagged)
    assert article.agency == "Xinhua"
    assert article.headline is not None
    assert (article.headline.text, article.headline.site) == (
        "Wind Farm Opens on the Coast",
        "Xinhuanet",
    )
    record = record_dict(article, WriterOptions())
    assert record["headline"] == {
        "text": "Wind Farm Opens on the Coast",
        "start": 0,
        "end": 28,
        "site": "Xinhuanet",
    }
    dated = (
        "Wind Farm Opens on the Coast -Ecns.cn\n\n"
        "FUZHOU, July 2 (Xinhua) -- The farm has forty turbines.\n"
    )
    assert read_text(dated).agency == "Xinhua"
    unknown = "Wind Farm Opens - Harbour Business Network\n\nThe farm has forty turbines.\n"
    assert read_text(unknown).agency is None


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Harbour Business Network", "Harbour Business"),
        ("Xinhua Net", "Xinhua"),
        ("Linhai Daily", "Linhai Daily"),
        ("Chinanews.com", "China News Service"),
        ("Mekong News Agency", "Mekong News Agency"),
    ],
)
def test_outlet_agency_plain_names(name: str, agency: str) -> None:
    assert outlet_agency(name) == agency


def test_site_agency_names_only_known_agencies() -> None:
    assert site_agency("Latest News - Coastal Daily Online - 海风网") is None
    assert site_agency("Xinhua Net") == "Xinhua"
    assert site_agency("ecns.cn") == "China News Service"


def test_web_editor_credit_is_a_byline_only_when_nothing_else_credits() -> None:
    text = (
        "Lanterns Light Up the Old Town\n\n"
        "2024-02-24 09:12:05 [Source:Xinhua] [Editor:Bo Yunhe] Font:[Large Medium Small]\n\n"
        "Xinhua News Agency, Xi'an, February 23rd--Lanterns lit up the old town.\n"
    )
    assert _bylines(text) == [("Bo Yunhe", "editor")]
    credited = text.replace("February 23rd--", "February 23rd (Reporter Wu Tingfei) ")
    assert _bylines(credited) == [("Wu Tingfei", "Reporter")]


def test_feeds_and_items_get_the_title_without_its_site_tag() -> None:
    article = read_text(
        "Harbour Crane Record Set - Latest News - Coastal Daily Online\n\n"
        "NINGBO, May 2 (Xinhua) -- Cranes moved a record number of boxes.\n"
    )
    assert feed_entry(article, WriterOptions()).title == "Harbour Crane Record Set"
    assert headline_text(article) == "Harbour Crane Record Set"
    assert article.agency == "Xinhua"  # the dateline, not the site tag


def test_closing_list_of_journalists_gives_every_byline_and_leaves_the_body() -> None:
    text = (
        "Dam Holds After Storm\n\n"
        "WUHAN, July 3 (Xinhua) -- The dam held through the night.\n\n"
        "Workers stayed on the embankment until dawn.\n\n"
        "(Journalists engaging in the report: Hu Mingyan, Bao Rui, Qiu Lanfeng, Ge Tiansu, "
        "Jin Wenrou, Lu Pingchao, Ren Xiaodie and Xu Moyan)\n"
    )
    article = read_text(text)
    assert [b.name for b in article.bylines] == [
        "Hu Mingyan",
        "Bao Rui",
        "Qiu Lanfeng",
        "Ge Tiansu",
        "Jin Wenrou",
        "Lu Pingchao",
        "Ren Xiaodie",
        "Xu Moyan",
    ]
    assert {b.role for b in article.bylines} == {"journalist"}
    assert [p.text for p in article.paragraphs] == [
        "The dam held through the night.",
        "Workers stayed on the embankment until dawn.",
    ]
    assert [p.name for p in article.people] == []
    aside = text.replace("(Journalists engaging in the report:", "(Workers named:")
    assert read_text(aside).bylines == ()


@pytest.mark.parametrize(
    ("line", "style", "agency", "place", "bylines"),
    [
        (
            "Mekong News Agency, Vientiane, July 26 (Reporter Dao Minh) The ministry said.",
            "outlet",
            "Mekong News Agency",
            "Vientiane",
            [("Dao Minh", "Reporter")],
        ),
        (
            "Ecns.cn, Lhasa, July 26 (Li Nanfeng) The railway opened.",
            "cns",
            "China News Service",
            "Lhasa",
            [("Li Nanfeng", None)],
        ),
        (
            "Report from Jinan Daily (reported by Ma Lutao) The city said.",
            "credit",
            "Jinan Daily",
            None,
            [("Ma Lutao", "reporter")],
        ),
    ],
)
def test_outlet_credit_forms(
    line: str, style: str, agency: str, place: str | None, bylines: list[tuple[str, str]]
) -> None:
    found = parse_dateline(line, 0, len(line))
    assert found is not None
    assert (found.style, found.agency, found.place) == (style, agency, place)
    assert [(b.name, b.role) for b in found.bylines] == bylines
    assert not line[found.lede_start :].startswith(("(", ","))


def test_edited_by_line_may_credit_more_names_than_a_bracket() -> None:
    names = [
        "Hu Mingyan",
        "Bao Rui",
        "Qiu Lanfeng",
        "Ge Tiansu",
        "Jin Wenrou",
        "Lu Pingchao",
        "Ren Xiaodie",
        "Xu Moyan",
        "Pei Tongxue",
    ]
    line = "Edited by " + ", ".join(names[:-1]) + " and " + names[-1]
    bylines = parse_by_line(line, 0, len(line))
    assert bylines is not None
    assert [(b.name, b.role) for b in bylines] == [(name, "editor") for name in names]
    bracket = "(" + ", ".join(names) + ")"
    assert parse_names(bracket, 1, len(bracket) - 1) == []
