"""The engine that maps a task over a batch: order, chunks, processes, errors."""

from __future__ import annotations

import multiprocessing
import os
from functools import partial
from pathlib import Path

import pytest

from toolkit.parallel import Engine, engine_from, usable_cores


def square_with_pid(item: int, offset: int) -> tuple[int, int]:
    return item * item + offset, os.getpid()


def fails_on_five(item: int) -> int:
    if item == 5:
        raise ValueError("five")
    return item


def test_usable_cores_is_the_affinity_mask() -> None:
    assert usable_cores() == len(os.sched_getaffinity(0))


def test_no_jobs_means_every_usable_core() -> None:
    assert engine_from(None) == Engine(jobs=usable_cores())
    assert engine_from(3) == Engine(jobs=3)
    assert engine_from(1) == Engine(jobs=1, chunk_size=32)


@pytest.mark.parametrize(("jobs", "chunk"), [(1, 32), (2, 1), (2, 7), (3, 32)])
def test_results_come_in_input_order(jobs: int, chunk: int) -> None:
    task = partial(square_with_pid, offset=1)
    results = list(Engine(jobs=jobs, chunk_size=chunk).map(task, iter(range(200))))
    assert [value for value, _ in results] == [i * i + 1 for i in range(200)]
    pids = {pid for _, pid in results}
    if jobs == 1:
        assert pids == {os.getpid()}  # today's in-process path
    else:
        # under fork the first item is done here, before the workers are forked (so what it
        # loads is loaded once); every other one in a worker
        first_here = multiprocessing.get_start_method() == "fork"
        assert (results[0][1] == os.getpid()) is first_here
        assert os.getpid() not in {pid for _, pid in results[1:]}


def test_a_batch_smaller_than_a_chunk_stays_in_this_process() -> None:
    task = partial(square_with_pid, offset=0)
    results = list(Engine(jobs=2, chunk_size=32).map(task, range(31)))
    assert results == [(i * i, os.getpid()) for i in range(31)]
    assert {pid for _, pid in Engine(jobs=2, chunk_size=32).map(task, range(32))} != {
        os.getpid()
    }


def test_a_task_error_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="five"):
        list(Engine(jobs=2, chunk_size=2).map(fails_on_five, range(10)))


def test_an_empty_batch_gives_nothing() -> None:
    assert list(Engine(jobs=2).map(fails_on_five, [])) == []


def test_check_results_pickle_back_to_equal_objects(tmp_path: Path) -> None:
    # findings, related places and NC102's name uses cross from workers by their fields
    import pickle

    from tests.parallel.batch import write_batch
    from toolkit.checker.config import CheckConfig
    from toolkit.readers import ReaderOptions
    from toolkit.tasks import CheckedFile, check_file

    config = CheckConfig()
    batch = write_batch(tmp_path, 14)
    results = [
        check_file((str(path), config), None, ReaderOptions(), config, keep_text=True)
        for path in sorted(batch.rglob("*.txt"))
    ]
    checked = [r for r in results if isinstance(r, CheckedFile)]
    assert any(f.related for r in checked for f in r.findings)
    assert any(uses for r in checked for _, uses in r.summaries)
    assert pickle.loads(pickle.dumps(results)) == results
