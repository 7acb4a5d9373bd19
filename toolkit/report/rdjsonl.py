"""``rdjsonl``: reviewdog's diagnostic format, one JSON object per finding, streamed."""

from __future__ import annotations

import json
from typing import Any

from toolkit.findings import Finding, Severity
from toolkit.report.base import ReportContext, Summary

_SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


class RdjsonlReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        location: dict[str, Any] = {"path": finding.path}
        if finding.line is not None:
            start = {"line": finding.line, "column": finding.column or 1}
            location["range"] = {"start": start}
            if finding.end_line is not None:
                location["range"]["end"] = {
                    "line": finding.end_line,
                    "column": finding.end_column or 1,
                }
        code: dict[str, str] = {"value": finding.code}
        url = self._context.help_for(finding.code)
        if url:
            code["url"] = url
        diagnostic = {
            "message": finding.message,
            "location": location,
            "severity": _SEVERITY[finding.severity],
            "source": {"name": self._context.tool},
            "code": code,
        }
        return json.dumps(diagnostic, ensure_ascii=False) + "\n"

    def finish(self, summary: Summary) -> str:
        return ""
