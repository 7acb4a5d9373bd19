"""The record's line and column of a mention are what ``Article.position`` says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toolkit.model import Article, Source
from toolkit.writers.record import _line_columns


@given(
    text=st.text(st.sampled_from("ab\n\r é"), max_size=40),
    offsets=st.lists(st.integers(min_value=0, max_value=45), max_size=8),
)
def test_line_columns_match_article_position(text: str, offsets: list[int]) -> None:
    article = Article(id="x", text=text, source=Source(None, "0" * 64, "utf-8"))
    where = _line_columns(text, offsets)
    assert set(where) == set(offsets)
    for offset in offsets:
        position = article.position(offset)
        assert where[offset] == (position.line, position.column)


def test_line_columns_of_a_three_line_text() -> None:
    assert _line_columns("ab\ncd\n\nef", [0, 2, 3, 6, 7, 8, 9]) == {
        0: (1, 1),
        2: (1, 3),
        3: (2, 1),
        6: (3, 1),
        7: (4, 1),
        8: (4, 2),
        9: (4, 3),
    }
