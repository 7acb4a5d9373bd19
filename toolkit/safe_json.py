"""Parse untrusted JSON into plain Python values, or raise one :class:`InputError` saying why.

``json.loads`` alone lets hostile input escape as exceptions no caller expects: a document
nested 100,000 levels deep raises ``RecursionError``, an integer of more than 4,300 digits
``ValueError``, and a ``\\udfff`` escape yields a lone surrogate that only fails much later,
when the article is written out. Everything that comes out of :func:`loads` is safe to walk
recursively (nesting is capped well below Python's recursion limit, so jsonschema and our own
walkers keep headroom), to encode as UTF-8, and to write back as JSON (no NaN or Infinity).
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from toolkit.errors import InputError

# ninjs, our records and manifests nest a dozen levels at most; jsonschema spends several
# stack frames per level, so the cap keeps validation far from Python's recursion limit.
MAX_DEPTH = 64

_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def loads(data: bytes, what: str = "JSON") -> Any:
    """Decode UTF-8 JSON (with or without BOM); :class:`InputError` ``"not JSON: ..."`` when
    it is not, ``"JSON refused: ..."`` when it is but goes past what we read: nested deeper
    than :data:`MAX_DEPTH`, a number over Python's digit limit, a lone surrogate."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 {what}: {error.reason} at byte {error.start}") from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        reason = error.msg.removesuffix(" at")  # "Invalid control character at"
        raise InputError(
            f"not {what}: {reason} at line {error.lineno} column {error.colno}"
        ) from None
    except RecursionError:
        raise InputError(f"{what} refused: nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:  # NaN, Infinity; an integer over Python's digit limit
        if "Exceeds the limit" in str(error):
            digits = f"{sys.get_int_max_str_digits():,}"
            raise InputError(f"{what} refused: a number of more than {digits} digits") from None
        raise InputError(f"not {what}: {error}") from None
    _check(document, what)
    return document


def _check(document: Any, what: str) -> None:
    """Depth and lone surrogates, walked without recursion."""
    stack: list[tuple[Any, int, str]] = [(document, 1, "$")]
    while stack:
        value, depth, where = stack.pop()
        if isinstance(value, str):
            _check_string(value, where, what)
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            raise InputError(f"{what} refused: nested deeper than {MAX_DEPTH} levels (at {where})")
        if isinstance(value, dict):
            for key, item in value.items():
                place = f"{where}.{key}"
                _check_string(key, place, what)
                stack.append((item, depth + 1, place))
        else:
            stack.extend((item, depth + 1, f"{where}[{i}]") for i, item in enumerate(value))


def _check_string(value: str, where: str, what: str) -> None:
    found = _SURROGATE.search(value)
    if found is not None:
        # The location may itself hold the surrogate: say where with it escaped.
        place = where.encode("utf-8", "backslashreplace").decode("utf-8")
        raise InputError(
            f"{what} refused: unpaired surrogate \\u{ord(found[0]):04x} in a string (at {place})"
        )
