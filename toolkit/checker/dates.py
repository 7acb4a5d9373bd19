"""Date facts for the date rules: past or future tense, what may follow "the 11th".

Month and weekday tables and date parsing are :mod:`toolkit.text.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from toolkit.model import Article

# After "the 11th": what may follow a date ("on the 11th, ...", "on the 11th in Beijing") as
# opposed to a noun that makes it something else ("the 11th floor", "the 11th anniversary").
AFTER_DAY = (
    r"(?=\s*(?:[.,;:!?)\]—–-]|$|\n|\s+(?:in|at|and|when|with|to|after|before|as|during|by|"
    r"was|were|is|are|but|while|where|from|under|amid|through|until|against|local|morning|"
    r"afternoon|evening|night)\b))"
)
_FUTURE = re.compile(
    r"\b(will|would|shall|to be|is to|are to|scheduled|expected|plans?|planned|next|upcoming|"
    r"going to|due to|set to|slated)\b",
    re.IGNORECASE,
)
# Regular past forms, and the irregular ones wire copy reports events with.
_PAST = re.compile(
    r"\b(was|were|had|held|said|told|took|began|ended|met|signed|went|came|gave|made|saw|"
    r"won|lost|left|led|rose|fell|spoke|wrote|sent|set out|brought|bought|sold|paid|"
    r"found|thought|became|broke|chose|drew|flew|grew|hit|shut|struck|swore|threw|"
    r"took|upheld|\w{3,}ed)\b",
    re.IGNORECASE,
)


def past_tense(sentence: str) -> bool:
    """A past-tense report with no sign that the event is still to come."""
    return bool(_PAST.search(sentence)) and not _FUTURE.search(sentence)


class DatelineDay(NamedTuple):
    """The dateline's month and day, its year when known, and where the body starts."""

    month: int
    day: int
    year: int | None
    body_start: int


def dateline_day(article: Article) -> DatelineDay | None:
    """What date rules compare month-days with; None unless the dateline gives month and day.

    Most translated wire copy dates its dateline without a year ("BEIJING, April 11"): a
    month and a day are still enough to tell a day after it from a day before.
    """
    dateline = article.dateline
    if dateline is None or dateline.month is None or dateline.day is None:
        return None
    try:
        dt.date(2000, dateline.month, dateline.day)  # 2000 is a leap year
    except ValueError:
        return None
    body_start = dateline.span.end if dateline.span else 0
    return DatelineDay(dateline.month, dateline.day, dateline.year, body_start)


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
