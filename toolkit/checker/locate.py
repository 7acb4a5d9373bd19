"""How messages name places in the text: ``line 25:136``."""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.model import Article


def where(article: Article, offset: int) -> str:
    return f"line {article.position(offset)}"


def where_all(article: Article, offsets: Sequence[int], limit: int = 3) -> str:
    """``line 17:55`` / ``lines 17:55, 17:151`` / ``lines 3:1, 5:2, 9:4 and 2 more``."""
    shown = [str(article.position(o)) for o in offsets[:limit]]
    more = len(offsets) - len(shown)
    label = "line" if len(offsets) == 1 else "lines"
    text = f"{label} {', '.join(shown)}"
    return f"{text} and {more} more" if more else text


def curly(text: str) -> str:
    """A term as the message quotes it."""
    return f"“{text}”"
