"""Hostile XML is refused fast, through `toolkit validate` and through the readers.

Each document in tests/fixtures/hostile/ would expand entities, fetch a file or a URL, or nest
100,000 levels deep. Each must be refused within a second with a one-line message, and nothing
may be read from disk or network: a local HTTP listener sees no connection, and a secret file
never shows up in any output.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from toolkit.cli import cli
from toolkit.errors import UnsafeXMLError
from toolkit.readers import ReaderOptions, get_reader, sniff_format
from toolkit.safe_xml import parse_xml
from toolkit.validation import validate_document

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
ENTITIES = "unsafe XML: DOCTYPE with entity declarations refused (entities are not expanded)"
DEEP = "unsafe XML: nesting deeper than 256 levels refused"
EXPECTED = {
    "billion_laughs.xml": ENTITIES,
    "quadratic_blowup.xml": ENTITIES,
    "external_entity_file.xml": ENTITIES,
    "external_entity_url.xml": ENTITIES,
    "external_dtd_parameter_entity.xml": ENTITIES,
    "deep_nesting.xml": DEEP,
}


def test_every_fixture_is_covered() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.xml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parse_refuses_within_a_second(name: str) -> None:
    data = (HOSTILE / name).read_bytes()
    started = time.perf_counter()
    with pytest.raises(UnsafeXMLError) as caught:
        parse_xml(data)
    assert time.perf_counter() - started < 1.0
    assert str(caught.value) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_document_refuses(standards_dir: Path, name: str) -> None:
    with pytest.raises(UnsafeXMLError) as caught:
        validate_document((HOSTILE / name).read_bytes(), name, None, standards_dir)
    assert str(caught.value) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("reader", ["newsmlg2", "nitf"])
def test_readers_refuse(name: str, reader: str) -> None:
    started = time.perf_counter()
    with pytest.raises(UnsafeXMLError) as caught:
        get_reader(reader)((HOSTILE / name).read_bytes(), ReaderOptions(source_path=name))
    assert time.perf_counter() - started < 1.0
    assert str(caught.value) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_convert_path_sniffs_xml_then_refuses(name: str) -> None:
    data = (HOSTILE / name).read_bytes()
    fmt = sniff_format(data, name)
    assert fmt in ("newsmlg2", "nitf")
    with pytest.raises(UnsafeXMLError):
        get_reader(fmt)(data, ReaderOptions(source_path=name))


def test_cli_refuses_each_with_one_line_and_exit_2(standards_dir: Path) -> None:
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["validate", "--schema-dir", str(standards_dir), str(HOSTILE)])
    assert time.perf_counter() - started < 1.0 * len(EXPECTED)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        *(f"{HOSTILE / name}: {message}" for name, message in sorted(EXPECTED.items())),
        f"{len(EXPECTED)} documents: 0 valid, 0 invalid, {len(EXPECTED)} unreadable",
    ]


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A TCP port on localhost that records whether anyone connected."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.setblocking(False)
    yield server
    server.close()


def _connected(server: socket.socket) -> bool:
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


def test_external_entity_to_a_local_url_makes_no_connection(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM "http://127.0.0.1:{port}/x">]>'
        "\n<nitf><body><body.content><p>&x;</p></body.content></body></nitf>\n"
    ).encode()
    with pytest.raises(UnsafeXMLError):
        get_reader("nitf")(data, ReaderOptions())
    assert _connected(listener) is False


def test_external_dtd_is_never_loaded_from_url(listener: socket.socket) -> None:
    """A DOCTYPE naming only an external DTD is tolerated, but the DTD is not fetched."""
    port = listener.getsockname()[1]
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "http://127.0.0.1:{port}/nitf.dtd">\n'
        "<nitf><body><body.content><p>Quiet harbour.</p></body.content></body></nitf>\n"
    ).encode()
    article = get_reader("nitf")(data, ReaderOptions())
    assert [p.text for p in article.paragraphs] == ["Quiet harbour."]
    assert _connected(listener) is False


def test_external_dtd_is_never_read_from_disk(tmp_path: Path) -> None:
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY leak "TOP-SECRET-PAYROLL">')
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "{secret.as_uri()}">\n'
        "<nitf><body><body.content><p>Pay: &leak;.</p></body.content></body></nitf>\n"
    ).encode()
    # The DTD is not loaded, so the reference would stay an unexpanded entity node and its
    # text be dropped without a word: it is refused, and the secret shows up nowhere.
    for read in (parse_xml, lambda d: get_reader("nitf")(d, ReaderOptions())):
        with pytest.raises(UnsafeXMLError) as caught:
            read(data)
        assert str(caught.value) == (
            "unsafe XML: entity reference &leak; on line 3 refused (declared, if at all, in an "
            "external DTD, which is never loaded; write the character or a character reference)"
        )


def test_utf16_document_with_entities_is_refused() -> None:
    data = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'
    with pytest.raises(UnsafeXMLError, match="entity declarations"):
        parse_xml(data.encode("utf-16"))


def test_internal_subset_without_entities_is_refused() -> None:
    with pytest.raises(UnsafeXMLError) as caught:
        parse_xml(b"<!DOCTYPE a [<!ELEMENT a ANY>]><a/>")
    assert str(caught.value) == (
        "unsafe XML: DOCTYPE with an internal DTD subset refused (entities are not expanded)"
    )


def test_size_limit() -> None:
    with pytest.raises(UnsafeXMLError) as caught:
        parse_xml(b"<a>" + b"x" * 100 + b"</a>", max_bytes=50)
    assert str(caught.value) == "unsafe XML: document is 107 bytes, over the 50-byte limit"


def test_lower_depth_limit() -> None:
    assert parse_xml(b"<a><b><c/></b></a>", max_depth=3).getroot().tag == "a"
    with pytest.raises(UnsafeXMLError) as caught:
        parse_xml(b"<a><b><c/></b></a>", max_depth=2)
    assert str(caught.value) == "unsafe XML: nesting deeper than 2 levels refused"


_PROLOG_ITEMS = st.sampled_from(
    [" ", "\n", "\t", "<!-- wire note -->", "<?xml-stylesheet href='a.xsl'?>", "<!-- a > b -->"]
)


@given(prolog=st.lists(_PROLOG_ITEMS, max_size=6), name=st.sampled_from(["nitf", "newsItem"]))
def test_internal_subset_is_refused_after_any_prolog(prolog: list[str], name: str) -> None:
    data = (
        '<?xml version="1.0"?>' + "".join(prolog) + f'<!DOCTYPE {name} [<!ENTITY e "x">]>'
        f"<{name}>&e;</{name}>"
    ).encode()
    with pytest.raises(UnsafeXMLError):
        parse_xml(data)


@given(
    prolog=st.lists(_PROLOG_ITEMS, max_size=6), text=st.text(alphabet="abc <>&;!-[]", max_size=20)
)
def test_documents_without_doctype_are_never_refused(prolog: list[str], text: str) -> None:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    data = ('<?xml version="1.0"?>' + "".join(prolog) + f"<p>{escaped}</p>").encode()
    assert parse_xml(data).getroot().text == (text or None)


def test_the_usual_nitf_doctype_is_accepted() -> None:
    data = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://www.iptc.org/std/NITF/3.6/nitf-3-6.dtd">\n'
        b"<nitf><body><body.content><p>Calm seas.</p></body.content></body></nitf>\n"
    )
    article = get_reader("nitf")(data, ReaderOptions())
    assert article.text == "Calm seas."


@pytest.mark.parametrize(
    "doctype",
    [b"<!DOCTYPE>", b"<!DOCTYPE nitf SYSTEM>", b'<!DOCTYPE nitf SYSTEM "a.dtd" junk>'],
)
def test_malformed_doctype_is_refused(doctype: bytes) -> None:
    with pytest.raises(UnsafeXMLError) as caught:
        parse_xml(doctype + b"<nitf/>")
    assert str(caught.value) == "unsafe XML: malformed or unsupported DOCTYPE declaration refused"
