"""GitLab Code Quality report: a JSON array, one issue per finding, fingerprints per occurrence."""

from __future__ import annotations

import json
from typing import Any

from toolkit.findings import Finding, Severity
from toolkit.report.base import ReportContext, Summary
from toolkit.report.fingerprint import Fingerprinter

_SEVERITY = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


class GitlabReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context
        self._issues: list[dict[str, Any]] = []
        self._fingerprints = Fingerprinter()

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        self._issues.append(
            {
                "description": finding.message,
                "check_name": finding.code,
                "fingerprint": self._fingerprints.unique(finding),
                "severity": _SEVERITY[finding.severity],
                "location": {"path": finding.path, "lines": {"begin": finding.line or 1}},
            }
        )
        return ""

    def finish(self, summary: Summary) -> str:
        return json.dumps(self._issues, ensure_ascii=False, indent=2) + "\n"
