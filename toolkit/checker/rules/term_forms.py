"""One term is written in two forms: accents, hyphens, abbreviation dots or inner capitals.

What it flags:
    A word or abbreviation written two ways in one article where only the form differs:
    with and without accents ("El Niño", "El Nino"), hyphenated and solid ("co-operation",
    "cooperation"), with and without abbreviation dots ("U.S.", "US"), with other inner
    capitals ("ObamaCare", "Obamacare"), a term that is no everyday word capitalised in one
    place and not in another inside a sentence ("Omicron", "omicron"), or an organisation
    the reader found under two names a letter or two apart ("University of Macau",
    "University of Macao"). Sentence starts,
    headlines, title-case and capital lines, the dateline and the names of the people the
    reader found are not counted. Each occurrence of the rarer form is a finding, with the
    prevailing form (on a tie, the first) as its fix and its occurrences as related locations.

Why it matters:
    Readers and search indexes take two forms for two things; the desk can only have one.

Example:
    The U.S. envoy arrived on Monday.

    He discussed U.S. aid and US-Israel cooperation.

Use instead:
    The U.S. envoy arrived on Monday.

    He discussed U.S. aid and U.S.-Israel cooperation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where_all
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.lexicon.cities import city_country
from toolkit.lexicon.countries import country_code
from toolkit.lexicon.person_names import is_common_word
from toolkit.model import Span
from toolkit.text.sentences import starts_sentence
from toolkit.text.words import WORD, inside

# "U.S.", "P.E.", "U.N." and "US", "PE", "UN"; "US$" is a currency, not the country
# (the capital before the look-behind lets the regex engine skip ahead to capitals)
_DOTTED = re.compile(r"[A-Z](?<![\w.].)\.(?:[A-Z]\.){1,3}(?!\w)")
_PLAIN = re.compile(r"[A-Z](?<![\w.].)[A-Z]{1,3}(?![\w$]|\.\w)")
_GLUED = frozenset("./@\\_")  # a word in a web or mail address
_SHOWN = 3


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# "ObamaCare", "iPhone": a capital right after a small letter ("Award-Giving" has none)
_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")


def _inner_capitals(word: str) -> bool:
    return _INNER_CAPITAL.search(word) is not None


class _Forms:
    """Occurrences of each family's forms: family key -> form -> offsets, in text order."""

    def __init__(self) -> None:
        self.families: dict[tuple[str, str], dict[str, list[int]]] = {}

    def add(self, kind: str, key: str, form: str, offset: int) -> None:
        self.families.setdefault((kind, key), {}).setdefault(form, []).append(offset)


def _countable(ctx: ArticleContext) -> list[Span]:
    """Paragraphs whose words count: not headlines, capital lines, dateline or bylines."""
    spans = []
    for paragraph in ctx.paragraphs:
        span = paragraph.span
        if inside(span.start, ctx.headings) or paragraph.text.isupper():
            continue
        spans.append(span)
    return spans


class _Word(NamedTuple):
    offset: int
    word: str
    end: int
    floor: int  # the start of its paragraph


def _families(words: frozenset[str]) -> dict[tuple[str, str], set[str]]:
    """The forms that may be one term written two ways, from the article's distinct words:
    (kind, key) -> the forms.

    Set operations in C do the bulk: casefolding is stable (a folded word folds to itself), so
    the words it changes are the only ones that can share a key with another word, and most
    of an article's words are lower case already. Python loops over those and over the
    hyphenated or non-ASCII words, a fraction of the article's distinct words.
    """
    lowered = set(map(str.casefold, words))
    groups: dict[str, set[str]] = {}  # key -> every word of the article that folds to it
    for word in words - lowered:
        groups.setdefault(word.casefold(), set()).add(word)
    for key, forms in groups.items():
        if key in words:
            forms.add(key)
    folded = {key: forms for key, forms in groups.items() if len(forms) > 1}
    for word in words:
        if "-" in word or not word.isascii():
            key = word.casefold()
            if key not in folded:
                folded[key] = {word}
    families: dict[tuple[str, str], set[str]] = {}
    plain: dict[str, str] = {}  # kind and key of the families that need their plain forms
    for key, forms in folded.items():
        if "-" in key:
            solid = key.replace("-", "")
            if solid in lowered:  # "teen-age" and "teenage"
                families[("hyphen", solid)] = set(forms)
                plain[solid] = "hyphen"
        elif len(forms) > 1 and (
            any(_INNER_CAPITAL.search(f) for f in forms) or (len(key) > 3 and not _everyday(key))
        ):
            families[("case", key)] = forms
    accented: dict[str, set[str]] = {}
    for key, forms in folded.items():
        if not key.isascii():  # "Niño": with "Nino", or "Nińo", it is a family
            accented.setdefault(_strip_accents(key), set()).update(forms)
    for key, written in accented.items():
        if len(written) > 1 or key in lowered:
            families[("accents", key)] = written
            plain[key] = "accents"
    for key, kind in plain.items():
        members = families[(kind, key)]
        members |= groups.get(key, set())
        if key in words:
            members.add(key)
    return families


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    text = ctx.text
    forms = _Forms()
    spans = _countable(ctx)
    if _DOTTED.search(text):  # no "U.S.": no abbreviation written two ways
        for span in spans:
            for match in _DOTTED.finditer(text, span.start, span.end):
                forms.add("dots", match.group().replace(".", ""), match.group(), match.start())
            for match in _PLAIN.finditer(text, span.start, span.end):
                if not _shouting(text, match.start(), match.end()):
                    forms.add("dots", match.group(), match.group(), match.start())
    # the words of the whole text, in C; _place keeps the occurrences that count. WORD
    # without its backtracking end: a word may keep a closing apostrophe or hyphen, which
    # only makes it a form of its own ("Smiths'"), never another word's
    families = _families(ctx.distinct_words)
    if families:
        _place(ctx, spans, families, forms)
    _organisations(ctx, forms)
    yield from _hits(ctx, forms)


def _place(
    ctx: ArticleContext,
    spans: list[Span],
    families: dict[tuple[str, str], set[str]],
    forms: _Forms,
) -> None:
    """Where the forms of each family occur, less the places that do not count."""
    text = ctx.text
    wanted = set().union(*families.values())
    where: dict[str, list[_Word]] = {}
    for form in wanted:  # str.find: a pass over the text in C for each of a few forms
        at = text.find(form)
        while at != -1:
            end = at + len(form)
            span = next((s for s in spans if s.start <= at < s.end), None)
            if span is not None and _whole_word(text, at, end):
                where.setdefault(form, []).append(_Word(at, form, end, span.start))
            at = text.find(form, end)
    blocked = (*ctx.skipped, *(span for p in ctx.people for span in p.mentions))

    def usable(found: _Word) -> bool:
        before = text[found.offset - 1] if found.offset else " "
        after = text[found.end : found.end + 1]
        address = after in _GLUED and text[found.end + 1 : found.end + 2].isalnum()
        glued = before in _GLUED or address
        return not glued and not found.word.isupper() and not inside(found.offset, blocked)

    for (kind, key), members in families.items():
        occurrences = [o for form in members for o in where.get(form, ()) if usable(o)]
        if kind == "case":
            _casings(text, key, occurrences, forms)
            continue
        for found in occurrences:
            forms.add(kind, key, found.word.casefold(), found.offset)


def _whole_word(text: str, start: int, end: int) -> bool:
    """No letter, digit, hyphen or apostrophe glued to either side (as ``WORD`` reads words)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-'’_" or after.isalnum() or after in "-_")


def _casings(text: str, lowered: str, occurrences: list[_Word], forms: _Forms) -> None:
    """The casings of one word that count: not at a sentence or line start; inner capitals
    ("ObamaCare") always, other capitals only for a term that is no everyday word and stands
    in no longer name ("Omicron", not "the Supreme Court")."""
    counted = [
        o
        for o in occurrences
        if not (
            o.word[:1].isupper()
            and (starts_sentence(text, o.offset, o.floor) or text[o.offset - 1 : o.offset] == "\n")
        )
    ]
    inner = any(_inner_capitals(o.word) for o in counted)
    term = len(lowered) > 3 and not _everyday(lowered)
    for found in counted:
        match = WORD.match(text, found.offset)
        assert match is not None
        if inner or (term and not _in_a_name(text, match)):
            forms.add("case", lowered, found.word, found.offset)


def _distance(a: str, b: str, most: int) -> int:
    """Levenshtein distance of two short strings, cut off above ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _organisations(ctx: ArticleContext, forms: _Forms) -> None:
    """The reader's organisations whose names differ by a letter or two ("University of
    Macau", "University of Macao"): one body spelled two ways. Names that differ in a number,
    in their number of words or in a place ("Bank of Iran", "Bank of Iraq") are other bodies."""
    named = [o for o in ctx.article.organisations if len(o.name) >= 8 and o.mentions]
    for i, one in enumerate(named):
        for other in named[i + 1 :]:
            a, b = one.name, other.name
            if a.casefold() == b.casefold() or len(a.split()) != len(b.split()):
                continue  # casing is NC302's
            if any(c.isdigit() for c in a + b) or _distance(a, b, 1) > 1:
                continue
            if not all(_same_place(x, y) for x, y in zip(a.split(), b.split(), strict=True)):
                continue  # "Bank of Iran", "Bank of Iraq": two places, two bodies
            key = min(a, b)
            for organisation in (one, other):
                text = ctx.text
                for mention in organisation.mentions:
                    if text[mention.start : mention.end] == organisation.name:
                        forms.add("organisation", key, organisation.name, mention.start)


def _same_place(x: str, y: str) -> bool:
    """Whether two words of two names may name one place: the same word, the same country
    ("Macau", "Macao"), or no known place; two known places of their own are not."""
    if x == y:
        return True
    one, other = country_code(x), country_code(y)
    if one is not None and other is not None:
        return one == other
    return one is None and other is None and not (city_country(x) and city_country(y))


def _everyday(word: str) -> bool:
    """An everyday word, its inflections included ("airlines", "people's", "played")."""
    word = word.removesuffix("'s").removesuffix("’s")
    if word and is_common_word(word):
        return True  # the word itself (most are): no inflections to try
    candidates = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("d")}
    candidates |= {word.removesuffix("ed"), word.removesuffix("ing")}
    if word.endswith("ies"):
        candidates.add(word[:-3] + "y")
    return any(is_common_word(c) for c in candidates if c)


_NEIGHBOURS = re.compile(r"[^\W\d_][\w'’-]*")


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised word next to another one ("Ramsar Wetlands Reserve") is part of a name,
    which says nothing about how the word is written on its own."""
    if not match.group()[:1].isupper():
        return False
    before = text[max(0, match.start() - 40) : match.start()].split()
    after = text[match.end() : match.end() + 30].split()
    while len(before) > 1 and before[-1] in ("of", "for", "and", "the"):
        before.pop()  # "Treaty of Friendly Relations and Cooperation"
    near = before[-1:] + after[:1]
    return any(w[:1].isupper() for w in near if w[:1].isalpha()) or any(
        w in ("of", "for", "and") for w in after[:1]
    )


def _shouting(text: str, start: int, end: int) -> bool:
    """An abbreviation among other capital words ("US TROOPS LEAVE"): a caps line."""
    left = text[max(0, start - 12) : start].split()
    right = text[end : end + 12].split()
    near = [w for w in (left[-1:] + right[:1]) if any(c.isalpha() for c in w)]
    return any(w.isupper() and len(w) > 1 for w in near)


def _hits(ctx: ArticleContext, forms: _Forms) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    for (kind, _key), unsorted in forms.families.items():
        if len(unsorted) < 2:
            continue
        written = {form: sorted(offsets) for form, offsets in unsorted.items()}
        if kind == "case" and not any(f[:1].isupper() for f in written):
            continue
        if kind == "dots" and not any("." in f for f in written):
            continue
        main = min(written, key=lambda f: (-len(written[f]), written[f][0]))
        mains = written[main]
        shown = text[mains[0] : mains[0] + len(main)]
        related = tuple((o, o + len(main), f"written {curly(shown)}") for o in mains[:_SHOWN])
        places = _where(article, mains)  # the same for every finding of the family
        for form, offsets in written.items():
            if form == main:
                continue
            for offset in offsets:
                found = text[offset : offset + len(form)]
                yield Hit(
                    offset,
                    offset + len(form),
                    f"{curly(found)} is written {curly(shown)} {places}; use one form",
                    fix=_like(found, shown),
                    related=related,
                )


def _where(article: object, offsets: list[int]) -> str:
    return f"({where_all(article, offsets)})"  # type: ignore[arg-type]


def _like(found: str, main: str) -> str:
    """The prevailing form, capitalised as the word it replaces starts a sentence or not."""
    if found[:1].isupper() and main[:1].islower():
        return main[:1].upper() + main[1:]
    return main


RULE = Rule("NC306", "term-form", Severity.WARNING, __doc__ or "", check=check)
