"""Benchmark `toolkit export`: articles per second and peak memory at several batch sizes.

Generates N seed-sized articles (the seeds with varied dates, reporters and figures), exports
them with every per-article format and the three feeds into a temporary folder, and reports
throughput and peak resident memory. Each size runs in a fresh process so that peak memory
is that export's alone; similar peaks at 2,000, 10,000 and 50,000 articles show memory does
not grow with the batch (the manifest's entries wait on disk, not in memory). Each size is
exported twice: the first export writes every file, the rerun finds nothing changed (the
incremental case: every file is read and compared).

    .venv/bin/python bench/bench_export.py                      # 2,000 and 10,000, no validation
    .venv/bin/python bench/bench_export.py --sizes 2000,10000,50000    # a few minutes
    .venv/bin/python bench/bench_export.py --validate --schema-dir ../shared/standards
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import versus

REPO = Path(__file__).resolve().parent.parent
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
REPORTERS = ("Wang Yifei", "Zhang Yuhuan", "Li Na", "Chen Jie", "Zhou Min", "Sun Hao")


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def variant(seed: str, number: int) -> str:
    """The seed with its own date, reporters and a sentence that makes it unique."""
    month = MONTHS[number % 12]
    day = 1 + (number // 12) % 28
    first = REPORTERS[number % len(REPORTERS)]
    second = REPORTERS[(number + 1) % len(REPORTERS)]
    text = seed.replace("November 9th", f"{month} {ordinal(day)}", 1)
    text = text.replace("Wang Yifei and Zhang Yuhuan", f"{first} and {second}", 1)
    return text.rstrip() + (
        f"\n\nOrganisers said {300 + number % 700} delegates from {10 + number % 50} "
        "countries had registered for the forum.\n"
    )


def generate(folder: Path, count: int) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text = variant(seeds[number % len(seeds)], number)
        (folder / f"wire-{number:05d}.txt").write_text(text, encoding="utf-8")


def child(sources: Path, out: Path, validate: bool, schema_dir: Path | None) -> None:
    """Run one export in this process and print its figures as JSON."""
    from toolkit.exporting import ExportSettings, export

    settings = ExportSettings(validate=validate, schema_dir=schema_dir)
    failures: list[str] = []
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    stats = export([sources], out, settings, on_problem=lambda p: failures.append(p.message))
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_kib = usage.ru_maxrss  # KiB on Linux
    # CPU seconds of this process: on a shared machine, wall-clock throughput also measures
    # the neighbours; articles per CPU second is what one core does.
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    print(json.dumps({
        "articles": stats.articles,
        "failed": stats.failed,
        "first_failure": failures[0] if failures else None,
        "files": stats.added + stats.changed + stats.unchanged,
        "seconds": round(seconds, 2),
        "per_second": round(stats.articles / seconds, 1),
        "per_cpu_second": round(stats.articles / cpu, 1),
        "peak_rss_mib": round(peak_kib / 1024, 1),
    }))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000", help="comma-separated batch sizes")
    parser.add_argument("--validate", action="store_true", help="validate every document")
    parser.add_argument("--schema-dir", type=Path, help="official schemas (with --validate)")
    parser.add_argument("--child", nargs=2, type=Path, metavar=("SOURCES", "OUT"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.validate, args.schema_dir)
        return

    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"export benchmark: validate={'on' if args.validate else 'off'}, one process per size")
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        for size in sizes:
            sources = Path(tmp) / f"sources-{size}"
            generate(sources, size)
            out = Path(tmp) / f"out-{size}"
            command = [sys.executable, __file__, "--child", str(sources), str(out)]
            if args.validate:
                command.append("--validate")
            if args.schema_dir:
                command += ["--schema-dir", str(args.schema_dir)]
            for label in ("first export", "rerun, unchanged"):
                result = subprocess.run(command, capture_output=True, text=True, check=True)
                figures = json.loads(result.stdout)
                print(
                    f"{size:>6} articles, {label:<16}: {figures['per_second']:>7.1f} articles/s "
                    f"({figures.get('per_cpu_second', 0):.1f} per CPU second; "
                    f"{figures['seconds']} s, {figures['files']} files, "
                    f"{figures['failed']} failed), peak RSS {figures['peak_rss_mib']} MiB"
                )
                run = label.split(",")[0].replace(" ", "_")
                metric = f"{'validated_' if args.validate else ''}{run}_{size}"
                print(f"        {versus('export', metric, figures['per_second'])}")
                if figures["first_failure"]:
                    print(f"        first failure: {figures['first_failure']}")

if __name__ == "__main__":
    main()
