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
    assert (decoded.encoding, decoded.guessed) == ("gb18030", True)


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


def test_undecodable_bytes_name_the_offset_and_the_way_out() -> None:
    with pytest.raises(InputError) as error:
        decode(b"caf\x81 au lait\xff", LIMIT)  # 0x81: not Windows-1252, 0xff: not GB18030/Big5
    assert str(error.value) == (
        "cannot decode as UTF-8 (invalid byte 0x81 at offset 3) nor as cp1252, gb18030, big5; "
        "name the encoding with --encoding"
    )


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("PARIS, May 3 (AFP) -- Cafés in Orléans reopened on Monday.\n", "latin-1", "cp1252"),
        ("PARIS, May 3 (AFP) -- “Cafés” in Orléans reopened – at last.\n", "cp1252", "cp1252"),
        ("BERLIN, 3. Mai (dpa) -- Die Grüne Woche öffnet ihre Türen.\n", "cp1252", "cp1252"),
        ("中新社乌镇11月9日电（记者 王逸飞）世界互联网大会在乌镇开幕。\n", "gb18030", "gb18030"),
        ("北京电 会议开幕。\n", "gb18030", "gb18030"),
        ("中央社台北3日電）行政院今天宣布，颱風期間學校停課。\n", "big5", "big5"),
    ],
    ids=["latin-1", "windows-1252", "german", "gb18030", "gb18030-short", "big5"],
)
def test_encoding_is_detected_and_marked_as_a_guess(text: str, codec: str, expected: str) -> None:
    decoded = decode(text.encode(codec), LIMIT)
    assert (decoded.text, decoded.encoding, decoded.guessed) == (text, expected, True)


def test_given_encoding_is_used_and_is_no_guess() -> None:
    text = "MOSCOW, May 3 -- Привет\n"
    decoded = decode(text.encode("koi8-r"), LIMIT, "KOI8-R")
    assert (decoded.text, decoded.encoding, decoded.guessed) == (text, "koi8-r", False)
    with pytest.raises(InputError, match=r"^cannot decode as ascii \(--encoding\): invalid byte"):
        decode("café".encode("latin-1"), LIMIT, "ascii")


def test_utf8_and_bom_are_never_guesses() -> None:
    assert decode(LINE.encode(), LIMIT).guessed is False
    assert decode(codecs.BOM_UTF8 + LINE.encode(), LIMIT, "cp1252").encoding == "utf-8-sig"


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


