"""NC101 compares only name words that share a blocking key: the findings must be those of
comparing every word with every other (the oracle), on generated articles, and an article
with thousands of speakers must check in about a second."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.checker.context import ArticleContext
from toolkit.checker.similarity import (
    Spelling,
    pairs_blocked,
    pairs_plain,
    same_name_groups,
    spellings,
)
from toolkit.model import Article, NameForm, Person, Span, Title
from toolkit.text.spelling import ALTERNATIONS

from .build import article

# letters of made-up names; the few alternation spellings make transliteration pairs likely
syllables = st.sampled_from(
    ["ka", "ri", "mo", "na", "lo", "ve", "ha", "q", "que", "ich", "ic", "ov", "off", "zh", "j"]
)
words = st.lists(syllables, min_size=1, max_size=5).map(lambda parts: "".join(parts).capitalize())


@st.composite
def edited(draw: st.DrawFn, word: str) -> str:
    """The word as written, or with one letter changed, added, dropped, two swapped, or one
    alternation swapped: the slips NC101 is after."""
    kind = draw(st.sampled_from(["same", "change", "add", "drop", "swap", "alternation"]))
    at = draw(st.integers(1, max(1, len(word) - 1)))
    letter = draw(st.sampled_from("aeiknorv"))
    if kind == "change":
        word = word[:at] + letter + word[at + 1 :]
    elif kind == "add":
        word = word[:at] + letter + word[at:]
    elif kind == "drop" and len(word) > 2:
        word = word[:at] + word[at + 1 :]
    elif kind == "swap" and at + 1 < len(word):
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    elif kind == "alternation":
        long, short = draw(st.sampled_from(ALTERNATIONS))
        word = word + long if not word.endswith(short) else word[: -len(short)] + long
    return word[:1].upper() + word[1:]


@st.composite
def stories(draw: st.DrawFn) -> Article:
    """An article of people named by full name, surname or a slip of either, some titled."""
    families = draw(st.lists(words, min_size=1, max_size=4))
    givens = draw(st.lists(words, min_size=1, max_size=3))
    roles = ["president", "minister", "spokesperson", None]
    lines: list[str] = []
    people: list[Person] = []
    for _ in range(draw(st.integers(1, 8))):
        family = draw(edited(draw(st.sampled_from(families))))
        full = draw(st.booleans())
        name = f"{draw(st.sampled_from(givens))} {family}" if full else family
        role = draw(st.sampled_from(roles))
        forms = [name] + ([family] if full and draw(st.booleans()) else [])
        spans: list[list[Span]] = [[] for _ in forms]
        for k, form in enumerate(forms):
            for _ in range(draw(st.integers(1, 2))):
                at = sum(len(line) + 2 for line in lines)
                lines.append(f"{form} spoke.")
                spans[k].append(Span(at, at + len(form)))
        titles = (Title(role, None, role),) if role else ()
        people.append(
            Person(
                name,
                titles,
                tuple(sorted(s for group in spans for s in group)),
                forms=tuple(NameForm(f, tuple(s)) for f, s in zip(forms, spans, strict=True)),
            )
        )
    return article("\n\n".join(lines) + "\n", tuple(people))


def groups(
    story: Article, pairs: Callable[[list[Spelling]], set[tuple[int, int]]]
) -> list[list[int]]:
    ctx = ArticleContext(story)
    found, speakers = spellings(story.text, ctx.forms, story.people)
    return same_name_groups(found, speakers, pairs(found))


@settings(max_examples=300, deadline=None)
@given(stories())
def test_blocked_comparison_finds_what_comparing_every_pair_finds(story: Article) -> None:
    ctx = ArticleContext(story)
    found, _ = spellings(story.text, ctx.forms, story.people)
    assert pairs_blocked(found) == pairs_plain(found)
    assert groups(story, pairs_blocked) == groups(story, pairs_plain)


def test_thousands_of_speakers_check_in_about_a_second() -> None:
    # made-up names of consonant-vowel syllables, one quoted speaker per paragraph
    rng = random.Random(8)

    def word(syllables: int) -> str:
        return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(syllables))

    lines, people, at = [], [], 0
    for _ in range(8000):
        name = f"{word(2).capitalize()} {word(rng.randint(2, 4)).capitalize()}"
        line = f'"We agree," {name} said.'
        span = Span(at + 12, at + 12 + len(name))
        lines.append(line)
        at += len(line) + 2
        people.append(Person(name, (), (span,), forms=(NameForm(name, (span,)),)))
    story = article("\n\n".join(lines) + "\n", tuple(people))
    start = time.perf_counter()
    groups(story, pairs_blocked)
    assert time.perf_counter() - start < 5.0  # comparing every pair took minutes
