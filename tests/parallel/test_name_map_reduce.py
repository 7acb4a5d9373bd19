"""NC102 as a map-reduce (summaries made per article, folded in the parent) finds exactly what
the rule finds over the articles themselves (--jobs 1 before this design)."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.check.build import article, person
from toolkit.checker.config import CheckConfig
from toolkit.checker.engine import BatchFindings, article_path, batch_summaries, check_batch
from toolkit.checker.registry import HouseStyle
from toolkit.checker.rules import RULES
from toolkit.checker.selection import Selection
from toolkit.findings import Related
from toolkit.model import Article

GIVEN = ["Igor", "Moin", "Anna", "Wang"]
FAMILY = ["Dyagalo", "Dygalo", "Haq", "Haque", "Lindqvist", "Lindquist", "Yi", "Yifei"]
ROLES = ["Navy spokesman", "ambassador", "Russian minister", "director of Red Cross", ""]
FILLER = ["said on Monday.", "told reporters.", "Talks went on.", "\nThe port reopened."]


@st.composite
def batches(draw: st.DrawFn) -> list[Article]:
    count = draw(st.integers(1, 12))
    found = []
    for index in range(count):
        people = draw(
            st.lists(
                st.tuples(st.sampled_from(ROLES), st.sampled_from(GIVEN), st.sampled_from(FAMILY)),
                min_size=0,
                max_size=3,
            )
        )
        text, persons = "", []
        for role, given_name, family in people:
            name = f"{given_name} {family}"
            text += f"{role} {name} {draw(st.sampled_from(FILLER))} "
        for role, given_name, family in people:
            name = f"{given_name} {family}"
            titles = (role,) if role else ()
            persons.append(person(text, name, *titles))
        path = f"{draw(st.sampled_from(['desk', 'wire']))}/{index:02d}.txt"
        found.append(article(text + "\n", tuple(persons), path=path))
    return found


def map_reduce(articles: list[Article], config: CheckConfig) -> list[object]:
    batch = BatchFindings(config)
    for item in articles:
        # what travels from a worker: pickled summaries, never the article
        summaries = pickle.loads(pickle.dumps(batch_summaries(item, config)))
        batch.add(article_path(item), summaries)
    return list(batch.findings())


CONFIGS = [
    CheckConfig(selection=Selection(select=("NC102",))),
    CheckConfig(
        selection=Selection(select=("NC102",), per_file_ignores=(("wire/*", ("NC102",)),)),
        house=HouseStyle(names={"Igor Dygalo": ()}),
    ),
]


@settings(max_examples=300)
@given(batches(), st.sampled_from(CONFIGS))
def test_same_findings_as_the_rule_over_articles(
    articles: list[Article], config: CheckConfig
) -> None:
    assert map_reduce(articles, config) == check_batch(articles, config)


def test_a_known_batch_gives_the_expected_findings() -> None:
    first = "Navy spokesman Igor Dyagalo said the drill ended.\n"
    second = "Navy spokesman Igor Dygalo said two ships returned.\n"
    articles = [
        article(first, (person(first, "Igor Dyagalo", "Navy spokesman"),), path="a.txt"),
        article(second, (person(second, "Igor Dygalo", "Navy spokesman"),), path="b.txt"),
    ]
    config = CheckConfig(selection=Selection(select=("NC102",)))
    found = map_reduce(articles, config)
    assert found == check_batch(articles, config)
    assert [(f.path, f.line, f.column, f.match) for f in found] == [  # type: ignore[attr-defined]
        ("b.txt", 1, 16, "Igor Dygalo"),
    ]
    # it lists the other article's spelling as a related location, with its path
    assert [f.related for f in found] == [  # type: ignore[attr-defined]
        (Related(1, 16, 1, 28, "spelled “Igor Dyagalo” here", 15, 27, "a.txt"),),
    ]


def test_a_place_in_the_finding_s_own_article_has_no_path() -> None:
    # a.txt writes both spellings (NC101's case there); c.txt the rarer one as well
    first = "Navy spokesman Igor Dyagalo said the drill ended.\n"
    second = "Navy spokesman Igor Dygalo said ships returned. Igor Dyagalo agreed.\n"
    articles = [
        article(first, (person(first, "Igor Dyagalo", "Navy spokesman"),), path="a.txt"),
        article(
            second,
            (
                person(second, "Igor Dygalo", "Navy spokesman"),
                person(second, "Igor Dyagalo", "Navy spokesman"),
            ),
            path="b.txt",
        ),
    ]
    config = CheckConfig(selection=Selection(select=("NC102",)))
    found = map_reduce(articles, config)
    assert found == check_batch(articles, config)
    rarer = [f for f in found if f.match == "Igor Dygalo"]  # type: ignore[attr-defined]
    assert [r.path for f in rarer for r in f.related] == ["a.txt", None]  # type: ignore[attr-defined]


def test_every_batch_rule_has_a_map_reduce_form() -> None:
    for rule in RULES.values():
        if rule.batch_check is not None:
            assert rule.summarize is not None and rule.index is not None, rule.code
