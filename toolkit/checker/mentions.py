"""Capitalised runs of words in the text that may be names, with titles stripped off."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.titles import (
    HONORIFICS,
    MODIFIERS,
    PORTFOLIO_WORDS,
    ROLE_HEADS,
    TITLE_ABBREVIATIONS,
)
from toolkit.model import Paragraph, Span
from toolkit.text.words import CAPITALISED, CAPITALISED_AT_WORD_START

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


class Run(NamedTuple):
    """A run of capitalised words (particles allowed inside), titles stripped from its front.

    A named tuple of offsets: an article has dozens of runs and rules look at the spans of
    few of them, so spans are made when asked for.
    """

    tokens: tuple[str, ...]
    starts: tuple[int, ...]  # where each token starts in the text

    @property
    def spans(self) -> tuple[Span, ...]:
        """One per token."""
        return tuple(Span(at, at + len(t)) for t, at in zip(self.tokens, self.starts, strict=True))

    @property
    def span(self) -> Span:
        return Span(self.starts[0], self.starts[-1] + len(self.tokens[-1]))


@lru_cache(maxsize=16384)
def is_title_word(word: str) -> bool:
    key = word.casefold().rstrip(".")
    return key in _TITLE_WORDS or demonym_country(key) is not None or country_code(key) is not None


# The capital is matched before the look-behind: a leading character set lets the regex
# engine skip ahead to candidate capitals instead of testing the look-behind everywhere.
_NAME_RUN = re.compile(
    rf"{CAPITALISED_AT_WORD_START}(?: (?:{CAPITALISED}|(?:{'|'.join(sorted(PARTICLES))})(?= )))*"
)
_TOKEN = re.compile(r"\S+")


def name_runs(text: str, paragraphs: Sequence[Paragraph], skip: Sequence[Span]) -> Iterator[Run]:
    """Capitalised runs in the paragraphs, outside ``skip`` (dateline, bylines).

    A possessive ends a run: "Pakistan's ambassador" gives "Pakistan". Rules read them, once
    per article, as ``ArticleContext.runs``.
    """
    for paragraph in paragraphs:
        low, high = paragraph.span.start, paragraph.span.end
        # the dateline and bylines are mostly paragraphs of their own, before the body
        near = [s for s in skip if s.start < high and low < s.end]
        for match in _NAME_RUN.finditer(text, low, high):
            first, last = match.span()
            # most runs are one plain word, outside the dateline and bylines
            if " " not in match.group() and not (
                near and any(s.start < last and first < s.end for s in near)
            ):
                word = match.group()
                bare = word.removesuffix("'s").removesuffix("’s")
                if not is_title_word(bare) and bare not in PARTICLES:
                    yield Run((bare,), (first,))
                continue
            tokens: list[tuple[str, int]] = []
            for token in _TOKEN.finditer(text, first, last):
                word = token.group()
                bare = word.removesuffix("'s").removesuffix("’s")
                at = token.start()
                if near and any(s.start <= at < s.end for s in near):
                    yield from _run(tokens)
                    tokens = []
                    continue
                tokens.append((bare, at))
                if bare != word:
                    yield from _run(tokens)
                    tokens = []
            yield from _run(tokens)


def _run(tokens: list[tuple[str, int]]) -> Iterator[Run]:
    while tokens and (is_title_word(tokens[0][0]) or tokens[0][0] in PARTICLES):
        tokens = tokens[1:]
    while tokens and tokens[-1][0] in PARTICLES:
        tokens = tokens[:-1]
    if tokens:
        yield Run(tuple(t for t, _ in tokens), tuple(at for _, at in tokens))
