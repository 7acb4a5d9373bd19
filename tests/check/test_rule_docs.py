"""Every rule's docstring: the four sections exist, the Example is flagged, Use instead is not."""

from __future__ import annotations

import pytest

from toolkit.checker.config import CheckConfig
from toolkit.checker.engine import check_article, check_batch
from toolkit.checker.registry import Rule, Scope
from toolkit.checker.rules import RULES
from toolkit.checker.selection import Selection
from toolkit.findings import Finding
from toolkit.readers import ReaderOptions, read_text

SECTIONS = ("What it flags", "Why it matters", "Example", "Use instead")


def findings(rule: Rule, passage: str) -> list[Finding]:
    config = CheckConfig(selection=Selection(select=(rule.code,)), house=rule.example_house)
    texts = [part.strip() + "\n" for part in passage.split("\n---\n")]
    articles = [
        read_text(t.encode("utf-8"), ReaderOptions(source_path=f"doc{i}.txt", year=2022))
        for i, t in enumerate(texts)
    ]
    if rule.scope is Scope.BATCH:
        return check_batch(articles, config)
    return [f for a in articles for f in check_article(a, config)]


@pytest.mark.parametrize("code", list(RULES))
def test_docstring_has_the_four_sections(code: str) -> None:
    rule = RULES[code]
    assert rule.summary.endswith(".")
    for section in SECTIONS:
        assert rule.section(section), f"{code} has no {section!r} section"


@pytest.mark.parametrize("code", list(RULES))
def test_example_is_flagged(code: str) -> None:
    rule = RULES[code]
    assert {f.code for f in findings(rule, rule.section("Example"))} == {code}


@pytest.mark.parametrize("code", list(RULES))
def test_use_instead_is_clean(code: str) -> None:
    rule = RULES[code]
    assert findings(rule, rule.section("Use instead")) == []
