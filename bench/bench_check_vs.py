"""The article rules (engine included, reading excluded), this tree against another git
revision, side by side in one run.

    python bench/bench_check_vs.py [--base main] [--articles seed|corpus|both] [--rounds 30]

As bench_reader_vs.py does for the reader: the machine is noisy, so the figure that matters is
the ratio, taken so that load hits both sides alike. One long-lived process per tree reads the
articles once with its own reader, warms up, then on each round runs ``check_article`` (every
article rule, findings built) over all of them and answers with the round's CPU seconds; the
two take turns round after round and the best round of each is compared, as is the median
of the rounds' ratios (the two runs of a round follow each other, so load that drifts slowly
hits both alike).

``seed``: the 200 seed-sized articles bench_check.py times (its "rules alone" figure);
``corpus``: the real articles of ../shared/corpus.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from side_by_side import Child, median_ratio, take_turns, worktree  # noqa: E402
from varied_articles import varied_articles  # noqa: E402

# argv: tree, then a file naming one article per line as "name<TAB>path"; the texts are the
# parent's (both trees check the same bytes), written to files so no pipe carries them.
_CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from toolkit.checker.config import CheckConfig
from toolkit.checker.engine import check_article
from toolkit.readers import ReaderOptions, read_text
config = CheckConfig()
articles = []
for line in open(sys.argv[2], encoding="utf-8"):
    name, path = line.rstrip("\n").split("\t")
    data = open(path, "rb").read()
    articles.append(read_text(data, ReaderOptions(source_path=name, year=2022)))
found = sum(len(check_article(a, config)) for a in articles)
print("ready", found, flush=True)
for line in sys.stdin:
    if line.strip() != "go":
        break
    start = time.process_time()
    for article in articles:
        check_article(article, config)
    print(time.process_time() - start, flush=True)
"""


def compare(base: Path, mine: Path, listing: Path, rounds: int) -> dict[str, float]:
    """Best round of each tree, taken in turns: seconds per round and findings of each."""
    theirs = Child(_CHILD, [str(base), str(listing)], f"the checker of {base}")
    ours = Child(_CHILD, [str(mine), str(listing)], f"the checker of {mine}")
    try:
        old, new = take_turns(theirs, ours, rounds)
    finally:
        theirs.finish()
        ours.finish()
    return {
        "old": min(old),
        "new": min(new),
        "median_ratio": median_ratio(old, new),
        "old_found": int(theirs.ready),
        "new_found": int(ours.ready),
    }


def _listing(kind: str, folder: Path, corpus: Path) -> Path:
    """The articles of ``kind`` as files in ``folder``, listed in ``folder/list.tsv``."""
    rows = []
    if kind == "seed":
        for name, data in varied_articles(200, only_seed=True):
            path = folder / f"{name}.txt"
            path.write_bytes(data)
            rows.append(f"{name}\t{path}")
    else:
        rows = [f"{p}\t{p}" for p in sorted(corpus.glob("*.txt"))]
        if not rows:
            sys.exit(f"no .txt articles in {corpus}")
    listing = folder / "list.tsv"
    listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return listing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="main")
    parser.add_argument("--articles", choices=["seed", "corpus", "both"], default="both")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=30, help="rounds each, taken in turns")
    args = parser.parse_args()
    kinds = ["seed", "corpus"] if args.articles == "both" else [args.articles]
    with worktree(args.base) as base, tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            folder = Path(tmp) / kind
            folder.mkdir()
            listing = _listing(kind, folder, args.corpus)
            n = len(listing.read_text(encoding="utf-8").splitlines())
            got = compare(base, ROOT, listing, args.rounds)
            print(f"{kind}: {n} articles, best of {args.rounds} rounds each (CPU)")
            for label, key in ((f"base {args.base}", "old"), ("this tree", "new")):
                seconds, found = got[key], int(got[f"{key}_found"])
                print(
                    f"  {label:<14} {1000 * seconds / n:7.3f} ms/article "
                    f"{n / seconds:7.0f} articles/s  ({found} findings)"
                )
            print(
                f"  ratio this/base: {got['new'] / got['old']:.2f}x (best rounds), "
                f"{got['median_ratio']:.2f}x (median of the rounds' ratios)"
            )


if __name__ == "__main__":
    main()
