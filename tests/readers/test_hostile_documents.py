"""Hostile documents the readers and the validator refuse with one line, never an exception.

Each case is a class of input a fault campaign found escaping as a traceback (deep JSON, huge
integers, lone surrogates, Unicode digits as a version, unexpanded entity references), as a
hang (the format sniffer's prolog scan), or read silently as something it is not (UTF-7 and
UTF-32 XML, a dateline with no story, XML in a .txt file).
"""

from __future__ import annotations

import codecs
import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import safe_json
from toolkit.errors import InputError, UnsafeXMLError
from toolkit.readers import ReaderOptions, get_reader, sniff_format
from toolkit.readers.assembly import Run, _normalised_runs, normalise
from toolkit.readers.ninjs import read_ninjs
from toolkit.readers.text import read_text
from toolkit.safe_xml import parse_xml
from toolkit.validation import validate_document

ENCODING_REFUSED = (
    "unsafe XML: {} encoding refused before parsing (read: UTF-8, UTF-16, and ASCII-compatible "
    "legacy encodings such as ISO-8859-1, Windows-1252, GB18030, Big5)"
)
NITF = (
    "<nitf><body><body.head><hedline><hl1>Pilots walk out</hl1></hedline></body.head>"
    "<body.content><p>PORT AVELIN, Jan 20 - Pilots stopped work.</p></body.content></body></nitf>"
)
STORY = b'"bodies": [{"contentType": "text/plain", "value": "Pilots stopped work."}]'


def _nested(depth: int) -> bytes:
    return b'{"uri": "urn:x", "x": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_nested(100_000), "JSON refused: nested deeper than 64 levels"),
        (_nested(990), "JSON refused: nested deeper than 64 levels"),
        (_nested(64), "JSON refused: nested deeper than 64 levels (at $.x" + "[0]" * 63 + ")"),
        (b'{"n": ' + b"1" * 4301 + b"}", "JSON refused: a number of more than 4,300 digits"),
        (b'{"n": NaN}', "not JSON: NaN is not a JSON value"),
        (b'{"n": -Infinity}', "not JSON: -Infinity is not a JSON value"),
        (b'{"uri": "\\udfff"}', "JSON refused: unpaired surrogate \\udfff in a string (at $.uri)"),
        (b'{"\\ud800": 1}', "JSON refused: unpaired surrogate \\ud800 in a string (at $.\\ud800)"),
        (b'{"a": "\xff"}', "not UTF-8 JSON: invalid start byte at byte 7"),
    ],
)
def test_safe_json_refuses_with_one_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        safe_json.loads(data)
    assert str(caught.value) == message


def test_safe_json_keeps_what_json_keeps() -> None:
    document = b'{"a": [1, 2.5, 1e400, "\\ud83d\\ude00", null, true], "b": ' + b"[" * 62 + b"]" * 62
    assert safe_json.loads(document + b"}")["a"][3] == "\U0001f600"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_nested(100_000), "ninjs document refused: nested deeper than 64 levels"),
        (b'{"uri": "urn:x", "n": ' + b"9" * 4301 + b"}", "ninjs document refused: a number of "
         "more than 4,300 digits"),
        (b'{"uri": "\\udfff"}', "ninjs document refused: unpaired surrogate \\udfff in a string "
         "(at $.uri)"),
    ],
)  # fmt: skip
def test_ninjs_reader_refuses(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_ninjs(data, ReaderOptions())
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("version", "expected"),
    [("²", 1), ("٣", 1), ("9" * 4301, 1), ("0", 1), ("3", 3), (" 4 ", 4), (7, 1)],
)
def test_ninjs_version_only_ascii_digits(version: object, expected: int) -> None:
    data = json.dumps({"uri": "urn:x", "version": version}).encode()[:-1] + b", " + STORY + b"}"
    assert read_ninjs(data, ReaderOptions()).version == expected


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE a +AFs-+ADw-!ENTITY e "x"+AD4-'
         b"+AF0-+AD4-+ADw-a+AD4-+ACY-e;+ADw-/a+AD4-", "UTF-7"),
        (f'<?xml version="1.0" encoding="UTF-32"?>{NITF}'.encode("utf-32"), "UTF-32"),
        (NITF.encode("utf-32-le"), "UTF-32"),
        (NITF.encode("utf-32-be"), "UTF-32"),
        ('<?xml version="1.0"?><a/>'.encode("cp500"), "EBCDIC"),
        (b"<?xml version='1.0' encoding='ebcdic-cp-us'?><a/>", "ebcdic-cp-us"),
        (b'<?xml version="1.0" encoding="ISO-2022-JP"?><a/>', "ISO-2022-JP"),
        (b'<?xml version="1.0" encoding="x-no-such"?><a/>', "x-no-such"),
        ('<?xml version="1.0" encoding="UTF-7"?><a/>'.encode("utf-16"), "UTF-7"),
    ],
)  # fmt: skip
def test_xml_encodings_we_do_not_read_are_refused_before_parsing(data: bytes, name: str) -> None:
    for read in (
        parse_xml,
        lambda d: get_reader("nitf")(d, ReaderOptions()),
        lambda d: get_reader("newsmlg2")(d, ReaderOptions()),
    ):
        with pytest.raises(UnsafeXMLError) as caught:
            read(data)
        assert str(caught.value) == ENCODING_REFUSED.format(name)


@pytest.mark.parametrize(
    "data",
    [
        NITF.encode(),
        codecs.BOM_UTF8 + NITF.encode(),
        f'<?xml version="1.0" encoding="UTF-16"?>{NITF}'.encode("utf-16"),
        f'<?xml version="1.0" encoding="UTF-16LE"?>{NITF}'.encode("utf-16-le"),
        f'<?xml version="1.0" encoding="iso-8859-1"?>{NITF}'.encode("latin-1"),
        f"<?xml version='1.0' encoding='windows-1252'?>{NITF}".encode("cp1252"),
        f'<?xml version="1.0" encoding="GB18030"?>{NITF}'.encode("gb18030"),
    ],
)
def test_xml_encodings_we_read(data: bytes) -> None:
    assert get_reader("nitf")(data, ReaderOptions()).headline is not None


def test_utf32_xml_is_sniffed_as_xml_and_refused_not_read_as_text() -> None:
    data = f'<?xml version="1.0" encoding="UTF-32"?>{NITF}'.encode("utf-32")
    assert sniff_format(data, "story.xml") == "newsmlg2"
    assert sniff_format(data, "story.txt") == "newsmlg2"
    # UTF-32 plain text is still text
    assert sniff_format("PORT AVELIN, Jan 20 - Pilots.".encode("utf-32"), "a.txt") == "text"


@pytest.mark.parametrize("spaces", [40, 4000, 1_000_000])
def test_sniff_is_linear_in_the_prolog(spaces: int) -> None:
    for data in (
        b"<?x?>" + b" " * spaces + b"!",
        b"<!--" + b"-" * spaces,
        b"<!DOCTYPE a [" + b"[" * spaces,
        b"<?xml?>" + b"<!-- -->" * spaces + b"<nitf/>",
    ):
        started = time.perf_counter()
        sniff_format(data, "r.xml")
        assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<?xml version="1.0"?>\n<nitf><body/></nitf>\n', "nitf"),
        (b"<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'/>", "newsmlg2"),
        (b"<!DOCTYPE nitf SYSTEM 'nitf.dtd'><nitf/>", "nitf"),
        (b"<rss version='2.0'><channel/></rss>", "newsmlg2"),
        (b'{"uri": "urn:x"}\n', "ninjs"),
        (b"<b>Bold</b> claims, the minister said.", "text"),
        (b"<nitf> is how the desk spells it.", "text"),
        (b"{Advisory} PORT AVELIN, Jan 20 - Pilots.", "text"),
        (b"{Advisory} PORT AVELIN, Jan 20 - Pilots {END}", "text"),
        (b'  {\n  "uri": "urn:x"\n}', "ninjs"),
        (b"PORT AVELIN, Jan 20 - Pilots <stopped> work.", "text"),
    ],
)
def test_a_txt_file_is_sniffed_by_content(data: bytes, expected: str) -> None:
    assert sniff_format(data, "story.txt") == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("BEIJING, March 3 (Xinhua) --\n", "a dateline (BEIJING, March 3 (Xinhua) --)"),
        ("\n\n  PORT AVELIN, Jan 20 (Reuters) -  \n\n", "a dateline (PORT AVELIN, Jan 20 "
         "(Reuters) -)"),
        ("By Meredith Jameson\n", "a byline (Meredith Jameson)"),
        ("Pilots walk out\n\nPORT AVELIN, Jan 20 (Reuters) -\n", "a headline (Pilots walk out), "
         "a dateline (PORT AVELIN, Jan 20 (Reuters) -)"),
    ],
)  # fmt: skip
def test_a_head_without_a_story_is_no_article(text: str, held: str) -> None:
    with pytest.raises(InputError) as caught:
        read_text(text.encode(), ReaderOptions())
    assert str(caught.value) == (
        f"no story text after the head: the file holds {held} and no paragraph"
    )


RUN_TEXT = st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\u00a0", "\u2003", "“"]))


@given(st.lists(st.tuples(RUN_TEXT, st.booleans()), max_size=8))
def test_runs_join_as_normalised_text_with_quotes_in_place(parts: list[tuple[str, bool]]) -> None:
    runs = [Run(text, quote=quote) for text, quote in parts]
    text, placed = _normalised_runs(runs)
    assert text == normalise("".join(text for text, _ in parts))
    quoted = [run for run in runs if run.quote and run.text.strip()]
    assert [run for _, _, run in placed] == quoted
    for start, end, run in placed:
        assert text[start:end] == normalise(run.text)


def test_a_five_megabyte_paragraph_is_read_in_linear_time() -> None:
    words = "word " * 1_000_000
    data = json.dumps(
        {"uri": "urn:x", "bodies": [{"contentType": "text/html", "value": f"<p>{words}</p>"}]}
    ).encode()
    started = time.perf_counter()
    article = read_ninjs(data, ReaderOptions())
    assert len(article.paragraphs) == 1
    assert time.perf_counter() - started < 20  # was quadratic-looking at 27 s under profiling


@pytest.mark.parametrize(
    "data",
    [
        NITF.encode("utf-32-be"),
        codecs.BOM_UTF32_BE + NITF.encode("utf-32-be"),
        NITF.encode("utf-32"),
        '<?xml version="1.0"?><nitf/>'.encode("cp500"),
    ],
)
def test_validate_names_the_encoding_it_refuses(data: bytes) -> None:
    with pytest.raises(UnsafeXMLError, match=r"^unsafe XML: (UTF-32|EBCDIC) encoding refused"):
        validate_document(data, "a.xml")
