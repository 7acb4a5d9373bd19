"""A multi-word name or term is capitalised differently in different places.

What it flags:
    A phrase of two or more words written with capitals in one place ("Digital Silk Road")
    and with another casing elsewhere ("digital silk road"). Sentence starts, headlines and
    title-case lines are not counted. The finding sits on the first occurrence of the
    prevailing form (the house list's form when ``terms`` lists it) and names the other forms.

Why it matters:
    Readers take a capitalised phrase for a proper name and a lower-case one for a
    description; switching between them makes the copy look careless and splits searches.

Example:
    The Harbour Bridge Authority met on Monday.

    A spokesman for the harbour bridge authority said repairs would start soon.

Use instead:
    The Harbour Bridge Authority met on Monday.

    A spokesman for the Harbour Bridge Authority said repairs would start soon.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.check.locate import curly, where_all
from toolkit.check.prose import heading_spans, inside, is_capitalised, paragraphs, starts_sentence
from toolkit.check.prose import words as iter_words
from toolkit.check.registry import Hit, HouseStyle, Rule
from toolkit.findings import Severity
from toolkit.model import Article, Span

# Lower-case words that may sit inside a capitalised name: "Belt and Road", "Bank of China".
_JOINERS = frozenset({"and", "of", "the", "for", "on", "in", "de", "du", "la", "van", "von", "&"})


def _runs(article: Article, headings: list[Span]) -> Iterator[tuple[int, int]]:
    """Capitalised phrases of two or more words, not starting a sentence, as (start, end)."""
    text = article.text
    for paragraph in paragraphs(article):
        if inside(paragraph.span.start, headings):
            continue
        run: list[tuple[int, int, str]] = []
        for match in [*iter_words(text, paragraph.span.start, paragraph.span.end), None]:
            if match is not None:
                word = match.group()
                gap = text[run[-1][1] : match.start()] if run else ""
                joined = not run or (gap.strip() == "" and "\n\n" not in gap)
                if joined and (is_capitalised(word) or (run and word in _JOINERS)):
                    run.append((match.start(), match.end(), word))
                    continue
            yield from _trimmed(text, run, paragraph.span.start)
            run = []
            if match is not None and is_capitalised(match.group()):
                run = [(match.start(), match.end(), match.group())]


def _trimmed(text: str, run: list[tuple[int, int, str]], floor: int) -> Iterator[tuple[int, int]]:
    if run and starts_sentence(text, run[0][0], floor):
        run = run[1:]
    while run and run[0][2] in _JOINERS:
        run = run[1:]
    while run and run[-1][2] in _JOINERS:
        run = run[:-1]
    if sum(1 for *_, w in run if is_capitalised(w)) >= 2:
        yield run[0][0], run[-1][1]


def _occurrences(text: str, folded: str, phrase: str) -> Iterator[int]:
    size = len(phrase)
    start = folded.find(phrase)
    while start != -1:
        end = start + size
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum() or before in "-'’" or after == "-"):
            yield start
        start = folded.find(phrase, start + 1)


def _counts_as_evidence(text: str, start: int, form: str, other: str, floor: int) -> bool:
    """False when the casing difference is only a sentence-start capital or shouting capitals."""
    a, b = form.split(), other.split()
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    if not differing:
        return False
    if differing == [0] and starts_sentence(text, start, floor):
        return False
    return not all(a[i].isupper() and len(a[i]) > 1 for i in differing)


def check(article: Article, house: HouseStyle) -> Iterator[Hit]:
    text = article.text
    folded = text.lower()
    headings = heading_spans(article)
    starts = [p.span.start for p in paragraphs(article)]

    def floor(offset: int) -> int:
        return max((s for s in starts if s <= offset), default=0)

    phrases: dict[str, str] = {}
    for start, end in _runs(article, headings):
        phrases.setdefault(folded[start:end], text[start:end])
    for term in house.terms:
        phrases[term.lower()] = term
    reported: set[str] = set()
    for key in sorted(phrases, key=lambda k: -len(k)):
        if any(key in done for done in reported):
            continue
        forms: dict[str, list[int]] = {}
        for start in _occurrences(text, folded, key):
            if inside(start, headings):
                continue
            forms.setdefault(text[start : start + len(key)], []).append(start)
        if len(forms) < 2 and not (key in (t.lower() for t in house.terms) and forms):
            continue
        house_form = next((t for t in house.terms if t.lower() == key), None)
        ranked = sorted(forms.items(), key=lambda item: (-len(item[1]), item[1][0]))
        main = house_form if house_form is not None else ranked[0][0]
        variants = {
            form: [o for o in offsets if _counts_as_evidence(text, o, form, main, floor(o))]
            for form, offsets in forms.items()
            if form != main
        }
        variants = {form: offsets for form, offsets in variants.items() if offsets}
        if not variants:
            continue
        reported.add(key)
        if main in forms:
            start = forms[main][0]
            others = "; ".join(
                f"{curly(form)} ({where_all(article, offsets)})"
                for form, offsets in sorted(variants.items(), key=lambda item: item[1][0])
            )
            yield Hit(
                start,
                start + len(key),
                f"{curly(main)} is also written {others}; use one casing",
                fix=main,
            )
        else:
            for form, offsets in variants.items():
                for start in offsets:
                    yield Hit(
                        start,
                        start + len(key),
                        f"{curly(form)} is written {curly(main)} in house style",
                        fix=main,
                    )


RULE = Rule("NC302", "term-casing", Severity.WARNING, __doc__ or "", check=check)
