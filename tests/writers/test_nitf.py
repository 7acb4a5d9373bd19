"""Standalone NITF 3.6."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lxml import etree

from toolkit.model import Article, Dateline
from toolkit.validation.outputs import check_xml
from toolkit.writers import EXTENSIONS, WRITERS, WriterOptions
from toolkit.writers.nitf import write_nitf

NITF = "{http://iptc.org/std/NITF/2006-10-18/}"
OPTIONS = WriterOptions()


def test_registered() -> None:
    assert WRITERS["nitf"] is write_nitf
    assert EXTENSIONS["nitf"] == ".nitf.xml"


def test_validates(hand: Article, bare: Article, standards_dir: Path) -> None:
    check_xml(write_nitf(hand, OPTIONS), "nitf", standards_dir)
    check_xml(write_nitf(bare, OPTIONS), "nitf", standards_dir)


def test_head(hand: Article) -> None:
    root = etree.fromstring(write_nitf(hand, OPTIONS))
    assert root.tag == f"{NITF}nitf"
    assert root.get("version") == "-//IPTC//DTD NITF 3.6//EN"
    head = root.find(f"{NITF}head")
    assert head.findtext(f"{NITF}title") == "Port Ellis dockers strike over pay"
    docdata = head.find(f"{NITF}docdata")
    assert docdata.find(f"{NITF}doc-id").get("id-string") == (
        "urn:newsml:newsroom.example:20250303:port-ellis-strike"
    )
    assert docdata.find(f"{NITF}date.issue").get("norm") == "20250303T000000+0000"
    person = docdata.find(f"{NITF}identified-content/{NITF}person")
    assert person.text == "Tomas Reyes"
    assert person.findtext(f"{NITF}function") == "general secretary of the Harbour Workers Union"
    city = docdata.find(f"{NITF}identified-content/{NITF}location")
    assert city.findtext(f"{NITF}city") == "Port Ellis"
    assert city.find(f"{NITF}country").get("iso-cc") == "GB"


def test_body(hand: Article) -> None:
    body = etree.fromstring(write_nitf(hand, OPTIONS)).find(f"{NITF}body")
    head = body.find(f"{NITF}body.head")
    assert [p.text for p in head.findall(f"{NITF}byline/{NITF}person")] == ["Ana Silva", "Li Wen"]
    assert "".join(head.find(f"{NITF}byline").itertext()).strip() == "Ana Silva and Li Wen"
    assert head.findtext(f"{NITF}distributor/{NITF}org") == "Example Wire"
    assert "".join(head.find(f"{NITF}dateline").itertext()) == "Port Ellis, March 3rd"
    quote = body.find(f".//{NITF}q")
    assert quote.get("quote-source") == "Tomas Reyes"
    assert quote.tail == '" said Tomas Reyes, general secretary of the Harbour Workers Union.'


def test_derived_headline_only_as_title(bare: Article) -> None:
    root = etree.fromstring(write_nitf(bare, OPTIONS))
    assert root.findtext(f"{NITF}head/{NITF}title") == "Short note without any dateline"
    assert root.find(f".//{NITF}hedline") is None


def test_blank_dateline_leaves_no_empty_element(hand: Article) -> None:
    blank = Dateline("  ", None, None, None, None, None, None, None)
    root = etree.fromstring(write_nitf(dataclasses.replace(hand, dateline=blank), OPTIONS))
    assert root.find(f".//{NITF}dateline") is None
