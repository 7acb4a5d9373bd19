"""Parse untrusted XML without entity expansion, DTD loading, network or file access.

The prolog is scanned before lxml sees the document: a DOCTYPE with an internal subset (where
entities are declared: billion laughs, quadratic blowup, external entities to files or URLs) is
refused outright, so no expansion ever starts. A DOCTYPE that only names an external DTD is
tolerated (NITF files often carry one) but the DTD is never loaded: the parser does not load
DTDs, may not use the network, and its resolver refuses every URL, so nothing is read from disk
or network whatever the document says. Nesting deeper than ``max_depth`` is refused; libxml2's
own limit without ``huge_tree`` is 256 levels and stops a 100,000-level document at once.

Before any of that the encoding is checked: only UTF-8, UTF-16 and ASCII-compatible legacy
encodings are read, because in UTF-7 (``+ADw-!ENTITY``), UTF-32 or EBCDIC the prolog scan
would not see the declarations the parser reads. An entity reference left unexpanded (one
only an external DTD could declare) is refused after parsing: its text cannot be known.
"""

from __future__ import annotations

import codecs
import re
import threading
from typing import TYPE_CHECKING, Any

from toolkit.errors import UnsafeXMLError

if TYPE_CHECKING:
    # lxml is imported by the functions that parse: the text reader's format sniffing and
    # encoding checks need none of it, and importing lxml costs a text-only run ~70 ms
    # (lxml 6 also imports rnc2rng when it is installed).
    from lxml import etree

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


def _parser() -> etree.XMLParser:
    from lxml import etree

    class RefuseAll(etree.Resolver):
        """A resolver that answers every external reference with an empty document.

        libxml2 asks the resolver before it touches a file or URL; answering with a string
        stops it from reading anything. With ``load_dtd=False`` and no entities this is never
        reached; it is the second lock on the same door.
        """

        # lxml passes a parser context the stubs do not declare.
        def resolve(self, system_url: str, public_id: str, context: Any = None) -> Any:
            return self.resolve_string("", context, base_url=system_url)

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
    parser.resolvers.add(RefuseAll())
    return parser


_LOCAL = threading.local()


def _thread_parser() -> etree.XMLParser:
    """One parser per thread: an lxml parser keeps per-parse state and is not thread-safe."""
    parser: etree.XMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = _parser()
    return parser


# What libxml2 would detect from the first four bytes besides UTF-8 and UTF-16 (see its
# xmlDetectCharEncoding): none of them is read, so none may reach the parser.
_REFUSED_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (b"<\x00\x00\x00", "UTF-32"),
    (b"\x00\x00\x00<", "UTF-32"),
    (b"\x00\x00<\x00", "UTF-32"),
    (b"\x00<\x00\x00", "UTF-32"),
    (b"\x4c\x6f\xa7\x94", "EBCDIC"),  # "<?xm" in EBCDIC
)
_WIDE: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)
# Encodings an XML declaration may name (Python's canonical codec names): UTF-8 and UTF-16,
# and the legacy single- and multi-byte ones whose markup characters are plain ASCII, so that
# the prolog scan sees exactly what the parser will. UTF-7, UTF-32, EBCDIC code pages and
# stateful ISO-2022 encodings are refused: in them "<!ENTITY" need not look like "<!ENTITY".
ALLOWED_ENCODINGS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "ascii",
     *(f"iso8859-{n}" for n in (*range(1, 12), *range(13, 17))),
     *(f"cp{n}" for n in range(1250, 1259)),
     "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "shift_jis", "cp932", "euc_jp",
     "euc_kr", "cp949", "koi8-r", "koi8-u", "mac-roman", "tis-620"}
)  # fmt: skip
_DECLARED = re.compile(rb"<\?xml\s[^>]{0,200}?\bencoding\s*=\s*[\"']([^\"'>]{0,64})[\"']")


def ascii_view(data: bytes) -> bytes:
    """The document's bytes in an ASCII-compatible encoding, for scanning its markup.

    UTF-16 documents (with a BOM, or starting with ``<`` as a wide character) are re-encoded;
    everything else is returned as is, minus a UTF-8 BOM: markup characters are ASCII there.
    Call :func:`check_encoding` first: a UTF-32 document's view is not its markup.
    """
    head = data[:4]
    for prefix, codec in _WIDE:
        if head.startswith(prefix):
            return data.decode(codec, errors="replace").encode("utf-8")
    return data.removeprefix(codecs.BOM_UTF8)


def encoding_signature(data: bytes) -> str | None:
    """``"UTF-32"`` or ``"EBCDIC"`` when the first bytes say the document is in one; else None."""
    head = data[:4]
    for prefix, name in _REFUSED_SIGNATURES:
        if head.startswith(prefix):
            return name
    return None


def check_encoding(data: bytes) -> None:
    """Raise :class:`UnsafeXMLError` unless the document is in an encoding we read: UTF-8,
    UTF-16 or a declared legacy one of :data:`ALLOWED_ENCODINGS`. Done before lxml sees the
    bytes, so that the prolog scan and the parser read the same characters."""
    refused = encoding_signature(data)
    if refused is None:
        declared = _DECLARED.match(ascii_view(data[:1024]))
        if declared is None:
            return
        refused = declared[1].decode("ascii", "replace").strip()
        try:
            if codecs.lookup(refused).name in ALLOWED_ENCODINGS:
                return
        except LookupError:
            pass
    raise UnsafeXMLError(
        f"unsafe XML: {refused} encoding refused before parsing (read: UTF-8, UTF-16, and "
        "ASCII-compatible legacy encodings such as ISO-8859-1, Windows-1252, GB18030, Big5)"
    )


def check_prolog(data: bytes) -> None:
    """Raise :class:`UnsafeXMLError` if the encoding is not one we read, or the prolog
    declares a DTD internal subset or entities."""
    check_encoding(data)
    view = ascii_view(data)
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


def _refuse_entity_references(root: etree._Element) -> None:
    """A reference to an entity no internal subset declares parses (it may be declared in the
    external DTD, which is never loaded) and stays an unexpanded node: its text would be lost
    without a word, and lxml's schema validation fails on it with an internal error."""
    from lxml import etree

    entity = next(root.iter(etree.Entity), None)
    if entity is not None:
        line = f" on line {entity.sourceline}" if entity.sourceline else ""
        raise UnsafeXMLError(
            f"unsafe XML: entity reference {entity.text}{line} refused (declared, if at all, in "
            "an external DTD, which is never loaded; write the character or a character "
            "reference)"
        )


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
    from lxml import etree

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
    _refuse_entity_references(root)
    return etree.ElementTree(root)
