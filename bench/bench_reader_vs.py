"""read_text on real copy, this tree against another git revision, side by side in one run.

    python bench/bench_reader_vs.py [--base REV] [--corpus ../shared/corpus] [--rounds 40]

The machine is noisy (other jobs share its cores), so the figure that matters is the ratio,
taken so that load hits both sides alike: one long-lived process per tree, each reading
every article once per round, the two taking turns round after round; the best round of
each is compared (the best is the one least disturbed). The base revision is checked out
into a temporary git worktree (default: the revision before the entity rebuild,
``1d96ad5``). Peak memory is each process's max RSS after all rounds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from side_by_side import Child, take_turns, worktree  # noqa: E402

# A child reads the articles, warms up (lexicons and compiled tables load once), then times
# one round per line it is sent and answers with the round's CPU seconds.
_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from toolkit.readers.text import read_text
data = [open(p, "rb").read() for p in sys.argv[2:]]
for d in data:
    read_text(d)
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() != "go":
        break
    start = time.process_time()
    for d in data:
        read_text(d)
    print(time.process_time() - start, flush=True)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peak_mb": peak}), flush=True)
"""


def compare(base: Path, mine: Path, paths: list[str], rounds: int) -> dict[str, float]:
    """Best round of each tree, read in turns; ms per article and peak MB of each."""
    theirs = Child(_CHILD, [str(base), *paths], f"the reader of {base}")
    ours = Child(_CHILD, [str(mine), *paths], f"the reader of {mine}")
    try:
        old, new = take_turns(theirs, ours, rounds)
    finally:
        old_peak, new_peak = (float(json.loads(c.finish())["peak_mb"]) for c in (theirs, ours))
    n = len(paths)
    return {
        "old_ms": 1000 * min(old) / n,
        "new_ms": 1000 * min(new) / n,
        "old_peak": old_peak,
        "new_peak": new_peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="1d96ad5")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=40, help="rounds each, taken in turns")
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.corpus.glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt articles in {args.corpus}")
    with worktree(args.base) as base:
        got = compare(base, ROOT, paths, args.rounds)
    print(f"articles: {len(paths)} from {args.corpus}, best of {args.rounds} rounds each")
    print(f"base {args.base}: {got['old_ms']:.3f} ms/article, peak {got['old_peak']:.0f} MB")
    print(f"this tree:    {got['new_ms']:.3f} ms/article, peak {got['new_peak']:.0f} MB")
    print(f"ratio this/base: {got['new_ms'] / got['old_ms']:.2f}x")


if __name__ == "__main__":
    main()
