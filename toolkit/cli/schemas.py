"""`toolkit schemas` (not yet implemented)."""

import click


@click.group(name="schemas")
def schemas_group() -> None:
    """Manage schemas."""

