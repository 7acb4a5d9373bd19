"""`toolkit convert` (not yet implemented)."""

import click


@click.command(name="convert")
def convert_command() -> None:
    """Not yet implemented."""
    raise click.UsageError("not yet implemented")

