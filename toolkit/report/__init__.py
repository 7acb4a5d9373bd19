"""Reporters: findings in, text out. ``REPORTERS`` maps a ``--format`` name to a factory."""

from __future__ import annotations

from toolkit.errors import UnknownFormatError
from toolkit.report.base import (
    Problem,
    ReportContext,
    Reporter,
    ReporterFactory,
    Summary,
)
from toolkit.report.github import GithubReporter
from toolkit.report.gitlab import GitlabReporter
from toolkit.report.html import HtmlReporter
from toolkit.report.json import JsonLinesReporter, JsonReporter
from toolkit.report.junit import JunitReporter
from toolkit.report.rdjsonl import RdjsonlReporter
from toolkit.report.sarif import SarifReporter
from toolkit.report.text import TextReporter

REPORTERS: dict[str, ReporterFactory] = {
    "text": TextReporter,
    "json": JsonReporter,
    "jsonl": JsonLinesReporter,
    "sarif": SarifReporter,
    "junit": JunitReporter,
    "github": GithubReporter,
    "gitlab": GitlabReporter,
    "rdjsonl": RdjsonlReporter,
    "html": HtmlReporter,
}

# Formats meant for people; only these print a "N findings" footer and statistics.
HUMAN_READABLE = frozenset({"text", "html"})


def get_reporter(name: str, context: ReportContext) -> Reporter:
    try:
        factory = REPORTERS[name]
    except KeyError:
        raise UnknownFormatError("report format", name, list(REPORTERS)) from None
    return factory(context)


__all__ = [
    "HUMAN_READABLE",
    "REPORTERS",
    "Problem",
    "ReportContext",
    "Reporter",
    "ReporterFactory",
    "Summary",
    "get_reporter",
]
