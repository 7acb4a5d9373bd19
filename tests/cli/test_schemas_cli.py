"""`toolkit schemas fetch|path|list`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.validate.test_catalog import fake_download
from toolkit.cli import cli
from toolkit.validation.catalog import FETCH_PLAN

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
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "record\t(package)\tok",
        "manifest\t(package)\tok",
        f"newsml\t{standards_dir}/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd\tok",
    ]
    assert all(line.endswith("\tok") for line in lines)
    assert result.stderr == ""


def test_list_without_schemas_shows_what_is_missing(runner: CliRunner, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "newsroom-toolkit" / "schemas"
    (cache / "ninjs" / "schemas").mkdir(parents=True)
    (cache / "ninjs/schemas/ninjs-schema_3.1.json").write_text("{}")
    result = runner.invoke(cli, ["schemas", "list"])
    assert result.exit_code == 0
    states = dict(line.split("\t")[::2] for line in result.stdout.splitlines())
    found = (states["ninjs-3.1"], states["ninjs-2.2"], states["atom"])
    assert found == ("ok", "missing", "missing")
    total = len(states) - 2  # the two packaged schemas
    where = f"{cache} (user cache)"
    assert result.stderr == f"{total - 1} of {total} schemas missing in {where}; {HOW}\n"


def test_missing_schema_error_names_the_schema_missing(
    runner: CliRunner, tmp_path: Path, standards_dir: Path
) -> None:
    """A folder with the ninjs schemas only validates ninjs, and names the XSD an item needs."""
    folder = tmp_path / "only-ninjs"
    (folder / "ninjs").mkdir(parents=True)
    (folder / "ninjs/schemas").symlink_to(standards_dir / "ninjs/schemas")
    story = tmp_path / "story.json"
    story.write_text('{"uri": "urn:newsml:example.com:20250120:x", "headlines": []}')
    ok = runner.invoke(cli, ["validate", "--schema-dir", str(folder), str(story)])
    assert ok.exit_code == 0, ok.output
    item = tmp_path / "item.xml"
    item.write_text('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"/>')
    missing = runner.invoke(cli, ["validate", "--schema-dir", str(folder), str(item)])
    assert missing.exit_code == 2
    assert missing.stderr == (
        f"Error: schema folder {folder} (--schema-dir) has no nitf/nitf-3-6.xsd; {HOW}\n"
    )


def test_fetch_into_the_cache_then_path_finds_it(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["schemas", "fetch"], obj={"download": fake_download})
    cache = tmp_path / "cache" / "newsroom-toolkit" / "schemas"
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"{cache}/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"
    assert result.stderr == f"{len(FETCH_PLAN) + 2} files in {cache}\n"
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


def test_fetch_from_a_file_mirror_then_validate_and_export_with_it(
    runner: CliRunner, tmp_path: Path, standards_dir: Path
) -> None:
    """The real download path (urllib) end to end, offline: a file:// mirror laid out by
    host and path, filled here from the standards folder."""
    from tests.validate.test_catalog import rfc_text
    from toolkit.validation import atom_grammar, catalog

    mirror = tmp_path / "mirror"
    for relative, url in FETCH_PLAN:
        target = Path(catalog.mirrored(url, str(mirror)))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((standards_dir / relative).read_bytes())
    rfc = Path(catalog.mirrored(atom_grammar.RFC_URL, str(mirror)))
    rfc.parent.mkdir(parents=True, exist_ok=True)
    rfc.write_bytes(rfc_text((standards_dir / atom_grammar.RNC_FILE).read_text(), page=56))
    dest = tmp_path / "schemas"
    fetched = runner.invoke(
        cli, ["schemas", "fetch", "--dest", str(dest), "--mirror", mirror.as_uri()]
    )
    assert fetched.exit_code == 0, fetched.output
    listed = runner.invoke(cli, ["schemas", "list", "--schema-dir", str(dest)])
    assert (listed.exit_code, listed.stderr) == (0, "")
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    out = tmp_path / "out"
    exported = runner.invoke(
        cli, ["export", str(seeds), "--out", str(out), "--schema-dir", str(dest), "-j", "1"]
    )
    assert exported.exit_code == 0, exported.output
    validated = runner.invoke(cli, ["validate", str(out), "--schema-dir", str(dest), "-j", "1"])
    assert validated.exit_code == 0, validated.output


def test_convert_needs_only_the_schemas_of_its_formats(
    runner: CliRunner, tmp_path: Path, standards_dir: Path
) -> None:
    folder = tmp_path / "only-ninjs"
    (folder / "ninjs").mkdir(parents=True)
    (folder / "ninjs/schemas").symlink_to(standards_dir / "ninjs/schemas")
    (folder / "ninjs/test_suite").symlink_to(standards_dir / "ninjs/test_suite")
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_bd3756564a4685f9.txt"
    ninjs = runner.invoke(cli, ["convert", str(seed), "--to", "ninjs", "--schema-dir", str(folder)])
    assert ninjs.exit_code == 0, ninjs.output
    newsml = runner.invoke(
        cli, ["convert", str(seed), "--to", "newsml", "--schema-dir", str(folder)]
    )
    assert newsml.exit_code == 2
    assert newsml.stderr == (
        f"Error: schema folder {folder} (--schema-dir) has no "
        f"newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd; {HOW}\n"
    )
