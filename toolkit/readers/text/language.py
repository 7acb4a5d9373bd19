"""The article's language (BCP 47) from the scripts its letters are written in."""

from __future__ import annotations

import re
from functools import cache

_SAMPLE = 4000
_CJK = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


@cache
def _scripts() -> dict[str, re.Pattern[str]]:
    """Han, kana, Hangul and Latin letters: compiled only when a story has CJK characters,
    which most English copy has not (the four cost a third of this module's import)."""
    return {
        "zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
        "ja": re.compile(r"[\u3040-\u30ff]"),
        "ko": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
        "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    }


def detect_language(text: str) -> str:
    """ "zh", "ja" or "ko" when CJK characters outnumber Latin letters; else "en"."""
    sample = text[:_SAMPLE]
    if sample.isascii() or _CJK.search(sample) is None:
        return "en"
    scripts = _scripts()
    latin = len(scripts["latin"].findall(sample))
    counts = {code: len(scripts[code].findall(sample)) for code in ("zh", "ja", "ko")}
    if sum(counts.values()) <= latin:
        return "en"
    if counts["ja"]:
        return "ja"  # Japanese mixes kana with Han; Chinese has no kana
    return max(counts, key=lambda code: counts[code])
