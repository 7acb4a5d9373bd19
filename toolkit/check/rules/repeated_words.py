"""A word or phrase is typed twice in a row.

What it flags:
    The same word or phrase (up to six words) repeated with only spaces between:
    "the the", "put the figure at put the figure at". Doublings that English allows
    ("had had", "that that") and repeated names ("Sirhan Sirhan", "Walla Walla") are left
    alone.

Why it matters:
    A doubled word is an editing slip that spell checkers miss; it reads as carelessness.

Example:
    Analysts put the figure at put the figure at 3.2 billion yuan.

Use instead:
    Analysts put the figure at 3.2 billion yuan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.prose import heading_spans, inside, paragraphs
from toolkit.check.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.model import Article

_REPEAT = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’]*(?:[ ]+[\w'’]+){0,5})[ ]+\1(?![\w'’-])", re.IGNORECASE
)
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


def check(article: Article, house: HouseStyle) -> Iterator[Hit]:
    text = article.text
    headings = heading_spans(article)
    for paragraph in paragraphs(article):
        if inside(paragraph.span.start, headings):
            continue
        for match in _REPEAT.finditer(text, paragraph.span.start, paragraph.span.end):
            phrase = match.group(1)
            single = " " not in phrase
            if single and phrase.lower() in _ALLOWED:
                continue
            second = text[match.end() - len(phrase) : match.end()]
            if (
                single
                and phrase.lower() not in _CLOSED_CLASS
                and (phrase[0].isupper() and second[0].isupper())
            ):
                continue  # a doubled name: Sirhan Sirhan, Walla Walla
            what = "word" if single else "phrase"
            yield Hit(
                match.start(),
                match.end(),
                f"The {what} “{phrase}” is repeated; delete one",
                fix=phrase,
            )


RULE = Rule("NC502", "repeated-words", Severity.WARNING, __doc__ or "", check=check)
