"""`toolkit export` as a user runs it: messages, exit codes, config, determinism across envs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from tests.conftest import SEED, STANDARDS
from tests.export.stories import LIBRARY, write_stories
from toolkit.cli import cli

SEED_GUID = "urn:newsml:newsroom.example:20221109:000_bd3756564a4685f9"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["export", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder of our own, so no pyproject.toml above the repo leaks in."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def wire(cwd: Path) -> Path:
    return write_stories(cwd / "wire")


def test_export_then_check_then_edit(wire: Path) -> None:
    code, out, err = run("wire", "--out", "out", "--year", "2025", "--no-validate")
    assert (code, out) == (0, "")
    assert err == "exported 3 articles to out: 16 files added, 0 changed, 0 removed, 0 unchanged\n"

    code, out, err = run("wire", "--out", "out", "--year", "2025", "--check", "--no-validate")
    assert (code, out, err) == (0, "", "out: up to date (0 added, 0 changed, 0 removed)\n")

    (wire / "library.txt").write_text(LIBRARY.replace("600", "700"), encoding="utf-8")
    (wire / "harbour-strike.txt").unlink()
    code, out, err = run("wire", "--out", "out", "--year", "2025", "--check", "--no-validate")
    assert code == 1
    assert out.splitlines() == [
        "changed: articles/library.json",
        "changed: articles/library.xml",
        "changed: articles/library.nitf.xml",
        "changed: articles/library.ninjs.json",
        "changed: rss.xml",
        "changed: atom.xml",
        "changed: feed.json",
        "removed: articles/harbour-strike.json",
        "removed: articles/harbour-strike.xml",
        "removed: articles/harbour-strike.nitf.xml",
        "removed: articles/harbour-strike.ninjs.json",
        "changed: index.json",
    ]
    assert err == "out: out of date (0 added, 8 changed, 4 removed)\n"

    code, out, err = run("wire", "--out", "out", "--year", "2025", "--no-validate")
    assert (code, out) == (0, "")
    assert err == "exported 2 articles to out: 0 files added, 8 changed, 4 removed, 4 unchanged\n"
    assert run("wire", "--out", "out", "--year", "2025", "--check", "--no-validate")[0] == 0


def test_binary_file_among_sources_fails_alone(wire: Path) -> None:
    (wire / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    code, out, err = run("wire", "--out", "out", "--year", "2025", "--no-validate")
    assert (code, out) == (2, "")  # an unreadable source: exit 2, as in every command
    assert err.splitlines() == [
        "wire/scan.txt: binary file, not text",
        "exported 3 articles to out: 16 files added, 0 changed, 0 removed, 0 unchanged",
        "1 article failed",
    ]
    assert sorted(p.name for p in (Path("out") / "articles").iterdir())[:4] == [
        "harbour-strike.json",
        "harbour-strike.ninjs.json",
        "harbour-strike.nitf.xml",
        "harbour-strike.xml",
    ]


def test_config_in_pyproject_then_options_override_it(wire: Path, cwd: Path) -> None:
    (cwd / "pyproject.toml").write_text(
        "[tool.toolkit.export]\n"
        'title = "Gdynia Desk"\n'
        'link = "https://desk.example/"\n'
        'base-url = "https://desk.example/exports/"\n'
        "limit = 2\n"
        "[tool.toolkit.export.agencies]\n"
        'Reuters = "https://www.reuters.com/"\n',
        encoding="utf-8",
    )
    assert run("wire", "--out", "out", "--year", "2025", "--no-validate")[0] == 0
    rss = feedparser.parse(Path("out/rss.xml").read_bytes())
    assert rss.feed.title == "Gdynia Desk"
    assert rss.feed.link == "https://desk.example/"
    assert len(rss.entries) == 2
    rss_xml = Path("out/rss.xml").read_text(encoding="utf-8")
    assert '<atom:link href="https://desk.example/exports/rss.xml" rel="self"' in rss_xml
    assert '<source url="https://www.reuters.com/">Reuters</source>' in rss_xml

    args = ("wire", "--out", "out", "--year", "2025", "--no-validate")
    assert run(*args, "--feed-title", "Night Desk", "--limit", "3")[0] == 0
    rss = feedparser.parse(Path("out/rss.xml").read_bytes())
    assert (rss.feed.title, len(rss.entries)) == ("Night Desk", 3)


def test_bad_config_is_one_line_and_exit_2(wire: Path, cwd: Path) -> None:
    (cwd / "pyproject.toml").write_text(
        '[tool.toolkit.export]\ncolour = "blue"\n', encoding="utf-8"
    )
    code, out, err = run("wire", "--out", "out")
    assert (code, out) == (2, "")
    assert err == (
        f"error: {cwd / 'pyproject.toml'}: unknown key(s) colour in [tool.toolkit.export]; "
        "known: agencies, base-url, description, domain, feed-id, language, limit, link, "
        "provider, provider-uri, title, validate\n"
    )
    assert not Path("out").exists()


def test_explicit_config_file_is_used(wire: Path, cwd: Path) -> None:
    (cwd / "export.toml").write_text(
        '[tool.toolkit.export]\nlimit = "many"\n', encoding="utf-8"
    )
    code, _, err = run("wire", "--out", "out", "--config", "export.toml")
    assert (code, err) == (2, "error: export.toml: limit must be a positive integer\n")


def test_seed_feed_entry_has_the_seed_date_and_guid(cwd: Path) -> None:
    code, _, err = run(str(SEED), "--out", "out", "--no-validate")
    assert code == 0, err
    rss = Path("out/rss.xml").read_text(encoding="utf-8")
    assert "<pubDate>Wed, 09 Nov 2022 00:00:00 +0000</pubDate>" in rss
    assert f'<guid isPermaLink="false">{SEED_GUID}</guid>' in rss
    assert "<dc:creator>Wang Yifei</dc:creator>" in rss
    feed = json.loads(Path("out/feed.json").read_bytes())
    assert feed["items"][0]["id"] == SEED_GUID
    assert feed["items"][0]["date_published"] == "2022-11-09T00:00:00Z"
    assert feed["items"][0]["authors"] == [{"name": "Wang Yifei"}, {"name": "Zhang Yuhuan"}]


@pytest.mark.standards
def test_validated_export_of_the_seed(cwd: Path, standards_dir: Path) -> None:
    code, _, err = run(str(SEED), "--out", "out", "--schema-dir", str(standards_dir))
    assert (code, err) == (
        0,
        "exported 1 article to out: 8 files added, 0 changed, 0 removed, 0 unchanged\n",
    )


def _export_in_subprocess(cwd: Path, out: str, env: dict[str, str]) -> None:
    args = [sys.executable, "-m", "toolkit", "export", "wire", str(SEED), "--out", out,
            "--year", "2025"]  # fmt: skip
    if (STANDARDS / "newsml-g2").is_dir():
        args += ["--schema-dir", str(STANDARDS)]
    else:
        args.append("--no-validate")
    result = subprocess.run(
        args, cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_two_runs_are_byte_identical_whatever_tz_locale_and_hash_seed(wire: Path) -> None:
    cwd = wire.parent
    _export_in_subprocess(
        cwd, "a", {"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "PYTHONHASHSEED": "1"}
    )
    _export_in_subprocess(
        cwd, "b", {"TZ": "America/Adak", "LC_ALL": "de_DE.UTF-8", "PYTHONHASHSEED": "4242"}
    )

    def tree(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    a, b = tree(cwd / "a"), tree(cwd / "b")
    assert len(a) == 4 * 4 + 4
    assert a == b


@pytest.mark.standards
def test_export_of_no_articles_still_writes_valid_feeds(cwd: Path, standards_dir: Path) -> None:
    (cwd / "empty").mkdir()
    code, _, err = run("empty", "--out", "out", "--schema-dir", str(standards_dir))
    assert (code, err) == (
        0,
        "exported 0 articles to out: 4 files added, 0 changed, 0 removed, 0 unchanged\n",
    )
    assert json.loads(Path("out/feed.json").read_bytes())["items"] == []
    assert json.loads(Path("out/index.json").read_bytes())["articles"] == []


def test_undated_stories_are_warned_about_and_no_feed_says_1970(cwd: Path) -> None:
    (cwd / "wire").mkdir()
    (cwd / "wire" / "dated.txt").write_bytes(SEED.read_bytes())
    (cwd / "wire" / "lima.txt").write_text(
        "LIMA, May 2 -- Fishing boats stayed in port on Friday.\n", encoding="utf-8"
    )
    code, _, err = run("wire", "--out", "out", "--no-validate")
    assert code == 0
    assert err.splitlines()[0] == (
        "wire/lima.txt: warning: undated story (the dateline gives no year): its guid says "
        "'undated' and feeds give it no date of its own; give --year YEAR, or "
        "SOURCE_DATE_EPOCH / --source-date-epoch"
    )
    for name in ("rss.xml", "atom.xml", "feed.json"):
        assert b"1970" not in (cwd / "out" / name).read_bytes(), name
