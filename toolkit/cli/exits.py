"""Exit codes shared by every command: 0 fine, 1 findings or failures, 2 usage or input."""

from __future__ import annotations

import click

OK = 0
FINDINGS = 1  # findings, invalid documents, or some articles failed
USAGE = 2  # bad options, unreadable input, missing schemas


class SetupError(click.ClickException):
    """A problem with the command's environment (missing schemas, bad config): exit 2."""

    exit_code = USAGE
