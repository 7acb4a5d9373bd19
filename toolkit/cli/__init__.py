"""The `toolkit` command line: click lives only in this package; it wires the lower layers.

Commands are imported when they run, not at start-up: `toolkit validate` in CI should not pay
for importing the checker, the writers and their schemas.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys

import click

from toolkit import __version__
from toolkit.cli.output import UnencodableOutputError, whole_stdout

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


class EnvironmentFault(click.ClickException):
    """The machine refused what a command needed (a read-only or full disk, an output that
    cannot encode the text): one line naming the path and the cause, exit 2."""

    exit_code = 2


def environment_fault(
    error: OSError | UnicodeEncodeError, command: str | None = None
) -> EnvironmentFault | None:
    """The one-line report of an error the environment caused, or None for any other."""
    if isinstance(error, UnicodeEncodeError):
        return _unencodable(error, command)
    if error.errno == errno.EPIPE:
        return None  # a closed pipe (`| head`): click ends quietly, as other tools do
    cause = error.strerror or str(error)
    where = error.filename
    if where is None and error.errno in _STREAM_WRITE_ERRORS:
        # Files are written by toolkit.files, whose errors name them: a nameless write error
        # is standard output's (`> /dev/full`, a full disk under a redirection).
        where = "<stdout>"
    return EnvironmentFault(f"{where}: {cause}" if where is not None else cause)


_STREAM_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _unencodable(error: UnicodeEncodeError, command: str | None) -> EnvironmentFault:
    text = error.object
    char = text[error.start] if isinstance(text, str) and error.start < len(text) else "?"
    if "\ud800" <= char <= "\udfff":
        what = "a file name byte that is not valid UTF-8"
    else:
        what = f"{char!a} (U+{ord(char):04X})"
    # An output in a narrow encoding gets all of the output or none (toolkit.cli.output);
    # a UTF-8 one is written as the command goes, so some may be out already.
    written = ", so nothing was written" if isinstance(error, UnencodableOutputError) else ""
    instead = (
        ", or write the report with --output-file FILE (always UTF-8)" if command == "check" else ""
    )
    return EnvironmentFault(
        f"<stdout>: cannot write {what} in its encoding, {error.encoding}{written}: set a "
        f"UTF-8 locale or PYTHONIOENCODING=utf-8{instead}"
    )


class LazyGroup(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        # A traceback helps nobody when the disk is full or read-only or the terminal cannot
        # show a character: say which path and why, and exit 2.
        try:
            with whole_stdout():
                return super().invoke(ctx)
        except (OSError, UnicodeEncodeError) as error:
            fault = environment_fault(error, ctx.invoked_subcommand)
            if fault is None:
                raise
            _quiet_stdout()
            raise fault from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command


def _quiet_stdout() -> None:
    """Point standard output at /dev/null after a fault: what is still buffered for a full or
    broken output would fail again when Python flushes it at exit, turning exit 2 into 120
    with a second message (the way Python's documentation gives for SIGPIPE)."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test runner's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toolkit")
def cli() -> None:
    """Turn wire articles into validated news documents, and check them for inconsistencies."""


def main() -> None:
    cli(prog_name="toolkit")
