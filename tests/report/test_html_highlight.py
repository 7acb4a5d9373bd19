"""The HTML report's highlighting: one sweep that gives the marks the plain scan gave, and the
occurrences a finding refers to (``Finding.related``) marked as related to it."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.report.test_html_report import PATH, RULES, TEXT, at, parse, render
from toolkit.cli import cli
from toolkit.findings import Finding, Related, RuleDoc, Severity
from toolkit.model.span import LineIndex
from toolkit.report import html
from toolkit.report.html import _Placed


def _plain_highlight(
    text: str, placed: Sequence[_Placed], rules: Mapping[str, RuleDoc], index: LineIndex
) -> str:
    """The oracle: at every segment, ask every stretch whether it covers the segment."""
    shown = html._shown(placed, text, index)
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n" and i + 1 < len(text)]
    cuts = sorted({0, len(text), *(s.start for s in shown), *(s.end for s in shown), *line_starts})
    out: list[str] = []
    anchored: set[str] = set()

    def mark(item: html._Shown, inner: str, point: bool = False) -> str:
        if item.related is not None:
            return html._mark(item.placed, inner, rules, False, point=point, related=item.related)
        first = item.placed.anchor not in anchored
        anchored.add(item.placed.anchor)
        return html._mark(item.placed, inner, rules, first, point=point)

    for left, right in zip(cuts, [*cuts[1:], None], strict=True):
        if left in line_starts:
            out.append(f'<span class="ln" data-line="{line_starts.index(left) + 1}"></span>')
        for item in shown:
            if item.start == item.end == left:
                out.append(mark(item, "", point=True))
        if right is None:
            break
        segment = escape(text[left:right], quote=False)
        covering = [s for s in shown if s.start <= left and right <= s.end and s.start < s.end]
        for item in reversed(covering):
            segment = mark(item, segment)
        out.append(segment)
    return "".join(out)


@st.composite
def findings_in_text(draw: st.DrawFn) -> tuple[str, list[Finding]]:
    text = draw(st.text(alphabet="ab <&\n\"'", max_size=40))
    offsets = st.integers(0, len(text))
    findings = []
    for number in range(draw(st.integers(0, 8))):
        start, end = sorted((draw(offsets), draw(offsets)))
        related = tuple(
            Related(1, 1, 1, 1, draw(st.sampled_from(["", "kept"])), a, b)
            for a, b in (sorted(pair) for pair in draw(st.lists(st.tuples(offsets, offsets),
                                                                max_size=2)))
        )  # fmt: skip
        code = draw(st.sampled_from(sorted(RULES)))
        findings.append(
            Finding(code, f"m{number}", Severity.WARNING, PATH, start=start, end=end,
                    related=related)
        )  # fmt: skip
    return text, findings


@settings(max_examples=400, deadline=None)
@given(findings_in_text())
def test_the_sweep_equals_the_plain_scan(case: tuple[str, list[Finding]]) -> None:
    text, findings = case
    placed = html._place(1, findings, text)
    index = LineIndex(text)
    assert html._highlight(text, placed, RULES, index) == _plain_highlight(
        text, placed, RULES, index
    )


def test_every_occurrence_a_finding_refers_to_is_marked_as_related() -> None:
    kept = TEXT.index("Marta Kovačová")
    first = TEXT.index("Minister Marta Kovacsova")
    finding = at(
        "NC101", Severity.WARNING, "Marta Kovacsova", "Also written “Marta Kovačová”",
        related=(
            Related(5, 52, 5, 66, "the form kept", kept, kept + len("Marta Kovačová")),
            # Without offsets: found by line and column (line 3, "Deputy").
            Related(3, 1, 3, 7, "", None, None),
            # Its own place again is not marked twice.
            Related(3, 36, 3, 51, "", first + 9, first + 24),
        ),
    )  # fmt: skip
    marks = parse(render([finding])).marks
    assert [(a.get("id"), inner) for a, inner in marks if a.get("id")] == [
        ("f-1-1", "Marta Kovacsova")
    ]
    related = [(a["class"], a["data-code"], a["title"], inner) for a, inner in marks
               if a.get("data-related-to") == "f-1-1"]  # fmt: skip
    assert related == [
        ("sev-warning related", "NC101", "NC101 name-variant: Also written “Marta Kovačová”",
         "Deputy"),
        ("sev-warning related", "NC101",
         "NC101 name-variant: Also written “Marta Kovačová” (the form kept)", "Marta Kovačová"),
    ]  # fmt: skip


def test_twenty_thousand_findings_in_one_article_are_marked_in_linear_time() -> None:
    # Each finding was compared with every segment: 20,000 findings took 11.6 s.
    text = "the the port opened. " * 20_000
    findings = [
        Finding("NC501", "Repeated", Severity.WARNING, PATH, start=21 * n, end=21 * n + 7)
        for n in range(20_000)
    ]
    began = time.perf_counter()
    page = render(findings, {PATH: text}, (PATH,))
    assert time.perf_counter() - began < 3.0
    assert page.count('<mark id="f-1-') == 20_000


def test_check_command_marks_every_related_location_of_the_json_report(tmp_path: Path) -> None:
    """End to end: each related location `toolkit check --format json` gives (NC301 lists
    the quotations in the article's style) is a mark related to its finding in the HTML."""
    article = tmp_path / "ports.txt"
    article.write_text(
        "BEIJING, March 3 (Xinhua) -- The “Belt and Road” plan grew.\n\n"
        "The “Digital Silk Road” opened, and the “Green Port” plan too.\n\n"
        'The "Blue Harbour" plan came later.\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    report = tmp_path / "report.html"
    runner.invoke(cli, ["check", str(article), "--format", "html", "-o", str(report)])
    findings = json.loads(runner.invoke(cli, ["check", str(article), "--format", "json"]).stdout)
    (finding,) = findings["findings"]
    lines = article.read_text(encoding="utf-8").split("\n")
    expected = [
        lines[r["line"] - 1][r["column"] - 1 : r["end_column"] - 1] for r in finding["related"]
    ]
    assert expected == ["“Belt and Road”", "“Digital Silk Road”", "“Green Port”"]
    marks = parse(report.read_text(encoding="utf-8")).marks
    assert [inner for a, inner in marks if a.get("data-related-to") == "f-1-1"] == expected
    assert [inner for a, inner in marks if a.get("id") == "f-1-1"] == ['"Blue Harbour"']
