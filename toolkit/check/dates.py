"""Dates written in the body: month names, weekdays, ordinals, past or future tense."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from toolkit.model import Article

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
DAY = r"(?P<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# After "the 11th": what may follow a date ("on the 11th, ...", "on the 11th in Beijing") as
# opposed to a noun that makes it something else ("the 11th floor", "the 11th anniversary").
AFTER_DAY = (
    r"(?=\s*(?:[.,;:!?)\]—–-]|$|\n|\s+(?:in|at|and|when|with|to|after|before|as|during|by|"
    r"was|were|is|are|but|while|where|from|under|amid|through|until|against|local|morning|"
    r"afternoon|evening|night)\b))"
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[\"“]?[A-Z])|\n\s*\n")
_FUTURE = re.compile(
    r"\b(will|would|shall|to be|is to|are to|scheduled|expected|plans?|planned|next|upcoming|"
    r"going to|due to|set to|slated)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(was|were|had|held|said|took|began|ended|met|signed|\w{3,}ed)\b", re.IGNORECASE
)


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def weekday_name(date: dt.date) -> str:
    return WEEKDAYS[date.weekday()].capitalize()


def resolve(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day nearest the dateline date (across a new year)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, approximately: between full stops or blank lines."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(text, 0, offset):
        start = match.end()
    following = _SENTENCE_BREAK.search(text, offset)
    return start, following.start() + 1 if following else len(text)


def past_tense(sentence: str) -> bool:
    """A past-tense report with no sign that the event is still to come."""
    return bool(_PAST.search(sentence)) and not _FUTURE.search(sentence)


class DatelineAnchor(NamedTuple):
    """The resolved dateline date and the offset where the body after the dateline starts."""

    date: dt.date
    body_start: int


def dateline_anchor(article: Article) -> DatelineAnchor | None:
    """What date rules compare the body with; None unless the dateline date is fully resolved."""
    dateline = article.dateline
    if dateline is None or dateline.date is None:
        return None
    return DatelineAnchor(dateline.date, dateline.span.end if dateline.span else 0)
