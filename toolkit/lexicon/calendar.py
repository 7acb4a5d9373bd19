"""Month and weekday names as English wire copy writes them (the one table; stdlib only)."""

from __future__ import annotations

# Month number -> its written forms, the full name first, then abbreviations ("Sept.").
MONTH_FORMS: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
# Monday first, as datetime.date.weekday() counts.
WEEKDAY_FORMS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
