"""Writers: an Article in, bytes out. No paths, no printing, no clock."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.errors import UnknownFormatError
from toolkit.model import Article
from toolkit.writers.options import WriterOptions

Writer = Callable[[Article, WriterOptions], bytes]

WRITERS: dict[str, Writer] = {}
# File extension per writer, for `convert --out` and `export`.
EXTENSIONS: dict[str, str] = {}


def get_writer(name: str) -> Writer:
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormatError("output format", name, list(WRITERS)) from None


__all__ = ["EXTENSIONS", "WRITERS", "Writer", "WriterOptions", "get_writer"]
