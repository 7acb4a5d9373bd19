"""How `toolkit convert` and `toolkit check` scale: --jobs 1, --jobs 2 and a 2-worker Dask
LocalCluster, on generated batches; articles/s and peak memory of the parent and the workers.

Usage: python bench/bench_scale.py [--sizes 10000,100000] [--commands convert,check]
       [--modes j1,j2,dask2,dask2-up]

Each run is a fresh process running the command as a user would (folder in, files or a report
out); its own peak RSS is the parent's, and RUSAGE_CHILDREN gives the largest of its workers
(pool processes; for Dask, the nannies' workers). The Dask parent also hosts the scheduler.
`dask2-up` runs against a 2-worker LocalCluster that is already up (as a real cluster is):
its start-up is left out, and its workers' memory and CPU are not the child's (not shown).
`parent cpu` and `worker cpu` are CPU seconds per 1,000 articles (RUSAGE_SELF and
RUSAGE_CHILDREN); `start s` is how long `--scheduler local:2` took to start its cluster
(inside the run's time).
Targets (issue 12): --jobs 2 >= 1.8x --jobs 1 on convert and check; Dask within 15% of
--jobs 2; parent memory flat with batch size (check under 150 MB at 100,000 articles).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from varied_articles import varied_articles  # noqa: E402

MODES = {"j1": ["--jobs", "1"], "j2": ["--jobs", "2"], "dask2": ["--scheduler", "local:2"]}
# "dask2-up": the same two Dask workers, but a cluster already running (as on a real cluster,
# whose start-up is not the job's): the bench starts a LocalCluster and passes its address.
RUNNING_CLUSTER_MODES = {"dask2-up": 2}
SCHEMAS = REPO.parent / "shared" / "standards"


def write_batch(folder: Path, count: int) -> None:
    """``count`` varied seed articles, 1,000 to a sub-folder."""
    for name, data in varied_articles(count):
        number = int(name.rsplit("_", 1)[1])
        sub = folder / f"{number // 1000:04d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{name}.txt").write_bytes(data)


def command(name: str, batch: Path, out: Path) -> list[str]:
    if name == "convert":
        return ["convert", str(batch), "--to", "record,newsml", "--out", str(out),
                "--schema-dir", str(SCHEMAS)]  # fmt: skip
    return ["check", str(batch), "--output-file", str(out / "report.txt")]


def run_once(args: list[str]) -> dict[str, float]:
    """Run one command in a child process that reports its own and its workers' peak RSS."""
    probe = (
        "import json, resource, sys, time\n"
        "from toolkit.cli import cli\n"
        "startup = []\n"
        "if __name__ == '__main__':\n"  # Dask's spawned workers import this module again
        "    import toolkit.dask as td\n"
        "    init = td.Cluster.__init__\n"
        "    def timed(self, *args, **kwargs):\n"
        "        began = time.perf_counter()\n"
        "        init(self, *args, **kwargs)\n"
        "        startup.append(time.perf_counter() - began)\n"
        "    td.Cluster.__init__ = timed\n"
        "    try:\n"
        "        cli.main(sys.argv[1:], prog_name='toolkit')\n"
        "    except SystemExit as stop:\n"
        "        code = stop.code\n"
        "    me = resource.getrusage(resource.RUSAGE_SELF)\n"
        "    kids = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "    print(json.dumps({'parent_mb': me.ru_maxrss / 1024, 'worker_mb': kids.ru_maxrss"
        " / 1024, 'parent_cpu': me.ru_utime + me.ru_stime, 'worker_cpu': kids.ru_utime"
        " + kids.ru_stime, 'startup': sum(startup), 'code': code}), file=sys.stderr)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    figures: dict[str, float] = json.loads(done.stderr.strip().splitlines()[-1])
    figures["seconds"] = elapsed
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--commands", default="convert,check")
    parser.add_argument("--modes", default="j1,j2,dask2,dask2-up")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; {sys.version.split()[0]}")
    print(f"{'articles':>8} {'command':8} {'mode':8} {'art/s':>7} {'x j1':>5} "
          f"{'parent MB':>9} {'worker MB':>9} {'parent cpu':>10} {'worker cpu':>10} "
          f"{'start s':>7}  load before")  # fmt: skip
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="bench_scale_") as scratch:
            batch = Path(scratch) / "in"
            write_batch(batch, size)
            for name in args.commands.split(","):
                base = None
                for mode in args.modes.split(","):
                    out = Path(scratch) / f"out_{name}_{mode}"
                    out.mkdir()
                    load = os.getloadavg()[0]  # other work on the machine skews the figures
                    with _engine_options(mode) as options:
                        figures = run_once([*command(name, batch, out), *options])
                    rate = size / figures["seconds"]
                    base = base or rate
                    # CPU seconds per 1,000 articles: the parent's hardly depend on the load
                    # of the machine, unlike the wall-clock rate
                    per = 1000 / size
                    own_workers = mode not in RUNNING_CLUSTER_MODES
                    workers = f"{figures['worker_cpu'] * per:10.2f}" if own_workers else "-" * 10
                    worker_mb = f"{figures['worker_mb']:9.0f}" if own_workers else "-" * 9
                    print(
                        f"{size:8d} {name:8} {mode:8} {rate:7.0f} {rate / base:5.2f} "
                        f"{figures['parent_mb']:9.0f} {worker_mb} "
                        f"{figures['parent_cpu'] * per:10.2f} {workers} "
                        f"{figures['startup']:7.1f}  {load:4.1f}  (exit {figures['code']})",
                        flush=True,
                    )
    return 0


@contextlib.contextmanager
def _engine_options(mode: str) -> Iterator[list[str]]:
    """The command-line options of a mode; for a running-cluster mode, a LocalCluster is up
    (and warmed by one task) for the duration of the run."""
    if mode not in RUNNING_CLUSTER_MODES:
        yield MODES[mode]
        return
    from distributed import Client, LocalCluster

    workers = RUNNING_CLUSTER_MODES[mode]
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # its shutdown chatter is no figure
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: None)
        yield ["--scheduler", cluster.scheduler_address]


if __name__ == "__main__":
    sys.exit(main())
