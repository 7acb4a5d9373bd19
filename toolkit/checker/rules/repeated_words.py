"""A word or phrase is typed twice in a row.

What it flags:
    The same word or phrase (up to six words) repeated with only spaces between:
    "the the", "put the figure at put the figure at"; a run of more copies ("the the the")
    is one finding. Doublings that English allows
    ("had had", "that that"), repeated names ("Sirhan Sirhan", "Walla Walla") and a word
    repeated with a capital (a table's next row, "a A$ 4 million") are left alone. The fix,
    one of the two, is certain.

Why it matters:
    A doubled word is an editing slip that spell checkers miss; it reads as carelessness.

Example:
    Analysts put the figure at put the figure at 3.2 billion yuan.

Use instead:
    Analysts put the figure at 3.2 billion yuan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise

from toolkit.checker.context import ArticleContext
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.words import inside

_WORD = re.compile(r"[^\W_][\w'’]*")
_LONGEST = 6  # words in the longest repeated phrase looked for


_ALLOWED = frozenset(
    [
        "had",
        "that",
        "is",
        "do",
        "does",
        "bye",
        "no",
        "yes",
        "very",
        "so",
        "ha",
        "now",
        "well",
        "knock",
        "tut",
        "chop",
        "pooh",
        "dum",
        "tsk",
        "ho",
    ]
)
_CLOSED_CLASS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "is",
        "was",
        "are",
        "were",
        "be",
        "it",
        "this",
        "its",
        "their",
        "his",
        "her",
        "our",
        "we",
        "they",
        "he",
        "she",
    ]
)


def _blank(gap: str) -> bool:
    """Only spaces between two words, or one line break of hard-wrapped copy."""
    return bool(gap) and gap.strip(" \t\n") == "" and gap.count("\n") <= 1


def _starts(folded: Sequence[str | int]) -> Iterator[tuple[int, int]]:
    """(first word, words in phrase) of each phrase of up to ``_LONGEST`` words said twice in
    a row, gaps aside, in the order of the second saying's first word.

    A repeated phrase starts with a word seen again at most six words later, its last
    occurrence before, so one pass with the last place of each word finds the few places to
    look at closely.
    """
    last: dict[str | int, int] = {}
    for i, word in enumerate(folded):
        before = last.get(word)
        if (
            before is not None
            and i - before <= _LONGEST
            and folded[before:i] == folded[i : 2 * i - before]
        ):
            yield before, i - before
        last[word] = i


def _repeats(
    text: str, found: list[re.Match[str]], folded: list[str]
) -> Iterator[tuple[int, int, int, int]]:
    """(first word, words in phrase, copies, end offset) of each phrase typed twice or more
    in a row.

    ``folded`` are the casefolded words. A repeated phrase starts with a word seen again at
    most six words later, so only those places are looked at closely.
    """
    taken = -1
    n = len(found)
    for i, size in _candidates(folded):
        j = i + size
        if i <= taken or j + size > n or folded[i:j] != folded[j : j + size]:
            continue
        if not _blank_between(text, found, i, j + size):
            continue
        # The phrase may come again and again ("port port port ..."): the whole run is one
        # slip with one fix, not one finding per pair (a line of one word made 450,000).
        stop = j + size
        while (
            stop + size <= n
            and folded[stop : stop + size] == folded[i:j]
            and _blank_between(text, found, stop - 1, stop + size)
        ):
            stop += size
        yield i, size, (stop - i) // size, found[stop - 1].end()
        taken = stop - 1


def _candidates(folded: list[str]) -> Iterator[tuple[int, int]]:
    """(first word, words in phrase) wherever a word comes again at most six words on.

    A generator, not a list: a paragraph of one word repeated has a candidate per word.
    """
    last: dict[str, int] = {}
    for i, word in enumerate(folded):
        before = last.get(word)
        if before is not None and i - before <= _LONGEST:
            yield before, i - before
        last[word] = i


def _blank_between(text: str, found: list[re.Match[str]], first: int, stop: int) -> bool:
    """Whether only blanks (:func:`_blank`) lie between the words ``first`` to ``stop - 1``."""
    return all(_blank(text[a.end() : b.start()]) for a, b in pairwise(found[first:stop]))


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    headings = ctx.headings
    paragraphs = [p for p in ctx.paragraphs if not inside(p.span.start, headings)]
    folded: list[str | int] = []
    firsts = []  # where each paragraph's words start in ``folded``
    for number, paragraph in enumerate(paragraphs):
        firsts.append(len(folded))
        folded.extend(
            map(str.casefold, _WORD.findall(text, paragraph.span.start, paragraph.span.end))
        )
        folded.append(number)
    # the words of every paragraph in one list, each paragraph followed by its number: an
    # int equals no word and no other paragraph's number, so no phrase is found across two
    # paragraphs, and one pass finds the few paragraphs worth a closer look
    candidates = sorted({bisect_right(firsts, i) - 1 for i, _ in _starts(folded)})
    for paragraph in (paragraphs[k] for k in candidates):
        start, end = paragraph.span.start, paragraph.span.end
        words = list(map(str.casefold, _WORD.findall(text, start, end)))
        found = list(_WORD.finditer(text, start, end))
        for i, size, copies, stop in _repeats(text, found, words):
            first = found[i]
            if not first.group()[0].isalpha():
                continue  # "10 10": figures in a table
            phrase = text[first.start() : found[i + size - 1].end()]
            second = found[i + size].group()
            if phrase[0].islower() and second[0].isupper():
                continue  # "vs qualifier / Qualifier vs", "a A$ 4.3 million": no slip
            if size == 1:
                word = phrase.casefold()
                if word in _ALLOWED:
                    continue
                if word not in _CLOSED_CLASS and phrase[0].isupper() and second[0].isupper():
                    continue  # a doubled name: Sirhan Sirhan, Walla Walla
                if text[stop : stop + 1] == "-":
                    continue  # Boutros Boutros-Ghali
            what = "word" if size == 1 else "phrase"
            said = "is repeated; delete one"
            if copies > 2:
                said = f"is typed {copies:,} times in a row; keep one"
            yield Hit(
                first.start(),
                stop,
                f"The {what} “{phrase}” {said}",
                fix=phrase,
                fix_safe=True,
            )


RULE = Rule("NC502", "repeated-words", Severity.WARNING, __doc__ or "", check=check)
