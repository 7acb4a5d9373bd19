"""The export folder survives faults: a lock against concurrent runs, repair after kill -9,
no scratch files left, deletion only of what an export recorded, no user file replaced."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.export.stories import HARBOUR, LIBRARY, write_stories
from toolkit import files
from toolkit.cli import cli
from toolkit.exporting import Change, ChangeKind, ExportProblem, ExportSettings, export
from toolkit.exporting.folder import JOURNAL, LOCK, FolderLock, FolderLockedError, Journal

FAST = ExportSettings(year=2025, validate=False)
EXTENSIONS = (".json", ".xml", ".nitf.xml", ".ninjs.json")
TOOLKIT = [sys.executable, "-m", "toolkit"]
# The export's own files; anything else in the folder after a run is a leftover.
OWN = {"articles", "atom.xml", "feed.json", "index.json", "rss.xml"}


def run(
    sources: list[Path], out: Path, check: bool = False, wait: float = 0
) -> tuple[list[Change], list[ExportProblem]]:
    changes: list[Change] = []
    problems: list[ExportProblem] = []
    export(
        sources, out, FAST, check=check, on_change=changes.append,
        on_problem=problems.append, wait=wait,
    )  # fmt: skip
    return changes, problems


def ports(folder: Path, count: int) -> Path:
    """``count`` distinct stories (one paragraph differs)."""
    stories = {
        f"port-{n:03d}.txt": HARBOUR.replace("48-hour", f"{n + 1}-hour") for n in range(count)
    }
    return write_stories(folder, stories)


def cli_export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*TOOLKIT, "export", "--no-validate", "--year", "2025", "--jobs", "1", *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def validate_index(out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["validate", str(out / "index.json")])
    return result.exit_code, result.output


def manifest_files(out: Path) -> set[str]:
    manifest = json.loads((out / "index.json").read_bytes())
    listed = {f["path"] for a in manifest["articles"] for f in a["files"]}
    return listed | {f["path"] for f in manifest["feeds"]}


def names_in(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir()]


def on_disk(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


# The lock.

HOLDER = """
import sys
from pathlib import Path
from toolkit.exporting.folder import FolderLock
with FolderLock(Path(sys.argv[1]), exclusive=True):
    print("locked", flush=True)
    sys.stdin.read()
"""


def hold_lock(out: Path) -> subprocess.Popen[str]:
    """Another process that holds the export lock on ``out`` until its stdin closes."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(out)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0


def test_a_second_export_gives_up_with_one_line_while_another_holds_the_folder(
    tmp_path: Path,
) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    out.mkdir()
    holder = hold_lock(out)
    try:
        result = cli_export("--out", str(out), "--wait", "0.3", str(src))
        with pytest.raises(FolderLockedError):
            run([src], out, check=True, wait=0.1)  # a check waits for it too
    finally:
        release(holder)
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {out}: another export is writing this folder (waited 0.3 s; "
        "--wait sets how long)\n"
    )
    assert sorted(names_in(out)) == []  # nothing written, the holder's lock file gone


def test_a_second_export_waits_for_the_first_to_end(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    out.mkdir()
    holder = hold_lock(out)
    waiting = subprocess.Popen(
        [*TOOLKIT, "export", "--no-validate", "--year", "2025", "--out", str(out), "--wait",
         "60", str(src)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    time.sleep(1.0)
    assert waiting.poll() is None, "the export must wait while the folder is locked"
    assert not (out / "index.json").exists()
    release(holder)
    _, stderr = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, stderr
    assert validate_index(out)[0] == 0


def test_two_concurrent_exports_with_different_sources_leave_a_valid_folder(
    tmp_path: Path,
) -> None:
    many = ports(tmp_path / "many", 60)
    few = ports(tmp_path / "few", 5)
    out = tmp_path / "out"
    commands = [
        [*TOOLKIT, "export", "--no-validate", "--year", "2025", "--jobs", "1", "--out",
         str(out), "--wait", "120", str(source)]
        for source in (many, few)
    ]  # fmt: skip
    children = [subprocess.Popen(c, stderr=subprocess.PIPE, text=True) for c in commands]
    results = [(child.wait(timeout=300), child.communicate()[1]) for child in children]
    assert [status for status, _ in results] == [0, 0], results
    # Whichever ran last, the folder is exactly its export: every hash right, nothing stray.
    assert validate_index(out)[0] == 0
    assert on_disk(out) == manifest_files(out) | {"index.json"}
    assert len(json.loads((out / "index.json").read_bytes())["articles"]) in (60, 5)


def test_lock_file_exists_only_while_a_run_holds_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with FolderLock(out, exclusive=True):
        assert (out / LOCK).exists()
    assert not (out / LOCK).exists()
    with FolderLock(out, exclusive=False):  # a check creates nothing
        assert list(out.iterdir()) == []


# Kill -9, leftovers, journal.


def test_after_kill_9_the_next_run_repairs_the_folder_and_the_index_validates(
    tmp_path: Path,
) -> None:
    wire = ports(tmp_path / "wire", 300)
    out = tmp_path / "out"
    assert cli_export("--out", str(out), str(ports(tmp_path / "first", 40))).returncode == 0
    child = subprocess.Popen(
        [*TOOLKIT, "export", "--no-validate", "--year", "2025", "--jobs", "1", "--out",
         str(out), str(wire)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while len(list((out / "articles").iterdir())) < 4 * 40 + 60 and child.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the export ended before it could be killed"
    # What a kill leaves: files the old index does not list, the journal, the lock file.
    assert (out / JOURNAL).exists()
    assert on_disk(out) - manifest_files(out) - {"index.json"}
    # A killed run's scratch files, as an atomic write or the store would leave them.
    (out / ".index.json.k1ll3d_x.db").write_bytes(b"SQLite format 3\x00")
    (out / "articles" / ".port-001.json.abcd_123.tmp").write_bytes(b'{"half')

    # --check sees it all before anything is repaired.
    smaller = ports(tmp_path / "smaller", 10)
    checked = cli_export("--check", "--out", str(out), str(smaller))
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert "removed: .index.json.k1ll3d_x.db" in lines
    assert "removed: articles/.port-001.json.abcd_123.tmp" in lines
    # Written by the killed run only (beyond the first 40), known from its journal.
    assert "removed: articles/port-040.json" in lines
    assert "removed: articles/port-039.json" in lines
    assert not [line for line in lines if line.startswith("stray:")], lines

    # The next run, with a smaller set of sources, deletes what the killed run wrote.
    repaired = cli_export("--out", str(out), str(smaller))
    assert repaired.returncode == 0, repaired.stderr
    assert "stray" not in repaired.stderr
    assert sorted(names_in(out)) == sorted(OWN)
    assert on_disk(out) == manifest_files(out) | {"index.json"}
    assert len(manifest_files(out)) == 10 * 4 + 3
    assert validate_index(out) == (0, "1 documents: 1 valid, 0 invalid, 0 unreadable\n")
    assert cli_export("--check", "--out", str(out), str(smaller)).returncode == 0


def test_sigterm_ends_a_run_without_scratch_files_and_the_next_run_completes(
    tmp_path: Path,
) -> None:
    wire = ports(tmp_path / "wire", 200)
    out = tmp_path / "out"
    child = subprocess.Popen(
        [*TOOLKIT, "export", "--no-validate", "--year", "2025", "--jobs", "1", "--out",
         str(out), str(wire)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not (out / "articles").is_dir() or len(names_in(out / "articles")) < 40:
        assert time.monotonic() < deadline and child.poll() is None
        time.sleep(0.02)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=60) == 128 + signal.SIGTERM
    names = set(names_in(out)) | {f"articles/{n}" for n in names_in(out / "articles")}
    assert not [n for n in names if n.endswith((".db", ".tmp")) or n == LOCK]
    assert JOURNAL in names  # kept: the files it wrote are listed nowhere else yet
    assert cli_export("--out", str(out), str(wire)).returncode == 0
    assert sorted(names_in(out)) == sorted(OWN)
    assert validate_index(out)[0] == 0


def test_no_scratch_file_is_left_after_a_run_that_fails(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    run([src], out)
    (out / "index.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(Exception, match="not an export manifest"):
        run([src], out)
    assert sorted(names_in(out)) == sorted(OWN)


# What may be deleted or replaced.


def test_a_file_the_index_lists_is_deleted_only_while_it_holds_what_was_recorded(
    tmp_path: Path,
) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    run([src], out)
    (out / "notes.md").write_text("the desk's notes", encoding="utf-8")
    manifest = json.loads((out / "index.json").read_bytes())
    # An edited manifest lists notes.md (with some other file's hash) under an article.
    manifest["articles"][0]["files"].append({"path": "notes.md", "sha256": "ab" * 32})
    (out / "index.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    changes, problems = run([src], out)
    assert problems == []
    assert (out / "notes.md").read_text(encoding="utf-8") == "the desk's notes"
    assert [c for c in changes if c.kind is not ChangeKind.CHANGED] == [
        Change(
            ChangeKind.STRAY, "notes.md",
            "index.json lists it with another sha256 (edited since?), so it is not deleted",
        )
    ]  # fmt: skip
    # Listed with its true hash, it was the export's: then it goes.
    digest = hashlib.sha256(b"the desk's notes").hexdigest()
    manifest["articles"][0]["files"][-1]["sha256"] = digest
    (out / "index.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    changes, _ = run([src], out)
    assert Change(ChangeKind.REMOVED, "notes.md") in changes
    assert not (out / "notes.md").exists()


def test_an_edited_exported_file_of_a_removed_source_is_kept_and_reported(
    tmp_path: Path,
) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    run([src], out)
    (out / "articles" / "library.json").write_text('{"edited": true}', encoding="utf-8")
    (src / "library.txt").unlink()
    changes, _ = run([src], out)
    removed = sorted(c.path for c in changes if c.kind is ChangeKind.REMOVED)
    assert removed == sorted(f"articles/library{ext}" for ext in EXTENSIONS[1:])
    assert [c.path for c in changes if c.kind is ChangeKind.STRAY] == ["articles/library.json"]
    assert (out / "articles" / "library.json").read_text(encoding="utf-8") == '{"edited": true}'


def test_a_users_own_article_file_is_never_replaced(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    own = out / "articles" / "library.json"
    own.write_text('{"mine": true}', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["export", "--no-validate", "--year", "2025", "--out", str(out), str(src)]
    )
    assert result.exit_code == 1
    assert (
        f"{src.as_posix()}/library.txt: {own} is not a file of this export (no index.json "
        "lists it), so it is not replaced; move it away or delete it\n"
    ) in result.stderr
    assert own.read_text(encoding="utf-8") == '{"mine": true}'
    assert not (out / "articles" / "library.xml").exists()  # none of its files written
    assert "library" not in (out / "index.json").read_text(encoding="utf-8")
    # Once moved away, the article exports.
    own.unlink()
    assert run([src], out)[1] == []
    assert (out / "articles" / "library.xml").exists()


def test_a_users_own_feed_file_stops_the_export_before_it_writes(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    out.mkdir()
    (out / "rss.xml").write_text("<rss>mine</rss>", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["export", "--no-validate", "--year", "2025", "--out", str(out), str(src)]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {out / 'rss.xml'}: no index.json lists this file, so the export will not "
        "replace it; move it away or delete it\n"
    )
    assert sorted(names_in(out)) == ["rss.xml"]


def test_files_no_index_lists_are_stray_for_check_and_export(tmp_path: Path) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    run([src], out)
    (out / "articles" / "old-story.json").write_text("{}", encoding="utf-8")
    runner = CliRunner()
    checked = runner.invoke(cli, ["export", "--check", "--year", "2025", "--out", str(out),
                                  "--no-validate", str(src)])  # fmt: skip
    assert checked.exit_code == 1
    assert checked.stdout == "stray: articles/old-story.json\n"
    assert checked.stderr == f"{out}: out of date (0 added, 0 changed, 0 removed, 1 stray)\n"
    exported = runner.invoke(cli, ["export", "--year", "2025", "--out", str(out),
                                   "--no-validate", str(src)])  # fmt: skip
    assert exported.exit_code == 0
    assert exported.stderr == (
        f"{out / 'articles/old-story.json'}: warning: no index.json lists it, so no export "
        "wrote it and none deletes it\n"
        f"exported 3 articles to {out}: 0 files added, 0 changed, 0 removed, 16 unchanged, "
        "1 stray\n"
    )
    assert (out / "articles" / "old-story.json").exists()


def test_a_read_only_folder_with_nothing_to_change_needs_no_scratch_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write_stories(tmp_path / "wire", {"library.txt": LIBRARY})
    out = tmp_path / "out"
    run([src], out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    elsewhere = tmp_path / "tmp"
    elsewhere.mkdir()
    real_open, real_mkstemp = os.open, tempfile.mkstemp

    def refuse(path: object) -> None:
        if Path(str(path)).resolve().is_relative_to(out.resolve()):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    def read_only_open(path: str, flags: int, mode: int = 0o777, **kw: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            refuse(path)
        return real_open(path, flags, mode)

    def read_only_mkstemp(
        prefix: str = "", suffix: str = "", dir: str | None = None
    ) -> tuple[int, str]:
        refuse(dir if dir is not None else elsewhere)
        return real_mkstemp(prefix=prefix, suffix=suffix, dir=dir or elsewhere)

    def read_only_unlink(path: str, **kw: object) -> None:
        refuse(path)  # as on a read-only file system, even for a file that does not exist
        real_unlink(path)

    real_unlink = os.unlink
    monkeypatch.setattr(os, "open", read_only_open)
    monkeypatch.setattr(os, "unlink", read_only_unlink)
    monkeypatch.setattr(tempfile, "mkstemp", read_only_mkstemp)
    changes, problems = run([src], out)
    assert (changes, problems) == ([], [])
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert list(elsewhere.iterdir()) == []


# Any sequence of exports, some stopped part-way, never touches the user's files and ends,
# after one complete run, in a folder that is exactly what its index lists.


class _Stopped(BaseException):
    """Stands for the run being stopped between two writes (SIGTERM, Ctrl-C, a crash)."""


class _StoppingWrite:
    """files.write_atomic that stops the run after ``limit`` writes (None: never)."""

    def __init__(self, write: Callable[[Path, bytes], None], limit: int | None) -> None:
        self._write = write
        self._left = limit

    def __call__(self, path: Path, data: bytes) -> None:
        if self._left is not None:
            if self._left == 0:
                raise _Stopped
            self._left -= 1
        self._write(path, data)


_POOL = {
    f"story-{n}.txt": HARBOUR.replace("48-hour", f"{n + 1}-hour")
    if n % 2
    else LIBRARY.replace("600", f"{n + 600}")
    for n in range(6)
}
_USER_FILES = {"articles/mine.json": b'{"mine": true}', "notes.md": b"desk notes"}

steps = st.lists(
    st.tuples(
        st.sets(st.sampled_from(sorted(_POOL)), max_size=6),  # the sources of this run
        st.one_of(st.none(), st.integers(0, 30)),  # stopped after this many writes
        st.booleans(),  # whether a story's text changes before the run
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=40, deadline=None)
@given(steps, st.sets(st.sampled_from(sorted(_POOL)), min_size=1))
def test_any_runs_stopped_part_way_then_one_complete_run_leave_an_exact_folder(
    runs: list[tuple[set[str], int | None, bool]], last: set[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        root = Path(tmp)
        wire, out = root / "wire", root / "out"
        write_stories(wire, _POOL)
        (out / "articles").mkdir(parents=True)
        for relative, data in _USER_FILES.items():
            (out / relative).write_bytes(data)
        real_write = files.write_atomic
        for number, (names, stop_after, edit) in enumerate(runs):
            if edit:
                story = wire / sorted(_POOL)[number % len(_POOL)]
                story.write_text(story.read_text("utf-8") + f"\nUpdate {number}.\n", "utf-8")
            patch.setattr(files, "write_atomic", _StoppingWrite(real_write, stop_after))
            with contextlib.suppress(_Stopped):
                run([wire / name for name in sorted(names)], out)
            patch.setattr(files, "write_atomic", real_write)
            for relative, data in _USER_FILES.items():
                assert (out / relative).read_bytes() == data
            scratch = [p for p in out.rglob("*") if p.name.endswith((".tmp", ".db"))]
            assert scratch == []
        changes, problems = run([wire / name for name in sorted(last)], out)
        assert problems == []
        assert not (out / JOURNAL).exists() and not (out / LOCK).exists()
        listed = manifest_files(out)
        manifest = json.loads((out / "index.json").read_bytes())
        recorded = {f["path"]: f["sha256"] for a in manifest["articles"] for f in a["files"]}
        recorded.update({f["path"]: f["sha256"] for f in manifest["feeds"]})
        for relative, digest in recorded.items():
            assert hashlib.sha256((out / relative).read_bytes()).hexdigest() == digest
        assert on_disk(out) == listed | {"index.json"} | set(_USER_FILES)
        assert len(manifest["articles"]) == len(last)
        strays = {c.path for c in changes if c.kind is ChangeKind.STRAY}
        assert strays <= {"articles/mine.json"}
        assert run([wire / name for name in sorted(last)], out, check=True)[0] == [
            Change(ChangeKind.STRAY, "articles/mine.json", _NO_INDEX)
        ]


_NO_INDEX = "no index.json lists it, so no export wrote it and none deletes it"


def test_the_files_of_a_failing_article_that_differ_from_the_index_are_reported(
    tmp_path: Path,
) -> None:
    src = write_stories(tmp_path / "wire")
    out = tmp_path / "out"
    run([src], out)
    (out / "articles" / "library.xml").write_text("<edited/>", encoding="utf-8")
    (out / "articles" / "library.json").unlink()
    (src / "library.txt").write_bytes(b"\x00\x01binary")
    warnings: list[ExportProblem] = []
    export([src], out, FAST, on_warning=warnings.append)
    source = f"{src.as_posix()}/library.txt"
    assert warnings == [
        ExportProblem(
            source,
            f"{out / 'articles/library.json'} is missing; it is repaired when the source "
            "reads again",
        ),
        ExportProblem(
            source,
            f"{out / 'articles/library.xml'} does not hold what index.json records (edited, "
            "or a run was killed); it is repaired when the source reads again",
        ),
    ]
    (src / "library.txt").write_text(LIBRARY, encoding="utf-8")
    warnings.clear()
    export([src], out, FAST, on_warning=warnings.append)
    assert warnings == []
    assert validate_index(out)[0] == 0


def test_a_journal_torn_by_a_kill_gives_its_whole_lines_only(tmp_path: Path) -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    (tmp_path / JOURNAL).write_bytes(
        f'{{"path": "articles/a.json", "sha256": "{digest}"}}\n'.encode()
        + b'{"path": "../outside", "sha256": "00"}\n'  # never a path outside the folder
        + b"7\n"
        + b'{"path": "articles/b.json", "sha2'  # the kill came mid-line
    )
    assert list(Journal(tmp_path).previous()) == [("articles/a.json", bytes.fromhex(digest))]
