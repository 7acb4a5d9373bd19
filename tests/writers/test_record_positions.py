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


class _CountingText(str):
    """A text that adds up how many characters its searches for line breaks read."""

    read = 0

    def count(self, sub: str, start: int = 0, end: int | None = None) -> int:  # type: ignore[override]
        self.read += (len(self) if end is None else end) - start
        return super().count(sub, start, end)

    def rfind(self, sub: str, start: int = 0, end: int | None = None) -> int:  # type: ignore[override]
        self.read += (len(self) if end is None else end) - start
        return super().rfind(sub, start, end)


def test_line_columns_read_a_long_line_once() -> None:
    # 20,000 mentions on one 200,000-character line: a search back to the start of the text
    # per offset read 2 * 10**9 characters (a 5 MB article on one line took half a minute).
    text = _CountingText("x" * 200_000 + "\nyz\n")
    offsets = [*range(0, 200_000, 10), 200_001, 200_002, 200_003, 200_004]
    where = _line_columns(text, offsets)
    assert len(where) == 20_004
    assert where[0] == (1, 1)
    assert where[199_990] == (1, 199_991)
    assert where[200_001] == (2, 1)
    assert where[200_003] == (2, 3)
    assert where[200_004] == (3, 1)
    assert text.read <= 2 * len(text)
