"""Writers: an Article in, bytes out. No paths, no printing, no clock."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.errors import UnknownFormatError
from toolkit.model import Article
from toolkit.writers.newsmlg2 import write_newsml
from toolkit.writers.ninjs import write_ninjs
from toolkit.writers.nitf import write_nitf
from toolkit.writers.options import WriterOptions
from toolkit.writers.record import write_record

Writer = Callable[[Article, WriterOptions], bytes]

WRITERS: dict[str, Writer] = {
    "record": write_record,
    "newsml": write_newsml,
    "nitf": write_nitf,
    "ninjs": write_ninjs,  # version from WriterOptions.ninjs_version
}
# File extension per writer, for `convert --out` and `export`.
EXTENSIONS: dict[str, str] = {
    "record": ".json",
    "newsml": ".xml",
    "nitf": ".nitf.xml",
    "ninjs": ".ninjs.json",
}


def get_writer(name: str) -> Writer:
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormatError("output format", name, list(WRITERS)) from None


__all__ = [
    "EXTENSIONS",
    "WRITERS",
    "Writer",
    "WriterOptions",
    "get_writer",
    "write_newsml",
    "write_ninjs",
    "write_nitf",
    "write_record",
]
