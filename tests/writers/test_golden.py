"""Byte-for-byte output for the hand-built story, so any change to a format is deliberate.

After an intended change, regenerate with ``TOOLKIT_UPDATE_GOLDEN=1 pytest tests/writers``
and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.writers.sample_articles import hand_article
from toolkit.writers import EXTENSIONS, WRITERS, WriterOptions

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    ("record", "3.1"),
    ("newsml", "3.1"),
    ("nitf", "3.1"),
    ("ninjs", "3.1"),
    ("ninjs", "2.2"),
    ("ninjs", "1.6"),
]


@pytest.mark.parametrize(("writer", "ninjs_version"), CASES)
def test_golden(writer: str, ninjs_version: str) -> None:
    suffix = EXTENSIONS[writer]
    if writer == "ninjs":
        suffix = f".{ninjs_version}{suffix}"
    path = GOLDEN / f"port-ellis-strike{suffix}"
    data = WRITERS[writer](hand_article(), WriterOptions(ninjs_version=ninjs_version))
    if os.environ.get("TOOLKIT_UPDATE_GOLDEN"):
        path.write_bytes(data)
    assert data == path.read_bytes()
