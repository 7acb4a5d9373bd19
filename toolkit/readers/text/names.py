"""Words of a paragraph with their source offsets, and what a capitalised word can be.

Entity extraction works on words found in the *source* text (``text[p.span.start:p.span.end]``)
so that every offset it produces indexes ``Article.text``. A word is a letter run, possibly with
internal hyphens or apostrophes ("al-Assad", "O'Brien", "Jae-in"), or a dotted abbreviation
("U.S."); a trailing possessive "'s" is split off so that "Pakistan's" is the word "Pakistan".
Whatever lies between two words (spaces, commas, quote marks) is their *gap*.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import accumulate, compress, pairwise, repeat
from operator import ne, not_
from typing import NamedTuple

from toolkit.lexicon.cities import city_country, region_country
from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.surnames import is_suffix
from toolkit.lexicon.titles import (
    HONORIFICS,
    MODIFIERS,
    PORTFOLIO_WORDS,
    ROLE_HEADS,
    TITLE_ABBREVIATIONS,
)
from toolkit.model import Span, Title
from toolkit.text.dates import MONTH_NAMES, WEEKDAY_NAMES


def word_set(words: str) -> frozenset[str]:
    """A set of the space-separated words of a string (keeps long word lists readable)."""
    return frozenset(words.split())


class Word(NamedTuple):
    text: str  # without a possessive 's
    start: int
    end: int  # end of the word itself; a possessive 's lies after it
    possessive: bool
    cap: bool  # starts with a capital letter (after a particle: "al-Assad")
    fold: str  # text.casefold(), which the finders look up
    # Joined to the next word of the paragraph by plain whitespace only (same phrase); never
    # after a possessive or for the last word.
    glue: bool
    link: bool  # glue, or a middle initial's period between ("Sharon R. Grasflin")


class Words(list[Word]):
    """A paragraph's words, with what every finder scans for precomputed once."""

    __slots__ = ("before", "caps", "ends", "folds", "runs")

    def __init__(
        self, found: Iterable[Word] = (), folds: Sequence[str] = (), caps: Sequence[int] = ()
    ) -> None:
        super().__init__(found)
        self.folds = folds  # each word's casefolded text
        # indices of the capitalised words, where almost every name, title or place starts
        self.caps = caps
        # (first, last) of each run of name words, filled once by people.name_runs
        self.runs: list[tuple[int, int]] | None = None
        # where the name starting at each word ends (people._forward), worked out once
        self.ends: dict[int, int] = {}
        # the titles written before each name start (descriptors), looked for once
        self.before: dict[int, Sequence[Title]] = {}


def _upper_class() -> str:
    # stdlib re has no \p{Lu}; Latin, Greek, Cyrillic and Vietnamese capitals cover wire copy.
    codes = [c for c in (*range(0x41, 0x530), *range(0x1E00, 0x1F00)) if chr(c).isupper()]
    ranges: list[str] = []
    first = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code != prev + 1:
            ranges.append(
                re.escape(chr(first)) + ("-" + re.escape(chr(prev)) if prev > first else "")
            )
            first = code
        prev = code
    return "".join(ranges)


_POSSESSIVE = ("'s", "’s", "'S", "’S")
_PARTICLE_PREFIX = (
    "al|el|ad|ar|as|ash|at|az|an|ul|ud|bin|ibn|abu|abd|bint|d|da|de|di|du|la|le|van|von"
)


def _compile(kept_lowercase: frozenset[str]) -> re.Pattern[str]:
    upper = _upper_class()
    lowercase = trie_pattern(sorted(kept_lowercase))
    particles = trie_pattern(sorted(_PARTICLE_PREFIX.split("|")))
    letters = r"[^\W\d_]"
    # "Jae-in", "O'Brien"; but "China-U.S." is "China" then "U.S."
    tail = rf"(?:['’\-]{letters}+(?!\.{letters}))*"
    # \b first: re then tries the alternatives only where a word starts, not at every character.
    # In order: a dotted abbreviation ("U.S.", "e.g."), a capitalised word, a particle before a
    # capital ("al-Assad"), a kept lowercase word. Testing a capital once for the first two and
    # trying the dotted form only before a period keeps the scan cheap. A capitalised word
    # follows a hyphen only when the hyphen follows no letter: "U.S.-Israel" but not "Jae-In".
    # The one group makes re.split return the words between the gaps.
    return re.compile(
        rf"(\b(?<![\w'’])(?:"
        rf"[{upper}](?:\.(?:{letters}\.)+|(?<!\w-.){letters}*{tail})"
        rf"|(?=.\.){letters}\.(?:{letters}\.)+"
        rf"|(?<!\w-)(?:{particles})['’\-][{upper}]{letters}*{tail}"
        rf"|(?<!-)(?:{lowercase})(?:['’][sS])?(?![\w'’\-])))"
    )


def trie_pattern(sorted_words: list[str]) -> str:
    """An alternation of ``sorted_words`` factored by common prefix, which re matches fast."""
    groups: dict[str, list[str]] = {}
    ends = False
    for word in sorted_words:
        if not word:
            ends = True
            continue
        groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(ch) + trie_pattern(rest) for ch, rest in groups.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def words(text: str, start: int, end: int) -> Words:
    """The words of ``text[start:end]`` that matter for names, with offsets into ``text``.

    Capitalised words and abbreviations are all kept; of lowercase words only those the
    extractors look at (particles, connectors, role words, speech verbs), so two kept words
    with a dropped word between them are never glued.
    """
    columns = _columns(text, start, end)
    if columns is None:
        return Words()
    rows, fold, cap, _ = columns
    return Words(rows, fold, list(compress(range(len(fold)), cap)))


def paragraph_words(text: str, spans: Sequence[Span]) -> list[Words]:
    """:func:`words` of each span; in one pass when only whitespace lies between the spans."""
    one_pass = bool(spans) and all(
        a.end <= b.start and text[a.end : b.start].isspace() for a, b in pairwise(spans)
    )
    if not one_pass:
        return [words(text, s.start, s.end) for s in spans]
    # Whitespace between two spans looks to the pattern like the end of one and the start of
    # the next, and no word crosses it, so one scan finds what one scan per span would; only
    # the last word of each span must not be glued to the next span's first.
    columns = _columns(text, spans[0].start, spans[-1].end, spans)
    if columns is None:
        return [Words() for _ in spans]
    rows, fold, cap, starts = columns
    found: list[Words] = []
    for span in spans:
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, span.end, lo)
        found.append(Words(rows[lo:hi], fold[lo:hi], list(compress(range(hi - lo), cap[lo:hi]))))
    return found


def _columns(
    text: str, start: int, end: int, spans: Sequence[Span] = ()
) -> tuple[list[Word], list[str], list[bool], list[int]] | None:
    """Words of ``text[start:end]``, their casefolds, capitals and starts; None for no words.

    A word ending one of ``spans`` is not glued to the word after it.
    """
    chunk = text[start:end]
    before = text[start - 1 : start] if start else ""
    # The pattern looks behind a word's start for a word character, an apostrophe or a hyphen;
    # when none is there (or at the start of the text) re.split of the chunk finds the same.
    quiet = not before or not (before.isalnum() or before in "_'’-")
    pieces = _word_pattern().split(chunk) if quiet else _pieces(text, start, end)
    found = pieces[1::2]  # gap, word, gap, word, ..., gap
    n = len(found)
    if not n:
        return None
    bounds = list(accumulate(map(len, pieces), initial=start))
    gaps = pieces[2::2]
    # glued: a single space, or other whitespace with at most one line break
    glue = list(map(" ".__eq__, gaps))
    for k in compress(range(n), map(ne, map(str.isspace, gaps), glue)):
        glue[k] = gaps[k].count("\n") <= 1
    starts = bounds[1::2]
    # the last word of each span, which has no next word
    lasts = [bisect_left(starts, span.end) - 1 for span in spans[:-1]]
    lasts.append(n - 1)
    ends = bounds[2::2]
    possessive = [False] * n
    if any(mark in chunk for mark in _POSSESSIVE):
        for k in compress(range(n), map(str.endswith, found, repeat(_POSSESSIVE))):
            if len(found[k]) > 2:
                found[k] = found[k][:-2]
                ends[k] -= 2
                glue[k] = False
                possessive[k] = True
    # a matched word not all lowercase is capitalised, an abbreviation ("U.S.") or a particle
    # before a capital ("al-Assad"); kept lowercase words are all lowercase
    cap = list(map(not_, map(str.islower, found)))
    link = glue
    if ". " in gaps:
        # a middle initial's period ("Sharon R. Grasflin")
        link = glue.copy()
        for k in compress(range(n - 1), map(". ".__eq__, gaps)):
            if len(found[k]) == 1 and cap[k] and not possessive[k]:
                link[k] = True
    for k in lasts:
        if k >= 0:
            glue[k] = link[k] = False
    if n < _SHARED_WORDS:
        fold = list(map(str.casefold, found))
    else:
        # One string per different word, and its casefold made once: a long text says its
        # words again and again, and a string per occurrence (and per casefold) held ~100
        # bytes a word (a 5 MB article, 100 MB). Not worth its dictionary for an article.
        same: dict[str, str] = {}
        found = list(map(same.setdefault, found, found))
        folds = {word: word.casefold() for word in same}
        fold = list(map(folds.__getitem__, found))
    rows = zip(found, starts, ends, possessive, cap, fold, glue, link, strict=True)
    return list(map(tuple.__new__, repeat(Word, n), rows)), fold, cap, starts


# Words in one scan from which the same word is kept as one string (see _columns): far more
# than an article has, so articles keep the plain casefold of every word.
_SHARED_WORDS = 20_000


def _pieces(text: str, start: int, end: int) -> list[str]:
    """What ``_word_pattern().split(text[start:end])`` would give if the pattern saw text
    before start."""
    pieces: list[str] = []
    pos = start
    for match in _word_pattern().finditer(text, start, end):
        pieces.append(text[pos : match.start()])
        pieces.append(match.group())
        pos = match.end()
    pieces.append(text[pos:end])
    return pieces


class Blocked:
    """Spans no entity may be taken from; tells in O(log n) whether a span touches one."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        # _reach[k]: the furthest end among the first k+1 spans, so nested spans are covered
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start..end`` shares a character with any blocked span."""
        k = bisect_left(self._starts, end)  # spans starting before ``end``
        return k > 0 and self._reach[k - 1] > start


def abbreviation_dot(text: str, word: Word) -> bool:
    """Whether ``word`` is followed by the period of an abbreviation ("Mr.", "Gen.")."""
    return text[word.end : word.end + 1] == "." and word.fold in _DOTTED


def sentence_initial(text: str, word: Word, floor: int) -> bool:
    """Whether ``word`` starts a sentence: at the start of the paragraph or after . ! ? :.

    An opening quote mark before the word is looked through, so that in ``said. "The``
    "The" starts a sentence, while in ``," Toiv said`` "Toiv" does not.
    """
    i = word.start - 1
    while i >= floor and text[i] in _SPACE_OR_OPEN:
        i -= 1
    if i < floor:
        return True
    ch = text[i]
    if ch in _CLOSE_QUOTES:
        j = i - 1
        while j >= floor and text[j] in _CLOSE_QUOTES:
            j -= 1
        return j < floor or text[j] in ".!?"
    if ch == ".":
        # "U.S. officials" or "Mr. Howard": an abbreviation's period does not end a sentence.
        k = i - 1
        while k >= floor and (text[k].isalpha() or text[k] == "."):
            k -= 1
        before = text[k + 1 : i]
        return not (_DOTTED_INITIALS.fullmatch(before + ".") or before.casefold() in _DOTTED)
    return ch in "!?:;"


_SPACE_OR_OPEN = frozenset(' \t\n\u00a0"“‘`(')
_CLOSE_QUOTES = frozenset("\"”’'")
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_DOTTED = (
    frozenset(h.rstrip(".") for h in HONORIFICS)
    | TITLE_ABBREVIATIONS
    | {
        "st",
        "jr",
        "sr",
        "no",
        "mt",
        "ft",
        "co",
        "corp",
        "inc",
        "ltd",
        "bros",
        "vs",
        "jan",
        "feb",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "ga",
        "fla",
        "calif",
        "ill",
        "mass",
        "mich",
        "minn",
        "miss",
        "tenn",
        "tex",
        "va",
        "wash",
        "wis",
        "ariz",
        "colo",
        "conn",
        "ky",
        "la",
        "md",
        "mo",
        "nev",
        "okla",
        "ore",
        "pa",
    }
)

# Words that are capitalised for reasons other than being a name.
FUNCTION_WORDS: frozenset[str] = word_set(
    """
    a about above according across after afterwards again against all also although among an
    and another any anyone as at because before being below between both but by can despite
    during each either even every few for from further he her here hers him his how however i
    if in including instead into it its itself last later meanwhile more moreover most much my
    neither never next no nobody none nor not now of off on once one only or other our out over
    per rather same she since so some such than that the their theirs them then there these
    they this those though through thus to today together tomorrow too toward towards under
    unless until up upon us very was we were what whatever when whenever where whereas whether
    which while who whom whose why will with within without yesterday yet you your
    is are be been has have had do does did said says say told added also earlier previously
    currently recently still just already ok okay yes oh eventually finally separately
    first second third overall indeed nevertheless nonetheless therefore besides
    additionally furthermore similarly likewise specifically notably fortunately
    unfortunately clearly obviously ultimately initially originally subsequently
    consequently accordingly asked speaking
    """
)

MONTHS: frozenset[str] = MONTH_NAMES
WEEKDAYS: frozenset[str] = WEEKDAY_NAMES

# Capitalised words in wire copy that are never part of a person's name.
NOT_NAMES: frozenset[str] = (
    FUNCTION_WORDS
    | MONTHS
    | WEEKDAYS
    | word_set(
        """
        god internet web online covid coronavirus government state states party road belt
        silk digital summit forum conference olympics games cup world international national
        global new north south east west northern southern eastern western central republic
        kingdom union united federal islamic democratic people people's peoples house white
        street avenue square city province county district region island islands river sea
        ocean mountain mountains lake valley airport station hotel hospital school college
        mosque temple palace center centre museum stadium
        thought initiative plan program programme project act law treaty agreement
        accord declaration charter protocol report index market markets exchange stock
        stocks economy news times post daily journal herald tribune telegraph guardian
        agency service bank fund group company corp inc ltd plc co association council
        committee commission ministry department office bureau administration institute
        university foundation federation organization organisation congress parliament senate
        court assembly army navy police force forces
        christmas easter ramadan eid new year
        mr mrs ms dr sir dame
        """
    )
    | frozenset(h.rstrip(".") for h in HONORIFICS)
    | TITLE_ABBREVIATIONS
    | frozenset(h for h in ROLE_HEADS if " " not in h)
    | MODIFIERS
    | PORTFOLIO_WORDS
)

# Lowercase particles that may join the parts of a name ("Moin ul Haq", "Ursula von der Leyen").
JOINERS: frozenset[str] = word_set(
    "ul ud al el bin ibn abu abd bint de del della der den di da dos das du la le van von ter y"
)


def place_word(word: str) -> bool:
    """Whether a capitalised word names a country or is a nationality adjective.

    Cities are not counted: Chinese given names often spell like one ("Zunyi").
    """
    return country_code(word) is not None or demonym_country(word) is not None


@lru_cache(maxsize=16384)
def any_place_word(word: str) -> bool:
    """Whether a capitalised word names a country, city or region, or is a nationality.

    Cached: every recogniser asks it of the same capitalised words, four lexicons each time.
    """
    return place_word(word) or city_country(word) is not None or region_country(word) is not None


_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.){1,2}")
_NOT_INITIALS = frozenset(["A.D.", "B.C.", "A.M.", "P.M.", "D.C.", "U.N.", "E.U.", "T.V."])


def initials(word: Word) -> bool:
    """Whether a word is a person's dotted initials ("P.J.", "A.J.P."), not "U.S." or "U.N."."""
    text = word.text
    return (
        _INITIALS.fullmatch(text) is not None
        and text not in _NOT_INITIALS
        and country_code(text) is None
    )


def name_like(word: Word) -> bool:
    """Whether a word could be part of a person's name (ignoring the context)."""
    if not word.cap:
        return word.text in JOINERS
    return _capitalised_name_like(word.text)


@lru_cache(maxsize=16384)
def _capitalised_name_like(text: str) -> bool:
    if "." in text:
        return False
    if text.casefold() in NOT_NAMES:
        return False
    if len(text) == 1:
        return True  # a middle initial; a name never starts or ends with one (see people)
    if is_suffix(text):
        return True  # "Jr", "III": only ever after a name (see people)
    if text.isupper():
        return False  # acronyms ("CIS", "AP") and all-caps datelines
    return not place_word(text)


SPEECH_VERBS: frozenset[str] = word_set(
    """
    said says say told tells added adds stated states noted notes stressed stresses explained
    explains announced announces asked asks argued argues insisted insists warned warns
    remarked commented comments emphasized emphasised emphasizes emphasises urged urges
    declared declares acknowledged acknowledges admitted admits conceded replied responded
    wrote writes tweeted mentioned mentions
    """
)
PREPOSITIONS: frozenset[str] = word_set(
    "in at from to of on for by with near into onto across via inside outside"
)
# Lowercase words the extractors look at; all others are skipped when reading words.
KEPT_LOWERCASE: frozenset[str] = (
    JOINERS
    | SPEECH_VERBS
    | PREPOSITIONS
    | word_set("a an the as and of for on to")
    | frozenset(m for m in MODIFIERS if m.isalpha())
    | frozenset(w for head in ROLE_HEADS for w in head.split() if not w.endswith("."))
)


@cache
def _word_pattern() -> re.Pattern[str]:
    """The word pattern, compiled on first use (a tenth of the reader's import time)."""
    return _compile(KEPT_LOWERCASE)
