"""People: names with evidence (a title, an honorific, a speech verb), then all their mentions.

A capitalised run becomes a person only with evidence, because wire copy is full of
capitalised phrases that are not people ("Belt and Road", "Digital Silk Road"):
- a title next to it: "Cuban Minister of Communications Arevic", "Pakistan's ambassador to
  China, Moin Haq,", "Hisham Farouk, Deputy Minister of ...";
- an honorific or abbreviated title before it: "Mr Howard", "Sen. Trent Lott";
- a speech verb: "Barry Toiv said", "said Toiv" (a one-word name only mid-sentence, since at
  the start of a sentence any noun is capitalised).
Forms of one name are then merged (S1/S3 in docs/checker.md: "Xi" joins "Xi Jinping" unless two
people share it) and every mention of each person is collected.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from toolkit.lexicon.cities import world_city
from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.firms import EPONYMOUS_FIRMS, is_agency_name
from toolkit.lexicon.person_names import (
    is_common_word,
    is_family_name,
    is_given_name,
    is_listed_given_name,
    pinyin_given_name,
)
from toolkit.lexicon.roles import ROLE_NOUNS, is_role_noun
from toolkit.lexicon.surnames import (
    CHINESE,
    FAMILY_FIRST,
    family_name_first,
    is_suffix,
    short_form,
)
from toolkit.lexicon.titles import HONORIFICS, TITLE_ABBREVIATIONS
from toolkit.model import Person, Span, Title
from toolkit.readers.text.descriptors import descriptors
from toolkit.readers.text.names import (
    FUNCTION_WORDS,
    JOINERS,
    PREPOSITIONS,
    SPEECH_VERBS,
    Blocked,
    Word,
    Words,
    abbreviation_dot,
    any_place_word,
    initials,
    name_like,
    sentence_initial,
    word_set,
)
from toolkit.readers.text.organisations import ORG_HEADS
from toolkit.readers.text.titles import TitleMatch
from toolkit.text.spelling import (
    fold,
    one_token_variant,
    token_variant,
    variant_keys,
    variant_screen,
)

_MAX_NAME_WORDS = 4
_PINYIN_WORDS = frozenset({"He", "An"})
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|He|She|His|Her)\b")
_PRONOUN_REACH = 160
# '"Done," Marco Valli said' and '"Done," said Marco Valli': the name speaks a quotation
_AFTER_QUOTE = re.compile(r"[\"”']\s*$")
# ", who heads the office", ", 81,", ", head of the private Luiss university"
_PERSONAL_APPOSITION = re.compile(r",\s+(?:who\b|whom\b|whose\b|\d{1,3},|head\s+of\b)")
_ARTICLES = frozenset({"a", "an", "the"})
# Words that end a run of names into something else: "John Hopkins University" is blocked as
# an organisation, but a run like "Lee Kuan Yew School" must not become a person either.
_NOT_PERSON_WORDS = frozenset(
    [
        "school",
        "award",
        "prize",
        "cup",
        "trophy",
        "memorial",
        "open",
        "bridge",
        "hole",
        "garden",
        "gardens",
        "arena",
        "square",
        "controls",
        "bay",
        "beach",
        "heights",
        "springs",
        "falls",
        "church",
        "cathedral",
        "chapel",
        "abbey",
        "tower",
        "towers",
        "bulls",
        "marlins",
        "astros",
        "lions",
        "tigers",
        "bears",
        "eagles",
        "rangers",
        "rovers",
        "wanderers",
        "united",
        "city",
        "county",
        "airport",
        "harbour",
        "harbor",
        "port",
        "valley",
        "newsroom",  # a wire sign-off: "-- Ann Lowe, Lisbon Newsroom"
        "desk",
        # faiths and churches: "Roman Catholic", "Greek Orthodox" ("Christian" is a name too)
        "catholic",
        "catholics",
        "orthodox",
        "protestant",
        "protestants",
        "anglican",
        "lutheran",
        "methodist",
        "presbyterian",
        "evangelical",
        "muslim",
        "muslims",
        "buddhist",
        "hindu",
        "war",  # "World War Two"
    ]
)
_BARE_HONORIFICS = frozenset(h.rstrip(".") for h in HONORIFICS)
_PREFIXES = _BARE_HONORIFICS | TITLE_ABBREVIATIONS


class Anchor(NamedTuple):
    """One place where a name is introduced with evidence that it is a person."""

    words: tuple[str, ...]
    name: str  # as written, whitespace normalised ("Sharon R. Grasflin")
    span: Span
    title: Title | None
    country: str | None
    # Only a speech verb says this is a person ("Goldman Sachs said" looks the same), so the
    # name must also be referred to again, or a personal pronoun must follow it.
    weak: bool = False
    # which recogniser found it: "title", "honorific", "speech", "lexicon", "context"
    evidence: str = "title"
    honorific: str | None = None  # "Mr" in "Mr Brown", kept when no fuller form is known


class _Person(NamedTuple):
    name: str
    forms: list[tuple[str, ...]]  # every form the anchors used, fullest first
    titles: list[Title]
    country: str | None
    weak: bool  # every anchor is weak


def names_a_place(text: str, anchor: Anchor) -> bool:
    """Whether a name a recogniser found is a place's, and so no person's.

    A country, region or city of the readers' own lists ("Costa Rica says", "split Tibet")
    is a place unless it is also a given name ("Jordan said").

    "Serb-held Doboj", "in Grozny", "Wealthy Parma": the word is a town of the world's
    cities table, no listed given or family name and no everyday word ("Dole", "Date"), and
    no speech verb or honorific speaks for a person ("Davenport said", "Mr Akashi"). Longer
    names of world towns are left alone: "Yasushi Akashi" and "Ajax Amsterdam" end alike.
    """
    if anchor.honorific is not None:
        return False
    word = text[anchor.span.start : anchor.span.end]
    if any_place_word(" ".join(word.split())) and not is_listed_given_name(word):
        return True  # "Costa Rica says", "split Tibet": a country or a listed place
    if anchor.evidence == "speech":
        return False
    if not word.isalpha() or is_family_name(word) or is_listed_given_name(word):
        return False
    return not is_common_word(word) and world_city(word) is not None


def names_a_publication(text: str, span: Span) -> bool:
    """Whether the name at ``span`` is a newspaper's, a magazine's or a broadcaster's by the
    noun beside it.

    "the daily Le Monde", "Albanian newspaper Koha Jone", "Les Echos newspaper said",
    "official Kabul Radio said": the noun right before or right after the name says what it
    is. A role after the noun ("newspaper editor Ann Bell") puts a person there instead.
    """
    start = span.start
    if start > 1 and text[start - 1] == " ":
        comma = text[start - 2] == ","
        # the word before: from the space before it (or a line's start) to the comma or space
        stop = start - 2 if comma else start - 1
        reach = max(0, stop - 16)
        cut = max(text.rfind(" ", reach, stop), text.rfind("\n", reach, stop))
        noun = text[cut + 1 : stop].casefold() if cut >= 0 or reach == 0 else ""
        # after a comma only in apposition ("a daily, Dnevi Avaz, said"), not as the subject
        # of a clause ("According to state television, Viljoen told")
        if noun in _PUBLICATION_NOUNS and (not comma or text.startswith(",", span.end)):
            return True
    if not text.startswith(" ", span.end):
        return False
    after = _WORD_AFTER.match(text, span.end)
    return after is not None and after.group(1).casefold() in _PUBLICATION_NOUNS


_PUBLICATION_NOUNS = word_set(
    """
    daily dailies newspaper newspapers paper weekly weeklies magazine magazines journal tabloid
    broadsheet gazette radio television tv agency
    """
)
# the word right after a name ("Les Echos newspaper")
_WORD_AFTER = re.compile(r" ([A-Za-z]+)\b")


def names_a_side(text: str, anchor: Anchor) -> bool:
    """Whether a name ends in the plural of an everyday noun, as a team's does.

    "The Braves scored", "the Atlanta Braves", "the St. Louis Cardinals": no person's name
    ends in "braves" or "cardinals"; family names that are plurals of words ("Woods",
    "Banks", "Fields") are listed as family names and stay people. A longer name opening
    with a given name is a team's only after "the" ("Guy Hellers" is a person's).
    """
    words = text[anchor.span.start : anchor.span.end].split()
    last = words[-1]
    if len(last) < 4 or not last.endswith("s") or not last[:-1].isalpha():
        return False
    if is_family_name(last) or is_listed_given_name(last):
        return False
    if not (
        is_common_word(last[:-1]) or (last.endswith("ies") and is_common_word(last[:-3] + "y"))
    ):
        return False
    if len(words) == 1 or not is_listed_given_name(words[0]):
        return True
    return _THE_TEAM.search(text, max(0, anchor.span.start - 8), anchor.span.start) is not None


# "the Atlanta Braves", "the St. Louis Cardinals" (the name found starts after "St.")
_THE_TEAM = re.compile(r"\b[Tt]he (?:St\.? )?$")


def in_team_table(text: str, anchor: Anchor) -> bool:
    """Whether a name stands in a line of team results or standings, and so is a club's.

    "Hansa Rostock 0 Hamburg 1": a line of two names each with a small score is a match
    between sides. "Aston Villa 3 2 0 1 4 2 6": a name with six or more numbers, three of
    them under ten (two of seven or more), is a row of a league table. Athletes' lines have
    one name and a time ("Michael Johnson (U.S.) 19.32") or round scores of 60 and more
    ("Greg Norman 70 68 72").
    """
    if not text[anchor.span.end : anchor.span.end + 3].lstrip(" \t")[:1].isdigit():
        return False  # a score or a table's numbers follow the name
    # results lines are short: a longer line is prose, and is not scanned (nor is a 5 MB
    # line once per name in it)
    start = text.rfind("\n", max(0, anchor.span.start - _TABLE_LINE), anchor.span.start) + 1
    end = text.find("\n", anchor.span.end, anchor.span.end + _TABLE_LINE)
    if end < 0:
        end = len(text)
        if end - anchor.span.end > _TABLE_LINE:
            return False
    if start == 0 and anchor.span.start > _TABLE_LINE:
        return False  # no line break within reach before the name
    if _MATCH_LINE.fullmatch(text, start, end) is not None:
        return True
    row = _TABLE_ROW.fullmatch(text, anchor.span.end, end)
    if row is None:
        return False
    numbers = [int(n) for n in row.group().split()]
    # a full standings row (played, won, drawn, lost, for, against, points) late in a
    # season may have only its draws and losses under ten: "Spartak Moscow 25 14 7 4 48 24 49"
    return sum(n < 10 for n in numbers) >= (2 if len(numbers) >= 7 else 3)


_TABLE_LINE = 120
# "Hansa Rostock 0 Hamburg 1", "x-Anderlecht 2 Ekeren (Belgium) 1"
_MATCH_LINE = re.compile(r"\s*[^\W\d][^\d\n]*?\s\d{1,2}\s+[^\W\d][^\d\n]*?\s\d{1,2}\s*")
_TABLE_ROW = re.compile(r"(?:[ \t]+-?\d{1,3}){6,}[ \t]*")


def _forward(text: str, ws: list[Word], i: int) -> int:
    """Last index of a name starting at ``i``, or -1 when there is none."""
    if not isinstance(ws, Words):
        return _name_from(text, ws, i)
    last = ws.ends.get(i)
    if last is None:
        last = ws.ends[i] = _name_from(text, ws, i)  # every recogniser asks the same
    return last


def _name_from(text: str, ws: list[Word], i: int) -> int:
    n = len(ws)
    if i >= n or not ws[i].cap:
        return -1
    if len(ws[i].text) < 2:
        # "governor C. Rangarajan": an initial opens a name when a name word follows
        w = ws[i]
        if not (
            w.text.isupper()
            and w.link
            and not w.possessive
            and text.startswith(". ", w.end)
            and i + 1 < n
            and ws[i + 1].cap
            and len(ws[i + 1].text) > 1
            and name_like(ws[i + 1])
            and not any_place_word(ws[i + 1].text)  # "S. Africa"
            and text[w.start - 2 : w.start] != ". "  # "ING. C. Olivetti and C."
        ):
            return -1
    elif not name_like(ws[i]):
        # "P.J. Carlesimo": dotted initials open a name when a name word follows
        if not (
            initials(ws[i])
            and ws[i].glue
            and i + 1 < n
            and ws[i + 1].cap
            and len(ws[i + 1].text) > 1
            and name_like(ws[i + 1])
        ):
            return -1
    elif is_suffix(ws[i].text):
        return -1  # "Jr", "II" never open a name
    last = i
    k = i
    while k + 1 < n and k - i < _MAX_NAME_WORDS and not ws[k].possessive:
        nxt = ws[k + 1]
        if not ws[k].link:
            break
        if (
            not name_like(nxt)
            and not (
                # "Vice Premier Liu He": a given name spelt like an English word, which could
                # not be capitalised mid-sentence otherwise
                k == i and nxt.text in _PINYIN_WORDS and ws[i].fold in CHINESE
            )
            and not _country_surname(ws, i, k)
            and not _title_surname(ws, i, k)
        ):
            break
        k += 1
        if nxt.cap and len(nxt.text) > 1:
            last = k
    if (
        last == i
        and last + 1 < n
        and ws[last + 1].text == "I"
        and ws[last].glue
        and is_given_name(ws[i].text)
        and _AFTER_REGNAL_ONE.match(text, ws[last + 1].end)
    ):
        last += 1  # "Queen Elizabeth I born", "Pedro I became emperor"
    if text.startswith(" &", ws[last].end):
        return -1  # "A.G. Edwards & Sons": a firm
    if last + 1 < n:
        nxt = ws[last + 1]
        # "President Bush Administration": the run goes on into a longer proper noun.
        if nxt.cap and not ws[last].possessive and ws[last].glue:
            return -1
    return last


def _forward_cued(text: str, ws: list[Word], i: int) -> int:
    """Like :func:`_forward`, where the context already says a person's name starts at ``i``:
    then a listed given name that is also a function word or a month ("Jan Kroslak (Slovakia)",
    "spokesman Will Tarrant") opens the name when a name word follows it."""
    last = _forward(text, ws, i)
    if last >= 0 or i + 1 >= len(ws):
        return last
    w, nxt = ws[i], ws[i + 1]
    if not (w.cap and w.glue and not w.possessive and len(w.text) > 1 and w.text[1:].islower()):
        return -1
    if not (nxt.cap and len(nxt.text) > 1 and is_listed_given_name(w.text)):
        return -1
    if not name_like(nxt) or is_given_name(nxt.text):
        return -1  # "Jan Peter ...": too unsure whose name starts where
    last = _forward(text, ws, i + 1)
    return last if last > i else -1


# Title words that are also common family names: "Billie Jean King", "Kevin Knight"
_TITLE_SURNAMES = frozenset(["king", "bishop", "marshall", "knight", "dean", "abbott", "baron"])
_AFTER_REGNAL_ONE = re.compile(r"(?: [a-z]|[,.;:)]|$)")


def _named_like_a_title(ws: list[Word], i: int) -> bool:
    """ "Billie Jean King" read as a title like "Jordanian King": given names, then the word."""
    k = i
    while k + 1 < len(ws) and ws[k].glue and is_listed_given_name(ws[k].text):
        if _title_surname(ws, i, k):
            return True
        k += 1
    return False


def _title_surname(ws: list[Word], i: int, k: int) -> bool:
    """ "Billie Jean King": a title word as the family name after listed given names."""
    nxt = ws[k + 1]
    if nxt.fold not in _TITLE_SURNAMES or not nxt.cap or nxt.text.isupper():
        return False
    if k + 2 < len(ws) and nxt.glue and ws[k + 2].cap:
        return False
    return all(is_listed_given_name(ws[j].text) for j in range(i, k + 1))


def _country_surname(ws: list[Word], i: int, k: int) -> bool:
    """ "Neil Jordan", "Trevor Holland": a country's name as the family name after a listed
    given name, when nothing capitalised follows."""
    if k != i or ws[i].possessive:
        return False
    nxt = ws[k + 1]
    if not nxt.cap or nxt.text.isupper() or country_code(nxt.text) is None:
        return False
    if k + 2 < len(ws) and nxt.glue and ws[k + 2].cap:
        return False
    return is_listed_given_name(ws[i].text) and not any_place_word(ws[i].text)


def _backward(text: str, ws: list[Word], j: int) -> int:
    """First index of a name ending at ``j``, or -1 when there is none."""
    if j < 0 or not ws[j].cap or ws[j].possessive or len(ws[j].text) < 2:
        return -1
    if not name_like(ws[j]):
        return -1
    first = j
    k = j
    while k > 0 and j - k < _MAX_NAME_WORDS:
        prev = ws[k - 1]
        if not prev.link or not name_like(prev):
            break
        k -= 1
        if prev.cap and len(prev.text) > 1:
            first = k
    if first > 0 and initials(ws[first - 1]) and ws[first - 1].glue:
        first -= 1  # "P.J. Carlesimo, the coach"
    if first > 0:
        prev = ws[first - 1]
        between = text[prev.end : ws[first].start]
        # "Senate Majority Leader Trent Lott, ...": a capitalised non-name word glued before;
        # "in Aberdeen, Scotland, the ...": a place in a list, not a name.
        if prev.cap and (
            (prev.glue and prev.fold not in FUNCTION_WORDS)
            or (between == ", " and (name_like(prev) or any_place_word(prev.text)))
        ):
            return -1
        if prev.text in PREPOSITIONS and prev.glue and prev.text not in ("by", "with"):
            return -1  # "in Aberdeen, the ...", but "held by Biden, the U.S. president"
    return first


def _anchor(
    text: str,
    ws: list[Word],
    first: int,
    last: int,
    title: Title | None,
    country: str | None,
    evidence: str = "title",
) -> Anchor:
    while first < last and _descriptor_word(ws[first].text, ws[first + 1].text):
        first += 1  # "Brazilian-born Luis Oliveira", "Ex-Yankee Randy Velarde", "Broker X"
    names = tuple(ws[k].text for k in range(first, last + 1))
    span = Span(ws[first].start, _name_end(text, ws[last]))
    # the evidence given here, not by _replace after: a named tuple's _replace is slow, and a
    # recogniser makes an anchor per mention
    name = " ".join(text[span.start : span.end].split())
    return Anchor(names, name, span, title, country, False, evidence)


def _name_end(text: str, word: Word) -> int:
    """Where a name ending with ``word`` ends: after the period of "Jr." or "Sr."."""
    if word.fold in ("jr", "sr") and text.startswith(".", word.end):
        return word.end + 1
    return word.end


def _descriptor_word(word: str, next_word: str | None = None) -> bool:
    """A capitalised word that describes the person rather than naming them."""
    if "-" in word:
        head, _, rest = word.partition("-")
        if rest[:1].islower() or head.casefold() in ("ex", "former", "then"):
            return True
    if not is_role_noun(word) or is_given_name(word) or is_family_name(word):
        return False
    # the role test is mostly a suffix test: "Samer" ends like "farmer" but is a name
    folded = word.casefold()
    return (
        # an everyday word with an agent noun's ending need not be one: "Tiger Woods"
        (
            is_common_word(word)
            and (folded in ROLE_NOUNS or folded.endswith("crat") or _agent_of_verb(folded))
        )
        or "-" in word
        or folded in ROLE_NOUNS
        or folded.endswith(("man", "woman", "ist", "ists", "s"))
        or (
            next_word is not None
            and is_given_name(next_word)
            and not is_family_name(next_word)
            and not is_common_word(next_word)
        )
    )


def _agent_of_verb(folded: str) -> bool:
    """ "reliever", "defender": an -er word made from an everyday verb (relieve, defend),
    unlike "tiger" or "ginger", whose stems are no words."""
    if not folded.endswith("er") or len(folded) < 6:
        return False
    stem = folded[:-2]
    return (
        is_common_word(stem)
        or is_common_word(stem + "e")
        or (
            len(stem) > 3 and stem[-1] == stem[-2] and is_common_word(stem[:-1])  # "winner"
        )
    )


def _title_of(text: str, ws: list[Word], match: TitleMatch) -> Title:
    span = Span(ws[match.first].start, ws[match.last].end)
    return Title(" ".join(text[span.start : span.end].split()), span)


def anchors_in(text: str, ws: Words, titles: Sequence[TitleMatch], floor: int) -> list[Anchor]:
    """Names introduced with evidence in one paragraph (``floor`` is the paragraph start).

    The built-in person recognisers in their table order (see ``recognisers``).
    """
    in_titles = title_word_indices(titles)
    return [
        *named_by_title(text, ws, titles, floor),
        *named_by_honorific(text, ws),
        *_speakers(text, ws, floor, in_titles),
        *_named_by_lexicon(text, ws, in_titles),
        *_named_by_context(text, ws, floor, in_titles),
        *named_by_role(text, ws, floor, in_titles),
        *named_by_eponym(text, ws, floor, in_titles),
        *named_in_results(text, ws, floor, in_titles),
    ]


def title_word_indices(titles: Sequence[TitleMatch]) -> set[int]:
    return {k for match in titles for k in range(match.first, match.last + 1)}


def named_by_title(text: str, ws: Words, titles: Sequence[TitleMatch], floor: int) -> list[Anchor]:
    """Names next to a title: "Cuban Minister of Communications Arevic", "X, Deputy ..."."""
    found: list[Anchor] = []
    n = len(ws)
    for match in titles:
        title = _title_of(text, ws, match)
        start = match.name_at
        if start < 0 and match.last + 1 < n and ws[match.last].glue:
            start = match.last + 1
        if start >= 0:
            last = _forward(text, ws, start)
            if last == start and _given_name_as_title(text, ws, match):
                # "captain Dean Holloway", "Scorers: Dean Pruett (2nd minute)": a one-word
                # title that is a given name, before one family name, is the given name
                anchor = _anchor(text, ws, match.first, last, None, None)
                found.append(anchor._replace(evidence="given-name"))
                continue
            if last >= 0:
                found.append(_anchor(text, ws, start, last, title, match.country))
                continue
            if match.name_at >= 0:
                continue
        # "Hisham Farouk, Deputy Minister ...", "Barry Toiv, a White House spokesman"
        first = match.first
        if first > 0 and ws[first - 1].text in _ARTICLES and ws[first - 1].glue:
            first -= 1
        if first > 0 and text[ws[first - 1].end : ws[first].start] == ", ":
            name_first = _backward(text, ws, first - 1)
            if (
                name_first == first - 1
                and ws[name_first].text.endswith("ly")
                and sentence_initial(text, ws[name_first], floor)
            ):
                name_first = -1  # "Apparently, the judge": an adverb opening a sentence
            if name_first >= 0:
                found.append(_anchor(text, ws, name_first, first - 1, title, match.country))
                continue
        # "renominated James Hormel as ambassador to Luxembourg"
        if first > 1 and ws[first - 1].text == "as" and ws[first - 1].glue and ws[first - 2].glue:
            name_first = _backward(text, ws, first - 2)
            if 0 <= name_first < first - 2:
                found.append(_anchor(text, ws, name_first, first - 2, title, match.country))
                continue
        # "Pakistan's ambassador to China, Moin Haq, said"; "The speaker of the Belarus
        # parliament, Semyon Sharetsky, told": lowercase words may end the title
        after = match.last + 1
        if after >= n:
            continue
        gap = text[ws[match.last].end : ws[after].start]
        tail = _TITLE_TAIL.fullmatch(gap) if gap != ", " else None
        if gap == ", " or tail is not None:
            last = _forward(text, ws, after)
            if last >= 0 and _closes_apposition(text, ws, last):
                if tail is not None and title.span is not None:
                    span = Span(title.span.start, ws[match.last].end + tail.end(1))
                    title = Title(" ".join(text[span.start : span.end].split()), span)
                found.append(_anchor(text, ws, after, last, title, match.country))
    return found


# lowercase words that finish a title's organisation before its appositive name
_TITLE_TAIL = re.compile(r"( [a-z]{3,}(?: [a-z]{3,})?), ")


def _given_name_as_title(text: str, ws: Words, match: TitleMatch) -> bool:
    """Whether a title is one capitalised word that is also a given name ("Dean"), written
    without a determiner or possessive before it ("the Dean", "Harvard's Dean")."""
    w = ws[match.first]
    if match.first != match.last or not w.cap or w.text.isupper() or not is_given_name(w.text):
        return False
    before = text[max(0, w.start - 4) : w.start].casefold()
    return not before.endswith(("the ", " a ", "'s ", "’s ", "s' ")) and not (
        match.first > 0 and ws[match.first - 1].possessive and ws[match.first - 1].glue
    )


def named_by_honorific(text: str, ws: Words) -> list[Anchor]:
    """Names after an honorific or an abbreviated title: "Mr Howard", "Sen. Trent Lott"."""
    found: list[Anchor] = []
    n = len(ws)
    for i in () if _PREFIXES.isdisjoint(ws.folds) else ws.caps:
        w = ws[i]
        if i + 1 >= n:
            continue
        folded = w.fold
        bare = folded in _BARE_HONORIFICS
        if not bare and folded not in TITLE_ABBREVIATIONS:
            continue
        between = text[w.end : ws[i + 1].start]
        if between not in (" ", ". "):
            continue
        if between == ". " and not abbreviation_dot(text, w):
            continue
        last = _forward(text, ws, i + 1)
        if last < 0:
            continue
        prefix: Title | None = None
        if not bare:
            span = Span(w.start, w.end + len(between) - 1)
            prefix = Title(text[span.start : span.end], span)
        anchor = _anchor(text, ws, i + 1, last, prefix, None)
        found.append(anchor._replace(evidence="honorific", honorific=w.text if bare else None))
    return found


#: Religious forms of address, written before the name the person is known by
RELIGIOUS_ADDRESS = word_set("Mother Sister Brother")
_RELIGIOUS_FOLDS = frozenset(word.casefold() for word in RELIGIOUS_ADDRESS)


def named_by_address(text: str, ws: Words) -> list[Anchor]:
    """A given name after a religious form of address: "Mother Teresa", "Sister Nirmala".

    The address says a person is named, as an honorific does; the resolver then makes the
    address part of a name given alone ("Mother Teresa"). "Mother Nature", "Brother Russia":
    the word after must be a listed given name and no place.
    """
    found: list[Anchor] = []
    if _RELIGIOUS_FOLDS.isdisjoint(ws.folds):
        return found
    n = len(ws)
    for i in ws.caps:
        w = ws[i]
        if w.text not in RELIGIOUS_ADDRESS or i + 1 >= n or not w.glue or w.possessive:
            continue
        given = ws[i + 1]
        if not (given.cap and is_listed_given_name(given.text)) or any_place_word(given.text):
            continue
        if i > 0 and ws[i - 1].cap and ws[i - 1].glue:
            continue  # "Holy Mother Church"
        last = _forward(text, ws, i + 1)
        if last < 0:
            continue
        span = Span(w.start, w.end)
        anchor = _anchor(text, ws, i + 1, last, Title(w.text, span), None)
        found.append(anchor._replace(evidence="honorific"))
    return found


def named_by_speech(text: str, ws: Words, floor: int, skip: set[int]) -> list[Anchor]:
    """Names next to a speech verb: "Barry Toiv said", "said Toiv."."""
    return list(_speakers(text, ws, floor, skip))


def named_by_lexicon(text: str, ws: Words, skip: set[int]) -> list[Anchor]:
    found = list(_named_by_lexicon(text, ws, skip))
    if ws:
        paragraph = text[ws[0].start : ws[-1].end]
        if '"' in paragraph or "“" in paragraph:
            found.extend(_nicknamed(text, ws, skip))
    return found


_NICK_OPEN = frozenset({' "', " “"})
_NICK_CLOSE = frozenset({'" ', "” "})
_MAX_NICK_WORDS = 4


def _nicknamed(text: str, ws: Words, skip: set[int]) -> Iterable[Anchor]:
    """A nickname in quotes between a given name and a family name: 'Earvin "Magic"
    Johnson', 'Rocco "The Hammer" Bellini'; the name is the whole, the family name its short
    form."""
    n = len(ws)
    for i in ws.caps:
        if i + 2 >= n or i in skip or text[ws[i].end : ws[i + 1].start] not in _NICK_OPEN:
            continue
        if not (is_given_name(ws[i].text) and ws[i + 1].cap):
            continue
        close = next(
            (
                j
                for j in range(i + 1, min(n - 1, i + 1 + _MAX_NICK_WORDS))
                if text[ws[j].end : ws[j + 1].start] in _NICK_CLOSE
            ),
            -1,
        )
        if close < 0 or not all(ws[k].glue for k in range(i + 1, close)):
            continue
        family = ws[close + 1]
        if not (family.cap and name_like(family) and len(family.text) > 1) or (
            is_common_word(family.text) and not is_family_name(family.text)
        ):
            continue
        if close + 2 < n and family.glue and ws[close + 2].cap:
            continue  # the family name must end the name
        yield _anchor(text, ws, i, close + 1, None, None, "nickname")


# A lowercase word before a name that ends in a role suffix but names no role.
_NOT_ROLES_BEFORE_NAMES = word_set(
    """
    after under over never ever other whether together either neither rather water winter
    summer corner number order border center centre matter letter paper power quarter
    counter major error floor door color colour honor honour labor labour harbor harbour
    favor favour sector factor motor mirror interior exterior senior junior superior
    inferior prior behavior behaviour dinner later earlier lower higher bigger larger
    greater further former latter better offer tender transfer cancer chapter character
    shelter theater filter meter computer chamber cluster register disaster sooner
    whatever however forever wherever whenever remember consider deliver discover cover
    recover gather weather river silver fever super upper proper copper hammer manner
    banner inner tower hour sister-city counterpart newspaper three free degree
    """
)
# Role nouns that as often introduce a firm, a paper or a group as a person ("telecoms
# operator Unicom", "press distributor Hachette", "rival Kurds").
_FIRM_ROLES = word_set(
    """
    operator distributor rival maker carrier producer retailer exporter importer supplier
    manufacturer lender insurer publisher broadcaster provider developer dealer trader
    owner buyer seller bidder investor shareholder competitor leader partner contractor
    builder processor refiner miner shipper grower brewer distiller printer underwriter
    arranger adviser advisor sponsor backer creditor debtor borrower issuer holder
    member founder parent employer organiser organizer promoter exhibitor vendor
    """
)
_ROLE_BEFORE = re.compile(r"(?:^|[\s(\"“])([a-z][a-z\-]*[a-z]) $")
_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|our|my)|['’]s)\s+(?:wife|husband|son|daughter|sister|brother|mother|"
    r"father|widow|widower|fiancee|fiancée|fiance|fiancé|girlfriend|boyfriend|grandson|"
    r"granddaughter|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|stepson|"
    r"stepdaughter|stepmother|stepfather|twin)(?:,\s|\s)$"
)
# "the Clinton administration", "the Dole campaign": a family name as an eponymous modifier
_EPONYMOUS_AFTER = re.compile(r"\s(?:administration|campaign|presidency|camp|government|cabinet)\b")
_SPEAKER_PRONOUN = re.compile(r" (?:that )?(?:he|she)\b")
# "a 27-year-old Gaddafi", "20-year-old Tiger Woods"
_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
# Nouns a name modifies when it is a group's, a place's or a conflict's, not a person's
_MODIFIED_NOUNS = ORG_HEADS | word_set(
    """
    group groups movement militia militias faction factions guerrillas militants rebels
    separatists fighters forces troops government authorities leadership capital region
    province crisis problem conflict war issue question side team squad club people
    """
)
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s$")
_TAGLINE = re.compile(r"\s+is\s+(?:a|an|the)\s")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s$")


def named_by_role(text: str, ws: Words, floor: int, skip: set[int]) -> list[Anchor]:
    """Names right after a lowercase role noun or a kinship noun.

    "German conductor Heisman", "midfielder Donato", "spokesman Per Zetterquist", "his wife
    Naina", "Reagan's wife, Nancy,": the noun says the name that follows is a person's, even
    a single word that no list of names holds.
    """
    found: list[Anchor] = []
    resume = 0
    for i in ws.caps:
        if i < resume:
            continue
        w = ws[i]
        if i > 0 and ws[i - 1].cap and ws[i - 1].glue:
            continue
        if (_capitalised_role(ws, i) or _nationality(ws, i)) and i + 1 not in skip:
            # "Broker Khurshid Alam said", "Lieutenant-Colonel Max Marriner"
            last = _forward(text, ws, i + 1)
            names = [ws[k] for k in range(i + 1, last + 1) if ws[k].cap] if last > i else []
            if len(names) >= 2 and _could_be_named(text, ws, names, last):
                if not any(is_common_word(n.text) and not is_given_name(n.text) for n in names):
                    found.append(_anchor(text, ws, i + 1, last, None, None, "role"))
                resume = last + 1
            continue
        if i in skip and not _named_like_a_title(ws, i):
            continue
        if w.start - floor < 3 or not (text[w.start - 2].islower() or text[w.start - 2] == ","):
            continue  # most capitalised words follow no lowercase noun
        noun = _word_before_name(text, w.start, floor).rstrip(",")
        if noun in _KIN_NOUNS or noun.endswith("-year-old"):
            before = text[max(floor, w.start - 40) : w.start]
            if _KIN_BEFORE.search(before) is None and _AGE_BEFORE.search(before) is None:
                continue
        elif text[w.start - 2] == "," or text[w.start - 1] != " " or not _role_before_name(noun):
            continue
        last = _forward_cued(text, ws, i)
        if last < 0:
            continue
        resume = last + 1
        names = [ws[k] for k in range(i, last + 1) if ws[k].cap]
        if not _could_be_named(text, ws, names, last):
            continue
        noun_after = _NOUN_AFTER.match(text, _name_end(text, ws[last]))
        if noun_after is not None and (
            is_role_noun(noun_after.group(1)) or noun_after.group(1) in _MODIFIED_NOUNS
        ):
            # "the 66-year-old San Francisco philanthropist", "the fundamentalist Hamas
            # group", "the rebel-held Chechen capital": a modifier
            continue
        found.append(_anchor(text, ws, i, last, None, None, "role"))
    return found


_KIN_NOUNS = word_set(
    """
    wife husband son daughter sister brother mother father widow widower fiancee fiancée
    fiance fiancé girlfriend boyfriend grandson granddaughter grandmother grandfather nephew
    niece cousin uncle aunt stepson stepdaughter stepmother stepfather twin
    """
)


@lru_cache(maxsize=4096)
def _role_before_name(noun: str) -> bool:
    """Whether a lowercase word right before a name says what the person is."""
    return (
        _ROLE_WORD.fullmatch(noun) is not None
        and noun not in FUNCTION_WORDS
        and noun not in _NOT_ROLES_BEFORE_NAMES
        and not noun.endswith("s")
        and noun not in _FIRM_ROLES
        and is_role_noun(noun)
    )


_ROLE_WORD = re.compile(r"[a-z][a-z\-]*[a-z]")


def _plain_role(w: Word) -> bool:
    """ "Councillor", "Broker": a word that is a role by its list or its plainest suffixes."""
    if w.fold in _NOT_ROLES_BEFORE_NAMES or "-" in w.text or not is_role_noun(w.text):
        return False
    if is_given_name(w.text) or is_family_name(w.text):
        return False
    return w.fold in ROLE_NOUNS or w.fold.endswith(("man", "woman", "ist", "or", "crat"))


def _capitalised_role(ws: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is a capitalised role noun glued to a name ("Broker Khurshid")."""
    w = ws[i]
    if not w.glue or i + 1 >= len(ws) or not ws[i + 1].cap or w.possessive:
        return False
    return _role_title_word(w.text)


@lru_cache(maxsize=8192)
def _role_title_word(text: str) -> bool:
    folded = text.casefold()
    if not ("-" in text or is_common_word(text)) or not is_role_noun(text):
        return False
    if not ("-" in text or folded in ROLE_NOUNS or folded.endswith(("ist", "man", "ian", "crat"))):
        return False  # "Tiger Woods": a suffix like "farmer" but no role
    return not (is_given_name(text) or is_family_name(text)) and folded not in _FIRM_ROLES


def _nationality(ws: Sequence[Word], i: int) -> bool:
    """ "Italian Gualtiero Fulcheri", "Pole Wojtek Lazarek": a nationality glued to a name."""
    w = ws[i]
    if not w.glue or w.possessive or i + 2 >= len(ws) or not ws[i + 1].cap:
        return False
    if not ws[i + 1].glue or not ws[i + 2].cap:
        return False  # two name words at least: "Italian Serie" is no name
    return _nationality_word(w.text)


@lru_cache(maxsize=8192)
def _nationality_word(text: str) -> bool:
    return demonym_country(text) is not None or (
        text.endswith("man") and demonym_country(text[:-3]) is not None
    )


def _could_be_named(text: str, ws: Words, names: Sequence[Word], last: int) -> bool:
    """Whether a run introduced as a person's (after a role noun) can be a name at all."""
    if any(w.fold in _NOT_PERSON_WORDS for w in names):
        return False
    phrase = " ".join(w.text for w in names)
    if phrase.casefold() in EPONYMOUS_FIRMS:
        return False
    if len(names) == 1:
        word = names[0].text
        if word[:-1].isupper() or word.endswith(("ist", "ists", "ish", "ism")):
            return False  # "MPs", "Marxist", "Kurdish"
        return not (is_common_word(word) or any_place_word(word) or is_agency_name(word)) and not (
            last + 1 < len(ws) and ws[last + 1].text == "of" and ws[last].glue
        )
    if is_given_name(names[0].text) or names[0].fold in FAMILY_FIRST:
        return True
    if is_listed_given_name(names[0].text):
        # "off Chad Ogea (7-5)": a given name spelt like a country, when the context says
        # a person is named
        return not any(any_place_word(w.text) for w in names[1:])
    return not any(any_place_word(w.text) for w in names)


# What follows a competitor's name in results: "(Pakistan)", "(U.S.)", "(47th)", "(60th
# minute)", "(41st min, pen)", "(7-5)".
_RESULT_AFTER = re.compile(
    r" \((?:(?P<country>[A-Z][A-Za-z. ]{1,30})"
    r"|\d{1,3}(?:st|nd|rd|th)(?: minute| min| mins)?(?:,[^)]{1,12})?"
    r"|\d{1,2}-\d{1,2}|captain|vice-captain|capt\.?|wk|gk)\)"
)


# A line-up: "13 - Japie Mulder, 12 - Danie van Schalkwyk", "(16 - Gomez 86th)"
_SHIRT_BEFORE = re.compile(r"(?:^|[\s(;,])\d{1,2} ?- ?$")
_SHIRT_AFTER = re.compile(r"(?:[,;)]| \(| \d{1,3}(?:st|nd|rd|th)\b|\s*$)")
# a substitute's minute inside brackets: "(Becerril 46th)"
# a scorer's minute: "(Cruyff 39th minute, Solskjaer 70th)", "Zieger 24th and 90th"
_MINUTE_AFTER = re.compile(r" \d{1,3}(?:st|nd|rd|th)(?: minute| min| mins)?(?:[,;)]| and\b| pen\b)")
_LIST_BEFORE = frozenset(["(", ",", ";", ":"])


# What follows an initial and a family name in a scorecard: "(N. Knight 113)", "P. Simmons
# 4-38", "R. Ponting not out 46", "S. Law c Tillekeratne b Dharmasena 13"
_SCORE_AFTER = re.compile(r" (?:\d|not out\b|run out\b|c |b |lbw\b|st )")


def _initial_and_name(text: str, ws: Words, i: int) -> int:
    """Index of the family name after a single initial at ``i`` in a scorecard, or -1."""
    w = ws[i]
    if len(w.text) != 1 or not w.link or i + 1 >= len(ws) or ws[i].possessive:
        return -1
    if not text.startswith(". ", w.end):
        return -1
    nxt = ws[i + 1]
    if not nxt.cap or len(nxt.text) < 2 or not name_like(nxt) or nxt.possessive:
        return -1
    if is_common_word(nxt.text) and not is_family_name(nxt.text):
        return -1
    if _SCORE_AFTER.match(text, nxt.end) is None:
        return -1
    return i + 1


def named_in_results(text: str, ws: Words, floor: int, skip: set[int]) -> list[Anchor]:
    """Competitors in sports copy: "Jansher Khan (Pakistan) beat ...", "Scorers: Haim Hajaj
    (47th)", "off Chad Ogea (7-5)": a name followed by a country, a minute or a record."""
    if not ws:
        return []
    found = [
        _anchor(text, ws, i, last, None, None, "results")
        for i in ws.caps
        if i not in skip and (last := _initial_and_name(text, ws, i)) > 0
    ]
    brackets = text.find(" (", ws[0].start, ws[-1].end + 2) >= 0
    shirts = text.find(" - ", ws[0].start, ws[-1].end) >= 0
    minutes = _MINUTE_AFTER.search(text, ws[0].start, ws[-1].end + 12) is not None
    if not (brackets or shirts or minutes):
        return found
    resume = 0
    for i in ws.caps:
        if i < resume or i in skip:
            continue
        w = ws[i]
        if i > 0 and ws[i - 1].cap and ws[i - 1].glue:
            continue
        shirt = shirts and _SHIRT_BEFORE.search(text, max(floor, w.start - 6), w.start)
        if (
            not shirt
            and not minutes
            and (not brackets or text.find(" (", w.end, w.end + 60) < 0)
            and text.find(")", w.end, w.end + 40) < 0
        ):
            continue
        last = _forward_cued(text, ws, i)
        if last < 0:
            continue
        resume = last + 1
        end = _name_end(text, ws[last])
        after = _RESULT_AFTER.match(text, end)
        names = [ws[k] for k in range(i, last + 1) if ws[k].cap]
        if after is None:
            scorer = (
                text[w.start - 1 : w.start] == "("
                or text[max(floor, w.start - 2) : w.start - 1] in _LIST_BEFORE
            ) and _MINUTE_AFTER.match(text, end) is not None
            if not (scorer or (shirt and _SHIRT_AFTER.match(text, end))):
                continue
            if len(names) == 1 and not (scorer or is_family_name(names[0].text)):
                continue
            country = None
        else:
            country = after.group("country")
        if country is not None:
            if len(names) < 2 or not (country_code(country) or demonym_country(country)):
                continue
        elif len(names) == 1 and (is_common_word(names[0].text) or names[0].text.isupper()):
            continue
        # a country after the name is strong evidence: the family name may be an everyday
        # word ("Jansher Khan (Pakistan)", "Guy Forget (France)"), the given name not
        given = names[:-1] if country is not None else names
        if any(is_common_word(w.text) and not is_listed_given_name(w.text) for w in given):
            continue
        if not _could_be_named(text, ws, names, last):
            continue
        found.append(_anchor(text, ws, i, last, None, None, "results"))
    return found


def _eponym_pair(w: Word) -> list[Anchor]:
    parts = w.text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return []
    if any(any_place_word(p) for p in parts) or not any(is_family_name(p) for p in parts):
        return []
    second = w.start + len(parts[0]) + 1
    return [
        Anchor((part,), part, Span(start, start + len(part)), None, None, evidence="eponym")
        for part, start in ((parts[0], w.start), (parts[1], second))
    ]


def named_by_eponym(text: str, ws: Words, floor: int, skip: set[int]) -> list[Anchor]:
    """Family names used as a modifier: "the Clinton administration", "the Dole campaign"."""
    found: list[Anchor] = []
    if not ws or _EPONYMOUS_AFTER.search(text, ws[0].start, ws[-1].end + 16) is None:
        return found
    for i in ws.caps:
        if i in skip:
            continue
        w = ws[i]
        if w.possessive or (i > 0 and ws[i - 1].cap and ws[i - 1].glue and ws[i - 1].text != "The"):
            continue
        if i + 1 < len(ws) and ws[i + 1].cap and w.glue:
            continue
        if _EPONYMOUS_AFTER.match(text, w.end) is None:
            continue
        if _THE_BEFORE.search(text, max(floor, w.start - 5), w.start) is None:
            continue
        if "-" in w.text:
            found.extend(_eponym_pair(w))  # "the Clinton-Gore administration"
            continue
        if not is_family_name(w.text) or any_place_word(w.text) or is_common_word(w.text):
            continue
        found.append(_anchor(text, ws, i, i, None, None, "eponym"))
    return found


def name_runs(text: str, ws: Words) -> list[tuple[int, int]]:
    """(first, last) word index of each run of two or more name words, computed once."""
    if ws.runs is not None:
        return ws.runs
    runs: list[tuple[int, int]] = []
    resume = 0
    for i in ws.caps:
        if i < resume:
            continue
        prev = ws[i - 1] if i > 0 else None
        if prev is not None and prev.cap and prev.glue and not prev.possessive and name_like(prev):
            continue  # inside a longer run of names: "Ann Arbor Mayor" read from "Ann"
        last = _forward(text, ws, i)
        if last <= i:
            continue
        resume = last + 1
        runs.append((i, last))
    ws.runs = runs
    return runs


def named_by_context(text: str, ws: Words, floor: int, skip: set[int]) -> list[Anchor]:
    return list(_named_by_context(text, ws, floor, skip))


def _named_by_context(text: str, ws: Words, floor: int, skip: set[int]) -> Iterable[Anchor]:
    """Names the words around them say are people's, whatever the names' origin.

    "meteorologist Austin Hogan", "Jeff Jacoby is a Globe columnist", "Imad al-Ani, whom he
    described as ...", "Sergen Yalcin, 23,": a descriptor headed by a role noun, a personal
    relative pronoun or an age next to a run of two or more name words.
    """
    for i, last in name_runs(text, ws):
        if i in skip:
            continue
        names = [ws[k] for k in range(i, last + 1) if ws[k].cap]
        if len(names) < 2 or not all(len(w.text) > 1 or k for k, w in enumerate(names)):
            continue
        phrase = text[ws[i].start : ws[last].end]
        if any_place_word(phrase) or any(w.fold in _NOT_PERSON_WORDS for w in names):
            continue
        if " ".join(phrase.casefold().split()) in EPONYMOUS_FIRMS:
            continue
        span = Span(ws[i].start, ws[last].end)
        if _SIDE_BEFORE.search(text, max(floor, span.start - 16), span.start) is not None:
            continue  # "Dutch champions Ajax Amsterdam": a side, not a person
        after = text[span.end : span.end + 12]
        evidence = _PERSONAL_APPOSITION.match(after) is not None
        if not evidence:
            for title in descriptors(text, span, floor, len(text), ws.before):
                if title.span is not None and not title.text.startswith(("R-", "D-", "I-", "of ")):
                    evidence = True
                    break
        if evidence:
            yield _anchor(text, ws, i, last, None, None, "context")


# Plural nouns that introduce a side by its name: "Dutch champions Ajax Amsterdam"
_SIDE_BEFORE = re.compile(
    r"(?<![\w-])(?:champions|holders|hosts|visitors|runners-up|rivals|giants|minnows"
    r"|leaders|outsiders|newcomers|favourites|favorites|underdogs) $"
)


# Hyphenated descriptors of a firm rather than a person: "Singapore-listed Van Der Horst"
_FIRM_DESCRIPTORS = ("-listed", "-based", "-owned", "-controlled", "-registered", "-run")


def _named_by_lexicon(text: str, ws: Words, skip: set[int]) -> Iterable[Anchor]:
    """Names whose words say they are a person's: "Alan Shearer", "Wang Liwen", "Kim Dae-jung".

    Most people in real copy come with no title, honorific or speech verb, so the name itself
    is the evidence: a common given name first (Census lists), or a Chinese, Korean or
    Vietnamese family name followed by a given name (pinyin syllables for Chinese). A run
    that is a known place ("Hong Kong") is not a name.
    """
    for i, last in name_runs(text, ws):
        if i in skip and not ws[last].possessive:
            continue  # inside a title, unless it owns it: "Tony Blair's official spokesman"
        names = [ws[k] for k in range(i, last + 1) if ws[k].cap]
        if (
            len(names) > 2
            and "-" in names[0].text
            and not names[0].fold.endswith(_FIRM_DESCRIPTORS)
            and _descriptor_word(names[0].text, names[1].text)
        ):
            # "Brazilian-born Rafael Tavora", "Ex-Yankee Randy Velarde": the name follows
            i = next(k for k in range(i + 1, last + 1) if ws[k].cap)
            names = names[1:]
        if len(names) < 2 or len(names[-1].text) < 2 or names[-1].text.endswith("."):
            continue
        if not _names_a_person(names):
            # "Wing Pieter Hendriks is expected", "Trainer Berti Vogts kept faith": a
            # capitalised word opening the sentence says what the named person is
            if not (
                len(names) > 2
                and _opening_descriptor(text, names[0], names[1])
                and _names_a_person(names[1:])
            ):
                continue
            i = next(k for k in range(i + 1, last + 1) if ws[k].cap)
            names = names[1:]
        elif (
            len(names) > 2
            and is_given_name(names[1].text)
            and not is_given_name(names[0].text)
            and _opening_descriptor(text, *names[:2])
            and _names_a_person(names[1:])
        ):
            # "Unseeded Patrick Rafter recorded": a descriptor opening the sentence, though
            # the whole run reads as a name too (a listed family name last)
            i = next(k for k in range(i + 1, last + 1) if ws[k].cap)
            names = names[1:]
        phrase = text[ws[i].start : ws[last].end]
        if any_place_word(text[names[0].start : names[1].end]):
            continue  # "Hong Kong Standard", "Hong Kong-based"
        if " ".join(phrase.casefold().split()) in EPONYMOUS_FIRMS:
            continue
        if any_place_word(phrase) or any(w.fold in _NOT_PERSON_WORDS for w in names):
            continue
        yield _anchor(text, ws, i, last, None, None, "lexicon")


def _opening_descriptor(text: str, before: Word, given: Word) -> bool:
    """ "Wing" in "Wing Pieter Hendriks is expected": a capitalised word opening the sentence,
    no name itself, before a given name."""
    return (
        _opens_sentence(text, before.start)
        and is_given_name(given.text)
        and not is_given_name(before.text)
        and not is_family_name(before.text)
        and before.fold not in FAMILY_FIRST
        and not any_place_word(f"{before.text} {given.text}")  # "San Francisco Giants"
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` begins a paragraph or follows a sentence's full stop.

    Narrower than ``toolkit.text.sentences.starts_sentence``, which also counts a colon, a
    dash or a closing bracket: in results lines ("(France) Ligier ...") those mislead it.
    """
    before = text[max(0, start - 3) : start]
    return start == 0 or before.endswith(("\n", ". ", '." ', '"'))


def _names_a_person(names: Sequence[Word]) -> bool:
    """Whether the capitalised words of a run spell a person's name by their own evidence."""
    first, last = names[0], names[-1]
    last_is_word = is_common_word(last.text) and not (
        is_family_name(last.text) or is_given_name(last.text)
    )
    if is_given_name(first.text):
        return True
    if first.fold in FAMILY_FIRST and _given_after_family(first.fold, names[1:]):
        return True
    if last_is_word or len(names) > 3:
        return False
    # "Kobus Wiese", "Will Carling": a listed family or given name, and no everyday word
    # (a given name that is also a word, like "Will", only before a listed name)
    listed = is_family_name(last.text) or is_given_name(last.text)
    if not listed:
        return False
    return all(
        not is_common_word(w.text) or (k == 0 and is_listed_given_name(w.text))
        for k, w in enumerate(names[:-1])
    )


def _given_after_family(family: str, rest: Sequence[Word]) -> bool:
    if len(rest) > 2:
        return False
    if family in CHINESE and all(pinyin_given_name(w.text.replace("-", "")) for w in rest):
        return True
    # Korean and Vietnamese given names: "Dae-jung", "Jae-in"; "Xuan Phuc"
    return family not in CHINESE or any("-" in w.text for w in rest)


def _closes_apposition(text: str, ws: list[Word], last: int) -> bool:
    if last + 1 >= len(ws):
        return text[ws[last].end : ws[last].end + 1] in (",", ".")
    between = text[ws[last].end : ws[last + 1].start]
    return between.startswith(",") or (ws[last].glue and ws[last + 1].text in SPEECH_VERBS)


def _speakers(text: str, ws: Words, floor: int, skip: set[int]) -> Iterable[Anchor]:
    """Names next to a speech verb: "Barry Toiv said", "said Toiv."."""
    if SPEECH_VERBS.isdisjoint(ws.folds):
        return
    n = len(ws)
    resume = 0
    for i in ws.caps:
        if i < resume or i in skip or (i > 0 and ws[i - 1].cap and ws[i - 1].glue):
            continue
        w = ws[i]
        last = _forward(text, ws, i)
        if last < 0:
            continue
        size = sum(1 for k in range(i, last + 1) if ws[k].cap)
        verb_after = (
            last + 1 < n
            and not ws[last].possessive
            and ws[last].glue
            and ws[last + 1].text in SPEECH_VERBS
        )
        verb_before = (
            i > 0
            and ws[i - 1].text in SPEECH_VERBS
            and ws[i - 1].glue
            and text[ws[last].end : ws[last].end + 1] in (",", ".", "")
        )
        after_preposition = i > 0 and ws[i - 1].text in PREPOSITIONS and ws[i - 1].glue
        opening = size == 1 and sentence_initial(text, w, floor)
        if (verb_after or verb_before) and not after_preposition:
            anchor = _anchor(text, ws, i, last, None, None)
            window = text[anchor.span.end : anchor.span.end + _PRONOUN_REACH]
            lead_end = ws[i - 1].start if verb_before else w.start
            lead = text[max(floor, lead_end - 3) : lead_end]
            personal = _PERSONAL_APPOSITION.match(window) or _PRONOUN.search(window)
            strong = personal or _AFTER_QUOTE.search(lead)
            # "Nerweyi said he ...": any noun opens a sentence capitalised, so a lone word
            # there needs a personal pronoun right after the verb as well
            if opening and not (
                verb_after
                and _SPEAKER_PRONOUN.match(text, ws[last + 1].end)
                and _lone_surname(w.text)
            ):
                resume = last + 1
                continue
            if (
                # "the Commonwealth said": a body, not a person
                (size == 1 and _ARTICLE_BEFORE.search(text, max(floor, w.start - 4), w.start))
                # "his club Essex announced", "Mentmore Abbey said"
                or _named_thing(text, ws, i, last, floor)
                # "Zenith said": a firm or a thing named by an everyday word
                or (
                    size == 1
                    and not strong
                    and is_common_word(w.text)
                    and not is_family_name(w.text)
                )
            ):
                resume = last + 1
                continue
            # the anchor's title and country are None: built directly, as _anchor's
            yield Anchor(anchor.words, anchor.name, anchor.span, None, None, not strong, "speech")
        resume = last + 1


def _named_thing(text: str, ws: Words, i: int, last: int, floor: int) -> bool:
    """Whether the name at ``i..last`` is a body's or a thing's: a word of it says so
    ("Mentmore Abbey"), or the noun before it does ("his club Essex", "the group Hamas")."""
    if any(ws[k].fold in _NOT_PERSON_WORDS for k in range(i, last + 1)):
        return True
    start = ws[i].start
    if text[start - 1 : start] != " ":
        return False
    return _word_before_name(text, start, floor) in _MODIFIED_NOUNS


def _word_before_name(text: str, start: int, floor: int) -> str:
    """The word a space before ``start`` ends, within the paragraph from ``floor`` ("" at
    the paragraph's start): the noun that may say what the name is ("spokesman", "club")."""
    if start - floor < 3:
        return ""
    cut = text.rfind(" ", max(floor, start - 30), start - 2)
    return text[cut + 1 : start - 1]


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|an?) $")


def _lone_surname(word: str) -> bool:
    """Whether a capitalised word alone could be a family name: no word, place or agency."""
    return not (
        is_common_word(word)
        or (word.endswith("s") and is_common_word(word[:-1]))  # "Colleagues said he"
        or any_place_word(word)
        or is_agency_name(word)
        or word.isupper()
    )


@lru_cache(maxsize=8192)
def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words if w not in JOINERS)


def _contiguous(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    size = len(short)
    if size == 1:
        return short[0] in full
    return any(full[k : k + size] == short for k in range(len(full) - size + 1))


def _media_or_place(anchor: Anchor) -> bool:
    """ "Reuters said", "Greenock Morton", "Tunbridge Wells": a news agency or a place-named
    club, town or team, not a person."""
    words = anchor.words
    if anchor.evidence in ("context", "title", "honorific"):
        return False
    if len(words) == 1:
        return is_agency_name(words[0])
    first, last = words[0], words[-1]
    if is_given_name(first) or first.casefold() in FAMILY_FIRST or "-" in last:
        return False  # "Liu Zunyi" is a person although Zunyi is a city
    if anchor.evidence in ("role", "results") and is_listed_given_name(first):
        return any_place_word(last)  # "off Chad Brosnan (7-5)": Chad is his given name
    return any_place_word(first) or any_place_word(last)


def cluster(anchors: Sequence[Anchor]) -> list[_Person]:
    """Group anchors that name one person; drop short forms two people share (S3)."""
    by_key: dict[tuple[str, ...], list[Anchor]] = {}
    for anchor in anchors:
        by_key.setdefault(_key(anchor.words), []).append(anchor)
    keys = sorted(by_key, key=lambda k: (-len(k), by_key[k][0].span.start))
    people: dict[tuple[str, ...], list[Anchor]] = {}
    # Index each kept name by its shorter runs and its short form, so finding the hosts of a
    # key costs its own matches rather than a scan of every person (linear in anchors).
    by_run: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    by_short: dict[str, list[tuple[str, ...]]] = {}
    for key in keys:
        if key:
            found = [*by_run.get(key, ())]
            if len(key) == 1:
                found += [f for f in by_short.get(key[0], ()) if len(f) > 1]
            hosts = list(dict.fromkeys(found))
        else:
            hosts = [full for full in people if len(full) > 0]
        if not hosts:
            people[key] = list(by_key[key])
            for size in range(1, len(key)):
                for run in dict.fromkeys(key[k : k + size] for k in range(len(key) - size + 1)):
                    by_run.setdefault(run, []).append(key)
            if key:
                by_short.setdefault(_short(key), []).append(key)
        elif len(hosts) == 1:
            people[hosts[0]].extend(by_key[key])
    result: list[_Person] = []
    for group in people.values():
        group.sort(key=lambda a: a.span.start)
        fullest = max(group, key=lambda a: (len(_key(a.words)), -a.span.start))
        forms = [fullest.words] + [a.words for a in group if a.words != fullest.words]
        titles: list[Title] = []
        seen: set[Span | None] = set()
        country: str | None = None
        for anchor in group:
            if anchor.title is not None and anchor.title.span not in seen:
                seen.add(anchor.title.span)
                titles.append(anchor.title)
            country = country or anchor.country
        titles.sort(key=lambda t: t.span.start if t.span is not None else -1)
        weak = all(anchor.weak for anchor in group)
        name = fullest.name
        if len(fullest.words) == 1 and fullest.honorific is None:
            polite = next((a.honorific for a in group if a.honorific is not None), None)
            if polite is not None:
                name = f"{polite} {name}"  # "Mr Brown": no given name is ever written
        elif fullest.honorific is not None and len(fullest.words) == 1:
            name = f"{fullest.honorific} {name}"
        result.append(_Person(name, forms, titles, country, weak))
    return result


@lru_cache(maxsize=8192)
def _short(key: tuple[str, ...]) -> str:
    return short_form(key).casefold()


def people_from(
    text: str,
    paragraph_words: Sequence[Words],
    anchors: Sequence[Anchor],
    *,
    bylines: Sequence[str],
    blocked: Blocked,
) -> list[Person]:
    """Merge ``anchors`` into people and find every mention of each in the paragraphs."""
    reporters = [tuple(b.casefold().split()) for b in bylines if b.split()]
    kept = [
        a
        for a in anchors
        if not blocked.overlaps(a.span.start, a.span.end) and not _media_or_place(a)
    ]
    if reporters:
        # a reporter is a person only in the story's tagline: "Jeff Jacoby is a Globe columnist"
        kept = [
            a
            for a in kept
            if _TAGLINE.match(text, a.span.end) is not None
            or not any(_contiguous(r, tuple(w.casefold() for w in a.words)) for r in reporters)
        ]
    kept.extend(list_partners(text, paragraph_words, kept, blocked))
    groups = cluster(kept)
    full_forms: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    short_owner: dict[str, int] = {}
    owners: dict[str, set[int]] = {}
    shared: set[str] = set()
    for pid, group in enumerate(groups):
        for form in group.forms:
            full_forms.setdefault(form[0], []).append((form, pid))
        particled = _particle_surname(group.forms[0])
        if particled is not None and particled not in group.forms:
            full_forms.setdefault(particled[0], []).append((particled, pid))
        names = [w for w in group.forms[0] if w not in JOINERS]
        short = short_form(names) if len(names) > 1 else names[0]
        for alias in (short, *_bare_particle(short)):
            if alias in short_owner and short_owner[alias] != pid:
                shared.add(alias)
            short_owner[alias] = pid
            owners.setdefault(alias, set()).add(pid)
    # "Russian President Boris Yeltsin visited his wife Naina Yeltsin ... Yeltsin said": a
    # family name two people share goes to the one of them named with an office, if only one is
    for short in sorted(shared):
        titled = [pid for pid in sorted(owners[short]) if groups[pid].titles]
        if len(titled) == 1:
            short_owner[short] = titled[0]
            shared.discard(short)
    # "I'm sure Alan is the man": a Western given name alone, when one person has it
    given_owner: dict[str, int] = {}
    for pid, group in enumerate(groups):
        names = [w for w in group.forms[0] if w not in JOINERS]
        if len(names) < 2 or family_name_first(names) or len(names[0]) < 3:
            continue
        given = names[0]
        if given in short_owner or any_place_word(given):
            continue  # "Sydney" alone is the city
        if not is_given_name(given) and not (group.titles and _unlisted_given_name(given)):
            continue
        if given in given_owner and given_owner[given] != pid:
            shared.add(given)
        given_owner[given] = pid
    for forms in full_forms.values():
        forms.sort(key=lambda f: -len(f[0]))
    # full names by their first word folded: "Jose Ramos" and "Moin Haque" are written forms of
    # "José Ramos" and "Moin Haq" the exact match above does not see
    loose_forms: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for forms in full_forms.values():
        for form, pid in forms:
            if len(form) > 1:
                loose_forms.setdefault(fold(form[0]), []).append((form, pid))
    mentions: list[list[Span]] = [[] for _ in groups]
    ambiguous: list[tuple[Span, list[int]]] = []
    # 'Rocco "The Hammer" Bellini' is one mention, written with quotes the scan stops at
    nicknamed = [a for a in kept if a.evidence == "nickname"]
    inside_nickname = Blocked([a.span for a in nicknamed])
    for a in nicknamed:
        owner = next((pid for pid, g in enumerate(groups) if a.words in g.forms), None)
        if owner is not None and not blocked.overlaps(a.span.start, a.span.end):
            mentions[owner].append(a.span)
    for ws in paragraph_words:
        n = len(ws)
        resume = 0
        for i in ws.caps:
            if i < resume:
                continue
            w = ws[i]
            if nicknamed and inside_nickname.overlaps(w.start, w.end):
                continue
            matched = False
            for form, pid in full_forms.get(w.text, ()):
                last = i + len(form) - 1
                if last < n and all(
                    ws[i + k].text == form[k] and (k == 0 or ws[i + k - 1].link)
                    for k in range(len(form))
                ):
                    span = Span(w.start, _name_end(text, ws[last]))
                    if _bounded(text, ws, i, last) and not blocked.overlaps(span.start, span.end):
                        mentions[pid].append(span)
                        matched = True
                        resume = last + 1
                    break
            if matched:
                continue
            loose = loose_forms.get(fold(w.text)) if loose_forms else None
            found = _loose_form(ws, i, loose) if loose else None
            if found is not None:
                pid, last = found
                span = Span(w.start, _name_end(text, ws[last]))
                if _bounded(text, ws, i, last) and not blocked.overlaps(span.start, span.end):
                    mentions[pid].append(span)
                    resume = last + 1
                    continue
            pid_short = short_owner.get(w.text)
            if pid_short is None:
                pid_short = given_owner.get(w.text)
                if (
                    pid_short is not None
                    and is_common_word(w.text)
                    and sentence_initial(text, w, ws[0].start)
                ):
                    continue  # "Mark my words"
            elif i > 0 and ws[i - 1].text in PREPOSITIONS and country_code(w.text):
                continue  # "in Jordan": the country, whoever Neil Jordan is
            if pid_short is not None and _bounded(text, ws, i, i):
                span = Span(w.start, w.end)
                if blocked.overlaps(span.start, span.end):
                    continue
                if w.text not in shared:
                    mentions[pid_short].append(span)
                elif len(owners.get(w.text, ())) > 1:
                    # "Sarah Brady ... Jim Brady ... Brady said": whose the family name is
                    # is settled below, once every full name's mentions are known
                    ambiguous.append((span, sorted(owners[w.text])))
    # a name inside a hyphenated word ("the Clinton-Gore administration") that the word scan
    # above cannot see: its anchor's own span is its mention
    for a in kept:
        if a.evidence != "eponym" or len(a.words) != 1:
            continue
        owner = short_owner.get(a.words[0])
        if owner is not None and a.span not in mentions[owner]:
            mentions[owner].append(a.span)
    _add_misspelt_mentions(text, paragraph_words, groups, mentions, blocked)
    starts = [ws[0].start for ws in paragraph_words if ws]
    for span, pid in _latest_named(ambiguous, mentions, starts):
        mentions[pid].append(span)
    people: list[Person] = []
    for group, spans in zip(groups, mentions, strict=True):
        if not spans or (group.weak and len(spans) < 2):
            continue
        spans.sort()
        people.append(Person(group.name, tuple(group.titles), tuple(spans), group.country))
    people.sort(key=lambda p: (p.mentions[0].start, p.name))
    return people


# What separates the items of a list of names: "Ian Healy (captain), Mark Rowe and Sam Platt"
_LIST_GAP = re.compile(r"(?: \([a-z][a-z -]{0,20}\))?(?:, | and |, and )")


def list_partners(
    text: str, paragraph_words: Sequence[Words], anchors: Sequence[Anchor], blocked: Blocked
) -> list[Anchor]:
    """Names listed beside people: "Darren Pell, Stuart Law and Ian Healy", where some items
    have their own evidence and the rest are runs of name words with none.

    An item becomes a person when at least half of its list are people already and it is
    itself a run of two or more name words that is no place, firm or everyday phrase.
    """
    spans = {(a.span.start, a.span.end) for a in anchors}
    found: list[Anchor] = []
    for ws in paragraph_words:
        runs = name_runs(text, ws)
        if len(runs) < 2:
            continue
        chain: list[tuple[int, int]] = []
        for run in [*runs, (-1, -1)]:
            if chain and run[0] >= 0:
                end = _name_end(text, ws[chain[-1][1]])
                if not ws[chain[-1][1]].possessive and _LIST_GAP.fullmatch(
                    text, end, ws[run[0]].start
                ):
                    chain.append(run)
                    continue
            if len(chain) >= 2:
                found.extend(_unlisted(text, ws, chain, spans, blocked))
            chain = [run]
    return found


def _unlisted(
    text: str,
    ws: Words,
    chain: Sequence[tuple[int, int]],
    spans: set[tuple[int, int]],
    blocked: Blocked,
) -> Iterable[Anchor]:
    items = [(i, last, ws[i].start, _name_end(text, ws[last])) for i, last in chain]
    known = [(start, end) in spans for _, _, start, end in items]
    if not any(known) or all(known) or (sum(known) * 2 < len(items) and len(items) < 4):
        return
    for (i, last, start, end), is_known in zip(items, known, strict=True):
        if is_known or blocked.overlaps(start, end):
            continue
        names = [ws[k] for k in range(i, last + 1) if ws[k].cap]
        if len(names) < 2 or any(len(w.text) < 2 for w in (names[0], names[-1])):
            continue
        first = names[0].text
        if is_common_word(first) and not is_listed_given_name(first):
            continue
        phrase = text[start:end]
        if any_place_word(phrase) or any_place_word(first):
            continue
        if any(w.fold in _NOT_PERSON_WORDS for w in names):
            continue
        if " ".join(phrase.casefold().split()) in EPONYMOUS_FIRMS:
            continue
        yield _anchor(text, ws, i, last, None, None, "list")


def _unlisted_given_name(given: str) -> bool:
    """A titled person's given name that no list holds, which the story may use alone:
    "Banharn" of "Prime Minister Banharn Silpa-archa", as Thai copy refers to people; not an
    everyday word or a family name."""
    return (
        len(given) > 3
        and given[1:].islower()
        and given.isalpha()
        and not is_common_word(given)
        and not is_family_name(given)
    )


def _latest_named(
    ambiguous: Sequence[tuple[Span, list[int]]],
    mentions: Sequence[list[Span]],
    paragraph_starts: Sequence[int],
) -> list[tuple[Span, int]]:
    """Each family name two people share, with the one of them named last before it.

    A story that names "Sarah Brady", and in a later paragraph "Jim Brady", means the one it
    named last by "Brady said", as a reader takes it. Named in one paragraph ("Wang Yi and
    Wang Yifei attended. Wang said"), or neither named yet, it means no one for sure.
    """
    if not ambiguous:
        return []
    named = {pid: sorted(m.start for m in mentions[pid]) for _, pids in ambiguous for pid in pids}
    found: list[tuple[Span, int]] = []
    for span, pids in ambiguous:
        latest: list[tuple[int, int]] = []  # (where each was named last before, who)
        for pid in pids:
            k = bisect_left(named[pid], span.start) - 1
            if k >= 0:
                latest.append((named[pid][k], pid))
        latest.sort(reverse=True)
        if not latest:
            continue
        if len(latest) > 1:
            paragraph = bisect_right(paragraph_starts, latest[0][0])
            if bisect_right(paragraph_starts, latest[1][0]) == paragraph:
                continue
        found.append((span, latest[0][1]))
    return found


# Arabic article particles written joined to a family name: "al-Kabariti" is "Kabariti" too
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)[-‐]([A-Z][a-z]{2,})")


def _bare_particle(short: str) -> tuple[str, ...]:
    """ "Kabariti" of "al-Kabariti": the family name a second reference may write bare."""
    found = _ARABIC_PARTICLE.fullmatch(short)
    return (found.group(1),) if found is not None else ()


def _particle_surname(form: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "De Wilde" of "Filip De Wilde": a family name with a capitalised particle ("De",
    "Van der") is referred to with the particle, which the one-word short form would split."""
    k = len(form) - 1
    while k > 1 and form[k - 1].casefold() in JOINERS:
        k -= 1
    if k == len(form) - 1 or not form[k][:1].isupper():
        return None  # "de Villiers" opens no capitalised word the mention scan starts at
    return form[k:]


def _loose_form(
    ws: Words, i: int, candidates: Sequence[tuple[tuple[str, ...], int]]
) -> tuple[int, int] | None:
    """(person, last word) when the words from ``i`` write one of the full names another way:
    without an accent, a hyphen or a capital ("Jose Ramos", "Moon Jae In"), or with one word
    after the first spelt another way ("Moin Haque")."""
    n = len(ws)
    for form, pid in candidates:
        parts = [fold(p) for p in " ".join(form).replace("-", " ").split()]
        got: list[str] = []
        last = i
        while last < n and len(got) < len(parts):
            if last > i and not ws[last - 1].link:
                break
            got.extend(fold(p) for p in ws[last].text.replace("-", " ").split())
            last += 1
        if got == parts:
            return pid, last - 1
        end = i + len(form) - 1
        if end >= n or not all(ws[i + k - 1].link for k in range(1, len(form))):
            continue
        written = tuple(ws[i + k].text for k in range(len(form)))
        at = one_token_variant(written, form)
        if at is not None and at > 0:
            return pid, end
    return None


def _add_misspelt_mentions(
    text: str,
    paragraph_words: Sequence[Words],
    groups: Sequence[_Person],
    mentions: list[list[Span]],
    blocked: Blocked,
) -> None:
    """Add to each person the capitalised words that spell one word of their name another way.

    "McCaffery's" after "Barry R. McCaffrey" has no evidence of its own, yet it names him: the
    person carries it as one of its written forms, so the checker can say which form to
    change. A word is taken only when it spells a word of one person's name alone
    (:func:`~toolkit.text.spelling.token_variant`), is no word of anyone's name as written,
    and is no everyday, place or role word.
    """
    by_key: dict[str, set[int]] = {}
    name_words: set[str] = set()
    for pid, group in enumerate(groups):
        for word in group.forms[0]:
            if word in JOINERS or len(word) < 3 or not word[:1].isupper():
                continue
            name_words.add(fold(word))
            for key in variant_keys(word):
                by_key.setdefault(key, set()).add(pid)
    if not by_key:
        return
    taken = Blocked([span for spans in mentions for span in spans])
    keyed = by_key.keys()
    could_vary = variant_screen(word for group in groups for word in group.forms[0])
    # a story repeats its capitalised words: each is settled once, its places checked after
    owner_of: dict[str, int | None] = {}
    for ws in paragraph_words:
        for i in ws.caps:
            w = ws[i]
            owner = owner_of.get(w.text, -1)
            if owner == -1:
                owner = None
                # most words share no key with any name: one set intersection says so
                folded = fold(w.text)
                hits = (
                    keyed & variant_keys(w.text)
                    if len(w.text) >= 3
                    and "." not in w.text
                    and folded not in name_words
                    and could_vary(folded)  # cheap: a length and an initial a name allows
                    else None
                )
                if hits:
                    owners = {pid for key in hits for pid in by_key[key]}
                    owners = {
                        pid
                        for pid in owners
                        if any(token_variant(w.text, name) for name in groups[pid].forms[0])
                    }
                    owner = _one_owner(groups, owners)
                    if owner is not None and (
                        # a listed role, not one guessed by its ending: "Schnieder" ends in -er
                        w.fold in ROLE_NOUNS or any_place_word(w.text) or is_common_word(w.text)
                    ):
                        owner = None
                owner_of[w.text] = owner
            if owner is None or taken.overlaps(w.start, w.end) or blocked.overlaps(w.start, w.end):
                continue
            mentions[owner].append(Span(w.start, w.end))


def _one_owner(groups: Sequence[_Person], owners: set[int]) -> int | None:
    """The one person among ``owners``, or the fullest when the others' names are parts of
    its name ("Von Gernet" of "Alexander von Gernet"); None when two people could be meant."""
    if not owners:
        return None
    fullest = max(owners, key=lambda pid: (len(groups[pid].forms[0]), -pid))
    words = {fold(w) for w in groups[fullest].forms[0]}
    if all({fold(w) for w in groups[pid].forms[0]} <= words for pid in owners):
        return fullest
    return None


def _bounded(text: str, ws: list[Word], first: int, last: int) -> bool:
    """Whether words first..last are not part of a longer name ("Wang" in "Wang Yifei")."""
    if first > 0:
        prev = ws[first - 1]
        if (
            prev.cap
            and prev.glue
            and name_like(prev)
            and not _capitalised_role(ws, first - 1)
            and not _plain_role(prev)
            and not (
                last > first and "-" in prev.text and _descriptor_word(prev.text, ws[first].text)
            )
            and not (last > first and _opening_descriptor(text, prev, ws[first]))
        ):
            # but a full name after "Brazilian-born", "Ex-Yankee" (a lone word after
            # "Toronto-based" is as often a firm's or a town's)
            return False
    if last + 1 < len(ws):
        nxt = ws[last + 1]
        if not ws[last].possessive and ws[last].glue and nxt.cap and name_like(nxt):
            return False
    return True
