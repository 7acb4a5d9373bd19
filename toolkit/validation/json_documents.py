"""JSON documents: parse, run a compiled JSON Schema, turn its errors into findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from toolkit import safe_json
from toolkit.findings import Finding, Severity
from toolkit.validation.codes import FORMAT, SCHEMA

# jsonschema (with its format checkers) takes longer to import than a batch of a thousand
# NewsML-G2 items takes to validate: it is imported when a JSON document needs its errors.
if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

MAX_MESSAGE = 240  # jsonschema repeats whole instances in messages; keep each finding one line


def parse_json(data: bytes) -> Any:
    """Decode UTF-8 (with or without BOM) JSON; :class:`InputError` when it is not JSON, or
    is JSON no validator could walk safely (see :mod:`toolkit.safe_json`)."""
    return safe_json.loads(data)


def one_line(message: str) -> str:
    flat = " ".join(message.split())
    return flat if len(flat) <= MAX_MESSAGE else flat[: MAX_MESSAGE - 1] + "…"


def error_finding(error: ValidationError, path: str) -> Finding:
    return Finding(
        code=SCHEMA,
        message=one_line(error.message),
        severity=Severity.ERROR,
        path=path,
        json_path=error.json_path,
        match=str(error.validator),
    )


def schema_findings(
    validator: Validator, document: Any, path: str
) -> tuple[tuple[Finding, ...], Finding | None]:
    """Every schema error as a finding (sorted by JSON path), and the best match among them."""
    errors: list[ValidationError] = list(validator.iter_errors(document))
    if not errors:
        return (), None
    from jsonschema.exceptions import best_match

    best = best_match(errors)
    findings = sorted(
        (error_finding(error, path) for error in errors),
        key=lambda f: (f.json_path or "", f.message),
    )
    return tuple(findings), error_finding(best, path) if best is not None else None


def format_findings(validator: Validator, document: Any, path: str) -> list[Finding]:
    """Each ``format`` a value fails (``validator`` asserts formats), as a warning."""
    findings = [
        Finding(
            code=FORMAT,
            message=one_line(error.message),
            severity=Severity.WARNING,
            path=path,
            json_path=error.json_path,
            match="format",
        )
        for error in validator.iter_errors(document)
        if error.validator == "format"
    ]
    return sorted(findings, key=lambda f: (f.json_path or "", f.message))


def json_path(parts: Iterable[str | int]) -> str:
    """``("bodies", 0, "value")`` -> ``$.bodies[0].value``, as jsonschema spells paths."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


# Drafts jsonschema-rs implements; ninjs 1.0 is draft-03, left to jsonschema.
_NATIVE_DRAFTS = ("draft-04", "draft-06", "draft-07", "2019-09", "2020-12")


def native_verdict(
    schema: Mapping[str, Any], resources: Mapping[str, Any], formats: bool
) -> Callable[[Any], bool] | None:
    """``jsonschema-rs``'s ``is_valid`` for ``schema``, offline; None when it is not available."""
    dialect = str(schema.get("$schema", ""))
    if not any(draft in dialect for draft in _NATIVE_DRAFTS):
        return None
    try:
        import jsonschema_rs
    except ImportError:
        return None
    try:
        registry = jsonschema_rs.Registry(list(resources.items()))
        validator = jsonschema_rs.validator_for(
            dict(schema), registry=registry, validate_formats=formats, offline=True
        )
    except (ValueError, TypeError):
        # A schema it cannot compile (jsonschema reports it clearly), or an older release
        # without these options: either way jsonschema alone gives the verdict.
        return None

    verdict: Callable[[Any], bool] = validator.is_valid
    return verdict
