"""Readers: bytes in, :class:`~toolkit.model.Article` out. No paths, no printing, no clock."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.errors import UnknownFormatError
from toolkit.model import Article
from toolkit.readers.options import ReaderOptions
from toolkit.readers.text import read_text

Reader = Callable[[bytes, ReaderOptions], Article]

READERS: dict[str, Reader] = {
    "text": read_text,
}


def get_reader(name: str) -> Reader:
    try:
        return READERS[name]
    except KeyError:
        raise UnknownFormatError("reader", name, list(READERS)) from None


__all__ = ["READERS", "Reader", "ReaderOptions", "get_reader", "read_text"]
