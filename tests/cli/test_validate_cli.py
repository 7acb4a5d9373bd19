"""`toolkit validate` as users run it: lines, exit statuses, JSON output, folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import cli

FIXTURES = Path(__file__).resolve().parent.parent / "validate" / "fixtures"
ITEM = FIXTURES / "harbour_item.xml"
NINJS = FIXTURES / "harbour_ninjs.json"


def run(standards_dir: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["validate", "--schema-dir", str(standards_dir), *args])
    return result.exit_code, result.stdout, result.stderr


def test_valid_documents_exit_0(standards_dir: Path) -> None:
    code, out, err = run(standards_dir, str(ITEM), str(NINJS))
    assert (code, out, err) == (0, "", "2 documents: 2 valid, 0 invalid, 0 unreadable\n")


def test_invalid_xml_gives_path_line_col_code_message(standards_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "item.xml"
    bad.write_text(ITEM.read_text().replace('    <itemClass qcode="ninat:text"/>\n', ""))
    code, out, _ = run(standards_dir, str(bad))
    assert code == 1
    assert out == (
        f"{bad}:5:5: V100 Element '{{http://iptc.org/std/nar/2006-10-01/}}provider': This element"
        " is not expected. Expected is ( {http://iptc.org/std/nar/2006-10-01/}itemClass ).\n"
    )


def test_semantic_problem_line(standards_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "item.xml"
    bad.write_text(ITEM.read_text().replace("2025-01-20T14:05:00Z", "2025-01-20T14:05:00"))
    line = (
        f"{bad}:7:5: V201 versionCreated '2025-01-20T14:05:00' has no time zone"
        " (add Z or an offset such as +01:00)\n"
    )
    code, out, err = run(standards_dir, str(bad))
    summary = "1 documents: 1 valid, 0 invalid, 0 unreadable, 1 warning\n"
    assert (code, out, err) == (0, line, summary)
    code, out, err = run(standards_dir, "--strict", str(bad))
    assert (code, out, err) == (1, line, "1 documents: 0 valid, 1 invalid, 0 unreadable\n")


def test_invalid_json_shows_best_match(standards_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "story.json"
    document = json.loads(NINJS.read_text())
    document["headlines"][0]["value"] = 7
    document["urgency"] = 0
    bad.write_text(json.dumps(document))
    code, out, _ = run(standards_dir, str(bad))
    assert code == 1
    # best_match prefers the error nearest the root of the document.
    assert out.splitlines() == [
        f"{bad}: $.urgency: 0 is less than the minimum of 1",
        f"{bad}: 1 more problem (--format json lists all)",
    ]


def test_json_format_lists_every_finding(standards_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "story.json"
    document = json.loads(NINJS.read_text())
    document["urgency"] = 0
    document["versionCreated"] = "2025-01-20T14:05:00"
    bad.write_text(json.dumps(document))
    code, out, _ = run(standards_dir, "--format", "json", str(bad))
    assert code == 1
    report = json.loads(out)
    assert report == {
        "documents": [
            {
                "path": str(bad),
                "kind": "ninjs@3.1",
                "valid": False,
                "findings": [
                    {
                        "code": "V100",
                        "severity": "error",
                        "message": "0 is less than the minimum of 1",
                        "json_path": "$.urgency",
                    },
                    {
                        "code": "V101",
                        "severity": "warning",
                        "message": "'2025-01-20T14:05:00' is not a 'date-time'",
                        "json_path": "$.versionCreated",
                    },
                    {
                        "code": "V201",
                        "severity": "warning",
                        "message": "'2025-01-20T14:05:00' has no time zone",
                        "json_path": "$.versionCreated",
                    },
                ],
            }
        ]
    }


def test_missing_file_exits_2(standards_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.xml"
    code, out, err = run(standards_dir, str(ITEM), str(missing))
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        f"{missing}: no such file or directory",
        "2 documents: 1 valid, 0 invalid, 1 unreadable",
    ]


def test_not_xml_or_json_exits_2(standards_dir: Path, tmp_path: Path) -> None:
    text = tmp_path / "story.xml"
    text.write_text("PORT AVELIN, Jan 20 - Harbour pilots stopped work.\n")
    code, _, err = run(standards_dir, str(text))
    assert (code, err.splitlines()[0]) == (2, f"{text}: not an XML or JSON document")


def test_folders_recurse_and_skip_other_files(standards_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "item.xml").write_bytes(ITEM.read_bytes())
    (tmp_path / "a" / "story.json").write_bytes(NINJS.read_bytes())
    (tmp_path / "a" / "notes.txt").write_text("not a document")
    code, _, err = run(standards_dir, str(tmp_path))
    assert (code, err) == (0, "2 documents: 2 valid, 0 invalid, 0 unreadable\n")


def test_kind_overrides_detection(standards_dir: Path) -> None:
    code, out, _ = run(standards_dir, "--kind", "ninjs@2.2", str(NINJS))
    assert code == 1
    assert out.splitlines()[0].startswith(f"{NINJS}: $: Unevaluated properties are not allowed")


def test_kind_of_the_wrong_syntax_is_unreadable(standards_dir: Path) -> None:
    code, _, err = run(standards_dir, "--kind", "newsml", str(NINJS))
    assert (code, err.splitlines()[0]) == (
        2,
        f"{NINJS}: kind newsml needs a XML document, this is JSON",
    )


@pytest.mark.parametrize("kind", ["ninjs@9.9", "docx"])
def test_unknown_kind_is_a_usage_error(standards_dir: Path, kind: str) -> None:
    code, _, err = run(standards_dir, "--kind", kind, str(NINJS))
    assert code == 2
    assert f"unknown document kind '{kind}'" in err


def test_missing_schema_folder_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["validate", "--schema-dir", str(tmp_path / "none"), str(ITEM)]
    )
    assert result.exit_code == 2
    assert f"schema folder {tmp_path / 'none'} (--schema-dir) does not exist" in result.stderr


def test_formats_warn_by_default_fail_with_strict_and_go_with_no_format_checks(
    standards_dir: Path, tmp_path: Path
) -> None:
    """IPTC's runners do not assert "format": a ninjs 1.x uri like "story-1" is valid."""
    story = tmp_path / "story.json"
    story.write_text('{"uri": "story-1", "headline": "Harbour", "versioncreated": "Tuesday"}')
    warnings = [
        f"{story}: $.uri: V101 'story-1' is not a 'uri'",
        f"{story}: $.versioncreated: V101 'Tuesday' is not a 'date-time'",
    ]
    code, out, err = run(standards_dir, str(story))
    assert (code, out.splitlines()) == (0, warnings)
    assert err == "1 documents: 1 valid, 0 invalid, 0 unreadable, 2 warnings\n"
    code, out, err = run(standards_dir, "--strict", str(story))
    assert (code, out.splitlines()) == (1, warnings)
    code, out, err = run(standards_dir, "--no-format-checks", str(story))
    assert (code, out, err) == (0, "", "1 documents: 1 valid, 0 invalid, 0 unreadable\n")


def test_malformed_json_is_invalid_not_unreadable(standards_dir: Path, tmp_path: Path) -> None:
    story = tmp_path / "story.json"
    story.write_text('{"uri": "urn:x:y",\n  "headline": "a\nb"}')
    code, out, err = run(standards_dir, str(story))
    assert (code, err) == (1, "1 documents: 0 valid, 1 invalid, 0 unreadable\n")
    assert out == f"{story}: V001 not JSON: Invalid control character at line 2 column 17\n"


def test_a_not_well_formed_message_is_one_line(tmp_path: Path) -> None:
    # UTF-16 without a byte order mark: libxml2's message ends in a newline of its own
    path = tmp_path / "u16.xml"
    path.write_bytes("<nitf></nitf>".encode("utf-16-le"))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    # libxml2's wording varies by version ("Invalid character: Char 0x0 ..." or "Char 0x0 ...")
    assert result.stdout.startswith(f"{path}:1:2: V001 not well-formed XML: ")
    assert result.stdout.endswith("Char 0x0 out of allowed range\n")
    assert result.stdout.count("\n") == 1
