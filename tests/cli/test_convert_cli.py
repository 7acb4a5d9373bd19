"""`toolkit convert` as a user runs it: the seed's record, batches with failures, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tests.conftest import SEED
from toolkit.cli import cli

NAR = "{http://iptc.org/std/nar/2006-10-01/}"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["convert", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_seed_record_has_the_values_an_editor_expects() -> None:
    code, out, err = run(str(SEED), "--to", "record")
    assert (code, err) == (0, "")
    record = json.loads(out)
    assert record["agency"] == "China News Service"
    dateline = record["dateline"]
    assert (dateline["place"], dateline["country"]) == ("Wuzhen", "CN")
    assert dateline["date"] == "2022-11-09"
    assert dateline["year_source"] == "text"
    assert dateline["date_text"] == "November 9th"
    assert [b["name"] for b in record["bylines"]] == ["Wang Yifei", "Zhang Yuhuan"]
    assert record["headline"] is None
    people = {p["name"]: [t["text"] for t in p["titles"]] for p in record["people"]}
    assert set(people) == {"Arevic", "Moin Haq", "Hisham Farouk", "Ran Chengqi"}
    assert any("Minister of Communications" in t for t in people["Arevic"])
    assert people["Moin Haq"] == ["Pakistan's ambassador to China"]
    assert people["Hisham Farouk"] == ["Deputy Minister of Higher Education of Egypt"]
    assert people["Ran Chengqi"] == [
        "director of the China Satellite Navigation System Management Office"
    ]
    assert [q["speaker"] for q in record["quotes"]] == ["Moin Haq", "Hisham Farouk"]
    places = {p["name"]: p["country"] for p in record["places"]}
    for name, country in [("Wuzhen", "CN"), ("Cuba", "CU"), ("Pakistan", "PK"),
                          ("Egypt", "EG"), ("China", "CN")]:
        assert places[name] == country
    assert record["source"]["path"] == str(SEED)
    assert record["id"] == "000_bd3756564a4685f9"


def test_record_output_is_byte_identical_across_runs() -> None:
    first = run(str(SEED), "--to", "record")[1]
    assert first == run(str(SEED), "--to", "record")[1]


def test_newsml_to_stdout_validates_and_carries_the_dateline(standards_dir: Path) -> None:
    code, out, err = run(str(SEED), "--to", "newsml", "--schema-dir", str(standards_dir))
    assert (code, err) == (0, "")
    root = etree.fromstring(out.encode("utf-8"))
    assert root.get("guid") == "urn:newsml:newsroom.example:20221109:000_bd3756564a4685f9"
    assert root.findtext(f"{NAR}contentMeta/{NAR}contentCreated") == "2022-11-09"
    assert root.find(f"{NAR}contentMeta/{NAR}headline") is None
    assert [c.findtext(f"{NAR}name") for c in root.iterfind(f"{NAR}contentMeta/{NAR}creator")] == [
        "Wang Yifei",
        "Zhang Yuhuan",
    ]


def test_batch_writes_every_good_article_and_names_each_failure(
    tmp_path: Path, standards_dir: Path
) -> None:
    sources = tmp_path / "in"
    (sources / "desk").mkdir(parents=True)
    (sources / "a.txt").write_bytes(SEED.read_bytes())
    (sources / "desk" / "b.txt").write_text(
        "BEIJING, Feb. 2 (Xinhua) -- Officials opened a new rail line on Thursday.\n",
        encoding="utf-8",
    )
    (sources / "empty.txt").write_bytes(b"")
    (sources / "blob.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out"
    code, _, err = run(str(sources), "--to", "record,newsml", "--out", str(out),
                       "--schema-dir", str(standards_dir))
    assert code == 2  # unreadable inputs: exit 2 in every command
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "a.xml", "b.json", "b.xml"]
    lines = [line for line in err.splitlines() if ": warning: " not in line]
    assert lines[-1] == "2 of 4 articles failed"
    assert sorted(line.split(": ", 1)[0] for line in lines[:-1]) == [
        str(sources / "blob.txt"),
        str(sources / "empty.txt"),
    ]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left


def test_several_inputs_without_out_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("one", encoding="utf-8")
    code, _, err = run(str(SEED), str(tmp_path / "x.txt"))
    assert code == 2
    assert "need --out DIR" in err


@pytest.mark.parametrize("bad", ["html", "ninjs@9.9"])
def test_unknown_format_is_a_usage_error(bad: str) -> None:
    code, _, err = run(str(SEED), "--to", bad)
    assert code == 2
    assert "unknown output format" in err


def test_missing_official_schemas_give_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TOOLKIT_SCHEMA_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path))
    code, out, err = run(str(SEED), "--to", "newsml")
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "toolkit schemas fetch" in err


def test_a_50_mb_file_is_refused_by_size_and_the_batch_goes_on(tmp_path: Path) -> None:
    huge = tmp_path / "in" / "dump.txt"
    huge.parent.mkdir()
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the test stays fast and small on disk
    (tmp_path / "in" / "seed.txt").write_bytes(SEED.read_bytes())
    code, _, err = run(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code == 2
    assert err.splitlines()[0] == (
        f"{huge}: file is 50 MB, over the 5 MB limit (--max-bytes raises it)"
    )
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["seed.json"]


def test_articles_whose_ids_collide_are_refused_naming_both_sources(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    story = SEED.read_bytes()
    for name in ("Story.txt", "story.txt", "sub/story.txt", "other.txt"):
        (source / name).write_bytes(story)
    (source / "a.json").write_text(
        '{"uri": "urn:x:a", "headline": "Storm hits coast",'
        ' "body_text": "BEIJING, May 3 (Xinhua) -- A storm hit the coast on Monday."}'
    )
    (source / "a.xml").write_text(
        "<nitf><head><title>Storm</title></head><body><body.content>"
        "<p>A storm hit the coast.</p></body.content></body></nitf>"
    )
    out = tmp_path / "out"
    code, _, err = run(str(source), "--out", str(out))
    assert code == 1
    assert err.splitlines() == [
        f"{source}/a.xml: article id 'a' is already used by {source}/a.json",
        f"{source}/story.txt: article id 'story' is already used by {source}/Story.txt",
        f"{source}/sub/story.txt: article id 'story' is already used by {source}/Story.txt",
        "3 of 6 articles failed",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "other.json", "story.json"]
    assert json.loads((out / "story.json").read_text())["source"]["path"] == str(
        source / "Story.txt"
    )


@pytest.mark.parametrize("command", ["convert", "check", "export", "validate"])
def test_max_bytes_sets_the_size_limit_of_every_command(tmp_path: Path, command: str) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(SEED.read_bytes())
    size = len(SEED.read_bytes())
    extra = {"convert": ["--to", "record"], "export": ["--out", str(tmp_path / "out")]}
    result = CliRunner().invoke(
        cli, [command, str(story), "--max-bytes", "1000", *extra.get(command, [])]
    )
    assert result.exit_code == 2
    assert (
        f"{story}: file is {size:,} bytes, over the 1,000 bytes limit (--max-bytes raises it)"
        in (result.stderr + result.stdout)
    )


LATIN1 = "PARIS, May 3, 2024 (AFP) -- Cafés in Orléans reopened on Monday after the strike.\n"


def test_a_guessed_encoding_is_recorded_and_said_on_stderr(tmp_path: Path) -> None:
    story = tmp_path / "paris.txt"
    story.write_bytes(LATIN1.encode("latin-1"))
    code, out, err = run(str(story))
    assert code == 0
    assert err == (
        f"{story}: warning: encoding guessed as cp1252 (not UTF-8, no byte order mark); "
        "name it with --encoding\n"
    )
    record = json.loads(out)
    assert record["source"]["encoding"] == "cp1252"
    assert "encoding guessed as cp1252 (no byte order mark, not UTF-8)" in record["notes"]
    code, out, err = run(str(story), "--encoding", "latin-1")
    assert (code, err) == (0, "")
    assert json.loads(out)["source"]["encoding"] == "iso8859-1"
    assert run(str(story), "--encoding", "klingon")[0] == 2


def test_an_undated_story_is_said_on_stderr_with_the_way_out(tmp_path: Path) -> None:
    story = tmp_path / "lima.txt"
    story.write_text("LIMA, May 2 -- Fishing boats stayed in port on Friday.\n", encoding="utf-8")
    code, _, err = run(str(story))
    assert code == 0
    assert err == (
        f"{story}: warning: undated story (the dateline gives no year): its guid says "
        "'undated' and feeds give it no date of its own; give --year YEAR, or "
        "SOURCE_DATE_EPOCH / --source-date-epoch\n"
    )
    assert run(str(story), "--year", "2024")[2] == ""
    assert run(str(story), "--source-date-epoch", "1700000000")[2] == ""
