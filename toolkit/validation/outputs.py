"""Validation of what our writers produce, raising one clear error on the first problem.

Used by ``convert`` after each write and by ``export`` for its manifest, so a document we
emit is never silently invalid.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from lxml import etree

from toolkit.errors import InvalidDocumentError
from toolkit.validation.catalog import (
    MANIFEST,
    RECORD,
    fast_manifest_entry_validator,
    fast_packaged_validator,
    json_schema_validator,
    manifest_entry_validator,
    xml_schema,
)
from toolkit.validation.json_documents import json_path

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
_MAX_MESSAGE = 200
# Our own output: trusted, but parsed with no network and no entities like any document.
_PARSER = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=False)


def check_record(record: dict[str, Any]) -> None:
    """Raise :class:`InvalidDocumentError` unless ``record`` validates against our schema."""
    _check_packaged(RECORD, record)


def check_manifest(manifest: dict[str, Any]) -> None:
    """Raise :class:`InvalidDocumentError` unless an export manifest (``index.json``)
    validates against our manifest schema."""
    _check_packaged(MANIFEST, manifest)


def check_manifest_entry(entry: dict[str, Any], index: int) -> None:
    """Raise :class:`InvalidDocumentError` unless ``entry`` is a valid member ``index`` of a
    manifest's ``articles``: for a writer that streams a manifest too large to hold whole."""
    fast = fast_manifest_entry_validator()
    if fast is not None and fast.is_valid(entry):
        return
    _check_json(manifest_entry_validator(), entry, MANIFEST, ("articles", index))


def _check_packaged(kind: str, document: dict[str, Any]) -> None:
    fast = fast_packaged_validator(kind)
    if fast is not None and fast.is_valid(document):
        return
    _check_json(json_schema_validator(kind), document, kind)


def check_ninjs(data: bytes, version: str, directory: Path) -> None:
    """Validate a ninjs document against the official schema of ``version`` (formats on)."""
    # Imported here: the package's __init__ imports this module's siblings.
    from toolkit.validation import native_verdict_for

    try:
        document = json.loads(data)
    except ValueError as error:
        raise InvalidDocumentError(f"ninjs {version} is not JSON: {error}") from None
    kind = f"ninjs-{version}"
    # The native check passes a valid document at once; jsonschema words any failure.
    verdict = native_verdict_for(kind, directory, True)
    if verdict is not None and verdict(document):
        return
    _check_json(json_schema_validator(kind, directory), document, f"ninjs {version}")


def check_xml(data: bytes, kind: str, directory: Path) -> None:
    """Validate XML against an official schema kind (``newsml``, ``nitf``, ``rss`` ...)."""
    schema = xml_schema(kind, directory)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise InvalidDocumentError(f"{kind} is not well-formed XML: {error}") from None
    if not schema.validate(root):
        log: Any = schema.error_log  # lxml-stubs lack its sequence protocol
        first = log[0]
        raise InvalidDocumentError(f"{kind} invalid at line {first.line}: {_short(first.message)}")
    if kind == "newsml":
        _check_inline_nitf(root)


def _check_inline_nitf(root: etree._Element) -> None:
    # inlineXML is lax: NITF that lost its namespace would pass the schema unchecked.
    for inline in root.iter(f"{{{NAR_NS}}}inlineXML"):
        if inline.get("contenttype") != "application/nitf+xml":
            continue
        tags = [child.tag for child in inline if isinstance(child.tag, str)]
        if tags != [f"{{{NITF_NS}}}nitf"]:
            raise InvalidDocumentError(
                f"newsml invalid at line {inline.sourceline}: inlineXML must hold one nitf "
                f"element in namespace {NITF_NS}, found {tags}"
            )


def _check_json(
    validator: Validator, document: Any, what: str, within: tuple[str | int, ...] = ()
) -> None:
    """``within``: where ``document`` sits in the whole document the message should name."""
    error = best_match(validator.iter_errors(document))
    if error is not None:
        where = json_path((*within, *error.absolute_path)) if within else error.json_path
        raise InvalidDocumentError(f"{what} invalid at {where}: {_short(error.message)}")


def _short(message: str) -> str:
    flat = " ".join(message.split())
    return flat if len(flat) <= _MAX_MESSAGE else flat[: _MAX_MESSAGE - 1] + "…"
