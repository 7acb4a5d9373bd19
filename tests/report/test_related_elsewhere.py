"""A related place in another document (NC102: the other article's spelling) is shown with that
document's path: in json, in SARIF relatedLocations and in the HTML report's list entry, and it
is never marked in the finding's own text."""

from __future__ import annotations

import json

from tests.report.test_html_report import render as render_html
from toolkit.findings import Finding, Related, RuleDoc, Severity
from toolkit.report import ReportContext, Summary, get_reporter

TEXT_B = "Navy spokesman Igor Dygalo said two ships returned.\n"
FINDING = Finding(
    "NC102",
    "“Igor Dygalo” is spelled “Igor Dyagalo” in wire/a.txt (line 1:16); use one spelling",
    Severity.WARNING,
    "wire/b.txt",
    1,
    16,
    1,
    27,
    "Igor Dygalo",
    "Igor Dyagalo",
    start=15,
    end=26,
    related=(Related(1, 16, 1, 28, "spelled “Igor Dyagalo” here", 15, 27, "wire/a.txt"),),
)
RULES = {
    "NC102": RuleDoc("NC102", "name-variant-across-articles", "One name", "Docs.", Severity.WARNING)
}


def render(name: str) -> str:
    reporter = get_reporter(name, ReportContext(RULES, version="9.9"))
    parts = [reporter.start(), reporter.handle(FINDING)]
    parts.append(reporter.finish(Summary(documents=("wire/a.txt", "wire/b.txt"))))
    return "".join(parts)


def test_json_names_the_other_file() -> None:
    [record] = json.loads(render("json"))["findings"]
    assert record["related"] == [
        {
            "path": "wire/a.txt",
            "line": 1,
            "column": 16,
            "end_line": 1,
            "end_column": 28,
            "message": "spelled “Igor Dyagalo” here",
        }
    ]


def test_json_gives_a_same_file_place_the_finding_s_path() -> None:
    # None stands for the finding's own file; the report spells it out
    here = Related(2, 1, 2, 5, "written “x”")
    reporter = get_reporter("jsonl", ReportContext(RULES, version="9.9"))
    line = reporter.handle(Finding("NC102", "m", Severity.WARNING, "wire/b.txt", related=(here,)))
    assert json.loads(line)["related"][0]["path"] == "wire/b.txt"


def test_sarif_related_location_is_in_the_other_file() -> None:
    [result] = json.loads(render("sarif"))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "wire/b.txt"}
    assert result["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "wire/a.txt"},
                "region": {"startLine": 1, "startColumn": 16, "endLine": 1, "endColumn": 28},
            },
            "message": {"text": "spelled “Igor Dyagalo” here"},
        }
    ]


def test_html_lists_the_other_file_and_marks_nothing_for_it() -> None:
    page = render_html(
        [FINDING], texts={"wire/b.txt": TEXT_B}, documents=("wire/a.txt", "wire/b.txt")
    )
    assert (
        '<span class="related">Also: wire/a.txt 1:16 (spelled “Igor Dyagalo” here)</span>' in page
    )
    # offsets 15..27 belong to a.txt: b.txt's text has no related mark
    assert 'data-related-to="' not in page
