"""Findings: what check rules and validators report, and what reporters print."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a finding refers to: the other spellings of a name, the form kept.

    Reporters show these beside the finding (SARIF ``relatedLocations``, highlighted in HTML,
    listed in json), so an editor sees every occurrence the finding compares.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    message: str = ""
    start: int | None = None  # offsets into the article text, for reports that highlight
    end: int | None = None
    # the file, when not the finding's own: another article of the batch (NC102); the
    # positions and offsets are then that file's
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place. Lines and columns are 1-based, columns in code points.

    ``line`` is None for problems with no position (a JSON document's ``json_path`` says where).
    ``match`` is the text the finding is about; baselines key on (path, code, match).
    """

    code: str
    message: str
    severity: Severity
    path: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    match: str | None = None
    fix: str | None = None  # suggested replacement text or instruction, when there is one
    json_path: str | None = None  # for JSON documents: "$.people[0].name"
    start: int | None = None  # offsets into the article text, for reports that highlight
    end: int | None = None
    related: tuple[Related, ...] = ()  # the other occurrences the finding compares
    # ``fix`` is the certain replacement of [start, end): ``check --diff``/``--fix`` use it
    fix_safe: bool = False

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line or 0, self.column or 0, self.code, self.message)


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """What reporters need to know of a rule, without importing the checker."""

    code: str
    name: str
    summary: str
    doc: str
    severity: Severity
