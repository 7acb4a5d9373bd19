"""The linear helpers of the quote reader give exactly what the plain scans gave.

The plain versions below are the oracle: a walk over every quote of the article per
paragraph, and every mention against every verb per window. Hypothesis makes the texts from
pieces that matter to them (quote marks, speech verbs, names, sentence ends, paragraph
breaks), so quotes, verbs and mentions fall everywhere relative to each other.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.model import Span
from toolkit.readers.text import quotes
from toolkit.readers.text.quotes import Mention, find_quotes

_PIECES = [
    '"', "“", "”", "``", "''", " ", "  ", ". ", ", ", "\n\n", "said", "says", "told",
    "according to", "Li Wei", "Ana Ruiz", "he", "the port", "We will", "go", "!", "?",
]  # fmt: skip


def _plain_only_quotes(text: str, para: Span, quote_spans: Sequence[Span]) -> bool:
    pos = para.start
    for q in quote_spans:
        if q.end <= para.start or q.start >= para.end:
            continue
        if text[pos : q.start].strip():
            return False
        pos = max(pos, q.end)
    return not text[pos : para.end].strip()


def _plain_nearest_to_verb(
    text: str, start: int, end: int, mentions: Sequence[Mention], starts: Sequence[int]
) -> Mention | None:
    if start >= end:
        return None
    verbs = [(m.start(), m.end()) for m in quotes._VERB.finditer(text, start, end)]
    if not verbs:
        return None
    best: tuple[int, Mention] | None = None
    for mention in mentions:
        if mention.start < start or mention.start >= end or mention.end > end:
            continue
        for vs, ve in verbs:
            distance = vs - mention.end if mention.end <= vs else mention.start - ve
            if distance < 0:
                continue
            if best is None or distance < best[0]:
                best = (distance, mention)
    return best[1] if best is not None else None


def _paragraph_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_only_quotes_equals_the_plain_scan(text: str) -> None:
    spans = _paragraph_spans(text)
    quote_spans = [q[0] for q in find_quotes(text, spans)]
    for para in spans:
        ends = [q.end for q in quote_spans]
        assert quotes._only_quotes(text, para, quote_spans, ends) == _plain_only_quotes(
            text, para, quote_spans
        )


@st.composite
def windows_and_mentions(draw: st.DrawFn) -> tuple[str, int, int, list[Mention]]:
    text = draw(texts)
    size = len(text)
    bounds = st.integers(0, size)
    start, end = sorted((draw(bounds), draw(bounds)))
    pairs = draw(st.lists(st.tuples(bounds, st.integers(0, 12)), max_size=12))
    mentions = sorted(
        (Mention(a, min(size, a + length), text[a : a + length]) for a, length in pairs),
        key=lambda m: m.start,
    )
    return text, start, end, mentions


@settings(max_examples=600, deadline=None)
@given(windows_and_mentions())
def test_nearest_to_verb_equals_the_plain_scan(
    case: tuple[str, int, int, list[Mention]],
) -> None:
    text, start, end, mentions = case
    starts = [m.start for m in mentions]
    assert quotes._nearest_to_verb(text, start, end, mentions, starts) == _plain_nearest_to_verb(
        text, start, end, mentions, starts
    )


def test_many_quote_only_paragraphs_take_linear_time() -> None:
    # 40,000 paragraphs that are only a quotation took 7 s when each asked every quote.
    quote = '"We will keep building the port and the roads around it this year."'
    text = "\n".join([quote] * 40_000)
    spans = _paragraph_spans(text)
    quote_spans = [q[0] for q in find_quotes(text, spans)]
    assert len(quote_spans) == 40_000
    ends = [q.end for q in quote_spans]
    began = time.perf_counter()
    assert all(quotes._only_quotes(text, para, quote_spans, ends) for para in spans)
    assert time.perf_counter() - began < 2.0


def test_a_window_of_many_names_and_verbs_takes_linear_time() -> None:
    text = "Li Wei said " * 20_000
    mentions = [Mention(12 * n, 12 * n + 6, "Li Wei") for n in range(20_000)]
    starts = [m.start for m in mentions]
    began = time.perf_counter()
    found = quotes._nearest_to_verb(text, 0, len(text), mentions, starts)
    assert found == mentions[0]
    assert time.perf_counter() - began < 2.0
