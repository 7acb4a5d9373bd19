"""Deterministic XML output, and the characters XML 1.0 cannot carry.

The writers build a small tree of :class:`Node` and :func:`serialise` it to exactly the
bytes ``lxml.etree.tostring(tree, xml_declaration=True, encoding="UTF-8",
pretty_print=pretty)`` gives for the same tree (libxml2's escaping and indentation rules,
checked against lxml by a property test), at a fraction of the cost of building lxml
elements: an attribute alone costs lxml more than writing the whole element here.
"""

from __future__ import annotations

import re
from collections import Counter

# Everything outside XML 1.0's Char production: C0 controls other than TAB/LF/CR, lone
# surrogates, U+FFFE and U+FFFF. lxml refuses them and every parser rejects them, while wire
# copy often carries them (IPTC 7901 SOH/STX/ETX, form feeds).
_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_search_forbidden = _FORBIDDEN.search
_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
_MAX_INDENT = 60


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 forbids."""
    # Called for every text and attribute the XML writers emit, nearly always on clean
    # text. Every forbidden character is unprintable (Unicode Cc, Cs or Cn), so a printable
    # value needs no regular expression at all.
    if value.isprintable() or _search_forbidden(value) is None:
        return value
    return _FORBIDDEN.sub("", value)


def has_forbidden(value: str) -> bool:
    """Whether ``value`` holds a character XML 1.0 forbids (cheaper than counting them)."""
    return _search_forbidden(value) is not None


def forbidden_characters(value: str) -> Counter[str]:
    """Each character XML 1.0 forbids in ``value``, with how often it occurs."""
    return Counter(_FORBIDDEN.findall(value))


def escape_text(value: str) -> str:
    """Character data as libxml2 writes it: ``& < >`` and CR as references."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def escape_attribute(value: str) -> str:
    """An attribute value as libxml2 writes it between double quotes."""
    value = escape_text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    return value


def text(value: str) -> str:
    """``value`` made XML character data: forbidden characters dropped, then escaped."""
    return escape_text(xml_text(value))


def attribute(name: str, value: str) -> str:
    """`` name="value"`` for a start tag, ``value`` cleaned and escaped."""
    return f' {name}="{escape_attribute(xml_text(value))}"'


class Node:
    """An element being built: start tag pre-rendered, ``text`` and ``tail`` escaped.

    ``name`` is written as given: a document declares its default namespace with an
    ``xmlns`` attribute (from :func:`attribute`) on the element that opens it.

    ``text`` and ``tail`` follow lxml: None is no character data, ``""`` is an empty text
    node, which libxml2 still counts (``<a></a>``, and no indentation around siblings).
    """

    __slots__ = ("children", "name", "start", "tail", "text")

    def __init__(self, name: str, attributes: str = "", text: str | None = None) -> None:
        self.name = name
        self.start = f"<{name}{attributes}"
        self.text = text
        self.children: list[Node] = []
        self.tail: str | None = None


def sub(parent: Node, name: str, attributes: str = "", text: str | None = None) -> Node:
    """Append a child element; ``attributes`` from :func:`attribute`, ``text`` escaped."""
    child = Node(name, attributes, text)
    parent.children.append(child)
    return child


def add_text(element: Node, value: str) -> None:
    """Append character data after the last child of a mixed-content element."""
    value = text(value)
    if not value:
        return
    if element.children:
        last = element.children[-1]
        last.tail = value if last.tail is None else last.tail + value
    else:
        element.text = value if element.text is None else element.text + value


def serialise(root: Node, *, pretty: bool = True) -> bytes:
    """UTF-8 bytes with an XML declaration and a trailing newline; same tree, same bytes."""
    out = [_DECLARATION]
    _write(root, out, "", pretty)
    out.append("\n")
    # xml_text has removed lone surrogates, so every string here encodes.
    return "".join(out).encode("utf-8")


def _write(node: Node, out: list[str], indent: str, pretty: bool) -> None:
    children = node.children
    if not children:
        if node.text is None:
            out.append(node.start + "/>")
        else:
            out.append(f"{node.start}>{node.text}</{node.name}>")
        return
    # libxml2 indents the children only when none of them is character data.
    if pretty and node.text is None:
        for child in children:
            if child.tail is not None:
                pretty = False
                break
    else:
        pretty = False
    if pretty:
        out.append(node.start + ">\n")
        # libxml2 stops indenting deeper at 60 spaces.
        inner = indent + "  " if len(indent) < _MAX_INDENT else indent
        for child in children:
            if child.children:
                out.append(inner)
                _write(child, out, inner, True)
                out.append("\n")
            elif child.text is None:
                out.append(f"{inner}{child.start}/>\n")
            else:
                out.append(f"{inner}{child.start}>{child.text}</{child.name}>\n")
        out.append(f"{indent}</{node.name}>")
        return
    out.append(node.start + ">")
    if node.text is not None:
        out.append(node.text)
    for child in children:
        _write(child, out, "", False)
        if child.tail is not None:
            out.append(child.tail)
    out.append(f"</{node.name}>")
