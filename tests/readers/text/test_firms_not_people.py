"""A firm's short name said like a person's ("Orvalle said") is the firm's, not a person's:
invented stories, and the people and organisations read_text returns, exactly."""

from __future__ import annotations

import pytest

from toolkit.model import Article
from toolkit.readers.text import read_text


def read(body: str) -> Article:
    return read_text(("BONN, May 4 (Reuters) - " + body + "\n").encode())


ROWS = [
    # the short name before the firm word, said with a speech verb twice: its mentions are
    # the firm's
    (
        'Orvalle Mining Corp will buy the mine. "The deal is fair," Orvalle said. Orvalle also'
        " said it would close in May.",
        [],
        {"Orvalle Mining Corp": ["Orvalle Mining Corp", "Orvalle", "Orvalle"]},
    ),
    # a foreign legal form is a firm word too
    (
        "Finnish paper maker Kalvola Oy said profits rose. Kalvola said it would hire.",
        [],
        {"Kalvola Oy": ["Kalvola Oy"]},
    ),
    (
        "Vestra Holdings said it would sell the unit. Vestra said the price was fair.",
        [],
        {"Vestra Holdings": ["Vestra Holdings"]},
    ),
    # a person who shares a firm's first word keeps his name: it is not the firm's short name
    (
        "Ford Motor Co said sales rose. Henry Ford, a grandson, said nothing.",
        ["Henry Ford"],
        {"Ford Motor Co": ["Ford Motor Co"]},
    ),
]


@pytest.mark.parametrize(("body", "people", "firms"), ROWS)
def test_a_firms_short_name_is_the_firm(
    body: str, people: list[str], firms: dict[str, list[str]]
) -> None:
    article = read(body)
    assert [p.name for p in article.people] == people
    found = {
        o.name: [article.text[m.start : m.end] for m in o.mentions]
        for o in article.organisations
        if o.name in firms
    }
    assert found == firms
