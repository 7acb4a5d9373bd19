"""The pre-commit hooks: one per file, one over the batch, and their commands really run."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from toolkit.cli import cli

from ..conftest import REPO

HOOKS = REPO / ".pre-commit-hooks.yaml"


def hooks() -> dict[str, dict[str, Any]]:
    loaded = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in loaded}


def test_hook_definitions() -> None:
    found = hooks()
    assert list(found) == ["toolkit-check", "toolkit-check-batch"]
    single, batch = found["toolkit-check"], found["toolkit-check-batch"]
    assert (single["entry"], single["language"], single["types"], single["files"]) == (
        "toolkit check",
        "python",
        ["text"],
        r"\.txt$",
    )
    assert single.get("pass_filenames", True) is True
    assert batch["pass_filenames"] is False
    assert batch["require_serial"] is True


def test_hook_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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
    batch = found["toolkit-check-batch"]
    args = shlex.split(batch["entry"])[1:] + batch["args"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "2 findings"
