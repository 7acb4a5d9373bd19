"""Fingerprints that survive lines moving: built from path, code and matched text, not lines."""

from __future__ import annotations

import hashlib
from collections import Counter

from toolkit.findings import Finding


def normalise_match(text: str | None) -> str:
    """Matched text with runs of whitespace folded, so rewrapping a line keeps the key."""
    return " ".join((text or "").split())


class Fingerprinter:
    """Gives each finding a stable id, unique per occurrence within one report.

    Two findings with the same (path, code, match) are told apart by their order of appearance,
    which is stable when unrelated lines are added or removed.
    """

    def __init__(self) -> None:
        self._seen: Counter[tuple[str, str, str]] = Counter()

    def partial(self, finding: Finding) -> str:
        """Same for every occurrence of (path, code, match)."""
        return _digest(finding.path, finding.code, normalise_match(finding.match))

    def unique(self, finding: Finding) -> str:
        key = (finding.path, finding.code, normalise_match(finding.match))
        self._seen[key] += 1
        return _digest(*key, str(self._seen[key]))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
