"""A sentence runs into the next one because its full stop is missing.

What it flags:
    A lower-case word followed, with only a space between, by a capitalised word that usually
    opens a sentence ("At", "However", "Meanwhile", "He", "The" ...) when the word after
    that is lower case too: "a global digital foundation At the same time". Quotations,
    headlines and title-case lines are skipped, and so is a capitalised word that starts a
    proper name ("in The Hague", "told The New York Times", "Vice Premier He Lifeng").

Why it matters:
    A missing full stop usually means a sentence was cut or two were spliced in editing;
    the reader stumbles and the meaning can change.

Example:
    The plant will double its output by 2027 The company did not give a cost.

Use instead:
    The plant will double its output by 2027. The company did not give a cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.model import Span
from toolkit.text.quotes import quoted_spans
from toolkit.text.words import inside

# Capitalised words that open sentences and rarely start a name.
OPENERS = frozenset(
    [
        "At",
        "However",
        "Meanwhile",
        "He",
        "She",
        "They",
        "We",
        "It",
        "The",
        "In",
        "This",
        "These",
        "Those",
        "There",
        "On",
        "For",
        "But",
        "Moreover",
        "Furthermore",
        "Therefore",
        "Thus",
        "Besides",
        "Also",
        "After",
        "Before",
        "When",
        "While",
        "Since",
        "Although",
        "Though",
        "According",
        "As",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "During",
        "Under",
        "Now",
        "Then",
        "Earlier",
        "Later",
        "Currently",
        "Additionally",
        "Nevertheless",
        "Instead",
        "Overall",
        "Finally",
        "Otherwise",
        "Hence",
        "Similarly",
        "Likewise",
        "Notably",
        "Specifically",
        "Previously",
        "Subsequently",
        "Consequently",
        "Afterwards",
        "Today",
        "Yesterday",
        "Recently",
    ]
)
# Lower-case title words that put a capitalised surname next ("vice premier He said").
_TITLES = frozenset(
    [
        "premier",
        "president",
        "minister",
        "secretary",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "general",
        "professor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "chancellor",
        "senator",
        "representative",
        "envoy",
    ]
)


_RUN_ON = re.compile(
    r"(?<![\w.'’-])(?P<before>[a-z][a-z'’-]*|\d(?:[\d,.]*\d)?%?) +"
    r"(?P<opener>" + "|".join(sorted(OPENERS)) + r")\b(?=,| +[a-z])"
)
# The opener alone: its leading capitals let the regex engine skip through the text, where
# _RUN_ON would try its look-behind and the word before at every lower-case letter.
_OPENER = re.compile(r"(?:" + "|".join(sorted(OPENERS)) + r")\b(?=,| +[a-z])")
_BEFORE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'’-,.%")


def run_ons(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_RUN_ON.finditer(text, start, end)``, found from the openers.

    Every match ends with an opener after spaces, and its word before consists of
    ``_BEFORE_CHARS``: the leftmost position in that stretch where ``_RUN_ON`` matches up
    to this opener is where ``finditer`` would have found it.
    """
    last = start
    for opener in _OPENER.finditer(text, start, end):
        at = opener.start()
        gap = at
        while gap > last and text[gap - 1] == " ":
            gap -= 1
        if gap == at:
            continue
        first = gap
        while first > last and text[first - 1] in _BEFORE_CHARS:
            first -= 1
        for i in range(first, gap):
            match = _RUN_ON.match(text, i, end)
            if match is not None and match.start("opener") == at:
                yield match
                last = match.end()
                break


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    headings = ctx.headings
    for paragraph in ctx.paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        if inside(start, headings):
            continue
        quoted: list[Span] | None = None
        for match in run_ons(text, start, end):
            before, word = match.group("before"), match.group("opener")
            if before in _TITLES:
                continue
            if quoted is None:
                quoted = quoted_spans(text, start, end)
            if inside(match.start("opener"), quoted):
                continue
            yield Hit(
                match.start(),
                match.end(),
                f"A full stop seems to be missing before “{word}”: "
                f"“{before} {word}” runs two sentences together",
                fix=f"{before}. {word}",
            )


RULE = Rule("NC501", "run-on-sentence", Severity.WARNING, __doc__ or "", check=check)
