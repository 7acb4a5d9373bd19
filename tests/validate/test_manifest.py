"""The export manifest (index.json) is a kind of its own: detected, schema-checked, and its
listed files compared with the ones beside it."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from toolkit.cli import cli
from toolkit.errors import InvalidDocumentError
from toolkit.exporting.manifest import SCHEMA_ID
from toolkit.validation import catalog, validate_document
from toolkit.validation.outputs import check_manifest, check_manifest_entry
from toolkit.validation.sniff import MANIFEST_SCHEMA, json_kind

REPO = Path(__file__).resolve().parent.parent.parent
EXPORTS = REPO / "exports"

# A small export folder, fictional: one article with two files, one feed.
FILES = {
    "articles/harbour-strike.json": b'{"id": "harbour-strike"}\n',
    "articles/harbour-strike.xml": b"<newsItem/>\n",
    "rss.xml": b'<rss version="2.0"/>\n',
}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest() -> dict[str, Any]:
    return {
        "$schema": SCHEMA_ID,
        "version": 1,
        "articles": [
            {
                "id": "harbour-strike",
                "guid": "urn:newsml:newsroom.example:20250120:harbour-strike",
                "source": "wire/harbour-strike.txt",
                "files": [
                    {"path": path, "sha256": sha(FILES[path])}
                    for path in ("articles/harbour-strike.json", "articles/harbour-strike.xml")
                ],
            }
        ],
        "feeds": [{"path": "rss.xml", "sha256": sha(FILES["rss.xml"])}],
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for relative, data in FILES.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(data)
    return tmp_path


def write(folder: Path, document: object) -> Path:
    path = folder / "index.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def run(standards_dir: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["validate", "--schema-dir", str(standards_dir), *args])
    return result.exit_code, result.stdout, result.stderr


def test_the_repository_exports_validate(standards_dir: Path) -> None:
    documents = [p for p in EXPORTS.rglob("*") if p.suffix in (".json", ".xml")]
    code, out, err = run(standards_dir, str(EXPORTS))
    n = len(documents)
    assert (code, out, err) == (0, "", f"{n} documents: {n} valid, 0 invalid, 0 unreadable\n")


def test_the_repository_manifest_is_a_manifest(standards_dir: Path) -> None:
    code, out, _ = run(standards_dir, "--format", "json", str(EXPORTS / "index.json"))
    assert code == 0
    assert json.loads(out) == {
        "documents": [
            {"path": str(EXPORTS / "index.json"), "kind": "manifest", "valid": True, "findings": []}
        ]
    }


def test_manifest_with_intact_files_is_valid(standards_dir: Path, folder: Path) -> None:
    path = write(folder, manifest())
    code, out, err = run(standards_dir, str(path))
    assert (code, out, err) == (0, "", "1 documents: 1 valid, 0 invalid, 0 unreadable\n")


def bad_sha256(document: dict[str, Any]) -> None:
    document["articles"][0]["files"][0]["sha256"] = "ABC123"


def unknown_key(document: dict[str, Any]) -> None:
    document["articles"][0]["byline"] = "Wang Yifei"


def unknown_top_key(document: dict[str, Any]) -> None:
    document["generator"] = "toolkit"


def climbing_path(document: dict[str, Any]) -> None:
    document["feeds"][0]["path"] = "../rss.xml"


def lists_itself(document: dict[str, Any]) -> None:
    document["feeds"][0]["path"] = "index.json"


def guid_not_uri(document: dict[str, Any]) -> None:
    document["articles"][0]["guid"] = "harbour strike"


def other_marker(document: dict[str, Any]) -> None:
    document["$schema"] = "https://newsroom.example/schemas/manifest/2/manifest.schema.json"


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (bad_sha256, "$.articles[0].files[0].sha256: 'ABC123' does not match '^[0-9a-f]{64}$'"),
        (
            unknown_key,
            "$.articles[0]: Additional properties are not allowed ('byline' was unexpected)",
        ),
        (unknown_top_key, "$: Additional properties are not allowed ('generator' was unexpected)"),
        (
            climbing_path,
            "$.feeds[0].path: '../rss.xml' does not match "
            "'^(?!(?:.*/)?\\\\.\\\\.?(?:/|$))[^/\\\\\\\\]+(?:/[^/\\\\\\\\]+)*$'",
        ),
        (lists_itself, "$.feeds[0].path: 'index.json' should not be valid under {'const': "
                       "'index.json'}"),
        (guid_not_uri, "$.articles[0].guid: 'harbour strike' is not a 'uri'"),
        (
            other_marker,
            "$['$schema']: 'https://newsroom.example/schemas/manifest/1/manifest.schema.json' "
            "was expected",
        ),
    ],
)  # fmt: skip
def test_schema_violation_is_one_line_and_exit_1(
    standards_dir: Path, folder: Path, change: Any, line: str
) -> None:
    document = manifest()
    change(document)
    path = write(folder, document)
    code, out, err = run(standards_dir, str(path))
    assert (code, out, err) == (
        1,
        f"{path}: {line}\n",
        "1 documents: 0 valid, 1 invalid, 0 unreadable\n",
    )


def test_missing_file_is_a_finding(standards_dir: Path, folder: Path) -> None:
    (folder / "articles/harbour-strike.xml").unlink()
    path = write(folder, manifest())
    code, out, _ = run(standards_dir, str(path))
    assert (code, out) == (
        1,
        f"{path}: $.articles[0].files[1]: V207 articles/harbour-strike.xml is missing\n",
    )


def test_changed_file_is_a_finding_with_both_digests(standards_dir: Path, folder: Path) -> None:
    (folder / "rss.xml").write_bytes(b"<rss/>\n")
    path = write(folder, manifest())
    now, listed = sha(b"<rss/>\n")[:12], sha(FILES["rss.xml"])[:12]
    code, out, _ = run(standards_dir, str(path))
    assert (code, out) == (
        1,
        f"{path}: $.feeds[0]: V207 rss.xml differs: sha256 {now}…, listed {listed}…\n",
    )


def test_every_listed_file_problem_is_in_the_json_report(standards_dir: Path, folder: Path) -> None:
    (folder / "articles/harbour-strike.json").unlink()
    (folder / "rss.xml").write_bytes(b"")
    path = write(folder, manifest())
    code, out, _ = run(standards_dir, "--format", "json", str(path))
    assert code == 1
    [report] = json.loads(out)["documents"]
    assert [(f["code"], f["json_path"], f["message"]) for f in report["findings"]] == [
        ("V207", "$.articles[0].files[0]", "articles/harbour-strike.json is missing"),
        (
            "V207",
            "$.feeds[0]",
            f"rss.xml differs: sha256 {sha(b'')[:12]}…, listed {sha(FILES['rss.xml'])[:12]}…",
        ),
    ]


def test_symlink_out_of_the_folder_is_a_finding(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (tmp_path / "secret.txt").write_bytes(FILES["rss.xml"])
    (export / "rss.xml").symlink_to(tmp_path / "secret.txt")
    document = manifest()
    document["articles"] = []
    path = write(export, document)
    result = validate_document(path.read_bytes(), str(path))
    assert [(f.code, f.message) for f in result.findings] == [
        ("V207", "rss.xml leads outside the manifest's folder")
    ]


def test_files_are_compared_only_for_a_real_path(folder: Path) -> None:
    data = json.dumps(manifest()).encode()
    assert validate_document(data, "index.json").findings == ()
    (folder / "rss.xml").unlink()
    real = validate_document(data, str(folder / "index.json"))
    assert real.findings == ()  # no index.json there: the bytes came from elsewhere
    write(folder, manifest())
    assert [f.message for f in validate_document(data, str(folder / "index.json")).findings] == [
        "rss.xml is missing"
    ]
    schema_only = validate_document(data, str(folder / "index.json"), semantic_checks=False)
    assert schema_only.findings == ()


def test_files_are_not_compared_when_the_schema_says_no(folder: Path) -> None:
    document = manifest()
    document["feeds"][0]["path"] = "../../etc/passwd"
    path = write(folder, document)
    result = validate_document(path.read_bytes(), str(path))
    assert [(f.code, f.json_path) for f in result.findings] == [("V100", "$.feeds[0].path")]


def test_a_manifest_without_the_marker_still_validates(folder: Path) -> None:
    document = manifest()
    del document["$schema"]
    path = write(folder, document)
    result = validate_document(path.read_bytes(), str(path))
    assert (result.kind, result.findings) == ("manifest", ())


def test_kind_can_be_forced(folder: Path) -> None:
    document = {"version": 1, "articles": []}
    path = write(folder, document)
    assert validate_document(path.read_bytes(), str(path)).kind == "json"
    forced = validate_document(path.read_bytes(), str(path), "manifest")
    assert [(f.code, f.message) for f in forced.findings] == [
        ("V100", "'feeds' is a required property")
    ]


@pytest.mark.parametrize(
    ("document", "kind"),
    [
        ({"$schema": MANIFEST_SCHEMA}, "manifest"),
        ({"version": 1, "articles": [], "feeds": []}, "manifest"),
        (
            {"version": 1, "articles": [{"id": "a", "files": [{"path": "a", "sha256": "0"}]}]},
            "manifest",
        ),
        ({"version": 1, "articles": [{"id": "a", "files": [{"path": "a"}]}]}, None),
        ({"version": 1, "articles": []}, None),
        ({"articles": [], "feeds": []}, None),
        ({"$schema": "https://newsroom.example/schemas/article/1.0.0/record"}, "record"),
    ],
)
def test_sniffing(document: object, kind: str | None) -> None:
    assert json_kind(document) == kind


def test_one_schema_id_everywhere() -> None:
    schema = catalog.manifest_schema()
    assert schema["$id"] == SCHEMA_ID == MANIFEST_SCHEMA
    assert schema["properties"]["$schema"]["const"] == SCHEMA_ID


def test_repository_manifest_starts_with_the_marker() -> None:
    data = (EXPORTS / "index.json").read_bytes()
    assert data.startswith(b'{\n  "$schema": "' + SCHEMA_ID.encode() + b'",\n  "version": 1,\n')


def test_check_manifest_accepts_a_good_manifest() -> None:
    check_manifest(manifest())
    check_manifest(json.loads((EXPORTS / "index.json").read_bytes()))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (bad_sha256, "manifest invalid at $.articles[0].files[0].sha256: 'ABC123' does not "
                     "match '^[0-9a-f]{64}$'"),
        (unknown_top_key, "manifest invalid at $: Additional properties are not allowed "
                          "('generator' was unexpected)"),
        (guid_not_uri, "manifest invalid at $.articles[0].guid: 'harbour strike' is not a 'uri'"),
    ],
)  # fmt: skip
def test_check_manifest_raises_one_line(change: Any, message: str) -> None:
    document = copy.deepcopy(manifest())
    change(document)
    with pytest.raises(InvalidDocumentError) as caught:
        check_manifest(document)
    assert str(caught.value) == message


def article_path_climbs(document: dict[str, Any]) -> None:
    document["articles"][0]["files"][1]["path"] = "articles/../../x.xml"


@pytest.mark.parametrize("change", [bad_sha256, unknown_key, guid_not_uri, article_path_climbs])
def test_entry_by_entry_check_says_what_the_whole_check_says(change: Any) -> None:
    document = manifest()
    change(document)
    [entry] = document["articles"]
    with pytest.raises(InvalidDocumentError) as whole:
        check_manifest(document)
    with pytest.raises(InvalidDocumentError) as alone:
        check_manifest_entry(entry, 0)
    assert str(alone.value) == str(whole.value)


def test_entry_check_names_the_entry_index() -> None:
    entry = manifest()["articles"][0]
    check_manifest_entry(entry, 7)
    entry["files"][1]["sha256"] = "0" * 63
    with pytest.raises(InvalidDocumentError) as caught:
        check_manifest_entry(entry, 7)
    assert str(caught.value) == (
        "manifest invalid at $.articles[7].files[1].sha256: "
        f"'{'0' * 63}' does not match '^[0-9a-f]{{64}}$'"
    )
