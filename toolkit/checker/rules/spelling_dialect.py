"""British and American spellings are mixed in one article.

What it flags:
    A word spelled the American way ("canceled", "neighborly") in an article that spells
    such words the British way ("cancellations", "programme") more often, or the other way
    round. The pairs come from breame's maintained list; -ise/-ize words are weighed on their
    own, as Oxford spelling writes -ize with British -our. Capitalised words inside a sentence
    (names: "Pearl Harbor", "the Labour Party") and pairs whose two spellings mean different
    things ("tire", "meter", "draft", "practice") are not counted. The finding sits on each
    word of the rarer spelling, with its other spelling as the fix and the article's words
    of the prevailing spelling as related locations.

Why it matters:
    A story is edited to one dictionary; a stray spelling shows copy pasted from another
    source and splits searches for the word.

Example:
    Flights were cancelled and the travel programme was halted.

    Airlines must pay if flights are canceled.

Use instead:
    Flights were cancelled and the travel programme was halted.

    Airlines must pay if flights are cancelled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where_all
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.sentences import starts_sentence
from toolkit.text.words import inside, words

# Spellings that are not of one dialect only, as they have another meaning or use: "tire" (be
# tired), "meter" (a gauge), "draft" (a plan), "practice" (the noun, in both), "license" (the
# verb, in both), "program" (software, in both), "disc"/"disk", "ton"/"tonne", "check"/"cheque",
# "story"/"storey", "curb"/"kerb", "annex" (the verb, in both), "analog" (electronics); and pairs
# whose "British" side is archaic ("connexion", "gaol").
_AMBIGUOUS = frozenset(
    """
    tire tires tired tiring meter meters draft drafts drafted drafting practice practices
    practiced practicing practise practises license licenses licensed licensing program
    programs programmed programming programmer programmers disc discs disk disks ton tons
    tonne tonnes check checks cheque cheques story stories storey storeys curb curbs kerb
    kerbs annex annexe annexes analog analogue analogues mold molds mould moulds plow ax axe
    axes whiskey whisky pajamas jewelry connection connections connexion connexions jail jails
    gaol gaols dispatch dispatches despatch despatches
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_SHOWN = 3  # prevailing words listed as related locations
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")


@cache
def _pairs() -> Mapping[str, tuple[str, str, str]]:
    """word -> (dialect, its other spelling, group); the list is read on first use only."""
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    table: dict[str, tuple[str, str, str]] = {}
    for dialect, spellings in (
        ("British", BRITISH_ENGLISH_SPELLINGS),
        ("American", AMERICAN_ENGLISH_SPELLINGS),
    ):
        for word, other in spellings.items():
            if word in _AMBIGUOUS or " " in word:  # "tyre" counts, "tire" does not
                continue
            table[word] = (dialect, other, "ize" if _s_or_z(word, other) else "other")
    return table


def _s_or_z(word: str, other: str) -> bool:
    """ "organise"/"organize": the pair differs only by s for z (and ys for yz)."""
    return len(word) == len(other) and all(
        a == b or {a, b} == {"s", "z"} for a, b in zip(word, other, strict=True)
    )


def _cased(like: str, word: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    pairs = _pairs()
    headings = ctx.headings
    skipped = ctx.skipped
    paragraphs = [
        p.span
        for p in ctx.paragraphs
        if not inside(p.span.start, headings) and not inside(p.span.start, skipped)
    ]
    # The article's distinct words first, in C: most articles hold one dialect or none.
    # Each of these lower-case words lies inside one of the context's distinct words (its
    # letters, apostrophes and hyphens are word characters, and lower-casing maps each
    # character alone), so scanning those, a line each, finds the text's words in less text.
    distinct = set(_LOWER_WORD.findall("\n".join(ctx.distinct_words).lower()))
    written = distinct | {part for word in distinct if "-" in word for part in word.split("-")}
    seen = {(pairs[w][2], pairs[w][0]) for w in written & pairs.keys()}
    if not any((group, "American") in seen for group, d in seen if d == "British"):
        return
    # group -> dialect -> (offset, word, other spelling)
    found: dict[str, dict[str, list[tuple[int, str, str]]]] = {}
    for span in paragraphs:
        start, end = span.start, span.end
        for match in words(text, start, end):
            offset = match.start()
            for part in match.group().split("-"):  # "good-neighbourly": each part counts
                at, offset = offset, offset + len(part) + 1
                entry = pairs.get(part.lower())
                if entry is None:
                    continue
                if part[:1].isupper() and (part.isupper() or not starts_sentence(text, at, start)):
                    continue  # a name ("Pearl Harbor") or shouting capitals
                dialect, other, group = entry
                found.setdefault(group, {}).setdefault(dialect, []).append(
                    (at, part, _cased(part, other))
                )
    for dialects in found.values():
        if len(dialects) < 2:
            continue
        british, american = dialects["British"], dialects["American"]
        if len(british) == len(american):
            continue  # no prevailing spelling to follow
        main, rare = (british, american) if len(british) > len(american) else (american, british)
        main_name = "British" if main is british else "American"
        related = tuple((o, o + len(w), f"{main_name} spelling") for o, w, _ in main[:_SHOWN])
        places = where_all(article, [o for o, _, _ in main])  # the same for every finding
        for offset, word, other in rare:
            yield Hit(
                offset,
                offset + len(word),
                f"{curly(word)} is not the {main_name} spelling the article uses "
                f"({places}); write {curly(other)}",
                fix=other,
                related=related,
            )


RULE = Rule("NC305", "spelling-dialect", Severity.WARNING, __doc__ or "", check=check)
