"""`-` reads standard input in convert, check and validate; --stdin-filename names it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import cli

STORY = (
    "BEIJING, March 3 (Xinhua) -- Mayor Lena Korvath opened the new bridge on Monday.\n\n"
    '"It joins two halves of the city," said Korvath, who has led the city since 2019.\n'
)


def run(args: list[str], data: bytes) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args, input=data, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_convert_reads_standard_input_and_names_it_by_stdin_filename() -> None:
    code, out, err = run(
        ["convert", "-", "--stdin-filename", "desk/bridge.txt", "--year", "2024"],
        STORY.encode(),
    )
    assert (code, err) == (0, "")
    record = json.loads(out)
    assert record["id"] == "bridge"
    assert record["source"]["path"] == "desk/bridge.txt"
    assert record["dateline"]["date"] == "2024-03-03"


def test_convert_of_plain_dash_has_no_file_stem_for_an_id() -> None:
    code, out, _ = run(["convert", "-", "--year", "2024"], STORY.encode())
    assert code == 0
    assert json.loads(out)["id"] == "article"


def test_check_reports_standard_input_under_its_stdin_filename() -> None:
    story = STORY + "\nKorvith said the work took two years.\n"
    code, out, _ = run(
        ["check", "-", "--stdin-filename", "desk/bridge.txt", "-f", "json"], story.encode()
    )
    report = json.loads(out)
    assert code == 1
    assert report["documents"] == ["desk/bridge.txt"]
    found = [(f["path"], f["code"], f["line"], f["column"]) for f in report["findings"]]
    assert found == [("desk/bridge.txt", "NC101", 5, 1)]


def test_check_of_standard_input_takes_the_config_of_its_stdin_filename(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "toolkit.toml").write_text('ignore = ["ALL"]\n', encoding="utf-8")
    story = STORY.replace("opened the", "opened the the").encode()
    code, out, _ = run(
        ["check", "-", "--stdin-filename", str(tmp_path / "bridge.txt"), "-f", "json"], story
    )
    assert (code, [f["code"] for f in json.loads(out)["findings"]]) == (1, ["NC502"])
    code, out, _ = run(
        ["check", "-", "--stdin-filename", str(desk / "bridge.txt"), "-f", "json"], story
    )
    assert (code, json.loads(out)["findings"]) == (0, [])


def test_validate_reads_standard_input() -> None:
    code, out, err = run(["validate", "-", "--stdin-filename", "feed.json"], b'{"foo": 1}')
    assert code == 1
    assert out == "feed.json: V010 a JSON document of no known kind; name one with --kind\n"
    assert err == "1 documents: 0 valid, 1 invalid, 0 unreadable\n"


@pytest.mark.parametrize("command", ["convert", "check", "validate"])
def test_empty_standard_input_is_an_unreadable_input(command: str) -> None:
    code, _, err = run([command, "-"], b"")
    assert code == 2
    assert err.startswith("-: ")


@pytest.mark.parametrize("command", ["convert", "check", "validate"])
def test_standard_input_over_the_size_limit_is_refused(command: str) -> None:
    code, _, err = run([command, "-", "--max-bytes", "10"], b"x" * 11)
    assert code == 2
    assert err.splitlines()[0] == "-: input is over the 10 bytes limit (--max-bytes raises it)"


@pytest.mark.parametrize("command", ["convert", "check", "validate"])
def test_dash_among_other_paths_is_a_usage_error(command: str, tmp_path: Path) -> None:
    other = tmp_path / "a.txt"
    other.write_text(STORY, encoding="utf-8")
    code, _, err = run([command, "-", str(other)], b"")
    assert code == 2
    assert "`-` (standard input) is the only input when given" in err


@pytest.mark.parametrize("command", ["convert", "check", "validate"])
def test_stdin_filename_without_dash_is_a_usage_error(command: str, tmp_path: Path) -> None:
    other = tmp_path / "a.txt"
    other.write_text(STORY, encoding="utf-8")
    code, _, err = run([command, str(other), "--stdin-filename", "x.txt"], b"")
    assert code == 2
    assert "--stdin-filename needs `-` (standard input) as the input" in err


def test_per_file_ignores_match_the_stdin_filename(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "toolkit.toml").write_text(
        '[per-file-ignores]\n"story.txt" = ["NC502"]\n', encoding="utf-8"
    )
    story = STORY.replace("opened the", "opened the the").encode()
    ignored, _, _ = run(["check", "-", "--stdin-filename", str(desk / "story.txt")], story)
    code, out, _ = run(["check", "-", "--stdin-filename", str(desk / "other.txt")], story)
    assert (ignored, code) == (0, 1)
    assert f"{desk / 'other.txt'}:1:" in out and "NC502" in out
