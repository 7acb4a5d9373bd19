"""The engine builds one article context and every rule reads the same one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pytest import MonkeyPatch

from tests.check.build import article
from toolkit.checker.config import CheckConfig
from toolkit.checker.context import ArticleContext, blank_line_paragraphs
from toolkit.checker.engine import check_article
from toolkit.checker.registry import Hit, HouseStyle, Registry, Rule
from toolkit.checker.selection import Selection
from toolkit.findings import Severity
from toolkit.model import Article, Position, Source


def test_paragraphs_fall_back_to_blank_line_blocks() -> None:
    bare = Article(id="a", text="One.\n\n  Two\nlines.\n", source=Source(None, "0", "utf-8"))
    assert [p.text for p in ArticleContext(bare).paragraphs] == ["One.", "Two lines."]
    assert [p.line for p in blank_line_paragraphs(bare.text)] == [1, 3]


def test_shared_facts_are_computed_once_per_context() -> None:
    calls: list[int] = []

    def count(ctx: ArticleContext) -> int:
        calls.append(1)
        return len(ctx.paragraphs)

    ctx = ArticleContext(article("One.\n\nTwo."))
    assert (ctx.shared(count), ctx.shared(count)) == (2, 2)
    assert len(calls) == 1
    assert ArticleContext(ctx.article).shared(count) == 2
    assert len(calls) == 2  # a new article context computes afresh


def test_every_rule_of_an_article_reads_one_context() -> None:
    seen: list[ArticleContext] = []

    def remember(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
        seen.append(ctx)
        yield Hit(0, 3, "first word")

    rules = Registry(
        [
            Rule("NC901", "first", Severity.INFO, "One.", check=remember),
            Rule("NC902", "second", Severity.INFO, "Two.", check=remember),
        ]
    )
    config = CheckConfig(selection=Selection(select=("NC9",)))
    findings = check_article(article("The end."), config, rules)
    assert [f.code for f in findings] == ["NC901", "NC902"]
    assert len(seen) == 2 and seen[0] is seen[1]


def test_titles_in_text_order() -> None:
    from tests.check.build import person

    text = "Foreign Minister Wang Yi met Premier Li Qiang. Wang Yi spoke."
    people = (person(text, "Li Qiang", "Premier"), person(text, "Wang Yi", "Foreign Minister"))
    ctx = ArticleContext(article(text, people))
    assert [t.text for _, t in ctx.titles] == ["Foreign Minister", "Premier"]
    assert [[f.text for f in forms] for forms in ctx.forms] == [["Li Qiang"], ["Wang Yi"]]


def test_the_quote_rules_find_each_paragraphs_marks_once(monkeypatch: MonkeyPatch) -> None:
    # The module's cache of quote marks holds the last 64 paragraphs only: with each quote
    # rule walking every paragraph, an article of 89,000 quoted paragraphs found them 3 times.
    from toolkit.text import quotes

    pattern = quotes._QUOTE_MARK
    scanned: list[int] = []

    class Counting:
        def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
            scanned.append(start)
            return pattern.finditer(text, start, end)

    monkeypatch.setattr(quotes, "_QUOTE_MARK", Counting())
    quotes.quote_marks.cache_clear()
    story = article("\n\n".join(['"The port is busy," Li said. "It grows," he added.'] * 200))
    config = CheckConfig(selection=Selection(select=("NC303", "NC304", "NC306")))
    assert check_article(story, config) == []
    assert len(scanned) == len(set(scanned)) == 200
    quotes.quote_marks.cache_clear()


def test_related_locations_a_rule_shares_are_placed_once(monkeypatch: MonkeyPatch) -> None:
    # NC101 hands every misspelt mention of a name the mentions of the kept spelling: a name
    # misspelt at each of 300 mentions placed 300 * 300 related locations, one set per hit.
    from toolkit.readers import ReaderOptions, read_text

    said = ", a port official, said the work went on."
    kept, misspelt = [f"Tekoba Baloba{said}"] * 300, [f"Tekoba Bakoba{said}"] * 299
    text = "BEIJING, March 3 (Xinhua) -- " + "\n\n".join(kept + misspelt) + "\n"
    story = read_text(text.encode(), ReaderOptions(source_path="s.txt"))
    placed: list[int] = []
    position = Article.position

    def counting(self: Article, offset: int) -> Position:
        placed.append(offset)
        return position(self, offset)

    monkeypatch.setattr(Article, "position", counting)
    findings = check_article(story, CheckConfig(selection=Selection(select=("NC101",))))
    assert len(findings) == 299
    assert {len(f.related) for f in findings} == {300}
    assert findings[0].related[0].line == 1 and findings[0].related[-1].line == 599
    # each finding's start, end and "as on line 1:37", and the 300 related starts and ends
    assert len(placed) == 3 * 299 + 2 * 300
