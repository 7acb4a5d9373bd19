"""``path:line:col: CODE message`` lines, then an "N findings" footer (the default format)."""

from __future__ import annotations

from toolkit.findings import Finding
from toolkit.report.base import ReportContext, Summary, plural, statistics_lines


def location(finding: Finding) -> str:
    """``path:line:col`` or just ``path`` when the finding has no position."""
    if finding.line is None:
        return finding.path
    if finding.column is None:
        return f"{finding.path}:{finding.line}"
    return f"{finding.path}:{finding.line}:{finding.column}"


class TextReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        return f"{location(finding)}: {finding.code} {finding.message}\n"

    def finish(self, summary: Summary) -> str:
        lines = []
        if self._context.statistics and summary.counts:
            lines.extend(statistics_lines(summary.counts, self._context.rules))
        footer = plural(summary.total, "finding")
        if summary.baselined:
            footer += f" ({summary.baselined} more in the baseline)"
        lines.append(footer)
        if summary.problems:
            lines.append(f"{plural(len(summary.problems), 'file')} could not be checked")
        return "".join(line + "\n" for line in lines)
