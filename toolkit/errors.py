"""The closed set of errors the toolkit raises; the CLI turns each into one line."""

from __future__ import annotations


class ToolkitError(Exception):
    """Base class. ``str(error)`` is a one-line message fit for ``path: message``."""


class InputError(ToolkitError):
    """The input cannot be read as an article or document (empty, binary, undecodable ...)."""


class UnsafeXMLError(InputError):
    """An XML document uses entities, a DTD, or is too deep or too large to parse safely."""


class InternalError(ToolkitError):
    """An exception no module meant to raise, met while one input was processed: a bug,
    reported for that input (``path: internal error: ...``, exit 1) while the batch goes on."""

    @classmethod
    def of(cls, error: BaseException) -> InternalError:
        message = " ".join(str(error).split())
        if len(message) > 200:
            message = message[:199] + "…"
        kind = type(error).__name__
        return cls(
            f"internal error: {kind}{': ' if message else ''}{message} (a bug in the toolkit: "
            "please report it with this file; the rest of the batch is processed)"
        )


class UnknownFormatError(ToolkitError):
    """A reader, writer, reporter or document kind name that does not exist."""

    def __init__(self, kind: str, name: str, known: list[str] | tuple[str, ...]) -> None:
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(sorted(known))}")


class SchemaNotFoundError(ToolkitError):
    """An official schema is in neither the schema directory nor the user cache."""


class InvalidDocumentError(ToolkitError):
    """A document we produced does not validate; the message names the JSON path or line."""
