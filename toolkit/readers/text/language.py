"""The article's language (BCP 47) from the scripts its letters are written in."""

from __future__ import annotations

import re

_SAMPLE = 4000
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_CJK = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def detect_language(text: str) -> str:
    """ "zh", "ja" or "ko" when CJK characters outnumber Latin letters; else "en"."""
    sample = text[:_SAMPLE]
    if sample.isascii() or _CJK.search(sample) is None:
        return "en"
    latin = len(_LATIN.findall(sample))
    counts = {
        "zh": len(_HAN.findall(sample)),
        "ja": len(_KANA.findall(sample)),
        "ko": len(_HANGUL.findall(sample)),
    }
    if sum(counts.values()) <= latin:
        return "en"
    if counts["ja"]:
        return "ja"  # Japanese mixes kana with Han; Chinese has no kana
    return max(counts, key=lambda code: counts[code])
