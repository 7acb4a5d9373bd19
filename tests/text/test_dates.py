"""The one month and weekday table, and month-day arithmetic with or without a year."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from toolkit.text.dates import (
    MONTH,
    MONTH_WORD,
    days_after,
    month_number,
    resolve,
    weekday_name,
    weekday_number,
)


@pytest.mark.parametrize(
    ("written", "number"),
    [("December", 12), ("Dec.", 12), ("DEC", 12), ("Sept.", 9), ("sep", 9), ("May", 5)],
)
def test_month_number(written: str, number: int) -> None:
    assert month_number(written) == number


def test_not_a_month() -> None:
    assert month_number("Maybe") is None


def test_weekdays() -> None:
    assert weekday_number("Tues.") == 1
    assert weekday_name(dt.date(2022, 12, 11)) == "Sunday"


def test_month_patterns() -> None:
    assert re.fullmatch(MONTH_WORD, "Sept")
    assert re.fullmatch(MONTH, "Sept.")
    assert re.fullmatch(MONTH, "December")
    assert not re.fullmatch(MONTH, "Dec")  # in body text an abbreviation carries its dot


def test_resolve_crosses_the_new_year() -> None:
    assert resolve(1, 3, dt.date(2022, 12, 30)) == dt.date(2023, 1, 3)
    assert resolve(12, 28, dt.date(2023, 1, 2)) == dt.date(2022, 12, 28)


def test_days_after_without_a_year() -> None:
    assert days_after(12, 14, 12, 11) == 3
    assert days_after(12, 8, 12, 11) == -3
    assert days_after(1, 3, 12, 30) == 4  # next January
    assert days_after(2, 29, 2, 27) == 2
    assert days_after(2, 30, 2, 27) is None
