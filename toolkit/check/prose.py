"""Reading article text for rules: paragraphs, words, sentence starts, quoted stretches."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from toolkit.model import Article, Paragraph, Span

# A capitalised word (Latin capitals: English wire copy), with inner hyphens and apostrophes.
CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W_]*(?:['’\-][^\W\d_]+)*"
# The same, not glued to a word, apostrophe or hyphen before it. Equivalent to
# (?<![\w'’-]){CAPITALISED}, but the capital comes first: a leading character set lets the
# regex engine skip to candidate capitals instead of trying the look-behind at every offset.
CAPITALISED_AT_WORD_START = r"[A-ZÀ-ÖØ-Þ](?<![\w'’-].)[^\W_]*(?:['’\-][^\W\d_]+)*"
WORD = re.compile(r"[^\W\d_](?:[\w’'\-]*\w)?")
_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")
# Characters after which the next word starts a sentence (")" ends a CNS/Xinhua dateline).
_SENTENCE_END = frozenset(".!?:;)—–-")  # "(Reuters) - Shares rose": a dash opens the story
_QUOTES = frozenset("\"“”‘’'`«»「」")


def paragraphs(article: Article) -> tuple[Paragraph, ...]:
    """The reader's paragraphs, or blank-line blocks when the reader gave none."""
    if article.paragraphs:
        return article.paragraphs
    cached = _BLOCKS.get(id(article))
    if cached is not None and cached[0] is article:
        return cached[1]
    found = _blocks(article)
    _BLOCKS.clear()  # rules run article by article: remembering the last one is enough
    _BLOCKS[id(article)] = (article, found)
    return found


_BLOCKS: dict[int, tuple[Article, tuple[Paragraph, ...]]] = {}
_HEADINGS: dict[int, tuple[Article, tuple[Span, ...]]] = {}


def _blocks(article: Article) -> tuple[Paragraph, ...]:
    found = []
    text = article.text
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


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    return WORD.finditer(text, start, len(text) if end is None else end)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_heading(text: str) -> bool:
    """A headline or title-case line: short, no closing full stop, most long words capitalised."""
    stripped = text.strip()
    if not stripped or stripped[-1] in '.!?"”' or len(stripped) > 160:
        return False
    long_words = [w.group() for w in WORD.finditer(stripped) if len(w.group()) > 3]
    if not long_words:
        return False
    capitalised = sum(1 for w in long_words if is_capitalised(w))
    return capitalised / len(long_words) >= 0.7


def starts_sentence(text: str, offset: int, floor: int = 0) -> bool:
    """True when the word at ``offset`` opens a sentence (or the stretch starting at floor)."""
    i = offset - 1
    while i >= floor and (text[i].isspace() or text[i] in _QUOTES or text[i] == "("):
        i -= 1
    return i < floor or text[i] in _SENTENCE_END


def heading_spans(article: Article) -> tuple[Span, ...]:
    """Paragraphs that are headlines or title-case lines, plus the reader's headline."""
    cached = _HEADINGS.get(id(article))
    if cached is not None and cached[0] is article:
        return cached[1]
    spans = [p.span for p in paragraphs(article) if is_heading(p.text)]
    if article.headline and article.headline.span:
        spans.append(article.headline.span)
    found = tuple(spans)
    _HEADINGS.clear()
    _HEADINGS[id(article)] = (article, found)
    return found


def inside(offset: int, spans: Sequence[Span]) -> bool:
    return any(s.start <= offset < s.end for s in spans)


class QuoteMark(NamedTuple):
    """A double quote mark (a named tuple: an article has dozens, made in one pass)."""

    offset: int
    char: str  # the mark as written: “ ” " `` '' (a doubled mark: "" or “”)
    opening: bool | None  # None: a straight mark whose role the context does not settle
    inch: bool = False  # 5" or 12": an inch mark unless a straight quotation is open
    doubled: bool = False  # ""two"" or “”This: one mark typed twice

    @property
    def straight(self) -> bool:
        return self.char.startswith('"')

    @property
    def family(self) -> str:
        if self.char.startswith(("`", "'")):
            return "AP-style"
        return "straight" if self.straight else "curly"


def _role(text: str, i: int, size: int, start: int, end: int) -> bool | None:
    """Opening, closing or unsettled, from the characters either side of a symmetric mark."""
    before = text[i - 1] if i > start else " "
    after = text[i + size] if i + size < end else " "
    if before.isspace() or before in "([{—–-/" or i == start:
        return True
    if after.isspace() or after in ".,;:!?)]}—–-/" or i + size == end:
        return False
    return None


_QUOTE_MARK = re.compile(r"“”|“|”|``|''|\"\"|\"")


@lru_cache(maxsize=64)
def quote_marks(text: str, start: int, end: int) -> tuple[QuoteMark, ...]:
    """Double quote marks in [start, end); apostrophes and single quotes are not quote marks.

    Old AP style ````...''`` counts, and so does ``''...''``, whose role the spacing tells.
    A mark typed twice (``""``, ``“”`` before a word) counts once, marked ``doubled``.
    Cached: the quote rules each read the marks of the same paragraphs (a string caches its
    hash, so the key costs little).
    """
    marks: list[QuoteMark] = []
    for match in _QUOTE_MARK.finditer(text, start, end):
        mark, i = match.group(), match.start()
        if mark == "“”":
            if i + 2 < end and text[i + 2].isalnum():
                marks.append(QuoteMark(i, mark, True, doubled=True))
            else:
                marks += [QuoteMark(i, "“", True), QuoteMark(i + 1, "”", False)]
        elif mark == "“" or mark == "``":
            marks.append(QuoteMark(i, mark, True))
        elif mark == "”":
            marks.append(QuoteMark(i, mark, False))
        elif mark == '"' and i > start and text[i - 1].isdigit():
            marks.append(QuoteMark(i, mark, None, inch=True))
        else:  # '"', '""' or "''": the spacing tells the role
            role = _role(text, i, len(mark), start, end)
            marks.append(QuoteMark(i, mark, role, doubled=mark == '""'))
    return tuple(marks)


def quoted_spans(text: str, start: int, end: int) -> list[Span]:
    """Stretches inside double quotes in [start, end); an unclosed quote runs to ``end``."""
    spans = []
    open_at: int | None = None
    for mark in quote_marks(text, start, end):
        if mark.inch and open_at is None:
            continue
        opening = mark.opening if mark.opening is not None else open_at is None
        if open_at is None and opening:
            open_at = mark.offset
        elif open_at is not None and not opening:
            spans.append(Span(open_at, mark.offset + len(mark.char)))
            open_at = None
    if open_at is not None:
        spans.append(Span(open_at, end))
    return spans
