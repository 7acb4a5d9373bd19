"""Descriptors around a person's mention, kept whole as titles.

Real copy says who someone is in a phrase next to the name, not only with an office word:
- before it: "former independent MP Martin Bell", "television host Lorraine Kelly",
  "President Bill Clinton's drug policy advisor Barry R. McCaffrey", "Sir Bernard Ingham";
- after it, as an appositive: "Irfan Hanif, a 25-year-old doctor from Bolton,",
  "Frederick Seitz, a past president of the National Academy of Sciences,";
- as a party tag: "Bill Archer, R-Texas";
- as a role complement: "Laura Vecsey is a P-I columnist", "praised Liu Zunyi as an economist".
A phrase counts only when its head is a noun for a person's role (toolkit.lexicon.roles), so
an age (", 26,"), a place (", Scotland,") or another name is never a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.lexicon.person_names import is_given_name
from toolkit.lexicon.roles import is_role_noun
from toolkit.lexicon.titles import HONORIFICS, MODIFIERS, TITLE_ABBREVIATIONS
from toolkit.model import Span, Title
from toolkit.readers.text.names import FUNCTION_WORDS, SPEECH_VERBS

_MAX_BEFORE = 9
_MAX_AFTER = 28
_REACH = 300  # characters a descriptor may span on either side of the name
_WORD = re.compile(r"[^\s,;:!?\"“”()\[\]—]+(?:\s*\([A-Z][A-Za-z&.\-]{1,11}\))?")
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "one"]
)  # included at the start of a descriptor, and end it
# Verbs that take a person as object: "named Prime Minister X", "beat world champion X".
_VERBS_BEFORE_NAMES = frozenset(
    [
        "name",
        "names",
        "named",
        "appoint",
        "appoints",
        "appointed",
        "elect",
        "elects",
        "elected",
        "meet",
        "meets",
        "met",
        "beat",
        "beats",
        "defeat",
        "defeats",
        "defeated",
        "replace",
        "replaces",
        "replaced",
        "succeed",
        "succeeds",
        "succeeded",
        "join",
        "joins",
        "joined",
        "thank",
        "thanks",
        "thanked",
        "praise",
        "praises",
        "praised",
        "call",
        "calls",
        "called",
        "urge",
        "urges",
        "urged",
        "ask",
        "asks",
        "tell",
        "tells",
        "accuse",
        "accuses",
        "accused",
        "support",
        "supports",
        "supported",
        "back",
        "backs",
        "backed",
        "visit",
        "visits",
        "visited",
        "see",
        "sees",
        "saw",
        "include",
        "includes",
        "included",
        "including",
        "like",
        "versus",
        "vs",
        "against",
        "sent",
        "send",
        "sends",
        "invite",
        "invites",
        "invited",
        "fire",
        "fires",
        "fired",
        "sack",
        "sacked",
        "interview",
        "interviewed",
        "quote",
        "quoted",
        "quoting",
        "congratulate",
        "congratulated",
        "greet",
        "greeted",
    ]
)
_STOP_BEFORE = (
    (FUNCTION_WORDS | SPEECH_VERBS | _VERBS_BEFORE_NAMES) - _DETERMINERS - MODIFIERS
) - {"top", "chief"}
_AND = frozenset({"and", "&"})
_DROPPED = frozenset({"visiting"})
_HARD_BEFORE = re.compile(r"[,;:!?\"“”—()\[\]]|\s-{1,2}\s|\s–\s|\.\s+(?=\S)|\n\s*\n")
_ABBREVIATED = frozenset(f"{a}." for a in TITLE_ABBREVIATIONS)
_SIR = frozenset({"sir", "dame", "lord", "lady"})
_PARTY_TAG = re.compile(r",\s+([RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)(?=[,;)\s]|$)")
_APPOSITIVE_END = re.compile(r",|;|\.(?=\s+[A-Z\"“]|\s*$)|[!?]|\s[-—]\s|\n\s*\n")
_COMPLEMENT = re.compile(
    r"\s+(?:(?:is|was|has been|had been|became|becomes|remains)\s+(?=(?:a|an|the|one)\s)"
    r"|(?:served|serves|serving|works|worked|working|acted|acts)\s+as\s+"
    r"|(?:was|is)\s+(?:appointed|named|elected)\s+(?:as\s+)?"
    r"|as\s+(?=(?:a|an|the)\s))"
)
# ", who heads the office": a relative clause that states a post
_HEADS_CLAUSE = re.compile(
    r",\s+(who\s+(?:heads|headed|leads|led|chairs|chaired|runs|ran|directs|directed)\s+"
    r"[^,;.!?]{2,80}?)(?=[,;.!?]|\s+(?:said|says)\b)"
)
_AFTER_STOP = frozenset({"who", "which", "whose", "said", "says", "told", "and", "but"})


def descriptors(text: str, mention: Span, floor: int, ceiling: int) -> Iterator[Title]:
    """Titles written next to one mention; ``floor``/``ceiling`` bound its paragraph."""
    yield from _before(text, mention.start, floor)
    yield from _after(text, mention.end, ceiling)


def _before(text: str, start: int, floor: int) -> Iterator[Title]:
    # A descriptor is a few words; looking further back only costs time on long paragraphs.
    floor = max(floor, start - _REACH)
    # Most names have no descriptor: look at the one word before first.
    gap = start
    while gap > floor and text[gap - 1] in " \t\n":
        gap -= 1
    cut = max(text.rfind(" ", floor, gap), text.rfind("\n", floor, gap))
    nearest = text[cut + 1 : gap]
    folded = nearest.casefold()
    if not (
        folded in _SIR or folded in _ABBREVIATED or nearest.endswith(",") or is_role_noun(nearest)
    ):
        return
    segment_start = floor
    boundary = ""
    previous_start = floor
    for m in _HARD_BEFORE.finditer(text, floor, start):
        previous_start, segment_start, boundary = segment_start, m.end(), m.group()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, segment_start, start)]
    if not words:
        if boundary == "," and not text[segment_start:start].strip():
            yield from _fronted(text, previous_start, segment_start - 1)
        return
    last_start, last_end = words[-1]
    if text[last_end:start].strip():
        return
    nearest = text[last_start:last_end]
    if nearest.casefold() in _SIR:
        yield Title(nearest, Span(last_start, last_end))
        words.pop()
        if not words:
            return
        last_start, last_end = words[-1]
        nearest = text[last_start:last_end]
    folded = nearest.casefold()
    if folded.rstrip(".") in HONORIFICS or folded in HONORIFICS:
        return  # "Mr", "Dr.": an honorific, not a title
    if not (is_role_noun(nearest) or folded in _ABBREVIATED):
        return
    first = len(words) - 1
    for k in range(len(words) - 2, -1, -1):
        if len(words) - 1 - k > _MAX_BEFORE:
            break
        word = text[words[k][0] : words[k][1]]
        low = word.casefold()
        if low in _DETERMINERS:
            first = k
            break
        if low in _AND and k > 0 and is_role_noun(text[words[k - 1][0] : words[k - 1][1]]):
            # "Chinese Vice-Premier and Foreign Minister Qian Qichen": two titles
            yield from _coordinated(text, words[:k])
            break
        if low in _STOP_BEFORE or (word.islower() and low.endswith("ed") and "-" not in word):
            break
        first = k
    if first < len(words) - 1 and text[words[first][0] : words[first][1]].casefold() in _DROPPED:
        first += 1  # "visiting Kenyan President": the visit is news, not a title
    span = Span(words[first][0], last_end)
    phrase = " ".join(text[span.start : span.end].split())
    if phrase.casefold() in _DETERMINERS:
        return
    yield Title(phrase, span)


def _fronted(text: str, floor: int, comma: int) -> Iterator[Title]:
    """ "confided in the show's presenter, Jonathan Maitland": a determiner-led phrase."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, floor, comma)]
    if not words or words[-1][1] != comma or not is_role_noun(text[words[-1][0] : words[-1][1]]):
        return
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _MAX_BEFORE), -1):
        low = text[words[k][0] : words[k][1]].casefold()
        if low in _DETERMINERS:
            span = Span(words[k][0], comma)
            yield Title(" ".join(text[span.start : span.end].split()), span)
            return
        if low in _STOP_BEFORE or low in _AND:
            return


def _coordinated(text: str, words: list[tuple[int, int]]) -> Iterator[Title]:
    first = len(words) - 1
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _MAX_BEFORE), -1):
        low = text[words[k][0] : words[k][1]].casefold()
        if low in _DETERMINERS:
            first = k
            break
        if low in _STOP_BEFORE or low in _AND:
            break
        first = k
    span = Span(words[first][0], words[-1][1])
    yield Title(" ".join(text[span.start : span.end].split()), span)


def _after(text: str, end: int, ceiling: int) -> Iterator[Title]:
    tag = _PARTY_TAG.match(text, end, ceiling)
    if tag is not None:
        yield Title(tag.group(1), Span(tag.start(1), tag.end(1)))
        return
    if text.startswith(",", end):
        clause = _HEADS_CLAUSE.match(text, end, ceiling)
        if clause is not None:
            yield Title(clause.group(1), Span(clause.start(1), clause.end(1)))
            return
        yield from _phrase(text, end + 1, ceiling, appositive=True)
        return
    complement = _COMPLEMENT.match(text, end, ceiling)
    if complement is not None:
        yield from _phrase(text, complement.end(), ceiling, appositive=False)


def _phrase(text: str, pos: int, ceiling: int, *, appositive: bool) -> Iterator[Title]:
    ceiling = min(ceiling, pos + _REACH)
    while pos < ceiling and text[pos].isspace():
        pos += 1
    stop = _APPOSITIVE_END.search(text, pos, ceiling)
    limit = stop.start() if stop is not None else ceiling
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, pos, limit)]
    if not words:
        return
    first_word = text[words[0][0] : words[0][1]]
    if first_word[:1].isdigit() or first_word.casefold() in _AFTER_STOP:
        return  # an age (", 26,"), a relative clause (", who has two sons")
    kept: list[tuple[int, int]] = []
    head = -1
    for k, (a, b) in enumerate(words):
        word = text[a:b]
        if k >= _MAX_AFTER or (k > 0 and word.casefold() in _AFTER_STOP):
            break
        if k > 0 and word.casefold() in SPEECH_VERBS:
            break
        if head >= 0 and word[:1].isupper() and is_given_name(word):
            break  # "government spokesman Mikhail Kozhukhov said": another person begins
        kept.append((a, b))
        if head < 0 and k < 7 and is_role_noun(word):
            head = k
    if head < 0:
        return
    if appositive and first_word[:1].isupper() and first_word.casefold() not in _DETERMINERS:
        # "Adams, Platt and ...": a list of names; but "Taiwan's digital minister" is fine
        opener = first_word.casefold()
        if head > 3 and not opener.endswith(("'s", "’s")) and opener not in MODIFIERS:
            return
    end = kept[-1][1]
    last_word = text[kept[-1][0] : end]
    if last_word.endswith(".") and not _abbreviation(last_word):
        end -= 1  # the sentence's full stop
    span = Span(kept[0][0], end)
    yield Title(" ".join(text[span.start : span.end].split()), span)


def _abbreviation(word: str) -> bool:
    bare = word.rstrip(".")
    return "." in bare or len(bare) <= 2 or word.casefold() in _ABBREVIATED
