"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])


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
