"""One person's name is spelled two ways in the same article.

What it flags:
    A word of a person's name written another way elsewhere in the article: a letter added,
    dropped, changed or two letters swapped in a longer word (Arevic / Arevich, Natanyahu /
    Netanyahu, McCaffrey / McCaffery) or a transliteration swap (Haq / Haque). The finding
    sits on the spelling to change: the one the house list (``names``) does not use, else the
    less used one (the later one when both are used as often), and lists the other as related
    locations. Second references are not flagged ("Haq" after "Moin Haq", "Mr Howard" after
    "Michael Howard"), nor are different people who share a family name ("Wang Yi" and "Wang
    Yifei"), people whose titles set them apart ("President Reagan" and "White House chief of
    staff Donald Regan"), nor a short form that could belong to two people. A spelling the
    house list replaces is NC103's finding, not this rule's.

Why it matters:
    Readers cannot tell whether two spellings are one person or two, and a misspelt name is
    the correction editors most want to avoid.

Example:
    Pakistan's ambassador to China, Moin Haq, spoke at the forum on Tuesday.

    "Trade links matter," Haque added. Haq left at noon.

Use instead:
    Pakistan's ambassador to China, Moin Haq, spoke at the forum on Tuesday.

    "Trade links matter," Haq added. Haq left at noon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.checker.similarity import Spelling, pairs_blocked, same_name_groups, spellings
from toolkit.findings import Severity
from toolkit.model import Span
from toolkit.text.spelling import fold


def name_spellings(ctx: ArticleContext) -> tuple[list[Spelling], list[list[int]]]:
    """The name words of the article's people and the groups that are one name spelled
    several ways; computed once per article (NC104 reads the people's forms too)."""
    return ctx.shared(_name_spellings)


def _name_spellings(ctx: ArticleContext) -> tuple[list[Spelling], list[list[int]]]:
    found, speakers = spellings(ctx.text, ctx.forms, ctx.people)
    return found, same_name_groups(found, speakers, pairs_blocked(found))


def _house_words(house: HouseStyle) -> frozenset[str]:
    return frozenset(fold(w) for name in house.names for w in name.split())


def house_replaced(text: str, house: HouseStyle) -> list[tuple[int, int]]:
    """Where the text writes a spelling the house list replaces: NC103 flags those."""
    found: list[tuple[int, int]] = []
    for canonical, variants in house.names.items():
        for variant in variants:
            if not variant.strip() or variant.casefold() == canonical.casefold():
                continue
            words = r"\s+".join(re.escape(w) for w in variant.split())
            pattern = re.compile(rf"(?<![\w'’-]){words}(?![\w'’-])", re.IGNORECASE)
            found.extend(m.span() for m in pattern.finditer(text))
    return found


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    found, groups = name_spellings(ctx)
    if not groups:
        return
    listed = _house_words(house)
    replaced = house_replaced(article.text, house) if house.names else []
    hits: list[Hit] = []
    for group in groups:
        uses: dict[str, list[Span]] = {}
        written: dict[str, str] = {}
        for k in group:
            uses.setdefault(found[k].key, []).extend(found[k].spans)
            written.setdefault(found[k].key, found[k].written)
        for spans in uses.values():
            spans.sort()
        # the house list's spelling, else the most used, else the first used
        standard = min(uses, key=lambda key: (key not in listed, -len(uses[key]), uses[key][0]))
        kept = uses[standard]
        related = tuple(
            (s.start, s.end, f"spelled {curly(written[standard])} here") for s in kept
        )
        for key, spans in uses.items():
            if key == standard:
                continue
            for span in spans:
                if any(a < span.end and span.start < b for a, b in replaced):
                    continue  # one problem, one finding: NC103 gives the house spelling
                shown = article.text[span.start : span.end]
                hits.append(
                    Hit(
                        span.start,
                        span.end,
                        f"{curly(shown)} is spelled {curly(written[standard])}, as on "
                        f"{where(article, kept[0].start)}; use one spelling",
                        related=related,
                    )
                )
    yield from sorted(hits, key=lambda h: h.start)


RULE = Rule("NC101", "name-variant", Severity.WARNING, __doc__ or "", check=check)
