"""Standard output written whole or not at all when its encoding cannot hold every character.

Reports are text with curly quotes, dashes and names from every language. A UTF-8 output holds
them all, so it is written as the command goes (findings stream past, memory stays flat). An
output in ASCII, Latin-1 or another narrow encoding (``PYTHONIOENCODING=ascii``, a
``LANG=...ISO-8859-1`` locale) may not: there, what a command writes is encoded as it is
written, so the first character the encoding cannot hold stops the command, and kept until
the command ends, so that such an output receives the whole report or nothing of it, never
a report cut off at the first curly quote.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import sys
from collections.abc import Iterator
from typing import TextIO

# Codecs that encode every character (a lone surrogate aside, which no report holds:
# toolkit.files.display_path replaces those of file names).
_EVERY_CHARACTER = ("utf", "gb18030")
# Error handlers that never fail: the user asked for the loss (PYTHONIOENCODING=ascii:replace).
_LOSSY = frozenset({"replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"})


class UnencodableOutputError(UnicodeEncodeError):
    """Text standard output's encoding cannot hold, met before any of the output was
    written: nothing of it was."""


class WholeOutput(io.TextIOBase):
    """Stands in for ``sys.stdout`` (see the module's docstring): checks that each piece of
    text is encodable as it comes, keeps it, and hands all of it to the real stream in
    :meth:`release`. Documents written as bytes (``convert`` to stdout) are kept in order
    with the text. It has no ``buffer``: click would otherwise wrap that buffer in UTF-8 for
    an ASCII stream and write bytes the output did not ask for."""

    def __init__(self, real: TextIO, encoding: str, errors: str) -> None:
        super().__init__()
        self._real = real
        self._encoding = encoding
        self._errors = errors
        self._parts: list[str | bytes] = []
        self._refused: UnencodableOutputError | None = None

    # Properties: io.TextIOBase's are read-only at run time (typeshed calls them attributes).
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    @property
    def errors(self) -> str:  # type: ignore[override]
        return self._errors

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._real.isatty()  # click asks, to decide on colours

    def write(self, text: str) -> int:
        if not isinstance(text, str):  # click tells text streams from binary ones this way
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self._refused is not None:  # caught and ignored by someone: still refused
            raise self._refused
        try:
            text.encode(self._encoding, self._errors)
        except UnicodeEncodeError as error:
            self._refused = UnencodableOutputError(
                error.encoding, error.object, error.start, error.end, error.reason
            )
            self._parts.clear()
            raise self._refused from None
        self._parts.append(text)
        return len(text)

    def write_bytes(self, data: bytes) -> None:
        if self._refused is not None:
            raise self._refused
        self._parts.append(data)

    def flush(self) -> None:
        """Nothing reaches the real stream before :meth:`release`."""

    def release(self) -> None:
        """Write what was kept to the real stream (nothing if any of it was refused)."""
        if self._refused is not None:
            raise self._refused
        parts, self._parts = self._parts, []
        real = self._real
        for part in parts:
            if isinstance(part, str):
                real.write(part)  # the real stream's own newline translation applies
            else:
                real.flush()
                real.buffer.write(part)
        real.flush()


def write_bytes(data: bytes) -> None:
    """Write an encoded document to standard output, after the text written before it."""
    stream = sys.stdout
    if isinstance(stream, WholeOutput):
        stream.write_bytes(data)
        return
    stream.flush()
    stream.buffer.write(data)
    stream.flush()


def _needs_whole(stream: object) -> tuple[str, str] | None:
    """The (encoding, errors) of a stream that may refuse some characters, else None."""
    encoding = getattr(stream, "encoding", None)
    errors = getattr(stream, "errors", None) or "strict"
    if not isinstance(encoding, str) or errors in _LOSSY:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if name.startswith(_EVERY_CHARACTER):
        return None
    return encoding, errors


@contextlib.contextmanager
def whole_stdout() -> Iterator[None]:
    """Run a command with standard output written whole or not at all when its encoding
    cannot hold every character (else as it goes). A character it cannot hold raises
    :class:`UnencodableOutputError` and nothing is written."""
    real = sys.stdout
    narrow = _needs_whole(real)
    if narrow is None:
        yield
        return
    whole = WholeOutput(real, *narrow)
    sys.stdout = whole
    try:
        yield
    except UnencodableOutputError:
        raise
    except BaseException:
        sys.stdout = real
        # An interrupted or failing command shows what it wrote, as it would unguarded
        # (unless a refusal was swallowed on the way: then release raises it).
        whole.release()
        raise
    finally:
        sys.stdout = real
    whole.release()
