"""SARIF 2.1.0: rule descriptors from the rule docs, one result per finding, code-point columns."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from toolkit.findings import Finding, Related, RuleDoc, Severity
from toolkit.report.base import ReportContext, Summary
from toolkit.report.fingerprint import Fingerprinter

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


class SarifReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context
        self._results: list[dict[str, Any]] = []
        self._fingerprints = Fingerprinter()

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        self._results.append(self._result(finding))
        return ""

    def finish(self, summary: Summary) -> str:
        codes = sorted(self._context.rules)
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": self._context.tool,
                    "version": self._context.version,
                    "rules": [self._descriptor(self._context.rules[c]) for c in codes],
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": self._results,
        }
        if summary.problems:
            run["invocations"] = [
                {
                    "executionSuccessful": False,
                    "toolExecutionNotifications": [
                        {
                            "level": "error",
                            "message": {"text": p.message},
                            "locations": [_artifact_location(p.path)],
                        }
                        for p in summary.problems
                    ],
                }
            ]
        log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"

    def _descriptor(self, rule: RuleDoc) -> dict[str, Any]:
        descriptor: dict[str, Any] = {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.doc},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        }
        help_uri = self._context.help_for(rule.code)
        if help_uri:
            descriptor["helpUri"] = help_uri
        return descriptor

    def _result(self, finding: Finding) -> dict[str, Any]:
        location = _artifact_location(finding.path)
        if finding.line is not None:
            region: dict[str, int] = {"startLine": finding.line}
            for key, value in (
                ("startColumn", finding.column),
                ("endLine", finding.end_line),
                ("endColumn", finding.end_column),
            ):
                if value is not None:
                    region[key] = value
            location["physicalLocation"]["region"] = region
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message},
            "locations": [location],
            "partialFingerprints": {
                "toolkitMatch/v1": self._fingerprints.partial(finding),
                "toolkitOccurrence/v1": self._fingerprints.unique(finding),
            },
        }
        if finding.related:
            result["relatedLocations"] = [
                self._related(finding.path, number, related)
                for number, related in enumerate(finding.related, start=1)
            ]
        return result

    @staticmethod
    def _related(path: str, number: int, related: Related) -> dict[str, Any]:
        location = _artifact_location(related.path or path)  # another article's, for NC102
        location["id"] = number
        location["physicalLocation"]["region"] = {
            "startLine": related.line,
            "startColumn": related.column,
            "endLine": related.end_line,
            "endColumn": related.end_column,
        }
        if related.message:
            location["message"] = {"text": related.message}
        return location


def _artifact_location(path: str) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}


def _uri(path: str) -> str:
    """A relative URI reference: forward slashes, spaces and '%' escaped."""
    return quote(path.replace("\\", "/"), safe="/:@-._~!$&'()*+,;=")
