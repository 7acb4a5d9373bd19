"""One person's name is spelled two ways in the same article.

What it flags:
    A name that differs from a person's name in the article by one word spelled another way:
    a letter added, dropped or changed in a longer word (Arevic / Arevich, Natanyahu /
    Netanyahu) or a transliteration swap (Haq / Haque). The first spelling used is taken as
    the right one. Second references are not flagged ("Haq" after "Moin Haq", "Mr Howard"
    after "Michael Howard"), nor are different people who share a family name ("Wang Yi" and
    "Wang Yifei"), nor a short form that could belong to two people.

Why it matters:
    Readers cannot tell whether two spellings are one person or two, and a misspelt name is
    the correction editors most want to avoid.

Example:
    Pakistan's ambassador to China, Moin Haq, spoke at the forum on Tuesday.

    "Trade links matter," Haque added.

Use instead:
    Pakistan's ambassador to China, Moin Haq, spoke at the forum on Tuesday.

    "Trade links matter," Haq added.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.check.locate import curly, where
from toolkit.check.mentions import Run, name_runs
from toolkit.check.registry import Hit, HouseStyle, Rule
from toolkit.check.similarity import fold, one_token_variant
from toolkit.findings import Severity
from toolkit.model import Article, Span

Anchor = tuple[tuple[str, ...], int]  # name words, offset of the first mention


def skipped_spans(article: Article) -> list[Span]:
    """The dateline and bylines: reporters' names there are not people in the story."""
    spans = [b.span for b in article.bylines if b.span is not None]
    if article.dateline is not None and article.dateline.span is not None:
        spans.append(article.dateline.span)
    if article.agency_span is not None:
        spans.append(article.agency_span)
    return spans


def _first_mention(article: Article, name: str, mentions: tuple[Span, ...]) -> int:
    if mentions:
        return min(s.start for s in mentions)
    found = article.text.find(name)
    return found if found >= 0 else len(article.text)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    folded = [fold(t) for t in shorter]
    return any([fold(t) for t in longer[i : i + n]] == folded for i in range(len(longer) - n + 1))


def variant_of(run: tuple[str, ...], name: tuple[str, ...]) -> tuple[int, int, int] | None:
    """Where ``run`` spells part of ``name`` with one word different.

    Returns (start in run, start in name, number of words), or None.
    """
    n = min(len(run), len(name))
    for i in range(len(run) - n + 1):
        for j in range(len(name) - n + 1):
            if one_token_variant(run[i : i + n], name[j : j + n]) is not None:
                return i, j, n
    return None


def anchors(article: Article) -> list[Anchor]:
    """People's names by first mention, without those that are variants of an earlier one."""
    found = sorted(
        (
            (tuple(p.name.split()), _first_mention(article, p.name, p.mentions))
            for p in article.people
            if p.name.strip()
        ),
        key=lambda item: item[1],
    )
    kept: list[Anchor] = []
    for name, offset in found:
        if any(k == name for k, _ in kept):
            continue
        if any(variant_of(name, k) for k, _ in kept):
            continue
        kept.append((name, offset))
    return kept


def check(article: Article, house: HouseStyle) -> Iterator[Hit]:
    known = anchors(article)
    if not known:
        return
    for run in name_runs(article, skipped_spans(article)):
        yield from _judge(article, run, known)


def _judge(article: Article, run: Run, known: list[Anchor]) -> Iterator[Hit]:
    if any(_contains(name, run.tokens) for name, _ in known):
        return  # the name itself or a second reference to it
    matches = [(name, offset, v) for name, offset in known if (v := variant_of(run.tokens, name))]
    if len(matches) != 1:
        return  # not a variant, or a short form two people could share
    name, offset, (i, j, n) = matches[0]
    written = run.tokens[i : i + n]
    right = name[j : j + n]
    span = Span(run.spans[i].start, run.spans[i + n - 1].end)
    shown = article.text[span.start : span.end]
    fixed = " ".join(right)
    yield Hit(
        span.start,
        span.end,
        f"{curly(shown)} is spelled {curly(fixed)} on {where(article, offset)}; use one spelling",
        fix=fixed,
        match=" ".join(written),
    )


RULE = Rule("NC101", "name-variant", Severity.WARNING, __doc__ or "", check=check)
