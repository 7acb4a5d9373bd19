"""JUnit XML: one testcase per finding (failed), per clean document (passed) and per document
that could not be checked (error), so that tests = failures + errors + passed (CI widgets)."""

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
        passed = sum(1 for p in paths if p not in self._by_path and p not in problems)
        suites = ET.Element("testsuites", name=self._context.tool)
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=f"{self._context.tool} check",
            tests=str(failures + len(problems) + passed),
            failures=str(failures),
            errors=str(len(problems)),
        )
        for path in paths:
            if path in problems:
                case = ET.SubElement(suite, "testcase", classname=path, name=path)
                ET.SubElement(case, "error", message=problems[path])
            findings = self._by_path.get(path, [])
            for finding in findings:
                where = location(finding)
                case = ET.SubElement(
                    suite, "testcase", classname=path, name=f"{finding.code} {where}"
                )
                failure = ET.SubElement(case, "failure", message=finding.message, type=finding.code)
                failure.text = f"{where}: {finding.code} {finding.message}"
            if not findings and path not in problems:
                ET.SubElement(suite, "testcase", classname=path, name=path)
        ET.indent(suites)
        body = ET.tostring(suites, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
