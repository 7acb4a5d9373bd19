"""The text reader on articles that name the same people again and again (issue 11).

Counting the work done, not timing it: what the reader gave before stays exactly what it
gives, and what grew with the square of the mentions of one person stays linear.
"""

from __future__ import annotations

from pytest import MonkeyPatch

from toolkit.model import Article, Span
from toolkit.readers import ReaderOptions, read_text

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
