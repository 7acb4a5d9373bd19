"""Deterministic XML serialisation, and the characters XML 1.0 cannot carry."""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

# Everything outside XML 1.0's Char production: C0 controls other than TAB/LF/CR, lone
# surrogates, U+FFFE and U+FFFF. lxml refuses them and every parser rejects them, while wire
# copy often carries them (IPTC 7901 SOH/STX/ETX, form feeds).
_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_search_forbidden = _FORBIDDEN.search


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 forbids."""
    # Called for every text and attribute the XML writers emit, nearly always on clean
    # text: a search is cheaper than a substitution that finds nothing.
    if _search_forbidden(value) is None:
        return value
    return _FORBIDDEN.sub("", value)


def forbidden_characters(value: str) -> Counter[str]:
    """Each character XML 1.0 forbids in ``value``, with how often it occurs."""
    return Counter(_FORBIDDEN.findall(value))


def forbidden_count(value: str) -> int:
    """How many characters :func:`xml_text` would drop from ``value``."""
    return len(_FORBIDDEN.findall(value))


def serialise(root: etree._Element, *, pretty: bool = True) -> bytes:
    """UTF-8 bytes with an XML declaration and a trailing newline; same tree, same bytes.

    lxml writes attributes in insertion order and namespaces from the fixed ``nsmap`` the
    writers give, so the output never depends on dict order or hash seeds.
    """
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=pretty)
    return data if data.endswith(b"\n") else data + b"\n"
