"""The pre-commit hooks: one per file, one over the batch, and their commands really run."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from toolkit.cli import cli

from ..conftest import REPO, STANDARDS

HOOKS = REPO / ".pre-commit-hooks.yaml"


def hooks() -> dict[str, dict[str, Any]]:
    loaded = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in loaded}


def test_hook_definitions() -> None:
    found = hooks()
    assert list(found) == ["toolkit-check", "toolkit-check-batch", "toolkit-validate"]
    single, batch = found["toolkit-check"], found["toolkit-check-batch"]
    assert (single["entry"], single["language"], single["types"], single["files"]) == (
        "toolkit check",
        "python",
        ["text"],
        r"\.txt$",
    )
    assert single.get("pass_filenames", True) is True
    # the batch hook checks the files pre-commit passes, all in one process
    assert (batch["pass_filenames"], batch["require_serial"]) == (True, True)
    assert "args" not in batch
    validate = found["toolkit-validate"]
    assert (validate["entry"], validate["language"], validate["files"]) == (
        "toolkit validate",
        "python",
        r"\.(xml|json|nitf|rss|atom)$",
    )


def test_hook_commands_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, standards_dir: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "MOSCOW, June 1, 2023 -- Navy spokesman Igor Dyagalo said the drill ended.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "MOSCOW, June 2, 2023 -- Navy spokesman Igor Dygalo said ships returned.\n",
        encoding="utf-8",
    )
    found = hooks()
    runner = CliRunner()
    single = [*shlex.split(found["toolkit-check"]["entry"])[1:], "a.txt"]
    assert runner.invoke(cli, single).exit_code == 0
    # pre-commit passes the staged files: only those are compared, not the whole folder
    (tmp_path / "untouched.txt").write_text(
        "MOSCOW, June 3, 2023 -- Navy spokesman Igor Dyagallo said the fleet docked.\n",
        encoding="utf-8",
    )
    batch = [*shlex.split(found["toolkit-check-batch"]["entry"])[1:], "a.txt", "b.txt"]
    result = runner.invoke(cli, batch)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "1 finding"  # on b.txt, the spelling to change
    assert "untouched.txt" not in result.stdout
    (tmp_path / "story.json").write_text('{"uri": "urn:x:y", "urgency": 3}', encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"uri": 3}', encoding="utf-8")
    validate = shlex.split(found["toolkit-validate"]["entry"])[1:]
    env = {"TOOLKIT_SCHEMA_DIR": str(STANDARDS)}
    assert runner.invoke(cli, [*validate, "story.json"], env=env).exit_code == 0
    assert runner.invoke(cli, [*validate, "story.json", "bad.json"], env=env).exit_code == 1
