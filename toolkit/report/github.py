"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding.

GitHub shows only about ten annotations per step, so a summary line follows them.
"""

from __future__ import annotations

from toolkit.findings import Finding, Severity
from toolkit.report.base import ReportContext, Summary, plural

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        props = [f"file={_escape_property(finding.path)}"]
        for key, value in (
            ("line", finding.line),
            ("col", finding.column),
            ("endLine", finding.end_line),
            ("endColumn", finding.end_column),
        ):
            if value is not None:
                props.append(f"{key}={value}")
        props.append(f"title={_escape_property(finding.code)}")
        command = _COMMAND[finding.severity]
        return f"::{command} {','.join(props)}::{_escape_data(finding.message)}\n"

    def finish(self, summary: Summary) -> str:
        # a file that could not be checked fails the job: an annotation, not only a count
        unreadable = "".join(
            f"::error file={_escape_property(p.path)},title=unreadable::{_escape_data(p.message)}\n"
            for p in summary.problems
        )
        parts = [f"{plural(summary.total, 'finding')} in {plural(len(summary.documents), 'file')}"]
        if summary.counts:
            parts.append(", ".join(f"{n} {c}" for c, n in sorted(summary.counts.items())))
        if summary.problems:
            parts.append(f"{plural(len(summary.problems), 'file')} could not be checked")
        return unreadable + "toolkit check: " + "; ".join(parts) + "\n"
