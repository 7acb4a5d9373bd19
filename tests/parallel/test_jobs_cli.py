"""Every batch command gives byte-identical output whatever --jobs is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEEDS
from tests.parallel.batch import tree, write_batch
from toolkit.cli import cli

COUNT = 90


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_batch(tmp_path_factory.mktemp("batch"), COUNT)


def test_convert(batch: Path, tmp_path: Path, standards_dir: Path) -> None:
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        code, _, err = run(
            "convert", str(batch), "--to", "record,newsml,ninjs", "--out", str(out),
            "--schema-dir", str(standards_dir), "--jobs", jobs,
        )  # fmt: skip
        assert code == 2  # the failing one is unreadable
        assert err.splitlines()[-1] == f"1 of {COUNT + 3} articles failed"
        problems = [line for line in err.splitlines() if ": warning: " not in line]
        assert problems[0].startswith(f"{batch / 'b' / 'broken.txt'}: ")
        outputs[jobs] = (err, tree(out))
    assert outputs["1"] == outputs["2"]
    assert len(outputs["1"][1]) == 3 * (COUNT + 2)


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "html"])
def test_check(batch: Path, output_format: str) -> None:
    results = {
        jobs: run("check", str(batch), "--format", output_format, "-j", jobs) for jobs in ("1", "2")
    }
    assert results["1"] == results["2"]
    code, out, err = results["1"]
    assert code == 2  # the unreadable file
    assert err.startswith(f"{batch / 'b' / 'broken.txt'}: ")
    if output_format == "text":
        lines = out.splitlines()
        assert (
            f"{batch / 'b' / 'navy_2.txt'}:1:40: NC102 “Igor Dygalo” is spelled "
            f"“Igor Dyagalo” in {batch / 'a' / 'navy_1.txt'} (line 1:40); use one spelling"
        ) in lines
        assert not any(f"{batch / 'a' / 'navy_1.txt'}:1:40: NC102" in line for line in lines)
        assert sum(" NC102 " in line for line in lines) > 1  # Moin Haq/Haque too
    if output_format == "json":
        # the other article's spelling is a related location, with that article's path
        [navy] = [
            f
            for f in json.loads(out)["findings"]
            if f["code"] == "NC102" and f["path"] == str(batch / "b" / "navy_2.txt")
        ]
        assert navy["related"] == [
            {
                "path": str(batch / "a" / "navy_1.txt"),
                "line": 1,
                "column": 40,
                "end_line": 1,
                "end_column": 52,
                "message": "spelled “Igor Dyagalo” here",
            }
        ]


def test_validate(batch: Path, tmp_path: Path, standards_dir: Path) -> None:
    out = tmp_path / "docs"
    run(
        "convert", str(batch / "a"), "--to", "record,newsml,nitf,ninjs@2.2", "--out", str(out),
        "--schema-dir", str(standards_dir), "-j", "1",
    )  # fmt: skip
    (out / "bad.json").write_text('{"uri": 3}', encoding="utf-8")
    (out / "truncated.xml").write_text("<newsItem", encoding="utf-8")
    for output_format in ("text", "json"):
        results = {
            jobs: run(
                "validate",
                str(out),
                "--schema-dir",
                str(standards_dir),
                "--format",
                output_format,
                "-j",
                jobs,
            )
            for jobs in ("1", "2")
        }
        assert results["1"] == results["2"]
        assert results["1"][0] == 1  # both invalid (V100, V001); nothing unreadable
    documents = json.loads(results["1"][1])["documents"]
    assert len(documents) == 4 * (COUNT // 3 + 1) + 2  # folder a: 30 stories and navy_1


def test_export_and_its_check(batch: Path, tmp_path: Path, standards_dir: Path) -> None:
    exported = {}
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        code, _, err = run(
            "export", str(batch), "--out", str(out), "--schema-dir", str(standards_dir),
            "-j", jobs,
        )  # fmt: skip
        assert code == 2  # the failing one is unreadable
        assert err.splitlines()[-1] == "1 article failed"
        exported[jobs] = (err.replace(str(out), "OUT"), tree(out))
    assert exported["1"] == exported["2"]
    other = "2"
    code, _, err = run(
        "export", str(batch), "--out", str(tmp_path / "1"), "--check",
        "--schema-dir", str(standards_dir), "-j", other,
    )  # fmt: skip
    assert code == 2  # the unreadable article, but nothing out of date
    assert "up to date (0 added, 0 changed, 0 removed)" in err


def test_convert_keeps_the_first_of_two_articles_with_one_id(
    tmp_path: Path, standards_dir: Path
) -> None:
    # Workers write the documents themselves: the second "aaa" (the last file of the last
    # chunk) writes over the first one's files, which must come back.
    batch = write_batch(tmp_path / "in", 90)
    seeds = sorted(SEEDS.glob("*.txt"))
    (batch / "a" / "aaa.txt").write_bytes(seeds[0].read_bytes())  # first in the walk
    (batch / "c").mkdir()
    (batch / "c" / "aaa.txt").write_bytes(seeds[1].read_bytes())  # last in the walk
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        code, _, err = run(
            "convert", str(batch), "--to", "record,newsml", "--out", str(out),
            "--schema-dir", str(standards_dir), "--jobs", jobs,
        )  # fmt: skip
        assert code == 2
        assert (
            f"{batch / 'c' / 'aaa.txt'}: article id 'aaa' is already used by "
            f"{batch / 'a' / 'aaa.txt'}"
        ) in err.splitlines()
        record = json.loads((out / "aaa.json").read_bytes())
        assert record["source"]["path"] == str(batch / "a" / "aaa.txt")
        outputs[jobs] = (err, tree(out))
    assert outputs["1"] == outputs["2"]
