"""A weekday does not fall on the date it is given with.

What it flags:
    A weekday written next to a date ("Tuesday, November 9", "on the 9th (Tuesday)") when that
    date falls on another weekday, and "today (Tuesday)" when the dateline date is not a
    Tuesday. Only when the dateline date, year included, is known.

Why it matters:
    One of the two is wrong, and readers planning around an event may pick the wrong one.

Example:
    BEIJING, Nov. 9, 2022 -- The forum opened on Wednesday, November 8, in the capital.

    It runs until Friday, November 11.

Use instead:
    BEIJING, Nov. 9, 2022 -- The forum opened on Tuesday, November 8, in the capital.

    It runs until Friday, November 11.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.dates import AFTER_DAY, dateline_anchor
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.dates import DAY, MONTH, WEEKDAY, month_number, resolve, weekday_name

_YEAR = r"(?:,?\s+(?P<year>(?:1[89]|2[01])\d\d)\b)?"
_WITH_DATE = re.compile(
    rf"\b{WEEKDAY},?\s+(?:{MONTH}\s+{DAY}\b{_YEAR}|{DAY.replace('day>', 'day2>')}\s+"
    rf"{MONTH.replace('month>', 'month2>')}{_YEAR.replace('year>', 'year2>')}|the\s+"
    rf"{DAY.replace('day>', 'day3>')}\b{AFTER_DAY})"
)
# "November 8 (Tuesday)", "the 8th (Tuesday)": looked for only where "(Tuesday)" occurs.
_WEEKDAY_AFTER = re.compile(
    rf"\b(?:{MONTH.replace('month>', 'month4>')}\s+)?(?:the\s+)?"
    rf"{DAY.replace('day>', 'day4>')}\s*\(\s*{WEEKDAY.replace('weekday>', 'weekday4>')}\s*\)"
)
_BRACKETED_WEEKDAY = re.compile(r"\(\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\)")
_TODAY = re.compile(
    rf"\btoday\s*\(\s*{WEEKDAY}\s*\)|\b{WEEKDAY.replace('weekday>', 'weekday2>')}\s*"
    r"\(\s*today\s*\)|\btoday,\s+" + WEEKDAY.replace("weekday>", "weekday3>") + r",",
    re.IGNORECASE,
)

# Where _WITH_DATE can start: a weekday's name, found without its leading word boundary test.
_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _with_date(text: str, start: int) -> Iterator[re.Match[str]]:
    """The matches of ``_WITH_DATE.finditer(text, start)``, tried only at weekday names."""
    last = start
    for name in _WEEKDAY_NAME.finditer(text, start):
        if name.start() < last:
            continue
        match = _WITH_DATE.match(text, name.start())
        if match is not None:
            yield match
            last = match.end()


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    found = dateline_anchor(article)
    if found is None:
        return
    anchor, body_start = found
    text = article.text
    matches = list(_with_date(text, body_start))
    if _BRACKETED_WEEKDAY.search(text, body_start):
        matches += _WEEKDAY_AFTER.finditer(text, body_start)
    for match in sorted(matches, key=lambda m: m.start()):
        groups = {k: v for k, v in match.groupdict().items() if v}
        weekday = groups.get("weekday") or groups["weekday4"]
        month_text = groups.get("month") or groups.get("month2") or groups.get("month4")
        day_text = groups.get("day") or groups.get("day2") or groups.get("day3") or groups["day4"]
        month = (month_number(month_text) if month_text else None) or anchor.month
        year_text = groups.get("year") or groups.get("year2")
        if year_text:
            try:
                date: dt.date | None = dt.date(int(year_text), month, int(day_text))
            except ValueError:
                continue
        else:
            date = resolve(month, int(day_text), anchor)
        if date is None or weekday_name(date) == weekday:
            continue
        yield Hit(
            match.start(),
            match.end(),
            f"{date:%B} {date.day}, {date.year} is a {weekday_name(date)}, not a {weekday}; "
            "check the day or the date",
        )
    # every form of _TODAY spells "today", and its case-blind search is slow
    today = _TODAY.finditer(text, body_start) if "today" in text.casefold() else ()
    for match in today:
        written = next(g for g in match.groups() if g)
        if written.capitalize() != weekday_name(anchor):
            yield Hit(
                match.start(),
                match.end(),
                f"“today” is {weekday_name(anchor)}, {anchor:%B} {anchor.day}, by the dateline, "
                f"not {written.capitalize()}",
                fix=weekday_name(anchor),
            )


RULE = Rule("NC401", "weekday-mismatch", Severity.WARNING, __doc__ or "", check=check)
