"""A quotation is put in quote marks of another style than the rest of the article.

What it flags:
    Any quotation, of a term or of speech, whose double quote marks are of another style
    (straight ``"..."``, curly ``“...”`` or wire ````...''``) than the one the article uses for
    most of its quotations (on a tie, the style of its first quotation). The finding sits on
    the odd quotation, lists the quotations in the article's style as related locations, and
    carries the quotation with the article's marks as its fix.

Why it matters:
    Mixed quote marks are a sign of copy pasted together from different sources; readers and
    search indexes see two different strings, and the house style can only have one.

Example:
    Delegates discussed the "Green Corridor" plan on Monday.

    "It will open next year," the minister said of the “Green Corridor”.

Use instead:
    Delegates discussed the "Green Corridor" plan on Monday.

    "It will open next year," the minister said of the "Green Corridor".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import where_all
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.text.quotes import Quotation, QuoteMark, quotations

# the opening and closing marks of each style
_MARKS = {"straight": ('"', '"'), "curly": ("“", "”"), "AP-style": ("``", "''")}
_RELATED = 3  # quotations of the article's style listed with each finding


def _style(quotation: Quotation) -> str:
    mark = quotation.opening or quotation.closing
    assert mark is not None
    return mark.family


def _fixed(text: str, quotation: Quotation, style: str) -> tuple[int, int, str]:
    """The range the fix replaces and its new text: the quotation with the article's marks."""
    opening, closing = _MARKS[style]

    def mark_of(mark: QuoteMark, new: str) -> str:
        # a mark typed twice ("" or “”) keeps being reported by NC303, not silently fixed
        return new * (len(mark.char) // len(mark.char[0]) if mark.doubled else 1)

    first = quotation.opening or quotation.closing
    last = quotation.closing or quotation.opening
    assert first is not None and last is not None
    start, end = first.offset, last.offset + len(last.char)
    if quotation.opening is None or quotation.closing is None:
        return start, end, mark_of(first, opening if quotation.opening else closing)
    inner = text[first.offset + len(first.char) : last.offset]
    return start, end, mark_of(first, opening) + inner + mark_of(last, closing)


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    text = article.text
    if len({m.family for marks in ctx.quote_marks for m in marks if not m.inch}) < 2:
        return  # one style of marks throughout (the common case): no quotation to pair
    found = [q for p in ctx.paragraphs for q in quotations(text, p.span.start, p.span.end)]
    styles = Counter(_style(q) for q in found)
    if len(styles) < 2:
        return  # one style throughout (the common case)
    first = {}
    for quotation in reversed(found):
        first[_style(quotation)] = quotation
    main = min(styles, key=lambda s: (-styles[s], _fixed(text, first[s], s)[0]))
    mains = [q for q in found if _style(q) == main]
    related = []
    for quotation in mains[:_RELATED]:
        start, end, _ = _fixed(text, quotation, main)
        related.append((start, end, f"in {main} quotes"))
    offsets = [_fixed(text, q, main)[0] for q in mains]
    places = where_all(article, offsets)  # the same for every finding
    for quotation in found:
        style = _style(quotation)
        if style == main:
            continue
        start, end, fix = _fixed(text, quotation, main)
        yield Hit(
            start,
            end,
            f"This quotation is in {style} quotes but {styles[main]} of the article's "
            f"{len(found)} {'is' if styles[main] == 1 else 'are'} in {main} quotes "
            f"({places}); use {main} quotes",
            fix=fix,
            related=tuple(related),
            fix_safe=True,
        )


RULE = Rule("NC301", "quote-style", Severity.WARNING, __doc__ or "", check=check)
