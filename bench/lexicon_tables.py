"""What each name table in toolkit/data/ costs and what it buys (docs/dependencies.md).

    python bench/lexicon_tables.py load            # first look-up of each table, fresh processes
    python bench/lexicon_tables.py version         # `toolkit --version`, fresh processes
    python bench/lexicon_tables.py ablate          # scorer figures with each table emptied

``ablate`` needs ../shared (the scorer and its data). It runs the scorer black box against a
wrapper that starts the installed toolkit with the named tables read as empty, so the tree
is never modified; ``--jobs 1`` keeps the patched process the only one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO.parent / "shared" / "eval" / "score.py"
TABLES = ("given_names.txt", "surnames.txt", "common_words.txt", "pinyin_syllables.txt")

_LOOKUPS = {
    "given_names.txt: is_given_name('Aino')": "pn.is_given_name('Aino')",
    "surnames.txt: is_family_name('Lehtola')": "pn.is_family_name('Lehtola')",
    "common_words.txt: is_common_word('bridge')": "pn.is_common_word('bridge')",
    "pinyin_syllables.txt: pinyin_given_name('Liwen')": "pn.pinyin_given_name('Liwen')",
}
_LOOKUPS["all four"] = "; ".join(_LOOKUPS.values())

_TIMED = """
import time
t0 = time.perf_counter()
from toolkit.lexicon import person_names as pn
t1 = time.perf_counter()
{snippet}
t2 = time.perf_counter()
print((t2 - t1) * 1000, (t1 - t0) * 1000)
"""

_WRAPPER = """#!{python}
import os, sys
from toolkit.lexicon import person_names as pn
_read = pn._table
_drop = set(os.environ.get("TOOLKIT_DROP_TABLES", "").split(","))
pn._table = lambda name: frozenset() if name in _drop else _read(name)
from toolkit.cli import main
if sys.argv[1:2] == ["convert"]:
    sys.argv.extend(["--jobs", "1"])
main()
"""


def load(runs: int) -> None:
    for label, snippet in _LOOKUPS.items():
        first: list[float] = []
        imports: list[float] = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", _TIMED.format(snippet=snippet)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            first.append(float(out[0]))
            imports.append(float(out[1]))
        print(
            f"{label:50s} first look-up median {statistics.median(first):6.2f} ms "
            f"(min {min(first):6.2f}); import of person_names {statistics.median(imports):5.2f} ms"
        )


def version(runs: int) -> None:
    exe = shutil.which("toolkit", path=str(Path(sys.executable).parent)) or "toolkit"
    for command in ([sys.executable, "-c", "pass"], [exe, "--version"]):
        times: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"{' '.join(command):60s} median {statistics.median(times):6.1f} ms "
            f"(min {min(times):6.1f}, max {max(times):6.1f})"
        )


def ablate() -> None:
    if not SCORER.is_file():
        sys.exit(f"no scorer at {SCORER}")
    with tempfile.TemporaryDirectory() as tmp:
        wrapper = Path(tmp) / "toolkit"
        wrapper.write_text(_WRAPPER.format(python=sys.executable), encoding="utf-8")
        wrapper.chmod(0o755)
        subprocess.run([str(wrapper), "--version"], capture_output=True, check=True)
        for dropped in ((), *((t,) for t in TABLES), TABLES):
            label = "none (as shipped)" if not dropped else ", ".join(dropped)
            print(f"== tables emptied: {label}", flush=True)
            env = {**os.environ, "TOOLKIT_DROP_TABLES": ",".join(dropped)}
            for command in ("gold", "conll"):
                done = subprocess.run(
                    [sys.executable, str(SCORER), command, "--toolkit", str(wrapper)],
                    capture_output=True,
                    text=True,
                    env=env,
                    cwd=REPO,
                    check=True,
                )
                lines = done.stdout.splitlines()
                keep = [ln for ln in lines if ln.startswith(("  people:", "  name-table"))]
                print("\n".join([*keep, lines[-1]]), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["load", "version", "ablate"])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if args.what == "load":
        load(args.runs)
    elif args.what == "version":
        version(args.runs)
    else:
        ablate()


if __name__ == "__main__":
    main()
