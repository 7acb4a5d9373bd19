"""Run the selected rules over articles and turn their hits into findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from toolkit.checker.config import CheckConfig
from toolkit.checker.context import ArticleContext
from toolkit.checker.registry import BatchIndex, Hit, Rule, Scope
from toolkit.checker.rules import RULES
from toolkit.checker.selection import Selection
from toolkit.findings import Finding, Related
from toolkit.model import Article


def article_path(article: Article) -> str:
    return article.source.path or article.id


# Related locations already placed, by the id of the rule's tuple: (that tuple, its Related).
# The tuple is kept with its id, so the id cannot be reused by another tuple while placed.
_Placed = dict[int, tuple[tuple[tuple[int, int, str], ...], tuple[Related, ...]]]


def to_finding(
    article: Article, rule: Rule, hit: Hit, config: CheckConfig, placed: _Placed | None = None
) -> Finding:
    """The finding of one hit. ``placed``, shared by the hits of one article, keeps the
    related locations a rule hands several hits as one tuple (NC101 gives every misspelling
    of a name the mentions of the kept spelling) placed once and shared by their findings:
    placing them per hit made a name misspelt at each of n mentions cost n * n."""
    start = article.position(hit.start)
    end = article.position(hit.end)
    return Finding(
        code=rule.code,
        message=hit.message,
        severity=config.severity_for(rule.code, rule.severity),
        path=article_path(article),
        line=start.line,
        column=start.column,
        end_line=end.line,
        end_column=end.column,
        match=hit.match if hit.match is not None else article.text[hit.start : hit.end],
        fix=hit.fix,
        start=hit.start,
        end=hit.end,
        related=_related_of(article, hit.related, placed),
        fix_safe=hit.fix_safe and hit.fix is not None,
    )


def _related_of(
    article: Article, related: tuple[tuple[int, int, str], ...], placed: _Placed | None
) -> tuple[Related, ...]:
    if not related:
        return ()
    if placed is not None:
        known = placed.get(id(related))
        if known is not None and known[0] is related:
            return known[1]
    found = tuple(_related(article, start, end, label) for start, end, label in related)
    if placed is not None:
        placed[id(related)] = (related, found)
    return found


def _related(article: Article, start: int, end: int, label: str) -> Related:
    first = article.position(start)
    last = article.position(end)
    return Related(
        line=first.line,
        column=first.column,
        end_line=last.line,
        end_column=last.column,
        message=label,
        start=start,
        end=end,
    )


def selected_rules(config: CheckConfig, rules: Mapping[str, Rule] = RULES) -> list[Rule]:
    if rules is RULES:
        return list(_selected(config.selection))
    return [rules[code] for code in config.selection.codes(rules)]


@lru_cache(maxsize=64)
def _selected(selection: Selection) -> tuple[Rule, ...]:
    return tuple(RULES[code] for code in selection.codes(RULES))


def check_article(
    article: Article, config: CheckConfig, rules: Mapping[str, Rule] = RULES
) -> list[Finding]:
    """Findings of the article-scope rules for one article, sorted by position."""
    selection = config.selection
    active = selected_rules(config, rules)
    if selection.per_file_ignores:
        # selected rules are enabled: only per-file ignores can turn one off for this path
        path = article_path(article)
        active = [rule for rule in active if selection.enabled_for(rule.code, path)]
    context = ArticleContext(article)  # built once: every rule shares what it computes
    placed: _Placed = {}
    findings = [
        to_finding(article, rule, hit, config, placed)
        for rule in active
        if rule.check is not None
        for hit in rule.check(context, config.house)
    ]
    return sorted(findings, key=lambda f: f.sort_key)


def check_batch(
    articles: Sequence[Article], config: CheckConfig, rules: Mapping[str, Rule] = RULES
) -> list[Finding]:
    """Findings of the batch-scope rules over all the articles, sorted by path and position."""
    findings = []
    for rule in selected_rules(config, rules):
        if rule.batch_check is None:
            continue
        for batch_hit in rule.batch_check(articles, config.house):
            article = articles[batch_hit.article]
            if config.selection.enabled_for(rule.code, article_path(article)):
                finding = to_finding(article, rule, batch_hit.hit, config)
                if batch_hit.related:
                    elsewhere = tuple(
                        _elsewhere(articles, batch_hit.article, at, start, end, label)
                        for at, start, end, label in batch_hit.related
                    )
                    finding = replace(finding, related=finding.related + elsewhere)
                findings.append(finding)
    return sorted(findings, key=lambda f: f.sort_key)


def _elsewhere(
    articles: Sequence[Article], own: int, index: int, start: int, end: int, label: str
) -> Related:
    """A related place in any article of the batch, with that article's path when it is
    not the finding's own."""
    related = _related(articles[index], start, end, label)
    return related if index == own else replace(related, path=article_path(articles[index]))


def batch_summaries(
    article: Article, config: CheckConfig, rules: Mapping[str, Rule] = RULES
) -> tuple[tuple[str, Any], ...]:
    """The map side of the selected batch rules: what each needs of this article."""
    return tuple(
        (rule.code, rule.summarize(article))
        for rule in selected_rules(config, rules)
        if rule.summarize is not None
    )


class BatchFindings:
    """The reduce side: summaries added article by article (in batch order), then the
    batch findings, the same as :func:`check_batch` over the articles themselves."""

    def __init__(self, config: CheckConfig, rules: Mapping[str, Rule] = RULES) -> None:
        self.config = config
        self._configs: dict[str, CheckConfig] = {}  # a file's own config, when not ``config``
        self._indices: list[tuple[Rule, BatchIndex]] = []
        for rule in selected_rules(config, rules):
            if rule.scope is not Scope.BATCH:
                continue
            if rule.index is None or rule.summarize is None:
                raise TypeError(f"batch rule {rule.code} has no summarize/index pair")
            self._indices.append((rule, rule.index()))

    def add(
        self,
        path: str,
        summaries: tuple[tuple[str, Any], ...],
        config: CheckConfig | None = None,
    ) -> None:
        """One article's summaries; ``config``: its own configuration (per-file ignores and
        severities of its findings), when it differs from the batch's."""
        if config is not None and config is not self.config:
            self._configs[path] = config
        given = dict(summaries)
        for rule, index in self._indices:
            index.add(path, given[rule.code])

    def findings(self) -> list[Finding]:
        findings = []
        for rule, index in self._indices:
            for placed in index.placed_hits(self.config.house):
                path = index.paths[placed.article]
                config = self._configs.get(path, self.config)
                if not config.selection.enabled_for(rule.code, path):
                    continue
                hit = placed.hit
                findings.append(
                    Finding(
                        code=rule.code,
                        message=hit.message,
                        severity=config.severity_for(rule.code, rule.severity),
                        path=path,
                        line=placed.start.line,
                        column=placed.start.column,
                        end_line=placed.end.line,
                        end_column=placed.end.column,
                        match=hit.match,
                        fix=hit.fix,
                        start=hit.start,
                        end=hit.end,
                        related=placed.related,
                    )
                )
        return sorted(findings, key=lambda f: f.sort_key)


def has_batch_rules(config: CheckConfig, rules: Mapping[str, Rule] = RULES) -> bool:
    return any(rule.scope is Scope.BATCH for rule in selected_rules(config, rules))


def iter_findings(
    articles: Iterable[Article], config: CheckConfig, rules: Mapping[str, Rule] = RULES
) -> Iterator[Finding]:
    """Article findings as each article comes, then the batch findings at the end.

    Articles are kept only when a batch rule is selected.
    """
    keep = has_batch_rules(config, rules)
    kept: list[Article] = []
    for article in articles:
        yield from check_article(article, config, rules)
        if keep:
            kept.append(article)
    if keep:
        yield from check_batch(kept, config, rules)


def check(articles: Iterable[Article], config: CheckConfig | None = None) -> list[Finding]:
    """Every finding for the articles, eagerly."""
    return list(iter_findings(articles, config or CheckConfig()))
