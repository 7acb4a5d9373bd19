"""Convert throughput and peak memory: record + NewsML-G2, both validated, one process.

    python bench/bench_convert.py [-n 10000] [--schema-dir ../shared/standards] [--out DIR]

Prints articles per second and peak resident memory against the named baseline in
bench/baselines.json (measured on the project's 2-core CI machine).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(count: int, schema_dir: Path, out: Path) -> tuple[float, float, int]:
    formats = [OutputFormat.parse("record"), OutputFormat.parse("newsml")]
    results = convert_stream(
        ((name, data) for name, data in varied_articles(count, only_seed=True)),
        ReaderOptions(),
        formats,
        WriterOptions(),
        schema_dir,
    )
    failed = 0
    start = time.perf_counter()
    for result in results:
        if not isinstance(result, Converted):
            failed += 1
            continue
        for fmt, data in result.outputs:
            files.write_atomic(out / f"{result.article.id}{fmt.extension()}", data)
    elapsed = time.perf_counter() - start
    return count / elapsed, peak_mb(), failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5000, help="articles (default 5000)")
    parser.add_argument("--schema-dir", type=Path, default=DEFAULT_SCHEMAS)
    parser.add_argument("--out", type=Path, help="output folder (default: a temp folder)")
    parser.add_argument("--baseline", default=DEFAULT, help="named baseline to compare with")
    parser.add_argument("--record", action="store_true", help="store these figures as it")
    args = parser.parse_args()
    # Beside the repo rather than in /tmp: some machines' /tmp makes every file creation cost
    # a third of a millisecond, which would measure the disk, not the toolkit.
    with tempfile.TemporaryDirectory(prefix="out-", dir=HERE) as tmp:
        out = args.out or Path(tmp)
        rate, peak, failed = run(args.n, args.schema_dir, out)
    print(f"convert (record + NewsML-G2, validated), {args.n} seed-sized articles, one process")
    print(f"  articles/s: {rate:8,.0f}  {versus('convert', 'articles_per_s', rate, args.baseline)}")
    print(f"  peak RSS:   {peak:8,.0f} MB {versus('convert', 'peak_mb', peak, args.baseline)}")
    print("  target:     >= 1,000 articles/s; < 200 MB at 100,000 articles")
    if args.record:
        record("convert", {"articles_per_s": rate, "peak_mb": peak}, args.baseline)
    if failed:
        print(f"  FAILED: {failed} articles did not convert")
        sys.exit(1)


if __name__ == "__main__":
    main()
