"""JUnit XML: one testcase per document, one failure per finding (CI test-report widgets)."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from toolkit.findings import Finding
from toolkit.report.base import ReportContext, Summary
from toolkit.report.text import location


class JunitReporter:
    def __init__(self, context: ReportContext) -> None:
        self._context = context
        self._by_path: defaultdict[str, list[Finding]] = defaultdict(list)

    def start(self) -> str:
        return ""

    def handle(self, finding: Finding) -> str:
        self._by_path[finding.path].append(finding)
        return ""

    def finish(self, summary: Summary) -> str:
        paths = list(summary.documents)
        paths += [p for p in self._by_path if p not in set(paths)]
        problems = {p.path: p.message for p in summary.problems}
        paths += [p for p in problems if p not in set(paths)]
        failures = sum(len(f) for f in self._by_path.values())
        suites = ET.Element("testsuites", name=self._context.tool)
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=f"{self._context.tool} check",
            tests=str(len(paths)),
            failures=str(failures),
            errors=str(len(problems)),
        )
        for path in paths:
            case = ET.SubElement(suite, "testcase", classname=path, name=path)
            if path in problems:
                ET.SubElement(case, "error", message=problems[path])
            for finding in self._by_path.get(path, []):
                failure = ET.SubElement(case, "failure", message=finding.message, type=finding.code)
                failure.text = f"{location(finding)}: {finding.code} {finding.message}"
        ET.indent(suites)
        body = ET.tostring(suites, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
