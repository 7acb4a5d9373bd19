"""Capitalised runs of words in the text that may be names, with titles stripped off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from toolkit.check.prose import paragraphs
from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.titles import (
    HONORIFICS,
    MODIFIERS,
    PORTFOLIO_WORDS,
    ROLE_HEADS,
    TITLE_ABBREVIATIONS,
)
from toolkit.model import Article, Span

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Lower-case particles inside names: "Moin ul Haq", "Osama bin Laden", "Ursula von der Leyen".
PARTICLES = frozenset(
    [
        "ul",
        "ud",
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "bint",
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
    ]
)
_TITLE_WORDS = (
    frozenset(w for head in ROLE_HEADS for w in head.split())
    | MODIFIERS
    | HONORIFICS
    | TITLE_ABBREVIATIONS
    | PORTFOLIO_WORDS
)


@dataclass(frozen=True, slots=True)
class Run:
    """A run of capitalised words (particles allowed inside), titles stripped from its front."""

    tokens: tuple[str, ...]
    spans: tuple[Span, ...]  # one per token

    @property
    def span(self) -> Span:
        return Span(self.spans[0].start, self.spans[-1].end)


def is_title_word(word: str) -> bool:
    key = word.casefold().rstrip(".")
    return key in _TITLE_WORDS or demonym_country(key) is not None or country_code(key) is not None


def name_runs(article: Article, skip: list[Span]) -> Iterator[Run]:
    """Capitalised runs in the body, outside ``skip`` (dateline, bylines)."""
    text = article.text
    for paragraph in paragraphs(article):
        tokens: list[tuple[str, Span]] = []
        for match in _WORD.finditer(text, paragraph.span.start, paragraph.span.end):
            raw = match.group()
            word = raw.removesuffix("'s").removesuffix("’s")
            span = Span(match.start(), match.start() + len(word))
            if any(s.start <= span.start < s.end for s in skip):
                yield from _run(tokens)
                tokens = []
                continue
            continues = (
                bool(tokens)
                and text[tokens[-1][1].end : span.start] == " "
                and (word[0].isupper() or word in PARTICLES)
            )
            if not continues:
                yield from _run(tokens)
                tokens = []
                if not word[0].isupper():
                    continue
            tokens.append((word, span))
            if raw != word:  # a possessive ends the name
                yield from _run(tokens)
                tokens = []
        yield from _run(tokens)


def _run(tokens: list[tuple[str, Span]]) -> Iterator[Run]:
    while tokens and (is_title_word(tokens[0][0]) or tokens[0][0] in PARTICLES):
        tokens = tokens[1:]
    while tokens and tokens[-1][0] in PARTICLES:
        tokens = tokens[:-1]
    if tokens:
        yield Run(tuple(t for t, _ in tokens), tuple(s for _, s in tokens))
