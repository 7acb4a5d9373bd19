"""The reporter interface: findings in, text out, in a start / handle / finish lifecycle.

A reporter never writes anywhere itself: every step returns the text to emit (possibly empty),
and the caller writes it to stdout or ``--output-file``. Streaming formats (text, jsonl, github)
return text from :meth:`Reporter.handle`; collecting formats (json, sarif, junit, gitlab, html)
keep the findings and return the whole document from :meth:`Reporter.finish`.

Reporters get rule documentation as data (:class:`~toolkit.findings.RuleDoc`), never by
importing the checker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from toolkit.findings import Finding, RuleDoc


@dataclass(frozen=True, slots=True)
class ReportContext:
    """What every reporter may need before the first finding."""

    rules: Mapping[str, RuleDoc]  # every rule that ran, by code
    tool: str = "toolkit"
    version: str = "0.0.0"
    # Where a rule's documentation lives; "{code}" is replaced. None: reporters omit links.
    help_uri: str | None = None
    statistics: bool = False  # human-readable reporters add a count per code

    def help_for(self, code: str) -> str | None:
        return self.help_uri.replace("{code}", code) if self.help_uri else None


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be checked at all (unreadable, not an article)."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Summary:
    """What the run amounted to, given to :meth:`Reporter.finish`."""

    documents: tuple[str, ...]  # every input checked, in order, including clean ones
    counts: Mapping[str, int] = field(default_factory=dict)  # reported findings per code
    problems: tuple[Problem, ...] = ()
    baselined: int = 0  # findings hidden because the baseline lists them

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Reporter(Protocol):
    """One output format. Built with a :class:`ReportContext`; each step returns text to emit."""

    def start(self) -> str:
        """Text that opens the report (a header, an opening bracket), usually empty."""
        ...

    def handle(self, finding: Finding) -> str:
        """Text for one finding when the format streams; collecting formats return ""."""
        ...

    def finish(self, summary: Summary) -> str:
        """The rest of the report: the collected document, or a footer."""
        ...


@runtime_checkable
class DocumentReporter(Protocol):
    """A reporter that shows findings inside their text (html) and so needs each document.

    The caller offers every checked document with :func:`offer_document` before finish();
    findings' ``start``/``end`` offsets index into that text.
    """

    def handle_document(self, path: str, text: str) -> str:
        """Keep (or emit) one checked document's text; returns text to emit, usually ""."""
        ...


def offer_document(reporter: Reporter, path: str, text: str) -> str:
    """Give a checked document's text to a reporter that wants it; a no-op for the others."""
    if isinstance(reporter, DocumentReporter):
        return reporter.handle_document(path, text)
    return ""


class ReporterFactory(Protocol):
    def __call__(self, context: ReportContext) -> Reporter: ...


def plural(count: int, noun: str) -> str:
    """``1 finding``, ``2 findings``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def statistics_lines(counts: Mapping[str, int], rules: Mapping[str, RuleDoc]) -> list[str]:
    """One ``count  CODE  name`` line per code, most frequent first, then by code."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in ordered), default=1)
    lines = []
    for code, count in ordered:
        name = rules[code].name if code in rules else ""
        lines.append(f"{count:>{width}}  {code:<6} {name}".rstrip())
    return lines
