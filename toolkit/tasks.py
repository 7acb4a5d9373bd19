"""What a worker does with one file, for each command that walks a batch.

Each task reads its file (workers read their own input, so only paths travel to them) and
returns a small picklable result: bytes, findings and name summaries, never a whole
:class:`~toolkit.model.Article` (pickling one costs more than checking it). Errors a file can
cause come back as a one-line problem; the batch goes on. The parent writes and reports, in
input order, so the output does not depend on how many workers there were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from toolkit import files
from toolkit.errors import InputError, InternalError, SchemaNotFoundError, ToolkitError
from toolkit.findings import Finding, pickled_by_fields
from toolkit.pipeline import Failed, OutputFormat, article_warnings, convert_one
from toolkit.readers.options import ReaderOptions
from toolkit.writers.options import WriterOptions


@dataclass(frozen=True, slots=True)
class ConvertedFile:
    """One converted article: its id and its documents, in the order the formats were asked
    (none when the task wrote them itself, see :func:`convert_file`'s ``out_dir``)."""

    path: str
    id: str
    outputs: tuple[tuple[OutputFormat, bytes], ...]
    warnings: tuple[str, ...] = ()  # guesses to say on stderr (see pipeline.article_warnings)
    written: bool = False  # the documents are in out_dir already
    # Writing them failed (a full or read-only disk): the parent raises it when it reaches
    # this article, as it would have had it written the files itself.
    write_error: OSError | None = None


def convert_file(
    path: str,
    reader_options: ReaderOptions,
    formats: Sequence[OutputFormat],
    writer_options: WriterOptions,
    schema_dir: Path | None,
    data: bytes | None = None,
    out_dir: str | None = None,
) -> ConvertedFile | Failed:
    """Convert one file (``data``: its bytes already read, as for standard input).

    With ``out_dir`` the task writes ``<id><extension>`` there itself (atomically) and returns
    no bytes: the parent of a batch then only reports, instead of receiving ~12 KB per article
    and spending more CPU on writing files than on anything else it does. Two articles with
    one id may then both have written; the parent restores the first one's files."""
    try:
        if data is None:
            data = files.read_bytes(Path(path), reader_options.max_bytes)
        result = convert_one(
            data,
            replace(reader_options, source_path=files.display_path(path)),
            formats,
            writer_options,
            schema_dir,
        )
        if isinstance(result, Failed):
            return result
        warnings = article_warnings(result.article, writer_options.source_date_epoch)
    except ToolkitError as error:
        return Failed.of(path, error)
    except Exception as error:  # one article's bug must not end the batch
        return Failed.of(path, InternalError.of(error))
    if out_dir is None:
        return ConvertedFile(path, result.article.id, result.outputs, warnings)
    return write_outputs(ConvertedFile(path, result.article.id, result.outputs, warnings), out_dir)


def write_outputs(converted: ConvertedFile, out_dir: str) -> ConvertedFile:
    """``converted``'s documents written to ``out_dir``; what is left to report of it."""
    try:
        for fmt, document in converted.outputs:
            files.write_atomic(Path(out_dir, f"{converted.id}{fmt.extension()}"), document)
    except OSError as error:  # named after the final file by files.write_atomic
        return replace(converted, outputs=(), written=True, write_error=error)
    return replace(converted, outputs=(), written=True)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CheckedFile:
    """One checked article: its findings, the batch rules' summaries, and its text when the
    report shows documents (the HTML report)."""

    path: str
    name: str  # the article's path as findings give it
    findings: tuple[Finding, ...]
    summaries: tuple[tuple[str, Any], ...]
    text: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Unreadable:
    path: str
    problem: str
    internal: bool = False  # an unexpected exception (a bug): exit 1, not 2


def check_file(
    item: tuple[str, Any],
    reader: str | None,
    options: ReaderOptions,
    batch_config: Any,
    keep_text: bool,
    data: bytes | None = None,
) -> CheckedFile | Unreadable:
    """Read and check one article (``reader`` None: sniff the format). ``item`` is its path
    and its own :class:`~toolkit.checker.config.CheckConfig`; the batch rules' summaries follow
    ``batch_config``, the configuration of the whole run. ``data``: the bytes already read
    (standard input)."""
    path, config = item
    from toolkit.checker.engine import article_path, batch_summaries, check_article
    from toolkit.readers import get_reader, sniff_format

    try:
        if data is None:
            data = files.read_bytes(Path(path), options.max_bytes)
        read = get_reader(reader or sniff_format(data, path))
        article = read(data, replace(options, source_path=files.display_path(path)))
    except ToolkitError as error:
        return Unreadable(path, str(error))
    except Exception as error:  # one article's bug must not end the batch
        return Unreadable(path, str(InternalError.of(error)), internal=True)
    try:
        return CheckedFile(
            path,
            article_path(article),
            tuple(check_article(article, config)),
            batch_summaries(article, batch_config),
            article.text if keep_text else None,
            article_warnings(article, dates=False),
        )
    except Exception as error:  # a rule's bug on one article, likewise
        return Unreadable(path, str(InternalError.of(error)), internal=True)


@dataclass(frozen=True, slots=True)
class ValidatedFile:
    path: str
    # a toolkit.validation.ValidationResult, or an InputError, a missing schema, an InternalError
    result: Any


def validate_file(
    item: tuple[str, InputError | None],
    kind: str | None,
    schema_dir: Path | None,
    max_bytes: int,
    strict: bool = False,
    format_checks: bool = True,
    data: bytes | None = None,
) -> ValidatedFile:
    """Validate one document; ``item`` is its path and the error met finding it, if any."""
    from toolkit.validation import validate_document

    path, error = item
    if error is not None:
        return ValidatedFile(path, error)
    try:
        if data is None:
            data = files.read_bytes(Path(path), max_bytes)
        result = validate_document(
            data,
            files.display_path(path),
            kind,
            schema_dir,
            strict=strict,
            format_checks=format_checks,
        )
        return ValidatedFile(path, result)
    except (InputError, SchemaNotFoundError) as problem:
        # a fresh error of the same kind: the original may hold lxml objects that do not pickle
        return ValidatedFile(path, type(problem)(str(problem)))
    except Exception as problem:  # one document's bug must not end the batch
        return ValidatedFile(path, InternalError.of(problem))
