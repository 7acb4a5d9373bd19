"""Document kinds are told from the root element or the JSON keys."""

from __future__ import annotations

import pytest
from lxml import etree

from toolkit.errors import InputError, UnknownFormatError
from toolkit.validation.sniff import json_kind, ninjs_version, parse_kind, syntax, xml_kind


@pytest.mark.parametrize(
    ("markup", "kind"),
    [
        ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>', "newsml"),
        ('<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>', "newsml"),
        ('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>', "newsml"),
        ("<groupSet/>", "newsml"),
        ('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"/>', "nitf"),
        ("<nitf/>", "nitf"),
        ('<rss version="2.0"/>', "rss"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"/>', "atom"),
        ('<entry xmlns="http://www.w3.org/2005/Atom"/>', "atom"),
        ("<html/>", None),
        ('<newsItem xmlns="urn:other"/>', None),
    ],
)
def test_xml_kind(markup: str, kind: str | None) -> None:
    assert xml_kind(etree.fromstring(markup)) == kind


@pytest.mark.parametrize(
    ("document", "kind"),
    [
        ({"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}, "jsonfeed"),
        ({"schema_version": "1.0.0", "id": "a", "source": {}, "paragraphs": []}, "record"),
        ({"uri": "u", "standard": {"name": "ninjs", "version": "3.0"}}, "ninjs@3.0"),
        ({"uri": "u", "standard": {"name": "ninjs", "version": "3.2"}}, "ninjs@3.1"),
        ({"uri": "u", "$standard": {"name": "ninjs", "version": "1.4"}}, "ninjs@1.4"),
        ({"uri": "u", "versionCreated": "2025-01-20T14:05:00Z"}, "ninjs@3.1"),
        ({"uri": "u", "bodies": [{"contentType": "text/plain", "value": "x"}]}, "ninjs@3.1"),
        ({"uri": "u", "bodies": [{"contenttype": "text/plain", "value": "x"}]}, "ninjs@2.2"),
        ({"uri": "u", "headline": "x", "body_text": "y"}, "ninjs@1.6"),
        ({"uri": "u"}, "ninjs@3.1"),
        ({"title": "no kind"}, None),
        ([{"uri": "u"}], None),
    ],
)
def test_json_kind(document: object, kind: str | None) -> None:
    assert json_kind(document) == kind


def test_ninjs_version_of_plural_lower_case_keys() -> None:
    assert (
        ninjs_version({"uri": "u", "headlines": [{"value": "x"}], "versioncreated": "x"}) == "2.2"
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<?xml version="1.0"?><a/>', "xml"),
        (b"\xef\xbb\xbf  \n<a/>", "xml"),
        ("<a/>".encode("utf-16"), "xml"),
        (b'  {"uri": "u"}', "json"),
        (b"[1]", "json"),
    ],
)
def test_syntax(data: bytes, expected: str) -> None:
    assert syntax(data) == expected


def test_syntax_refuses_plain_text() -> None:
    with pytest.raises(InputError) as caught:
        syntax(b"PORT AVELIN, Jan 20 - Harbour pilots stopped work.")
    assert str(caught.value) == "not an XML or JSON document"


@pytest.mark.parametrize(
    ("name", "parsed"),
    [("newsml", ("newsml", None)), ("ninjs", ("ninjs", None)), ("ninjs@2.2", ("ninjs", "2.2"))],
)
def test_parse_kind(name: str, parsed: tuple[str, str | None]) -> None:
    assert parse_kind(name) == parsed


@pytest.mark.parametrize("name", ["ninjs@4.0", "newsml@2.35", "pdf"])
def test_parse_kind_refuses(name: str) -> None:
    with pytest.raises(UnknownFormatError, match="unknown document kind"):
        parse_kind(name)
