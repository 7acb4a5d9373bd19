"""The writers' XML serialiser gives lxml's bytes for the same tree, escaping and all."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit.writers.xml_output import Node, attribute, serialise, sub, text, xml_text

NS = "urn:example:wire"


@dataclass(frozen=True)
class Spec:
    """One element: the same tree is built with lxml and with Node."""

    name: str
    attributes: tuple[tuple[str, str], ...]
    text: str | None
    children: tuple[Spec, ...]
    tail: str | None


# Markup characters, every whitespace libxml2 treats specially, non-ASCII and characters
# XML 1.0 forbids (which both sides drop).
chars = st.sampled_from([*"&<>\"'\t\n\r ;#x]é中\u2028\x01\x0b\ufffe", "\U0001f600"])
strings = st.text(chars, max_size=6)
names = st.sampled_from(["p", "q", "body.content", "story.date"])
attribute_lists = st.lists(
    st.tuples(st.sampled_from(["literal", "qcode", "xml:lang"]), strings),
    max_size=2,
    unique_by=lambda a: a[0],
).map(tuple)


def _specs(children: st.SearchStrategy[tuple[Spec, ...]]) -> st.SearchStrategy[Spec]:
    return st.builds(
        Spec, names, attribute_lists, st.none() | strings, children, st.none() | strings
    )


trees = st.recursive(
    _specs(st.just(())), lambda inner: _specs(st.lists(inner, max_size=3).map(tuple)), max_leaves=12
)


def _lxml(spec: Spec, parent: etree._Element | None) -> etree._Element:
    tag = f"{{{NS}}}{spec.name}"
    element = (
        etree.Element(tag, nsmap={None: NS}) if parent is None else etree.SubElement(parent, tag)
    )
    for key, value in spec.attributes:
        clark = "{http://www.w3.org/XML/1998/namespace}lang" if key == "xml:lang" else key
        element.set(clark, xml_text(value))
    if spec.text is not None:
        element.text = xml_text(spec.text)
    for child in spec.children:
        _lxml(child, element)
    if parent is not None and spec.tail is not None:
        element.tail = xml_text(spec.tail)
    return element


def _node(spec: Spec, parent: Node | None) -> Node:
    attributes = "".join(attribute(key, value) for key, value in spec.attributes)
    value = None if spec.text is None else text(spec.text)
    if parent is None:
        node = Node(spec.name, attribute("xmlns", NS) + attributes, value)
    else:
        node = sub(parent, spec.name, attributes, value)
    for child in spec.children:
        _node(child, node)
    if parent is not None and spec.tail is not None:
        node.tail = text(spec.tail)
    return node


@pytest.mark.parametrize("pretty", [True, False])
@settings(max_examples=300, deadline=None)
@given(tree=trees)
def test_same_bytes_as_lxml(tree: Spec, pretty: bool) -> None:
    expected = etree.tostring(
        _lxml(tree, None), xml_declaration=True, encoding="UTF-8", pretty_print=pretty
    )
    expected = expected if expected.endswith(b"\n") else expected + b"\n"
    assert serialise(_node(tree, None), pretty=pretty) == expected


def test_indentation_stops_at_sixty_spaces_as_in_libxml2() -> None:
    spec = Spec("p", (), None, (), None)
    for _ in range(35):
        spec = Spec("q", (), None, (spec,), None)
    expected = etree.tostring(
        _lxml(spec, None), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    assert serialise(_node(spec, None)) == expected
    assert b"\n" + b" " * 60 + b"<q>" in expected


def test_escaping_matches_libxml2_exactly() -> None:
    root = Node("a", attribute("k", 'x&<>"\t\n\r\x01y'), text("x&<>\"'\t\n\r\x01y"))
    assert serialise(root, pretty=False) == (
        b"<?xml version='1.0' encoding='UTF-8'?>\n"
        b'<a k="x&amp;&lt;&gt;&quot;&#9;&#10;&#13;y">x&amp;&lt;&gt;"\'\t\n&#13;y</a>\n'
    )
