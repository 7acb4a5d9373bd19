"""`toolkit schemas fetch|path|list`: the official schema folder and the user cache."""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from pathlib import Path

import click

from toolkit.cli.exits import SetupError
from toolkit.cli.options import schema_dir_option
from toolkit.errors import ToolkitError
from toolkit.validation import catalog

Download = Callable[[str], bytes]
TIMEOUT = 60  # seconds per file; the largest (the G2 XSD) is about 1 MB


def urllib_download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "newsroom-toolkit"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        data: bytes = response.read()
    return data


@click.group(name="schemas")
def schemas_group() -> None:
    """Find or download the official IPTC and feed schemas used for validation."""


@schemas_group.command(name="fetch")
@click.option(
    "--dest",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to fill (default: the user cache).",
)
@click.option(
    "--mirror",
    metavar="URL",
    help="Fetch from a mirror laid out by host and path instead of the official sites "
    "(https://intranet/schemas, file:///srv/schemas).",
)
@click.pass_context
def fetch_command(ctx: click.Context, dest: Path | None, mirror: str | None) -> None:
    """Download the official schemas: NewsML-G2 2.35 (with ODRL 2.2), NITF 3.6, ninjs 1.0-3.1
    (and IPTC's development schemas), GeoJSON, the IPTC catalog v41, RSS 2.0, JSON Feed 1 and
    1.1, and the Atom grammar from RFC 4287."""
    # Tests pass a fake downloader as ctx.obj["download"]; there is no other network seam.
    download: Download = (ctx.obj or {}).get("download", urllib_download)
    if mirror is not None:
        official = download

        def download(url: str) -> bytes:
            return official(catalog.mirrored(url, mirror))
    destination = dest if dest is not None else catalog.user_cache_dir()
    try:
        written = catalog.fetch_schemas(destination, download)
    except ToolkitError as error:
        raise SetupError(str(error)) from None
    for path in written:
        click.echo(str(path))
    click.echo(f"{len(written)} files in {destination}", err=True)


@schemas_group.command(name="path")
@schema_dir_option
def path_command(schema_dir: Path | None) -> None:
    """Print the schema folder validation would use, or say how to get one."""
    try:
        click.echo(str(catalog.schema_dir(schema_dir)))
    except ToolkitError as error:
        raise SetupError(str(error)) from None


@schemas_group.command(name="list")
@schema_dir_option
def list_command(schema_dir: Path | None) -> None:
    """List every schema kind, its file, and whether the folder has it (ok / missing).

    The folder is the one validation would use (--schema-dir, $TOOLKIT_SCHEMA_DIR, else the
    user cache), listed even when it is missing or incomplete.
    """
    folder, origin = catalog.candidate_dir(schema_dir)
    click.echo(f"{catalog.RECORD}\t(package)\tok")
    click.echo(f"{catalog.MANIFEST}\t(package)\tok")
    kinds = {
        **catalog.XML_SCHEMAS,
        **catalog.RELAXNG_SCHEMAS,
        **catalog.JSON_SCHEMAS,
        "geojson": catalog.GEOJSON_FILE,
        "g2-catalog": f"{catalog.CATALOGS_DIR}/catalog.IPTC-G2-Standards_41.xml",
    }
    missing = 0
    for kind, relative in kinds.items():
        present = (folder / relative).is_file()
        missing += not present
        click.echo(f"{kind}\t{folder / relative}\t{'ok' if present else 'missing'}")
    if missing:
        click.echo(
            f"{missing} of {len(kinds)} schemas missing in {folder} ({origin}); "
            f"{catalog.HOW_TO_GET}",
            err=True,
        )
