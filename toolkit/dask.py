"""Archives on a Dask ``distributed`` cluster (the optional ``dask`` extra).

Two ways in:

- the commands' ``--scheduler ADDRESS`` (or ``TOOLKIT_DASK_SCHEDULER``): the same chunks of
  files that ``--jobs`` hands to local processes go to the cluster's workers, and come back
  in order to the client, which writes reports, per-article files, manifest and feeds once.
  ``local:N`` starts a LocalCluster of N single-threaded worker processes on this machine.
- :func:`records`: a ``dask.bag`` of JSON records from a glob, for notebooks and pipelines.

Inputs are paths: every worker must be able to read them (a shared filesystem, the same
paths on every machine). A worker that dies mid-chunk is replaced and Dask runs the chunk
again; tasks are pure, so the output is the same.
"""

from __future__ import annotations

import glob
import logging
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from toolkit import files
from toolkit.errors import ToolkitError
from toolkit.parallel import CHUNK_SIZE, run_chunk
from toolkit.pipeline import read_article
from toolkit.readers.options import ReaderOptions
from toolkit.writers.options import WriterOptions
from toolkit.writers.record import record_dict

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = "install the dask extra: pip install 'newsroom-toolkit[dask]'"
_IN_FLIGHT = 4  # chunks queued per worker thread
_RETRIES = 3  # a chunk whose worker died is run again this many times
# Measured on 2 cores (docs/scale.md): the workers' statistical profiler (a stack sample every
# 10 ms, sent to the scheduler) made each worker spend 6-15% more CPU than the same chunks in
# one process; the 20 ms ticks and 100-500 ms monitors cost the client ~3.5% of a core while
# the workers run. Nobody looks at a profile or a dashboard of a `local:N` run.
LOCAL_CLUSTER_CONFIG: Mapping[str, object] = MappingProxyType(
    {
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "500ms",
        "distributed.admin.system-monitor.interval": "5s",
        "distributed.worker.memory.monitor-interval": "1s",
    }
)


class Cluster:
    """A client connected to a Dask scheduler, or to a LocalCluster it started (``local:N``).

    Raises ToolkitError (one line) when dask is missing or the scheduler cannot be reached.
    """

    def __init__(self, address: str, timeout: float = 30) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ToolkitError(f"--scheduler {address}: {INSTALL_HINT}") from None
        self.address = address
        self._local: Any = None
        try:
            if address.startswith("local:"):
                import dask

                workers = _worker_count(address)
                # Our own cluster, so our own settings (a remote one keeps its admin's): the
                # scheduler and the nannies live in this process, which also reads and
                # reports the results, on the cores the workers need.
                with dask.config.set(LOCAL_CLUSTER_CONFIG):
                    self._local = LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                    self.client: Any = Client(self._local, timeout=timeout)
            else:
                self.client = Client(address, timeout=timeout)
        except (OSError, TimeoutError) as error:
            self.close()
            raise ToolkitError(f"cannot reach the Dask scheduler {address}: {error}") from None

    @property
    def threads(self) -> int:
        threads: int = sum(self.client.nthreads().values())
        return max(1, threads)

    def map_chunks(self, task: Callable[[T], R], chunks: Iterator[list[T]]) -> Iterator[list[R]]:
        """``task`` over every chunk on the workers; results in the order of the chunks."""
        pending: deque[Any] = deque()
        window = self.threads * _IN_FLIGHT
        try:
            for chunk in chunks:
                pending.append(
                    self.client.submit(run_chunk, task, chunk, pure=False, retries=_RETRIES)
                )
                while len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._local is not None:
            self._local.close()


def _worker_count(address: str) -> int:
    count = address.removeprefix("local:")
    if not count.isdigit() or int(count) < 1:
        raise ToolkitError(f"--scheduler {address}: local:N needs a number of workers N >= 1")
    return int(count)


def connect(address: str) -> Cluster:
    return Cluster(address)


def _record(
    path: str, reader_options: ReaderOptions, writer_options: WriterOptions
) -> dict[str, Any] | None:
    try:
        data = files.read_bytes(Path(path), reader_options.max_bytes)
        article = read_article(data, replace(reader_options, source_path=path))
    except ToolkitError:
        return None
    return record_dict(article, writer_options)


def records(
    pattern: str,
    *,
    year: int | None = None,
    writer_options: WriterOptions | None = None,
    partition_size: int = CHUNK_SIZE,
) -> Any:
    """A ``dask.bag.Bag`` of the JSON records (dicts, as ``toolkit convert --to record``
    writes them) of the articles matching ``pattern`` (``**`` recurses), in path order.

    Articles that cannot be read are left out (``toolkit check`` names them and why).
    """
    try:
        import dask.bag as db
    except ImportError:
        raise ToolkitError(f"toolkit.dask.records: {INSTALL_HINT}") from None
    # a pattern as users write it, absolute or relative, with ** (Path.glob takes no absolute)
    found = glob.glob(pattern, recursive=True)  # noqa: PTH207
    paths = sorted(p for p in found if Path(p).is_file())
    task = partial(
        _record,
        reader_options=ReaderOptions(year=year),
        writer_options=writer_options or WriterOptions(),
    )
    bag = db.from_sequence(paths, partition_size=partition_size) if paths else db.from_sequence([])
    return bag.map(task).filter(lambda record: record is not None)
