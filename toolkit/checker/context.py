"""What rules read of one article, computed once per article on first use.

The engine builds one :class:`ArticleContext` per article and hands it to every rule, so rules
share the paragraphs, quote marks and people's name forms they all need instead of each
computing (or caching at module level) its own. A fact only some rules need and that belongs to
no layer below (NC101's name spellings) is shared through :meth:`ArticleContext.shared`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from toolkit.model import Article, NameForm, Paragraph, Person, Span, Title
from toolkit.text.quotes import QuoteMark, quote_marks, quoted_spans
from toolkit.text.words import is_heading

T = TypeVar("T")

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")
# A word from its first letter on, with the letters, digits, apostrophes and hyphens after
# it ("Smiths'", "co-operation", "COVID19"); no backtracking end, so the regex is quick.
DISTINCT_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def blank_line_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Blank-line blocks of ``text``: the paragraphs of an article whose reader gave none."""
    found = []
    start = 0
    for match in [*_BLANK_LINES.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[start:end]
        stripped = block.strip()
        if stripped:
            offset = start + block.index(stripped[0])
            span = Span(offset, offset + len(stripped))
            found.append(
                Paragraph(" ".join(stripped.split()), span, text.count("\n", 0, offset) + 1)
            )
        start = match.end() if match else len(text)
    return tuple(found)


def skipped_spans(article: Article) -> tuple[Span, ...]:
    """The dateline, bylines and agency credit: names there are not people in the story."""
    spans = [b.span for b in article.bylines if b.span is not None]
    if article.dateline is not None and article.dateline.span is not None:
        spans.append(article.dateline.span)
    if article.agency_span is not None:
        spans.append(article.agency_span)
    return tuple(spans)


def _forms_of_mentions(text: str, person: Person) -> tuple[NameForm, ...]:
    spans: dict[str, list[Span]] = {}
    for mention in person.mentions:
        spans.setdefault(" ".join(text[mention.start : mention.end].split()), []).append(mention)
    ordered = sorted(spans.items(), key=lambda item: (-len(item[0].split()), item[1][0].start))
    return tuple(NameForm(form, tuple(found)) for form, found in ordered)


class ArticleContext:
    """One article and what rules derive from it, each part computed on first use."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._shared: dict[Callable[[ArticleContext], Any], Any] = {}

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The reader's paragraphs, or blank-line blocks when the reader gave none."""
        return self.article.paragraphs or blank_line_paragraphs(self.article.text)

    @cached_property
    def headings(self) -> tuple[Span, ...]:
        """Paragraphs that are headlines or title-case lines, plus the reader's headline."""
        spans = [p.span for p in self.paragraphs if is_heading(p.text)]
        headline = self.article.headline
        if headline is not None and headline.span is not None:
            spans.append(headline.span)
        return tuple(spans)

    @cached_property
    def quote_marks(self) -> tuple[tuple[QuoteMark, ...], ...]:
        """The double quote marks of each paragraph, in paragraph order."""
        text = self.article.text
        return tuple(quote_marks(text, p.span.start, p.span.end) for p in self.paragraphs)

    @cached_property
    def quoted(self) -> tuple[Span, ...]:
        """Stretches inside double quotes, paragraph by paragraph (an unclosed one runs on to
        its paragraph's end)."""
        text = self.article.text
        return tuple(
            span for p in self.paragraphs for span in quoted_spans(text, p.span.start, p.span.end)
        )

    @cached_property
    def distinct_words(self) -> frozenset[str]:
        """The text's distinct :data:`DISTINCT_WORD` words: one scan of the text (a regex
        scan costs about as much as a rule) serves NC306's word families and NC305's
        dialect words."""
        return frozenset(DISTINCT_WORD.findall(self.article.text))

    @cached_property
    def skipped(self) -> tuple[Span, ...]:
        """:func:`skipped_spans`: dateline, bylines, agency credit."""
        return skipped_spans(self.article)

    @property
    def people(self) -> tuple[Person, ...]:
        return self.article.people

    @cached_property
    def forms(self) -> tuple[tuple[NameForm, ...], ...]:
        """Each person's written name forms (in ``people`` order), fullest first.

        The reader's ``Person.forms``; for a person read from a marked-up format, which knows
        only the name and where it is mentioned, the forms its mentions spell.
        """
        return tuple(p.forms or _forms_of_mentions(self.article.text, p) for p in self.people)

    @cached_property
    def titles(self) -> tuple[tuple[Person, Title], ...]:
        """Every title the reader attached, with its person, in text order."""
        found = [(p, t) for p in self.article.people for t in p.titles]
        return tuple(sorted(found, key=lambda pt: pt[1].span.start if pt[1].span else -1))

    @cached_property
    def body_start(self) -> int:
        """Where the story starts: after the dateline, else 0."""
        dateline = self.article.dateline
        return dateline.span.end if dateline is not None and dateline.span is not None else 0

    def shared(self, compute: Callable[[ArticleContext], T]) -> T:
        """``compute(self)``, computed once for this article whichever rule asks first."""
        if compute not in self._shared:
            self._shared[compute] = compute(self)
        result: T = self._shared[compute]
        return result
