"""Plain-text reading speed: read_text and its entity extraction, per seed-sized article.

    python bench/bench_read.py [-n 2000] [--all-seeds]

Times CPU (time.process_time, so other work on a shared machine counts less) over ``-n``
articles varied from the seed (bench/varied_articles.py), best of five rounds, and prints
milliseconds per article for read_text and for extract_entities alone, and read_text's
articles per second. Entity extraction is called with the arguments read_text gives it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from varied_articles import varied_articles

from toolkit.model import Article, Span
from toolkit.readers.text import read_text
from toolkit.readers.text.entities import extract_entities

_ROUNDS = 5


def _entity_call(article: Article) -> Callable[[], object]:
    """extract_entities with the arguments read_text passed for ``article``."""
    exclude: list[Span] = [s for s in (article.agency_span,) if s is not None]
    dateline = article.dateline
    if dateline is not None and dateline.span is not None:
        exclude.append(dateline.span)
    exclude.extend(b.span for b in article.bylines if b.span is not None)
    bylines = [b.name for b in article.bylines]
    place = dateline.place if dateline is not None else None
    text, paragraphs = article.text, article.paragraphs

    def call() -> object:
        return extract_entities(
            text, paragraphs, bylines=bylines, exclude=exclude, dateline_place=place
        )

    return call


def _best_ms(calls: Sequence[Callable[[], object]]) -> float:
    best = float("inf")
    for _ in range(_ROUNDS):
        start = time.process_time()
        for call in calls:
            call()
        best = min(best, time.process_time() - start)
    return best / len(calls) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="articles per round (default 2000)")
    parser.add_argument("--all-seeds", action="store_true", help="vary every seed, not only 000")
    args = parser.parse_args()
    articles = [data for _, data in varied_articles(args.n, only_seed=not args.all_seeds)]
    reads = [partial(read_text, d) for d in articles]
    entities = [_entity_call(read_text(d)) for d in articles]
    read_ms = _best_ms(reads)
    entities_ms = _best_ms(entities)
    which = "all seeds" if args.all_seeds else "seed 000"
    print(f"plain-text reader, {args.n} articles varied from {which}, CPU time, best of {_ROUNDS}")
    print(f"  read_text:        {read_ms:.3f} ms/article  ({1000 / read_ms:,.0f} articles/s)")
    print(f"  extract_entities: {entities_ms:.3f} ms/article  (part of read_text)")
    print("  target:           whole convert >= 1,000 articles/s on one core")


if __name__ == "__main__":
    main()
