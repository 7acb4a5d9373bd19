"""Bytes to text: BOM-marked UTF-8/16/32, else UTF-8, else the encoding given, else a detected
one (Windows-1252, GB18030 or Big5, by charset-normalizer); binary and empty input refused.

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


# What a newsroom's wire copy comes in when it is not UTF-8: Western European (Windows-1252,
# a superset of Latin-1's printable characters), Simplified and Traditional Chinese. Detection
# among few candidates is both faster and far more reliable on short stories than among all.
DETECTED_ENCODINGS = ("cp1252", "gb18030", "big5")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # BOM removed, line endings LF
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-32", or a codec name: "cp1252" ...
    guessed: bool = False  # the encoding was detected, not marked (BOM), valid UTF-8 or given


def decode(raw: bytes, max_bytes: int, encoding: str | None = None) -> Decoded:
    """Decode one article file, or raise :class:`InputError` saying why it is not text.

    A BOM wins; else valid UTF-8 is UTF-8; else ``encoding`` (``--encoding``) if given; else
    the likeliest of :data:`DETECTED_ENCODINGS`, marked ``guessed``.
    """
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
        return Decoded(_checked(_lf(raw.decode("utf-8"))), "utf-8")
    except UnicodeDecodeError as utf8_error:
        if encoding is not None:
            return Decoded(_checked(_lf(_decode_given(raw, encoding))), codec_name(encoding))
        found = _detect(raw)
        if found is None:
            raise InputError(
                f"cannot decode as UTF-8 (invalid byte 0x{raw[utf8_error.start]:02x} at offset "
                f"{utf8_error.start}) nor as {', '.join(DETECTED_ENCODINGS)}; "
                "name the encoding with --encoding"
            ) from None
        return Decoded(_checked(_lf(found[1])), found[0], guessed=True)


def codec_name(encoding: str) -> str:
    """Python's name of an encoding (``latin-1`` -> ``iso8859-1``); :class:`InputError` if
    there is no such encoding."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None


def _decode_given(raw: bytes, encoding: str) -> str:
    name = codec_name(encoding)
    try:
        return raw.decode(name)
    except UnicodeDecodeError as error:
        raise InputError(
            f"cannot decode as {name} (--encoding): invalid byte 0x{raw[error.start]:02x} at "
            f"offset {error.start}"
        ) from None


def _detect(raw: bytes) -> tuple[str, str] | None:
    """The likeliest encoding among :data:`DETECTED_ENCODINGS` and the text, or None."""
    from charset_normalizer import from_bytes  # only input that is not UTF-8 pays for it

    best = from_bytes(raw, cp_isolation=list(DETECTED_ENCODINGS)).best()
    if best is None:
        return None
    name = codec_name(best.encoding)
    try:
        return name, raw.decode(name)
    except UnicodeDecodeError:
        return None


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
