"""Headlines: a short first line with no closing full stop, set off by a blank line; else derived.

A source headline keeps its span. When the source has none, a provisional headline is derived
from the lede's first sentence, trimmed to about twelve words, with ``span=None`` and
``derived=True``.
"""

from __future__ import annotations

import re

from toolkit.model import Headline, Span

MAX_HEADLINE_CHARS = 320  # translated web headlines run long; a longer line is body text
_DERIVED_WORDS = 12
_MIN_DERIVED_WORDS = 4  # a cut moved back to a phrase boundary keeps at least this many
_DERIVED_CHARS = 100
_DERIVED_HAN_CHARS = 40
_LEDE_CHARS = 2000  # of the lede searched for the end of its first sentence
_SENTENCE_END = re.compile(r"[.!?][\"”’'）)]*(?=\s|$)|[。！？][”’」）)]*")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|No|Co|Corp|Inc|Ltd|vs|etc"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ga|Fla|Calif|Mass)"
    r"|\b[A-Z]|\b[A-Za-z]\.[A-Za-z])\.$"
)
_TRAILING_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "that",
        "which",
        "while",
        "said",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
    }
)
# A web page's site tag after its title: " - Xinhuanet", " -- Xinhua Net", "-ChinaNews.com",
# " - Scrolling News - Hunan Daily Online - 华声在线". Each part after a dash must look like a
# site's name: a web address, Han script alone, or words ending in a publishing or web noun.
_SITE_PART = re.compile(
    r"(?:[A-Za-z][\w\-]*\.(?:com|cn|net|org)(?:\.[a-z]{2})?"
    r"|[\u3400-\u9fff]+"
    r"|(?:[A-Za-z][\w'’&\-]*[ \t]+){0,6}"
    r"(?:[A-Za-z][\w\-]*net|Net|Network|Online|News|Website|web[ \t]?site|Daily|Times|Post"
    r"|Observer|Agency|Press|Herald|Journal|Portal))",
    re.IGNORECASE,
)
_SITE_DASH = re.compile(
    r"[ \t]+(?:--|[-–—|])[ \t]*|(?<=[\w)])-(?=[A-Za-z][\w\-]*\.(?:com|cn|net|org)\b)"
)
_QUOTE_END = "\"”’'"
_NOT_HEADLINE_START = re.compile(r"\s*(?:By\s|\(|c\.\s?\d{4}|©|\d{4}-\d\d-\d\d)")


def source_headline(text: str, start: int, end: int, set_off: bool) -> Headline | None:
    """The line ``text[start:end]`` (stripped bounds) as a headline, if it looks like one.

    ``set_off``: a blank line follows it, or the dateline does.
    """
    line = text[start:end]
    if not set_off or not line or len(line) > MAX_HEADLINE_CHARS:
        return None
    if _NOT_HEADLINE_START.match(line) or len(line.split()) < 2:
        return None
    if line.rstrip("\"”’')）").endswith((".", "。")) and not _ABBREVIATION.search(
        line.rstrip("\"”’')）")
    ):
        return None
    title_end, site = _site_tag(line)
    if site is None:
        return Headline(text=line, span=Span(start, end))
    return Headline(text=line[:title_end], span=Span(start, start + title_end), site=site)


def _site_tag(line: str) -> tuple[int, str | None]:
    """Where the title ends and the site tag after it, or (len(line), None) when there is none.

    The tag starts at the first dash after which every dash-separated part is a site name.
    """
    dashes = list(_SITE_DASH.finditer(line))
    for index, dash in enumerate(dashes):
        title = line[: dash.start()].rstrip()
        if len(title.split()) < 2:
            continue
        bounds = [d.end() for d in dashes[index:]]
        ends = [d.start() for d in dashes[index + 1 :]] + [len(line)]
        parts = [
            line[b:e].strip().rstrip(_QUOTE_END).strip() for b, e in zip(bounds, ends, strict=True)
        ]
        if parts and all(part and _SITE_PART.fullmatch(part) for part in parts):
            site = line[dash.end() :].strip()
            # a closing quote the page put after the tag belongs to no part of it
            if site[-1] in _QUOTE_END and not _opens(title, site[-1]):
                site = site.rstrip(_QUOTE_END).rstrip()
            return len(title), site
    return len(line), None


def _opens(title: str, close: str) -> bool:
    return close in "\"'" and title.count(close) % 2 == 1


def derived_headline(lede: str) -> Headline | None:
    """A provisional headline from the lede's first sentence, or None for an empty lede."""
    sentence = _first_sentence(lede)
    words = sentence.split()
    kept: list[str] = []
    for word in words[:_DERIVED_WORDS]:
        if len(" ".join([*kept, word])) > _DERIVED_CHARS:
            break
        kept.append(word)
    if not kept and words:
        # one unspaced run (Chinese): cut by characters
        kept = [words[0][:_DERIVED_HAN_CHARS]]
    if len(kept) < len(words):
        kept = _trim_dangling(_out_of_name(kept, words[len(kept)]))
    balanced = list(kept)
    while balanced and not _balanced(" ".join(balanced)):
        balanced.pop()
    # a lede whose quotes never balance keeps them: the checker reports that, not the reader
    kept = balanced or kept
    text = " ".join(kept).rstrip(",;:—–-").rstrip()
    if text.endswith((".", "。")) and not _ABBREVIATION.search(text):
        text = text[:-1]
    return Headline(text=text, span=None, derived=True) if text else None


def _first_sentence(lede: str) -> str:
    lede = lede[:_LEDE_CHARS]
    for match in _SENTENCE_END.finditer(lede):
        stop = match.start() + 1
        # the longest abbreviation is a few letters: look only that far back, so a lede full
        # of "Feb." stays linear
        if match.group()[0] == "." and _ABBREVIATION.search(lede, max(0, stop - 8), stop):
            continue
        return lede[: match.end()]
    return lede


def _out_of_name(kept: list[str], following: str) -> list[str]:
    """``kept`` without the start of a name the cut would split ("... Summit Internet
    International | Cooperation Forum" ends before "Internet"): a run of capitalised words is
    dropped when the word after the cut goes on with it. A run that ends in punctuation
    (``Road"``, ``Beijing,``) is already closed; a cut that would leave fewer than
    ``_MIN_DERIVED_WORDS`` words stays where it is (a title-cased lede is all one run)."""
    if not _capitalised(following):
        return kept
    end = len(kept)
    while end and _capitalised(kept[end - 1]) and kept[end - 1][-1].isalnum():
        end -= 1
    if end == len(kept) or end < _MIN_DERIVED_WORDS:
        return kept
    return kept[:end]


def _capitalised(word: str) -> bool:
    letters = word.lstrip("\"“‘'(")
    return bool(letters) and letters[0].isupper()


def _trim_dangling(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1].casefold().strip(",;:") in _TRAILING_WORDS:
        words = words[:-1]
    return words


def _balanced(text: str) -> bool:
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("(") == text.count(")")
        and text.count("（") == text.count("）")
    )
