"""``html``: one self-contained page for editors, each article's text with its findings marked.

No external requests (a Content-Security-Policy forbids them): CSS and the small filter
script are inline. Every finding is a ``<mark id="f-D-N" data-code data-severity>`` in the
text where it occurs and an entry in the list beside the text that links to it. Text comes
from :meth:`HtmlReporter.handle_document`; findings of a document whose text was not
offered, or without a position, appear in the list only. Everything is escaped.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from toolkit.findings import Finding, Related, RuleDoc, Severity
from toolkit.model.span import LineIndex, Position
from toolkit.report.base import ReportContext, Summary, plural

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


class HtmlReporter:
    """Collects findings and documents; :meth:`finish` returns the whole page."""

    def __init__(self, context: ReportContext) -> None:
        self._context = context
        self._findings: list[Finding] = []
        self._texts: dict[str, str] = {}

    def start(self) -> str:
        return ""

    def handle_document(self, path: str, text: str) -> str:
        self._texts[path] = text
        return ""

    def handle(self, finding: Finding) -> str:
        self._findings.append(finding)
        return ""

    def finish(self, summary: Summary) -> str:
        return render_html(self._findings, self._texts, summary, self._context)


@dataclass(frozen=True, slots=True)
class _Placed:
    """A finding with its anchor id and, when it can be shown in the text, its offsets."""

    finding: Finding
    anchor: str
    start: int | None
    end: int | None
    where: str  # "line:col" as the list shows it; "—" when the finding has no position


def render_html(
    findings: Iterable[Finding],
    texts: Mapping[str, str],
    summary: Summary,
    context: ReportContext,
) -> str:
    """The report page. Deterministic: no clock; documents in the order checked, findings in
    the order they occur in the text."""
    ordered = list(findings)
    by_path: dict[str, list[Finding]] = {}
    for path in (*summary.documents, *texts):
        by_path.setdefault(path, [])
    for finding in ordered:
        by_path.setdefault(finding.path, []).append(finding)

    sections: list[str | None] = []
    clean: list[str] = []  # shown together on one line: a batch is mostly clean copy
    for number, (path, document_findings) in enumerate(by_path.items(), 1):
        if not document_findings:
            clean.append(path)
            continue
        text = texts.get(path)
        placed = _place(number, document_findings, text)
        sections.append(_document_section(number, path, text, placed, context))
    sections.append(_clean_section(clean))

    counts = Counter(f.code for f in ordered)
    severities = Counter(f.severity for f in ordered)
    title = (
        f"{context.tool} check: {plural(len(ordered), 'finding')} in "
        f"{plural(len(by_path), 'document')}"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        _severity_line(severities),
        _filters(counts, severities, context.rules),
        "</header>",
        "<main>",
        *sections,
        _problems(summary),
        _rules_section(counts, context),
        "</main>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(part for part in parts if part is not None)


def _place(number: int, findings: Sequence[Finding], text: str | None) -> list[_Placed]:
    """Locate each finding, then number them in the order they occur in the text."""
    index = LineIndex(text) if text is not None else None
    located = []
    for finding in findings:
        start, end = _offsets(finding, text, index)
        if start is not None and index is not None:
            position = index.position(start)
            where = f"{position.line}:{position.column}"
        elif finding.line is not None:
            where = f"{finding.line}:{finding.column or 1}"
        else:
            where = "—"
        located.append((start, end, where, finding))
    # Placed findings in text order first, then the ones the text cannot show.
    located.sort(
        key=lambda item: (
            item[0] is None,
            item[0] or 0,
            -(item[1] or 0),
            item[3].sort_key,
        )
    )
    return [
        _Placed(finding, f"f-{number}-{n}", start, end, where)
        for n, (start, end, where, finding) in enumerate(located, 1)
    ]


def _offsets(
    finding: Finding, text: str | None, index: LineIndex | None
) -> tuple[int | None, int | None]:
    """Offsets of a finding in ``text``: its own, else from line:col; None when unknowable."""
    if text is None or index is None:
        return None, None
    start, end = finding.start, finding.end
    if start is None and finding.line is not None and finding.line <= index.line_count:
        start = index.offset(Position(finding.line, finding.column or 1))
        if finding.end_line is not None and finding.end_line <= index.line_count:
            end = index.offset(Position(finding.end_line, finding.end_column or 1))
        elif finding.match:
            end = start + len(finding.match)
    if start is None:
        return None, None
    start = max(0, min(start, len(text)))
    end = start if end is None else max(start, min(end, len(text)))
    return start, end


def _document_section(
    number: int,
    path: str,
    text: str | None,
    placed: Sequence[_Placed],
    context: ReportContext,
) -> str:
    heading = (
        f'<h2><span class="path">{escape(path)}</span> '
        f'<span class="count">{plural(len(placed), "finding")}</span></h2>'
    )
    if text is None:
        body = '<p class="note">The text of this document was not available to the report.</p>'
    else:
        marked = _highlight(text, placed, context.rules, LineIndex(text))
        body = f'<div class="text" lang="en">{marked}</div>'
    items = "\n".join(_list_item(p, context) for p in placed)
    listing = (
        f'<nav class="findings" aria-label="Findings in {escape(path)}"><ol>\n{items}\n</ol></nav>'
    )
    return (
        f'<section class="document" id="doc-{number}">\n{heading}\n'
        f'<div class="columns">\n{body}\n{listing}\n</div>\n</section>'
    )


def _clean_section(paths: Sequence[str]) -> str | None:
    """The documents without findings, as one line that opens to list them."""
    if not paths:
        return None
    items = "".join(f'<li class="path">{escape(path)}</li>' for path in paths)
    return (
        '<section class="document clean" id="clean">\n<details><summary>'
        f'{plural(len(paths), "document")} without findings</summary>'
        f"<ul>{items}</ul></details>\n</section>"
    )


@dataclass(frozen=True, slots=True)
class _Shown:
    """One stretch of text to mark: a finding's own place, or one it refers to."""

    start: int
    end: int
    placed: _Placed
    related: Related | None = None  # set for an occurrence the finding refers to


def _shown(placed: Sequence[_Placed], text: str, index: LineIndex) -> list[_Shown]:
    """Every stretch to mark: each finding's own, then the occurrences it refers to
    (``Finding.related``), so that an editor sees every place a finding compares."""
    own = [_Shown(p.start, p.end, p) for p in placed if p.start is not None and p.end is not None]
    referred = []
    for item in own:
        for related in item.placed.finding.related:
            if related.path is not None and related.path != item.placed.finding.path:
                continue  # in another document: its finding's list entry names it
            start, end = _related_offsets(related, text, index)
            if start is not None and end is not None and (start, end) != (item.start, item.end):
                referred.append(_Shown(start, end, item.placed, related))
    return own + referred


def _related_offsets(
    related: Related, text: str, index: LineIndex
) -> tuple[int | None, int | None]:
    start, end = related.start, related.end
    if start is None or end is None:
        if related.line > index.line_count or related.end_line > index.line_count:
            return None, None
        start = index.offset(Position(related.line, related.column))
        end = index.offset(Position(related.end_line, related.end_column))
    start = max(0, min(start, len(text)))
    return start, max(start, min(end, len(text)))


def _highlight(
    text: str, placed: Sequence[_Placed], rules: Mapping[str, RuleDoc], index: LineIndex
) -> str:
    """The text with a <mark> per finding; overlapping findings nest, one segment at a time.

    Cutting the text at every finding boundary gives segments covered by a fixed set of
    findings, so the marks of a segment always nest properly; a finding's first segment
    carries its id, and the occurrences it refers to are marked as related to it.

    One sweep over the boundaries keeps the stretches covering the current segment, so the
    work is the number of findings plus the marks written (asking every finding at every
    segment made 20,000 findings in one article take 12 s).
    """
    shown = _shown(placed, text, index)
    opening: dict[int, list[int]] = {}  # offset -> stretches (by number) that start there
    closing: dict[int, list[int]] = {}
    points: dict[int, list[int]] = {}  # zero-length stretches, shown as a caret
    for number, item in enumerate(shown):
        if item.start == item.end:
            points.setdefault(item.start, []).append(number)
        else:
            opening.setdefault(item.start, []).append(number)
            closing.setdefault(item.end, []).append(number)
    # Every line starts a segment, so that its number can stand in the margin before it.
    line_starts = {0, *(at + 1 for at in _newlines(text) if at + 1 < len(text))}
    numbers = {offset: line for line, offset in enumerate(sorted(line_starts), 1)}
    cuts = sorted({0, len(text), *opening, *closing, *points, *line_starts})
    covering: list[int] = []  # by number: the order the marks nest in, outermost first
    out: list[str] = []
    anchored: set[str] = set()

    def mark(item: _Shown, inner: str, point: bool = False) -> str:
        if item.related is not None:
            return _mark(item.placed, inner, rules, False, point=point, related=item.related)
        first = item.placed.anchor not in anchored
        anchored.add(item.placed.anchor)
        return _mark(item.placed, inner, rules, first, point=point)

    for left, right in zip(cuts, [*cuts[1:], None], strict=True):
        if left in numbers:
            out.append(f'<span class="ln" data-line="{numbers[left]}"></span>')
        for number in points.get(left, ()):
            out.append(mark(shown[number], "", point=True))
        if right is None:
            break
        for number in closing.get(left, ()):
            covering.remove(number)
        for number in opening.get(left, ()):
            bisect.insort(covering, number)
        segment = escape(text[left:right], quote=False)
        for number in reversed(covering):
            segment = mark(shown[number], segment)
        out.append(segment)
    return "".join(out)


def _newlines(text: str) -> Iterable[int]:
    """Offsets of the newlines of ``text``."""
    at = text.find("\n")
    while at != -1:
        yield at
        at = text.find("\n", at + 1)


def _mark(
    placed: _Placed,
    inner: str,
    rules: Mapping[str, RuleDoc],
    first: bool,
    point: bool = False,
    related: Related | None = None,
) -> str:
    finding = placed.finding
    name = rules[finding.code].name if finding.code in rules else ""
    label = f"{finding.code} {name}: {finding.message}".replace("  ", " ")
    if related is not None:
        identity = f'data-related-to="{placed.anchor}"'
        if related.message:
            label = f"{label} ({related.message})"
    else:
        identity = f'id="{placed.anchor}"' if first else f'data-part-of="{placed.anchor}"'
    kind = (" point" if point else "") + (" related" if related is not None else "")
    attributes = [
        identity,
        f'class="sev-{escape(finding.severity.value)}{kind}"',
        f'data-code="{escape(finding.code)}"',
        f'data-severity="{escape(finding.severity.value)}"',
        f'title="{escape(label)}"',
    ]
    return f"<mark {' '.join(attributes)}>{inner}</mark>"


def _list_item(placed: _Placed, context: ReportContext) -> str:
    finding = placed.finding
    where = placed.where
    name = context.rules[finding.code].name if finding.code in context.rules else ""
    target = (
        f'<a href="#{placed.anchor}">{escape(where)}</a>'
        if placed.start is not None
        else f'<span class="nowhere">{escape(where)}</span>'
    )
    parts = [
        f'<li class="sev-{escape(finding.severity.value)}" data-code="{escape(finding.code)}" '
        f'data-severity="{escape(finding.severity.value)}" data-target="{placed.anchor}">',
        f"{target} ",
        f'<span class="badge">{escape(finding.severity.value)}</span> ',
        f'<code title="{escape(name)}">{escape(finding.code)}</code> ',
        f'<span class="message">{escape(finding.message)}</span>',
    ]
    if finding.match and finding.match not in finding.message:
        parts.append(f' <span class="match">{escape(_quoted(finding.match))}</span>')
    if finding.fix:
        parts.append(f' <span class="fix">Suggested: {escape(finding.fix)}</span>')
    elsewhere = [r for r in finding.related if r.path is not None and r.path != finding.path]
    if elsewhere:
        # places in other documents cannot be marked in this one's text: listed instead
        listed = "; ".join(
            f"{r.path} {r.line}:{r.column}" + (f" ({r.message})" if r.message else "")
            for r in elsewhere
        )
        parts.append(f' <span class="related">Also: {escape(listed)}</span>')
    parts.append("</li>")
    return "".join(parts)


# Quote marks of every convention the checker reads (straight, curly, wire ``...'', guillemets).
_QUOTE_MARKS = frozenset("\"'“”‘’„«»`")


def _quoted(match: str) -> str:
    """The matched text in curly quotes, or as it is when it holds quote marks itself: a
    ``<q>`` would add the browser's own around them (“"Belt and Road"”, or ““” for a
    stray quote mark, which is the very thing a quote finding is about)."""
    if any(char in _QUOTE_MARKS for char in match):
        return match
    return f"“{match}”"


def _severity_line(severities: Counter[Severity]) -> str:
    parts = [plural(severities[s], s.value) for s in _SEVERITIES if severities[s]]
    return f'<p class="summary">{escape(", ".join(parts) or "No findings.")}</p>'


def _filters(
    counts: Counter[str], severities: Counter[Severity], rules: Mapping[str, RuleDoc]
) -> str:
    if not counts:
        return ""
    severity_boxes = "".join(
        f'<label class="sev-{s.value}"><input type="checkbox" name="severity" '
        f'value="{s.value}" checked> {s.value} ({severities[s]})</label>'
        for s in _SEVERITIES
        if severities[s]
    )
    rule_boxes = "".join(
        f'<label><input type="checkbox" name="code" value="{escape(code)}" checked> '
        f"<code>{escape(code)}</code> {escape(rules[code].name if code in rules else '')} "
        f"({count})</label>"
        for code, count in sorted(counts.items())
    )
    return (
        '<form id="filters" class="filters">'
        f"<fieldset><legend>Severity</legend>{severity_boxes}</fieldset>"
        f"<fieldset><legend>Rule</legend>{rule_boxes}</fieldset>"
        '<p class="shown" aria-live="polite"></p>'
        "</form>"
    )


def _problems(summary: Summary) -> str | None:
    if not summary.problems:
        return None
    items = "".join(
        f'<li><span class="path">{escape(p.path)}</span>: {escape(p.message)}</li>'
        for p in summary.problems
    )
    return (
        '<section class="problems"><h2>Documents that could not be checked</h2>'
        f"<ul>{items}</ul></section>"
    )


def _rules_section(counts: Counter[str], context: ReportContext) -> str | None:
    documented = [code for code in sorted(counts) if code in context.rules]
    if not documented:
        return None
    entries = []
    for code in documented:
        rule = context.rules[code]
        help_uri = context.help_for(code)
        link = f' <a href="{escape(help_uri)}">more</a>' if help_uri else ""
        entries.append(
            f'<details id="rule-{escape(code)}"><summary><code>{escape(code)}</code> '
            f"{escape(rule.name)}: {escape(rule.summary)}{link}</summary>"
            f'<div class="doc">{escape(rule.doc, quote=False)}</div></details>'
        )
    return '<section class="rules"><h2>Rules</h2>' + "".join(entries) + "</section>"


_CSS = """
:root{--fg:#1d1f23;--muted:#5b6270;--bg:#fbfaf7;--card:#fff;--line:#e3e0d8;
--error:#c62828;--error-bg:#fde2e1;--warning:#9a6700;--warning-bg:#fff1bf;
--info:#1f5fa8;--info-bg:#dcebfb}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
header{padding:1rem 1.25rem;background:var(--card);border-bottom:1px solid var(--line)}
h1{font-size:1.35rem;margin:0 0 .25rem}
h2{font-size:1.05rem;margin:0 0 .75rem;overflow-wrap:anywhere}
.summary{margin:0 0 .5rem;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:flex-start}
fieldset{border:1px solid var(--line);border-radius:6px;margin:0;padding:.35rem .75rem}
legend{font-size:.8rem;color:var(--muted);padding:0 .25rem}
fieldset label{display:inline-block;margin:.15rem .75rem .15rem 0;white-space:nowrap}
.shown{margin:.5rem 0 0;color:var(--muted);font-size:.9rem;flex-basis:100%}
main{padding:1rem 1.25rem;max-width:1400px;margin:0 auto}
.document{background:var(--card);border:1px solid var(--line);border-radius:8px;
padding:1rem 1.25rem;margin:0 0 1.25rem}
.count{font-weight:normal;color:var(--muted);font-size:.9rem}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.5rem}
.text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"Times New Roman",serif;
font-size:1.05rem;line-height:1.7;max-width:78ch;position:relative;padding-left:3.2em}
.ln{position:absolute;left:0;width:2.6em;text-align:right;user-select:none;
font:.75rem/2.3 ui-monospace,monospace;color:var(--muted)}
.ln::before{content:attr(data-line)}
mark{border-radius:3px;padding:0 1px;color:inherit;scroll-margin-top:4rem}
mark.sev-error{background:var(--error-bg);box-shadow:inset 0 -2px var(--error)}
mark.sev-warning{background:var(--warning-bg);box-shadow:inset 0 -2px var(--warning)}
mark.sev-info{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}
mark[id]::after{content:attr(data-code);font:600 .62em/1 system-ui,sans-serif;
vertical-align:super;margin-left:2px;color:var(--muted)}
mark.related{background:none}
mark.point::before{content:"\\2038";font-weight:bold}
mark.off{background:none;box-shadow:none}
mark:target{outline:3px solid var(--fg);outline-offset:2px}
.findings{position:sticky;top:.75rem;align-self:start;max-height:calc(100vh - 1.5rem);
overflow:auto}
.findings ol{list-style:none;margin:0;padding:0}
.findings li{padding:.5rem .6rem;border-left:4px solid var(--line);margin:0 0 .5rem;
background:var(--bg);border-radius:0 6px 6px 0;font-size:.93rem}
.findings li.sev-error{border-left-color:var(--error)}
.findings li.sev-warning{border-left-color:var(--warning)}
.findings li.sev-info{border-left-color:var(--info)}
.findings li.off{display:none}
.findings a{font-variant-numeric:tabular-nums;font-weight:600}
.badge{font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
.fix{display:block;color:var(--muted)}
.findings .related{display:block;color:var(--muted)}
.match{font-style:italic}
.clean,.note{color:var(--muted)}
.document.clean{padding:.6rem 1.25rem;color:var(--muted)}
.document.clean ul{margin:.5rem 0 0;padding-left:1.25rem}
.rules details{margin:.25rem 0}
.rules .doc{white-space:pre-wrap;color:var(--muted);padding:.25rem 0 .5rem 1rem}
.problems li .path,h2 .path{font-family:ui-monospace,monospace}
@media (max-width:760px){
body{font-size:15px}
header,main{padding:.75rem}
.document{padding:.75rem}
.columns{grid-template-columns:1fr}
.findings{order:-1;position:static;max-height:none}
}
"""

# Hides marks and list entries whose rule or severity is unticked, and says how many show.
_SCRIPT = """
(function(){
var form=document.getElementById('filters');if(!form)return;
function ticked(name){var s={};form.querySelectorAll('input[name='+name+']').forEach(
function(i){if(i.checked)s[i.value]=1;});return s;}
function apply(){var sev=ticked('severity'),code=ticked('code'),shown=0,total=0;
document.querySelectorAll('main [data-code]').forEach(function(el){
var on=sev[el.dataset.severity]&&code[el.dataset.code];el.classList.toggle('off',!on);
if(el.tagName==='LI'){total++;if(on)shown++;}});
form.querySelector('.shown').textContent='Showing '+shown+' of '+total+' findings';}
form.addEventListener('change',apply);apply();
})();
"""
