"""`toolkit export`: per-article files, RSS/Atom/JSON Feed and a manifest, kept in sync."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

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
)
from toolkit.errors import ToolkitError
from toolkit.exporting import Change, ChangeKind, ExportProblem, export, load_settings
from toolkit.exporting.folder import DEFAULT_WAIT
from toolkit.exporting.layout import LAYOUT
from toolkit.parallel import engine_from
from toolkit.readers.options import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from toolkit.dask import Cluster


@click.command(name="export", epilog=f"\b\nFiles in --out:\n{LAYOUT}")
@click.argument("sources", nargs=-1, required=True, type=InputPath(exists=True))
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Output folder.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 and list added/changed/removed files if --out is out of date.",
)
@schema_dir_option
@click.option(
    "--config",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="TOML file with [tool.toolkit.export] (default: the nearest pyproject.toml).",
)
@click.option("--feed-title", help="Feed title.")
@click.option("--feed-link", help="Home page the feeds belong to.")
@click.option("--base-url", help="Public URL of the output folder (feeds' self links).")
@click.option("--provider", help="Provider name: feed author and NewsML-G2 provider.")
@click.option("--domain", help="Provider domain used in guids (urn:newsml:DOMAIN:...).")
@click.option("--limit", type=click.IntRange(1), help="Stories per feed, newest first.")
@click.option("--year", type=click.IntRange(1800, 2200), help="Year for datelines that give none.")
@click.option(
    "--validate/--no-validate",
    default=None,
    help="Validate every document against its schema before writing (default: on).",
)
@click.option(
    "--correction-time",
    "correction_time",
    metavar="WHEN",
    callback=lambda ctx, param, value: _moment(value),
    help="versionCreated for the stories that get a new version because their source "
    "changed: 'now' (the clock, read once), seconds since the epoch, or an RFC 3339 time. "
    "Default: a minute after the previous version's (deterministic).",
)
@click.option(
    "--wait",
    type=click.FloatRange(0),
    default=DEFAULT_WAIT,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for another export into --out to finish before giving up.",
)
@source_date_epoch_option
@max_bytes_option(DEFAULT_MAX_BYTES)
@encoding_option
@exclude_option
@follow_symlinks_option
@jobs_option
@scheduler_option
def export_command(
    sources: tuple[str, ...],
    out: Path,
    check: bool,
    schema_dir: Path | None,
    config: Path | None,
    feed_title: str | None,
    feed_link: str | None,
    base_url: str | None,
    provider: str | None,
    domain: str | None,
    limit: int | None,
    year: int | None,
    validate: bool | None,
    correction_time: dt.datetime | None,
    wait: float,
    source_date_epoch: int | None,
    max_bytes: int,
    encoding: str | None,
    exclude: tuple[str, ...],
    follow_symlinks: bool,
    jobs: int | None,
    cluster: Cluster | None,
) -> None:
    """Export wire articles (files or folders of *.txt) with feeds and a manifest into --out.

    Deterministic and incremental: unchanged files are not rewritten, articles no longer in
    SOURCES are removed (only files the previous index.json lists, and only while they hold
    what it records, are ever deleted; a file no index.json lists is never replaced). Other
    files under articles/ are reported as stray. One export at a time writes into --out (it
    is locked; --check waits for it too), and a run that was killed is repaired by the next.
    Settings come from [tool.toolkit.export] in pyproject.toml, overridden by the options.

    Exit status: 0 done (or, with --check, up to date); 1 some articles failed (each reported
    as `path: problem`, the rest exported) or, with --check, out of date; 2 usage or
    configuration errors, or some sources could not be read (missing, empty, binary,
    undecodable, too large, an unreadable folder, a dangling symbolic link or a loop, a link
    out of a folder walked without --follow-symlinks).
    """
    try:
        settings = load_settings(config, Path.cwd())
    except ToolkitError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    feed = settings.feed
    if feed_title:
        feed = replace(feed, title=feed_title)
    if feed_link:
        feed = replace(feed, link=feed_link)
    if provider:
        feed = replace(feed, provider=provider)
    writer = replace(settings.writer, source_date_epoch=source_date_epoch)
    if provider:
        writer = replace(writer, provider_name=provider)
    if domain:
        writer = replace(writer, domain=domain)
    settings = replace(
        settings,
        feed=feed,
        writer=writer,
        limit=limit or settings.limit,
        base_url=base_url or settings.base_url,
        year=year,
        max_bytes=max_bytes,
        encoding=encoding,
        exclude=excluded(exclude),
        follow_symlinks=follow_symlinks,
        validate=settings.validate if validate is None else validate,
        schema_dir=schema_dir,
        correction_time=correction_time,
    )

    def show_change(change: Change) -> None:
        if check:
            click.echo(f"{change.kind}: {change.path}")
        elif change.kind is ChangeKind.STRAY:
            click.echo(f"{out / change.path}: warning: {change.reason}", err=True)

    def show_problem(problem: ExportProblem) -> None:
        click.echo(f"{problem.path}: {problem.message}", err=True)

    def show_warning(warning: ExportProblem) -> None:
        click.echo(f"{warning.path}: warning: {warning.message}", err=True)

    try:
        stats = export(
            sources,
            out,
            settings,
            check=check,
            on_change=show_change,
            on_problem=show_problem,
            on_warning=show_warning,
            engine=engine_from(jobs, cluster),
            wait=wait,
        )
    except ToolkitError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)

    if check:
        state = "up to date" if stats.up_to_date else "out of date"
        click.echo(
            f"{out}: {state} ({stats.added} added, {stats.changed} changed, "
            f"{stats.removed} removed{_strays(stats.stray)})",
            err=True,
        )
    else:
        click.echo(
            f"exported {_plural(stats.articles, 'article')} to {out}: "
            f"{_plural(stats.added, 'file')} added, {stats.changed} changed, "
            f"{stats.removed} removed, {stats.unchanged} unchanged{_strays(stats.stray)}",
            err=True,
        )
    if stats.failed:
        click.echo(f"{_plural(stats.failed, 'article')} failed", err=True)
    if stats.unreadable:
        sys.exit(2)
    if stats.failed or (check and not stats.up_to_date):
        sys.exit(1)


def _strays(count: int) -> str:
    return f", {count} stray" if count else ""


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _moment(value: str | None) -> dt.datetime | None:
    """``now``, epoch seconds or RFC 3339, as an aware UTC time; a bad value is a usage error."""
    if value is None:
        return None
    if value == "now":
        return dt.datetime.now(dt.UTC).replace(microsecond=0)  # asked for: the only clock read
    if value.isdigit():
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise click.BadParameter(
            f"{value!r}: give 'now', seconds since the epoch or an RFC 3339 time with a zone",
            param_hint="--correction-time",
        )
    return moment.astimezone(dt.UTC)
