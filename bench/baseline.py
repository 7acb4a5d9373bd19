"""The named baseline every benchmark prints its figures against (bench/baselines.json).

Figures in the file were measured with the same scripts on the project's 2-core CI machine;
re-record them with ``--record`` after a change that moves them on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

FILE = Path(__file__).resolve().parent / "baselines.json"
DEFAULT = "ci-2core-2026-11-28"


def _load() -> dict[str, dict[str, dict[str, float]]]:
    try:
        data: dict[str, dict[str, dict[str, float]]] = json.loads(FILE.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    return data


def versus(bench: str, metric: str, value: float, name: str = DEFAULT) -> str:
    """``"(baseline ci-2core-2026-11-28: 1,020, -3%)"`` for printing beside a figure."""
    base = _load().get(name, {}).get(bench, {}).get(metric)
    if not base:
        return f"(no baseline {name} for {bench}.{metric})"
    change = (value - base) / base * 100
    return f"(baseline {name}: {base:,.0f}, {change:+.0f}%)"


def record(bench: str, figures: dict[str, float], name: str = DEFAULT) -> None:
    """Store ``figures`` as the baseline of ``bench`` (sorted keys: the file diffs cleanly)."""
    data = _load()
    data.setdefault(name, {})[bench] = {k: round(v, 1) for k, v in figures.items()}
    FILE.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
