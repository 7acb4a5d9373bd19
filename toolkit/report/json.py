"""``json``: one document with every finding; ``jsonl``: one finding per line, streamed."""

from __future__ import annotations

import json
from typing import Any

from toolkit.findings import Finding
from toolkit.report.base import ReportContext, Summary


def finding_record(finding: Finding) -> dict[str, Any]:
    """The finding as a JSON object with a fixed key order; absent values are null."""
    return {
        "path": finding.path,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "match": finding.match,
        "fix": finding.fix,
        "related": [
            {
                # the related place's own file: another article's for a batch rule (NC102)
                "path": r.path or finding.path,
                "line": r.line,
                "column": r.column,
                "end_line": r.end_line,
                "end_column": r.end_column,
                "message": r.message,
            }
            for r in finding.related
        ],
    }


class JsonReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context
        self._findings: list[dict[str, Any]] = []

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        self._findings.append(finding_record(finding))
        return ""

    def finish(self, summary: Summary) -> str:
        document = {
            "tool": {"name": self._context.tool, "version": self._context.version},
            "documents": list(summary.documents),
            "findings": self._findings,
            "problems": [{"path": p.path, "message": p.message} for p in summary.problems],
            "counts": dict(sorted(summary.counts.items())),
            "baselined": summary.baselined,
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class JsonLinesReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        return json.dumps(finding_record(finding), ensure_ascii=False) + "\n"

    def finish(self, summary: Summary) -> str:
        return ""
