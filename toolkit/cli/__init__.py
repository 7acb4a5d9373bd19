"""The `toolkit` command line: click lives only in this package; it wires the lower layers."""

from __future__ import annotations

import click

from toolkit import __version__
from toolkit.cli.check import check_command, rule_command, rules_command
from toolkit.cli.convert import convert_command
from toolkit.cli.export import export_command
from toolkit.cli.schemas import schemas_group
from toolkit.cli.validate import validate_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toolkit")
def cli() -> None:
    """Turn wire articles into validated news documents, and check them for inconsistencies."""


cli.add_command(convert_command)
cli.add_command(check_command)
cli.add_command(rules_command)
cli.add_command(rule_command)
cli.add_command(validate_command)
cli.add_command(export_command)
cli.add_command(schemas_group)


def main() -> None:
    cli(prog_name="toolkit")
