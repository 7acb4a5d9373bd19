"""Readers: bytes in, :class:`~toolkit.model.Article` out. No paths, no printing, no clock."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import PurePath

from toolkit import safe_xml
from toolkit.errors import UnknownFormatError
from toolkit.model import Article
from toolkit.readers.options import ReaderOptions
from toolkit.readers.text import read_text

Reader = Callable[[bytes, ReaderOptions], Article]


# The marked-up readers are imported when a document of their kind is read: they bring lxml,
# which a batch of plain-text copy never needs (~70 ms at start-up).
def read_newsmlg2(data: bytes, options: ReaderOptions) -> Article:
    """A NewsML-G2 newsItem (see :mod:`toolkit.readers.newsmlg2`)."""
    from toolkit.readers.newsmlg2 import read_newsmlg2 as read

    return read(data, options)


def read_nitf(data: bytes, options: ReaderOptions) -> Article:
    """A NITF document (see :mod:`toolkit.readers.nitf`)."""
    from toolkit.readers.nitf import read_nitf as read

    return read(data, options)


def read_ninjs(data: bytes, options: ReaderOptions) -> Article:
    """An IPTC ninjs document (see :mod:`toolkit.readers.ninjs`)."""
    from toolkit.readers.ninjs import read_ninjs as read

    return read(data, options)


READERS: dict[str, Reader] = {
    "text": read_text,
    "newsmlg2": read_newsmlg2,
    "nitf": read_nitf,
    "ninjs": read_ninjs,
}

_SPACE = re.compile(rb"\s*")
_JSON_OBJECT = re.compile(rb"\{\s*(?:\"|\})")  # '{"key"' or '{}': not "{Advisory} ..."
_ELEMENT = re.compile(rb"<([\w:.-]+)")
# Roots that make a .txt file's content an XML document of a kind we know (news items and
# the feeds we write), not wire copy that happens to start with a tag.
_DOCUMENT_ROOTS = frozenset(
    {b"nitf", b"newsItem", b"packageItem", b"newsMessage", b"conceptItem", b"knowledgeItem",
     b"planningItem", b"rss", b"feed"}
)  # fmt: skip


def _root_element(view: bytes) -> bytes | None:
    """The first element's name after the prolog (XML declaration, comments, PIs, DOCTYPE),
    or None when the prolog does not end within ``view``.

    Each step only moves forward with ``find``, so the scan is linear in ``view`` whatever it
    holds (a single regex over the whole prolog backtracked exponentially on ``<?x?>`` and
    forty spaces).
    """
    pos = 0
    while True:
        pos = _SPACE.match(view, pos).end()  # type: ignore[union-attr]  # \s* always matches
        if view.startswith(b"<?", pos):
            end = view.find(b"?>", pos + 2)
            closer = 2
        elif view.startswith(b"<!--", pos):
            end = view.find(b"-->", pos + 4)
            closer = 3
        elif view.startswith(b"<!DOCTYPE", pos):
            end, closer = _doctype_end(view, pos), 1
        else:
            match = _ELEMENT.match(view, pos)
            return match[1] if match else None
        if end < 0:
            return None
        pos = end + closer


def _doctype_end(view: bytes, pos: int) -> int:
    """Where the ``>`` that closes a DOCTYPE starting at ``pos`` is; -1 if not in ``view``."""
    close = view.find(b">", pos)
    subset = view.find(b"[", pos, close if close >= 0 else len(view))
    if subset < 0:
        return close
    end = view.find(b"]", subset)
    return view.find(b">", end) if end >= 0 else -1


def _head_view(data: bytes) -> bytes | None:
    """The first 4 KB as ASCII-compatible bytes, leading white space removed; None for an
    encoding no XML reader takes but whose first bytes look like markup (they refuse it)."""
    head = data[:4096]
    signature = safe_xml.encoding_signature(head)
    if signature == "UTF-32" and head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # A BOM-marked UTF-32 file may be plain text, which the text reader takes.
        view = head.decode("utf-32", errors="ignore").encode("utf-8")
        return view.lstrip() if not view.lstrip().startswith(b"<") else None
    if signature is not None:
        return None
    return safe_xml.ascii_view(head).lstrip()


def sniff_format(data: bytes, path: str | None) -> str:
    """Which reader takes these bytes: ``nitf``, ``newsmlg2``, ``ninjs`` or ``text``.

    JSON is ninjs; XML whose root is ``nitf`` is NITF and any other XML goes to the NewsML-G2
    reader, which names the root it cannot read. XML in an encoding we do not read (UTF-32,
    EBCDIC) goes to an XML reader too, which refuses it. A ``.txt`` file is text unless its
    content is plainly a document: an XML declaration or DOCTYPE, a news item or feed root,
    or a JSON object, each to its end; wire copy that starts with ``<b>`` stays text.
    """
    view = _head_view(data)
    if view is None:
        return "newsmlg2"
    is_text_file = path is not None and PurePath(path).suffix.lower() == ".txt"
    end = data.rstrip()[-1:]
    if view.startswith(b"{"):
        if not is_text_file or (_JSON_OBJECT.match(view) and end == b"}"):
            return "ninjs"
        return "text"
    if not view.startswith(b"<"):
        return "text"
    root = _root_element(view)
    local = root.split(b":")[-1] if root is not None else None
    if is_text_file and not (
        view.startswith((b"<?xml", b"<!DOCTYPE")) or (local in _DOCUMENT_ROOTS and end == b">")
    ):
        return "text"
    if local is None:
        # A processing instruction, comment or DOCTYPE is markup even when no element follows
        # (the XML reader then says what is wrong); "<b" alone may start wire copy.
        return "newsmlg2" if view.startswith((b"<?", b"<!")) else "text"
    return "nitf" if local == b"nitf" else "newsmlg2"


def get_reader(name: str) -> Reader:
    try:
        return READERS[name]
    except KeyError:
        raise UnknownFormatError("reader", name, list(READERS)) from None


__all__ = [
    "READERS",
    "Reader",
    "ReaderOptions",
    "get_reader",
    "read_newsmlg2",
    "read_ninjs",
    "read_nitf",
    "read_text",
    "sniff_format",
]
