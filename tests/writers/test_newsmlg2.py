"""NewsML-G2 2.35 with inline NITF: validation, exact key elements, IPTC's reader, catalog."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import NewsMLG2
import pytest
from lxml import etree

from toolkit.model import Article
from toolkit.validation.outputs import check_xml
from toolkit.writers import EXTENSIONS, WRITERS, WriterOptions
from toolkit.writers.newsmlg2 import QCODE_ALIASES, write_newsml

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
NITF = "{http://iptc.org/std/NITF/2006-10-18/}"
OPTIONS = WriterOptions()


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def test_registered() -> None:
    assert WRITERS["newsml"] is write_newsml
    assert EXTENSIONS["newsml"] == ".xml"


def test_validates_with_nitf_driver(hand: Article, bare: Article, standards_dir: Path) -> None:
    check_xml(write_newsml(hand, OPTIONS), "newsml", standards_dir)
    check_xml(write_newsml(bare, OPTIONS), "newsml", standards_dir)


def test_root_and_item_meta(hand: Article) -> None:
    root = parse(write_newsml(hand, OPTIONS))
    assert root.get("guid") == "urn:newsml:newsroom.example:20250303:port-ellis-strike"
    assert root.get("version") == "1"
    assert root.get("standardversion") == "2.35"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert root.find(f"{NAR}catalogRef").get("href") == (
        "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
    )
    meta = root.find(f"{NAR}itemMeta")
    assert [child.tag.removeprefix(NAR) for child in meta] == [
        "itemClass",
        "provider",
        "versionCreated",
        "firstCreated",
        "pubStatus",
        "generator",
    ]
    assert meta.findtext(f"{NAR}versionCreated") == "2025-03-03T00:00:00Z"
    assert meta.find(f"{NAR}generator").get("versioninfo") == "0.1.0"


def test_source_date_epoch_overrides_the_date(hand: Article) -> None:
    root = parse(write_newsml(hand, WriterOptions(source_date_epoch=1741000000)))
    assert root.findtext(f"{NAR}itemMeta/{NAR}versionCreated") == "2025-03-03T11:06:40Z"


def test_content_meta(hand: Article) -> None:
    meta = parse(write_newsml(hand, OPTIONS)).find(f"{NAR}contentMeta")
    assert meta.findtext(f"{NAR}contentCreated") == "2025-03-03"
    located = meta.find(f"{NAR}located")
    assert (located.get("type"), located.get("literal")) == ("cpnat:geoArea", "Port Ellis")
    assert located.find(f"{NAR}broader").get("qcode") == "iso3166-1a2:GB"
    assert [c.findtext(f"{NAR}name") for c in meta.findall(f"{NAR}creator")] == [
        "Ana Silva",
        "Li Wen",
    ]
    assert {c.get("type") for c in meta.findall(f"{NAR}creator")} == {"cpnat:person"}
    assert meta.find(f"{NAR}infoSource").get("literal") == "Example Wire"
    assert meta.find(f"{NAR}language").get("tag") == "en"
    assert [(s.get("type"), s.get("literal")) for s in meta.findall(f"{NAR}subject")] == [
        ("cpnat:person", "Tomas Reyes"),
        ("cpnat:organisation", "Harbour Workers Union"),
        ("cpnat:organisation", "Port Ellis Authority"),
        ("cpnat:geoArea", "Port Ellis"),
        ("cpnat:geoArea", "Valdora"),
    ]
    assert meta.findtext(f"{NAR}headline") == "Port Ellis dockers strike over pay"
    assert meta.findtext(f"{NAR}dateline") == "Port Ellis, March 3rd"
    assert meta.findtext(f"{NAR}by") == "Ana Silva and Li Wen"
    description = meta.find(f"{NAR}description")
    assert description.get("role") == "drol:summary"
    assert description.text.startswith("Dock workers at the Port Ellis")


def test_assert_carries_the_title(hand: Article) -> None:
    root = parse(write_newsml(hand, OPTIONS))
    assertion = root.find(f"{NAR}assert")
    assert assertion.get("literal") == "Tomas Reyes"
    assert assertion.findtext(f"{NAR}note") == "general secretary of the Harbour Workers Union"


def test_inline_nitf_in_its_namespace_with_quotes(hand: Article) -> None:
    inline = parse(write_newsml(hand, OPTIONS)).find(f"{NAR}contentSet/{NAR}inlineXML")
    assert inline.get("contenttype") == "application/nitf+xml"
    assert inline[0].tag == f"{NITF}nitf"
    body = inline[0].find(f"{NITF}body")
    assert body.findtext(f"{NITF}body.head/{NITF}hedline/{NITF}hl1") == (
        "Port Ellis dockers strike over pay"
    )
    assert body.find(f".//{NITF}story.date").get("norm") == "20250303T000000+0000"
    quotes = body.findall(f".//{NITF}q")
    assert [(q.get("quote-source"), q.text) for q in quotes] == [
        ("Tomas Reyes", "We will not move until the offer is fair,")
    ]
    paragraphs = body.findall(f"{NITF}body.content/{NITF}p")
    assert ["".join(p.itertext()) for p in paragraphs] == [p.text for p in hand.paragraphs]


def test_no_headline_element_without_a_real_headline(bare: Article) -> None:
    root = parse(write_newsml(bare, OPTIONS))
    assert root.find(f".//{NAR}headline") is None
    assert root.find(f".//{NITF}hedline") is None
    assert root.find(f".//{NAR}contentCreated") is None


def test_aliases_declared_in_catalog_v41(hand: Article, standards_dir: Path) -> None:
    catalog = etree.parse(
        str(standards_dir / "newsml-g2/catalogs/catalog.IPTC-G2-Standards_41.xml")
    )
    declared = {scheme.get("alias") for scheme in catalog.iter(f"{NAR}scheme")}
    root = parse(write_newsml(hand, OPTIONS))
    used = {
        value.partition(":")[0]
        for element in root.iter()
        for name in ("qcode", "type", "role")
        if (value := element.get(name)) and ":" in value and element.tag.startswith(NAR)
    }
    assert used == set(QCODE_ALIASES)
    assert used <= declared


def test_control_characters_stripped(hand: Article, standards_dir: Path) -> None:
    dirty = dataclasses.replace(hand.paragraphs[0], text="Dock\x01 workers\x0c walked\ufffe out.")
    article = dataclasses.replace(hand, paragraphs=(dirty, *hand.paragraphs[1:]))
    data = write_newsml(article, OPTIONS)
    check_xml(data, "newsml", standards_dir)
    assert parse(data).find(f".//{NITF}p").text == "Dock workers walked out."


def test_deterministic(hand: Article) -> None:
    assert write_newsml(hand, OPTIONS) == write_newsml(hand, OPTIONS)
    assert write_newsml(hand, OPTIONS).startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")


@pytest.mark.filterwarnings("ignore")
def test_iptc_reader_reads_it_back(hand: Article) -> None:
    item = NewsMLG2.NewsMLG2Document(filename_or_string=write_newsml(hand, OPTIONS)).get_item()
    assert item.guid == "urn:newsml:newsroom.example:20250303:port-ellis-strike"
    meta = item.contentmeta
    assert str(meta.headline) == "Port Ellis dockers strike over pay"
    assert str(meta.dateline[0]) == "Port Ellis, March 3rd"
    assert [str(creator.name) for creator in meta.creator] == ["Ana Silva", "Li Wen"]
