"""The checker never fails on odd text, and every finding points inside the article."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.checker.engine import check
from toolkit.model import Person, Span, Title

from .build import article, dateline

PIECES = st.sampled_from(
    [
        "the",
        "The",
        "At",
        "However",
        "Moin",
        "Haq",
        "Haque",
        "Minister",
        "of",
        "Deputy",
        "Belt",
        "and",
        "Road",
        "road",
        '"',
        "“",
        "”",
        "``",
        "''",
        "'",
        '12"',
        "on",
        "the 11th",
        "yesterday",
        "(",
        ")",
        "Tuesday,",
        "Nov.",
        "9",
        "was",
        "held",
        ".",
        ",",
        " ",
        "\n",
        "\n\n",
        "  ",
        "Wang",
        "Yi",
        "Yifei",
        "-",
        "’s",
        "é",
        "Ω",
        "\t",
        "\u3000",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=80).map(" ".join))
def test_any_text(text: str) -> None:
    people = (
        Person("Moin Haq", (Title("Deputy Minister", Span(0, 1)),), ()),
        Person("Wang Yi"),
    )
    text = "X " + text
    story = article(text, people, dateline(text, "X", dt.date(2022, 11, 9)))
    for finding in check([story]):
        assert finding.start is not None and finding.end is not None
        assert 0 <= finding.start <= finding.end <= len(story.text)
        assert finding.message and finding.line is not None and finding.line >= 1
