"""Convert throughput and peak memory: record + NewsML-G2, both validated, one process.

    python bench/bench_convert.py [-n 10000] [--schema-dir ../shared/standards] [--out DIR]
    python bench/bench_convert.py -n 100000 --no-write     # memory stays flat: streamed

Prints articles per second (CPU time of this one process, and wall time) for the conversion
itself and, unless --no-write, for conversion plus atomic file writes; then peak resident
memory. Each figure is shown against the named baseline in bench/baselines.json.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import DEFAULT, record, versus
from varied_articles import varied_articles

from toolkit import files
from toolkit.pipeline import Converted, OutputFormat, convert_stream
from toolkit.readers.options import ReaderOptions
from toolkit.writers.options import WriterOptions

HERE = Path(__file__).resolve().parent
DEFAULT_SCHEMAS = HERE.parent.parent / "shared" / "standards"
FORMATS = [OutputFormat.parse("record"), OutputFormat.parse("newsml")]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def converted(count: int, schema_dir: Path) -> Iterator[Converted]:
    sources = ((name, data) for name, data in varied_articles(count, only_seed=True))
    for result in convert_stream(sources, ReaderOptions(), FORMATS, WriterOptions(), schema_dir):
        if not isinstance(result, Converted):
            raise SystemExit(f"FAILED: {result.path}: {result.problem}")
        yield result


def timed(count: int, schema_dir: Path, out: Path | None) -> tuple[float, float]:
    """Articles per CPU second and per wall second."""
    cpu, wall = time.process_time(), time.perf_counter()
    for result in converted(count, schema_dir):
        if out is not None:
            for fmt, data in result.outputs:
                files.write_atomic(out / f"{result.article.id}{fmt.extension()}", data)
    return count / (time.process_time() - cpu), count / (time.perf_counter() - wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5000, help="articles (default 5000)")
    parser.add_argument("--schema-dir", type=Path, default=DEFAULT_SCHEMAS)
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    parser.add_argument("--no-write", action="store_true", help="convert only, write nothing")
    parser.add_argument("--baseline", default=DEFAULT, help="named baseline to compare with")
    parser.add_argument("--record", action="store_true", help="store these figures as it")
    args = parser.parse_args()

    list(converted(1, args.schema_dir))  # imports and schema compilation are not per article
    print(f"convert (record + NewsML-G2, validated), {args.n:,} seed-sized articles, one process")
    figures: dict[str, float] = {}
    cpu, wall = timed(args.n, args.schema_dir, None)
    figures["articles_per_cpu_s"] = cpu
    print(f"  in memory     {cpu:7,.0f} articles per CPU second "
          f"{versus('convert', 'articles_per_cpu_s', cpu, args.baseline)}; {wall:,.0f} per second")
    if not args.no_write:
        # Beside the repo rather than in /tmp, which on some machines is far slower to create
        # files in; either way file creation costs what the disk costs, shown apart.
        with tempfile.TemporaryDirectory(prefix="out-", dir=HERE) as tmp:
            cpu, wall = timed(args.n, args.schema_dir, args.out or Path(tmp))
        figures["articles_per_s_with_files"] = wall
        print(f"  + 2 files     {wall:7,.0f} articles per second "
              f"{versus('convert', 'articles_per_s_with_files', wall, args.baseline)}")
    peak = peak_mb()
    figures["peak_mb"] = peak
    print(f"  peak RSS      {peak:7,.0f} MB {versus('convert', 'peak_mb', peak, args.baseline)}")
    print("  target        >= 1,000 articles/s on one core; < 200 MB at 100,000 articles")
    if args.record:
        record("convert", figures, args.baseline)


if __name__ == "__main__":
    main()
