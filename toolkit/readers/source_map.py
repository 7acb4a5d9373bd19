"""Map the text a marked-up reader assembled back onto the document it came from.

NewsML-G2, NITF and ninjs readers build ``Article.text`` from elements (headline, then each
paragraph, whitespace normalised), so an offset into it is no place in the XML or JSON. The
words of the text are found again in the decoded document, in order: the headline from the
top, each paragraph from the next block tag (``<p``, ``<li`` ...: in XML, or in the HTML of a
ninjs body) not yet passed. A word written with an entity or a JSON escape is looked for in
that spelling too; a word not found maps to where the previous one ended.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Sequence
from html import escape

from toolkit.model import LineIndex, SourceMap, Span

_WORD = re.compile(r"\S+")
# The start tag of a text block (<p>, and the <li>, <blockquote>, <hN> a ninjs body has).
_P_TAG = re.compile(r"<(?:[\w.-]+:)?(?:p|li|blockquote|h[1-6]|dd|dt)[\s>/]")
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding=["']([\w.-]+)["']""")
WINDOW = 4096  # how far past the cursor a word is looked for before it counts as not found


def decode_source(data: bytes) -> str:
    """The document as text, decoded the way its parser did (BOM, XML declaration, UTF-8)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(codec, errors="replace").removeprefix("\ufeff")
    declared = _XML_ENCODING.match(data)
    try:
        return data.decode(declared[1].decode() if declared else "utf-8", errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _spellings(word: str, json_source: bool) -> list[str]:
    """The other ways a word may be written in the source (entities, JSON escapes)."""
    spelled = [escape(word, quote=False), escape(word, quote=True)]
    if json_source:
        spelled.append(json.dumps(word, ensure_ascii=False)[1:-1])
        spelled.append(json.dumps(word)[1:-1])
    return list(dict.fromkeys(spelled))


def build_source_map(
    text: str, blocks: Sequence[tuple[Span, bool]], source: str, *, json_source: bool = False
) -> SourceMap:
    """``blocks``: the headline and paragraph spans of ``text`` in order, each with whether it
    was a ``<p>`` element (so its search starts at the next ``<p`` tag)."""
    text_starts: list[int] = []
    source_starts: list[int] = []
    lengths: list[int] = []
    cursor = 0
    for span, paragraph in blocks:
        if not paragraph:
            cursor = 0  # a headline may stand anywhere (JSON keys come in any order)
        if paragraph:
            tag = _P_TAG.search(source, cursor)
            if tag is not None:
                cursor = tag.end()
        # Written as it reads (one line, single spaces): start there, if before the next block.
        following = _P_TAG.search(source, cursor)
        limit = following.start() if following is not None and paragraph else len(source)
        whole = source.find(text[span.start : span.end], cursor, limit)
        if whole != -1:
            cursor = whole
        for match in _WORD.finditer(text, span.start, span.end):
            word = match.group()
            length = len(word)
            # Most words are written as they read: the other spellings only when not found.
            found = source.find(word, cursor, cursor + WINDOW + length)
            if found == -1:
                for spelling in _spellings(word, json_source):
                    if spelling == word:
                        continue
                    found = source.find(spelling, cursor, cursor + WINDOW + len(spelling))
                    if found != -1:
                        length = len(spelling)
                        break
                else:
                    continue
            text_starts.append(match.start())
            source_starts.append(found)
            lengths.append(length if length == len(word) else 0)
            cursor = found + length
        if not paragraph:
            cursor = 0
    return SourceMap(tuple(text_starts), tuple(source_starts), tuple(lengths), LineIndex(source))
