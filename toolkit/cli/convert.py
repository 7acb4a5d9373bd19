"""`toolkit convert`: articles to JSON records, NewsML-G2, NITF or ninjs."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toolkit import files
from toolkit.cli.exits import FINDINGS, USAGE, SetupError
from toolkit.cli.options import (
    InputPath,
    encoding_option,
    exclude_option,
    excluded,
    follow_symlinks_option,
    jobs_option,
    max_bytes_option,
    scheduler_option,
    schema_dir_option,
    source_date_epoch_option,
    stdin_filename_option,
    stdin_paths,
)
from toolkit.cli.output import write_bytes
from toolkit.errors import ToolkitError
from toolkit.parallel import engine_from
from toolkit.pipeline import OUTPUT_FORMATS, Failed, OutputFormat, schema_needed
from toolkit.readers.options import DEFAULT_MAX_BYTES, ReaderOptions
from toolkit.tasks import ConvertedFile, convert_file, write_outputs
from toolkit.writers.options import WriterOptions

if TYPE_CHECKING:
    from toolkit.dask import Cluster


@click.command(name="convert")
@click.argument("paths", nargs=-1, required=True, type=InputPath(exists=True, allow_dash=True))
@click.option(
    "--to",
    "targets",
    default="record",
    show_default=True,
    help=f"Output format(s), comma-separated: {', '.join(OUTPUT_FORMATS)}.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write <id>.<ext> files into (atomically). Without it, one input prints "
    "to standard output.",
)
@schema_dir_option
@click.option("--year", type=click.IntRange(1800, 2200), help="Year for datelines that give none.")
@click.option("--id", "article_id", help="Local id of a single article (default: file stem).")
@click.option("--domain", help="Provider domain used in guids (urn:newsml:DOMAIN:...).")
@click.option(
    "--version",
    "version",
    type=click.IntRange(min=1),
    help="The version to stamp (NewsML-G2 @version, ninjs version, the record's version): "
    "raise it for a correction, with a later SOURCE_DATE_EPOCH for its versionCreated. "
    "Default: the document's own, else 1.",
)
@source_date_epoch_option
@max_bytes_option(DEFAULT_MAX_BYTES)
@encoding_option
@stdin_filename_option
@exclude_option
@follow_symlinks_option
@jobs_option
@scheduler_option
def convert_command(
    paths: tuple[str, ...],
    targets: str,
    out: Path | None,
    schema_dir: Path | None,
    year: int | None,
    article_id: str | None,
    domain: str | None,
    version: int | None,
    source_date_epoch: int | None,
    max_bytes: int,
    encoding: str | None,
    stdin_filename: str | None,
    exclude: tuple[str, ...],
    follow_symlinks: bool,
    jobs: int | None,
    cluster: Cluster | None,
) -> None:
    """Convert wire articles (files or folders, recursively, or `-` for standard input) into
    validated documents.

    Exit status: 0 all converted; 1 some documents failed (invalid output, an id another
    article already uses); 2 usage errors, or some inputs could not be read (missing, empty,
    binary, undecodable, too large, of no known kind, an unreadable folder). Each failure is
    reported as `path: problem` while the rest are converted.
    """
    try:
        formats = [OutputFormat.parse(name.strip()) for name in targets.split(",") if name.strip()]
    except ToolkitError as error:
        raise click.BadParameter(str(error), param_hint="--to") from None
    if not formats:
        raise click.BadParameter("name at least one format", param_hint="--to")
    from_stdin = stdin_paths(paths, stdin_filename)
    walk_errors: list[tuple[str, str]] = []
    inputs = (
        [Path(stdin_filename or files.STDIN)]
        if from_stdin
        else list(
            files.iter_input_files(
                paths,
                exclude=excluded(exclude),
                follow_symlinks=follow_symlinks,
                on_error=lambda path, problem: walk_errors.append((path, problem)),
            )
        )
    )
    for path, problem in walk_errors:
        click.echo(f"{path}: {problem}", err=True)
    if out is None and (len(inputs) != 1 or len(formats) != 1):
        raise click.UsageError(
            "several inputs or formats need --out DIR (one input and one format print to stdout)"
        )
    if article_id is not None and len(inputs) != 1:
        raise click.UsageError("--id names a single article; give one input")

    _require_schemas(schema_dir, formats)

    reader_options = ReaderOptions(id=article_id, year=year, max_bytes=max_bytes, encoding=encoding)
    writer_options = WriterOptions(source_date_epoch=source_date_epoch, version=version)
    if domain:
        writer_options = replace(writer_options, domain=domain)

    convert = partial(
        convert_file,
        reader_options=reader_options,
        formats=formats,
        writer_options=writer_options,
        schema_dir=schema_dir,
    )
    results: Iterable[ConvertedFile | Failed]
    if from_stdin:
        results = [_convert_stdin(str(inputs[0]), max_bytes, convert)]
    else:
        engine = engine_from(1 if len(inputs) == 1 else jobs, cluster)
        # The workers write the documents (a cluster's workers, whose working folder may be
        # another, to the absolute path: a shared filesystem, as for the inputs).
        task = convert
        if out is not None:
            task = partial(convert, out_dir=str(out.absolute() if cluster is not None else out))
        results = engine.map(task, [str(p) for p in inputs])
    failures = unreadable = len(walk_errors)
    # id -> the source that wrote it: a second article with the same id (Story.txt and
    # story.txt, a.xml and a.json) would overwrite the first one's files, so it is refused.
    sources_by_id: dict[str, str] = {}
    show_progress = out is not None and len(inputs) > 1 and sys.stderr.isatty()
    progress: contextlib.AbstractContextManager[Iterable[ConvertedFile | Failed]] = (
        click.progressbar(results, length=len(inputs), label="Converting", file=sys.stderr)
        if show_progress
        else contextlib.nullcontext(results)
    )
    with progress as stream:
        for result in stream:
            if not isinstance(result, ConvertedFile):
                failures += 1
                unreadable += result.unreadable
                click.echo(f"{result.path}: {result.problem}", err=True)
                continue
            for warning in result.warnings:
                click.echo(f"{result.path}: warning: {warning}", err=True)
            if out is not None:
                earlier = sources_by_id.setdefault(result.id, result.path)
                if earlier != result.path:
                    failures += 1
                    click.echo(
                        f"{result.path}: article id {result.id!r} is already used by {earlier}",
                        err=True,
                    )
                    if result.written:  # over the first one's files: write those again
                        _restore(convert(earlier), out)
                    continue
            if result.write_error is not None:
                raise result.write_error
            for fmt, data in result.outputs:
                if out is None:
                    write_bytes(data)
                else:
                    files.write_atomic(out / f"{result.id}{fmt.extension()}", data)
    if failures:
        click.echo(f"{failures} of {len(inputs) + len(walk_errors)} articles failed", err=True)
        sys.exit(USAGE if unreadable else FINDINGS)


def _restore(first: ConvertedFile | Failed, out: Path) -> None:
    """The documents of the article that first took an id, written again (in this process)
    after a later article with the same id wrote over them in a worker. Another one still
    being converted may write over them again; its turn then restores them again, so once
    the batch is done the first one's files are what remains, as with --jobs 1."""
    if isinstance(first, ConvertedFile):
        written = write_outputs(first, str(out))
        if written.write_error is not None:
            raise written.write_error


def _convert_stdin(
    display: str, max_bytes: int, convert: Callable[..., ConvertedFile | Failed]
) -> ConvertedFile | Failed:
    """Standard input converted under its display name (``-`` or --stdin-filename)."""
    try:
        data = files.read_stdin(max_bytes)
    except ToolkitError as error:
        return Failed.of(display, error)
    return convert(display, data=data)


def _require_schemas(schema_dir: Path | None, formats: list[OutputFormat]) -> None:
    """Fail once, before the batch, when a schema the formats need cannot be found (the
    message names that schema)."""
    from toolkit.validation.catalog import schema_dir as find_schema_dir

    for fmt in formats:
        needs = schema_needed(fmt)
        if needs is None:
            continue
        try:
            find_schema_dir(schema_dir, needs=needs)
        except ToolkitError as error:
            raise SetupError(str(error)) from None
