"""Month and weekday names, day numbers and resolving a month-day against an anchor date."""

from __future__ import annotations

import datetime as dt

from toolkit.lexicon.calendar import MONTH_FORMS, WEEKDAY_FORMS

# written form (casefolded, no dot) -> month number 1-12
MONTHS: dict[str, int] = {
    form: number for number, forms in enumerate(MONTH_FORMS, start=1) for form in forms
}
# written form -> weekday number, Monday 0
WEEKDAYS: dict[str, int] = {
    form: number for number, forms in enumerate(WEEKDAY_FORMS) for form in forms
}
MONTH_NAMES: frozenset[str] = frozenset(MONTHS)
WEEKDAY_NAMES: frozenset[str] = frozenset(forms[0] for forms in WEEKDAY_FORMS)


def _alternation(forms: list[str]) -> str:
    # longest first, so "Sept" is tried before "Sep"
    return "(?:" + "|".join(sorted((f.capitalize() for f in forms), key=lambda f: -len(f))) + ")"


# Any written month, capitalised, without a trailing dot: "December", "Dec", "Sept".
MONTH_WORD = _alternation(list(MONTHS))
# A month as body text writes it: a full name, or an abbreviation with its dot ("Dec.").
MONTH = (
    "(?P<month>"
    + "|".join(
        sorted(
            [forms[0].capitalize() for forms in MONTH_FORMS]
            + [f.capitalize() + r"\." for forms in MONTH_FORMS for f in forms[1:]],
            key=lambda f: -len(f),
        )
    )
    + ")"
)
DAY = r"(?P<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
WEEKDAY = "(?P<weekday>" + "|".join(f[0].capitalize() for f in WEEKDAY_FORMS) + ")"


def month_number(name: str) -> int | None:
    """1-12 for a written month ("Dec.", "DECEMBER", "sept"), else None."""
    return MONTHS.get(name.casefold().rstrip("."))


def weekday_number(name: str) -> int | None:
    """0 (Monday) to 6 for a written weekday, else None."""
    return WEEKDAYS.get(name.casefold().rstrip("."))


def weekday_name(date: dt.date) -> str:
    return WEEKDAY_FORMS[date.weekday()][0].capitalize()


def resolve(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day nearest ``anchor`` (across a new year), if any."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


def days_after(month: int, day: int, anchor_month: int, anchor_day: int) -> int | None:
    """How many days (month, day) lies after the anchor's month and day, the year unknown.

    Taken in the nearest year either side of the anchor, counted in a leap year so that
    February 29 resolves; negative when it lies before. None for an impossible day.
    """
    anchor = dt.date(2000, anchor_month, anchor_day)  # 2000 is a leap year
    found = resolve(month, day, anchor)
    return None if found is None else (found - anchor).days
