"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from toolkit.dask import Cluster

F = TypeVar("F", bound=Callable[..., object])


class InputPath(click.Path):
    """An input path that must exist; a symbolic link that leads nowhere says why (dangling,
    a loop) instead of click's "does not exist"."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = Path(value) if isinstance(value, str) and value != "-" else None
        if path is not None and path.is_symlink() and not path.exists():
            from toolkit.files import broken_link

            self.fail(f"{value}: {broken_link(path)}", param, ctx)
        return super().convert(value, param, ctx)


def schema_dir_option(function: F) -> F:
    return click.option(
        "--schema-dir",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="TOOLKIT_SCHEMA_DIR",
        show_envvar=True,
        help="Folder with the official IPTC and feed schemas (else the user cache that "
        "`toolkit schemas fetch` fills).",
    )(function)


def source_date_epoch_option(function: F) -> F:
    return click.option(
        "--source-date-epoch",
        type=click.IntRange(0),
        envvar="SOURCE_DATE_EPOCH",
        show_envvar=True,
        help="Seconds since 1970 to use as the version timestamp instead of the dateline date.",
    )(function)


def max_bytes_option(default: int) -> Callable[[F], F]:
    """``--max-bytes``: inputs larger than this are refused (``path: problem``) unread."""

    def decorate(function: F) -> F:
        return click.option(
            "--max-bytes",
            type=click.IntRange(1),
            default=default,
            show_default=True,
            help="Refuse input files larger than this many bytes, before reading them.",
        )(function)

    return decorate


def stdin_filename_option(function: F) -> F:
    """``--stdin-filename``: the name standard input (``-``) goes by."""
    return click.option(
        "--stdin-filename",
        metavar="PATH",
        help="With `-` as the input: the file name standard input stands for, in positions, "
        "reports and ids, and (check) for finding its configuration.",
    )(function)


def stdin_paths(paths: tuple[str, ...], stdin_filename: str | None) -> bool:
    """Whether the input is standard input (``-`` alone); ``-`` among other paths, or
    --stdin-filename without ``-``, is a usage error."""
    if "-" not in paths:
        if stdin_filename is not None:
            raise click.UsageError("--stdin-filename needs `-` (standard input) as the input")
        return False
    if len(paths) > 1:
        raise click.UsageError("`-` (standard input) is the only input when given")
    return True


def exclude_option(function: F) -> F:
    """``--exclude GLOB`` (repeatable, comma-separated): skipped in folder walks, on top of
    the defaults and of .gitignore."""
    return click.option(
        "--exclude",
        multiple=True,
        metavar="GLOB",
        help="Skip files and folders matching GLOB (name or path relative to the folder walked) "
        "when walking folders, besides .git, .venv, venv, node_modules, __pycache__ and what "
        ".gitignore lists; repeatable. Files named on the command line are always read.",
    )(function)


def follow_symlinks_option(function: F) -> F:
    """``--follow-symlinks``: follow symbolic links that lead out of a folder walked."""
    return click.option(
        "--follow-symlinks",
        is_flag=True,
        help="Follow symbolic links that lead out of a folder being walked (by default they "
        "are reported and not followed, so that `src/x.txt -> /etc/passwd` is never read). "
        "Dangling links and loops are always reported.",
    )(function)


def excluded(values: tuple[str, ...]) -> tuple[str, ...]:
    """The globs a walk skips: the defaults, then ``--exclude``'s."""
    from toolkit.files import DEFAULT_EXCLUDE

    extra = (glob.strip() for value in values for glob in value.split(",") if glob.strip())
    return (*DEFAULT_EXCLUDE, *extra)


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None


def encoding_option(function: F) -> F:
    """``--encoding``: what plain-text input that is not UTF-8 (and has no BOM) is in."""
    return click.option(
        "--encoding",
        callback=_encoding,
        metavar="NAME",
        help="Encoding of text input that has no byte order mark and is not UTF-8 (e.g. "
        "cp1252, gb18030, big5). Default: detected among Windows-1252, GB18030 and Big5, with "
        "a warning.",
    )(function)


def jobs_option(function: F) -> F:
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(1),
        help="Worker processes (default: every usable core; 1: this process only). Output is "
        "the same whatever the number.",
    )(function)


def _connect(ctx: click.Context, param: click.Parameter, value: str | None) -> Cluster | None:
    """Connect once, before the batch; the client (and a LocalCluster) close with the command."""
    if not value:
        return None
    from toolkit.dask import connect
    from toolkit.errors import ToolkitError

    try:
        cluster = connect(value)
    except ToolkitError as error:
        raise click.BadParameter(str(error)) from None
    ctx.call_on_close(cluster.close)
    return cluster


def scheduler_option(function: F) -> F:
    return click.option(
        "--scheduler",
        "cluster",
        callback=_connect,
        expose_value=True,
        envvar="TOOLKIT_DASK_SCHEDULER",
        show_envvar=True,
        metavar="ADDRESS",
        help="Run on a Dask cluster (tcp://host:8786; local:N starts a LocalCluster of N "
        "workers) instead of local processes. Needs the [dask] extra and paths every worker "
        "can read.",
    )(function)
