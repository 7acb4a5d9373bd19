"""Shared fixtures: where the seeds, the official standards and the corpus are."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Timing is never asserted: a loaded CI machine must not turn a slow example into a failure.
settings.register_profile(
    "toolkit", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("toolkit")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED = SEEDS / "000_bd3756564a4685f9.txt"
SHARED = Path(__import__("os").environ.get("TOOLKIT_SHARED", REPO.parent / "shared"))
STANDARDS = SHARED / "standards"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def standards_dir() -> Path:
    if not (STANDARDS / "newsml-g2").is_dir():
        pytest.skip(f"official schemas not found at {STANDARDS}")
    return STANDARDS


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
