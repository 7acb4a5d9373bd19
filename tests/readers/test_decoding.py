"""Bytes to text: encodings, BOMs, line endings, and the inputs that are refused."""

from __future__ import annotations

import codecs

import pytest

from toolkit.errors import InputError
from toolkit.readers.text.decoding import (
    decode,
    decode_str,
)

LIMIT = 1_000_000
LINE = "BEIJING, Feb. 2 (Xinhua) -- Talks opened in Beijing.\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (LINE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + LINE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + LINE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + LINE.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + LINE.encode("utf-32-le"), "utf-32"),
    ],
)
def test_decodes_utf_with_and_without_bom(raw: bytes, encoding: str) -> None:
    decoded = decode(raw, LIMIT)
    assert decoded.text == LINE
    assert decoded.encoding == encoding


def test_decodes_gb18030_when_the_bytes_are_not_utf8() -> None:
    text = "中新社乌镇11月9日电（记者 王逸飞）2022年世界互联网大会在乌镇开幕。\n"
    decoded = decode(text.encode("gb18030"), LIMIT)
    assert decoded.text == text
    assert decoded.encoding == "gb18030"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"one\r\ntwo\r\n", "one\ntwo\n"),
        (b"one\rtwo\r", "one\ntwo\n"),
        (b"one\r\n\r\ntwo", "one\n\ntwo"),
        (b"one\r\r\ntwo", "one\n\ntwo"),
    ],
)
def test_line_endings_become_lf(raw: bytes, text: str) -> None:
    assert decode(raw, LIMIT).text == text


def test_keeps_tabs_no_break_spaces_and_full_width_punctuation() -> None:
    text = "\tWUZHEN,\u00a0China（AP）：“Text”，more。\n"
    assert decode(text.encode("utf-8"), LIMIT).text == text


@pytest.mark.parametrize("raw", [b"", b"   ", b"\n\n\t \r\n", codecs.BOM_UTF8 + b" \n"])
def test_empty_or_blank_input_is_refused(raw: bytes) -> None:
    with pytest.raises(InputError, match=r"^empty article$"):
        decode(raw, LIMIT)


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"text with a NUL\x00 byte",
        bytes(range(1, 9)) * 50,
        b"PK\x03\x04\x14\x00\x06\x00",
    ],
)
def test_binary_input_is_refused(raw: bytes) -> None:
    with pytest.raises(InputError, match=r"^binary file, not text$"):
        decode(raw, LIMIT)


def test_utf16_without_bom_reads_as_binary() -> None:
    with pytest.raises(InputError, match=r"^binary file, not text$"):
        decode(LINE.encode("utf-16-le"), LIMIT)


def test_undecodable_bytes_name_the_offset() -> None:
    with pytest.raises(InputError) as error:
        decode(b"caf\xe9 au lait\xff", LIMIT)
    assert str(error.value) == (
        "cannot decode as UTF-8 (invalid byte 0xe9 at offset 3) nor as GB18030"
    )


def test_truncated_utf16_is_refused() -> None:
    with pytest.raises(InputError, match=r"^cannot decode as UTF-16 despite its byte order mark"):
        decode(codecs.BOM_UTF16_LE + b"a\x00b", LIMIT)


def test_input_over_the_limit_is_refused_before_decoding() -> None:
    with pytest.raises(InputError) as error:
        decode(b"x" * 101, 100)
    assert str(error.value) == "input is 101 bytes, over the 100 byte limit"


def test_str_input_is_checked_like_bytes() -> None:
    raw, decoded = decode_str("\ufeffone\r\ntwo", LIMIT)
    assert raw == "\ufeffone\r\ntwo".encode()
    assert decoded.text == "one\ntwo"
    assert decoded.encoding == "utf-8"
    with pytest.raises(InputError, match="unpaired surrogate at offset 3"):
        decode_str("abc\ud800", LIMIT)
    with pytest.raises(InputError, match=r"^empty article$"):
        decode_str(" \n", LIMIT)


