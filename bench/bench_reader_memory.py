"""Does read_text's memory stay flat over a long batch? RSS after each checkpoint.

    python bench/bench_reader_memory.py [--count 100000] [--corpus ../shared/corpus]

Reads ``count`` articles in one process, as a batch convert does: the real articles of the
corpus in turn, each with its capitalised words given a suffix that changes every article
("Wuzhen" -> "Wuzhenab"), so the word-level caches meet new words all the time, as on a
stream of distinct stories (the seeds varied by day alone would repeat every word). Prints
the process's resident memory at each checkpoint and its peak; flat means the caches are
bounded and nothing is kept per article.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.readers.text import read_text  # noqa: E402

_CAPITALISED = re.compile(r"\b([A-Z][a-z]{3,})\b")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def _varied(texts: list[str], i: int) -> bytes:
    suffix = _LETTERS[i % 26] + _LETTERS[(i // 26) % 26] + _LETTERS[(i // 676) % 26]
    text = _CAPITALISED.sub(lambda m: m.group(1) + suffix, texts[i % len(texts)])
    return text.encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt articles in {args.corpus}")
    checkpoints = {args.count * k // 10 for k in range(1, 11)} | {1000}
    start = time.process_time()
    print(f"{'articles':>9} {'rss MB':>7} {'ms/article':>10}")
    for i in range(1, args.count + 1):
        read_text(_varied(texts, i))
        if i in checkpoints:
            per = 1000 * (time.process_time() - start) / i
            print(f"{i:9d} {_rss_mb():7.1f} {per:10.2f}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.1f} MB after {args.count} articles")


if __name__ == "__main__":
    main()
