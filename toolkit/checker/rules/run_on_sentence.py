"""A sentence runs into the next one because its full stop is missing.

What it flags:
    A lower-case word followed, with only a space between, by a capitalised word that usually
    opens a sentence ("At", "However", "And", "An", "The", "He" ...) when the word after that
    is lower case too: "a global digital foundation At the same time". Before a capitalised
    word it is a run-on too when the reader found a person of that name or the article
    writes the name elsewhere without an article ("views The White House accused", with "a
    White House aide" elsewhere; "issue And Moses was"). Quotations, headlines and
    title-case lines are skipped, and so are a capitalised word that starts a proper name
    ("in The Hague", "told The New York Times", "Vice Premier He Lifeng", a person named
    "An") and a title after "and", "of" or "to" ("Walking to the Public and On the Spirit of
    Arts").

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
        "And",
        "An",
        "One",
        "Some",
        "Many",
        "Most",
        "Both",
        "Several",
        "Each",
        "Another",
        "If",
        "Despite",
        "Even",
        "Still",
        "Yet",
        "Such",
    ]
)
# Lower-case words after which a capitalised opener may start a title ("Walking to the
# Public and On the Spirit of Arts") or a name ("in The Hague").
_JOINERS = frozenset(["and", "or", "of", "to", "the", "in", "for", "with", "a", "an", "at", "on"])
_SMALL = frozenset(["the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "at", "by"])
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
# An opener before a capitalised word and a verb ("views The White House accused", "issue
# And Moses was"): a run-on only when the name is a person the reader found, or the article
# writes it elsewhere without an article or opener ("a White House aide").
_BEFORE_NAME = re.compile(
    r"(?<![\w.'’-])(?P<before>[a-z][a-z'’-]*) +(?P<opener>"
    + "|".join(sorted(OPENERS))
    + r") +(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?= [a-z])"
)
_CAPITAL_OPENER = re.compile(r"(?:" + "|".join(sorted(OPENERS)) + r") +[A-Z]")


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


def _title_follows(text: str, end: int, limit: int) -> bool:
    """ "... and On the Spirit of Arts": the next word that is no small word is capitalised."""
    for word in text[end : min(limit, end + 60)].split()[:4]:
        word = word.strip(",.;:")
        if word.lower() in _SMALL:
            continue
        return word[:1].isupper()
    return False


def _written_without(text: str, name: str, name_at: int) -> bool:
    """Whether ``name`` occurs elsewhere with no article or opener before it ("a White House
    aide", "Edwin Moses"): then it is no name that starts with "The" or "And"."""
    at = text.find(name)
    while at != -1:
        if at != name_at and (at == 0 or not text[at - 1].isalnum()):
            words = text[max(0, at - 30) : at].split()
            before = words[-1] if words else ""
            if before.lower() != "the" and before not in OPENERS:
                return True
        at = text.find(name, at + 1)
    return False


def _before_names(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_BEFORE_NAME`` in [start, end), tried only at openers before a
    capital (the opener's leading capital lets the regex engine skip ahead)."""
    for found in _CAPITAL_OPENER.finditer(text, start, end):
        at = found.start()
        gap = at
        while gap > start and text[gap - 1] == " ":
            gap -= 1
        if gap == at:
            continue  # glued to the word before: no opener
        word_start = gap
        while word_start > start and not text[word_start - 1].isspace():
            word_start -= 1
        match = _BEFORE_NAME.match(text, word_start, end)
        if match is not None and match.start("opener") == at:
            yield match


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    headings = ctx.headings
    # where the reader's people are named: "He" or "An" there is a name, not an opener
    starts = frozenset(m.start for p in ctx.people for m in p.mentions)
    for paragraph in ctx.paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        if inside(start, headings):
            continue
        quoted: list[Span] | None = None
        found = list(run_ons(text, start, end))
        for match in _before_names(text, start, end):
            before, name = match.group("before"), match.group("name")
            if before in _TITLES or before in _JOINERS:
                continue
            at = match.start("name")
            person = at in starts
            if person or _written_without(text, name, at):
                found.append(match)
        for match in sorted(found, key=lambda m: m.start()):
            before, word = match.group("before"), match.group("opener")
            if before in _TITLES or match.start("opener") in starts:
                continue  # "vice premier He", "about An and Eefje": the opener is a name
            if before in _JOINERS and _title_follows(text, match.end("opener"), end):
                continue
            if quoted is None:
                quoted = quoted_spans(text, start, end)
            if inside(match.start("opener"), quoted):
                continue
            yield Hit(
                match.start(),
                match.end("opener"),
                f"A full stop seems to be missing before “{word}”: "
                f"“{before} {word}” runs two sentences together",
                fix=f"{before}. {word}",
            )


RULE = Rule("NC501", "run-on-sentence", Severity.WARNING, __doc__ or "", check=check)
