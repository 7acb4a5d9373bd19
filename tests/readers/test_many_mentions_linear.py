"""The text reader on articles that name the same people again and again (issue 11).

Counting the work done, not timing it: what the reader gave before stays exactly what it
gives, and what grew with the square of the mentions of one person stays linear.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from toolkit.model import Article, Span
from toolkit.readers import ReaderOptions, read_text
from toolkit.readers.text import names
from toolkit.readers.text.names import paragraph_words

_SAID = ", a port official, said the work went on."


def _read(text: str) -> Article:
    return read_text(text.encode(), ReaderOptions(source_path="s.txt"))


def test_a_title_at_each_of_many_mentions_is_not_compared_with_every_other(
    monkeypatch: MonkeyPatch,
) -> None:
    # Each title was checked against every other title and every mention of its person:
    # 400 mentions, 319,600 span comparisons.
    compared: list[int] = []
    contains = Span.contains

    def counting(self: Span, other: Span) -> bool:
        compared.append(1)
        return contains(self, other)

    monkeypatch.setattr(Span, "contains", counting)
    text = "BEIJING, March 3 (Xinhua) -- " + "\n\n".join([f"Tekoba Baloba{_SAID}"] * 400) + "\n"
    article = _read(text)
    (person,) = article.people
    assert person.name == "Tekoba Baloba"
    assert len(person.mentions) == 400
    assert [t.text for t in person.titles] == ["a port official"] * 400
    assert len({t.span for t in person.titles}) == 400
    assert len(compared) <= 4 * 400


def test_a_long_text_keeps_one_string_per_different_word() -> None:
    # A string per occurrence and per casefold held ~100 bytes a word: 100 MB for 5 MB.
    text = " ".join(["Li Wei said the port grew."] * 10_000)
    (ws,) = paragraph_words(text, [Span(0, len(text))])
    assert len(ws) == 40_000  # Li, Wei, said, the (kept lowercase words that matter)
    assert [w.text for w in ws[:4]] == ["Li", "Wei", "said", "the"]
    assert len({id(w.text) for w in ws}) == 4
    assert len({id(w.fold) for w in ws}) == len({id(f) for f in ws.folds}) <= 8


_PIECES = ["Li", "Wei", "said", "the", "Mr.", "U.S.", "al-Assad", "O'Brien's", "port", "Straße"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, " ", ", ", ". ", "\n", "\n\n"]), max_size=80))
def test_shared_word_strings_are_the_same_words(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = [Span(0, len(text))] if text.strip() else []
    plain = paragraph_words(text, spans)
    with MonkeyPatch.context() as patch:
        patch.setattr(names, "_SHARED_WORDS", 0)  # as a text of many words is read
        shared = paragraph_words(text, spans)
    assert shared == plain
    assert [ws.folds for ws in shared] == [ws.folds for ws in plain]
    assert [ws.caps for ws in shared] == [ws.caps for ws in plain]
