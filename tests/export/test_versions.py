"""A corrected story reaches receivers as a new version: export bumps the version and moves
versionCreated, deterministically, from the previous manifest; convert takes --version."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tests.export.stories import HARBOUR, write_stories
from toolkit.cli import cli
from toolkit.exporting import ExportSettings, export
from toolkit.exporting.manifest import ArticleState
from toolkit.exporting.versions import next_state

FAST = ExportSettings(year=2025, validate=False)
BASE = dt.datetime(2025, 3, 14, tzinfo=dt.UTC)
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    ("previous", "content", "base", "expected"),
    [
        (None, "a", BASE, ("a", 1, "2025-03-14T00:00:00Z")),
        # unchanged at version 1: follows the dateline (or SOURCE_DATE_EPOCH) as before
        (ArticleState("a", 1, "2020-01-01T00:00:00Z"), "a", BASE, ("a", 1, "2025-03-14T00:00:00Z")),
        # changed: next version, a minute after the previous one
        (ArticleState("a", 1, "2025-03-14T00:00:00Z"), "b", BASE, ("b", 2, "2025-03-14T00:01:00Z")),
        (ArticleState("b", 2, "2025-03-14T00:01:00Z"), "c", BASE, ("c", 3, "2025-03-14T00:02:00Z")),
        # changed, and the time asked for (SOURCE_DATE_EPOCH) is later: that time
        (
            ArticleState("a", 1, "2025-03-14T00:00:00Z"),
            "b",
            dt.datetime(2025, 3, 15, 9, 30, tzinfo=dt.UTC),
            ("b", 2, "2025-03-15T09:30:00Z"),
        ),
        # unchanged after a correction: keeps its version and time
        (ArticleState("b", 2, "2025-03-14T00:01:00Z"), "b", BASE, ("b", 2, "2025-03-14T00:01:00Z")),
    ],
)  # fmt: skip
def test_next_state(
    previous: ArticleState | None, content: str, base: dt.datetime, expected: object
) -> None:
    state = next_state(previous, content, base)
    assert (state.content, state.version, state.created) == tuple(expected)  # type: ignore[arg-type]


def _stamps(out: Path) -> dict[str, object]:
    item = etree.parse(str(out / "articles/harbour-strike.xml")).getroot()
    meta = item.find(f"{NAR}itemMeta")
    assert meta is not None
    ninjs = json.loads((out / "articles/harbour-strike.ninjs.json").read_bytes())
    record = json.loads((out / "articles/harbour-strike.json").read_bytes())
    atom = etree.parse(str(out / "atom.xml")).getroot()
    entry = next(
        e for e in atom.iter(f"{ATOM}entry") if "harbour" in (e.findtext(f"{ATOM}id") or "")
    )
    manifest = json.loads((out / "index.json").read_bytes())
    listed = next(a for a in manifest["articles"] if a["id"] == "harbour-strike")
    return {
        "newsml": (item.get("version"), meta.findtext(f"{NAR}versionCreated"),
                   meta.findtext(f"{NAR}firstCreated")),
        "ninjs": (ninjs["version"], ninjs["versionCreated"]),
        "record": record["version"],
        "atom": entry.findtext(f"{ATOM}updated"),
        "manifest": (listed["version"], listed["versionCreated"]),
    }  # fmt: skip


def test_a_correction_is_the_next_version_everywhere(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    export([src], out, FAST)
    first = _stamps(out)
    assert first["newsml"] == ("1", "2025-03-14T00:00:00Z", "2025-03-14T00:00:00Z")
    (src / "harbour-strike.txt").write_text(HARBOUR.replace("48-hour", "72-hour"), "utf-8")
    export([src], out, FAST)
    assert _stamps(out) == {
        "newsml": ("2", "2025-03-14T00:01:00Z", "2025-03-14T00:00:00Z"),
        "ninjs": ("2", "2025-03-14T00:01:00Z"),
        "record": 2,
        "atom": "2025-03-14T00:01:00Z",
        "manifest": (2, "2025-03-14T00:01:00Z"),
    }
    # an export of the unchanged sources changes nothing; a second correction is version 3
    stats = export([src], out, FAST)
    assert stats.up_to_date
    (src / "harbour-strike.txt").write_text(HARBOUR.replace("48-hour", "96-hour"), "utf-8")
    export([src], out, FAST)
    assert _stamps(out)["newsml"] == ("3", "2025-03-14T00:02:00Z", "2025-03-14T00:00:00Z")


def test_the_same_history_gives_the_same_bytes_whatever_jobs(tmp_path: Path) -> None:
    outputs = []
    for jobs in (1, 2):
        src = write_stories(tmp_path / f"wire{jobs}")
        out = tmp_path / f"out{jobs}"
        runner = CliRunner()
        args = ["export", str(src), "--out", str(out), "--no-validate", "--year", "2025"]
        assert runner.invoke(cli, [*args, "-j", str(jobs)]).exit_code == 0
        (src / "harbour-strike.txt").write_text(HARBOUR.replace("48-hour", "72-hour"), "utf-8")
        assert runner.invoke(cli, [*args, "-j", str(jobs)]).exit_code == 0
        listed = json.loads((out / "index.json").read_bytes())["articles"]
        states = [(a["id"], a["content"], a["version"], a["versionCreated"]) for a in listed]
        outputs.append(((out / "articles/harbour-strike.xml").read_bytes(), states))
    assert outputs[0] == outputs[1]


def test_a_manifest_from_before_versions_starts_them_at_1(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    export([src], out, FAST)
    manifest = json.loads((out / "index.json").read_bytes())
    for article in manifest["articles"]:
        for key in ("content", "version", "versionCreated"):
            del article[key]
    (out / "index.json").write_text(json.dumps(manifest, indent=2), "utf-8")
    (src / "harbour-strike.txt").write_text(HARBOUR.replace("48-hour", "72-hour"), "utf-8")
    export([src], out, FAST)
    assert _stamps(out)["manifest"] == (1, "2025-03-14T00:00:00Z")


def test_convert_takes_the_version(tmp_path: Path, standards_dir: Path) -> None:
    story = write_stories(tmp_path / "wire") / "harbour-strike.txt"
    result = CliRunner().invoke(
        cli,
        ["convert", str(story), "--to", "newsml", "--version", "4", "--year", "2025",
         "--schema-dir", str(standards_dir)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert etree.fromstring(result.stdout_bytes).get("version") == "4"
    bad = CliRunner().invoke(cli, ["convert", str(story), "--version", "0"])
    assert bad.exit_code == 2


def test_correction_time_stamps_only_the_new_versions(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    args = ["export", str(src), "--out", str(out), "--no-validate", "--year", "2025", "-j", "1"]
    runner = CliRunner()
    assert runner.invoke(cli, args).exit_code == 0
    (src / "harbour-strike.txt").write_text(HARBOUR.replace("48-hour", "72-hour"), "utf-8")
    stamp = ["--correction-time", "2025-03-20T08:15:00+01:00"]
    assert runner.invoke(cli, [*args, *stamp]).exit_code == 0
    assert _stamps(out)["newsml"] == ("2", "2025-03-20T07:15:00Z", "2025-03-14T00:00:00Z")
    library = etree.parse(str(out / "articles/library.xml")).getroot()
    assert (library.get("version"), library.findtext(f"{NAR}itemMeta/{NAR}versionCreated")) == (
        "1",
        "2025-03-16T00:00:00Z",
    )
    bad = runner.invoke(cli, [*args, "--correction-time", "Tuesday"])
    assert bad.exit_code == 2
    assert "--correction-time" in bad.stderr


def test_a_correction_time_before_the_previous_version_still_moves_it_forward() -> None:
    previous = ArticleState("a", 2, "2025-03-14T00:01:00Z")
    earlier = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    state = next_state(previous, "b", BASE, earlier)
    assert (state.version, state.created) == (3, "2025-03-14T00:02:00Z")
