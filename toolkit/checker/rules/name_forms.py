"""One person's name is written with and without an accent, hyphen or capital.

What it flags:
    A name in the text that matches a person's name once accents, hyphens and capitals are set
    aside, but is written differently ("Jose Ramos" after "José Ramos", "Moon Jae In" after
    "Moon Jae-in"). The finding sits on the form to change: not the house list's (``names``),
    else the less used one (the later one when both are used as often), and lists the other
    as related locations; a form the house list replaces is NC103's finding, not this rule's.
    Capitals in an all-caps line, and a particle capitalised at the start of a sentence ("Von
    Gernet said"), are not counted. This is a matter of style, so it is reported as info.

Why it matters:
    Search, tagging and the archive treat the two forms as different strings, and readers
    notice a name whose accent comes and goes.

Example:
    Foreign Minister José Ramos arrived on Monday.

    Jose Ramos said talks would go on.

Use instead:
    Foreign Minister José Ramos arrived on Monday.

    José Ramos said talks would go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.checker.rules.name_variants import house_replaced
from toolkit.findings import Severity
from toolkit.model import Span
from toolkit.text.spelling import fold


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    # every written form of every person, by its key: the reader may hold "José Ramos" and
    # "Jose Ramos" as two people, so forms are compared across people
    by_key: dict[str, dict[str, list[Span]]] = {}
    for forms in ctx.forms:
        for form in forms:
            key = _key(form.text)
            if " " not in key:
                continue  # one word: an accent or hyphen in a single name word is NC101's
            for span in form.spans:
                surface = " ".join(text[span.start : span.end].split())
                if surface.isupper():
                    continue
                by_key.setdefault(key, {}).setdefault(surface, []).append(span)
    replaced = house_replaced(text, house) if house.names else []
    hits: list[Hit] = []
    for written in by_key.values():
        if len(written) < 2:
            continue
        for spans in written.values():
            spans.sort()
        # the house list's form, else the most used, else the first used
        standard = min(
            written, key=lambda w: (w not in house.names, -len(written[w]), written[w][0])
        )
        kept = written[standard]
        related = tuple((s.start, s.end, f"written {curly(standard)} here") for s in kept)
        for surface, spans in written.items():
            if surface == standard or surface[1:] == standard[1:]:
                continue  # the same but for a capital at the start of a sentence
            for span in spans:
                if any(a < span.end and span.start < b for a, b in replaced):
                    continue  # one problem, one finding: NC103 gives the house form
                hits.append(
                    Hit(
                        span.start,
                        span.end,
                        f"{curly(surface)} is written {curly(standard)} on "
                        f"{where(article, kept[0].start)}; use one form",
                        related=related,
                    )
                )
    yield from sorted(hits, key=lambda h: h.start)


RULE = Rule("NC104", "name-form", Severity.INFO, __doc__ or "", check=check)
