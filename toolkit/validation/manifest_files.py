"""What the schema cannot see in an export manifest: are the files it lists there, unchanged?

Paths in the manifest are relative to the folder that holds it. Only called for a manifest
that passed its schema, so every path is already a relative POSIX path without ``..``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from toolkit.findings import Finding, Severity
from toolkit.validation.codes import LISTED_FILE
from toolkit.validation.json_documents import json_path

_SHOWN = 12  # hex digits of a digest a message shows: enough to tell two apart


def listed_file_findings(manifest: Mapping[str, Any], folder: Path, path: str) -> list[Finding]:
    """A finding for each listed file that is missing from ``folder`` or whose SHA-256
    differs from the listed one, in the manifest's order; ``path`` names the manifest."""
    root = folder.resolve()
    findings = []
    for where, entry in _listed(manifest):
        relative, listed = entry["path"], entry["sha256"]
        problem = _problem(root, relative, listed)
        if problem is not None:
            findings.append(
                Finding(
                    LISTED_FILE,
                    f"{relative} {problem}",
                    Severity.ERROR,
                    path,
                    json_path=json_path(where),
                    match=relative,
                )
            )
    return findings


def _listed(manifest: Mapping[str, Any]) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    for number, article in enumerate(manifest["articles"]):
        for index, entry in enumerate(article["files"]):
            yield ("articles", number, "files", index), entry
    for index, entry in enumerate(manifest["feeds"]):
        yield ("feeds", index), entry


def _problem(root: Path, relative: str, listed: str) -> str | None:
    file = (root / relative).resolve()
    # A symbolic link could lead a manifest from CI out of the export folder.
    if not file.is_relative_to(root):
        return "leads outside the manifest's folder"
    if not file.is_file():
        return "is missing"
    try:
        with file.open("rb") as handle:
            actual = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    if actual != listed:
        return f"differs: sha256 {actual[:_SHOWN]}…, listed {listed[:_SHOWN]}…"
    return None
