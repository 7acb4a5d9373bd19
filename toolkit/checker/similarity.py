"""When two spellings of a name are one name: edit distance, Jaro-Winkler, transliterations."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Spellings that transliteration systems swap for the same sound (checker.md V2).
ALTERNATIONS: tuple[tuple[str, str], ...] = (
    ("q", "que"),
    ("ic", "ich"),
    ("kh", "h"),
    ("ou", "u"),
    ("ov", "off"),
    ("ev", "eff"),
    ("al-", "el-"),
    ("ph", "f"),
    ("ei", "ey"),
)
# Alternations that change a word's first letter; other pairs must share the initial.
_INITIAL_SWAPS = ("kh", "h", "ph", "f", "al-", "el-", "ou", "u", "ei", "ey")


def fold_uncached(text: str) -> str:
    """Casefolded, accents removed, possessive dropped: the key two spellings are compared on.

    For words met once each, as across a large batch, where a cache would only churn.
    """
    if text.isascii():
        lowered = text.lower()
        return lowered[:-2] if lowered.endswith("'s") else lowered
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for suffix in ("'s", "’s"):
        if plain.endswith(suffix):
            plain = plain[: -len(suffix)]
    return plain.replace("’", "'")


# Rules fold the same few dozen words of an article over and over.
fold = lru_cache(maxsize=65536)(fold_uncached)


def levenshtein(a: str, b: str, limit: int = 2) -> int:
    """Edit distance, giving up (returning ``limit + 1``) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def jaro_winkler(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(max(len(a), len(b)) // 2 - 1, 0)
    matched_b = [False] * len(b)
    matches_a = []
    for i, ca in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not matched_b[j] and b[j] == ca:
                matched_b[j] = True
                matches_a.append(ca)
                break
    m = len(matches_a)
    if m == 0:
        return 0.0
    matches_b = [b[j] for j in range(len(b)) if matched_b[j]]
    transpositions = sum(x != y for x, y in zip(matches_a, matches_b, strict=True)) / 2
    jaro = (m / len(a) + m / len(b) + (m - transpositions) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def alternation(a: str, b: str) -> bool:
    """Whether swapping one listed transliteration turns ``a`` into ``b`` (or back)."""
    for x, y in ALTERNATIONS:
        for left, right in ((x, y), (y, x)):
            if len(a) - len(left) + len(right) != len(b):
                continue
            i = a.find(left)
            while i != -1:
                if a[:i] + right + a[i + len(left) :] == b:
                    return True
                i = a.find(left, i + 1)
    return False


@lru_cache(maxsize=65536)
def token_variant(a: str, b: str) -> bool:
    """Two different spellings of one name word (checker.md V2): Arevic/Arevich, Haq/Haque.

    Equal words are not variants. Edit distance 1 counts for words with the same initial of
    six letters or more, or of five letters with a Jaro-Winkler similarity of at least 0.93
    (Karim/Karin, 0.92, are two names); shorter pairs count only through a listed
    transliteration alternation.
    """
    fa, fb = fold(a), fold(b)
    if fa == fb or abs(len(fa) - len(fb)) > 2:
        return False
    if fa[0] != fb[0] and not fa.startswith(_INITIAL_SWAPS) and not fb.startswith(_INITIAL_SWAPS):
        return False
    if alternation(fa, fb):
        return True
    return (
        fa[0] == fb[0]
        and min(len(fa), len(fb)) >= 5
        and levenshtein(fa, fb, 1) <= 1
        and (min(len(fa), len(fb)) >= 6 or jaro_winkler(fa, fb) >= 0.93)
    )


def one_token_variant(a: tuple[str, ...], b: tuple[str, ...]) -> int | None:
    """The index of the one word that differs as a variant when all others are equal, else None."""
    if len(a) != len(b):
        return None
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if fold(x) != fold(y)]
    if len(differing) == 1 and token_variant(a[differing[0]], b[differing[0]]):
        return differing[0]
    return None
