"""A past event is dated after the dateline.

What it flags:
    "on the 11th" in a past-tense sentence ("was held ... on the 11th") in a story datelined
    the 9th: the day is at most a week after the dateline day, so it cannot be last month.
    Earlier days are normal for earlier events, and sentences about plans ("will be held",
    "is scheduled") are left alone. Only when the dateline date is known.

Why it matters:
    Either the day or the tense is wrong; a story cannot report as done something that has not
    happened yet.

Example:
    BEIJING, Nov. 9, 2022 -- The trade fair was held in Beijing on the 11th.

Use instead:
    BEIJING, Nov. 9, 2022 -- The trade fair was held in Beijing on the 8th.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.dates import AFTER_DAY, dateline_anchor, past_tense
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.dates import MONTH, month_number
from toolkit.text.sentences import sentence_bounds

_MONTH_OR_LAST = re.compile(rf"\b{MONTH}|\blast (?:month|year)\b")


def _other_month(sentence: str, month: int) -> bool:
    """ "In October, the fair was held on the 12th": the 12th of another month."""
    return any(
        m.group("month") is None or month_number(m.group("month")) != month
        for m in _MONTH_OR_LAST.finditer(sentence)
    )


# \bon the, written as a literal then a look-behind so the regex engine can skip ahead to it
_ON_THE = re.compile(r"on the (?<!\won the )([1-9]|[12][0-9]|3[01])(st|nd|rd|th)\b" + AFTER_DAY)


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    found = dateline_anchor(article)
    if found is None:
        return
    anchor, body_start = found
    text = article.text
    for match in _ON_THE.finditer(text, body_start):
        day = int(match.group(1))
        if not 0 < day - anchor.day <= 7:
            continue
        start, end = sentence_bounds(text, match.start())
        sentence = text[max(start, body_start) : end]
        if not past_tense(sentence) or _other_month(sentence, anchor.month):
            continue
        yield Hit(
            match.start(),
            match.end(),
            f"“{match.group()}” is after the dateline date ({anchor:%B} {anchor.day}) but the "
            "sentence reports it as past; check the day",
        )


RULE = Rule("NC402", "past-day-after-dateline", Severity.WARNING, __doc__ or "", check=check)
