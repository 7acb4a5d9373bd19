"""Map a pure per-file task over a batch: in this process, on a process pool, or on Dask.

Every command that walks a batch (convert, check, validate, export) hands its files here in
chunks and gets one result per file back, in the order of the files: reports, manifests and
feeds are then byte-identical whatever the number of workers. The engines are existing ones:
:class:`concurrent.futures.ProcessPoolExecutor` for one machine, a Dask ``distributed``
cluster (the optional ``dask`` extra) for several. Tasks must be picklable: a module-level
function, usually bound to its settings with :func:`functools.partial`.

Memory stays flat: at most a few chunks per worker are in flight, so a batch of millions of
files never becomes millions of pending results. On Ctrl-C the pool's workers (which ignore
SIGINT themselves) finish the chunk in hand, nothing more is handed out, and the
KeyboardInterrupt reaches the caller; writes are atomic, so no partial file is left.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # dask is an optional extra, imported only when a cluster is asked for
    from toolkit.dask import Cluster

T = TypeVar("T")
R = TypeVar("R")

SCHEDULER_ENV = "TOOLKIT_DASK_SCHEDULER"
CHUNK_SIZE = 32  # files per task: big enough to hide the hand-off, small enough to balance
# Files per task on a cluster: Dask's advice is tasks of 100 ms or more (~2.5 ms per file).
CLUSTER_CHUNK_SIZE = 128
_IN_FLIGHT = 4  # chunks queued per worker


def usable_cores() -> int:
    """The cores this process may run on: ``os.process_cpu_count()`` (Python 3.13+), else
    the affinity mask, else ``os.cpu_count()``."""
    process_cpu_count: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)
    if process_cpu_count is not None:
        count = process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):
        count = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - macOS and Windows
        count = os.cpu_count()
    return max(1, count or 1)


@dataclass(frozen=True, slots=True)
class Engine:
    """Where a batch runs: ``jobs`` local processes (1: this process), or a connected Dask
    cluster (:class:`toolkit.dask.Cluster`)."""

    jobs: int = 1
    cluster: Cluster | None = None
    chunk_size: int = CHUNK_SIZE

    def map(self, task: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``task(item)`` for every item, lazily, in the order of ``items``."""
        if self.cluster is not None:
            return _flatten(self.cluster.map_chunks(task, _chunks(items, self.chunk_size)))
        if self.jobs <= 1:
            return map(task, items)
        return _pool_map(task, items, self.jobs, self.chunk_size)


def run_chunk(task: Callable[[T], R], chunk: list[T]) -> list[R]:
    """What a worker runs: the task over one chunk."""
    return [task(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _flatten(chunks: Iterator[list[R]]) -> Iterator[R]:
    for chunk in chunks:
        yield from chunk


def _ignore_sigint() -> None:
    # The parent decides what Ctrl-C means; a worker must not die mid-chunk with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool_map(task: Callable[[T], R], items: Iterable[T], jobs: int, size: int) -> Iterator[R]:
    chunks = _chunks(items, size)
    first = next(chunks, [])
    if len(first) < size:
        # the whole batch is less than one chunk: starting processes would cost more
        yield from map(task, first)
        return
    if multiprocessing.get_start_method() == "fork":
        # The first file is done here, before the workers are forked: what a task loads on
        # first use (name tables, compiled patterns, schemas, lazy imports) is then loaded
        # once, as with --jobs 1, and inherited by every worker instead of loaded by each.
        yield task(first[0])
        first = first[1:]
    pending: deque[Future[list[R]]] = deque()
    pool = ProcessPoolExecutor(jobs, initializer=_ignore_sigint)
    try:
        for chunk in chain([first], chunks):
            pending.append(pool.submit(run_chunk, task, chunk))
            while len(pending) >= jobs * _IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # On an error, Ctrl-C or a consumer that stops early: hand out nothing more, let the
        # running chunks end (their results are dropped), and only then return.
        pool.shutdown(wait=True, cancel_futures=True)


def engine_from(jobs: int | None, cluster: Cluster | None = None) -> Engine:
    """The engine the options ask for: a cluster wins over ``--jobs``; no ``--jobs``
    means every usable core."""
    if cluster is not None:
        return Engine(cluster=cluster, chunk_size=CLUSTER_CHUNK_SIZE)
    return Engine(jobs=jobs if jobs is not None else usable_cores())
