"""read_text end to end: the user's seed, every seed convention, the corpus, and bad input."""

from __future__ import annotations

import codecs
import hashlib
import time
from pathlib import Path

import pytest

from tests.conftest import SEED, SEEDS
from toolkit.errors import InputError
from toolkit.model import Article, Byline, Headline, Span, YearSource
from toolkit.readers.options import ReaderOptions
from toolkit.readers.text import read_text
from toolkit.readers.text.decoding import decode
from toolkit.readers.text.head import read_head
from toolkit.readers.text.headline import derived_headline
from toolkit.readers.text.layout import paragraphs as layout_paragraphs

CASES = Path(__file__).resolve().parent.parent / "cases" / "articles"


def _read(path: Path, **options: object) -> Article:
    return read_text(path.read_bytes(), ReaderOptions(source_path=str(path), **options))  # type: ignore[arg-type]


# --- the user's seed ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Article:
    return read_text(SEED.read_bytes(), ReaderOptions(source_path="seeds/000_bd3756564a4685f9.txt"))


def test_seed_identity_and_source(seed: Article) -> None:
    raw = SEED.read_bytes()
    assert seed.id == "000_bd3756564a4685f9"
    assert seed.text == raw.decode("utf-8")
    assert seed.source.path == "seeds/000_bd3756564a4685f9.txt"
    assert seed.source.sha256 == hashlib.sha256(raw).hexdigest()
    assert seed.source.encoding == "utf-8"
    assert seed.source.format == "text"
    assert seed.language == "en"


def test_seed_agency_dateline_and_bylines(seed: Article) -> None:
    assert seed.agency == "China News Service"
    assert seed.agency_span == Span(0, 18)
    dateline = seed.dateline
    assert dateline is not None
    assert dateline.text == "Wuzhen, November 9th"
    assert dateline.span == Span(20, 40)
    assert dateline.place == "Wuzhen"
    assert dateline.place_span == Span(20, 26)
    assert dateline.country == "CN"
    assert dateline.date_text == "November 9th"
    assert dateline.date_span == Span(28, 40)
    assert (dateline.month, dateline.day, dateline.year) == (11, 9, 2022)
    assert dateline.year_source is YearSource.TEXT
    assert str(dateline.date) == "2022-11-09"
    assert seed.bylines == (
        Byline("Wang Yifei", Span(42, 52)),
        Byline("Zhang Yuhuan", Span(57, 69)),
    )
    assert seed.notes == ("dateline year 2022 taken from the text",)


def test_seed_has_no_headline_but_a_derived_one(seed: Article) -> None:
    assert seed.headline is None
    assert seed.derived_headline == Headline(
        'The 2022 World Internet Conference Wuzhen Summit "Belt and Road"',
        None,
        derived=True,
    )


def test_seed_paragraphs(seed: Article) -> None:
    lines = seed.text.split("\n")
    lede = lines[0][lines[0].index("The 2022") :]
    # indented lines start paragraphs; unindented lines after them continue the paragraph;
    # the unindented blocks before the first indented line are paragraphs of their own
    expected_lines = [[1], [3], [5, 7], [9, 11], [13, 15], [17], [19, 21], [23, 25]]
    expected = [
        " ".join(lede if number == 1 else lines[number - 1].strip() for number in group)
        for group in expected_lines
    ]
    assert [p.text for p in seed.paragraphs] == expected
    assert [p.line for p in seed.paragraphs] == [group[0] for group in expected_lines]
    assert seed.paragraphs[0].text.startswith("The 2022 World Internet Conference")
    assert seed.paragraphs[2].text == (
        "At present, the digital economy has increasingly become an important driving force "
        "for global economic growth. While new technologies bring new ways and opportunities, "
        "they also bring unprecedented challenges."
    )
    assert seed.paragraphs[0].span == Span(71, 207)
    assert seed.paragraphs[-1].span.end == len(seed.text.rstrip())


def test_seed_year_comes_from_the_options_first() -> None:
    article = read_text(SEED.read_bytes(), ReaderOptions(year=2021, metadata_year=2020))
    assert article.dateline is not None
    assert (article.dateline.year, article.dateline.year_source) == (2021, YearSource.OPTION)
    article = read_text(SEED.read_bytes(), ReaderOptions(metadata_year=2020))
    assert article.dateline is not None
    assert (article.dateline.year, article.dateline.year_source) == (2020, YearSource.METADATA)
    assert article.notes == ()


def test_seed_entities_come_from_extract_entities(seed: Article) -> None:
    # people found by the entity finder never include the bylined reporters
    assert all(person.name not in {"Wang Yifei", "Zhang Yuhuan"} for person in seed.people)


def test_id_option_and_default() -> None:
    data = SEED.read_bytes()
    assert read_text(data).id == "article"
    assert read_text(data, ReaderOptions(id="Wuzhen Forum 2022")).id == "wuzhen-forum-2022"
    assert read_text(data, ReaderOptions(source_path="in/My Story.TXT")).id == "my-story"
    assert read_text(data).source.path is None


# --- every seed -----------------------------------------------------------------------------

# file: agency, place, country, (month, day, year), year source, bylines, has headline
SEED_EXPECTATIONS = {
    "000_bd3756564a4685f9.txt": (
        "China News Service",
        "Wuzhen",
        "CN",
        (11, 9, 2022),
        YearSource.TEXT,
        ["Wang Yifei", "Zhang Yuhuan"],
        False,
    ),
    "001_cns_harbin_ice_festival.txt": (
        "China News Service",
        "Harbin",
        "CN",
        (1, 5, 2024),
        YearSource.TEXT,
        ["Li Mingxuan", "Zhao Ruoxi"],
        False,
    ),
    "002_xinhua_translated_hefei_quantum_lab.txt": (
        "Xinhua",
        "Hefei",
        "CN",
        (3, 14, None),
        YearSource.UNKNOWN,
        ["Sun Jiaqi"],
        True,
    ),
    "003_xinhua_message_from_nanchang_porcelain.txt": (
        "Xinhua",
        "Nanchang",
        "CN",
        (5, 22, None),
        YearSource.UNKNOWN,
        ["Chen Yushan"],
        True,
    ),
    "004_xinhua_english_gansu_desert_solar.txt": (
        "Xinhua",
        "Lanzhou",
        "CN",
        (9, 18, None),
        YearSource.UNKNOWN,
        [],
        True,
    ),
    "005_reuters_singapore_port_automation.txt": (
        "Reuters",
        "Singapore",
        "SG",
        (10, 3, None),
        YearSource.UNKNOWN,
        ["Priya Raman"],
        True,
    ),
    "006_reuters_1987_peking_steel_imports.txt": (
        "Reuters",
        "Peking",
        "CN",
        (3, 3, None),
        YearSource.UNKNOWN,
        [],
        True,
    ),
    "007_ap_duluth_lake_superior_ice.txt": (
        "AP",
        "Duluth",
        "US",
        (None, None, None),
        YearSource.UNKNOWN,
        ["Margaret Ellison"],
        True,
    ),
    "008_afp_valparaiso_fishing_quotas.txt": (
        "AFP",
        "Valparaiso",
        "CL",
        (None, None, None),
        YearSource.UNKNOWN,
        [],
        True,
    ),
    "009_nyt_news_service_sparta_cotton_gin.txt": (
        "New York Times News Service",
        "Sparta",
        "US",
        (None, None, None),
        YearSource.UNKNOWN,
        ["Martha Calloway"],
        True,
    ),
    "010_cnn_washington_drone_rules.txt": (
        "CNN",
        "Washington",
        "US",
        (None, None, None),
        YearSource.UNKNOWN,
        [],
        True,
    ),
    "011_no_dateline_headline_library_fines.txt": (
        None,
        None,
        None,
        None,
        None,
        [],
        True,
    ),
    "012_hunan_daily_zhuzhou_rail_expo.txt": (
        "Hunan Daily",
        None,
        None,
        (5, 20, None),
        YearSource.UNKNOWN,
        ["Peng Xiaoyu"],
        True,
    ),
    "013_xinhua_news_beijing_library_open.txt": (
        "Xinhua",
        "Beijing",
        "CN",
        (6, 5, None),
        YearSource.UNKNOWN,
        [],
        True,
    ),
    "014_xinhua_dash_beijing_seed_bank.txt": (
        "Xinhua",
        "Beijing",
        "CN",
        (9, 11, 2023),
        YearSource.TEXT,
        ["Luo Qian"],  # the page's "[Editor:...]" credit, the only credit block
        True,
    ),
}


def test_every_seed_file_has_expectations() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(SEED_EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_files_parse(name: str) -> None:
    agency, place, country, date, year_source, bylines, has_headline = SEED_EXPECTATIONS[name]
    article = _read(SEEDS / name)
    assert article.agency == agency
    assert [b.name for b in article.bylines] == bylines
    assert (article.headline is not None) is has_headline
    assert (article.derived_headline is None) is has_headline
    if date is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert article.dateline.place == place
        assert article.dateline.country == country
        assert (article.dateline.month, article.dateline.day, article.dateline.year) == date
        assert article.dateline.year_source is year_source
    assert article.paragraphs
    assert article.language == "en"
    words = sum(len(p.text.split()) for p in article.paragraphs)
    assert 200 <= words <= 600


def test_seed_headlines_and_front_matter() -> None:
    nyt = _read(SEEDS / "009_nyt_news_service_sparta_cotton_gin.txt")
    assert nyt.headline is not None
    assert nyt.headline.text == "TOWN SPLIT OVER FUTURE OF OLD COTTON GIN"
    assert nyt.headline.span is not None
    assert nyt.headline.span.slice(nyt.text) == nyt.headline.text
    assert nyt.paragraphs[0].text.startswith("For most of the last century")
    assert not any("c.1999" in p.text or "For use by" in p.text for p in nyt.paragraphs)
    assert len(nyt.paragraphs) == 10
    assert nyt.agency_span is not None
    assert nyt.agency_span.slice(nyt.text) == "New York Times News Service"

    reuters = _read(SEEDS / "006_reuters_1987_peking_steel_imports.txt")
    assert len(reuters.paragraphs) == 9
    assert reuters.paragraphs[-1].text.endswith("second quarter.")
    assert reuters.agency_span is not None
    assert reuters.agency_span.slice(reuters.text) == "Reuter"

    web = _read(SEEDS / "014_xinhua_dash_beijing_seed_bank.txt")
    assert web.headline is not None
    assert web.headline.text == (
        "National crop gene bank adds 30,000 seed samples in first year of new facility"
    )
    assert web.headline.site == "Scrolling News - Hunan Daily Online"
    assert web.paragraphs[0].text.startswith("The new National Crop Germplasm Bank")
    assert web.paragraphs[0].line == 7
    assert web.notes == (
        "line 3 above the dateline is not body text",
        "dateline year 2023 taken from the text",
    )


# --- fixtures for awkward input -------------------------------------------------------------


def test_unbalanced_byline_bracket() -> None:
    article = _read(CASES / "unbalanced_byline.txt")
    assert article.agency == "China News Service"
    assert article.dateline is not None
    assert article.dateline.place == "Wuzhen"
    assert article.bylines == ()
    assert article.paragraphs[0].text.startswith("(Wang Yifei The 2022 Wuzhen Summit")
    assert "the bracket after the dateline is never closed; no byline read" in article.notes


def test_text_without_dateline_or_headline() -> None:
    article = _read(CASES / "no_dateline_body_only.txt")
    assert article.dateline is None
    assert article.agency is None
    assert article.headline is None
    assert article.derived_headline == Headline(
        "City councillors voted on Tuesday to close the old swimming pool", None, derived=True
    )
    assert [p.line for p in article.paragraphs] == [1, 3, 5]
    assert article.notes == ("no dateline found",)


def test_year_written_in_the_dateline() -> None:
    article = _read(CASES / "dateline_with_year.txt", year=1999)
    assert article.dateline is not None
    assert article.dateline.text == "PHNOM PENH, March 8, 2021"
    assert article.dateline.place == "Phnom Penh"
    assert article.dateline.country == "KH"
    assert (article.dateline.year, article.dateline.year_source) == (2021, YearSource.DATELINE)
    assert article.headline is not None
    assert article.headline.text == "Talks Resume on River Treaty"
    assert [p.text for p in article.paragraphs] == [
        "Officials from four countries resumed talks on Monday on a treaty governing the use "
        "of the Mekong River, the Cambodian foreign ministry said.",
        "The talks had been suspended for two years.",
    ]


def test_headline_then_a_lede_of_several_sentences() -> None:
    article = _read(CASES / "headline_then_lede_sentence.txt")
    assert article.headline == Headline(
        "Harvest festival draws record crowds in Lijiang", Span(0, 47)
    )
    assert article.derived_headline is None
    assert article.paragraphs[0].text.startswith("The three-day festival opened on Friday.")


def test_crlf_input_keeps_line_numbers() -> None:
    raw = SEED.read_bytes().replace(b"\n", b"\r\n")
    article = read_text(raw)
    assert "\r" not in article.text
    assert article.text == SEED.read_text(encoding="utf-8")
    assert [p.line for p in article.paragraphs] == [1, 3, 5, 9, 13, 17, 19, 23]
    assert article.source.sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + SEED.read_bytes(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SEED.read_text(encoding="utf-8").encode("utf-16-le"), "utf-16"),
    ],
)
def test_bom_encodings_read_the_same(raw: bytes, encoding: str) -> None:
    article = read_text(raw)
    assert article.source.encoding == encoding
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.agency == "China News Service"
    assert len(article.paragraphs) == 8


def test_gb18030_chinese_text() -> None:
    text = (
        "中新社乌镇11月9日电（记者 王逸飞）2022年世界互联网大会在乌镇开幕。\n\n"
        "与会代表讨论了数字经济。\n"
    )
    article = read_text(text.encode("gb18030"))
    assert article.source.encoding == "gb18030"
    assert article.text == text
    assert article.language == "zh"
    assert article.agency == "China News Service"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.country) == ("乌镇", "CN")
    assert (article.dateline.month, article.dateline.day) == (11, 9)
    assert article.bylines == (Byline("王逸飞", Span(15, 18), "记者"),)
    assert [p.text for p in article.paragraphs] == [
        "2022年世界互联网大会在乌镇开幕。",
        "与会代表讨论了数字经济。",
    ]


def test_chinese_year_from_the_text() -> None:
    text = (
        "中新社乌镇11月9日电（记者 王逸飞 张钰寰）2022年世界互联网大会乌镇峰会"
        "“一带一路”互联网国际合作论坛9日在乌镇举行。\n"
    )
    article = read_text(text)
    assert article.dateline is not None
    assert (article.dateline.year, article.dateline.year_source) == (2022, YearSource.TEXT)
    assert [b.name for b in article.bylines] == ["王逸飞", "张钰寰"]
    assert article.derived_headline == Headline(
        "2022年世界互联网大会乌镇峰会“一带一路”互联网国际合作论坛9日在乌镇举行", None, derived=True
    )


def test_full_width_punctuation_and_no_break_spaces_in_the_dateline() -> None:
    text = "China News Service，Wuzhen，November\u00a09th（Wang Yifei）The forum opened.\n"
    article = read_text(text)
    assert article.dateline is not None
    assert article.dateline.date_text == "November\u00a09th"
    assert [b.name for b in article.bylines] == ["Wang Yifei"]
    assert article.paragraphs[0].text == "The forum opened."


def test_xml_forbidden_characters_are_kept_so_spans_match_the_source() -> None:
    text = "BEIJING, Feb. 2 (Xinhua) -- Talks\x0c opened.\x0c\n\nMore\x0b text.\x0c\n"
    article = read_text(text)
    assert article.text == text
    assert article.paragraphs[1].text == "More text."


UNDECODABLE = (
    "cannot decode as UTF-8 (invalid byte 0x81 at offset 3) nor as cp1252, gb18030, big5; "
    "name the encoding with --encoding"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty article"),
        (b" \n\t\r\n ", "empty article"),
        ("", "empty article"),
        (b"\x00\x01\x02binary\x00", "binary file, not text"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file, not text"),
        (b"caf\x81\xff", UNDECODABLE),
    ],
)
def test_bad_input_is_a_clear_input_error(data: bytes | str, message: str) -> None:
    with pytest.raises(InputError) as error:
        read_text(data)
    assert str(error.value) == message


def test_large_input_is_refused_by_size_before_any_work() -> None:
    data = b"x" * (50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(InputError) as error:
        read_text(data, ReaderOptions(max_bytes=1024 * 1024))
    assert time.perf_counter() - started < 0.5
    assert str(error.value) == "input is 52,428,800 bytes, over the 1,048,576 byte limit"


PATHOLOGICAL = {
    "5MB-one-word": "x" * 5_000_000,
    "5MB-one-line": ("word " * 1_000_000).strip(),
    "100k-lines": "line\n" * 100_000,
    "100k-mixed-indent": "  indented\nunindented\n\n" * 50_000,
    "1M-brackets": "(" * 1_000_000,
    "100k-datelines": "BEIJING, Feb. 2 (Xinhua) -- Talks.\n" * 100_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_stays_linear_in_the_reader_stages(name: str) -> None:
    text = PATHOLOGICAL[name]
    started = time.perf_counter()
    decoded = decode(text.encode("utf-8"), 64 * 1024 * 1024)
    head = read_head(decoded.text)
    found = layout_paragraphs(decoded.text, head.body_start, head.body_end)
    derived_headline(found[0].text)
    # generous for a loaded machine; quadratic work on these inputs takes minutes
    assert time.perf_counter() - started < 5
    assert found


@pytest.mark.parametrize("name", ["5MB-one-word", "1M-brackets", "100k-lines", "100k-mixed-indent"])
def test_pathological_input_read_end_to_end(name: str) -> None:
    started = time.perf_counter()
    article = read_text(PATHOLOGICAL[name])
    assert time.perf_counter() - started < 10
    assert article.paragraphs


# --- corpus (read-only, never copied) --------------------------------------------------------

CORPUS_EXPECTATIONS = {
    "duc2006_APW20000801.0110.txt": ("AP", "Syracuse", "US", ["William Kates"]),
    "duc2006_NYT19990528.0026.txt": (
        "New York Times News Service",
        "Seattle",
        "US",
        ["Laura Vecsey"],
    ),
    "duc2006_XIE19970305.0101.txt": ("Xinhua", "Beidaihe", "CN", []),
    "reuters21578_00340.txt": ("Reuters", "Rome", "IT", []),
    "wmt22zhen_1412-1418.txt": ("Xinhua", "Kunming", "CN", ["Lin Bifeng"]),
    "wmt22zhen_1742-1749.txt": ("Hunan Daily", None, None, ["Zhou Zhiheng"]),
    "bbc_business_015.txt": (None, None, None, []),
    "newspaper4k_cnn_002.txt": (None, None, None, []),
}


@pytest.mark.corpus
def test_corpus_files_read(corpus_files: list[Path]) -> None:
    assert corpus_files
    for path in corpus_files:
        article = _read(path)
        assert article.paragraphs, path.name
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.span.slice(article.text).split()) == paragraph.text
        if path.name in CORPUS_EXPECTATIONS:
            agency, place, country, bylines = CORPUS_EXPECTATIONS[path.name]
            assert article.agency == agency, path.name
            assert [b.name for b in article.bylines] == bylines, path.name
            if place is None:
                assert article.dateline is None or article.dateline.place is None, path.name
            else:
                assert article.dateline is not None, path.name
                assert (article.dateline.place, article.dateline.country) == (place, country)


def test_headline_directly_above_the_dateline() -> None:
    article = read_text(
        "Talks Resume on River Treaty\nPHNOM PENH, March 8 (Xinhua) -- Officials met.\n"
    )
    assert article.headline == Headline("Talks Resume on River Treaty", Span(0, 28))
    assert [p.text for p in article.paragraphs] == ["Officials met."]


def test_writer_line_under_a_byline_is_front_matter() -> None:
    article = read_text(
        "Ice melts early\n\nBy MARGARET ELLISON\nAssociated Press Writer\n\n"
        "DULUTH, Minn. (AP) — Ice melted.\n"
    )
    assert [b.name for b in article.bylines] == ["Margaret Ellison"]
    assert article.notes == ()
    assert [p.text for p in article.paragraphs] == ["Ice melted."]


def test_body_lines_without_blank_line_are_not_a_headline() -> None:
    article = read_text("First line of the body without a stop\ncontinues here.\n\nMore.\n")
    assert article.headline is None
    assert [p.text for p in article.paragraphs] == [
        "First line of the body without a stop continues here.",
        "More.",
    ]


@pytest.mark.parametrize(
    ("lede", "headline"),
    [
        # the twelve-word cut would split "Greater Harbin Area Development Zone"
        (
            "Officials from the Ministry of Agriculture met farmers in the Greater Harbin Area "
            "Development Zone today to talk about seed prices.",
            "Officials from the Ministry of Agriculture met farmers",
        ),
        # a name closed by a comma is a boundary already: the cut stays
        (
            "Envoys of Dalby, Tarrow, Mell, Fenn, Orrin, Pask, Quill, Rusk, Sollow, Tenby, "
            "Umber and Vask met on Friday.",
            "Envoys of Dalby, Tarrow, Mell, Fenn, Orrin, Pask, Quill, Rusk, Sollow, Tenby",
        ),
        # an all-capitals lede is one run: cut at twelve words, not emptied
        (
            "THE WORLD BANK SAID ON MONDAY IT WOULD LEND MORE TO POOR NATIONS THIS YEAR.",
            "THE WORLD BANK SAID ON MONDAY IT WOULD LEND MORE TO POOR",
        ),
    ],
)
def test_a_derived_headline_ends_at_a_phrase_boundary_not_mid_name(
    lede: str, headline: str
) -> None:
    assert derived_headline(lede) == Headline(headline, None, derived=True)
