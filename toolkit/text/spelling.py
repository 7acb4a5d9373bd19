"""When two spellings of a name word are one name: edit distance, transliterations, keys.

The reader uses this to attach a misspelt mention to the person it names, and the checker to
compare the forms of people's names; both must agree on what a variant is, so it lives here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

# Spellings that transliteration systems swap for the same sound (checker.md V2), with the
# shortest word (folded) the swap is believed in: "zh"/"j" is Mongolian or Russian
# romanisation (Gonchigdorj / Gonchigdorzh) but two pinyin syllables in a short Chinese name.
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
    ("zh", "j"),
)
_MIN_LENGTH = {("zh", "j"): 7}
# Endings that make another word of a name word, not another spelling of it: a plural or a
# demonym ("Chechen" / "Chechens", "Lanka" / "Lankan").
_ENDINGS = frozenset({"s", "es", "n", "ns"})
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


# Rules fold the same few dozen words of an article over and over; a bounded cache, since a
# long batch of distinct stories meets new words all the time (memory stays flat).
fold = lru_cache(maxsize=16384)(fold_uncached)


def levenshtein(a: str, b: str, limit: int = 2) -> int:
    """Edit distance, an adjacent transposition counting as one edit (optimal string
    alignment: "McCaffrey" / "McCaffery" are one slip of the keyboard, not two), giving up
    (returning ``limit + 1``) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        # a later row derives from this one, or from the previous through a swap (+1)
        if min(current) > limit and min(previous) >= limit:
            return limit + 1
        before, previous = previous, current
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
        if min(len(a), len(b)) < _MIN_LENGTH.get((x, y), 0):
            continue
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

    Equal words are not variants. One edit (a letter added, dropped or changed, or two
    neighbours swapped) counts for words with the same initial of six letters or more, or of
    five letters with a Jaro-Winkler similarity of at least 0.93 (Karim/Karin, 0.92, are two
    names); shorter pairs count only through a listed transliteration alternation.
    """
    fa, fb = fold(a), fold(b)
    if fa == fb or abs(len(fa) - len(fb)) > 2 or not fa or not fb:
        return False
    short, long = sorted((fa, fb), key=len)
    if long.startswith(short) and long[len(short) :] in _ENDINGS:
        return False  # "Catholic" / "Catholics", "Africa" / "African": another word
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


def variant_keys(word: str) -> frozenset[str]:
    """Keys any two :func:`token_variant` words share at least one of (blocking keys).

    The folded word and the word with each letter deleted in turn (two words one edit apart,
    a swap of neighbours included, always share one), and per listed alternation the word with
    one occurrence of either spelling replaced by a mark of the pair (Haq and Haque both give
    "ha" + mark). Comparing only words that share a key finds every variant pair without
    comparing every word with every other.
    """
    return _variant_keys(fold(word))


# each entry is a set of a dozen strings: a few thousand names' worth is what a batch reuses
@lru_cache(maxsize=8192)
def _variant_keys(word: str) -> frozenset[str]:
    keys: set[str] = set()
    if len(word) >= 5:  # shorter words are variants only through an alternation
        keys.add(word)
        keys.update(word[:k] + word[k + 1 :] for k in range(len(word)))
    for n, pair in enumerate(ALTERNATIONS):
        mark = f"\0{n}\0"
        for spelling in pair:
            i = word.find(spelling)
            while i != -1:
                keys.add(word[:i] + mark + word[i + len(spelling) :])
                i = word.find(spelling, i + 1)
    return frozenset(keys)


def variant_screen(words: Iterable[str]) -> Callable[[str], bool]:
    """A cheap test of a folded word that is true whenever it is a :func:`token_variant` of
    one of ``words`` (and mostly false otherwise): a length within two, and the same initial
    or the initial of an alternation that opens the name ("kh" for "Halil")."""
    folded = [fold(w) for w in words]
    folded = [w for w in folded if w]
    lengths = frozenset(len(w) + d for w in folded for d in (-2, -1, 0, 1, 2))
    initials = {w[0] for w in folded}
    for x, y in ALTERNATIONS:
        for left, right in ((x, y), (y, x)):
            if any(w.startswith(right) for w in folded):
                initials.add(left[0])  # the word may open with the other spelling

    def could_vary(word: str) -> bool:
        return bool(word) and len(word) in lengths and word[0] in initials

    return could_vary


def variant_pairs(words: Iterable[str]) -> set[tuple[str, str]]:
    """The pairs of the words (folded, each pair in sorted order) that are
    :func:`token_variant` of each other, found through :func:`variant_keys` in time linear in
    the distinct words (plus the pairs found)."""
    by_key: dict[str, list[str]] = {}
    for word in {fold(w) for w in words}:
        for key in _variant_keys(word):
            by_key.setdefault(key, []).append(word)
    pairs: set[tuple[str, str]] = set()
    for members in by_key.values():
        if len(members) < 2:
            continue
        for k, a in enumerate(members):
            for b in members[k + 1 :]:
                pair = (a, b) if a < b else (b, a)
                if pair not in pairs and token_variant(a, b):
                    pairs.add(pair)
    return pairs
