"""One person's name is spelled two ways in the same article.

What it flags:
    A name that differs from a person's name in the article by one word spelled another way:
    a letter added, dropped or changed in a longer word (Arevic / Arevich, Natanyahu /
    Netanyahu) or a transliteration swap (Haq / Haque). The house list's spelling
    (``names``), else the first spelling the article uses, is taken as the right one.
    Second references are not flagged ("Haq" after "Moin Haq", "Mr Howard" after "Michael
    Howard"), nor are different people who share a family name ("Wang Yi" and "Wang
    Yifei"), nor a short form that could belong to two people.

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
from itertools import repeat

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where
from toolkit.checker.mentions import Run
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.checker.similarity import fold, one_token_variant, token_variant
from toolkit.findings import Severity
from toolkit.model import Article, Span

Anchor = tuple[tuple[str, ...], int]  # name words, offset of the first mention


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


def anchors(ctx: ArticleContext) -> tuple[Anchor, ...]:
    """People's names by first mention, without those that are variants of an earlier one.

    Computed once per article: NC101 and NC104 both start from them.
    """
    return ctx.shared(_anchors)


def _anchors(ctx: ArticleContext) -> tuple[Anchor, ...]:
    article = ctx.article
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
    return tuple(kept)


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    known = anchors(ctx)
    if not known:
        return
    own: dict[int, list[Run]] = {}  # runs that are an anchor's name or a part of it
    variants: dict[int, list[tuple[Run, int, int]]] = {}  # (run, run word, anchor word)
    words = {fold(w): w for name, _ in known for w in name}
    name_words = list(words.values())
    spelling: dict[str, bool] = {}  # run word -> whether it spells some name word another way
    for run in ctx.runs:
        if len(run.tokens) == 1 and fold(run.tokens[0]) not in words:
            # most runs are one word that is no name word: settle those without the lists
            t = run.tokens[0]
            spells = spelling.get(t)
            if spells is None:
                spells = spelling[t] = any(map(token_variant, repeat(t), name_words))
            if not spells:
                continue
        others = [t for t in run.tokens if fold(t) not in words]
        if not others:
            for k, (name, _) in enumerate(known):
                if _contains(name, run.tokens):
                    own.setdefault(k, []).append(run)
            continue
        for t in others:
            if t not in spelling:
                spelling[t] = any(map(token_variant, repeat(t), name_words))
        if not any(spelling[t] for t in others):
            continue  # no word of the run is a spelling of a name word: the common case
        matches = [
            (k, v) for k, (name, _) in enumerate(known) if (v := variant_of(run.tokens, name))
        ]
        if len(matches) != 1:
            continue  # not a variant, or a short form two people could share
        k, (i, j, n) = matches[0]
        d = one_token_variant(run.tokens[i : i + n], known[k][0][j : j + n])
        if d is not None:
            variants.setdefault(k, []).append((run, i + d, j + d))
    for k, found in variants.items():
        yield from _report(article, known[k][0], own.get(k, []), found, house)


def _listed(tokens: tuple[str, ...], listed: set[tuple[str, ...]]) -> bool:
    """Whether the words are a house-list name or a part of one."""
    return any(_contains(name, tokens) for name in listed)


def _report(
    article: Article,
    name: tuple[str, ...],
    own: list[Run],
    found: list[tuple[Run, int, int]],
    house: HouseStyle,
) -> Iterator[Hit]:
    """Flag every spelling that differs from the house list's, else the first one used."""
    listed = {tuple(n.split()) for n in house.names}
    first_own = min((r.span.start for r in own), default=len(article.text))
    first_variant = min(found, key=lambda item: item[0].span.start)
    house_variant = next((f for f in found if _listed(f[0].tokens, listed)), None)
    if house_variant is not None and not _listed(name, listed):
        first_variant, first_own = house_variant, len(article.text)
    elif _listed(name, listed):
        first_own = -1
    if first_variant[0].span.start < first_own:
        # the article first spelled the name the other way: that spelling is the standard
        run, at, word = first_variant
        standard = run.tokens[at]
        where_set = run.spans[at].start
        wrong = [(r, r.tokens.index(name[word])) for r in own if name[word] in r.tokens]
        wrong += [(r, a) for r, a, _ in found if fold(r.tokens[a]) != fold(standard)]
    else:
        standard = name[found[0][2]]
        where_set = min(
            (r.spans[r.tokens.index(standard)].start for r in own if standard in r.tokens),
            default=first_own,
        )
        wrong = [(r, a) for r, a, _ in found]
    for run, at in sorted(wrong, key=lambda item: item[0].spans[item[1]].start):
        span = run.spans[at]
        shown = article.text[span.start : span.end]
        yield Hit(
            span.start,
            span.end,
            f"{curly(shown)} is spelled {curly(standard)}, as on {where(article, where_set)}; "
            "use one spelling",
            fix=standard,
        )


RULE = Rule("NC101", "name-variant", Severity.WARNING, __doc__ or "", check=check)
