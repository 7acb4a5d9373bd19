"""Every seed and corpus article, read by the text reader, gives valid output in every format.

Written against the reader's contract, so they hold for the stub and for the full reader.
"""

from __future__ import annotations

from pathlib import Path

import NewsMLG2
import pytest
from lxml import etree

from toolkit.model import Article
from toolkit.readers import ReaderOptions, read_text
from toolkit.validation.outputs import check_ninjs, check_record, check_xml
from toolkit.writers import WriterOptions
from toolkit.writers.newsmlg2 import write_newsml
from toolkit.writers.ninjs import write_ninjs
from toolkit.writers.nitf import write_nitf
from toolkit.writers.record import record_dict, write_record

OPTIONS = WriterOptions()


def read_inputs(paths: list[Path]) -> list[Article]:
    return [read_text(p.read_bytes(), ReaderOptions(source_path=str(p))) for p in paths]


def check_all(paths: list[Path], standards_dir: Path) -> None:
    assert paths
    for article in read_inputs(paths):
        record = record_dict(article, OPTIONS)
        check_record(record)
        assert write_record(article, OPTIONS) == write_record(article, OPTIONS)
        newsml = write_newsml(article, OPTIONS)
        check_xml(newsml, "newsml", standards_dir)
        assert newsml == write_newsml(article, OPTIONS)
        check_xml(write_nitf(article, OPTIONS), "nitf", standards_dir)
        for version in ("3.1", "2.2", "1.6"):
            data = write_ninjs(article, WriterOptions(ninjs_version=version))
            check_ninjs(data, version, standards_dir)


def test_seeds(seed_files: list[Path], standards_dir: Path) -> None:
    check_all(seed_files, standards_dir)


@pytest.mark.corpus
def test_corpus(corpus_files: list[Path], standards_dir: Path) -> None:
    check_all(corpus_files, standards_dir)


@pytest.mark.filterwarnings("ignore")
def test_iptc_reader_reads_the_seed(seed_files: list[Path]) -> None:
    article = read_inputs(seed_files[:1])[0]
    item = NewsMLG2.NewsMLG2Document(filename_or_string=write_newsml(article, OPTIONS)).get_item()
    meta = item.contentmeta
    assert item.guid == record_dict(article, OPTIONS)["guid"]
    expected_headline = article.headline.text if article.headline else ""
    assert str(meta.headline or "") == expected_headline
    expected_dateline = [article.dateline.text] if article.dateline else []
    assert [str(d) for d in meta.dateline] == expected_dateline
    assert [str(c.name) for c in meta.creator] == [b.name for b in article.bylines]


def test_seed_key_values(seed_files: list[Path]) -> None:
    nar, nitf = "{http://iptc.org/std/nar/2006-10-01/}", "{http://iptc.org/std/NITF/2006-10-18/}"
    article = read_inputs([p for p in seed_files if p.name == "000_bd3756564a4685f9.txt"])[0]
    root = etree.fromstring(write_newsml(article, OPTIONS))
    assert root.get("guid") == "urn:newsml:newsroom.example:20221109:000_bd3756564a4685f9"
    assert root.findtext(f"{nar}itemMeta/{nar}versionCreated") == "2022-11-09T00:00:00Z"
    meta = root.find(f"{nar}contentMeta")
    assert meta.findtext(f"{nar}contentCreated") == "2022-11-09"
    assert meta.find(f"{nar}located").get("literal") == "Wuzhen"
    assert meta.find(f"{nar}located/{nar}broader").get("qcode") == "iso3166-1a2:CN"
    assert meta.find(f"{nar}infoSource").get("literal") == "China News Service"
    assert [c.get("literal") for c in meta.findall(f"{nar}creator")] == [
        "Wang Yifei",
        "Zhang Yuhuan",
    ]
    assert meta.find(f"{nar}headline") is None  # the seed has no headline; none is made up
    assert [q.get("quote-source") for q in root.iter(f"{nitf}q")] == ["Moin Haq", "Hisham Farouk"]
    notes = {a.get("literal"): a.findtext(f"{nar}note") for a in root.iter(f"{nar}assert")}
    assert notes["Moin Haq"] == "Pakistan's ambassador to China"
