"""The user's seed: exactly the quote-style, casing and run-on findings, nothing about names."""

from __future__ import annotations

from toolkit.checker.engine import check
from toolkit.model import Article, Source
from toolkit.readers import ReaderOptions, read_text

from ..conftest import SEED

EXPECTED = [
    (
        "NC501",
        13,
        310,
        13,
        323,
        "A full stop seems to be missing before “At”: “foundation At” runs two sentences together",
    ),
    *[
        (
            "NC301",
            17,
            column,
            17,
            column + 15,
            "This quotation is in curly quotes but 6 of the article's 8 are in straight quotes "
            "(lines 1:121, 3:54, 3:153 and 3 more); use straight quotes",
        )
        for column in (49, 183)
    ],
    (
        "NC302",
        25,
        243,
        25,
        260,
        "“digital silk road” is written “Digital Silk Road” elsewhere (line 3:154); use one casing",
    ),
]


def summary(
    article: Article,
) -> list[tuple[str, int | None, int | None, int | None, int | None, str]]:
    return [
        (f.code, f.line, f.column, f.end_line, f.end_column, f.message) for f in check([article])
    ]


def test_seed_through_the_reader() -> None:
    article = read_text(SEED.read_bytes(), ReaderOptions(source_path=str(SEED)))
    assert summary(article) == EXPECTED


def test_seed_without_the_reader() -> None:
    # Only the text: the checker splits paragraphs itself and has no people to compare.
    article = Article(
        id="seed",
        text=SEED.read_text(encoding="utf-8"),
        source=Source("seed.txt", "0" * 64, "utf-8"),
    )
    assert summary(article) == EXPECTED


def test_seed_findings_carry_match_and_fix() -> None:
    article = read_text(SEED.read_bytes(), ReaderOptions(source_path="seed.txt"))
    found = check([article])
    assert [(f.match, f.fix) for f in found] == [
        ("foundation At", "foundation. At"),
        ("“Belt and Road”", '"Belt and Road"'),
        ("“Belt and Road”", '"Belt and Road"'),
        ("digital silk road", "Digital Silk Road"),
    ]
    assert {f.path for f in found} == {"seed.txt"}
