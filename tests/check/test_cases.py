"""Our own wire stories (tests/check/cases): each .txt is checked through the text reader and
must give exactly the findings in its .expected file; the *_clean versions expect none."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.checker.engine import check
from toolkit.readers import ReaderOptions, read_text

CASES = Path(__file__).parent / "cases"
STORIES = sorted(CASES.glob("*.txt"))


@pytest.mark.parametrize("story", STORIES, ids=[p.stem for p in STORIES])
def test_case(story: Path) -> None:
    article = read_text(story.read_bytes(), ReaderOptions(source_path=story.name, year=2022))
    found = "".join(f"{f.line}:{f.column}: {f.code} {f.message}\n" for f in check([article]))
    assert found == story.with_suffix(".expected").read_text(encoding="utf-8")


def test_every_dirty_story_has_a_clean_twin_with_no_findings() -> None:
    dirty = [p for p in STORIES if not p.stem.endswith("_clean")]
    assert dirty
    for story in dirty:
        assert story.with_suffix(".expected").read_text(encoding="utf-8")
        twin = story.with_name(f"{story.stem}_clean.txt")
        assert twin.exists(), twin
        assert twin.with_suffix(".expected").read_text(encoding="utf-8") == ""
