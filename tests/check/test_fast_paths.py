"""The rules' fast searches find exactly what the plain regular expressions find."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from toolkit.checker.context import ArticleContext
from toolkit.checker.rules.past_day_after_dateline import _DAY_MONTH, _FAST_DAY
from toolkit.checker.rules.repeated_words import _starts
from toolkit.checker.rules.run_on_sentence import _RUN_ON, run_ons
from toolkit.checker.rules.spelling_dialect import _LOWER_WORD
from toolkit.checker.rules.weekday_mismatch import _WITH_DATE, _with_date
from toolkit.model import Article, Source
from toolkit.text.dates import DAY
from toolkit.text.words import CAPITALISED, CAPITALISED_AT_WORD_START


def pieces(*parts: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(parts), max_size=14).map("".join)


@given(
    pieces(
        "talks",
        "rose",
        "5%",
        "3.5",
        " ",
        "  ",
        "The",
        "However",
        "At",
        ",",
        ".",
        "-",
        "’",
        "x",
        "\n",
    )
)
def test_run_ons_match_the_regex(text: str) -> None:
    for start in (0, 1):
        expected = [m.span() for m in _RUN_ON.finditer(text, start, len(text))]
        assert [m.span() for m in run_ons(text, start, len(text))] == expected


@given(
    pieces(
        "Monday",
        "Tuesday, ",
        "Sunday ",
        "November 8",
        "8 November",
        " ",
        "the 8th",
        ", 2022",
        "x",
        "\n",
    )
)
def test_weekday_dates_match_the_regex(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in _WITH_DATE.finditer(text, 1)]
    assert [(m.span(), m.groupdict()) for m in _with_date(text, 1)] == expected


@given(st.lists(st.sampled_from(["the", "a", "of", "talks", "go"]), max_size=16))
def test_starts_are_the_phrases_said_twice_from_the_last_sighting(words: list[str]) -> None:
    # a phrase said twice from the last place its first word was seen before the second
    expected = [
        (i - n, n)
        for i in range(len(words))
        for n in range(1, 7)
        if i >= n and words[i - n : i] == words[i : i + n] and words[i] not in words[i - n + 1 : i]
    ]
    assert list(_starts(list(words))) == expected


@given(
    st.lists(st.lists(st.sampled_from(["the", "a", "of", "talks", "go"]), max_size=8), max_size=5)
)
def test_starts_finds_no_phrase_across_paragraphs(paragraphs: list[list[str]]) -> None:
    # the article's paragraphs in one list, each followed by its number (as NC502 builds it)
    folded: list[str | int] = []
    expected = []
    for number, words in enumerate(paragraphs):
        expected += [(len(folded) + i, n) for i, n in _starts(list(words))]
        folded += [*words, number]
    assert list(_starts(folded)) == expected


@given(pieces("Anna", "al", "-", "'", "’", "x", " ", "É", "_", "1", "O'Neil"))
def test_capital_first_word_start_matches_the_look_behind(text: str) -> None:
    plain = re.compile(rf"(?<![\w'’-]){CAPITALISED}")
    fast = re.compile(CAPITALISED_AT_WORD_START)
    for start in (0, 1, 2):
        assert [m.span() for m in fast.finditer(text, start)] == [
            m.span() for m in plain.finditer(text, start)
        ]


@example("0 April 40 May 32 June 4th July")
@given(pieces("1", "2", "3", "0", "9", "st", " ", "April", "Dec.", ", 1999", "x"))
def test_day_month_dates_match_the_plain_day_pattern(text: str) -> None:
    plain = re.compile(_DAY_MONTH.pattern.replace(_FAST_DAY, DAY.replace("day>", "day2>")))
    for start in (0, 1):
        assert [(m.span(), m.groupdict()) for m in _DAY_MONTH.finditer(text, start)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text, start)
        ]


@example("İstanbul KELVIN \u212aelvin COVID19 x'Colour ΑΣ.Β l’Honour -Favour 2nd_Armour")
@given(pieces("Colour", "color", "İ", "\u212a", "ß", "Σ", "1", "_", "'", "’", "-", " ", ".", "é"))
def test_dialect_words_come_from_the_distinct_words(text: str) -> None:
    # NC305 scans the context's distinct words, a line each, instead of the whole text
    plain = set(_LOWER_WORD.findall(text.lower()))
    distinct = ArticleContext(
        Article(id="a", text=text, source=Source("a.txt", "0" * 64, "utf-8"))
    ).distinct_words
    assert set(_LOWER_WORD.findall("\n".join(distinct).lower())) == plain
