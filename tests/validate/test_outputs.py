"""Checks of our own output: one clear line naming where the document is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import InvalidDocumentError
from toolkit.validation.outputs import check_ninjs, check_record, check_xml

G2_HEAD = (
    b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1" '
    b'standard="NewsML-G2" standardversion="2.35" conformance="power">'
    b'<catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>'
    b'<itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/>'
    b"<versionCreated>2025-03-03T00:00:00Z</versionCreated></itemMeta>"
)


def test_record_error_names_json_path_and_problem() -> None:
    with pytest.raises(InvalidDocumentError) as caught:
        check_record({"schema_version": "1.0.0"})
    assert str(caught.value) == "record invalid at $: 'id' is a required property"


def test_ninjs_error_with_format_check(standards_dir: Path) -> None:
    with pytest.raises(InvalidDocumentError) as caught:
        check_ninjs(b'{"uri": "urn:x:1", "firstCreated": "yesterday"}', "3.1", standards_dir)
    assert (
        str(caught.value) == "ninjs 3.1 invalid at $.firstCreated: 'yesterday' is not a 'date-time'"
    )
    check_ninjs(b'{"uri": "urn:x:1"}', "3.1", standards_dir)


def test_ninjs_not_json(standards_dir: Path) -> None:
    with pytest.raises(InvalidDocumentError, match=r"^ninjs 2.2 is not JSON: Expecting value"):
        check_ninjs(b"<xml/>", "2.2", standards_dir)


def test_xml_error_names_the_line(standards_dir: Path) -> None:
    data = G2_HEAD + b"\n<contentMeta><language tag='en_GB'/></contentMeta></newsItem>"
    with pytest.raises(InvalidDocumentError, match=r"^newsml invalid at line 2: Element '\{http"):
        check_xml(data, "newsml", standards_dir)


def test_nitf_that_lost_its_namespace_is_caught(standards_dir: Path) -> None:
    # Valid for the XSD (inlineXML is lax), wrong for every NITF reader.
    data = (
        G2_HEAD
        + b'<contentSet><inlineXML contenttype="application/nitf+xml">'
        + b"<nitf><body/></nitf></inlineXML></contentSet></newsItem>"
    )
    with pytest.raises(InvalidDocumentError) as caught:
        check_xml(data, "newsml", standards_dir)
    assert str(caught.value) == (
        "newsml invalid at line 1: inlineXML must hold one nitf element in namespace "
        "http://iptc.org/std/NITF/2006-10-18/, found ['{http://iptc.org/std/nar/2006-10-01/}nitf']"
    )


def test_not_well_formed(standards_dir: Path) -> None:
    with pytest.raises(InvalidDocumentError, match=r"^nitf is not well-formed XML: "):
        check_xml(b"<nitf>", "nitf", standards_dir)
