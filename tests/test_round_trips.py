"""Round trips through the writers and the readers of marked-up formats.

text -> NewsML-G2 -> model -> NewsML-G2 gives the same bytes; text -> ninjs (each major
version) -> model keeps headline, dateline, bylines, paragraphs and people; text -> NITF ->
model keeps the story and who is quoted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from toolkit.model import Article
from toolkit.readers import ReaderOptions, read_newsmlg2, read_ninjs, read_nitf, read_text
from toolkit.writers import WriterOptions, write_newsml, write_ninjs, write_nitf
from toolkit.writers.segments import paragraph_runs

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _article(path: Path) -> Article:
    return read_text(path.read_bytes(), ReaderOptions(source_path=str(path)))


@pytest.mark.parametrize("epoch", [None, 1_700_000_000], ids=["dateline-time", "epoch"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_newsml_round_trip_is_byte_identical(seed: Path, epoch: int | None) -> None:
    options = WriterOptions(source_date_epoch=epoch)
    first = write_newsml(_article(seed), options)
    again = write_newsml(read_newsmlg2(first, ReaderOptions()), options)
    assert again == first


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_newsml_round_trip_keeps_the_story(seed: Path) -> None:
    article = _article(seed)
    back = read_newsmlg2(write_newsml(article, WriterOptions()), ReaderOptions())
    assert back.source.format == "newsmlg2"
    assert [p.text for p in back.paragraphs] == [p.text for p in article.paragraphs]
    # Every quote the writer could place in its paragraph comes back, with its speaker.
    placed = [
        (run.text, run.quote.speaker)
        for runs in paragraph_runs(article)
        for run in runs
        if run.quote is not None
    ]
    assert [(q.text, q.speaker) for q in back.quotes] == placed
    assert [(p.name, [t.text for t in p.titles]) for p in back.people] == [
        (p.name, [t.text for t in p.titles]) for p in article.people
    ]
    for part in (*back.paragraphs, *back.quotes):
        assert back.text[part.span.start : part.span.end]


def _kept(article: Article) -> tuple[object, ...]:
    # ninjs carries a dateline as "located" and contentCreated only: its place and its date.
    dateline = article.dateline
    carried = (dateline.place, dateline.date) if dateline else (None, None)
    return (
        article.headline.text if article.headline else None,
        carried if carried != (None, None) else None,
        [b.name for b in article.bylines],
        [p.text for p in article.paragraphs],
        [p.name for p in article.people],
    )


@pytest.mark.parametrize("version", ["3.1", "2.2", "1.6"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_ninjs_round_trip_keeps_the_story(seed: Path, version: str) -> None:
    article = _article(seed)
    data = write_ninjs(article, WriterOptions(ninjs_version=version))
    back = read_ninjs(data, ReaderOptions())
    assert _kept(back) == _kept(article)
    assert back.guid == read_newsmlg2(write_newsml(article, WriterOptions()), ReaderOptions()).guid


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_nitf_round_trip_keeps_the_story(seed: Path) -> None:
    article = _article(seed)
    back = read_nitf(write_nitf(article, WriterOptions()), ReaderOptions())
    assert [p.text for p in back.paragraphs] == [p.text for p in article.paragraphs]
    assert [b.name for b in back.bylines] == [b.name for b in article.bylines]
    assert [p.name for p in back.people] == [p.name for p in article.people]
    assert _kept(back)[1] == _kept(article)[1]


def test_the_seed_round_trip_in_detail() -> None:
    seed = SEEDS / "000_bd3756564a4685f9.txt"
    article = _article(seed)
    back = read_newsmlg2(write_newsml(article, WriterOptions()), ReaderOptions())
    assert back.guid == "urn:newsml:newsroom.example:20221109:000_bd3756564a4685f9"
    assert back.dateline is not None
    assert (back.dateline.text, back.dateline.place, back.dateline.country) == (
        "Wuzhen, November 9th",
        "Wuzhen",
        "CN",
    )
    assert [b.name for b in back.bylines] == ["Wang Yifei", "Zhang Yuhuan"]
    assert back.agency == "China News Service"


def test_a_re_read_item_keeps_its_guid_under_another_domain() -> None:
    """The guid travels with the item: re-writing under another domain does not re-mint it."""
    article = _article(SEEDS / "000_bd3756564a4685f9.txt")
    first = write_newsml(article, WriterOptions())
    again = write_newsml(
        read_newsmlg2(first, ReaderOptions()), replace(WriterOptions(), domain="other.example")
    )
    assert b'guid="urn:newsml:newsroom.example:20221109:000_bd3756564a4685f9"' in again
