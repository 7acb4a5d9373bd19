"""A multi-word name or term is capitalised differently in different places.

What it flags:
    A phrase of two or more words written with capitals in one place ("Digital Silk Road")
    and with another casing elsewhere ("digital silk road"), or the short name at the end of
    a longer one, opening with a ranking adjective ("Iroquois Grand Council"), written in lower
    case after "the" ("the grand council"). Sentence starts, headlines and
    title-case lines are not counted. Each occurrence of a minority form is a finding, with
    the prevailing form (the house list's form when ``terms`` lists it, and then the fix is
    certain) as its fix and its occurrences as related locations.

Why it matters:
    Readers take a capitalised phrase for a proper name and a lower-case one for a
    description; switching between them makes the copy look careless and splits searches.

Example:
    The Harbour Bridge Authority met on Monday.

    A spokesman for the harbour bridge authority said repairs would start soon.

Use instead:
    The Harbour Bridge Authority met on Monday.

    A spokesman for the Harbour Bridge Authority said repairs would start soon.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where_all
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.model import Span
from toolkit.text.sentences import starts_sentence
from toolkit.text.words import CAPITALISED, CAPITALISED_AT_WORD_START, inside, is_capitalised
from toolkit.text.words import words as iter_words

# Lower-case words that may sit inside a capitalised name: "Belt and Road", "Bank of China".
_JOINERS = frozenset({"and", "of", "the", "for", "de", "du", "la", "van", "von", "&"})
# Lower-case words inside a longer name around a phrase: "Socialism with Chinese ...".
_NAME_JOINERS = frozenset(["and", "of", "the", "for", "on", "in", "with", "a", "an", "to", "de"])
# Adjectives that open the short name of an institution, which stays a name on its own
# ("the Grand Council", "the Supreme Court", "the National Assembly")
_RANKING = frozenset(
    [
        "grand",
        "supreme",
        "high",
        "great",
        "royal",
        "imperial",
        "federal",
        "national",
        "general",
        "privy",
        "upper",
    ]
)
_TOKEN = re.compile(r"\S+")


# Two words or more: a lone capitalised word is no phrase, and skipping it in the regex
# engine leaves the same runs as matching it and dropping it (it cannot start mid-word).
_RUN = re.compile(
    rf"{CAPITALISED_AT_WORD_START}(?:\s+(?:{CAPITALISED}|(?:and|of|the|for|de|du|la|van|von|&)"
    r"(?![\w'’-])))+"
)


def _runs(ctx: ArticleContext, headings: Sequence[Span]) -> Iterator[tuple[int, int]]:
    """Capitalised phrases of two or more words, not starting a sentence, as (start, end)."""
    text = ctx.text
    for paragraph in ctx.paragraphs:
        floor = paragraph.span.start
        if inside(floor, headings):
            continue
        for match in _RUN.finditer(text, floor, paragraph.span.end):
            found = match.group()
            if " " not in found and "\n" not in found:
                continue  # words apart by a tab or a no-break space only are no phrase here
            words = found.split()
            if "&" not in found and found.istitle():
                # no joiner in the run (a joiner is a lower-case word), so no loose joiner
                # to trim and no "and" to split at: the run is the phrase (the common case)
                start = match.start()
                if starts_sentence(text, start, floor):
                    if len(words) < 3:
                        continue
                    start = text.index(words[1], start + len(words[0]))
                yield start, match.end()
                continue
            yield from _trimmed(text, words, match.start(), floor)


def _trimmed(text: str, words: list[str], start: int, floor: int) -> list[tuple[int, int]]:
    """The run without a sentence-start word and loose joiners, and each part around "and".

    ``words``: the run's words (a run is words and the spaces between them), from ``start``.
    """
    first = 0
    if starts_sentence(text, start, floor):
        first = 1
    found = [whole] if (whole := _phrase(text, words, start, first, len(words))) else []
    if "and" in words or "&" in words:
        low = first
        for i in range(first, len(words) + 1):
            if i == len(words) or words[i] in ("and", "&"):
                if phrase := _phrase(text, words, start, low, i):
                    found.append(phrase)
                low = i + 1
    return found


def _phrase(text: str, words: list[str], start: int, low: int, high: int) -> tuple[int, int] | None:
    """``words[low:high]`` less joiners at either end, as (start, end) in ``text``, when two
    or more capitalised words are left (the run's other words are joiners, all lower case)."""
    while low < high and words[low] in _JOINERS:
        low += 1
    while high > low and words[high - 1] in _JOINERS:
        high -= 1
    if sum(1 for word in words[low:high] if word not in _JOINERS) < 2:
        return None
    # offsets found only for a phrase that is kept: the words are in the text in order
    at = start
    for word in words[:low]:
        at = text.index(word, at) + len(word)
    begin = text.index(words[low], at)
    at = begin
    for word in words[low:high]:
        at = text.index(word, at) + len(word)
    return begin, at


def _tails(folded: str, start: int, end: int) -> Iterator[str]:
    """The short names inside a capitalised run of three or more words with no joiner: its
    ends of two words or more that open with a ranking adjective ("grand council" of
    "Iroquois Grand Council"), as the folded text writes them.

    A second reference to an institution drops what sets it apart ("the Grand Council");
    written in lower case after the full name it reads as a description, a slip when the
    short name is itself a name ("grand", "supreme"), not when it is a plain description
    ("the tourism board" after "Singapore Tourism Board").
    """
    words = list(_TOKEN.finditer(folded, start, end))
    if len(words) < 3 or any(word.group() in _JOINERS for word in words):
        return
    for word in words[1:-1]:
        if word.group() in _RANKING:
            yield folded[word.start() : end]


def _occurrences(text: str, folded: str, phrase: str) -> Iterator[int]:
    size = len(phrase)
    start = folded.find(phrase)
    while start != -1:
        end = start + size
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum() or before in "-'’" or after == "-"):
            yield start
        start = folded.find(phrase, start + 1)


def _embedded(text: str, start: int, end: int, span: Span) -> bool:
    """Whether a capitalised phrase is part of a longer name around it.

    "Socialism with Chinese Characteristics for a New Era" is a name; its "New Era" says
    nothing about how the article writes "new era" on its own.
    """
    left = list(iter_words(text, max(span.start, start - 60), start))
    right = list(iter_words(text, end, min(span.end, end + 60)))
    edge = start
    for match in reversed(left[-3:]):
        if text[match.end() : edge].strip():
            break
        if match.group() not in _NAME_JOINERS:
            return is_capitalised(match.group()) and not starts_sentence(
                text, match.start(), span.start
            )
        edge = match.start()
    edge = end
    for match in right[:3]:
        if text[edge : match.start()].strip():
            break
        if match.group() not in _NAME_JOINERS:
            return is_capitalised(match.group())
        edge = match.end()
    return False


def _differs(form: str, main: str, wild_first: bool) -> bool:
    """Whether ``form`` is cased differently from ``main`` in a word that counts.

    The first word of a sentence is capitalised anyway, and shouting capitals (a caps line,
    an acronym) are not a casing choice.
    """
    for i, (x, y) in enumerate(zip(form.split(), main.split(), strict=False)):
        if x == y or (i == 0 and wild_first):
            continue
        if x.isupper() and len(x) > 1:
            continue
        return True
    return False


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    folded = text.lower()
    headings = ctx.headings
    blocks = [p.span for p in ctx.paragraphs]

    def block(offset: int) -> Span:
        return next((s for s in blocks if s.start <= offset < s.end), Span(0, len(text)))

    phrases: dict[str, str] = {}
    tails: set[str] = set()  # keys met only as the end of a longer name
    for start, end in _runs(ctx, headings):
        phrases.setdefault(folded[start:end], text[start:end])
        tails.update(_tails(folded, start, end))
    tails -= phrases.keys()
    for key in tails:
        phrases[key] = key
    house_forms = {t.lower(): t for t in house.terms}
    for key, term in house_forms.items():
        phrases[key] = term
    reported: list[str] = []
    for key in sorted(phrases, key=lambda k: (-len(k), k)):
        if any(key in done for done in reported):
            continue
        if key not in house_forms and folded.find(key, folded.find(key) + 1) == -1:
            continue  # in the text once: nothing to compare (the common case)
        places = [s for s in _occurrences(text, folded, key) if not inside(s, headings)]
        if key not in house_forms and len({text[s : s + len(key)] for s in places}) < 2:
            continue  # written one way only: nothing to compare
        tail = key in tails and key not in house_forms
        found: list[tuple[int, str, bool]] = []  # (offset, form, first word at sentence start)
        for start in places:
            end = start + len(key)
            form = text[start:end]
            span = block(start)
            if tail:
                # the end of a name ("Iroquois Grand Council") gives the casing; a lower-case
                # form counts as its second reference only after "the" ("the grand council")
                if form == form.lower() and not folded.endswith("the ", 0, start):
                    continue
            elif form != form.lower() and _embedded(text, start, end, span):
                continue
            # a line's first word is capitalised in tables and one-sentence-a-line copy too
            wild = starts_sentence(text, start, span.start) or text[start - 1 : start] == "\n"
            found.append((start, form, wild))
        # shouting capitals ("NEW YORK" in a caps line) are no casing to follow
        counted = Counter(form for _, form, wild in found if not wild and not form.isupper())
        main = house_forms.get(key)
        if main is None:
            if not counted:
                continue
            first_seen = {form: i for i, (_, form, _) in reversed(list(enumerate(found)))}
            main = min(counted, key=lambda f: (-counted[f], first_seen[f]))
        if tail and main == main.lower():
            continue  # a lower-case second reference prevails: the name's capitals stand
        variants: dict[str, list[int]] = {}
        for start, form, wild in found:
            if tail and form != form.lower():
                continue  # a capital in a name is no slip
            if _differs(form, main, wild):
                variants.setdefault(form, []).append(start)
        if not variants:
            continue
        reported.append(key)
        mains = [start for start, form, _ in found if form == main]
        related = tuple((m, m + len(key), f"written {curly(main)}") for m in mains[:3])
        for form, offsets in variants.items():
            if mains:
                message = (
                    f"{curly(form)} is written {curly(main)} elsewhere "
                    f"({where_all(article, mains)}); use one casing"
                )
            else:
                message = f"{curly(form)} is written {curly(main)} in house style"
            for start in offsets:
                yield Hit(
                    start,
                    start + len(key),
                    message,
                    fix=main,
                    related=related,
                    fix_safe=key in house_forms,  # the desk's decision; a majority is a guess
                )


RULE = Rule("NC302", "term-casing", Severity.WARNING, __doc__ or "", check=check)
