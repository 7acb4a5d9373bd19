"""Each document kind is detected and validated against its own schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import STANDARDS
from toolkit.errors import InputError
from toolkit.validation import validate_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("harbour_item.xml", "newsml"),
        ("harbour_ninjs.json", "ninjs@3.1"),
        ("harbour_feed.rss", "rss"),
        ("harbour_feed.atom", "atom"),
        ("harbour_feed.json", "jsonfeed"),
    ],
)
def test_valid_fixtures(standards_dir: Path, name: str, kind: str) -> None:
    result = validate_document((FIXTURES / name).read_bytes(), name, None, standards_dir)
    assert (result.kind, result.findings, result.valid) == (kind, (), True)


def test_rss_with_a_lower_case_day_name(standards_dir: Path) -> None:
    data = (FIXTURES / "harbour_feed.rss").read_text().replace("Mon, 20 Jan", "mon, 20 Jan")
    result = validate_document(data.encode(), "feed.rss", None, standards_dir)
    assert [(f.code, f.line, f.column) for f in result.findings] == [("V100", 12, 7)]
    assert result.findings[0].message.startswith(
        "Element 'pubDate': [facet 'pattern'] The value 'mon, 20 Jan 2025 14:05:00 +0000' is not"
    )


def test_json_feed_item_without_content(standards_dir: Path) -> None:
    document = json.loads((FIXTURES / "harbour_feed.json").read_text())
    del document["items"][0]["content_text"]
    result = validate_document(json.dumps(document).encode(), "feed.json", None, standards_dir)
    assert result.valid is False
    assert result.best is not None
    assert result.best.json_path == "$.items[0]"


def test_standalone_nitf(standards_dir: Path) -> None:
    item = (FIXTURES / "harbour_item.xml").read_text()
    nitf = item[item.index("<nitf ") : item.index("</nitf>") + len("</nitf>")]
    result = validate_document(nitf.encode(), "story.xml", None, standards_dir)
    assert (result.kind, result.findings) == ("nitf", ())
    bad = nitf.replace('norm="20250120T000000+0000"', 'norm="20250120T000000"')
    result = validate_document(bad.encode(), "story.xml", None, standards_dir)
    assert [(f.code, f.line, f.column) for f in result.findings] == [("V201", 7, 70)]


def test_record_needs_no_schema_folder(tmp_path: Path) -> None:
    from toolkit.readers import ReaderOptions, read_newsmlg2
    from toolkit.writers import WriterOptions, write_record

    article = read_newsmlg2((FIXTURES / "harbour_item.xml").read_bytes(), ReaderOptions())
    data = write_record(article, WriterOptions())
    result = validate_document(data, "story.json", None, None)
    assert (result.kind, result.findings) == ("record", ())


def test_unknown_xml_root_is_invalid(standards_dir: Path) -> None:
    result = validate_document(b"<html><body/></html>", "page.xml", None, standards_dir)
    assert [(f.code, f.line, f.column, f.message) for f in result.findings] == [
        (
            "V010",
            1,
            1,
            "XML document with root element <html> of no known kind; name one with --kind",
        )
    ]


def test_json_of_no_known_kind_is_invalid(standards_dir: Path) -> None:
    result = validate_document(b'{"title": "x"}', "x.json", None, standards_dir)
    assert [(f.code, f.message) for f in result.findings] == [
        ("V010", "a JSON document of no known kind; name one with --kind")
    ]


def test_bytes_neither_xml_nor_json_are_unreadable(standards_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        validate_document(b"\x00\x01\x02 binary", "x", None, standards_dir)
    assert str(caught.value) == "not an XML or JSON document"


@pytest.mark.parametrize(
    ("data", "kind", "finding"),
    [
        (
            b"<newsItem>",
            "xml",
            ("V001", "not well-formed XML: Premature end of data in tag newsItem line 1", 1, 11),
        ),
        (
            b'{"uri": ',
            "json",
            ("V001", "not JSON: Expecting value at line 1 column 9", None, None),
        ),
    ],
)
def test_malformed_documents_are_invalid(
    standards_dir: Path, data: bytes, kind: str, finding: tuple[str, str, int | None, int | None]
) -> None:
    """IPTC's suites label a truncated document "should fail": an invalid document, exit 1."""
    result = validate_document(data, "x", None, standards_dir)
    assert (result.kind, result.valid) == (kind, False)
    assert [(f.code, f.message, f.line, f.column) for f in result.findings] == [finding]


@pytest.mark.parametrize(
    "path",
    sorted(STANDARDS.glob("feeds/jsonfeed/examples/*/*.json")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_json_feed_examples_of_both_versions(standards_dir: Path, path: Path) -> None:
    result = validate_document(path.read_bytes(), str(path), None, standards_dir)
    assert (result.kind, result.findings) == ("jsonfeed", ())
