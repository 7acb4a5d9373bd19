"""Articles for writer tests: a hand-built story with every part, and a bare one."""

from __future__ import annotations

from toolkit.model import (
    Article,
    Byline,
    Dateline,
    Headline,
    Organisation,
    Paragraph,
    Person,
    Place,
    PlaceKind,
    Quote,
    Source,
    Span,
    Title,
    YearSource,
)

# Fictional wire copy written for these tests.
HAND_TEXT = (
    "Example Wire, Port Ellis, March 3rd (Ana Silva and Li Wen) Dock workers at the Port Ellis "
    "container terminal walked out on Monday over a pay dispute.\n"
    "\n"
    '"We will not move until the offer is fair," said Tomas Reyes, general secretary of the '
    "Harbour Workers Union.\n"
    "\n"
    "Talks with the Port Ellis Authority resume on Wednesday in Valdora.\n"
)


def span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle))


def line_from(text: str, opening: str) -> Span:
    start = text.index(opening)
    return Span(start, text.index("\n", start))


def hand_article() -> Article:
    t = HAND_TEXT
    p1, p2, p3 = (line_from(t, opening) for opening in ("Dock", '"We', "Talks"))
    return Article(
        id="port-ellis-strike",
        text=t,
        source=Source("port-ellis-strike.txt", "a" * 64, "utf-8"),
        agency="Example Wire",
        agency_span=span(t, "Example Wire"),
        dateline=Dateline(
            text="Port Ellis, March 3rd",
            span=span(t, "Port Ellis, March 3rd"),
            place="Port Ellis",
            country="GB",
            date_text="March 3rd",
            month=3,
            day=3,
            year=2025,
            year_source=YearSource.OPTION,
        ),
        bylines=(Byline("Ana Silva", span(t, "Ana Silva")), Byline("Li Wen", span(t, "Li Wen"))),
        headline=Headline("Port Ellis dockers strike over pay", None),
        paragraphs=(
            Paragraph(p1.slice(t), p1, 1),
            Paragraph(p2.slice(t), p2, 3),
            Paragraph(p3.slice(t), p3, 5),
        ),
        quotes=(
            Quote(
                "We will not move until the offer is fair,",
                span(t, '"We will not move until the offer is fair,"'),
                "Tomas Reyes",
                span(t, "Tomas Reyes"),
                paragraph=1,
            ),
        ),
        people=(
            Person(
                "Tomas Reyes",
                (
                    Title(
                        "general secretary of the Harbour Workers Union",
                        span(t, "general secretary of the Harbour Workers Union"),
                    ),
                ),
                (span(t, "Tomas Reyes"),),
                "GB",
            ),
        ),
        organisations=(
            Organisation("Harbour Workers Union", (span(t, "Harbour Workers Union"),)),
            Organisation("Port Ellis Authority", (span(t, "Port Ellis Authority"),)),
        ),
        places=(
            Place("Port Ellis", "GB", PlaceKind.CITY, (span(t, "Port Ellis"),)),
            Place("Valdora", None, PlaceKind.OTHER, (span(t, "Valdora"),)),
        ),
    )


def bare_article() -> Article:
    """No headline, dateline, byline or agency: what a reader gives for an unmarked note."""
    text = "Short note without any dateline.\n"
    return Article(
        id="bare",
        text=text,
        source=Source(None, "b" * 64, "utf-8"),
        derived_headline=Headline("Short note without any dateline", None, derived=True),
        paragraphs=(Paragraph("Short note without any dateline.", Span(0, 32), 1),),
    )
