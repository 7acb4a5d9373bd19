"""NC102 candidates are exactly the pairs of names that share a block key."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toolkit.checker.rules.name_variants_across import _block_keys, _candidates

# Syllables with the transliteration spellings, so that near-identical names are common.
syllables = st.sampled_from(
    ["ka", "kha", "ha", "que", "q", "ich", "ic", "ou", "u", "ph", "é", "mo"]
)
words = st.lists(syllables, min_size=1, max_size=3).map(lambda s: "".join(s).capitalize())
names = st.lists(st.lists(words, min_size=1, max_size=3).map(tuple), unique=True, max_size=25)


@given(names)
def test_candidates_are_the_pairs_sharing_a_key(people: list[tuple[str, ...]]) -> None:
    keys = [set(_block_keys(name)) for name in people]
    expected = {
        (a, b) for a in range(len(people)) for b in range(a + 1, len(people)) if keys[a] & keys[b]
    }
    assert _candidates(people) == expected


def test_a_shared_given_name_alone_makes_no_pair() -> None:
    people = [("Moin", "Haq"), ("Moin", "Haque"), ("Moin", "Lindqvist"), ("Anna", "Haq")]
    assert _candidates(people) == {(0, 1)}
