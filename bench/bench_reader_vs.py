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
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


def _start(tree: Path, paths: list[str]) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(tree), *paths],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    if child.stdout.readline().strip() != "ready":
        sys.exit(f"the reader of {tree} did not start")
    return child


def _round(child: subprocess.Popen[str]) -> float:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("go\n")
    child.stdin.flush()
    return float(child.stdout.readline())


def _finish(child: subprocess.Popen[str]) -> float:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("stop\n")
    child.stdin.flush()
    peak = float(json.loads(child.stdout.readline())["peak_mb"])
    child.wait()
    return peak


def compare(base: Path, mine: Path, paths: list[str], rounds: int) -> dict[str, float]:
    """Best round of each tree, read in turns; ms per article and peak MB of each."""
    theirs_child, mine_child = _start(base, paths), _start(mine, paths)
    theirs: list[float] = []
    ours: list[float] = []
    try:
        for k in range(rounds):
            # alternate who goes first, so neither always follows the other's cache traffic
            pair = (theirs_child, mine_child) if k % 2 == 0 else (mine_child, theirs_child)
            for child in pair:
                (theirs if child is theirs_child else ours).append(_round(child))
    finally:
        old_peak, new_peak = _finish(theirs_child), _finish(mine_child)
    n = len(paths)
    return {
        "old_ms": 1000 * min(theirs) / n,
        "new_ms": 1000 * min(ours) / n,
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
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.base],
            check=True,
            capture_output=True,
        )
        try:
            got = compare(base, ROOT, paths, args.rounds)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                check=False,
                capture_output=True,
            )
    print(f"articles: {len(paths)} from {args.corpus}, best of {args.rounds} rounds each")
    print(f"base {args.base}: {got['old_ms']:.3f} ms/article, peak {got['old_peak']:.0f} MB")
    print(f"this tree:    {got['new_ms']:.3f} ms/article, peak {got['new_peak']:.0f} MB")
    print(f"ratio this/base: {got['new_ms'] / got['old_ms']:.2f}x")


if __name__ == "__main__":
    main()
