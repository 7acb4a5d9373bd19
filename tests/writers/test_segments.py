"""Quotes located inside whitespace-normalised paragraph text."""

from __future__ import annotations

from toolkit.model import Article, Paragraph, Quote, Source, Span
from toolkit.writers.segments import Run, paragraph_runs

TEXT = '"Hold the line," she said.\n"Not  yet," he replied, "not\nyet."\n'


def article(*quotes: Quote) -> Article:
    return Article(
        id="q",
        text=TEXT,
        source=Source(None, "d" * 64, "utf-8"),
        paragraphs=(
            Paragraph('"Hold the line," she said.', Span(0, 26), 1),
            Paragraph('"Not yet," he replied, "not yet."', Span(27, 62), 2),
        ),
        quotes=quotes,
    )


def test_quotes_become_runs_in_order_and_text_is_kept() -> None:
    first = Quote("Hold the line,", Span(0, 16), "Mara Lind")
    second = Quote("Not  yet,", Span(27, 38), "Ivo Tamm")
    third = Quote("not\nyet.", Span(50, 60), "Ivo Tamm")
    runs = paragraph_runs(article(third, first, second))
    assert runs == [
        [Run('"'), Run("Hold the line,", first), Run('" she said.')],
        [
            Run('"'),
            Run("Not yet,", second),
            Run('" he replied, "'),
            Run("not yet.", third),
            Run('"'),
        ],
    ]


def test_a_quote_not_found_stays_plain_text() -> None:
    runs = paragraph_runs(article(Quote("Never said", Span(0, 12), None, paragraph=0)))
    assert runs == [[Run('"Hold the line," she said.')], [Run('"Not yet," he replied, "not yet."')]]


def test_a_quote_with_a_paragraph_index_out_of_range_is_ignored() -> None:
    runs = paragraph_runs(article(Quote("Hold the line,", Span(0, 16), None, paragraph=7)))
    assert runs[0] == [Run('"Hold the line," she said.')]
