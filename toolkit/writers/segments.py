"""Paragraph text cut into plain and quoted runs, for formats that mark quotes inline."""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.model import Article, Quote


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    quote: Quote | None = None  # set when ``text`` is the quoted words of this quote


Runs = tuple[tuple[Run, ...], ...]

# The runs of the last article cut. NITF-in-G2, standalone NITF and both ninjs bodies ask
# for the same article one after the other; an Article is immutable, and holding it here
# keeps its id from being reused while the entry stands, so identity is a safe key.
_last: tuple[Article, Runs] | None = None


def paragraph_runs(article: Article) -> list[list[Run]]:
    """One list of runs per paragraph; joined, the runs give back the paragraph text.

    Paragraph text is whitespace-normalised, so a quote is found by its normalised words,
    searched after the previous quote. A quote that cannot be found stays plain text: it
    is never dropped and never moved.
    """
    return [list(runs) for runs in article_runs(article)]


def article_runs(article: Article) -> Runs:
    """:func:`paragraph_runs` as tuples, computed once for consecutive calls on one article."""
    global _last
    last = _last
    if last is not None and last[0] is article:
        return last[1]
    runs = _cut(article)
    _last = (article, runs)
    return runs


def _cut(article: Article) -> Runs:
    paragraphs = article.paragraphs
    if not article.quotes:
        return tuple((Run(p.text),) for p in paragraphs)
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in article.quotes:
        index = _paragraph_of(article, quote)
        if index is not None:
            by_paragraph.setdefault(index, []).append(quote)
    result: list[tuple[Run, ...]] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        quotes = by_paragraph.get(index)
        if not quotes:
            result.append((Run(text),))
            continue
        runs: list[Run] = []
        cursor = 0
        if len(quotes) > 1:
            quotes.sort(key=_span_key)
        for quote in quotes:
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
        result.append(tuple(runs))
    return tuple(result)


def _span_key(quote: Quote) -> tuple[int, int]:
    return (quote.span.start, quote.span.end)


def _paragraph_of(article: Article, quote: Quote) -> int | None:
    if quote.paragraph is not None:
        return quote.paragraph if 0 <= quote.paragraph < len(article.paragraphs) else None
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.span.start <= quote.span.start < paragraph.span.end:
            return index
    return None
