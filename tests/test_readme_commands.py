"""The README's first screen stays true: CI runs exactly its test command."""

from __future__ import annotations

import re

from tests.conftest import REPO


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_opens_with_the_install_and_export_command_then_the_test_command() -> None:
    install, tests = readme_commands()[:2]
    assert "pip install -e ." in install
    assert "toolkit export seeds/ --out exports/" in install
    assert tests == "python3 -m venv .venv && .venv/bin/pip install tox && .venv/bin/tox"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()
