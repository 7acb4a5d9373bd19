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
_PAST = re.compile(
    r"\b(was|were|had|held|said|took|began|ended|met|signed|\w{3,}ed)\b", re.IGNORECASE
)


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
