"""`toolkit check` (not yet implemented)."""

import click


@click.command(name="check")
def check_command() -> None:
    """Not yet implemented."""
    raise click.UsageError("not yet implemented")


@click.command(name="rule")
def rule_command() -> None:
    """Not yet implemented."""
    raise click.UsageError("not yet implemented")


@click.command(name="rules")
def rules_command() -> None:
    """Not yet implemented."""
    raise click.UsageError("not yet implemented")

