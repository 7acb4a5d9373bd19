"""Direct quotations and who spoke them.

Quote marks: straight "...", curly “...” and the ``...'' of old AP copy. A quotation that runs
on into the next paragraph is left open and reopened there (wire convention), so it becomes
one Quote spanning both. A short quoted phrase without closing punctuation ("Belt and Road",
"Digital Silk Road") is a term, not speech, and is not returned.

A speaker is a person named next to a speech verb: in the rest of the quote's sentence
(``," Toiv said``), before the quote in its paragraph (``X said: "...``), in the sentence after
the quote (``"..." Pakistan's ambassador ..., Moin Haq, said``), or, for a paragraph that is
only a quotation, in the previous paragraph (``X ... said in a video speech that ...``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from toolkit.model import Quote, Span
from toolkit.readers.text.names import SPEECH_VERBS, trie_pattern, word_set
from toolkit.text.quotes import CLOSERS, MARK, OPENERS


def _verb_pattern(phrases: list[str]) -> re.Pattern[str]:
    # Like r"\b(?:said|says|...)\b", but each alternative starts with a plain letter and checks
    # the word boundary just after it, so that re can skip to candidate letters quickly.
    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases):
        groups.setdefault(phrase[0], []).append(phrase[1:])
    branches = [
        re.escape(first) + r"(?<!\w.)" + trie_pattern(rests) for first, rests in groups.items()
    ]
    return re.compile("(?:" + "|".join(branches) + r")\b")


_VERB = _verb_pattern([*SPEECH_VERBS, "according to", "According to"])
_PRONOUN_VERB = re.compile(
    r"\b(?:he|she|they)\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
    r"|\b(?:said|says|added)\s+(?:he|she)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”'’]*(?=\s|$)")
_NOT_END = re.compile(r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No)|\.[A-Z])$")
_TERMINAL = (".", ",", "!", "?", "…", ":", ";", "-", "—")
_MAX_TERM_WORDS = 5
_MAX_NAME_WORDS = 14
_SMALL_WORDS = word_set("a an and as at by for from in of on or the to with")


class Mention(NamedTuple):
    start: int
    end: int
    name: str


class _Open(NamedTuple):
    start: int  # offset of the opening mark
    inner: int  # offset just after it
    paragraph: int


def _straight_opens(text: str, pos: int, floor: int) -> bool:
    before = text[pos - 1] if pos > floor else " "
    return before.isspace() or before in "([{—–-/"


def _sentence_end(text: str, pos: int, limit: int) -> int:
    for m in _SENTENCE_END.finditer(text, pos, limit):
        if m.group()[0] == "." and _NOT_END.search(text, max(pos, m.start() - 6), m.start()):
            continue
        return m.end()
    return limit


def _sentence_start(text: str, pos: int, floor: int) -> int:
    start = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        if m.group()[0] == "." and _NOT_END.search(text, max(floor, m.start() - 6), m.start()):
            continue
        start = m.end()
    return start


def _is_term(inner: str) -> bool:
    """A scare-quoted phrase ("Belt and Road") or a quoted name of an event, work or slogan."""
    stripped = inner.strip()
    found = stripped.split()
    if len(found) <= _MAX_TERM_WORDS and not stripped.endswith(_TERMINAL):
        return True
    if len(found) > _MAX_NAME_WORDS or stripped.endswith((",", "?", "!")):
        return False
    # "2021 Award-Giving Ceremony for Honorary Degree and Advanced Degree": a title-case name
    content = [w for w in found if w[:1].isalpha() and w.casefold() not in _SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _joined_inner(text: str, start: int, end: int, cuts: Sequence[tuple[int, int]]) -> str:
    parts: list[str] = []
    pos = start
    for a, b in cuts:
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:end])
    return " ".join("".join(parts).split())


def find_quotes(text: str, spans: Sequence[Span]) -> list[tuple[Span, str, int, int]]:
    """(span with marks, text without marks, first paragraph, last paragraph) of each quote."""
    found: list[tuple[Span, str, int, int]] = []
    open_: _Open | None = None
    cuts: list[tuple[int, int]] = []  # reopening marks of a quote that runs on
    for index, para in enumerate(spans):
        reopen_pending = open_ is not None
        for m in MARK.finditer(text, para.start, para.end):
            mark = m.group()
            pos = m.start()
            if reopen_pending:
                reopen_pending = False
                if not text[para.start : pos].strip() and (mark in OPENERS or mark == '"'):
                    cuts.append((pos, m.end()))
                    continue
                open_ = None  # the carried quote was never reopened: it was unbalanced
                cuts = []
            if mark in OPENERS or (
                mark == '"' and open_ is None and _straight_opens(text, pos, para.start)
            ):
                open_ = _Open(pos, m.end(), index)
                cuts = []
                continue
            if open_ is None or not (mark in CLOSERS or mark == '"'):
                continue
            inner = _joined_inner(text, open_.inner, pos, cuts)
            found.append((Span(open_.start, m.end()), inner, open_.paragraph, index))
            open_ = None
            cuts = []
        if reopen_pending:
            open_ = None
            cuts = []
        if open_ is not None:
            nxt = (
                text[spans[index + 1].start : spans[index + 1].end].lstrip()
                if (index + 1 < len(spans))
                else ""
            )
            if not (nxt[:1] in ('"', "“") or nxt[:2] == "``"):
                open_ = None
                cuts = []
    return found


def _nearest_to_verb(
    text: str, start: int, end: int, mentions: Sequence[Mention], starts: Sequence[int]
) -> Mention | None:
    """The mention in ``start:end`` closest to a speech verb there (the first of equals).

    Verb matches do not overlap, so their starts and their ends both ascend: the nearest
    verb after a mention and the nearest before it are each one bisection away, which keeps
    a long window full of names and verbs linear rather than names times verbs.
    """
    if start >= end:
        return None
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    if lo == hi:
        return None  # no name in the window: no need to look for verbs
    verbs = [(m.start(), m.end()) for m in _VERB.finditer(text, start, end)]
    if not verbs:
        return None
    verb_starts = [vs for vs, _ in verbs]
    verb_ends = [ve for _, ve in verbs]
    best: tuple[int, Mention] | None = None
    for mention in mentions[lo:hi]:
        if mention.end > end:
            continue
        distance: int | None = None
        after = bisect.bisect_left(verb_starts, mention.end)
        if after < len(verbs):
            distance = verb_starts[after] - mention.end
        before = bisect.bisect_right(verb_ends, mention.start) - 1
        if before >= 0 and verb_starts[before] < mention.end:
            gap = mention.start - verb_ends[before]
            distance = gap if distance is None else min(distance, gap)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, mention)
    return best[1] if best is not None else None


def attribute(
    text: str,
    quotes: Sequence[tuple[Span, str, int, int]],
    spans: Sequence[Span],
    mentions: Sequence[Mention],
) -> list[Quote]:
    """Quotes with their speaker; short term-like quotations are dropped."""
    starts = [m.start for m in mentions]
    quote_spans = [q[0] for q in quotes]
    quote_ends = [q.end for q in quote_spans]
    result: list[Quote] = []
    for number, (span, inner, first, last) in enumerate(quotes):
        if _is_term(inner):
            continue
        para_first, para_last = spans[first], spans[last]
        next_quote = quote_spans[number + 1].start if number + 1 < len(quotes) else para_last.end
        prev_quote = quote_spans[number - 1].end if number > 0 else para_first.start
        limit = min(para_last.end, next_quote) if next_quote > span.end else para_last.end
        floor = max(para_first.start, prev_quote) if prev_quote <= span.start else para_first.start
        same_end = _sentence_end(text, span.end, limit)
        if inner.endswith((".", "!", "?")) and text[span.end : limit].strip()[:1].isupper():
            same_end = span.end  # the quoted sentence has ended; attribution comes after
        same_start = _sentence_start(text, span.start, floor)
        next_end = _sentence_end(text, same_end, limit) if same_end < limit else same_end
        windows = [
            (span.end, same_end),
            (same_start, span.start),
            (same_end, next_end),
            (floor, span.start),
        ]
        speaker: Mention | None = None
        for a, b in windows:
            speaker = _nearest_to_verb(text, a, b, mentions, starts)
            if speaker is not None:
                break
        if speaker is None and _PRONOUN_VERB.search(text, span.end, next_end):
            speaker = _last_before(span.start, spans[max(0, first - 1)].start, mentions, starts)
        if (
            speaker is None
            and first > 0
            and _only_quotes(text, para_first, quote_spans, quote_ends)
        ):
            prev = spans[first - 1]
            speaker = _nearest_to_verb(text, prev.start, prev.end, mentions, starts)
        result.append(
            Quote(
                inner,
                span,
                speaker.name if speaker else None,
                Span(speaker.start, speaker.end) if speaker else None,
                first,
            )
        )
    return result


def _last_before(
    pos: int, floor: int, mentions: Sequence[Mention], starts: Sequence[int]
) -> Mention | None:
    k = bisect.bisect_left(starts, pos) - 1
    if k >= 0 and mentions[k].start >= floor:
        return mentions[k]
    return None


def _only_quotes(
    text: str, para: Span, quote_spans: Sequence[Span], quote_ends: Sequence[int]
) -> bool:
    """Whether a paragraph has nothing outside its quotation marks but space.

    ``quote_spans`` are in text order and do not overlap (as :func:`find_quotes` gives
    them), so the paragraph's quotes are found by bisection in ``quote_ends`` (their ends)
    instead of a walk over every quote of the article, which made an article of many
    quote-only paragraphs quadratic.
    """
    pos = para.start
    # The first quote ending after the paragraph starts; ends ascend like starts.
    k = bisect.bisect_right(quote_ends, para.start)
    for q in (quote_spans[i] for i in range(k, len(quote_spans))):
        if q.start >= para.end:
            break
        if text[pos : q.start].strip():
            return False
        pos = max(pos, q.end)
    return not text[pos : para.end].strip()
