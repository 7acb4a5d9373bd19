"""The closed set of errors the toolkit raises; the CLI turns each into one line."""

from __future__ import annotations


class ToolkitError(Exception):
    """Base class. ``str(error)`` is a one-line message fit for ``path: message``."""


class InputError(ToolkitError):
    """The input cannot be read as an article or document (empty, binary, undecodable ...)."""


class UnsafeXMLError(InputError):
    """An XML document uses entities, a DTD, or is too deep or too large to parse safely."""


class UnknownFormatError(ToolkitError):
    """A reader, writer, reporter or document kind name that does not exist."""

    def __init__(self, kind: str, name: str, known: list[str] | tuple[str, ...]) -> None:
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(sorted(known))}")


class SchemaNotFoundError(ToolkitError):
    """An official schema is in neither the schema directory nor the user cache."""


class InvalidDocumentError(ToolkitError):
    """A document we produced does not validate; the message names the JSON path or line."""
