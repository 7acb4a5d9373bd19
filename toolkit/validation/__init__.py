"""Validate documents: our record and export manifest, NewsML-G2, NITF, ninjs, RSS, Atom and
JSON Feed.

Each document is parsed once (XML safely, see :mod:`toolkit.safe_xml`), its kind detected or
taken from the caller, then checked against the official schema (compiled once per process by
:mod:`toolkit.validation.catalog`) and by the semantic checks the schemas miss. Codes are listed in
:mod:`toolkit.validation.codes`.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from toolkit import safe_xml
from toolkit.errors import InputError
from toolkit.findings import Finding, Severity
from toolkit.validation import (
    catalog,
    g2_versions,
    json_documents,
    manifest_files,
    semantics,
    sniff,
    xml_documents,
)
from toolkit.validation.codes import DEV_SCHEMA, NOT_WELL_FORMED, UNKNOWN_KIND

if TYPE_CHECKING:  # jsonschema is slow to import and XML documents never need it
    from jsonschema.protocols import Validator


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """The verdict on one document.

    ``kind`` is what was validated (``"ninjs@3.1"``, ``"newsml"`` ...). ``best`` is the single
    most relevant schema error of a JSON document (``jsonschema.exceptions.best_match``), what a
    one-line summary shows; ``findings`` holds every problem.
    """

    kind: str
    findings: tuple[Finding, ...]
    best: Finding | None = None

    @property
    def valid(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)


def validate_document(
    data: bytes,
    path: str,
    kind: str | None = None,
    schema_dir: Path | None = None,
    *,
    format_checks: bool = True,
    semantic_checks: bool = True,
    strict: bool = False,
) -> ValidationResult:
    """Validate one document; ``kind`` (``--kind``) overrides detection.

    The verdict is the standard's own: the official schema (of the version the document
    declares, see :mod:`toolkit.validation.g2_versions`) decides. JSON Schema ``format``
    (``uri``, ``date-time``) of official schemas is reported as warnings, as IPTC's runners do
    not assert it (our own record and manifest schemas assert it); the checks beyond the
    schema are warnings too. ``strict=True`` makes every warning an error;
    ``format_checks=False`` leaves ``format`` unchecked and ``semantic_checks=False`` runs the
    schema alone. A document that starts like XML or JSON but does not parse is invalid
    (V001). An export manifest read from a real file (``path`` names it) is also checked
    against the files beside it. Raises :class:`~toolkit.errors.InputError`
    (:class:`~toolkit.errors.UnsafeXMLError` for hostile XML) when the bytes are neither XML
    nor JSON, and :class:`~toolkit.errors.SchemaNotFoundError` when the schemas cannot be found.
    """
    result = _validate(data, path, kind, schema_dir, format_checks, semantic_checks)
    if not strict or not result.warnings:
        return result
    promoted = tuple(
        replace(f, severity=Severity.ERROR) if f.severity is Severity.WARNING else f
        for f in result.findings
    )
    best = result.best
    if best is not None and best.severity is Severity.WARNING:
        best = replace(best, severity=Severity.ERROR)
    return ValidationResult(result.kind, promoted, best)


def _validate(
    data: bytes,
    path: str,
    kind: str | None,
    schema_dir: Path | None,
    format_checks: bool,
    semantic_checks: bool,
) -> ValidationResult:
    requested, version = sniff.parse_kind(kind) if kind else (None, None)
    syntax = sniff.syntax(data)
    if requested is not None and (requested in sniff.XML_KINDS) != (syntax == "xml"):
        expected = "XML" if requested in sniff.XML_KINDS else "JSON"
        raise InputError(f"kind {kind} needs a {expected} document, this is {syntax.upper()}")
    if syntax == "xml":
        return _validate_xml(data, path, requested, schema_dir, semantic_checks)
    try:
        document = json_documents.parse_json(data)
    except InputError as error:
        return ValidationResult(requested or "json", (_not_well_formed(path, str(error)),))
    if requested == "ninjs":
        name = f"ninjs@{version}" if version else _ninjs_kind(document)
    else:
        name = requested or sniff.json_kind(document) or ""
    if not name:
        return ValidationResult("json", (_unknown(path, None, "a JSON document"),))
    return _validate_json(document, path, name, schema_dir, format_checks, semantic_checks)


_LXML_POSITION = re.compile(r"(?:, line \d+, column \d+)+$")


def _not_well_formed(path: str, message: str, line: int | None = None) -> Finding:
    return Finding(
        NOT_WELL_FORMED, message, Severity.ERROR, path, line=line, column=1 if line else None
    )


def _ninjs_kind(document: object) -> str:
    if isinstance(document, dict):
        return f"ninjs@{sniff.ninjs_version(document)}"
    return f"ninjs@{sniff.LATEST_NINJS['3']}"


def _unknown(path: str, line: int | None, what: str) -> Finding:
    return Finding(
        UNKNOWN_KIND,
        f"{what} of no known kind; name one with --kind",
        Severity.ERROR,
        path,
        line=line,
        column=1 if line else None,
    )


def _validate_xml(
    data: bytes, path: str, requested: str | None, schema_dir: Path | None, semantic_checks: bool
) -> ValidationResult:
    try:
        tree = safe_xml.parse_xml(data)
    except etree.XMLSyntaxError as error:
        line, column = error.position if isinstance(error.position, tuple) else (0, 0)
        # one line: libxml2's messages may end in a newline or hold several lines
        reason = " ".join(_LXML_POSITION.sub("", str(error.msg)).split())
        finding = replace(
            _not_well_formed(path, f"not well-formed XML: {reason}", line or None),
            column=column or None if line else None,
        )
        return ValidationResult(requested or "xml", (finding,))
    root = tree.getroot()
    kind = requested or sniff.xml_kind(root)
    if kind is None:
        what = f"XML document with root element <{etree.QName(root).localname}>"
        line = xml_documents.source_line(root)
        return ValidationResult("xml", (_unknown(path, line, what),))
    needs = {**catalog.XML_SCHEMAS, **catalog.RELAXNG_SCHEMAS}[kind]
    directory = _schema_dir(schema_dir, os.environ.get(catalog.SCHEMA_DIR_ENV), needs)
    locator = xml_documents.Locator(data, tree.docinfo.encoding)
    findings = xml_documents.schema_findings(_xml_schema(kind, directory), tree, path, locator)
    if kind == "newsml":
        has_catalog = root.find(f"{{{sniff.NAR}}}catalogRef") is not None or (
            root.find(f"{{{sniff.NAR}}}catalog") is not None
        )
        findings.extend(g2_versions.version_findings(root, path, locator, has_catalog))
    if semantic_checks:
        if kind == "newsml":
            scan = semantics.scan_g2(root)
            catalogs = {name: _catalog_aliases(directory, name) for name in scan.catalog_names}
            findings.extend(semantics.g2_findings(scan, path, locator, catalogs))
        elif kind == "nitf":
            findings.extend(semantics.nitf_findings(root, path, locator))
        elif kind == "atom":
            findings.extend(semantics.atom_findings(root, path, locator))
        elif kind == "rss":
            findings.extend(semantics.rss_findings(root, path, locator))
    return ValidationResult(kind, tuple(sorted(findings, key=lambda f: f.sort_key)))


@functools.lru_cache(maxsize=8)
def _schema_dir(explicit: Path | None, env_value: str | None, needs: str) -> Path:
    """The catalog's folder lookup, done once per option, environment value and schema.

    ``env_value`` is only part of the cache key: a changed ``$TOOLKIT_SCHEMA_DIR`` is looked up
    anew. Batches of thousands of documents then pay for no filesystem checks per document.
    ``needs`` is the schema file the document needs, which an error names when it is missing.
    """
    return catalog.schema_dir(explicit, needs=needs)


@functools.lru_cache(maxsize=16)
def _xml_schema(kind: str, directory: Path) -> xml_documents.Schema:
    if kind == "atom":
        return catalog.relaxng("atom", directory)
    return catalog.xml_schema(kind, directory)


@functools.lru_cache(maxsize=32)
def _catalog_aliases(directory: Path, name: str) -> frozenset[str] | None:
    """Aliases of an IPTC catalog shipped in ``newsml-g2/catalogs/``; None when not there."""
    file = catalog.catalog_file(name, directory) if name else None
    if file is None:
        return None
    return semantics.declared_aliases(safe_xml.parse_xml(file.read_bytes()).getroot())


def _validate_json(
    document: object,
    path: str,
    kind: str,
    schema_dir: Path | None,
    format_checks: bool,
    semantic_checks: bool,
) -> ValidationResult:
    schema_kind = _schema_kind(kind, document)
    directory = (
        None
        if kind in catalog.PACKAGED_SCHEMAS
        else _schema_dir(
            schema_dir, os.environ.get(catalog.SCHEMA_DIR_ENV), catalog.JSON_SCHEMAS[schema_kind]
        )
    )
    # Official schemas: "format" is an annotation for the verdict (as in IPTC's runners) and a
    # warning when it fails; our own schemas assert it.
    official = kind not in catalog.PACKAGED_SCHEMAS
    asserted = format_checks and not official
    # One native pass (formats checked when asked) settles the common case: a document valid
    # in every way. Otherwise the verdict ignores the formats of an official schema.
    everything = native_verdict_for(schema_kind, directory, format_checks)
    clean = everything is not None and everything(document)
    findings: tuple[Finding, ...] = ()
    best = None
    if not clean:
        verdict = native_verdict_for(schema_kind, directory, asserted)
        if asserted == format_checks or verdict is None or not verdict(document):
            validator = _json_validator(schema_kind, directory, asserted)
            findings, best = json_documents.schema_findings(validator, document, path)
    if official and format_checks and not clean:
        checker = _json_validator(schema_kind, directory, True)
        findings = (*findings, *json_documents.format_findings(checker, document, path))
    if kind.endswith("-dev"):
        findings = (*findings, _dev_schema(path, kind))
    extra: list[Finding] = []
    if semantic_checks and kind.startswith("ninjs"):
        extra = semantics.ninjs_findings(document, path)
    elif kind == catalog.MANIFEST and semantic_checks and not findings:
        extra = _listed_file_findings(document, path)
    if best is None and extra:
        best = extra[0]
    return ValidationResult(kind, (*findings, *extra), best)


def _dev_schema(path: str, kind: str) -> Finding:
    return Finding(
        DEV_SCHEMA,
        f"uses a property no released ninjs version has; judged by IPTC's development schema "
        f"({kind})",
        Severity.WARNING,
        path,
        json_path="$",
    )


def _listed_file_findings(manifest: object, path: str) -> list[Finding]:
    """The files beside a schema-valid manifest (its paths are then known to stay inside
    the folder), when it was read from a real file."""
    file = Path(path)
    if not isinstance(manifest, Mapping) or not file.is_file():
        return []
    return manifest_files.listed_file_findings(manifest, file.parent, path)


@functools.lru_cache(maxsize=64)
def _json_validator(schema_kind: str, directory: Path | None, format_checks: bool) -> Validator:
    """The catalog's compiled validator, with ``format`` asserted or not; one per process."""
    base = catalog.json_schema_validator(schema_kind, directory)
    checker = type(base).FORMAT_CHECKER if format_checks else None
    return base.evolve(format_checker=checker)


@functools.lru_cache(maxsize=64)
def native_verdict_for(
    schema_kind: str, directory: Path | None, format_checks: bool
) -> Callable[[Any], bool] | None:
    """A compiled native check of the same schema, when ``jsonschema-rs`` is installed.

    Valid documents (the common case in a batch) are passed by it alone, some hundred times
    faster; only a document it rejects goes through :mod:`jsonschema`, which words the errors
    and ranks the best match. Its verdicts equal jsonschema's on IPTC's suites (a test checks).
    """
    # Read the schema file itself: compiling jsonschema's validator (and checking the schema
    # against its metaschema) is deferred until a document fails.
    if schema_kind in catalog.PACKAGED_SCHEMAS:
        schema: Any = catalog.packaged_schema(schema_kind)
    elif directory is not None:
        path = catalog.schema_file(schema_kind, directory)
        schema = json.loads(path.read_text("utf-8"))
    else:
        return None
    if not isinstance(schema, Mapping):
        return None
    geojson = directory / catalog.GEOJSON_FILE if directory is not None else None
    resources = {}
    if geojson is not None and geojson.is_file():
        resources[catalog.GEOJSON_URI] = json.loads(geojson.read_text("utf-8"))
    return json_documents.native_verdict(schema, resources, format_checks)


_JSON_FEED_1 = "https://jsonfeed.org/version/1"


def _schema_kind(kind: str, document: object) -> str:
    """The catalog's name for the schema of a kind: ``ninjs@3.1`` -> ``ninjs-3.1``."""
    if kind.startswith("ninjs@"):
        return "ninjs-" + kind.removeprefix("ninjs@")
    if kind == "jsonfeed":
        version = document.get("version") if isinstance(document, Mapping) else None
        return "jsonfeed-1" if version == _JSON_FEED_1 else "jsonfeed-1.1"
    return kind


__all__ = ["ValidationResult", "validate_document"]
