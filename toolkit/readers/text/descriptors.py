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
from collections.abc import Iterable, Iterator, Sequence

from toolkit.lexicon.cities import city_country, region_country
from toolkit.lexicon.countries import country_code
from toolkit.lexicon.firms import NEWS_AGENCIES
from toolkit.lexicon.person_names import is_given_name
from toolkit.lexicon.roles import is_role_noun
from toolkit.lexicon.titles import HONORIFICS, MODIFIERS, TITLE_ABBREVIATIONS
from toolkit.model import Span, Title
from toolkit.readers.text.names import FUNCTION_WORDS, SPEECH_VERBS, any_place_word

_MAX_BEFORE = 9
_MAX_AFTER = 28
_REACH = 300  # characters a descriptor may span on either side of the name
_WORD = re.compile(r"[^\s,;:!?\"“”()\[\]—]+(?:\s*\([A-Z][A-Za-z&.\-]{1,11}\))?")
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "one"]
)  # included at the start of a descriptor, and end it; not "that": "said that Suning's founder"
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
    r"\s+(?:(?:is|was)(?:\s+(?:still|now|also))?\s+(?:listed|described|known|seen|regarded)\s+as\s+"
    r"|(?:was|is)\s+(?:appointed|named|elected)\s+(?:as\s+)?"
    r"|(?:is|was|has been|had been|became|becomes|remains|remained"
    r"|(?:ceased|ceases|continues|continued|went on|came|is set|was set) to be)"
    r"(?:\s+(?:still|now|also|currently|then))?\s+(?=(?:a|an|the|one)\s|(?P<bare>\w))"
    r"|(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?"
    r"(?:served|serves|serving|works|worked|working|acted|acts)\s+as\s+"
    r"|as\s+(?=(?:a|an|the)\s|(?P<as_bare>\w)))"
)
# ", who heads the office": a relative clause that states a post
_HEADS_CLAUSE = re.compile(
    r",\s+(who\s+(?:heads|headed|leads|led|chairs|chaired|runs|ran|directs|directed)\s+"
    r"[^,;.!?]{2,80}?)(?=[,;.!?]|\s+(?:said|says)\b)"
)
_AFTER_STOP = frozenset({"who", "which", "whose", "said", "says", "told", "and", "but"})
_ORG_WORD = r"(?:[A-Z][\w'’.&-]*|\([A-Z][A-Za-z&.\-]{1,11}\))"
# " of New York", " of the Woods Hole Oceanographic Institute", " of NASA's Goddard Center"
_OF_AFTER = re.compile(
    rf"\s+(?P<of>of)\s+(?P<owner>(?:the\s+)?{_ORG_WORD}"
    rf"(?:\s+(?:(?:of|for|and|on|the|&)\s+)*{_ORG_WORD})*)"
)
# ", among them", " including": what comes next is a list of the plural just named
_LIST_INTRO = re.compile(r",?\s+(?:among them|including|such as|namely)\s+(?=[A-Z])")
_LIST_END = re.compile(r"\.(?=\s+[A-Z\"“`'])|[!?]|\n\s*\n")
_MAX_LISTED = 5
_LISTED = re.compile(r",\s+(?:and\s+)?(?=\w)")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_LIST_CUES = ("among them", "including", "such as", "namely")
_COPULAS = frozenset({"is", "was"})
_OF_WORDS = frozenset({"of", "the", "for", "and", "at", "in", "on"})
_OFFICES = (["staff"], ["state"], ["government"], ["defence"], ["defense"])  # "chief of staff"
_SENTENCE_BOUNDARY = re.compile(r"[.!?][\"”’']?\s+|\n\s*\n|^", re.MULTILINE)
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_DASH = re.compile(r"\s+(?:-{1,2}|–|—)\s+")
_AND_NAME = re.compile(r"\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,")


def descriptors(
    text: str,
    mention: Span,
    floor: int,
    ceiling: int,
    before: dict[int, Sequence[Title]] | None = None,
) -> Iterator[Title]:
    """Titles written next to one mention; ``floor``/``ceiling`` bound its paragraph.

    ``before`` keeps, for one paragraph (one ``floor``), the titles found before each start:
    the recognisers and the resolver look before the same names.
    """
    possessive = text.startswith(("'s", "’s", "'", "’"), mention.end)
    if before is None:
        found: Iterable[Title] = _before(text, mention.start, floor)
    else:
        cached = before.get(mention.start)
        if cached is None:
            # a tuple: most names have no title before them, and () costs nothing to keep
            cached = before[mention.start] = tuple(_before(text, mention.start, floor))
        found = cached
    for title in found:
        # "... nationality of their residents, Putin's visit would": a clause ends at the comma
        if possessive and title.span is not None and _comma_between(text, title.span, mention):
            continue
        yield title
    yield from _after(text, mention.end, ceiling)


def _comma_between(text: str, title: Span, mention: Span) -> bool:
    return "," in text[title.end : mention.start]


def shared_descriptors(text: str, floor: int, ceiling: int) -> list[tuple[Span, Title]]:
    """Plural descriptors that introduce a list of people, with the stretch of text they cover.

    "The endorsers include prominent scholars, among them David Aubrey of ...; Larry Brace
    of ...; and Patrick Michaels": each person named in the list is a prominent scholar.
    """
    found: list[tuple[Span, Title]] = []
    paragraph = text[floor:ceiling]
    if not any(cue in paragraph for cue in _LIST_CUES):
        return found  # most paragraphs introduce no list: a substring test is 20x cheaper
    for m in _LIST_INTRO.finditer(text, floor, ceiling):
        reach = max(floor, m.start() - 80)
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, reach, m.start())]
        if not words or not _plural_head(text[words[-1][0] : words[-1][1]]):
            continue
        first = len(words) - 1
        for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
            low = text[words[k][0] : words[k][1]].casefold()
            if low in _STOP_BEFORE or low in _DETERMINERS or not low.isalpha():
                break
            first = k
        title = Title(
            " ".join(text[words[first][0] : words[-1][1]].split()),
            Span(words[first][0], words[-1][1]),
        )
        end = _LIST_END.search(text, m.end(), ceiling)
        found.append((Span(m.end(), end.start() if end is not None else ceiling), title))
    return found


def _before(text: str, start: int, floor: int) -> Iterator[Title]:
    # A descriptor is a few words; looking further back only costs time on long paragraphs.
    floor = max(floor, start - _REACH)
    # Most names have no descriptor: look at the one word before first.
    gap = start
    while gap > floor and text[gap - 1] in " \t\n":
        gap -= 1
    cut = max(floor, text.rfind(" ", floor, gap) + 1, text.rfind("\n", floor, gap) + 1)
    nearest = text[cut:gap]
    folded = nearest.casefold()
    if folded.rstrip(".") in HONORIFICS and folded not in _ABBREVIATED and folded not in _SIR:
        # "As an inventor ..., Ms. Jiang": what stands before the honorific describes her
        if cut > floor:
            yield from _before(text, cut, floor)
        return
    if folded in _COPULAS:
        yield from _inverted(text, floor, cut)
        return
    if not (
        folded in _SIR
        or folded in _ABBREVIATED
        or nearest.endswith(",")
        or is_role_noun(nearest)
        or _role_of_before(text, floor, gap)
    ):
        return
    segment_start = floor
    boundary = ""
    previous_start = floor
    # one character past the name, so that ". " before it is seen as a sentence end
    for m in _HARD_BEFORE.finditer(text, floor, start + 1):
        if m.end() > start or _abbreviation_in_parentheses(text, m) or _abbreviated(text, m):
            continue
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
    head = len(words) - 1
    if not (is_role_noun(nearest) or folded in _ABBREVIATED):
        # "White House chief of staff Donald Regan", "Founder of Sugo Zheng Yonggang"
        head = _role_of_head(text, words)
        if head < 0:
            return
    first = head
    for k in range(head - 1, -1, -1):
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
        before = text[words[k - 1][0] : words[k - 1][1]].casefold() if k > 0 else ""
        if low in NEWS_AGENCIES and before in SPEECH_VERBS:
            break  # "Monsod told Reuters Finance Secretary Jaime Ongpin"
        first = k
    if first < len(words) - 1 and text[words[first][0] : words[first][1]].casefold() in _DROPPED:
        first += 1  # "visiting Kenyan President": the visit is news, not a title
    span = Span(words[first][0], last_end)
    phrase = " ".join(text[span.start : span.end].split())
    if phrase.casefold() in _DETERMINERS:
        return
    yield Title(phrase, span)
    if first == 0 and boundary == ",":
        # "his deputy, former Harvard economist Lawrence Summers": two descriptors
        yield from _fronted(text, previous_start, segment_start - 1)


def _role_of_before(text: str, floor: int, gap: int) -> bool:
    """Whether "ROLE of X" (up to three words of X) ends just before ``gap``."""
    if " of " not in text[max(floor, gap - 80) : gap]:
        return False
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, max(floor, gap - 80), gap)]
    return _role_of_head(text, words) >= 0


def _role_of_head(text: str, words: list[tuple[int, int]]) -> int:
    """The index of ROLE in "ROLE of [the] X [Y [Z]]" ending the words, or -1.

    The owner may itself hold "of": "Chairman of the Board of Suning Holdings".
    """
    for k in range(len(words) - 2, max(0, len(words) - 10), -1):
        if text[words[k][0] : words[k][1]] != "of":
            continue
        owner = [text[a:b] for a, b in words[k + 1 :]]
        owner = [w for w in owner if w not in ("the", "of")]
        if not owner or not (all(w[:1].isupper() for w in owner) or owner in _OFFICES):
            return -1
        role = text[words[k - 1][0] : words[k - 1][1]]
        if is_role_noun(role):
            return k - 1
        if not role[:1].isupper():
            return -1
    return -1


def _inverted(text: str, floor: int, copula: int) -> Iterator[Title]:
    """ "The general manager of Shanshan Co Ltd is Li Zhihua": a determiner-led subject."""
    segment = floor
    for m in _SENTENCE_BOUNDARY.finditer(text, floor, copula):
        segment = m.end()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, segment, copula)]
    if len(words) < 2 or text[words[0][0] : words[0][1]].casefold() not in _DETERMINERS:
        return
    if not any(is_role_noun(text[a:b]) for a, b in words[1:5]):
        return
    if any(text[a:b].casefold() in _STOP_BEFORE - _OF_WORDS for a, b in words[1:]):
        return
    end = words[-1][1]
    yield Title(" ".join(text[words[0][0] : end].split()), Span(words[0][0], end))


_PARENTHESISED = re.compile(r"\([A-Z][A-Za-z&.\-]{1,11}\)")


def _abbreviation_in_parentheses(text: str, boundary: re.Match[str]) -> bool:
    """ "National People's Congress (NPC) Chairman Qiao Shi": "(NPC)" is inside the title."""
    at = boundary.start()
    if text[at] == "(":
        return _PARENTHESISED.match(text, at) is not None
    if text[at] == ")":
        opening = text.rfind("(", max(0, at - 13), at)
        return opening >= 0 and _PARENTHESISED.match(text, opening) is not None
    return False


def _abbreviated(text: str, boundary: re.Match[str]) -> bool:
    """ "then Gov. George Clinton": the full stop of a title's abbreviation ends no sentence."""
    at = boundary.start()
    if text[at] != ".":
        return False
    cut = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    word = text[cut : at + 1]
    return word.casefold() in _ABBREVIATED or (len(word) == 2 and word[0].isupper())


def _ends_with_a_name(texts: list[str]) -> bool:
    """Whether words "ROLE of X ..." end in a given name and a surname after the owner's first
    word ("Minister of Finance Ana Costa"); "Chairman of Morgan Stanley" is an owner alone."""
    return (
        len(texts) >= 4
        and texts[-3].casefold() not in ("of", "the")
        and texts[-1][:1].isupper()
        and is_given_name(texts[-2])
    )


def _fronted(text: str, floor: int, comma: int) -> Iterator[Title]:
    """A descriptor set off by a comma before the name.

    "confided in the show's presenter, Jonathan Maitland" (a determiner-led phrase),
    "As an inventor with outstanding achievements, Ms. Jiang" (an "as" phrase),
    "Assistant Director of the Singapore Tourism Board (STB), Ko Suk Tan, said" (a title
    opening the sentence, as translated copy writes it).
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, floor, comma)]
    if not words or words[-1][1] != comma:
        return
    texts = [text[a:b] for a, b in words]
    if texts[0].casefold() == "as" and len(texts) > 2 and texts[1].casefold() in _DETERMINERS:
        if any(is_role_noun(w) for w in texts[2:6]):
            span = Span(words[1][0], comma)
            yield Title(" ".join(text[span.start : span.end].split()), span)
        return
    role_of = _role_of_head(text, words) if not is_role_noun(texts[-1]) else -1
    if role_of > 0 and _ends_with_a_name(texts):
        return  # "Minister of Finance Ana Costa, Minister of Trade Rui Matos": a list of people
    if role_of > 0:
        # "that Suning's founder and Chairman of the Board of Suning Holdings, Zheng Yonggang"
        first = role_of
        for k in range(role_of - 1, max(-1, role_of - _MAX_BEFORE), -1):
            low = texts[k].casefold()
            if low in _DETERMINERS:
                first = k
                break
            if low in _STOP_BEFORE - _AND:
                break
            if low == "that" or (low in _AND and not (k > 0 and is_role_noun(texts[k - 1]))):
                break
            first = k
        span = Span(words[first][0], comma)
        yield Title(" ".join(text[span.start : span.end].split()), span)
        return
    if is_role_noun(texts[-1]):
        for k in range(len(words) - 2, max(-1, len(words) - 2 - _MAX_BEFORE), -1):
            low = texts[k].casefold()
            if low in _DETERMINERS:
                span = Span(words[k][0], comma)
                yield Title(" ".join(text[span.start : span.end].split()), span)
                return
            if low in _STOP_BEFORE or low in _AND:
                break
        else:
            if len(words) <= _MAX_BEFORE and _clause_starts(text, floor):
                # "In Washington, President Bill Clinton's drug policy advisor, Gen. Barry
                # McCaffrey": the whole phrase between commas names him
                span = Span(words[0][0], comma)
                yield Title(" ".join(text[span.start : span.end].split()), span)
                return
    if (
        len(words) <= _MAX_AFTER
        and _sentence_starts(text, words[0][0])
        and texts[0][:1].isupper()
        and (is_role_noun(texts[0]) or texts[0].casefold() in MODIFIERS)
        and any(is_role_noun(w) for w in texts[:3])
        and not any(w.casefold() in _STOP_BEFORE - _OF_WORDS for w in texts)
    ):
        span = Span(words[0][0], comma)
        yield Title(" ".join(text[span.start : span.end].split()), span)


def _clause_starts(text: str, at: int) -> bool:
    k = at
    while k > 0 and text[k - 1] in " \t\n":
        k -= 1
    return k == 0 or text[k - 1] in ",.!?;:"


def _sentence_starts(text: str, at: int) -> bool:
    k = at
    while k > 0 and text[k - 1] in ' \t"“':
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n"


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
    pos = end
    tag = _PARTY_TAG.match(text, pos, ceiling)
    if tag is not None:
        yield Title(tag.group(1), Span(tag.start(1), tag.end(1)))
        pos = tag.end()
        if not text.startswith(",", pos):
            return  # "Bill Archer, R-Texas, top Republican on ...": the appositive goes on
    of = _OF_AFTER.match(text, pos, ceiling)
    if of is not None:
        owner = of.group("owner")
        if not _is_place(owner):
            # "David Smith of the Human Rights Campaign": an affiliation says who he is
            yield Title(f"of {owner}", Span(of.start("of"), of.end("owner")))
        pos = of.end()  # "Rep. Charles Rangel of New York, the top Democrat on ...": a home
    dash = _DASH.match(text, pos, ceiling)
    if dash is not None:
        # "Dominic Carman - son of late libel lawyer George Carman - was voted through"
        yield from _phrase(text, dash.end(), ceiling, appositive=True)
        return
    if text.startswith(",", pos):
        clause = _HEADS_CLAUSE.match(text, pos, ceiling)
        if clause is not None:
            yield Title(clause.group(1), Span(clause.start(1), clause.end(1)))
            return
        yield from _phrase(text, pos + 1, ceiling, appositive=True)
        return
    shared = _AND_NAME.match(text, pos, ceiling)
    if shared is not None:
        # "Zhu Linjing and Shen Junfei, two graduate students from ...": both are students
        for title in _phrase(text, shared.end(), ceiling, appositive=True):
            if _plural_head(title.text):
                yield title
        return
    complement = _COMPLEMENT.match(text, pos, ceiling)
    if complement is not None:
        # no determiner: "is chairman of Hk Hotels", "as acting president", but not
        # "was born in", "as well": the role noun must come at once
        if _bare(complement) and not _role_soon(text, complement.end(), ceiling):
            return
        yield from _complements(text, complement.end(), ceiling)


def _bare(complement: re.Match[str]) -> bool:
    return complement.group("bare") is not None or complement.group("as_bare") is not None


def _complements(text: str, pos: int, ceiling: int) -> Iterator[Title]:
    """A complement and the ones listed after it: "was a notable conductor, a lifetime
    scholar at the Conservatory, and Composition Department professor"."""
    for k in range(_MAX_LISTED):
        titles = list(_phrase(text, pos, ceiling, appositive=False))
        yield from titles
        if titles:
            end = max(t.span.end for t in titles if t.span is not None)
        else:
            # "the chairman of Dongguan Battery Co Ltd, Ningbo Technology Co Ltd, and deputy
            # general manager of ...": skip the organisations the first title listed
            item = _APPOSITIVE_END.search(text, pos, ceiling)
            if k == 0 or item is None or not _all_capitalised(text[pos : item.start()]):
                return
            end = item.start()
        listed = _LISTED.match(text, end, ceiling)
        if listed is None:
            return
        last_word = _word_before(text, end)
        next_word = _word_after(text, listed.end()).casefold()
        if (
            last_word[:1].isupper()
            and not is_role_noun(last_word)
            and "and" not in listed.group()
            and next_word in _DETERMINERS
        ):
            return  # "director of Ningbo Garment Factory, the predecessor of ...": the factory's
        pos = listed.end()


def _word_before(text: str, end: int) -> str:
    """The last whitespace-separated word of ``text[:end]``, without copying the text."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    j = k
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:k]


def _word_after(text: str, start: int) -> str:
    """The first whitespace-separated word of ``text[start:]``, without copying the text."""
    n = len(text)
    j = start
    while j < n and text[j].isspace():
        j += 1
    k = j
    while k < n and not text[k].isspace():
        k += 1
    return text[j:k]


def _all_capitalised(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and all(w[:1].isupper() or w in ("of", "and", "&") for w in words)


def pronoun_descriptors(text: str, floor: int, ceiling: int) -> list[tuple[int, Title]]:
    """Complements of "he"/"she", each with where the pronoun stands.

    "... its founder Yang Hongnian, who passed away ...; he was a notable Chinese conductor":
    the reader gives the title to the person named last before the pronoun.
    """
    found: list[tuple[int, Title]] = []
    for m in _PRONOUN.finditer(text, floor, ceiling):
        window = max(floor, m.start() - 8)
        before = text[window : m.start()].rstrip()
        if (before or window > floor) and not before.endswith((".", ";", "!", "?", ",", " and")):
            continue  # "he" opens a sentence or a clause
        complement = _COMPLEMENT.match(text, m.end(), ceiling)
        if complement is None:
            continue
        if _bare(complement) and not _role_soon(text, complement.end(), ceiling):
            continue
        found.extend((m.start(), t) for t in _complements(text, complement.end(), ceiling))
    return found


def _role_soon(text: str, pos: int, ceiling: int) -> bool:
    words = [m.group() for m in _WORD.finditer(text, pos, min(ceiling, pos + 60))][:3]
    for k, word in enumerate(words):
        if is_role_noun(word):
            return True
        if not (word.islower() and (word.casefold() in MODIFIERS or (k == 0 and word.isalpha()))):
            return False
    return False


def _is_place(phrase: str) -> bool:
    bare = phrase.removeprefix("the ").strip()
    return (
        city_country(bare) is not None
        or region_country(bare) is not None
        or country_code(bare) is not None
    )


def _plural_head(title: str) -> bool:
    words = title.split()
    return any(w.endswith("s") and not w.endswith("ss") and is_role_noun(w) for w in words[:6])


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
    second: int | None = None  # where a coordinated second title starts
    for k, (a, b) in enumerate(words):
        word = text[a:b]
        stops = k >= _MAX_AFTER or (k > 0 and word.casefold() in _AFTER_STOP)
        if stops and not _and_inside(text, words, k, head):
            if head >= 0 and word in _AND and k + 1 < len(words):
                second = words[k + 1][0]
            break
        previous = text[words[k - 1][0] : words[k - 1][1]].casefold() if k > 0 else ""
        if k > 0 and word.casefold() in SPEECH_VERBS and previous not in _DETERMINERS:
            break  # but "a noted composer": after a determiner it describes
        if head >= 0 and word[:1].isupper() and is_given_name(word):
            head_word = text[words[head][0] : words[head][1]]
            if appositive and first_word[:1].isupper() and head_word[:1].isupper():
                # "Minister of Finance Mar'ie Muhammad, Minister of Foreign Affairs Ali
                # Alatas and ...": a list of titled names, each title capitalised before its
                # name, is the next person's; but "Dominic Carman - son of late libel lawyer
                # George Carman -" describes Dominic
                return
            break  # "government spokesman Mikhail Kozhukhov said": another person begins
        kept.append((a, b))
        if head < 0 and k < 7 and is_role_noun(word):
            head = k
    if head < 0:
        return
    if appositive and first_word[:1].isupper() and first_word.casefold() not in _DETERMINERS:
        # "Adams, Platt and ...": a list of names; but "Taiwan's digital minister" is fine
        opener = first_word.casefold()
        if (
            head > 3
            and not opener.endswith(("'s", "’s"))
            and opener not in MODIFIERS
            and not _place_then_lowercase(text, words, head)
        ):
            return
    end = kept[-1][1]
    last_word = text[kept[-1][0] : end]
    if last_word.endswith(".") and not _abbreviation(last_word):
        end -= 1  # the sentence's full stop
    span = Span(kept[0][0], end)
    yield Title(" ".join(text[span.start : span.end].split()), span)
    if second is not None and text[second:limit].split()[0].casefold() not in _POSSESSIVES:
        # "a University of Virginia professor and past president of the ... Association"
        yield from _phrase(text, second, limit, appositive=False)


def _place_then_lowercase(text: str, words: list[tuple[int, int]], head: int) -> bool:
    """ "Hong Kong democracy and human rights activist": a place, then a lowercase phrase."""
    for size in (2, 1):
        if size <= head and any_place_word(text[words[0][0] : words[size - 1][1]]):
            return all(text[a:b].islower() for a, b in words[size:head])
    return False


def _and_inside(text: str, words: list[tuple[int, int]], k: int, head: int) -> bool:
    """Whether the "and" at ``k`` joins words inside one title, not two clauses.

    "the House Ways and Means Committee" (between capitals), "democracy and human rights
    activist" (before the role noun that heads the phrase).
    """
    if text[words[k][0] : words[k][1]] not in _AND or k + 1 >= len(words):
        return False
    before = text[words[k - 1][0] : words[k - 1][1]]
    after = text[words[k + 1][0] : words[k + 1][1]]
    if before[:1].isupper() and after[:1].isupper():
        # "Ways and Means", but "Party Committee and Director of ...": a second title
        return not (is_given_name(after) or is_role_noun(after))
    if head >= 0:
        return False
    return any(is_role_noun(text[a:b]) for a, b in words[k + 1 : k + 5])


def _abbreviation(word: str) -> bool:
    bare = word.rstrip(".")
    return "." in bare or len(bare) <= 2 or word.casefold() in _ABBREVIATED
