"""Writer speed: record, NewsML-G2, NITF and ninjs, per seed-sized article.

    python bench/bench_write.py [-n 500] [--all-seeds]

Reads ``-n`` articles varied from the seed (bench/varied_articles.py) once, then times each
writer alone in CPU time (time.process_time, so other work on a shared machine counts
less), best of five rounds, and prints milliseconds per article and articles per second.
Each round writes fresh copies of the articles, so nothing cached on one carries over.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from varied_articles import varied_articles

from toolkit.model import Article
from toolkit.readers.text import read_text
from toolkit.writers import write_newsml, write_ninjs, write_nitf, write_record
from toolkit.writers.options import WriterOptions

_ROUNDS = 5
_OPTIONS = WriterOptions()
_WRITERS: dict[str, Callable[[Article, WriterOptions], bytes]] = {
    "record": write_record,
    "newsml": write_newsml,
    "nitf": write_nitf,
    "ninjs 3.1": write_ninjs,
    "ninjs 2.2": lambda a, o: write_ninjs(a, replace(o, ninjs_version="2.2")),
    "ninjs 1.6": lambda a, o: write_ninjs(a, replace(o, ninjs_version="1.6")),
}
# What `export` writes for each article, one after the other on the same Article.
_EXPORT = ("record", "newsml", "nitf", "ninjs 3.1")


def _fresh(article: Article) -> Article:
    """A copy without the line index or anything else a writer may have cached on it."""
    clone = copy.copy(article)
    object.__setattr__(clone, "_index", None)
    return clone


def _best_ms(articles: Sequence[Article], writers: Sequence[str]) -> float:
    best = float("inf")
    calls = [_WRITERS[name] for name in writers]
    for _ in range(_ROUNDS):
        fresh = [_fresh(a) for a in articles]
        start = time.process_time()
        for article in fresh:
            for call in calls:
                call(article, _OPTIONS)
        best = min(best, time.process_time() - start)
    return best / len(articles) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="articles per round (default 500)")
    parser.add_argument("--all-seeds", action="store_true", help="vary every seed, not only 000")
    args = parser.parse_args()
    articles = [
        read_text(data) for _, data in varied_articles(args.n, only_seed=not args.all_seeds)
    ]
    which = "all seeds" if args.all_seeds else "seed 000"
    print(f"writers, {args.n} articles varied from {which}, CPU time, best of {_ROUNDS}")
    for name in _WRITERS:
        ms = _best_ms(articles, [name])
        print(f"  {name:<12} {ms:.3f} ms/article  ({1000 / ms:,.0f} articles/s)")
    ms = _best_ms(articles, _EXPORT)
    print(f"  {'export set':<12} {ms:.3f} ms/article  ({1000 / ms:,.0f} articles/s)  {_EXPORT}")
    ms = _best_ms(articles, ("record", "newsml"))
    print(
        f"  {'convert set':<12} {ms:.3f} ms/article  ({1000 / ms:,.0f} articles/s)  record+newsml"
    )


if __name__ == "__main__":
    main()
