"""The checks the schemas miss (V2xx), each at its exact line and column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.findings import Severity
from toolkit.validation import validate_document
from toolkit.validation.semantics import lacks_zone

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ITEM = (FIXTURES / "harbour_item.xml").read_text()
NINJS = json.loads((FIXTURES / "harbour_ninjs.json").read_text())


def findings(standards_dir: Path, text: str) -> list[tuple[str, int | None, int | None, str]]:
    result = validate_document(text.encode(), "item.xml", None, standards_dir)
    return [(f.code, f.line, f.column, f.message) for f in result.findings]


def test_fixture_is_valid(standards_dir: Path) -> None:
    result = validate_document(ITEM.encode(), "item.xml", None, standards_dir)
    assert (result.kind, result.findings) == ("newsml", ())


def test_undeclared_alias(standards_dir: Path) -> None:
    text = ITEM.replace('type="cpnat:person" literal="Tomas', 'type="xyzp:person" literal="Tomas')
    assert findings(standards_dir, text) == [
        (
            "V200",
            19,
            5,
            "QCode alias 'xyzp' (type=\"xyzp:person\") is not declared in the referenced "
            "catalog catalog.IPTC-G2-Standards_41.xml",
        )
    ]


def test_alias_declared_in_an_embedded_catalog(standards_dir: Path) -> None:
    text = ITEM.replace(
        'type="cpnat:person" literal="Tomas', 'type="xyzp:person" literal="Tomas'
    ).replace(
        "  <itemMeta>",
        '  <catalog><scheme alias="xyzp" uri="https://newsroom.example/cv/xyzp/"/></catalog>\n'
        "  <itemMeta>",
    )
    assert findings(standards_dir, text) == []


def test_unavailable_catalog_is_info_only(standards_dir: Path) -> None:
    text = ITEM.replace("Standards_41.xml", "Standards_27.xml")
    result = validate_document(text.encode(), "item.xml", None, standards_dir)
    assert result.valid is True
    assert [(f.code, f.severity, f.line, f.column, f.message) for f in result.findings] == [
        (
            "V204",
            Severity.INFO,
            3,
            3,
            "catalog catalog.IPTC-G2-Standards_27.xml is not in the schema folder; "
            "QCode aliases not checked",
        )
    ]


@pytest.mark.parametrize(
    ("old", "new", "line", "name"),
    [
        ("2025-01-20T14:05:00Z", "2025-01-20T14:05:00", 7, "versionCreated"),
        (
            "<contentCreated>2025-01-20<",
            "<contentCreated>2025-01-20T09:30:00<",
            11,
            "contentCreated",
        ),
    ],
)
def test_timestamp_without_zone(
    standards_dir: Path, old: str, new: str, line: int, name: str
) -> None:
    value = new.strip("<").split(">")[-1] if new.startswith("<") else new
    assert findings(standards_dir, ITEM.replace(old, new)) == [
        (
            "V201",
            line,
            5,
            f"{name} '{value}' has no time zone (add Z or an offset such as +01:00)",
        )
    ]


def test_date_without_time_needs_no_zone(standards_dir: Path) -> None:
    assert "<contentCreated>2025-01-20</contentCreated>" in ITEM
    assert findings(standards_dir, ITEM) == []


def test_nitf_norm_without_zone(standards_dir: Path) -> None:
    text = ITEM.replace('norm="20250120T000000+0000"', 'norm="20250120T000000"')
    assert findings(standards_dir, text) == [
        ("V201", 37, 70, "story.date/@norm '20250120T000000' has no time zone")
    ]


def test_language_mismatch(standards_dir: Path) -> None:
    text = ITEM.replace('<language tag="en"/>', '<language tag="fr"/>')
    assert findings(standards_dir, text) == [
        ("V202", 18, 5, "language tag 'fr' disagrees with the item's xml:lang 'en'")
    ]


def test_language_subtag_agrees(standards_dir: Path) -> None:
    assert (
        findings(standards_dir, ITEM.replace('<language tag="en"/>', '<language tag="en-GB"/>'))
        == []
    )


def test_empty_headlines(standards_dir: Path) -> None:
    text = ITEM.replace(
        "<headline>Harbour pilots walk out over night shifts</headline>", "<headline> </headline>"
    ).replace("<hl1>Harbour pilots walk out over night shifts</hl1>", "<hl1/>")
    assert findings(standards_dir, text) == [
        ("V203", 22, 5, "headline is empty (omit it when the story has no headline)"),
        ("V203", 34, 22, "hl1 is empty (omit it when the story has no headline)"),
    ]


def test_nitf_inside_inline_xml_is_schema_checked(standards_dir: Path) -> None:
    text = ITEM.replace("<body.content>", "<body.content><bogus/>")
    [(code, line, column, message)] = findings(standards_dir, text)
    assert (code, line, column) == ("V100", 39, 25)
    assert message.startswith(
        "Element '{http://iptc.org/std/NITF/2006-10-18/}bogus': This element is not expected. "
        "Expected is one of ( {http://iptc.org/std/NITF/2006-10-18/}p, "
    )


def test_semantic_checks_can_be_turned_off(standards_dir: Path) -> None:
    text = ITEM.replace('<language tag="en"/>', '<language tag="fr"/>')
    result = validate_document(
        text.encode(), "item.xml", None, standards_dir, semantic_checks=False
    )
    assert result.findings == ()


def _ninjs(standards_dir: Path, document: object) -> list[tuple[str, str | None, str]]:
    result = validate_document(json.dumps(document).encode(), "s.json", None, standards_dir)
    return [(f.code, f.json_path, f.message) for f in result.findings]


def test_ninjs_timezone_and_empty_headline(standards_dir: Path) -> None:
    document = dict(NINJS, contentCreated="2025-01-20T00:00:00")
    document["headlines"] = [{"role": "main", "value": "  "}]
    assert _ninjs(standards_dir, document) == [
        ("V101", "$.contentCreated", "'2025-01-20T00:00:00' is not a 'date-time'"),
        ("V201", "$.contentCreated", "'2025-01-20T00:00:00' has no time zone"),
        ("V203", "$.headlines[0].value", "headline is empty"),
    ]


def test_ninjs_1x_headline(standards_dir: Path) -> None:
    document = {"uri": "urn:newsml:newsroom.example:20250120:harbour", "headline": ""}
    document["$standard"] = {"name": "ninjs", "version": "1.6"}
    assert _ninjs(standards_dir, document) == [("V203", "$.headline", "headline is empty")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-20T14:05:00Z", False),
        ("2025-01-20T14:05:00+01:00", False),
        ("20250120T140500+0000", False),
        ("2025-01-20", False),
        ("2025-01-20T14:05:00", True),
        ("20250120T140500", True),
        ("2025-01-20 14:05", True),
    ],
)
def test_lacks_zone(value: str, expected: bool) -> None:
    assert lacks_zone(value) is expected


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:newsml:newsroom.example:feed</id>
  <title>Harbour news</title>
  <updated>2025-01-20T14:05:00</updated>
  <entry>
    <id>urn:newsml:newsroom.example:20250120:harbour-strike</id>
    <title>Harbour pilots walk out</title>
    <updated>2025-01-20T14:05:00Z</updated>
  </entry>
</feed>
"""


def test_atom_rules_relax_ng_cannot_express(standards_dir: Path) -> None:
    result = validate_document(ATOM.encode(), "feed.atom", None, standards_dir)
    assert result.kind == "atom"
    assert [(f.code, f.line, f.column, f.message) for f in result.findings] == [
        (
            "V201",
            5,
            3,
            "updated '2025-01-20T14:05:00' has no time zone (add Z or an offset such as +01:00)",
        ),
        ("V205", 6, 3, "entry has no author and neither has the feed"),
        ("V206", 6, 3, 'entry has neither content nor a link rel="alternate"'),
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('type="cpnat:person" literal="Tomas', "type='xyzp:person' literal=\"Tomas"),
        ('type="cpnat:person" literal="Tomas', 'type="&#120;yzp:person" literal="Tomas'),
        ('type="cpnat:person" literal="Tomas', 'type = "xyzp:person" literal="Tomas'),
    ],
    ids=["single-quoted", "character-reference", "spaced"],
)
def test_undeclared_alias_however_written(standards_dir: Path, old: str, new: str) -> None:
    result = validate_document(ITEM.replace(old, new).encode(), "item.xml", None, standards_dir)
    assert [(f.code, f.line, f.match) for f in result.findings] == [("V200", 19, "xyzp")]


def test_undeclared_alias_in_utf16(standards_dir: Path) -> None:
    text = ITEM.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace(
        'type="cpnat:person" literal="Tomas', 'type="xyzp:person" literal="Tomas'
    )
    result = validate_document(text.encode("utf-16"), "item.xml", None, standards_dir)
    assert [(f.code, f.line, f.column, f.match) for f in result.findings] == [
        ("V200", 19, 5, "xyzp")
    ]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <link>https://newsroom.example/</link>
    <item>
      <link>https://newsroom.example/harbour-strike</link>
    </item>
    <item>
      <description>Harbour pilots in Port Avelin stopped work on Monday.</description>
    </item>
  </channel>
</rss>
"""


REQUIRED = "RSS 2.0 requires title, link and description"


def test_rss_channel_and_item_elements_rss_2_requires(standards_dir: Path) -> None:
    result = validate_document(RSS.encode(), "feed.rss", None, standards_dir)
    assert (result.kind, result.valid) == ("rss", False)
    assert [(f.code, f.line, f.column, f.message) for f in result.findings] == [
        ("V208", 3, 3, f"channel has no <description> ({REQUIRED})"),
        ("V208", 3, 3, f"channel has no <title> ({REQUIRED})"),
        ("V209", 5, 5, "item has neither <title> nor <description> (RSS 2.0 requires one)"),
    ]
