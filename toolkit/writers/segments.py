"""Paragraph text cut into plain and quoted runs, for formats that mark quotes inline."""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.model import Article, Quote


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    quote: Quote | None = None  # set when ``text`` is the quoted words of this quote


def paragraph_runs(article: Article) -> list[list[Run]]:
    """One list of runs per paragraph; joined, the runs give back the paragraph text.

    Paragraph text is whitespace-normalised, so a quote is found by its normalised words,
    searched after the previous quote. A quote that cannot be found stays plain text: it
    is never dropped and never moved.
    """
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in article.quotes:
        index = _paragraph_of(article, quote)
        if index is not None:
            by_paragraph.setdefault(index, []).append(quote)
    result = []
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        runs: list[Run] = []
        cursor = 0
        for quote in sorted(by_paragraph.get(index, ()), key=lambda q: (q.span.start, q.span.end)):
            needle = " ".join(quote.text.split())
            found = text.find(needle, cursor) if needle else -1
            if found == -1:
                continue
            if found > cursor:
                runs.append(Run(text[cursor:found]))
            runs.append(Run(needle, quote))
            cursor = found + len(needle)
        if cursor < len(text) or not runs:
            runs.append(Run(text[cursor:]))
        result.append(runs)
    return result


def _paragraph_of(article: Article, quote: Quote) -> int | None:
    if quote.paragraph is not None:
        return quote.paragraph if 0 <= quote.paragraph < len(article.paragraphs) else None
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.span.start <= quote.span.start < paragraph.span.end:
            return index
    return None
