"""A past event is dated after the dateline.

What it flags:
    A date ("on April 16", "16 April", "on the afternoon of the 12th", "from December 12 to
    14") in a past-tense sentence ("was held", "went into force", "said") that falls shortly
    after the dateline's day: within a month for a month and day, within a fortnight for
    "the 12th", which is a day of the dateline's month. The dateline needs a month and a day,
    not a year ("JERUSALEM, April 11"). Across the year end a January date under a December
    dateline is next year's, unless the sentence says the year ("last year", "this year", a
    year after the date). Sentences about plans ("will be held", "is scheduled"), deadlines
    ("by April 16", "until April 16") and ranges that include the dateline day are left alone.

Why it matters:
    Either the date or the tense is wrong; a story cannot report as done something that has
    not happened yet.

Example:
    JERUSALEM, April 11 -- The two ministers met in Washington on April 16.

Use instead:
    JERUSALEM, April 11 -- The two ministers met in Washington on April 6.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.dates import AFTER_DAY, DatelineDay, dateline_day, past_tense
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.dates import DAY, MONTH, days_after, month_number, resolve
from toolkit.text.sentences import sentence_bounds

# How far after the dateline a date must fall to be taken as this year's slip, not last
# year's event: a month for a written month, a fortnight for "the 12th" of the dateline month.
_MONTH_DAY_REACH = 31
_NTH_REACH = 15
_YEAR = r"(?:,?\s+(?P<year>(?:1[89]|2[01])\d\d)\b)?"
# "April 16", "April 16, 1999", "16 April"; a range or list after it ("to 18", "-18")
# Two patterns, neither opening with \b, so that the regex engine skips ahead to a month's
# or a digit's first character (ten times faster); the word boundary is tested on a match.
_MONTH_DAY = re.compile(rf"{MONTH}\s+{DAY}\b{_YEAR}")
# DAY with its first digit outside the alternation ("1", else "12", "31", as DAY tries
# them): a pattern that opens with a character set lets the regex engine skip to digits
# instead of trying the alternation at every offset (three times faster on an article).
_FAST_DAY = r"(?P<day2>[1-9](?:(?<=[12])[0-9]|(?<=3)[01])??)(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(
    rf"{_FAST_DAY}\s+"
    rf"{MONTH.replace('month>', 'month2>')}(?![\w.]){_YEAR.replace('year>', 'year2>')}"
)
# "on the 12th", "on the afternoon of the 12th": a day of the dateline's month
_NTH = re.compile(
    r"(?:on|of) the (?<!\w.. the )([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\b" + AFTER_DAY
)
# Words before a date that make it an end point, not the day something happened.
_END_POINT = re.compile(
    r"(?:\b(?:by|until|till|through|to|before|and|deadline(?: of)?|between|or)|[-–—])\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_ANOTHER_YEAR = re.compile(r"\b(?:last|previous|past) year\b|\byears? (?:ago|earlier)\b")
_THIS_YEAR = re.compile(r"\b(?:this|that) year\b|\bearlier\b")
_MONTH_OR_LAST = re.compile(rf"\b{MONTH}|\blast (?:month|year)\b")


def _other_month(sentence: str, month: int) -> bool:
    """ "In October, the fair was held on the 12th": the 12th of another month."""
    return any(
        m.group("month") is None or month_number(m.group("month")) != month
        for m in _MONTH_OR_LAST.finditer(sentence)
    )


def _dates(text: str, start: int, anchor: DatelineDay) -> Iterator[tuple[re.Match[str], int]]:
    """Dates of the body with how many days after the dateline they fall (when after)."""
    both = [*_MONTH_DAY.finditer(text, start), *_DAY_MONTH.finditer(text, start)]
    for match in both:
        if match.start() and text[match.start() - 1].isalnum():
            continue  # inside a word or a number ("112 April" is no "12 April")
        groups = match.groupdict()
        month = month_number(groups.get("month") or groups["month2"])
        day = int(groups.get("day") or groups["day2"])
        year = groups.get("year") or groups.get("year2")
        if month is None or (year and (anchor.year is None or int(year) != anchor.year)):
            continue  # another year's date, or a year the dateline cannot be compared with
        after = days_after(month, day, anchor.month, anchor.day)
        if anchor.year is not None and after is not None:  # the count in the real year
            known = dt.date(anchor.year, anchor.month, anchor.day)
            found = resolve(month, day, known)
            after = None if found is None else (found - known).days
        if after is not None and 0 < after <= _MONTH_DAY_REACH:
            yield match, after
    for match in _NTH.finditer(text, start):
        after = int(match.group(1)) - anchor.day
        if 0 < after <= _NTH_REACH:
            yield match, after


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    anchor = dateline_day(article)
    if anchor is None:
        return
    text = article.text
    body_start = anchor.body_start
    for match, after in sorted(_dates(text, body_start, anchor), key=lambda m: m[0].start()):
        at = match.start() if match.re is not _NTH else match.start(1) - len("the ")
        if _END_POINT.search(text, max(body_start, at - 20), at):
            continue
        start, end = sentence_bounds(text, at, reach=600)
        sentence = text[max(start, body_start) : end]
        if not past_tense(sentence) or _ANOTHER_YEAR.search(sentence):
            continue
        if match.re is _NTH and _other_month(sentence, anchor.month):
            continue
        crosses = anchor.month == 12 and match.re is not _NTH and after > 31 - anchor.day
        if crosses and _THIS_YEAR.search(sentence):
            continue  # "earlier this year ... on January 3": last January
        shown = f"{calendar.month_name[anchor.month]} {anchor.day}"
        written = match.group() if match.re is not _NTH else match.group()[len("on ") :]
        yield Hit(
            at if match.re is _NTH else match.start(),
            match.end(),
            f"“{written.strip()}” is {after} day{'s' if after > 1 else ''} after the dateline "
            f"({shown}) but the sentence reports it as past; check the date",
        )


RULE = Rule("NC402", "past-day-after-dateline", Severity.WARNING, __doc__ or "", check=check)
