"""One person is given two titles that cannot both be right.

What it flags:
    Two titles for the same person, compared by the parts the reader gives each title (role,
    organisation, country, modifiers): the same office at another rank ("Deputy Minister of
    Higher Education" then "Minister of Higher Education", "Vice President" then
    "President"), in another status ("former senator" then "Senator", "President-elect" then
    "President"), with another portfolio ("Finance Minister" then "Energy Minister") or
    country, or two offices one person does not hold together ("Gen." then "Admiral", a
    judge then a justice, "Premier" then "General Secretary"). The finding sits on the title
    used less often (the later one when both are used as often), with the other as a related
    location. Equivalent forms ("Cuban Minister of Communications" and "Communications
    Minister", "Secretary-General" and "Secretary General"), a title and a bare "the
    minister", an acting or interim title beside the office itself, a former post beside
    another office, and different roles held together ("minister and party secretary") are
    fine.

Why it matters:
    A wrong title misstates someone's authority; a deputy quoted as the minister is a
    correction waiting to happen.

Example:
    Egypt's Deputy Minister of Higher Education Hisham Farouk opened the meeting on Monday.

    "We welcome the partnership," Minister of Higher Education Hisham Farouk said.

Use instead:
    Egypt's Deputy Minister of Higher Education Hisham Farouk opened the meeting on Monday.

    "We welcome the partnership," Deputy Minister of Higher Education Hisham Farouk said.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.offices import FUTURE, PAST, RANKS, exclusive, is_office
from toolkit.lexicon.titles import PORTFOLIO_WORDS, canonical_role
from toolkit.model import Article, Title
from toolkit.model.span import inside_others

_WORD = re.compile(r"[^\W\d_]+")
# words of an organisation that say nothing of which one it is
_PLAIN = frozenset({"the", "of", "and", "for", "affairs", "ministry", "department", "&"})


class Office(NamedTuple):
    """A title's parts as compared: the office, its rank and status, portfolio, country."""

    role: str  # canonical, rank words removed: "president" of "Vice President"
    rank: frozenset[str]
    past: bool
    future: bool
    portfolio: frozenset[str]  # folded content words of the organisation or portfolio
    acronym: str | None  # the organisation when it is one capitalised acronym ("NPC")
    country: str | None
    acting: bool  # "acting president": held beside another office, for a time


def office(title: Title) -> Office | None:
    """The title's office, or None when the reader found no role in it ("Mr")."""
    if not title.role:
        return None
    words = title.role.split()
    rank = {w for w in words if w in RANKS}
    role = canonical_role(" ".join(w for w in words if w not in RANKS) or title.role)
    modifiers = set(title.modifiers)
    rank |= modifiers & RANKS
    portfolio = {m for m in modifiers if m in PORTFOLIO_WORDS}
    acronym = None
    if title.organisation:
        found = _WORD.findall(title.organisation)
        if len(found) == 1 and found[0].isupper() and len(found[0]) > 1:
            acronym = found[0]
        for word in found:
            key = word.casefold()
            if key in _PLAIN or demonym_country(word) or country_code(word):
                continue
            portfolio.add(key)
    return Office(
        role,
        frozenset(rank),
        bool(modifiers & PAST),
        bool(modifiers & FUTURE),
        frozenset(portfolio),
        acronym,
        title.country,
        bool(modifiers & {"acting", "interim"}),
    )


def _same_body(a: Office, b: Office, a_text: str, b_text: str, *, exactly: bool = False) -> bool:
    """Whether the two portfolios can be one: either is empty, they are equal or one is the
    acronym of the other ("NPC", "National People's Congress"), or (unless ``exactly``) one
    holds the other ("Foreign" and "Foreign Trade")."""
    if not a.portfolio or not b.portfolio or a.portfolio == b.portfolio:
        return True
    if not exactly and (a.portfolio < b.portfolio or b.portfolio < a.portfolio):
        return True
    for short, long_text in ((a.acronym, b_text), (b.acronym, a_text)):
        if short is not None:
            initials = "".join(w[0] for w in _WORD.findall(long_text) if w[:1].isupper())
            if short in initials:
                return True
    return False


def conflict(a: Office, b: Office, a_text: str, b_text: str) -> str | None:
    """Why two titles of one person cannot both be right, or None when they can."""
    if a.role != b.role:
        # a prime minister may be acting president too; a past office is no longer held
        held_now = not (a.past or b.past or a.acting or b.acting)
        return "office" if held_now and exclusive(a.role, b.role) else None
    if not is_office(a.role):
        return None  # "former champion", "1992 Olympic champion": no office to hold
    if a.past or b.past:
        # a former post beside another one is a career, not a contradiction
        same = a.rank == b.rank and _same_body(a, b, a_text, b_text, exactly=True)
        return "status" if a.past != b.past and same else None
    if a.rank != b.rank:
        # the general manager of a group may have been the deputy of one of its firms, and
        # a country's president the vice-president of an international body
        for one, other in ((a, b), (b, a)):
            if one.country and not one.portfolio and other.portfolio and not other.country:
                return None
        return "rank" if _same_body(a, b, a_text, b_text, exactly=True) else None
    same_body = _same_body(a, b, a_text, b_text)
    if a.future != b.future:
        return "status" if same_body else None
    if not same_body:
        return "portfolio"
    if a.country and b.country and a.country != b.country:
        return "country"
    return None


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    hits: list[Hit] = []
    for person in article.people:
        inner = inside_others({t.span for t in person.titles if t.span is not None})
        # a title found again inside a longer one of the same person is that title, not another
        titled = sorted(
            (
                (t, found)
                for t in person.titles
                if t.span is not None and t.span not in inner and (found := office(t)) is not None
            ),
            key=lambda item: item[0].span.start if item[0].span else -1,
        )
        count = Counter(found for _, found in titled)
        uses = [count[found] for _, found in titled]
        # A person titled at each of many mentions ("a port official" 58 times) repeats a few
        # titles: the earlier titles are compared once per different (office, text), at the
        # first title of each, which is the first j the walk over every earlier title would
        # have found (conflict depends on nothing else), so the walk is not titles squared.
        firsts: dict[tuple[Office, str], int] = {}
        flagged: set[int] = set()
        for i, (title, found) in enumerate(titled):
            for j in list(firsts.values()):
                earlier, earlier_office = titled[j]
                why = conflict(earlier_office, found, earlier.text, title.text)
                if why is None:
                    continue
                # the title used less often is the one to change; the later one on a tie
                wrong, kept = (j, i) if uses[j] < uses[i] else (i, j)
                if wrong in flagged:
                    break
                flagged.add(wrong)
                hits.append(_hit(article, person.name, titled[kept][0], titled[wrong][0], why))
                break
            firsts.setdefault((found, title.text), i)
    yield from sorted(hits, key=lambda h: h.start)


def _hit(article: Article, name: str, kept: Title, wrong: Title, why: str) -> Hit:
    assert kept.span is not None and wrong.span is not None  # only titles with spans compared
    return Hit(
        wrong.span.start,
        wrong.span.end,
        f"{name} is {curly(kept.text)} on {where(article, kept.span.start)} but "
        f"{curly(wrong.text)} here (the {why} differs); use one title",
        related=((kept.span.start, kept.span.end, f"{curly(kept.text)} here"),),
    )


RULE = Rule("NC201", "title-conflict", Severity.WARNING, __doc__ or "", check=check)
