"""Two trees timed side by side in one run: the pattern bench_reader_vs.py and
bench_check_vs.py share.

The machine is noisy, so the figure that matters is a ratio taken so that load hits both
sides alike: one long-lived child process per tree, each answering one timed round per "go"
it is sent, the two taking turns round after round (who goes first alternates, so neither
always follows the other's cache traffic). A child prints "ready [detail]" once warmed up,
one line of CPU seconds per round, and whatever it likes after "stop".
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Child:
    """A child process running ``script`` with ``args``, timed one round at a time."""

    def __init__(self, script: str, args: list[str], what: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        word, _, self.ready = self.process.stdout.readline().strip().partition(" ")
        if word != "ready":
            sys.exit(f"{what} did not start")

    def round(self) -> float:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def finish(self) -> str:
        """Stop the child; what it printed after its last round."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("stop\n")
        self.process.stdin.flush()
        rest = self.process.stdout.read()
        self.process.wait()
        return rest


def take_turns(theirs: Child, mine: Child, rounds: int) -> tuple[list[float], list[float]]:
    """Each child's round times, the two taking turns."""
    old: list[float] = []
    new: list[float] = []
    for k in range(rounds):
        pair = (theirs, mine) if k % 2 == 0 else (mine, theirs)
        for child in pair:
            (old if child is theirs else new).append(child.round())
    return old, new


def median_ratio(old: list[float], new: list[float]) -> float:
    """The median of the rounds' new/old ratios: a round's two runs follow each other, so
    load that drifts slowly hits both alike."""
    ratios = sorted(b / a for a, b in zip(old, new, strict=True))
    return ratios[len(ratios) // 2]


@contextmanager
def worktree(revision: str) -> Iterator[Path]:
    """``revision`` checked out in a temporary git worktree, removed afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), revision],
            check=True,
            capture_output=True,
        )
        try:
            yield path
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)],
                check=False,
                capture_output=True,
            )
