"""inside_others: which spans of a set lie inside another, longer one (reader and NC201)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toolkit.model import Span
from toolkit.model.span import inside_others


def test_nested_and_equal_starts_are_inside_disjoint_and_overlapping_are_not() -> None:
    spans = {Span(0, 10), Span(2, 5), Span(0, 4), Span(8, 14), Span(20, 25)}
    assert inside_others(spans) == {Span(2, 5), Span(0, 4)}


SPANS = st.sets(
    st.tuples(st.integers(0, 40), st.integers(1, 10)).map(lambda t: Span(t[0], t[0] + t[1]))
)


@given(SPANS)
def test_the_sweep_finds_what_comparing_every_pair_finds(spans: set[Span]) -> None:
    pairs = {
        s
        for s in spans
        for o in spans
        if o != s and o.start <= s.start and s.end <= o.end
    }
    assert inside_others(spans) == pairs
