"""Readers: bytes in, :class:`~toolkit.model.Article` out. No paths, no printing, no clock."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import PurePath

from toolkit.errors import UnknownFormatError
from toolkit.model import Article
from toolkit.readers.newsmlg2 import read_newsmlg2
from toolkit.readers.ninjs import read_ninjs
from toolkit.readers.nitf import read_nitf
from toolkit.readers.options import ReaderOptions
from toolkit.readers.text import read_text

Reader = Callable[[bytes, ReaderOptions], Article]

READERS: dict[str, Reader] = {
    "text": read_text,
    "newsmlg2": read_newsmlg2,
    "nitf": read_nitf,
    "ninjs": read_ninjs,
}

# The first element's name after the prolog (XML declaration, comments, PIs, DOCTYPE).
_ROOT = re.compile(
    rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<([\w:.-]+)", re.S
)


def sniff_format(data: bytes, path: str | None) -> str:
    """Which reader takes these bytes: ``nitf``, ``newsmlg2``, ``ninjs`` or ``text``.

    A ``.txt`` file is always text. Otherwise JSON is ninjs; XML whose root is ``nitf`` is NITF
    and any other XML goes to the NewsML-G2 reader, which names the root it cannot read.
    """
    if path is not None and PurePath(path).suffix.lower() == ".txt":
        return "text"
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = head.removeprefix(codecs.BOM_UTF8)
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "ninjs"
    if stripped.startswith(b"<"):
        match = _ROOT.match(stripped)
        if match is None:
            return "newsmlg2" if stripped.startswith((b"<?xml", b"<!")) else "text"
        return "nitf" if match[1].split(b":")[-1] == b"nitf" else "newsmlg2"
    return "text"


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
