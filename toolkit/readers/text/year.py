"""The dateline's year: as written, else the caller's, else one the text ties to the event.

Order: a year in the dateline (DATELINE); ``ReaderOptions.year`` (OPTION); a metadata year
(METADATA); a year the opening text gives for the event (TEXT); else UNKNOWN. The text is read
conservatively: a full date in the dateline's month ("November 9, 2022", "2022-11-09"), or a
year naming an event in a sentence that also says which day it happened ("The 2022 World
Internet Conference ... was held ... on the 9th"); candidates must agree. Never the clock.
"""

from __future__ import annotations

import re

from toolkit.model import YearSource
from toolkit.text.dates import MONTH_WORD, month_number
from toolkit.text.sentences import sentence_bounds

SEARCH_CHARS = 2500  # of text after the lede start (plus the head before it)
_NEAR_DAYS = 7
_MONTHS = MONTH_WORD
# Every candidate is a four-digit year; what surrounds it says what kind of year it is.
_YEAR = re.compile(r"[12]\d{3}")  # filtered in code: a lookbehind here costs 6x the scan
_NOT_BEFORE_YEAR = frozenset("0123456789.,-–/")
_DATE_BEFORE = re.compile(
    rf"(?P<month>{_MONTHS})\.?[ \t\u00a0]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t\u00a0]+$"
)
_ISO_AFTER = re.compile(r"-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])")
_HAN_DATE_AFTER = re.compile(r"年(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
# "The 2022 World Internet Conference", "“Smart Hunan” 2021 China International ... Summit"
_EVENT_AFTER = re.compile(r"[ \u00a0]+[“\"‘']?[A-Z]|年[“\"‘]?[\u4e00-\u9fff]")
_DAY_REFERENCE = re.compile(
    rf"\bon[ \t]+the[ \t]+(?P<nth>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"|\b(?:on[ \t]+)?(?P<month>{_MONTHS})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"|\b(?P<relative>today|tonight|this morning|this afternoon|this evening|that day"
    r"|the same day)\b"
    r"|(?P<handay>\d{1,2})日|(?P<hanrelative>今天|今日|当天|当日)",
    re.IGNORECASE,
)


def resolve_year(
    *,
    dateline_year: int | None,
    option_year: int | None,
    metadata_year: int | None,
    month: int,
    day: int,
    text: str,
    lede_start: int,
) -> tuple[int | None, YearSource]:
    """The year of a dateline that gives ``month`` and ``day``, and where it came from."""
    if dateline_year is not None:
        return dateline_year, YearSource.DATELINE
    if option_year is not None:
        return option_year, YearSource.OPTION
    if metadata_year is not None:
        return metadata_year, YearSource.METADATA
    found = year_from_text(text, lede_start, month, day)
    if found is not None:
        return found, YearSource.TEXT
    return None, YearSource.UNKNOWN


def year_from_text(text: str, lede_start: int, month: int, day: int) -> int | None:
    """The one year the text gives for an event on ``month``/``day``, or None if unclear.

    Full dates are looked for from the top (a web reprint's timestamp line counts); event
    years only from the lede on, since the dateline itself always names the day.
    """
    end = min(len(text), lede_start + SEARCH_CHARS)
    dated: set[int] = set()
    events: set[int] = set()
    for match in _YEAR.finditer(text, 0, end):
        at, after = match.start(), match.end()
        year = int(match.group())
        if not 1900 <= year <= 2099 or (at and text[at - 1] in _NOT_BEFORE_YEAR):
            continue
        if after < len(text) and text[after].isdigit():
            continue
        before = _DATE_BEFORE.search(text, max(0, at - 24), at)
        iso = _ISO_AFTER.match(text, after, end) or _HAN_DATE_AFTER.match(text, after, end)
        for found in (before, iso):
            if (
                found
                and _month(found["month"]) == month
                and abs(int(found["day"]) - day) <= _NEAR_DAYS
            ):
                dated.add(year)
        if (
            at >= lede_start
            and _EVENT_AFTER.match(text, after, end)
            and _names_the_day(_sentence(text, at, lede_start, end), month, day)
        ):
            events.add(year)
    if dated:
        return dated.pop() if len(dated) == 1 else None
    return events.pop() if len(events) == 1 else None


def _month(value: str) -> int | None:
    if value.isdigit():
        return int(value)
    return month_number(value)


def _sentence(text: str, offset: int, low: int, high: int) -> str:
    """The sentence around ``offset``, within ``text[low:high]`` and 400 characters each way."""
    start, end = sentence_bounds(text, offset, low, high, reach=400)
    return text[start:end]


def _names_the_day(sentence: str, month: int, day: int) -> bool:
    for match in _DAY_REFERENCE.finditer(sentence):
        if match["relative"] or match["hanrelative"]:
            return True
        nth = match["nth"] or match["handay"]
        if nth and abs(int(nth) - day) <= _NEAR_DAYS:
            return True
        if match["month"] and _month(match["month"]) == month:
            return True
    return False
