"""ninjs 3.1, 2.2 and 1.6 against the official schemas, format checks on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.errors import UnknownFormatError
from toolkit.model import Article
from toolkit.validation.outputs import check_ninjs
from toolkit.writers import EXTENSIONS, WRITERS, WriterOptions
from toolkit.writers.ninjs import write_ninjs

GUID = "urn:newsml:newsroom.example:20250303:port-ellis-strike"
HTML_QUOTE = (
    '<p>"<q data-quote-source="Tomas Reyes">We will not move until the offer is fair,</q>" '
    "said Tomas Reyes, general secretary of the Harbour Workers Union.</p>"
)


def write(article: Article, version: str) -> dict[str, object]:
    document: dict[str, object] = json.loads(
        write_ninjs(article, WriterOptions(ninjs_version=version))
    )
    return document


def test_registered() -> None:
    assert WRITERS["ninjs"] is write_ninjs
    assert EXTENSIONS["ninjs"] == ".ninjs.json"


@pytest.mark.parametrize("version", ["3.1", "2.2", "1.6"])
def test_validates(version: str, hand: Article, bare: Article, standards_dir: Path) -> None:
    for article in (hand, bare):
        check_ninjs(
            write_ninjs(article, WriterOptions(ninjs_version=version)), version, standards_dir
        )


def test_3_1(hand: Article) -> None:
    doc = write(hand, "3.1")
    assert doc["uri"] == GUID
    assert doc["standard"] == {
        "name": "ninjs",
        "version": "3.1",
        "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
    }
    assert doc["headlines"] == [{"role": "main", "value": "Port Ellis dockers strike over pay"}]
    assert doc["by"] == "Ana Silva and Li Wen"
    assert doc["located"] == "Port Ellis"
    assert (doc["versionCreated"], doc["contentCreated"]) == (
        "2025-03-03T00:00:00Z",
        "2025-03-03T00:00:00Z",
    )
    assert doc["infoSources"] == [{"name": "Example Wire"}]
    assert doc["descriptions"] == [
        {
            "role": "summary",
            "contentType": "text/plain",
            "value": "Dock workers at the Port Ellis container terminal walked out on Monday "
            "over a pay dispute.",
        }
    ]
    bodies = doc["bodies"]
    assert isinstance(bodies, list)
    assert bodies[0]["contentType"] == "text/plain"
    assert bodies[0]["wordCount"] == 46
    assert HTML_QUOTE in bodies[1]["value"]


def test_2_2_is_lower_case(hand: Article) -> None:
    doc = write(hand, "2.2")
    assert doc["versioncreated"] == "2025-03-03T00:00:00Z"
    assert doc["infosources"] == [{"name": "Example Wire"}]
    assert "versionCreated" not in doc


def test_1_6_is_singular(hand: Article) -> None:
    doc = write(hand, "1.6")
    assert doc["headline"] == "Port Ellis dockers strike over pay"
    assert doc["byline"] == "Ana Silva and Li Wen"
    assert doc["person"] == [{"name": "Tomas Reyes"}]
    assert doc["$standard"]["version"] == "1.6"  # type: ignore[index]
    assert HTML_QUOTE in str(doc["body_html"])


def test_no_headline_without_a_real_one(bare: Article) -> None:
    assert "headlines" not in write(bare, "3.1")
    assert "headline" not in write(bare, "1.6")


def test_unknown_version(hand: Article) -> None:
    with pytest.raises(
        UnknownFormatError, match=r"unknown ninjs version '4.0'; known: 1.6, 2.2, 3.1"
    ):
        write_ninjs(hand, WriterOptions(ninjs_version="4.0"))
