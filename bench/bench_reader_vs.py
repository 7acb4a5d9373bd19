"""read_text on real copy, this tree against another git revision, side by side in one run.

    python bench/bench_reader_vs.py [--base REV] [--corpus ../shared/corpus] [--rounds 7]

The machine is noisy, so the figure that matters is the ratio: both trees read the same
articles in alternating rounds in fresh processes, and the best round of each is compared.
The base revision is checked out into a temporary git worktree (default: the revision
before the entity rebuild, ``1d96ad5``). Peak memory is each process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from toolkit.readers.text import read_text
paths = sys.argv[3:]
data = [open(p, "rb").read() for p in paths]
for d in data:  # warm-up: lexicons and compiled tables load once
    read_text(d)
best = float("inf")
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    for d in data:
        read_text(d)
    best = min(best, time.process_time() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"ms": 1000 * best / len(data), "peak_mb": peak}))
"""


def _run(tree: Path, rounds: int, paths: list[str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(rounds), *paths],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="1d96ad5")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=3, help="alternating process pairs")
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.corpus.glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt articles in {args.corpus}")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.base],
            check=True,
            capture_output=True,
        )
        try:
            mine: list[dict[str, float]] = []
            theirs: list[dict[str, float]] = []
            for _ in range(args.repeats):
                theirs.append(_run(base, args.rounds, paths))
                mine.append(_run(ROOT, args.rounds, paths))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                check=False,
                capture_output=True,
            )
    new = min(r["ms"] for r in mine)
    old = min(r["ms"] for r in theirs)
    print(f"articles: {len(paths)} from {args.corpus}")
    old_peak = max(r["peak_mb"] for r in theirs)
    print(f"base {args.base}: {old:.3f} ms/article, peak {old_peak:.0f} MB")
    print(f"this tree:    {new:.3f} ms/article, peak {max(r['peak_mb'] for r in mine):.0f} MB")
    print(f"ratio this/base: {new / old:.2f}x")


if __name__ == "__main__":
    main()
