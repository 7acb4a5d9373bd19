"""People, organisations, places and quotes found in an article's paragraphs.

Everything is found in the source text of each paragraph (``text[p.span.start:p.span.end]``),
never in the whitespace-normalised ``Paragraph.text``, so every span indexes ``text``.
Organisations are found first so that "China" inside an organisation's name is neither a
person nor a place mention; quotes come last because attribution needs the people.
People, organisations and places are ordered by their first mention (a dateline place first),
quotes by position; the output depends on nothing but the arguments.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from toolkit.lexicon.person_names import is_family_name, is_given_name
from toolkit.model import NameForm, Organisation, Paragraph, Person, Place, Quote, Span, Title
from toolkit.model.span import inside_others
from toolkit.readers.text.descriptors import (
    descriptors,
    pronoun_descriptors,
    shared_descriptors,
)
from toolkit.readers.text.names import Blocked, Word, Words, paragraph_words, word_set
from toolkit.readers.text.organisations import (
    FIRM_HEADS,
    acronym_set,
    find_acronyms,
    find_organisations,
)
from toolkit.readers.text.people import (
    RELIGIOUS_ADDRESS,
    Anchor,
    names_a_publication,
    people_from,
)
from toolkit.readers.text.places import find_places, places_from
from toolkit.readers.text.quotes import Mention as SpeakerMention
from toolkit.readers.text.quotes import attribute, find_quotes
from toolkit.readers.text.recognisers import DEFAULT_RECOGNISERS, Mention, Recogniser, Scan
from toolkit.readers.text.title_parts import title_parts


@dataclass(frozen=True, slots=True)
class Entities:
    """What :func:`extract_entities` found, each tuple ordered by first occurrence."""

    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()


def _organisations(
    text: str,
    paragraphs: Sequence[Paragraph],
    word_lists: Sequence[Words],
    exclude: Blocked,
) -> list[Organisation]:
    names: dict[str, list[Span]] = {}
    acronyms: dict[str, str] = {}
    for ws in word_lists:
        for org in find_organisations(text, ws):
            if exclude.overlaps(org.span.start, org.span.end):
                continue
            names.setdefault(org.name, []).append(org.span)
            if org.acronym is not None:
                acronyms.setdefault(org.acronym, org.name)
    known = acronym_set(list(acronyms))
    for para in paragraphs:
        for acronym, span in find_acronyms(text, para.span.start, para.span.end, known):
            if exclude.overlaps(span.start, span.end):
                continue
            names.setdefault(acronyms.get(acronym, acronym), []).append(span)
    orgs = [Organisation(name, tuple(sorted(set(spans)))) for name, spans in names.items()]
    orgs.sort(key=lambda o: (o.mentions[0].start, o.name))
    return orgs


def _anchor_of(
    text: str,
    starts: Sequence[int],
    word_lists: Sequence[Words],
    word_starts: list[list[int] | None],
    mention: Mention,
) -> Anchor | None:
    """The resolver's view of a person mention: the words of its span, in their paragraph.

    ``starts`` are the paragraphs' starts; ``word_starts`` their words' starts, filled in
    as paragraphs are met (words are sorted and never overlap, so bisection finds them).
    """
    start, end = mention.span.start, mention.span.end
    k = bisect_right(starts, start) - 1
    if k < 0:
        return None
    ws = word_lists[k]
    at = word_starts[k]
    if at is None:
        at = word_starts[k] = [w.start for w in ws]
    inside: list[Word] = []
    for j in range(bisect_left(at, start), len(ws)):
        w = ws[j]
        if w.end > end:
            break
        inside.append(w)
    if not inside:
        # a part of one hyphenated word: "Gore" in "the Clinton-Gore administration"
        j = bisect_right(at, start) - 1
        if j < 0 or end > ws[j].end:
            return None
        part = text[start:end]
        inside = [Word(part, start, end, False, True, part.casefold(), False, False)]
    span = Span(inside[0].start, max(inside[-1].end, mention.span.end))  # "Jr."
    return Anchor(
        tuple(w.text for w in inside),
        " ".join(text[span.start : span.end].split()),
        span,
        mention.title,
        mention.country,
        mention.weak,
        mention.evidence,
        mention.honorific,
    )


def _with_recognised_organisations(
    text: str, organisations: list[Organisation], found: Sequence[Mention]
) -> list[Organisation]:
    extra = [m for m in found if m.kind == "organisation"]
    if not extra:
        return organisations
    by_name = {o.name: list(o.mentions) for o in organisations}
    for m in extra:
        name = " ".join(text[m.span.start : m.span.end].split())
        by_name.setdefault(name, []).append(m.span)
    orgs = [Organisation(n, tuple(sorted(set(s)))) for n, s in by_name.items()]
    orgs.sort(key=lambda o: (o.mentions[0].start, o.name))
    return orgs


# The last word of a firm's name as an organisation's name writes it: the heads that make a
# firm, with their dotted forms, and legal forms too ambiguous to make one ("SA", "AB").
_FIRM_ENDINGS = FIRM_HEADS | word_set("co. corp. inc. ltd. sa s.a. ab asa n.v. s.p.a. pte")


def _firm_short_names(organisations: Sequence[Organisation]) -> dict[str, Organisation]:
    """Each leading run of words of a firm's name, before its firm word: the short names copy
    uses for the firm ("Barrick" and "Barrick Gold" of "Barrick Gold Corp")."""
    short: dict[str, Organisation] = {}
    for org in organisations:
        words = org.name.split()
        if len(words) < 2 or words[-1].casefold() not in _FIRM_ENDINGS:
            continue
        body = words[:-1]
        while body and body[-1].casefold() in _FIRM_ENDINGS | {"&", "and"}:
            body.pop()
        for k in range(1, len(body) + 1):
            short.setdefault(" ".join(body[:k]), org)
    return short


def _firms_not_people(
    text: str, people: list[Person], organisations: list[Organisation]
) -> tuple[list[Person], list[Organisation]]:
    """People whose name is a short name of a firm the story names are the firm.

    "Faulding said" after "Faulding Inc": the speech verb made Faulding a person; the firm's
    own name says otherwise, and the mentions become the firm's.
    """
    short = _firm_short_names(organisations)
    if not short:
        return people, organisations
    kept: list[Person] = []
    taken: dict[str, list[Span]] = {}
    for person in people:
        firm = short.get(person.name)
        if firm is None or person.titles:
            kept.append(person)
        else:
            taken.setdefault(firm.name, []).extend(person.mentions)
    if not taken:
        return people, organisations
    orgs = [
        Organisation(o.name, tuple(sorted({*o.mentions, *taken[o.name]}))) if o.name in taken else o
        for o in organisations
    ]
    return kept, orgs


# Religious forms of address that, before a lone given name, are the name the person is known
# by: "Mother Teresa", "Sister Nirmala", "Brother Roger".
_RELIGIOUS_NAME = re.compile(rf"(?<![\w-])({'|'.join(sorted(RELIGIOUS_ADDRESS))}) $")


def _religious_name(text: str, person: Person) -> Person:
    """"Mother Teresa" named only so is one name, not "Teresa" with the title "Mother".

    Like "Mr Brown" for a person known only with an honorific, but the form of address is
    part of every mention ("Mother Teresa said", not "Teresa said"), as the person is known.
    """
    if " " in person.name or not person.mentions:
        return person
    if is_family_name(person.name) and not is_given_name(person.name):
        return person  # "Sister Kelly" may be a nurse's family name
    first = person.mentions[0]
    found = _RELIGIOUS_NAME.search(text, max(0, first.start - 8), first.start)
    if found is None:
        return person
    word = found.group(1)
    mentions = tuple(
        Span(m.start - len(word) - 1, m.end) if text.endswith(word + " ", 0, m.start) else m
        for m in person.mentions
    )
    # the address itself, and a descriptor read as ending in it ("the team treating Mother")
    titles = tuple(
        t
        for t in person.titles
        if t.text != word
        and not (
            t.span is not None
            and any(t.span.start < m.end and m.start < t.span.end for m in mentions)
        )
    )
    named = Person(f"{word} {person.name}", titles, mentions, person.country)
    return replace(named, forms=_forms(text, named))


def _with_descriptors(
    text: str,
    person: Person,
    paragraphs: Sequence[Span],
    word_lists: Sequence[Words],
    shared: Sequence[Sequence[tuple[Span, Title]]],
    by_pronoun: Sequence[Title] = (),
    starts: Sequence[int] | None = None,
) -> Person:
    """The person with the descriptors written next to each mention added to its titles.

    ``shared`` holds, per paragraph, the plural descriptors that introduce a list of people.
    """
    # The caller passes the starts once for all people: rebuilding them per person is quadratic.
    if starts is None:
        starts = [p.start for p in paragraphs]
    found = [*person.titles, *by_pronoun]
    for mention in person.mentions:
        k = bisect_right(starts, mention.start) - 1
        if k < 0:
            continue
        para = paragraphs[k]
        found.extend(descriptors(text, mention, para.start, para.end, word_lists[k].before))
        found.extend(title for region, title in shared[k] if region.contains(mention))
    # A person titled at each of many mentions has as many titles: each is checked against
    # the others by a sorted sweep and sets, not against every other title and mention.
    inner = inside_others({t.span for t in found if t.span is not None})
    ordered = sorted((m.start, m.end) for m in person.mentions)
    mention_starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))
    kept: list[Title] = []
    seen: set[tuple[Span | None, str]] = set()
    for title in sorted(found, key=_title_order):
        span = title.span
        if span is not None and span in inner:
            continue  # "chairman" inside "House Ways and Means Committee Chairman"
        if (span, title.text) in seen:
            continue
        if span is not None:
            # inside a mention: some mention starting at or before it reaches its end
            k = bisect_right(mention_starts, span.start) - 1
            if k >= 0 and reach[k] >= span.end:
                continue
        seen.add((span, title.text))
        kept.append(title)
    titles = tuple(_with_parts(t) for t in kept)
    return Person(person.name, titles, person.mentions, person.country, _forms(text, person))


def _pronoun_titles(
    text: str, paragraphs: Sequence[Span], people: Sequence[Person]
) -> dict[int, list[Title]]:
    """Titles said of "he"/"she", by the index of the person named last before the pronoun
    in the same paragraph."""
    mentions = sorted((m.start, k) for k, p in enumerate(people) for m in p.mentions)
    starts = [start for start, _ in mentions]
    titles: dict[int, list[Title]] = {}
    for para in paragraphs:
        for at, title in pronoun_descriptors(text, para.start, para.end):
            j = bisect_right(starts, at) - 1
            if j >= 0 and starts[j] >= para.start:
                titles.setdefault(mentions[j][1], []).append(title)
    return titles


def _with_parts(title: Title) -> Title:
    # built directly: dataclasses.replace looks the fields up again for every title
    role, organisation, country, modifiers = title_parts(title.text)
    return Title(title.text, title.span, role, organisation, country, modifiers)


def _forms(text: str, person: Person) -> tuple[NameForm, ...]:
    """Each written form of the person's name with its spans, fullest (longest) first."""
    spans: dict[str, list[Span]] = {}
    for mention in person.mentions:
        spans.setdefault(" ".join(text[mention.start : mention.end].split()), []).append(mention)
    ordered = sorted(spans.items(), key=lambda item: (-len(item[0].split()), item[1][0].start))
    return tuple(NameForm(form, tuple(found)) for form, found in ordered)


def _title_order(title: Title) -> tuple[int, int]:
    return (title.span.start, -title.span.end) if title.span is not None else (-1, 0)


def extract_entities(
    text: str,
    paragraphs: Sequence[Paragraph],
    *,
    bylines: Sequence[str] = (),
    exclude: Sequence[Span] = (),
    dateline_place: str | None = None,
    recognisers: Sequence[Recogniser] | None = None,
) -> Entities:
    """Find entities in ``paragraphs`` of ``text``.

    ``bylines`` are reporter names, never returned as people; ``exclude`` are spans (agency,
    dateline, byline) no entity may be taken from. ``dateline_place`` is added to places.
    ``recognisers`` replaces the built-in table of entity recognisers.
    """
    spans = [p.span for p in paragraphs]
    word_lists = paragraph_words(text, spans)
    scan = Scan(text, spans, word_lists)
    found = [m for r in (recognisers or DEFAULT_RECOGNISERS) for m in r.find(scan)]
    organisations = _organisations(text, paragraphs, word_lists, Blocked(exclude))
    organisations = _with_recognised_organisations(text, organisations, found)
    org_spans = [m for o in organisations for m in o.mentions]
    starts = [s.start for s in spans]
    word_starts: list[list[int] | None] = [None] * len(spans)
    made = scan.anchors
    anchors = [
        made.get(m) or _anchor_of(text, starts, word_lists, word_starts, m)
        for m in found
        if m.kind == "person"
    ]
    blocked = [*exclude, *org_spans]
    people = people_from(
        text,
        word_lists,
        [a for a in anchors if a is not None],
        bylines=bylines,
        blocked=Blocked(blocked),
    )
    people, organisations = _firms_not_people(text, people, organisations)
    # "Le Cri said" is a person's way of speaking; "the daily Le Cri" says it is a paper
    people = [p for p in people if not any(names_a_publication(text, m) for m in p.mentions)]
    shared = [shared_descriptors(text, span.start, span.end) for span in spans]
    by_pronoun = _pronoun_titles(text, spans, people)
    people = [
        _with_descriptors(
            text, person, spans, word_lists, shared, by_pronoun.get(k, ()), starts
        )
        for k, person in enumerate(people)
    ]
    people = [_religious_name(text, p) for p in people]
    person_spans = [m for p in people for m in p.mentions]
    place_mentions = [m for ws in word_lists for m in find_places(text, ws)]
    places = places_from(place_mentions, dateline_place, Blocked([*blocked, *person_spans]))
    # Quotes need none of the words, the recognisers' mentions and their anchors: let them go
    # first, so that an article of many quotes does not hold both at once (the peak memory).
    del word_lists, scan, found, made, anchors, shared, place_mentions
    mentions = sorted(SpeakerMention(m.start, m.end, p.name) for p in people for m in p.mentions)
    quotes = attribute(text, find_quotes(text, spans), spans, mentions)
    return Entities(tuple(people), tuple(organisations), tuple(places), tuple(quotes))
