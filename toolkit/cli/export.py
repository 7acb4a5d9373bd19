"""`toolkit export` (not yet implemented)."""

import click


@click.command(name="export")
def export_command() -> None:
    """Not yet implemented."""
    raise click.UsageError("not yet implemented")

