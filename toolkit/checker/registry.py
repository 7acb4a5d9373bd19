"""Rules as data: a code, a name, a docstring, a scope and a check function."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from toolkit.findings import Related, RuleDoc, Severity
from toolkit.model import Article, Position

if TYPE_CHECKING:
    from toolkit.checker.context import ArticleContext


class Scope(StrEnum):
    ARTICLE = "article"  # the check sees one article at a time
    BATCH = "batch"  # the check sees every article of the run at once


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule reports: a range of ``Article.text`` and an editor's message.

    The engine turns a hit into a :class:`~toolkit.findings.Finding` (path, line:col, severity).
    """

    start: int
    end: int
    message: str
    # the text to put in place of [start, end), or an instruction when there is no such text
    fix: str | None = None
    match: str | None = None  # defaults to the text of [start, end)
    # Other ranges of the text the message compares (start, end, label): the form kept, the
    # other spellings. Reporters list them as related locations.
    related: tuple[tuple[int, int, str], ...] = ()
    # The fix is certain (quote marks, spacing, a house spelling, a doubled phrase), so
    # ``check --diff`` shows it and ``--fix`` applies it; never set for names or titles, which
    # people edit.
    fix_safe: bool = False


@dataclass(frozen=True, slots=True)
class BatchHit:
    """A hit in one article of a batch (``article`` indexes the sequence given to the rule)."""

    article: int
    hit: Hit
    # Places in any article of the batch the message compares (article, start, end, label):
    # the other spellings of a name in other articles. Reporters list them as related
    # locations, with the other article's path.
    related: tuple[tuple[int, int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """The house lists from the configuration."""

    # canonical person name -> spellings to flag ("Moin ul Haq" -> ("Moin Haq",))
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # canonical title -> forms to flag ("spokesperson" -> ("spokesman", "spokeswoman"))
    titles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # terms in their house casing; any other casing is flagged ("Belt and Road")
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlacedHit:
    """A batch hit that carries its own positions: found from summaries, not articles."""

    article: int  # the article's number in the order the summaries were added
    hit: Hit
    start: Position
    end: Position
    related: tuple[Related, ...] = ()  # placed already: the summaries hold the positions


class BatchIndex(Protocol):
    """The reduce side of a batch rule: summaries added article by article, then the hits."""

    paths: list[str]

    def add(self, path: str, summary: Any) -> None: ...

    def placed_hits(self, house: HouseStyle) -> Iterable[PlacedHit]: ...


# an article rule reads the one context the engine builds per article
ArticleCheck = Callable[["ArticleContext", HouseStyle], Iterable[Hit]]
BatchCheck = Callable[[Sequence[Article], HouseStyle], Iterable[BatchHit]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str  # "NC101": family digit, then a number within the family
    name: str  # reads as "allow <name>": "name-variant"
    severity: Severity
    doc: str  # the rule module's docstring: summary line, then the four sections
    check: ArticleCheck | None = None
    batch_check: BatchCheck | None = None
    # the batch check as a map-reduce, so a batch can be checked in several processes:
    # ``summarize`` runs per article (in a worker), ``index`` folds the summaries (in the parent)
    summarize: Callable[[Article], Any] | None = None
    index: Callable[[], BatchIndex] | None = None
    # house lists the docstring example needs (a house-list rule flags nothing without them)
    example_house: HouseStyle = field(default_factory=HouseStyle)

    @property
    def scope(self) -> Scope:
        return Scope.BATCH if self.batch_check is not None else Scope.ARTICLE

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip()

    @property
    def rule_doc(self) -> RuleDoc:
        return RuleDoc(
            self.code, self.name, self.summary, inspect.cleandoc(self.doc), self.severity
        )

    def section(self, title: str) -> str:
        """The text of one docstring section ("Example", "Use instead"), dedented."""
        return doc_section(self.doc, title)


def doc_section(doc: str, title: str) -> str:
    """Lines under ``Title:`` up to the next section heading, dedented, without blank ends."""
    lines = inspect.cleandoc(doc).splitlines()
    heading = f"{title}:"
    try:
        start = lines.index(heading) + 1
    except ValueError:
        return ""
    body: list[str] = []
    for line in lines[start:]:
        if line and not line[0].isspace() and line.endswith(":"):
            break
        body.append(line)
    return inspect.cleandoc("\n".join(body))


class Registry(Mapping[str, Rule]):
    """Rules by code, in code order. Codes and names must be unique."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        by_code: dict[str, Rule] = {}
        names: set[str] = set()
        for rule in rules:
            if rule.code in by_code or rule.name in names:
                raise ValueError(f"duplicate rule {rule.code} {rule.name}")
            by_code[rule.code] = rule
            names.add(rule.name)
        self._rules = dict(sorted(by_code.items()))

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def docs(self) -> dict[str, RuleDoc]:
        return {code: rule.rule_doc for code, rule in self._rules.items()}
