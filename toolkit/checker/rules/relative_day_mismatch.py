""" "Yesterday", "today" or "tomorrow" is given with a date that the dateline contradicts.

What it flags:
    A relative day written with an explicit date ("yesterday (November 7)", "today, the 10th")
    when the dateline puts that day elsewhere. The dateline needs a month and a day; without
    a year ("BEIJING, April 11") the day next to the end of February is left alone, as a leap
    year would move it.

Why it matters:
    Copy moved from one day's file to the next keeps its "yesterday"; readers get the wrong day.

Example:
    BEIJING, Nov. 9, 2022 -- The agreement was signed yesterday (November 7).

Use instead:
    BEIJING, Nov. 9, 2022 -- The agreement was signed yesterday (November 8).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.dates import dateline_day
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.dates import DAY, MONTH, month_number, resolve

_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1}
_ORDINAL = r"(?P<day2>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)"
# "yesterday (November 7)", "yesterday (the 7th)", "today, November 10,", "today, the 10th"
_RELATIVE = re.compile(
    rf"\b(?P<word>yesterday|today|tomorrow)\s*"
    rf"(?:\(\s*(?:on\s+)?(?:the\s+)?(?:{MONTH}\s+)?{DAY}\s*\)"
    rf"|,\s+(?:the\s+{_ORDINAL}|{MONTH.replace('month>', 'month2>')}\s+"
    rf"{DAY.replace('day>', 'day3>')})\b)",
    re.IGNORECASE,
)


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    found = dateline_day(article)
    if found is None:
        return
    # without the year, count in a leap year and leave the days a leap year would move
    anchor = dt.date(found.year or 2000, found.month, found.day)
    if found.year is None and (found.month, found.day) in ((2, 28), (2, 29), (3, 1)):
        return
    body_start = found.body_start
    text = article.text
    folded = text.casefold()
    if not any(word in folded for word in _SHIFT):
        return  # the case-blind search is slow, and most articles have none of the words
    for match in _RELATIVE.finditer(text, body_start):
        word = match.group("word").lower()
        expected = anchor + dt.timedelta(days=_SHIFT[word])
        month_text = match.group("month") or match.group("month2")
        month = month_number(month_text) if month_text else None
        day = int(match.group("day") or match.group("day2") or match.group("day3"))
        if month is None:
            if day == expected.day:
                continue
        else:
            written = resolve(month, day, anchor)
            if written == expected:
                continue
        yield Hit(
            match.start(),
            match.end(),
            f"By the dateline ({anchor:%B} {anchor.day}) {word} is {expected:%B} {expected.day}, "
            f"not what “{match.group().strip()}” says; check the day",
            fix=f"{expected:%B} {expected.day}",
        )


RULE = Rule("NC403", "relative-day-mismatch", Severity.WARNING, __doc__ or "", check=check)
