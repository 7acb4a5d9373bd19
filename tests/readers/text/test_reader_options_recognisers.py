"""``ReaderOptions.recognisers``: a caller adds or replaces a recogniser, and the README's
example runs as printed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.readers.text.support import scan_of, story, who
from toolkit.model import Article, Span
from toolkit.readers.options import ReaderOptions
from toolkit.readers.text import read_text
from toolkit.readers.text.recognisers import DEFAULT_RECOGNISERS, Mention, Recogniser, Scan

STORY = story("Pelé opened the stadium on Tuesday, and Mr Pellham thanked him. Pelé waved.")


def mononyms(scan: Scan) -> Iterator[Mention]:
    """A house list of one-word names the built-in rules cannot tell from any noun."""
    for found in re.finditer(r"\bPelé\b", scan.text):
        yield Mention(Span(found.start(), found.end()), "person", "house-list")


HOUSE = Recogniser("house-list", mononyms)


def test_the_built_in_rules_miss_a_one_word_name() -> None:
    assert who(STORY, read_text(STORY).people) == [("Mr Pellham", ["Pellham"])]


def test_an_added_recogniser_finds_its_names_and_keeps_the_others() -> None:
    options = ReaderOptions(recognisers=(*DEFAULT_RECOGNISERS, HOUSE))
    assert who(STORY, read_text(STORY, options).people) == [
        ("Pelé", ["Pelé", "Pelé"]),
        ("Mr Pellham", ["Pellham"]),
    ]


def test_a_replaced_table_runs_only_the_callers_recognisers() -> None:
    options = ReaderOptions(recognisers=(HOUSE,))
    assert who(STORY, read_text(STORY, options).people) == [("Pelé", ["Pelé", "Pelé"])]


def test_dropping_one_built_in_rule_drops_what_only_it_found() -> None:
    without_honorific = tuple(r for r in DEFAULT_RECOGNISERS if r.name != "honorific")
    options = ReaderOptions(recognisers=without_honorific)
    assert read_text(STORY, options).people == ()


def test_a_recogniser_may_name_an_organisation() -> None:
    text = story("The Pellham Trust opened the stadium on Tuesday.")

    def trusts(scan: Scan) -> Iterator[Mention]:
        for found in re.finditer(r"Pellham Trust", scan.text):
            yield Mention(Span(found.start(), found.end()), "organisation", "house-list")

    options = ReaderOptions(recognisers=(*DEFAULT_RECOGNISERS, Recogniser("trusts", trusts)))
    article = read_text(text, options)
    start = text.index("Pellham Trust")
    assert [(o.name, o.mentions) for o in article.organisations] == [
        ("Pellham Trust", (Span(start, start + len("Pellham Trust")),))
    ]
    assert article.people == ()


def _readme_example() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    (block,) = [b for b in blocks if "ReaderOptions(recognisers=" in b]
    return block


def test_the_readme_example_runs_as_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = story("Ngozi Okonjo-Iweala opened the meeting. Okonjo-Iweala thanked delegates.")
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(_readme_example(), "README.md", "exec"), namespace)
    article = namespace["article"]
    assert isinstance(article, Article)
    assert who(text, article.people) == [
        ("Ngozi Okonjo-Iweala", ["Ngozi Okonjo-Iweala", "Okonjo-Iweala"])
    ]
    house_list = namespace["house_list"]
    assert callable(house_list)
    start = text.index("Ngozi")
    assert list(house_list(scan_of(text))) == [
        Mention(Span(start, start + len("Ngozi Okonjo-Iweala")), "person", "house-list")
    ]
