"""`toolkit schemas fetch|path|list`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import cli
from toolkit.validate.catalog import FETCH_PLAN

HOW = "pass --schema-dir DIR, set TOOLKIT_SCHEMA_DIR, or run `toolkit schemas fetch`"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("TOOLKIT_SCHEMA_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return CliRunner()


def test_path_with_schema_dir(runner: CliRunner, standards_dir: Path) -> None:
    result = runner.invoke(cli, ["schemas", "path", "--schema-dir", str(standards_dir)])
    assert (result.exit_code, result.output) == (0, f"{standards_dir}\n")


def test_path_without_schemas_exits_2_with_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["schemas", "path"])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: official schemas not found ({tmp_path}/cache/newsroom-toolkit/schemas has no "
        f"newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd); {HOW}\n"
    )


def test_list(runner: CliRunner, standards_dir: Path) -> None:
    result = runner.invoke(cli, ["schemas", "list", "--schema-dir", str(standards_dir)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "record\t(package)\tok"
    assert lines[1] == (f"newsml\t{standards_dir}/newsml-g2/NewsML-G2_2.35-with-NITF-3.6.xsd\tok")
    assert all(line.endswith("\tok") for line in lines)


def test_fetch_into_the_cache_then_path_finds_it(runner: CliRunner, tmp_path: Path) -> None:
    def download(url: str) -> bytes:
        if url.endswith(".json"):
            return b"{}"
        return b'<schema xmlns="http://www.w3.org/2001/XMLSchema"/>'

    result = runner.invoke(cli, ["schemas", "fetch"], obj={"download": download})
    cache = tmp_path / "cache" / "newsroom-toolkit" / "schemas"
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"{cache}/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"
    assert result.stderr == f"{len(FETCH_PLAN) + 1} files in {cache}\n"
    path = runner.invoke(cli, ["schemas", "path"])
    assert path.output == f"{cache}\n"


def test_fetch_offline(runner: CliRunner, tmp_path: Path) -> None:
    def offline(url: str) -> bytes:
        raise OSError(101, "Network is unreachable")

    result = runner.invoke(
        cli, ["schemas", "fetch", "--dest", str(tmp_path / "d")], obj={"download": offline}
    )
    assert result.exit_code == 2
    assert result.output.startswith("Error: cannot download https://www.iptc.org/std/NewsML-G2/")
    assert result.output.endswith(
        "Network is unreachable; check the network, or use --schema-dir DIR\n"
    )
