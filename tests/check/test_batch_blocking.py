"""NC102 compares only names that share a block key; no variant pair may be missed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toolkit.checker.rules.name_variants_across import _block_keys, _candidates
from toolkit.checker.similarity import ALTERNATIONS, one_token_variant

letters = st.text(alphabet="abcdefghijklmnoprstuvyz", min_size=2, max_size=9)


def edited(word: str, data: st.DataObject) -> str:
    """The word with one letter changed, added or dropped, or one alternation swapped."""
    kind = data.draw(st.sampled_from(["change", "add", "drop", "swap"]))
    at = data.draw(st.integers(0, len(word) - 1))
    letter = data.draw(st.sampled_from("abcdefghkmnopqrstuvz"))
    if kind == "change":
        return word[:at] + letter + word[at + 1 :]
    if kind == "add":
        return word[:at] + letter + word[at:]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    long, short = data.draw(st.sampled_from(ALTERNATIONS))
    return word + long if not word.endswith(short) else word[: -len(short)] + long


@given(letters, letters, st.data())
def test_every_variant_pair_shares_a_key(given_name: str, family: str, data: st.DataObject) -> None:
    first = (given_name.capitalize(), family.capitalize())
    second = (given_name.capitalize(), edited(family, data).capitalize())
    if one_token_variant(first, second) is None:
        return
    assert set(_block_keys(first)) & set(_block_keys(second))


def test_unrelated_names_are_not_compared() -> None:
    names = [
        ("Anna", "Lindqvist"),
        ("Wang", "Yi"),
        ("Wang", "Yifei"),
        ("Igor", "Dyagalo"),
        ("Igor", "Dygalo"),
        ("Moin", "Haq"),
        ("Moin", "Haque"),
    ]
    pairs = {(names[a], names[b]) for a, b in _candidates(names)}
    assert pairs == {
        (("Igor", "Dyagalo"), ("Igor", "Dygalo")),
        (("Moin", "Haq"), ("Moin", "Haque")),
    }
