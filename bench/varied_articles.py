"""Seed-sized articles for benchmarks, made by varying the seeds; streamed, never held in a list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_DAY = re.compile(r"\b(November|February|May|March|April|June|Feb\.|Nov|Jan\.?) (\d{1,2})")


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def varied_articles(count: int, only_seed: bool = False) -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, bytes)`` for ``count`` articles: seeds with days and a name varied."""
    texts = seed_texts()[:1] if only_seed else seed_texts()
    for i in range(count):
        text = texts[i % len(texts)]
        day = 1 + i % 28
        text = _DAY.sub(lambda m, d=day: f"{m.group(1)} {d}", text, count=1)  # type: ignore[misc]
        text = text.replace("Moin Haq", f"Moin Haq{'ue' if i % 7 == 0 else ''}", 1)
        yield f"bench_{i:06d}", text.encode("utf-8")
