"""The one-walk G2 scan: the QCodes it collects; its shortcut for clean items hides nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit.validation.semantics import g2_findings, scan_g2
from toolkit.validation.xml_documents import Locator

NAR = "http://iptc.org/std/nar/2006-10-01/"
CATALOG = "catalog.IPTC-G2-Standards_41.xml"
DECLARED = frozenset({"ninat", "cpnat", "stat", "drol"})

ITEM = f"""<newsItem xmlns="{NAR}" xmlns:x="urn:example:x" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/{CATALOG}"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <creator type="cpnat:person" role="crol:author crol:editor" x:qcode="wxyz:1"/>
    <subject type="cpnat:person" qcode="cpnat:person" literal="Ana Ruiz"/>
  </contentMeta>
  <contentSet>
    <inlineXML><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" type="abcd:1"/></inlineXML>
  </contentSet>
</newsItem>"""


def alias_findings(text: str) -> list[tuple[str, int | None, int | None, str]]:
    data = text.encode()
    scan = scan_g2(etree.fromstring(data))
    findings = g2_findings(scan, "item.xml", Locator(data, "utf-8"), {CATALOG: DECLARED})
    return [(f.code, f.line, f.column, f.message) for f in findings if f.code == "V200"]


def test_scan_collects_distinct_qcode_values_of_g2_elements_only() -> None:
    # Not collected: a prefixed attribute (x:qcode) and the NITF element's type.
    scan = scan_g2(etree.fromstring(ITEM.encode()))
    assert scan.qcode_values == {
        "ninat:text",
        "stat:usable",
        "cpnat:person",
        "crol:author crol:editor",
    }
    assert [etree.QName(ref).localname for ref in scan.catalog_refs] == ["catalogRef"]
    assert scan.catalog_names == [CATALOG]


def test_undeclared_alias_in_a_list_is_reported_once_at_its_element() -> None:
    assert alias_findings(ITEM) == [
        (
            "V200",
            8,
            5,
            "QCode alias 'crol' (role=\"crol:author\") is not declared in the referenced "
            f"catalog {CATALOG}",
        )
    ]


def test_declared_aliases_only_give_no_finding() -> None:
    assert alias_findings(ITEM.replace("crol:", "drol:")) == []


ALIASES = st.sampled_from(["ninat", "cpnat", "stat", "drol", "crol", "zzzz"])
QCODE = st.builds(lambda alias, code: f"{alias}:{code}", ALIASES, st.sampled_from(["a", "b1"]))
VALUE = st.one_of(
    QCODE,
    st.lists(QCODE, min_size=1, max_size=3).map(" ".join),
    st.sampled_from(["plain", "http://example.com/x"]),
)
ATTRIBUTE = st.sampled_from(["qcode", "type", "role", "rel", "literal", "href", "why"])
ELEMENTS = st.lists(st.dictionaries(ATTRIBUTE, VALUE, max_size=3), min_size=1, max_size=8)


def reference_findings(elements: list[dict[str, str]]) -> list[tuple[int, str]]:
    """(line, alias) of the first use of each undeclared alias in a QCode-typed attribute."""
    qcode_typed = {"qcode", "type", "role", "rel", "why"}
    seen: set[str] = set()
    found: list[tuple[int, str]] = []
    for line, attributes in enumerate(elements, start=2):
        for name, value in attributes.items():
            if name not in qcode_typed:
                continue
            for qcode in value.split():
                alias, colon, _ = qcode.partition(":")
                if colon and alias not in DECLARED and alias not in seen:
                    seen.add(alias)
                    found.append((line, alias))
    return found


@settings(max_examples=200, deadline=None)
@given(ELEMENTS)
def test_alias_findings_match_a_plain_walk(elements: list[dict[str, str]]) -> None:
    lines = [f'<newsItem xmlns="{NAR}"><catalogRef href="{CATALOG}"/>']
    for attributes in elements:
        rendered = "".join(f' {name}="{value}"' for name, value in attributes.items())
        lines.append(f"<subject{rendered}/>")
    data = ("\n".join(lines) + "</newsItem>").encode()
    scan = scan_g2(etree.fromstring(data))
    findings = g2_findings(scan, "item.xml", Locator(data, "utf-8"), {CATALOG: DECLARED})
    assert [(f.line, f.match) for f in findings if f.code == "V200"] == reference_findings(elements)
