"""Parse untrusted XML without entity expansion, DTD loading, network or file access.

The prolog is scanned before lxml sees the document: a DOCTYPE with an internal subset (where
entities are declared: billion laughs, quadratic blowup, external entities to files or URLs) is
refused outright, so no expansion ever starts. A DOCTYPE that only names an external DTD is
tolerated (NITF files often carry one) but the DTD is never loaded: the parser does not load
DTDs, may not use the network, and its resolver refuses every URL, so nothing is read from disk
or network whatever the document says. Nesting deeper than ``max_depth`` is refused; libxml2's
own limit without ``huge_tree`` is 256 levels and stops a 100,000-level document at once.
"""

from __future__ import annotations

import codecs
import re
import threading
from typing import Any

from lxml import etree

from toolkit.errors import UnsafeXMLError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
LIBXML2_MAX_DEPTH = 256  # libxml2's limit when XML_PARSE_HUGE is off
DEFAULT_MAX_DEPTH = LIBXML2_MAX_DEPTH

# The prolog items that may precede a DOCTYPE: XML declaration, PIs, comments, whitespace.
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DOCTYPE = re.compile(
    rb"<!DOCTYPE\s+[^\s\[>]+"  # <!DOCTYPE name
    rb"(?:\s+(?:SYSTEM|PUBLIC)(?:\s+(?:\"[^\"]*\"|'[^']*'))+)?"  # optional external id
    rb"\s*(?P<end>[\[>])"
)


class _RefuseAll(etree.Resolver):
    """A resolver that answers every external reference with an empty document.

    libxml2 asks the resolver before it touches a file or URL; answering with a string stops it
    from reading anything. With ``load_dtd=False`` and no entities this is never reached; it is
    the second lock on the same door.
    """

    # lxml passes a parser context the stubs do not declare.
    def resolve(self, system_url: str, public_id: str, context: Any = None) -> Any:
        return self.resolve_string("", context, base_url=system_url)


def _parser() -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
    parser.resolvers.add(_RefuseAll())
    return parser


_LOCAL = threading.local()


def _thread_parser() -> etree.XMLParser:
    """One parser per thread: an lxml parser keeps per-parse state and is not thread-safe."""
    parser: etree.XMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = _parser()
    return parser


def _ascii_view(data: bytes) -> bytes:
    """The document's bytes in an ASCII-compatible encoding, for the prolog scan.

    UTF-16 and UTF-32 documents (with a BOM, or starting with ``<`` as a wide character) are
    re-encoded; everything else is scanned as is, since markup characters are ASCII there.
    """
    head = data[:4]
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return data.decode(codec, errors="replace").encode("utf-8")
    for prefix, codec in (
        (b"<\x00\x00\x00", "utf-32-le"),
        (b"\x00\x00\x00<", "utf-32-be"),
        (b"<\x00", "utf-16-le"),
        (b"\x00<", "utf-16-be"),
    ):
        if head.startswith(prefix):
            return data.decode(codec, errors="replace").encode("utf-8")
    return data.removeprefix(codecs.BOM_UTF8)


def check_prolog(data: bytes) -> None:
    """Raise :class:`UnsafeXMLError` if the prolog declares a DTD internal subset or entities."""
    view = _ascii_view(data)
    pos = 0
    while True:
        match = _PROLOG_ITEM.match(view, pos)
        if match is None:
            break
        pos = match.end()
    if not view.startswith(b"<!", pos) or view.startswith(b"<![CDATA[", pos):
        return
    doctype = _DOCTYPE.match(view, pos)
    if doctype is None:
        raise UnsafeXMLError("unsafe XML: malformed or unsupported DOCTYPE declaration refused")
    if doctype.group("end") == b"[":
        entity = b"<!ENTITY" in view[doctype.end() : doctype.end() + 1_000_000]
        kind = "entity declarations" if entity else "an internal DTD subset"
        raise UnsafeXMLError(f"unsafe XML: DOCTYPE with {kind} refused (entities are not expanded)")


def _depth_exceeds(root: etree._Element, max_depth: int) -> bool:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > max_depth:
            return True
        stack.extend((child, depth + 1) for child in element)
    return False


def parse_xml(
    data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH
) -> etree._ElementTree:
    """Parse ``data`` safely; raise :class:`UnsafeXMLError` for hostile input.

    A document that is simply not well-formed raises ``lxml.etree.XMLSyntaxError`` (callers turn
    it into a finding or an :class:`~toolkit.errors.InputError`). Line numbers are kept.
    """
    if len(data) > max_bytes:
        raise UnsafeXMLError(
            f"unsafe XML: document is {len(data)} bytes, over the {max_bytes}-byte limit"
        )
    check_prolog(data)
    try:
        root = etree.fromstring(data, _thread_parser())
    except etree.XMLSyntaxError as error:
        if "Excessive depth" in str(error):
            limit = min(max_depth, LIBXML2_MAX_DEPTH)
            raise UnsafeXMLError(
                f"unsafe XML: nesting deeper than {limit} levels refused"
            ) from None
        raise
    if max_depth < LIBXML2_MAX_DEPTH and _depth_exceeds(root, max_depth):
        raise UnsafeXMLError(f"unsafe XML: nesting deeper than {max_depth} levels refused")
    return etree.ElementTree(root)
