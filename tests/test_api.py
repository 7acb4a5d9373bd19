"""The Python API gives what the CLI gives: the same record, findings and verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import toolkit
from tests.conftest import SEED
from toolkit.checker.config import ConfigError
from toolkit.cli import cli
from toolkit.errors import InputError

STORY = (
    "BEIJING, March 3 (Xinhua) -- Mayor Lena Korvath opened the new bridge on Monday.\n\n"
    '"It joins two halves of the city," said Korvath, who has led the city since 2019.\n\n'
    "Korvith said the work took two years.\n"
)


def test_convert_gives_the_bytes_the_cli_prints() -> None:
    cli_out = CliRunner().invoke(cli, ["convert", str(SEED)]).stdout_bytes
    assert toolkit.convert(SEED) == cli_out


def test_convert_of_bytes_takes_the_name_for_its_id() -> None:
    record = json.loads(toolkit.convert(STORY.encode(), name="desk/bridge.txt", year=2024))
    assert (record["id"], record["dateline"]["date"]) == ("bridge", "2024-03-03")
    assert [p["name"] for p in record["people"]] == ["Lena Korvath"]


def test_read_gives_people_with_their_titles() -> None:
    article = toolkit.read(STORY.encode())
    assert [(p.name, [t.role for t in p.titles]) for p in article.people] == [
        ("Lena Korvath", ["mayor"])
    ]


def test_check_finds_what_the_cli_finds(tmp_path: Path) -> None:
    story = tmp_path / "bridge.txt"
    story.write_text(STORY, encoding="utf-8")
    found = [(f.path, f.code, f.line, f.column) for f in toolkit.check(story)]
    assert found == [(str(story), "NC101", 5, 1)]
    assert toolkit.check(story, ignore=["NC1"]) == []


def test_check_walks_a_folder_and_compares_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "LONDON, May 2 (Reuters) - Finance Minister Oskar Brandtvik resigned on Friday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "OSLO, May 3 (Reuters) - Finance Minister Oskar Brandtvick left office on Saturday.\n",
        encoding="utf-8",
    )
    found = [(Path(f.path).name, f.code) for f in toolkit.check(tmp_path)]
    assert found == [("b.txt", "NC102")]  # the spelling met later, on a tie


def test_check_refuses_an_unknown_selector() -> None:
    with pytest.raises(ConfigError, match="unknown rule code or prefix 'NC9'"):
        toolkit.check(STORY.encode(), select=["NC9"])


def test_validate_gives_the_standard_verdict(tmp_path: Path) -> None:
    result = toolkit.validate(b'{"foo": 1}', name="feed.json")
    assert (result.valid, [f.code for f in result.findings]) == (False, ["V010"])


def test_a_missing_file_is_an_input_error_naming_it() -> None:
    with pytest.raises(InputError, match=r"^nowhere\.txt: No such file or directory$"):
        toolkit.read("nowhere.txt")
