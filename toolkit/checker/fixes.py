"""Certain fixes: the edits ``check --diff`` shows and ``check --fix`` applies.

A finding's fix is applied only when the rule marked it certain (``Finding.fix_safe``: quote
marks, spacing, a house term, a doubled phrase); names and titles are never edited, as wire
copy is edited by people. Edits are made on the article text the findings' offsets index.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from toolkit.findings import Finding


@dataclass(frozen=True, slots=True)
class Edit:
    """Put ``text`` in place of [start, end) of the article text."""

    start: int
    end: int
    text: str
    code: str


def certain_edits(findings: Iterable[Finding]) -> list[Edit]:
    """The certain fixes of the findings, in text order, none overlapping another.

    Where two fixes touch the same text the first (by position, then code) is kept: the
    other is found again, on the fixed text, by the next run.
    """
    edits = sorted(
        (
            Edit(f.start, f.end, f.fix, f.code)
            for f in findings
            if f.fix_safe and f.fix is not None and f.start is not None and f.end is not None
        ),
        key=lambda e: (e.start, e.end, e.code),
    )
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            continue
        if kept and edit.start == kept[-1].end == kept[-1].start:
            continue  # two insertions at one place: their order would be a guess
        kept.append(edit)
    return kept


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with the edits (from :func:`certain_edits`) made."""
    parts = []
    last = 0
    for edit in edits:
        parts.append(text[last : edit.start])
        parts.append(edit.text)
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)


def unified_diff(path: str, before: str, after: str) -> str:
    """The change as ``diff -u`` prints it, between ``a/path`` and ``b/path``."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        f"a/{path}",
        f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
