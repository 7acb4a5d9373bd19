"""The same problem gives the same exit code and the same `path: problem` line in every
command: unreadable inputs and folders are 2, and the rest of the batch is still done."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED
from toolkit import files
from toolkit.cli import cli

COMMANDS = {
    "convert": ["--to", "record", "--out", "out"],
    "check": ["--output-file", "report.txt"],
    "export": ["--out", "out", "--no-validate"],
    "validate": [],
}


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    return tmp_path


def run(command: str, *paths: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [command, *paths, *COMMANDS[command]])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_empty_file_is_exit_2_everywhere(desk: Path, command: str) -> None:
    name = "in/empty.json" if command == "validate" else "in/empty.txt"
    Path(name).write_bytes(b"")
    code, _, err = run(command, name)
    assert code == 2
    assert err.splitlines()[0].startswith(f"{name}: ")


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_unreadable_folder_is_a_problem_line_and_exit_2(
    desk: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / "in" / "locked").mkdir()
    (desk / "in" / "story.txt").write_bytes(SEED.read_bytes())
    (desk / "in" / "locked" / "hidden.txt").write_bytes(SEED.read_bytes())
    real_scandir = os.scandir

    def scandir(path: Path) -> Iterator[os.DirEntry[str]]:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[return-value]

    monkeypatch.setattr(files.os, "scandir", scandir)
    code, _, err = run(command, "in")
    assert code == 2
    assert "in/locked: cannot read folder: Permission denied" in err.splitlines()
    if command == "check":
        report = (desk / "report.txt").read_text(encoding="utf-8").splitlines()
        assert report[-1] == "1 file could not be checked"  # the report is still written
    elif command != "validate":
        assert (desk / "out").is_dir()  # the readable story is still converted


def test_validate_of_a_folder_without_documents_says_so(desk: Path) -> None:
    (desk / "in" / "notes.md").write_text("nothing to validate", encoding="utf-8")
    code, out, err = run("validate", "in")
    assert (code, out) == (2, "")
    assert err == "error: no documents found in in (.atom, .json, .nitf, .rss, .xml)\n"


def test_check_skips_environments_and_respects_exclude(desk: Path) -> None:
    for name in ("in/venv/lib/a.txt", "in/node_modules/x/b.txt", "in/archive/c.txt"):
        Path(name).parent.mkdir(parents=True)
        Path(name).write_bytes(b"")  # an empty file: an error if it were read
    (desk / "in" / "story.txt").write_bytes(SEED.read_bytes())
    code, _, err = run("check", "in", "--exclude", "archive")
    assert (code, err) == (1, "")
    assert (desk / "report.txt").read_text(encoding="utf-8").splitlines()[-1] == "4 findings"
