"""When two spellings are one name (checker.md V2/V3)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.checker.similarity import (
    alternation,
    fold,
    jaro_winkler,
    levenshtein,
    one_token_variant,
    token_variant,
)


@pytest.mark.parametrize(
    ("a", "b", "variant"),
    [
        ("Haq", "Haque", True),  # q/que transliteration
        ("Arevic", "Arevich", True),  # ic/ich
        ("Natanyahu", "Netanyahu", True),  # one letter in a long word
        ("Dyagalo", "Dygalo", True),
        ("Khalid", "Halid", True),  # kh/h
        ("Yi", "Yifei", False),  # a different given name
        ("Qiang", "Keqiang", False),
        ("Karim", "Karin", False),  # five letters, Jaro-Winkler 0.92: two names
        ("Ran", "Iran", False),
        ("Chen", "Chan", False),  # short: only alternations count
        ("Smith", "Smyth", False),
        ("Haq", "Haq", False),  # equal is not a variant
        ("José", "Jose", False),  # equal once folded (a V1 style difference, not V2)
        ("McCaffrey", "McCaffery", True),  # two letters swapped
        ("Gonchigdorj", "Gonchigdorzh", True),  # j/zh romanisation in a long word
        ("Zhao", "Jao", False),  # zh/j in a short (pinyin) word: two names
        ("Catholic", "Catholics", False),  # a plural is another word
        ("Lanka", "Lankan", False),  # a demonym is another word
    ],
)
def test_token_variant(a: str, b: str, variant: bool) -> None:
    assert token_variant(a, b) is variant
    assert token_variant(b, a) is variant


def test_measures() -> None:
    assert levenshtein("arevic", "arevich") == 1
    assert levenshtein("mccaffrey", "mccaffery") == 1  # neighbours swapped: one edit
    assert levenshtein("kitten", "sitting", limit=5) == 3
    assert levenshtein("a", "abcdef", limit=2) == 3  # gave up past the limit
    assert round(jaro_winkler("arevic", "arevich"), 3) == 0.971
    assert round(jaro_winkler("haq", "haque"), 3) == 0.907
    assert jaro_winkler("", "x") == 0.0
    assert alternation("haq", "haque") and alternation("haque", "haq")
    assert fold("Pakistan’s") == "pakistan"
    assert fold("Müller") == "muller"


def test_one_token_variant() -> None:
    assert one_token_variant(("Moin", "Haq"), ("Moin", "Haque")) == 1
    assert one_token_variant(("Wang", "Yi"), ("Wang", "Yifei")) is None
    assert one_token_variant(("Moin", "Haq"), ("Main", "Haque")) is None  # two words differ
    assert one_token_variant(("Haq",), ("Moin", "Haq")) is None


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)


@given(words, words)
def test_measures_are_symmetric_and_bounded(a: str, b: str) -> None:
    assert levenshtein(a, b, 20) == levenshtein(b, a, 20)
    assert 0.0 <= jaro_winkler(a, b) <= 1.0
    assert token_variant(a, b) == token_variant(b, a)
    assert not token_variant(a, a)


@given(words)
def test_one_edit_in_a_long_word_is_a_variant(word: str) -> None:
    longer = "m" + word + "onavic"  # at least seven letters, same initial
    assert token_variant(longer, longer + "h")
