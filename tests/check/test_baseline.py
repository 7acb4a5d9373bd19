"""Baselines key on (path, code, matched text) with counts, so moved lines stay known."""

from __future__ import annotations

import json

import pytest

from toolkit.checker.baseline import BaselineError, BaselineFilter, build_baseline, parse_baseline
from toolkit.findings import Finding, Severity


def finding(line: int, match: str = "the  the", code: str = "NC502") -> Finding:
    return Finding(code, "m", Severity.WARNING, "a.txt", line, 1, line, 5, match)


def test_build_is_sorted_and_deterministic() -> None:
    findings = [finding(9, "put at put at"), finding(3), finding(4, "The the")]
    data = build_baseline(findings)
    assert data == build_baseline(list(reversed(findings)))
    assert json.loads(data) == {
        "format": "toolkit-baseline/1",
        "findings": [
            {"path": "a.txt", "code": "NC502", "match": "put at put at", "count": 1},
            {"path": "a.txt", "code": "NC502", "match": "the the", "count": 2},
        ],
    }


def test_filter_hides_counted_findings_even_when_lines_move() -> None:
    known = parse_baseline(build_baseline([finding(3), finding(4)]))
    gate = BaselineFilter(known)
    shown = list(gate.filter([finding(30), finding(40), finding(50), finding(7, "a a")]))
    assert [f.line for f in shown] == [50, 7]
    assert gate.hidden == 2


@pytest.mark.parametrize(
    "data", [b"{", b'{"format": "other"}', b'{"format": "toolkit-baseline/1"}', b"\xff"]
)
def test_bad_baseline(data: bytes) -> None:
    with pytest.raises(BaselineError, match=r"^b\.json: "):
        parse_baseline(data, "b.json")
