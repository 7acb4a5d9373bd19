"""A generated batch of articles on disk: the seeds with days and names varied, a story whose
spokesman's name is spelled two ways across articles (NC102), and a file that cannot be read."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEEDS

_DAY = re.compile(r"\b(November|February|May|March|April|June|Feb\.|Nov|Jan\.?) (\d{1,2})")


def write_batch(folder: Path, count: int) -> Path:
    """``count`` varied seed articles in two sub-folders of ``folder``, plus a cross-article
    name variant pair and one binary file; returns ``folder``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(count):
        text = texts[i % len(texts)]
        text = _DAY.sub(lambda m, d=1 + i % 28: f"{m.group(1)} {d}", text, count=1)  # type: ignore[misc]
        text = text.replace("Moin Haq", "Moin Haque" if i % 7 == 0 else "Moin Haq", 1)
        sub = folder / ("b" if i % 3 else "a")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"story_{i:04d}.txt").write_text(text, encoding="utf-8")
    (folder / "a" / "navy_1.txt").write_text(
        "MOSCOW, June 1, 2023 -- Navy spokesman Igor Dyagalo said the drill ended.\n",
        encoding="utf-8",
    )
    (folder / "b" / "navy_2.txt").write_text(
        "MOSCOW, June 2, 2023 -- Navy spokesman Igor Dygalo said two ships returned.\n",
        encoding="utf-8",
    )
    (folder / "b" / "broken.txt").write_bytes(b"\x00\x01\x02 not an article \xff\xfe")
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }
