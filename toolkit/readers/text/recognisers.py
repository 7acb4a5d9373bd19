"""Entity recognisers: small named rules over an article's words, in one ordered table.

Each recogniser looks at one :class:`Scan` of the article (its text, paragraph spans, and the
words and titles the reader found once for all of them) and yields :class:`Mention` objects:
``Mention(span, kind, evidence)``, kind ``"person"`` or ``"organisation"``. The resolver
(``people.people_from``) turns the person mentions into people: it groups the forms of one
name, keeps different people apart, attaches titles and finds every later mention.

A caller adds or replaces recognisers through ``ReaderOptions.recognisers``::

    from toolkit.readers import ReaderOptions, read_text
    from toolkit.readers.text.recognisers import DEFAULT_RECOGNISERS, Mention, Recogniser

    def house_list(scan):                     # names our desk always writes the same way
        for name in ("Ngozi Okonjo-Iweala",):
            for start in find_all(scan.text, name):
                yield Mention(Span(start, start + len(name)), "person", "house-list")

    house = Recogniser("house-list", house_list)
    options = ReaderOptions(recognisers=(*DEFAULT_RECOGNISERS, house))
    article = read_text(data, options)

The order matters only for ties: an earlier recogniser's title or country wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from toolkit.model import Span, Title
from toolkit.readers.text.names import Words, paragraph_words
from toolkit.readers.text.titles import TitleMatch, find_titles

if TYPE_CHECKING:
    from toolkit.readers.text.people import Anchor  # people imports this module's users


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a recogniser says an entity is named, and why it thinks so."""

    span: Span  # the name itself, without title or honorific
    kind: str  # "person" or "organisation"
    evidence: str  # the recogniser's name, or what it saw ("title", "given-name", ...)
    title: Title | None = None  # a title written with the name, when the evidence is one
    country: str | None = None  # ISO alpha-2 the title gives ("Cuban Minister" -> "CU")
    weak: bool = False  # a person only if named again or followed by a pronoun
    honorific: str | None = None  # "Mr" in "Mr Brown"


@dataclass(eq=False)
class Scan:
    """What every recogniser may read: the text, its paragraphs, their words and titles."""

    text: str
    paragraphs: Sequence[Span]
    _words: list[Words] | None = field(default=None, repr=False)
    # the resolver's view of each built-in mention, kept as the rule made it, so that the
    # resolver need not find the mention's words again (a caller's mentions are not here)
    anchors: dict[Mention, Anchor] = field(default_factory=dict, repr=False)

    @cached_property
    def words(self) -> list[Words]:
        """The words of each paragraph (capitalised words and the lowercase words that matter)."""
        if self._words is not None:
            return self._words
        return paragraph_words(self.text, self.paragraphs)

    @cached_property
    def titles(self) -> list[list[TitleMatch]]:
        """The titles of each paragraph, found once for all recognisers."""
        return [find_titles(self.text, ws) for ws in self.words]

    @cached_property
    def title_words(self) -> list[set[int]]:
        """The indices of the words inside a title, per paragraph."""
        from toolkit.readers.text.people import title_word_indices

        # most paragraphs have no title: they share one empty set (216 bytes each otherwise,
        # 20 MB for a 5 MB article of short paragraphs); no recogniser changes these sets
        none: set[int] = set()
        return [title_word_indices(titles) if titles else none for titles in self.titles]


@dataclass(frozen=True, slots=True)
class Recogniser:
    name: str
    find: Callable[[Scan], Iterable[Mention]]


def _person_mentions(scan: Scan, kind: str) -> Iterable[Mention]:
    from toolkit.readers.text import people  # people imports this module's users

    for span, ws, titles, skip in zip(
        scan.paragraphs, scan.words, scan.titles, scan.title_words, strict=True
    ):
        if kind == "title":
            found = people.named_by_title(scan.text, ws, titles, span.start)
        elif kind == "honorific":
            found = [
                *people.named_by_honorific(scan.text, ws),
                *people.named_by_address(scan.text, ws),
            ]
        elif kind == "speech":
            found = people.named_by_speech(scan.text, ws, span.start, skip)
        elif kind == "lexicon":
            found = people.named_by_lexicon(scan.text, ws, skip)
        elif kind == "role":
            found = people.named_by_role(scan.text, ws, span.start, skip)
        elif kind == "eponym":
            found = people.named_by_eponym(scan.text, ws, span.start, skip)
        elif kind == "results":
            found = people.named_in_results(scan.text, ws, span.start, skip)
        else:
            found = people.named_by_context(scan.text, ws, span.start, skip)
        for anchor in found:
            if (
                people.names_a_place(scan.text, anchor)
                or people.in_team_table(scan.text, anchor)
                or people.names_a_side(scan.text, anchor)
            ):
                continue
            mention = Mention(
                anchor.span,
                "person",
                anchor.evidence,
                anchor.title,
                anchor.country,
                anchor.weak,
                anchor.honorific,
            )
            scan.anchors.setdefault(mention, anchor)
            yield mention


def _rule(kind: str) -> Callable[[Scan], Iterable[Mention]]:
    def find(scan: Scan) -> Iterable[Mention]:
        return _person_mentions(scan, kind)

    find.__name__ = f"people_by_{kind}"
    find.__doc__ = f"People the built-in {kind!r} rule finds (see toolkit.readers.text.people)."
    return find


#: The built-in recognisers, in order: a title next to a name ("Cuban Minister of
#: Communications Arevic"), an honorific ("Mr Howard"), a speech verb ("Barry Toiv said"),
#: the name's own words (a listed given name, a pinyin given name after a Chinese family
#: name, a listed family name), and the context (a role descriptor, an age, "who").
DEFAULT_RECOGNISERS: tuple[Recogniser, ...] = (
    Recogniser("title", _rule("title")),
    Recogniser("honorific", _rule("honorific")),
    Recogniser("speech", _rule("speech")),
    Recogniser("lexicon", _rule("lexicon")),
    Recogniser("context", _rule("context")),
    Recogniser("role", _rule("role")),
    Recogniser("eponym", _rule("eponym")),
    Recogniser("results", _rule("results")),
)
