"""The export engine: layout, manifest, incremental writes, removal, --check, failures."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from tests.export.stories import HARBOUR, LIBRARY, ORCHARD, write_stories
from toolkit.errors import InvalidDocumentError, ToolkitError
from toolkit.exporting import Change, ChangeKind, ExportProblem, ExportSettings, export
from toolkit.exporting.feed_checks import check_feed
from toolkit.exporting.manifest import ManifestError
from toolkit.validation import catalog, outputs

FAST = ExportSettings(year=2025, validate=False)
IDS = ("harbour-strike", "library", "orchard-frost")
EXTENSIONS = (".json", ".xml", ".nitf.xml", ".ninjs.json")
ARTICLE_FILES = {f"articles/{i}{ext}" for i in IDS for ext in EXTENSIONS}
ALL_FILES = ARTICLE_FILES | {"rss.xml", "atom.xml", "feed.json", "index.json"}


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(
    sources: list[Path], out: Path, settings: ExportSettings = FAST, check: bool = False
) -> tuple[list[Change], list[ExportProblem], int]:
    changes: list[Change] = []
    problems: list[ExportProblem] = []
    stats = export(
        sources, out, settings, check=check, on_change=changes.append, on_problem=problems.append
    )
    return changes, problems, stats.articles


@pytest.fixture
def src(tmp_path: Path) -> Path:
    return write_stories(tmp_path / "wire")


def test_first_export_writes_every_file_and_reports_them_added(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    changes, problems, articles = run([src], out)
    assert (problems, articles) == ([], 3)
    assert set(tree(out)) == ALL_FILES
    assert {c.path for c in changes} == ALL_FILES
    assert {c.kind for c in changes} == {ChangeKind.ADDED}


def test_manifest_lists_ids_guids_sources_and_file_hashes(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    manifest = json.loads((out / "index.json").read_bytes())
    assert manifest["version"] == 1
    assert [(a["id"], a["guid"], a["source"]) for a in manifest["articles"]] == [
        ("harbour-strike", "urn:newsml:newsroom.example:20250314:harbour-strike",
         f"{src.as_posix()}/harbour-strike.txt"),
        ("library", "urn:newsml:newsroom.example:20250316:library",
         f"{src.as_posix()}/library.txt"),
        ("orchard-frost", "urn:newsml:newsroom.example:20250316:orchard-frost",
         f"{src.as_posix()}/orchard-frost.txt"),
    ]  # fmt: skip
    files = tree(out)
    for article in manifest["articles"]:
        assert [f["path"] for f in article["files"]] == [
            f"articles/{article['id']}{ext}" for ext in EXTENSIONS
        ]
        for listed in article["files"]:
            assert listed["sha256"] == hashlib.sha256(files[listed["path"]]).hexdigest()
    assert [(f["path"], f["sha256"]) for f in manifest["feeds"]] == [
        (name, hashlib.sha256(files[name]).hexdigest())
        for name in ("rss.xml", "atom.xml", "feed.json")
    ]


def test_feeds_list_newest_first_then_by_id_with_one_id_per_story(
    src: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run([src], out)
    expected = [
        "urn:newsml:newsroom.example:20250316:library",
        "urn:newsml:newsroom.example:20250316:orchard-frost",
        "urn:newsml:newsroom.example:20250314:harbour-strike",
    ]
    rss = feedparser.parse((out / "rss.xml").read_bytes())
    atom = feedparser.parse((out / "atom.xml").read_bytes())
    jsonfeed = json.loads((out / "feed.json").read_bytes())
    assert (rss.bozo, atom.bozo) == (0, 0)
    assert [e.id for e in rss.entries] == expected
    assert [e.id for e in atom.entries] == expected
    assert [i["id"] for i in jsonfeed["items"]] == expected
    assert [e.published for e in rss.entries] == [
        "Sun, 16 Mar 2025 00:00:00 +0000",
        "Sun, 16 Mar 2025 00:00:00 +0000",
        "Fri, 14 Mar 2025 00:00:00 +0000",
    ]
    # The record, NewsML-G2 and ninjs carry the same guid as the feeds.
    record = json.loads((out / "articles/library.json").read_bytes())
    ninjs = json.loads((out / "articles/library.ninjs.json").read_bytes())
    newsml = etree.fromstring((out / "articles/library.xml").read_bytes())
    assert json.dumps(record).count(expected[0]) >= 1
    assert ninjs["uri"] == expected[0]
    assert newsml.get("guid") == expected[0]


def test_feed_titles_use_the_derived_headline_when_there_is_no_headline(
    src: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run([src], out)
    items = json.loads((out / "feed.json").read_bytes())["items"]
    titles = {item["id"].rsplit(":", 1)[1]: item["title"] for item in items}
    assert titles["harbour-strike"].startswith("Dock workers at the port of Gdynia")
    assert all(titles.values())


def test_limit_keeps_only_the_newest_stories(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out, ExportSettings(year=2025, validate=False, limit=1))
    ids = [i["id"] for i in json.loads((out / "feed.json").read_bytes())["items"]]
    assert ids == ["urn:newsml:newsroom.example:20250316:library"]


def test_second_run_changes_nothing_and_keeps_mtimes(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    old = 1_000_000_000
    for path in out.rglob("*"):
        os.utime(path, (old, old))
    before = tree(out)
    changes, problems, _ = run([src], out)
    assert (changes, problems) == ([], [])
    assert tree(out) == before
    assert {p.stat().st_mtime for p in out.rglob("*") if p.is_file()} == {old}


def test_only_the_edited_article_and_the_feeds_are_rewritten(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    old = 1_000_000_000
    for path in out.rglob("*"):
        os.utime(path, (old, old))
    (src / "library.txt").write_text(LIBRARY.replace("600", "700"), encoding="utf-8")
    changes, _, _ = run([src], out)
    changed = sorted(c.path for c in changes)
    assert all(c.kind is ChangeKind.CHANGED for c in changes)
    assert {p for p in changed if p.startswith("articles/")} == {
        f"articles/library{ext}" for ext in EXTENSIONS
    }
    assert {"rss.xml", "atom.xml", "feed.json", "index.json"} <= set(changed)
    untouched = [
        p for p in out.rglob("*") if p.is_file() and p.relative_to(out).as_posix() not in changed
    ]
    assert {p.stat().st_mtime for p in untouched} == {old}
    assert len(untouched) == 8


def test_removed_source_removes_its_files_but_never_unknown_files(
    src: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run([src], out)
    (out / "articles" / "notes.txt").write_text("an editor's file", encoding="utf-8")
    (out / "README").write_text("kept", encoding="utf-8")
    (src / "orchard-frost.txt").unlink()
    changes, _, articles = run([src], out)
    removed = sorted(c.path for c in changes if c.kind is ChangeKind.REMOVED)
    assert removed == sorted(f"articles/orchard-frost{ext}" for ext in EXTENSIONS)
    assert articles == 2
    files = tree(out)
    assert not any("orchard-frost" in path for path in files)
    assert files["articles/notes.txt"] == b"an editor's file"
    assert files["README"] == b"kept"
    manifest = json.loads(files["index.json"])
    assert [a["id"] for a in manifest["articles"]] == ["harbour-strike", "library"]
    assert b"orchard-frost" not in files["rss.xml"] + files["atom.xml"] + files["feed.json"]


def test_check_reports_added_changed_removed_and_writes_nothing(
    src: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run([src], out)
    changes, _, _ = run([src], out, check=True)
    assert changes == []
    (src / "library.txt").write_text(LIBRARY.replace("600", "700"), encoding="utf-8")
    (src / "harbour-strike.txt").unlink()
    (src / "extra.txt").write_text(HARBOUR.replace("Gdynia", "Gdansk"), encoding="utf-8")
    before = tree(out)
    changes, problems, _ = run([src], out, check=True)
    assert problems == []
    assert tree(out) == before
    by_kind = {
        kind: sorted(c.path for c in changes if c.kind is kind) for kind in ChangeKind
    }
    assert by_kind[ChangeKind.ADDED] == sorted(f"articles/extra{ext}" for ext in EXTENSIONS)
    assert by_kind[ChangeKind.REMOVED] == sorted(
        f"articles/harbour-strike{ext}" for ext in EXTENSIONS
    )
    assert by_kind[ChangeKind.CHANGED] == sorted(
        [f"articles/library{ext}" for ext in EXTENSIONS]
        + ["atom.xml", "feed.json", "index.json", "rss.xml"]
    )


def test_check_of_an_empty_folder_lists_everything_as_added(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "never-written"
    changes, _, _ = run([src], out, check=True)
    assert {c.path for c in changes} == ALL_FILES
    assert not out.exists()


def test_failing_article_is_reported_and_keeps_its_previous_files(
    src: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run([src], out)
    before = tree(out)
    (src / "library.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (src / "orchard-frost.txt").write_text(ORCHARD.replace("a third", "half"), encoding="utf-8")
    changes, problems, articles = run([src], out)
    binary = ExportProblem(f"{src.as_posix()}/library.txt", "binary file, not text", True)
    assert problems == [binary]
    assert articles == 2
    after = tree(out)
    for ext in EXTENSIONS:
        assert after[f"articles/library{ext}"] == before[f"articles/library{ext}"]
        assert after[f"articles/orchard-frost{ext}"] != before[f"articles/orchard-frost{ext}"]
    manifest = json.loads(after["index.json"])
    assert [a["id"] for a in manifest["articles"]] == list(IDS)
    assert not [c for c in changes if c.kind is ChangeKind.REMOVED]


def test_duplicate_ids_are_a_problem_for_the_second_source(src: Path, tmp_path: Path) -> None:
    other = write_stories(tmp_path / "other", {"library.txt": LIBRARY})
    _, problems, articles = run([src, other], tmp_path / "out")
    assert problems == [
        ExportProblem(
            f"{other.as_posix()}/library.txt",
            f"article id 'library' is already used by {src.as_posix()}/library.txt",
        )
    ]
    assert articles == 3


def test_manifest_that_points_outside_the_folder_is_refused(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    manifest = json.loads((out / "index.json").read_bytes())
    manifest["articles"][0]["files"][0]["path"] = "../victim.txt"
    (out / "index.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ManifestError, match=r"index.json lists '../victim.txt'"):
        run([src], out)
    assert victim.read_text(encoding="utf-8") == "precious"


def test_unreadable_manifest_is_a_clear_error(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.json").write_text("{not json", encoding="utf-8")
    expected = r"^index.json: not an export manifest \(JSONDecodeError"
    with pytest.raises(ToolkitError, match=expected):
        run([src], out)


def test_source_order_does_not_change_the_output(src: Path, tmp_path: Path) -> None:
    files = sorted(src.iterdir())
    run(files, tmp_path / "a")
    run(list(reversed(files)), tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


@pytest.mark.standards
def test_every_exported_document_validates(
    src: Path, tmp_path: Path, standards_dir: Path
) -> None:
    out = tmp_path / "out"
    settings = ExportSettings(year=2025, schema_dir=standards_dir)
    _, problems, articles = run([src], out, settings)
    assert (problems, articles) == ([], 3)
    for article_id in IDS:
        base = out / "articles" / article_id
        outputs.check_record(json.loads(base.with_suffix(".json").read_bytes()))
        outputs.check_xml(base.with_suffix(".xml").read_bytes(), "newsml", standards_dir)
        outputs.check_xml((out / f"articles/{article_id}.nitf.xml").read_bytes(), "nitf",
                          standards_dir)  # fmt: skip
        outputs.check_ninjs((out / f"articles/{article_id}.ninjs.json").read_bytes(), "3.1",
                            standards_dir)  # fmt: skip
    for name, file_name in (("rss", "rss.xml"), ("atom", "atom.xml"), ("jsonfeed", "feed.json")):
        check_feed(name, (out / file_name).read_bytes(), standards_dir)
    rss = etree.fromstring((out / "rss.xml").read_bytes())
    assert catalog.xml_schema("rss", standards_dir).validate(rss)
    outputs.check_manifest(json.loads((out / "index.json").read_bytes()))


@pytest.mark.standards
def test_a_manifest_that_would_not_validate_is_not_written(
    src: Path, tmp_path: Path, standards_dir: Path
) -> None:
    out = tmp_path / "out"
    settings = ExportSettings(year=2025, schema_dir=standards_dir)
    run([src], out, settings)
    # A hand-edited entry is kept while its source fails to read, and must not be rewritten.
    manifest = json.loads((out / "index.json").read_bytes())
    manifest["articles"][1]["guid"] = "library card"
    edited = json.dumps(manifest).encode()
    (out / "index.json").write_bytes(edited)
    (src / "library.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(InvalidDocumentError) as caught:
        run([src], out, settings)
    assert str(caught.value) == (
        "manifest invalid at $.articles[1].guid: 'library card' is not a 'uri'"
    )
    assert (out / "index.json").read_bytes() == edited


def test_files_an_earlier_layout_listed_are_cleaned_up(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    manifest = json.loads((out / "index.json").read_bytes())
    digest = hashlib.sha256(b"<old/>").hexdigest()
    old_file = {"path": "articles/library.newsml.xml", "sha256": digest}
    manifest["articles"][1]["files"].append(old_file)
    (out / "index.json").write_text(json.dumps(manifest), encoding="utf-8")
    (out / "articles" / "library.newsml.xml").write_text("<old/>", encoding="utf-8")
    changes, _, _ = run([src], out)
    assert changes == [
        Change(ChangeKind.REMOVED, "articles/library.newsml.xml"),
        Change(ChangeKind.CHANGED, "index.json"),
    ]
    assert not (out / "articles" / "library.newsml.xml").exists()


def test_dotted_id_that_would_clash_is_a_problem(src: Path, tmp_path: Path) -> None:
    (src / "library.nitf.txt").write_text(LIBRARY, encoding="utf-8")
    _, problems, articles = run([src], tmp_path / "out")
    assert [p.message for p in problems] == [
        "article id 'library.nitf' ends in '.nitf', so its files would clash with those of "
        "'library'; rename the file"
    ]
    assert articles == 3


@pytest.mark.corpus
@pytest.mark.standards
def test_real_wire_corpus_exports_and_validates(
    corpus_files: list[Path], standards_dir: Path, tmp_path: Path
) -> None:
    assert len(corpus_files) >= 20
    out = tmp_path / "out"
    settings = ExportSettings(schema_dir=standards_dir, limit=len(corpus_files))
    _, problems, articles = run(corpus_files, out, settings)
    assert (problems, articles) == ([], len(corpus_files))
    for name in ("rss.xml", "atom.xml"):
        parsed = feedparser.parse((out / name).read_bytes())
        assert parsed.bozo == 0
        assert len(parsed.entries) == len(corpus_files)
    assert run(corpus_files, out, settings, check=True)[0] == []


def test_no_scratch_file_is_left_in_the_folder(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    run([src], out, check=True)
    (src / "library.txt").unlink()
    run([src], out)
    (out / "index.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(ManifestError):
        run([src], out)
    assert sorted(p.name for p in out.iterdir()) == [
        "articles",
        "atom.xml",
        "feed.json",
        "index.json",
        "rss.xml",
    ]


def test_a_manifest_of_many_chunks_is_compared_and_written_piece_by_piece(
    tmp_path: Path,
) -> None:
    wire = tmp_path / "wire"
    wire.mkdir()
    for number in range(180):
        text = HARBOUR.replace("48-hour", f"{number + 1}-hour")
        (wire / f"port-{number:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run([wire], out)
    written = (out / "index.json").read_bytes()
    assert len(written) > 2 * 65536
    document = json.loads(written)
    assert written == (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    assert [a["id"] for a in document["articles"]] == [f"port-{n:03d}" for n in range(180)]

    assert run([wire], out, check=True)[0] == []
    (out / "index.json").write_bytes(written + b" ")
    assert run([wire], out, check=True)[0] == [Change(ChangeKind.CHANGED, "index.json")]
    # The last hash, in the last chunk, edited: the rest of the file is read before it.
    at = written.rindex(b'"sha256": "') + len(b'"sha256": "')
    edited = written[:at] + (b"0" if written[at : at + 1] != b"0" else b"1") + written[at + 1 :]
    (out / "index.json").write_bytes(edited)
    assert run([wire], out)[0] == [Change(ChangeKind.CHANGED, "index.json")]
    assert (out / "index.json").read_bytes() == written


@pytest.fixture
def linked_src(src: Path, tmp_path: Path) -> Path:
    """The stories, a link out of their folder, a dangling link and a loop."""
    outside = tmp_path / "elsewhere"
    write_stories(outside, {"secret.txt": HARBOUR.replace("Gdynia", "Hel")})
    (src / "passwd.txt").symlink_to(outside / "secret.txt")
    (src / "dangling.txt").symlink_to("nowhere.txt")
    (src / "loop.txt").symlink_to("loop.txt")
    return src


def test_a_link_out_of_the_source_folder_is_a_problem_and_is_not_exported(
    linked_src: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    for follow, hint in ((None, ""), (False, " (--follow-symlinks follows it)")):
        _, problems, articles = run([linked_src], out, replace(FAST, follow_symlinks=follow))
        assert articles == 3
        assert problems == [
            ExportProblem(
                f"{linked_src}/dangling.txt",
                "dangling symbolic link (to nowhere.txt, which does not exist)",
                unreadable=True,
            ),
            ExportProblem(
                f"{linked_src}/loop.txt",
                "symbolic link loop (it leads back to itself)",
                unreadable=True,
            ),
            ExportProblem(
                f"{linked_src}/passwd.txt",
                f"symbolic link to {tmp_path / 'elsewhere' / 'secret.txt'}, outside "
                f"{linked_src}: not followed{hint}",
                unreadable=True,
            ),
        ]
        assert set(tree(out)) == ALL_FILES


def test_follow_symlinks_exports_the_target_and_a_check_agrees(
    linked_src: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    following = replace(FAST, follow_symlinks=True)
    _, problems, articles = run([linked_src], out, following)
    assert articles == 4
    assert [p.path.rsplit("/", 1)[1] for p in problems] == ["dangling.txt", "loop.txt"]
    assert set(tree(out)) == ALL_FILES | {f"articles/passwd{ext}" for ext in EXTENSIONS}
    record = json.loads((out / "articles" / "passwd.json").read_text())
    assert record["paragraphs"][0]["text"].startswith("Dock workers at the port of Hel began")
    changes, _, _ = run([linked_src], out, following, check=True)
    assert changes == []
    changes, _, _ = run([linked_src], out, check=True)  # without following: it would go
    assert {c.path for c in changes if c.kind is ChangeKind.REMOVED} == {
        f"articles/passwd{ext}" for ext in EXTENSIONS
    }
