"""The Dask path (the [dask] extra; skipped without it): a 2-worker LocalCluster gives the same
output as --jobs 1, survives a killed worker, and toolkit.dask.records makes a bag of records."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import REPO, SEEDS
from tests.parallel.batch import tree, write_batch
from toolkit.cli import cli

pytest.importorskip("distributed")

from toolkit.dask import Cluster, records
from toolkit.errors import ToolkitError

COUNT = 60


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_batch(tmp_path_factory.mktemp("batch"), COUNT)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    # workers import this test module to run its tasks
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), before) if p)
    started = Cluster("local:2")
    yield started
    started.close()
    if before is None:
        del os.environ["PYTHONPATH"]
    else:
        os.environ["PYTHONPATH"] = before


def test_convert_check_export_on_a_local_cluster_match_jobs_1(
    batch: Path, tmp_path: Path, standards_dir: Path
) -> None:
    schemas = ("--schema-dir", str(standards_dir))
    outputs: dict[str, object] = {}
    for way in (("-j", "1"), ("--scheduler", "local:2")):
        name = way[1]
        convert = run(
            "convert", str(batch), "--to", "record,nitf", "--out", str(tmp_path / name / "c"),
            *schemas, *way,
        )  # fmt: skip
        check = run("check", str(batch), "--format", "json", *way)
        export = run("export", str(batch), "--out", str(tmp_path / name / "e"), *schemas, *way)
        outputs[name] = (
            convert,
            tree(tmp_path / name / "c"),
            check,
            export[0],
            export[2].replace(str(tmp_path / name), "OUT"),
            tree(tmp_path / name / "e"),
        )
    assert outputs["1"] == outputs["local:2"]
    convert, _, check, export_code, export_err, exported = outputs["1"]  # type: ignore[misc]
    assert convert[0] == 2 and check[0] == 2 and export_code == 2  # an unreadable file
    assert "index.json" in exported and export_err.endswith("1 article failed\n")


def test_scheduler_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLKIT_DASK_SCHEDULER", "local:0")
    code, _, err = run("check", str(SEEDS))
    assert code == 2
    assert "local:N needs a number of workers N >= 1" in err


def die_once(item: int, marker: str) -> int:
    """Kills its worker the first time it sees item 13; Dask then runs the chunk again."""
    if item == 13 and not Path(marker).exists():
        Path(marker).write_text("died", encoding="utf-8")
        os._exit(1)
    return item * 2


def test_a_killed_worker_still_ends_in_the_same_output(cluster: Cluster, tmp_path: Path) -> None:
    from toolkit.parallel import Engine

    marker = tmp_path / "died"
    task = partial(die_once, marker=str(marker))
    results = list(Engine(cluster=cluster, chunk_size=4).map(task, range(40)))
    assert marker.read_text(encoding="utf-8") == "died"  # a worker did die
    assert results == [i * 2 for i in range(40)]


def test_records_bag_matches_convert(cluster: Cluster) -> None:
    bag = records(f"{SEEDS}/**/*.txt")
    found = bag.compute()
    expected = []
    for path in sorted(SEEDS.glob("*.txt")):
        code, out, _ = run("convert", str(path), "--to", "record")
        assert code == 0
        expected.append(json.loads(out))
    assert found == expected
    assert bag.pluck("id").take(2) == ("000_bd3756564a4685f9", "001_cns_harbin_ice_festival")


def test_an_unknown_scheduler_is_one_line() -> None:
    with pytest.raises(ToolkitError, match="local:N needs a number of workers"):
        Cluster("local:many")
