"""The native fast path (jsonschema-rs) gives jsonschema's verdict on every document we have.

validate_document trusts a native "valid" without asking jsonschema, so a document the native
check passes must never be one jsonschema rejects. Checked on IPTC's whole ninjs suite and
examples and the JSON Feed examples, against every JSON schema, format checks on and off.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import STANDARDS
from toolkit.validation import _json_validator, catalog, native_verdict_for

pytest.importorskip("jsonschema_rs")


def _documents() -> list[tuple[str, Any]]:
    paths = [
        *sorted(STANDARDS.glob("ninjs/test_suite/*/*/*.json")),
        *sorted(STANDARDS.glob("ninjs/examples/**/*.json")),
        *sorted(STANDARDS.glob("feeds/jsonfeed/examples/*/*.json")),
    ]
    documents = []
    for path in paths:
        try:
            documents.append((str(path.relative_to(STANDARDS)), json.loads(path.read_bytes())))
        except ValueError:
            continue  # IPTC's deliberately broken JSON: never reaches a validator
    return documents


KINDS = [*(f"ninjs-{v}" for v in catalog.NINJS_VERSIONS), "jsonfeed-1.1", "jsonfeed-1"]


@pytest.mark.parametrize("formats", [True, False], ids=["formats", "no-formats"])
@pytest.mark.parametrize("kind", KINDS)
def test_native_verdicts_equal_jsonschema(standards_dir: Path, kind: str, formats: bool) -> None:
    native = native_verdict_for(kind, standards_dir, formats)
    if native is None:
        assert kind == "ninjs-1.0"  # draft-03, which jsonschema-rs does not implement
        return
    reference = _json_validator(kind, standards_dir, formats)
    documents = _documents()
    assert len(documents) == 295
    disagreements = [
        name for name, document in documents if native(document) != reference.is_valid(document)
    ]
    assert disagreements == []
