"""`toolkit validate` (not yet implemented)."""

import click


@click.command(name="validate")
def validate_command() -> None:
    """Not yet implemented."""
    raise click.UsageError("not yet implemented")

