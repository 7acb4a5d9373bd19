"""`toolkit validate`: documents against the official schemas and the checks they miss."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import click

from toolkit import files
from toolkit.api import VALIDATE_MAX_BYTES
from toolkit.cli.exits import FINDINGS, OK, USAGE, SetupError
from toolkit.cli.options import (
    exclude_option,
    excluded,
    follow_symlinks_option,
    jobs_option,
    max_bytes_option,
    schema_dir_option,
    stdin_filename_option,
    stdin_paths,
)
from toolkit.errors import InputError, InternalError, SchemaNotFoundError, ToolkitError
from toolkit.findings import Finding
from toolkit.parallel import engine_from
from toolkit.tasks import ValidatedFile, validate_file
from toolkit.validation import ValidationResult
from toolkit.validation.codes import SCHEMA
from toolkit.validation.sniff import KINDS, NINJS_KIND_VERSIONS, parse_kind

# What a folder walk picks up; files named explicitly are always validated.
DOCUMENT_SUFFIXES = frozenset({".xml", ".json", ".rss", ".atom", ".nitf"})
MAX_BYTES = VALIDATE_MAX_BYTES
KIND_NAMES = (*KINDS, *(f"ninjs@{v}" for v in NINJS_KIND_VERSIONS))


def _kind(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            parse_kind(value)
        except ToolkitError as error:
            raise click.BadParameter(str(error)) from None
    return value


def finding_line(finding: Finding) -> str:
    """``path:line:col: CODE message`` for XML, ``path: $.json.path: message`` for JSON."""
    if finding.json_path is not None:
        code = "" if finding.code == SCHEMA else f"{finding.code} "
        return f"{finding.path}: {finding.json_path}: {code}{finding.message}"
    if finding.line is not None:
        return (
            f"{finding.path}:{finding.line}:{finding.column or 1}: {finding.code} {finding.message}"
        )
    return f"{finding.path}: {finding.code} {finding.message}"


def _text_lines(result: ValidationResult) -> list[str]:
    if result.best is None:
        return [finding_line(f) for f in result.findings]
    lines = [finding_line(result.best)]
    more = len(result.findings) - 1
    if more > 0:
        noun = "problem" if more == 1 else "problems"
        lines.append(f"{result.best.path}: {more} more {noun} (--format json lists all)")
    return lines


def _finding_json(finding: Finding) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
    }
    if finding.json_path is not None:
        entry["json_path"] = finding.json_path
    if finding.line is not None:
        entry["line"] = finding.line
        entry["column"] = finding.column
    return entry


def _inputs(
    paths: tuple[str, ...], exclude: tuple[str, ...], follow_symlinks: bool = False
) -> Iterator[tuple[str, InputError | None]]:
    """Each document's path, with the error met finding it (the file is read by the task);
    a folder that cannot be read comes as its path and the problem."""
    walk_errors: list[tuple[str, InputError | None]] = []

    def walk_error(path: str, problem: str) -> None:
        walk_errors.append((path, InputError(problem)))

    for raw in paths:
        found = files.iter_input_files(
            [raw],
            DOCUMENT_SUFFIXES,
            exclude=exclude,
            on_error=walk_error,
            follow_symlinks=follow_symlinks,
        )
        try:
            for path in found:
                yield from walk_errors
                walk_errors.clear()
                yield str(path), None
        except InputError as error:
            yield raw, InputError(str(error).removeprefix(f"{raw}: "))
            continue
        yield from walk_errors
        walk_errors.clear()


@click.command(name="validate")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--kind",
    callback=_kind,
    metavar="KIND",
    help=f"Validate every document as this kind instead of detecting it: {', '.join(KINDS)}, "
    "or ninjs@VERSION (" + ", ".join(NINJS_KIND_VERSIONS) + ").",
)
@schema_dir_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one line per problem (JSON documents: the best match); json: every finding.",
)
@max_bytes_option(MAX_BYTES)
@stdin_filename_option
@exclude_option
@follow_symlinks_option
@click.option(
    "--strict",
    is_flag=True,
    help="Count warnings as errors: formats (V101), the checks beyond the schema (V200-V203), "
    "a ninjs development schema (V011).",
)
@click.option(
    "--no-format-checks",
    "no_format_checks",
    is_flag=True,
    help='Do not check JSON Schema "format" (uri, date-time) at all, as check-jsonschema.',
)
@jobs_option
def validate_command(
    paths: tuple[str, ...],
    kind: str | None,
    schema_dir: Path | None,
    output_format: str,
    max_bytes: int,
    stdin_filename: str | None,
    exclude: tuple[str, ...],
    follow_symlinks: bool,
    strict: bool,
    no_format_checks: bool,
    jobs: int | None,
) -> None:
    """Validate NewsML-G2, NITF, ninjs, RSS, Atom, JSON Feed documents, our records and manifests.

    PATHS are files or folders (walked recursively for .xml and .json files), or `-` for
    standard input. Besides the official
    schema: NITF inside inlineXML, QCode aliases declared in the referenced IPTC catalog, time
    zones on timestamps, xml:lang against language/@tag, no empty headline.

    The verdict is the standard's own: errors are what the official schema (of the version
    the document declares) rejects; the rest are warnings, which --strict makes errors.

    Codes: V010 unknown kind, V100 schema, V200 undeclared QCode alias, V201 no time zone,
    V202 language mismatch, V203 empty headline, V204 (info) catalog not available offline,
    V205/V206 Atom entry without author / without content or alternate link, V207 a file an
    export manifest lists is missing or differs, V208/V209 RSS channel without title, link or
    description / item with neither title nor description.

    Errors: V001 not well-formed, V010 unknown kind, V100 schema, V110 not valid in the
    declared NewsML-G2 version, V205/V206 Atom entry without author / without content or
    alternate link (RFC 4287), V207 a file an export manifest lists is missing or differs.
    Warnings: V011 judged by a ninjs development schema, V101 format (uri, date-time),
    V200 undeclared QCode alias, V201 no time zone, V202 language mismatch, V203 empty
    headline. Information: V204 catalog not available offline.

    Exit status: 0 all valid (warnings allowed unless --strict), 1 some invalid, 2 usage error
    or unreadable input (missing file, neither XML nor JSON, hostile XML).
    """
    from_stdin = stdin_paths(paths, stdin_filename)
    invalid = unreadable = total = warnings = 0
    report: list[dict[str, Any]] = []
    task = partial(
        validate_file,
        kind=kind,
        schema_dir=schema_dir,
        max_bytes=max_bytes,
        strict=strict,
        format_checks=not no_format_checks,
    )
    validations: Iterable[ValidatedFile] = (
        [_validate_stdin(stdin_filename or files.STDIN, max_bytes, task)]
        if from_stdin
        else engine_from(jobs, None).map(task, _inputs(paths, excluded(exclude), follow_symlinks))
    )
    for validated in validations:
        total += 1
        path, result = validated.path, validated.result
        if isinstance(result, SchemaNotFoundError):
            raise SetupError(str(result)) from None
        if isinstance(result, InputError):
            unreadable += 1
            _problem(output_format, report, path, str(result))
            continue
        if isinstance(result, InternalError):  # a bug met on this document: it fails (exit 1)
            invalid += 1
            _problem(output_format, report, path, str(result))
            continue
        invalid += not result.valid
        warnings += result.warnings
        if output_format == "json":
            report.append(
                {
                    "path": path,
                    "kind": result.kind,
                    "valid": result.valid,
                    "findings": [_finding_json(f) for f in result.findings],
                }
            )
        elif result.findings:
            click.echo("\n".join(_text_lines(result)))
    if total == 0:  # an empty selection is a usage problem, never a pass
        looked_for = ", ".join(sorted(DOCUMENT_SUFFIXES))
        click.echo(f"error: no documents found in {' '.join(paths)} ({looked_for})", err=True)
        sys.exit(USAGE)
    if output_format == "json":
        click.echo(json.dumps({"documents": report}, indent=2, ensure_ascii=False))
    else:
        valid = total - invalid - unreadable
        noted = f", {warnings} warning{'s' if warnings != 1 else ''}" if warnings else ""
        click.echo(
            f"{total} documents: {valid} valid, {invalid} invalid, {unreadable} unreadable{noted}",
            err=True,
        )
    sys.exit(USAGE if unreadable else FINDINGS if invalid else OK)


def _validate_stdin(
    name: str, max_bytes: int, task: Callable[..., ValidatedFile]
) -> ValidatedFile:
    """Standard input validated under its name (``-`` or --stdin-filename)."""
    try:
        data = files.read_stdin(max_bytes)
    except InputError as error:
        return ValidatedFile(name, error)
    return task((name, None), data=data)


def _problem(output_format: str, report: list[dict[str, Any]], path: str, message: str) -> None:
    if output_format == "json":
        report.append({"path": path, "error": message})
    else:
        click.echo(f"{path}: {message}", err=True)
