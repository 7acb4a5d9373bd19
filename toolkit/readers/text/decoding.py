"""Bytes to text: BOM-marked UTF-8/16/32, else UTF-8, else GB18030; binary and empty input refused.

The decoded text keeps every character of the source except the BOM; line endings become LF so
that line numbers match what an editor shows. Characters XML 1.0 forbids are kept (spans stay
valid); the XML writers drop them and the record says so.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from toolkit.errors import InputError

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# C0 controls that never occur in text files (tab, LF, VT, FF, CR and ESC do).
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_SAMPLE = 8192
_BINARY_RATIO = 0.1


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # BOM removed, line endings LF
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030"


def decode(raw: bytes, max_bytes: int) -> Decoded:
    """Decode one article file, or raise :class:`InputError` saying why it is not text."""
    if len(raw) > max_bytes:
        raise InputError(f"input is {len(raw):,} bytes, over the {max_bytes:,} byte limit")
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            text = _decode_as(raw[len(bom) :], codec, name)
            if _looks_binary_text(text):
                raise InputError("binary file, not text")
            return Decoded(_checked(_lf(text)), name)
    if _looks_binary_bytes(raw):
        raise InputError("binary file, not text")
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                f"cannot decode as UTF-8 (invalid byte 0x{raw[utf8_error.start]:02x} at offset "
                f"{utf8_error.start}) nor as GB18030"
            ) from None
        encoding = "gb18030"
    return Decoded(_checked(_lf(text)), encoding)


def decode_str(text: str, max_bytes: int) -> tuple[bytes, Decoded]:
    """Text given as ``str``: its UTF-8 bytes (for the checksum) and the text as a file would be."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            f"text is not valid Unicode (unpaired surrogate at offset {error.start})"
        ) from None
    if len(raw) > max_bytes:
        raise InputError(f"input is {len(raw):,} bytes, over the {max_bytes:,} byte limit")
    if _looks_binary_text(text):
        raise InputError("binary file, not text")
    return raw, Decoded(_checked(_lf(text.removeprefix("\ufeff"))), "utf-8")


def _decode_as(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"cannot decode as {name.upper()} despite its byte order mark "
            f"({error.reason} at offset {error.start})"
        ) from None


def _lf(text: str) -> str:
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _checked(text: str) -> str:
    if not text.strip():
        raise InputError("empty article")
    return text


def _looks_binary_bytes(raw: bytes) -> bool:
    if b"\x00" in raw:
        return True
    sample = raw[:_BINARY_SAMPLE]
    if _BINARY_BYTES.search(sample) is None:
        return False
    return len(_BINARY_BYTES.findall(sample)) > _BINARY_RATIO * max(len(sample), 1)


def _looks_binary_text(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:_BINARY_SAMPLE]
    if _BINARY_CHARS.search(sample) is None:
        return False
    return len(_BINARY_CHARS.findall(sample)) > _BINARY_RATIO * max(len(sample), 1)
