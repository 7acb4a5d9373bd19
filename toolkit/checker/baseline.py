"""Baselines: known findings keyed on (path, code, normalised match) with a count, not lines."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator

from toolkit.errors import ToolkitError
from toolkit.findings import Finding

FORMAT = "toolkit-baseline/1"

Key = tuple[str, str, str]


class BaselineError(ToolkitError):
    """The baseline file is not a baseline this version wrote."""


def baseline_key(finding: Finding) -> Key:
    match = " ".join((finding.match or "").split()).casefold()
    return (finding.path, finding.code, match)


def build_baseline(findings: Iterable[Finding]) -> bytes:
    """The baseline document for these findings: sorted, so reruns give identical bytes."""
    counts = Counter(baseline_key(f) for f in findings)
    entries = [
        {"path": path, "code": code, "match": match, "count": count}
        for (path, code, match), count in sorted(counts.items())
    ]
    text = json.dumps({"format": FORMAT, "findings": entries}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def parse_baseline(data: bytes, origin: str = "<baseline>") -> Counter[Key]:
    try:
        document = json.loads(data.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise BaselineError(f"{origin}: not a {FORMAT} file")
        return Counter(
            {
                (str(e["path"]), str(e["code"]), str(e["match"])): int(e["count"])
                for e in document["findings"]
            }
        )
    except (
        UnicodeDecodeError,
        json.JSONDecodeError,
        KeyError,
        TypeError,
        AttributeError,
        ValueError,
        RecursionError,  # JSON nested thousands deep
    ) as error:
        if isinstance(error, BaselineError):
            raise
        raise BaselineError(f"{origin}: not a valid baseline file ({error})") from None


class BaselineFilter:
    """Drops findings the baseline already counts; a count of 2 hides the first two."""

    def __init__(self, known: Counter[Key]) -> None:
        self._left = Counter(known)
        self.hidden = 0

    def filter(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        for finding in findings:
            key = baseline_key(finding)
            if self._left[key] > 0:
                self._left[key] -= 1
                self.hidden += 1
                continue
            yield finding
