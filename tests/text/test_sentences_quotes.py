"""Sentence bounds and quote marks shared by readers and check rules."""

from __future__ import annotations

from toolkit.text.quotes import quote_marks, quoted_spans
from toolkit.text.sentences import sentence_bounds, starts_sentence


def test_sentence_bounds_stop_at_a_full_stop_before_a_capital() -> None:
    text = "Talks ended on Monday. Mr. Li left on the 12th. He said so."
    start, end = sentence_bounds(text, text.index("left"))
    assert text[start:end] == "Mr. Li left on the 12th."


def test_sentence_bounds_within_a_reach() -> None:
    text = "a" * 50 + " b"
    assert sentence_bounds(text, 50, reach=10) == (40, 52)


def test_starts_sentence() -> None:
    text = 'He left. "We stay," she said'
    assert starts_sentence(text, text.index("We"))
    assert not starts_sentence(text, text.index("she"))


def test_quote_marks_and_their_roles() -> None:
    text = "He said “yes” and \"no\" and ``maybe''."
    marks = quote_marks(text, 0, len(text))
    assert [(m.char, m.opening, m.family) for m in marks] == [
        ("“", True, "curly"),
        ("”", False, "curly"),
        ('"', True, "straight"),
        ('"', False, "straight"),
        ("``", True, "AP-style"),
        ("''", False, "AP-style"),
    ]
    assert [text[s.start : s.end] for s in quoted_spans(text, 0, len(text))] == [
        "“yes”",
        '"no"',
        "``maybe''",
    ]


def test_inch_marks_are_not_quotes() -> None:
    text = 'A 12" screen'
    assert quoted_spans(text, 0, len(text)) == []
