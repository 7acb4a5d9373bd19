"""The HTML report: highlights where findings occur, anchor list, filters, escaping, browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED
from toolkit.cli import cli
from toolkit.findings import Finding, RuleDoc, Severity
from toolkit.report import REPORTERS, ReportContext, Summary, get_reporter
from toolkit.report.base import DocumentReporter, offer_document
from toolkit.report.html import HtmlReporter

PATH = "wire/harbour-strike.txt"
TEXT = (
    "GDYNIA, Poland, March 14 (Reuters) - Dock workers began a strike over night shifts "
    "At the same time, ferries ran as planned.\n\n"
    "Deputy Transport Minister Marta Kovacsova said talks would resume.\n\n"
    '"We will not let the port stand still, Transport Minister Marta Kovačová said.\n'
)
RULES = {
    "NC101": RuleDoc("NC101", "name-variant", "One person, 2 spellings", "Docs.", Severity.WARNING),
    "NC201": RuleDoc("NC201", "title-variant", "One person, two titles", "Docs.", Severity.WARNING),
    "NC302": RuleDoc("NC302", "unbalanced-quotes", "Quote never closed", "Docs.", Severity.ERROR),
    "NC501": RuleDoc("NC501", "run-on", "Two sentences run together", "Docs <b>.", Severity.INFO),
}


def at(code: str, severity: Severity, needle: str, message: str, **extra: object) -> Finding:
    start = TEXT.index(needle)
    return Finding(
        code, message, severity, PATH, start=start, end=start + len(needle), match=needle,
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


FINDINGS = [
    at("NC501", Severity.INFO, "shifts At", "Possible run-on sentence"),
    at("NC201", Severity.WARNING, "Deputy Transport Minister", "Title differs"),
    # Overlaps the title finding: marks must nest, not cross.
    at("NC101", Severity.WARNING, "Minister Marta Kovacsova", "Also written “Marta Kovačová”",
       fix="Marta Kovačová"),
    at("NC302", Severity.ERROR, '"We will not', "Quotation mark is never closed"),
]  # fmt: skip


def render(
    findings: list[Finding] = FINDINGS,
    texts: dict[str, str] | None = None,
    documents: tuple[str, ...] = (PATH, "wire/clean.txt"),
) -> str:
    reporter = get_reporter("html", ReportContext(rules=RULES))
    assert reporter.start() == ""
    for path, text in (texts if texts is not None else {PATH: TEXT}).items():
        assert offer_document(reporter, path, text) == ""
    for finding in findings:
        assert reporter.handle(finding) == ""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.code] = counts.get(finding.code, 0) + 1
    return reporter.finish(Summary(documents=documents, counts=counts))


class Marks(HTMLParser):
    """Collects each <mark>'s attributes and the text inside it, checking tags nest."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.open_text: list[list[str]] = []
        self.links: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "mark":
            self.open_text.append([])
        if tag == "a" and attributes.get("href", "").startswith("#"):  # type: ignore[union-attr]
            self.links.append(attributes["href"][1:])  # type: ignore[index]
        for name in ("src", "href"):
            value = attributes.get(name) or ""
            if not value.startswith("#") and value:
                self.external.append(value)
        if tag not in ("meta", "input", "br"):
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        opened, attributes = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if tag == "mark":
            inner = "".join(self.open_text.pop())
            self.marks.append((attributes, inner))
            if self.open_text:
                self.open_text[-1].append(inner)

    def handle_data(self, data: str) -> None:
        if self.open_text:
            self.open_text[-1].append(data)


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    parser.close()
    return parser


def test_html_is_registered_and_takes_documents() -> None:
    assert REPORTERS["html"] is HtmlReporter
    assert isinstance(HtmlReporter(ReportContext(rules=RULES)), DocumentReporter)


def test_every_finding_is_highlighted_where_it_occurs() -> None:
    marks = parse(render()).marks
    by_id = {a["id"]: (a, inner) for a, inner in marks if a.get("id")}
    assert sorted(by_id) == ["f-1-1", "f-1-2", "f-1-3", "f-1-4"]
    # Findings are numbered in line:column order.
    expected = {
        "f-1-1": ("NC501", "info", "shifts At"),
        "f-1-2": ("NC201", "warning", "Deputy Transport "),
        "f-1-3": ("NC101", "warning", "Minister"),
        "f-1-4": ("NC302", "error", '"We will not'),
    }
    for anchor, (code, severity, first_part) in expected.items():
        attributes, inner = by_id[anchor]
        assert (attributes["data-code"], attributes["data-severity"]) == (code, severity)
        assert inner == first_part
    # The overlapping name finding continues in a second mark that points to its anchor.
    continued = [inner for a, inner in marks if a.get("data-part-of") == "f-1-3"]
    assert continued == [" Marta Kovacsova"]


def test_highlights_keep_the_text_intact() -> None:
    page = render()
    body = re.search(r'<div class="text" lang="en">(.*?)</div>', page, re.S)
    assert body is not None
    without_tags = re.sub(r"<[^>]+>", "", body.group(1))
    assert without_tags.replace("&quot;", '"').replace("&amp;", "&") == TEXT


def test_finding_list_links_to_each_highlight_and_shows_the_fix() -> None:
    page = render()
    parsed = parse(page)
    assert parsed.links == ["f-1-1", "f-1-2", "f-1-3", "f-1-4"]
    assert '<a href="#f-1-1">1:77</a>' in page
    assert '<a href="#f-1-2">3:1</a>' in page
    assert '<span class="fix">Suggested: Marta Kovačová</span>' in page


def test_filters_offer_each_rule_and_severity_with_counts() -> None:
    page = render()
    for code, name in (("NC101", "name-variant"), ("NC302", "unbalanced-quotes")):
        assert (
            f'<input type="checkbox" name="code" value="{code}" checked> '
            f"<code>{code}</code> {name} (1)"
        ) in page
    assert '<input type="checkbox" name="severity" value="warning" checked> warning (2)' in page
    assert "<script>" in page and "addEventListener('change'" in page


def test_page_is_self_contained_and_mobile_ready() -> None:
    page = render()
    assert parse(page).external == []
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "default-src 'none'" in page
    assert "@media (max-width:760px)" in page
    assert "<title>toolkit check: 4 findings in 2 documents</title>" in page


def test_everything_from_the_input_is_escaped() -> None:
    text = 'He said <script>alert("x")</script> & left.'
    finding = Finding(
        "NC501", 'Bad <img src=x onerror="y">', Severity.ERROR, "a<b>.txt",
        start=8, end=16, match="<script>", fix="</mark>",
    )  # fmt: skip
    page = render([finding], {"a<b>.txt": text}, ("a<b>.txt",))
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" not in page  # text keeps quotes
    assert '&lt;script&gt;</mark>alert("x")&lt;/script&gt; &amp; left.' in page
    assert "a&lt;b&gt;.txt" in page
    assert "Suggested: &lt;/mark&gt;" in page
    parsed = parse(page)
    assert [inner for _, inner in parsed.marks] == ["<script>"]


def test_findings_without_text_or_position_are_listed_only() -> None:
    no_text = Finding("NC302", "Quote never closed", Severity.ERROR, "other.txt", line=2, column=5)
    no_position = Finding("NC101", "Name differs across the batch", Severity.WARNING, PATH)
    page = render([no_text, no_position], documents=(PATH, "other.txt"))
    assert "<mark" not in page
    assert '<span class="nowhere">—</span>' in page
    assert '<span class="nowhere">2:5</span>' in page
    assert "The text of this document was not available to the report." in page


def test_line_and_column_locate_a_finding_without_offsets() -> None:
    finding = Finding(
        "NC201", "Title differs", Severity.WARNING, PATH, line=3, column=1, end_line=3,
        end_column=26,
    )  # fmt: skip
    marks = parse(render([finding])).marks
    assert [(a["id"], inner) for a, inner in marks] == [("f-1-1", "Deputy Transport Minister")]


def test_zero_length_finding_is_a_caret() -> None:
    finding = Finding("NC501", "Missing full stop", Severity.INFO, PATH, start=83, end=83)
    marks = parse(render([finding])).marks
    assert [(a["id"], a["class"], inner) for a, inner in marks] == [
        ("f-1-1", "sev-info point", "")
    ]


def test_clean_documents_are_one_line_and_output_is_deterministic() -> None:
    page = render(documents=(PATH, "wire/clean.txt", "wire/also clean.txt"))
    assert (
        '<section class="document clean" id="clean">\n<details><summary>2 documents without '
        'findings</summary><ul><li class="path">wire/clean.txt</li><li class="path">wire/also '
        "clean.txt</li></ul></details>\n</section>"
    ) in page
    assert page.count('<section class="document') == 2
    page = render()
    assert render() == page
    assert render(list(reversed(FINDINGS))) == page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", *args,
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (apt: chromium)")
def test_browser_renders_every_highlight_and_a_screenshot(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(render(), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    # After the script ran: every finding is shown and highlighted in the rendered DOM.
    assert "Showing 4 of 4 findings" in dom.stdout
    for anchor, code in (("f-1-1", "NC501"), ("f-1-2", "NC201"), ("f-1-3", "NC101"),
                         ("f-1-4", "NC302")):  # fmt: skip
        assert re.search(rf'<mark id="{anchor}" class="[^"]*" data-code="{code}"', dom.stdout)
    shot = tmp_path / "report.png"
    result = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


def test_check_command_writes_a_report_with_every_finding_marked(tmp_path: Path) -> None:
    """End to end through `toolkit check`: each finding of the JSON report is a mark over its
    match in the HTML report, with its code and severity."""
    report = tmp_path / "report.html"
    runner = CliRunner()
    runner.invoke(cli, ["check", str(SEED), "--format", "html", "--output-file", str(report)])
    as_json = runner.invoke(cli, ["check", str(SEED), "--format", "json"])
    findings = json.loads(as_json.stdout)["findings"]
    assert findings, "the seed has known findings"
    all_marks = parse(report.read_text("utf-8")).marks
    marks = {a["id"]: (a, inner) for a, inner in all_marks if a.get("id")}
    assert len(marks) == len(findings)
    for number, finding in enumerate(findings, 1):
        attributes, inner = marks[f"f-1-{number}"]
        assert (attributes["data-code"], attributes["data-severity"]) == (
            finding["code"],
            finding["severity"],
        )
        anchor = f"f-1-{number}"
        continued = "".join(i for a, i in all_marks if a.get("data-part-of") == anchor)
        assert inner + continued == finding["match"]


def test_every_line_of_the_text_has_its_number_in_the_margin() -> None:
    page = render()
    numbers = re.findall(r'<span class="ln" data-line="(\d+)"></span>', page)
    assert numbers == [str(n) for n in range(1, TEXT.count("\n") + 1)]
    # each number stands at the start of its line, before the marks of that line
    assert '<span class="ln" data-line="3"></span><mark id="f-1-2"' in page


@pytest.mark.parametrize(
    ("match", "shown"),
    [
        ("Kovacsova", '<span class="match">“Kovacsova”</span>'),
        # quote marks of the match are the finding's subject: no more are added around them
        ('"We will', '<span class="match">&quot;We will</span>'),
        ("“", '<span class="match">“</span>'),
    ],
)
def test_the_matched_text_is_quoted_once(match: str, shown: str) -> None:
    finding = Finding("NC302", "Quote never closed", Severity.ERROR, PATH, start=0, end=3,
                      match=match)  # fmt: skip
    page = render([finding])
    assert shown in page
    assert "<q" not in page
