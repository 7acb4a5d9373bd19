"""Findings: what check rules and validators report, and what reporters print."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter
from typing import Any, TypeVar

_Class = TypeVar("_Class", bound=type[Any])


def pickled_by_fields(cls: _Class) -> _Class:
    """A frozen dataclass pickled as ``(cls, (field values...))``: a worker's results cross
    to the parent in this form. The dataclass's own ``__getstate__``/``__setstate__`` (of
    ``slots=True``) call ``dataclasses.fields`` per object and took twice as long (check's
    results: 65 -> 31 ms per 1,000 articles, pickled and unpickled)."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def reduce(self: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, values(self)

    setattr(cls, "__reduce__", reduce)  # noqa: B010 - a class attribute mypy types as a method
    return cls


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@pickled_by_fields
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


@pickled_by_fields
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
