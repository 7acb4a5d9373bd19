"""One person's name is spelled differently in different articles of the batch.

What it flags:
    Two full names in different articles that differ in one word spelled another way
    ("Igor Dyagalo" / "Igor Dygalo"), when something else says they are the same person: a
    shared role (both "spokesman"), country or organisation near the name. A shared name
    alone is not enough. The finding sits on the wording to change: each place of the less
    used spelling (on a tie, of the one met later in the batch; a configured house name
    always prevails), with the prevailing spelling's places (up to three) as related
    locations, with their article's path. The prevailing spelling gets no finding of its own:
    one problem, one finding.

Why it matters:
    Archives, search and tagging treat the spellings as two people, and readers of a series
    see a name change from one day to the next.

Example:
    Navy spokesman Igor Dyagalo said the exercise would end on Friday.
    ---
    Navy spokesman Igor Dygalo said two ships had returned to port.

Use instead:
    Navy spokesman Igor Dyagalo said the exercise would end on Friday.
    ---
    Navy spokesman Igor Dyagalo said two ships had returned to port.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from toolkit.checker.locate import curly
from toolkit.checker.registry import BatchHit, Hit, HouseStyle, PlacedHit, Rule
from toolkit.checker.similarity import fold_uncached, one_token_variant
from toolkit.findings import Related, Severity, pickled_by_fields
from toolkit.lexicon.countries import country_code, demonym_country
from toolkit.lexicon.titles import ROLE_HEADS, canonical_role
from toolkit.model import Article, Person, Position, Span

_WINDOW = 80  # characters either side of a first mention searched for role and country
_SHOWN = 3


@dataclass(slots=True)
class _Form:
    """One spelling of a full name and every article that uses it."""

    tokens: tuple[str, ...]
    places: list[tuple[int, Span]]  # (article index, first mention in that article)
    people: list[Person]  # the person named so in each of those articles


def _written(article: Article, name: str) -> Span | None:
    """Where the text first writes the name, for a person a marked-up reader gave no mentions."""
    at = article.text.find(name)
    return Span(at, at + len(name)) if at >= 0 else None


def _attributes(article: Article, person: Person, first: Span) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for title in person.titles:
        if title.role:
            found.add(("role", canonical_role(title.role)))
        if title.country:
            found.add(("country", title.country))
        for word in title.text.split():
            if word[:1].isupper() and canonical_role(word) not in ROLE_HEADS:
                found.add(("org", fold_uncached(word)))
    if person.country:
        found.add(("country", person.country))
    low, high = max(0, first.start - _WINDOW), first.end + _WINDOW
    for raw in article.text[low:high].split():
        found |= _word_attributes(raw)
    for organisation in article.organisations:
        if any(low <= m.start < high for m in organisation.mentions):
            found.add(("org", fold_uncached(organisation.name)))
    found -= {("org", fold_uncached(t)) for t in person.name.split()}
    return found


@lru_cache(maxsize=65536)
def _word_attributes(raw: str) -> frozenset[tuple[str, str]]:
    """The role or country one word of context names: "spokesman", "Russian", "China's"."""
    key = raw.strip(".,;:()\"“”'’").removesuffix("'s").removesuffix("’s").casefold()
    found = set()
    if key in ROLE_HEADS:
        found.add(("role", canonical_role(key)))
    code = (demonym_country(key) or country_code(key)) if key else None
    if code:
        found.add(("country", code))
    return frozenset(found)


# Spellings folded together before blocking, so that transliteration pairs share a key.
_SKELETON = (
    ("que", "q"),
    ("ich", "ic"),
    ("kh", "h"),
    ("ou", "u"),
    ("off", "ov"),
    ("eff", "ev"),
    ("ph", "f"),
    ("ey", "ei"),
    ("el-", "al-"),
)


_SKELETON_SPELLING = re.compile("|".join(re.escape(long) for long, _ in _SKELETON))


def _skeleton(word: str) -> str:
    if _SKELETON_SPELLING.search(word) is None:
        return word  # nothing to fold: most names
    for long, short in _SKELETON:
        word = word.replace(long, short)
    return word


def _deletions(word: str) -> set[str]:
    """The word, and the word with each letter deleted in turn.

    Two words one edit apart always share one of these (the word itself covers an added
    letter).
    """
    found = {word[:k] + word[k + 1 :] for k in range(len(word))}
    found.add(word)
    return found


def _word_keys(word: str) -> set[tuple[bool, str]]:
    """Keys shared by two spellings of a word one edit or one alternation apart.

    Its :func:`_deletions`, plus the word folded to its transliteration skeleton (Haq and
    Haque both give "haq").
    """
    keys = {(False, variant) for variant in _deletions(word)}
    keys.add((True, _skeleton(word)))
    return keys


def _block_keys(tokens: tuple[str, ...]) -> Iterator[tuple[tuple[object, ...], tuple[bool, str]]]:
    """Keys shared by any two names that differ in one word by one edit or one alternation.

    Per word that could be the misspelt one: its position and the other words exactly, with
    each of :func:`_word_keys`. Only near-identical names share a key; :func:`_candidates`
    finds the names that do without building every key of every name.
    """
    folded = [fold_uncached(t) for t in tokens]
    for i, word in enumerate(folded):
        rest = (i, *folded[:i], *folded[i + 1 :])
        for key in _word_keys(word):
            yield rest, key


@dataclass(slots=True)
class _Uses:
    """Every full name's first mention in each article, in flat lists chained name by name.

    A batch of a hundred thousand articles holds a few lists and two tables of ints here,
    not an object and lists per name for the garbage collector to walk again and again.
    """

    article: list[int] = field(default_factory=list)
    span: list[Span] = field(default_factory=list)
    person: list[Person] = field(default_factory=list)
    following: list[int] = field(default_factory=list)  # the name's next use, or -1
    first: dict[tuple[str, ...], int] = field(default_factory=dict)  # names in order met
    last: dict[tuple[str, ...], int] = field(default_factory=dict)

    def add(self, name: tuple[str, ...], article: int, span: Span, person: Person) -> None:
        use = len(self.article)
        self.article.append(article)
        self.span.append(span)
        self.person.append(person)
        self.following.append(-1)
        previous = self.last.get(name)
        if previous is None:
            self.first[name] = use
        else:
            self.following[previous] = use
        self.last[name] = use

    def form(self, name: tuple[str, ...]) -> _Form:
        form = _Form(name, [], [])
        use = self.first[name]
        while use != -1:
            form.places.append((self.article[use], self.span[use]))
            form.people.append(self.person[use])
            use = self.following[use]
        return form


def _first_uses(article: Article) -> Iterator[tuple[tuple[str, ...], Span, Person]]:
    """Each full name (two words or more) of the article once, at its first mention: what
    both the serial rule and its map-reduce form compare across articles."""
    seen: set[tuple[str, ...]] = set()
    for person in article.people:
        tokens = tuple(person.name.split())
        if len(tokens) < 2 or tokens in seen:
            continue
        seen.add(tokens)
        first = min(person.mentions, default=None) or _written(article, person.name)
        if first is not None:
            yield tokens, first, person


def _uses(articles: Sequence[Article]) -> _Uses:
    uses = _Uses()
    for index, article in enumerate(articles):
        for tokens, first, person in _first_uses(article):
            uses.add(tokens, index, first, person)
    return uses


def _form_attributes(articles: Sequence[Article], form: _Form) -> set[tuple[str, str]]:
    """Roles, countries and organisations around the name in every article that uses it."""
    found: set[tuple[str, str]] = set()
    for (index, first), person in zip(form.places, form.people, strict=True):
        found |= _attributes(articles[index], person, first)
    return found


def _candidates(names: Sequence[tuple[str, ...]]) -> set[tuple[int, int]]:
    """Pairs of names (by index) that share a :func:`_block_keys` key.

    Names are first grouped by the words other than the one that may differ (its position
    and the others, folded), and only groups of two or more compare block keys of that word:
    many names are alone in their groups, and the tables stay small. Groups are held by hash
    with plain ints for lone names, so a large batch adds few objects for the garbage
    collector to walk; a rare hash collision only costs a compare.
    """
    width = max((len(tokens) for tokens in names), default=0) + 1
    first: dict[int, int] = {}
    shared: dict[int, list[int]] = {}  # members as index * width + position of the word
    folded_names = [tuple(fold_uncached(t) for t in tokens) for tokens in names]
    for index, folded in enumerate(folded_names):
        for i in range(len(folded)):
            rest = hash((i, *folded[:i], *folded[i + 1 :]))
            member = index * width + i
            holder = first.setdefault(rest, member)
            if holder != member:
                shared.setdefault(rest, [holder]).append(member)
    pairs: set[tuple[int, int]] = set()
    for members in shared.values():
        # deletions and skeletons apart, as plain strings: no key objects to build
        by_deletion: dict[str, list[int]] = {}
        by_skeleton: dict[str, list[int]] = {}
        for member in members:
            index, i = divmod(member, width)
            word = folded_names[index][i]
            for variant in _deletions(word):
                by_deletion.setdefault(variant, []).append(index)
            by_skeleton.setdefault(_skeleton(word), []).append(index)
        for table in (by_deletion, by_skeleton):
            for same in table.values():
                if len(same) > 1:
                    pairs.update(
                        (a, b) for k, a in enumerate(same) for b in same[k + 1 :] if a != b
                    )
    return pairs


def batch_check(articles: Sequence[Article], house: HouseStyle) -> Iterator[BatchHit]:
    uses = _uses(articles)
    names = list(uses.first)
    forms: dict[tuple[str, ...], _Form] = {}  # built only for names that may be variants

    def form(name: tuple[str, ...]) -> _Form:
        found = forms.get(name)
        if found is None:
            found = forms[name] = uses.form(name)
        return found

    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def root(name: tuple[str, ...]) -> tuple[str, ...]:
        while parent.get(name, name) != name:
            name = parent[name]
        return name

    # context is read only for names that may be variants: few, in a large batch
    attributes: dict[tuple[str, ...], set[tuple[str, str]]] = {}

    def context(name: tuple[str, ...]) -> set[tuple[str, str]]:
        found = attributes.get(name)
        if found is None:
            found = attributes[name] = _form_attributes(articles, form(name))
        return found

    for i, j in sorted(_candidates(names)):
        a, b = names[i], names[j]
        if one_token_variant(a, b) is None:
            continue
        if not context(a) & context(b):
            continue
        if {x for x, _ in form(a).places} == {x for x, _ in form(b).places}:
            continue  # only within the same articles: the per-article rule's case
        parent[root(b)] = root(a)
    groups: defaultdict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for name in parent:
        groups[root(name)].append(name)
    for top, members in groups.items():
        yield from _report(articles, house, [form(n) for n in {top, *members}])


def _place(articles: Sequence[Article], index: int, span: Span) -> str:
    article = articles[index]
    return f"{article.source.path or article.id} (line {article.position(span.start)})"


def _report(
    articles: Sequence[Article], house: HouseStyle, group: list[_Form]
) -> Iterator[BatchHit]:
    house_names = {tuple(n.split()) for n in house.names}
    group.sort(key=lambda f: (f.tokens not in house_names, -len(f.places), f.places[0]))
    main, others = group[0], group[1:]
    shown_main = " ".join(main.tokens)
    where_main = _place(articles, *main.places[0])
    # the prevailing spelling's places, in whichever articles they are
    kept = tuple(
        (index, span.start, span.end, _spelled(shown_main)) for index, span in main.places[:_SHOWN]
    )
    for form in others:
        shown = " ".join(form.tokens)
        for index, span in form.places:
            yield BatchHit(
                index,
                Hit(
                    span.start,
                    span.end,
                    f"{curly(shown)} is spelled {curly(shown_main)} in {where_main}; "
                    "use one spelling",
                    fix=shown_main,
                    match=shown,
                ),
                related=kept,
            )


def _spelled(shown: str) -> str:
    """The label of a related place: how the name is spelled there."""
    return f"spelled {curly(shown)} here"


# The same rule as a map-reduce, for batches checked in several processes (``--jobs``, Dask):
# each worker turns an article into its NameUse tuples (the map), the parent folds them into
# a NameIndex (the reduce) that holds only names, positions and context ids, never articles.
# batch_check above stays the reference; a property test holds the two to the same findings.


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class NameUse:
    """One full name's first mention in one article, with all the rule needs of the article."""

    tokens: tuple[str, ...]
    start: int
    end: int
    start_at: tuple[int, int]  # line, column of start
    end_at: tuple[int, int]
    attributes: tuple[str, ...]  # sorted "kind:value": roles, countries, organisations


def name_uses(article: Article) -> tuple[NameUse, ...]:
    """The map: every full name of the article at its first mention, in :func:`_uses` order."""
    found: list[NameUse] = []
    for tokens, first, person in _first_uses(article):
        start, end = article.position(first.start), article.position(first.end)
        attributes = sorted(f"{k}:{v}" for k, v in _attributes(article, person, first))
        found.append(
            NameUse(
                tokens,
                first.start,
                first.end,
                (start.line, start.column),
                (end.line, end.column),
                tuple(attributes),
            )
        )
    return tuple(found)


class NameIndex:
    """The reduce: every article's :class:`NameUse` tuples, folded in article order.

    Per use eight ints in arrays; per distinct name its tokens (words interned) and the sorted
    ids of its context; per article its path. 100,000 articles fit in a few tens of MB.
    """

    def __init__(self) -> None:
        self.paths: list[str] = []
        self._ids: dict[tuple[str, ...], int] = {}
        self._names: list[tuple[str, ...]] = []
        self._context: list[tuple[int, ...]] = []
        self._context_ids: dict[str, int] = {}
        self._words: dict[str, str] = {}
        self._columns = [array("i") for _ in range(8)]

    def add(self, path: str, uses: tuple[NameUse, ...]) -> None:
        article = len(self.paths)
        self.paths.append(path)
        name_of, words, context_ids = self._ids, self._words, self._context_ids
        for use in uses:
            key = tuple(words.setdefault(t, t) for t in use.tokens)
            name = name_of.get(key)
            ids = {context_ids.setdefault(a, len(context_ids)) for a in use.attributes}
            if name is None:
                name = name_of[key] = len(self._names)
                self._names.append(key)
                self._context.append(tuple(sorted(ids)))
            elif not ids.issubset(self._context[name]):
                self._context[name] = tuple(sorted(ids.union(self._context[name])))
            row = (name, article, use.start, use.end, *use.start_at, *use.end_at)
            for column, value in zip(self._columns, row, strict=True):
                column.append(value)

    def _places(self, wanted: set[int]) -> dict[int, list[int]]:
        """Rows of the uses of the wanted names, name by name, in article order."""
        found: dict[int, list[int]] = {name: [] for name in wanted}
        for row, name in enumerate(self._columns[0]):
            if name in found:
                found[name].append(row)
        return found

    def _where(self, row: int) -> str:
        _, article, _, _, line, column, _, _ = (c[row] for c in self._columns)
        return f"{self.paths[article]} (line {line}:{column})"

    def placed_hits(self, house: HouseStyle) -> Iterator[PlacedHit]:
        """What :func:`batch_check` finds, with each hit's article number and positions."""
        names = self._names
        pairs = sorted(_candidates(names))
        variants = [(i, j) for i, j in pairs if one_token_variant(names[i], names[j]) is not None]
        places = self._places({n for pair in variants for n in pair})
        articles = self._columns[1]

        def in_articles(name: int) -> set[int]:
            return {articles[row] for row in places[name]}

        parent: dict[int, int] = {}

        def root(name: int) -> int:
            while parent.get(name, name) != name:
                name = parent[name]
            return name

        for i, j in variants:
            if not set(self._context[i]) & set(self._context[j]):
                continue
            if in_articles(i) == in_articles(j):
                continue  # only within the same articles: the per-article rule's case
            parent[root(j)] = root(i)
        groups: defaultdict[int, list[int]] = defaultdict(list)
        for name in parent:
            groups[root(name)].append(name)
        for top, members in groups.items():
            yield from self._report(house, {top, *members}, places)

    def _report(
        self, house: HouseStyle, group: set[int], places: dict[int, list[int]]
    ) -> Iterator[PlacedHit]:
        house_names = {tuple(n.split()) for n in house.names}
        names, columns = self._names, self._columns

        def first_place(name: int) -> tuple[int, Span]:
            row = places[name][0]
            return columns[1][row], Span(columns[2][row], columns[3][row])

        ordered = sorted(
            group,
            key=lambda n: (names[n] not in house_names, -len(places[n]), first_place(n)),
        )
        main, others = ordered[0], ordered[1:]
        shown_main = " ".join(names[main])
        where_main = self._where(places[main][0])
        kept = [(row, _spelled(shown_main)) for row in places[main][:_SHOWN]]
        for name in others:
            shown = " ".join(names[name])
            for row in places[name]:
                yield self._placed(
                    row,
                    f"{curly(shown)} is spelled {curly(shown_main)} in {where_main}; "
                    "use one spelling",
                    shown,
                    fix=shown_main,
                    related=kept,
                )

    def _placed(
        self,
        row: int,
        message: str,
        match: str,
        fix: str | None = None,
        related: Sequence[tuple[int, str]] = (),
    ) -> PlacedHit:
        _, article, start, end, line, column, end_line, end_column = (c[row] for c in self._columns)
        return PlacedHit(
            article,
            Hit(start, end, message, fix=fix, match=match),
            Position(line, column),
            Position(end_line, end_column),
            tuple(self._related(article, other, label) for other, label in related),
        )

    def _related(self, own: int, row: int, label: str) -> Related:
        """A place of the group as the finding at article ``own`` lists it, with the path
        of its article when that is another one (as the engine places a serial hit's)."""
        _, article, start, end, line, column, end_line, end_column = (c[row] for c in self._columns)
        path = None if article == own else self.paths[article]
        return Related(line, column, end_line, end_column, label, start, end, path)


RULE = Rule(
    "NC102",
    "name-variant-across-articles",
    Severity.WARNING,
    __doc__ or "",
    batch_check=batch_check,
    summarize=name_uses,
    index=NameIndex,
)
