"""The `toolkit` command line: click lives only in this package; it wires the lower layers.

Commands are imported when they run, not at start-up: `toolkit validate` in CI should not pay
for importing the checker, the writers and their schemas.
"""

from __future__ import annotations

import importlib

import click

from toolkit import __version__

# command name -> (module, attribute)
COMMANDS: dict[str, tuple[str, str]] = {
    "convert": ("toolkit.cli.convert", "convert_command"),
    "check": ("toolkit.cli.check", "check_command"),
    "rules": ("toolkit.cli.check", "rules_command"),
    "rule": ("toolkit.cli.check", "rule_command"),
    "validate": ("toolkit.cli.validate", "validate_command"),
    "export": ("toolkit.cli.export", "export_command"),
    "schemas": ("toolkit.cli.schemas", "schemas_group"),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toolkit")
def cli() -> None:
    """Turn wire articles into validated news documents, and check them for inconsistencies."""


def main() -> None:
    cli(prog_name="toolkit")
