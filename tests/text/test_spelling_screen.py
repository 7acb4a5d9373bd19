"""variant_screen never turns away a spelling token_variant would accept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.text.spelling import fold, token_variant, variant_screen

NAMES = ["Arevic", "Haq", "Gonchigdorj", "Khalil", "Petrov", "Zhukova", "Ferreiro"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Arevich", True),  # an alternation
        ("Haque", True),
        ("Gonchigdorzh", True),
        ("Halil", True),  # "kh" / "h" changes the initial
        ("Petroff", True),
        ("Ferreira", True),  # one letter changed
        ("Mogadishu", False),  # no name of its length and initial
        ("Xu", False),
    ],
)
def test_the_screen_passes_the_variants_and_turns_away_the_rest(word: str, expected: bool) -> None:
    assert variant_screen(NAMES)(fold(word)) is expected
    assert any(token_variant(word, name) for name in NAMES) is expected


letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéö-", min_size=1, max_size=10)


@given(st.lists(letters, min_size=1, max_size=4), letters)
def test_the_screen_is_never_stricter_than_token_variant(names: list[str], word: str) -> None:
    if any(token_variant(word, name) for name in names):
        assert variant_screen(names)(fold(word))
