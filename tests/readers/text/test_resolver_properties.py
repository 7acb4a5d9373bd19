"""Properties of the resolver on generated wire paragraphs full of invented people.

Whatever the names and the templates: each person's forms cover exactly its mentions and each
form is written where its spans say; no span names two people; titles are written where their
spans say; reading is deterministic; a recogniser that finds nothing changes nothing; and a
surname said after its full name (and no one else's) is a mention of that person.
"""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.readers.text.support import story
from toolkit.model import Article
from toolkit.readers.options import ReaderOptions
from toolkit.readers.text import read_text
from toolkit.readers.text.recognisers import DEFAULT_RECOGNISERS, Mention, Recogniser, Scan

GIVEN = ["Aino", "Osvaldo", "Hannah", "Dario", "Selim", "Ines", "Marta", "Oliver", "Ngozi"]
FAMILY = ["Lehtola", "Brenner", "Sorensen", "Menotti", "Ardahan", "Carvalho", "Pellham", "Okoro"]
TEMPLATES = [
    "{full} said on Monday that the plan would go ahead.",
    "Finance Minister {full} presented the budget.",
    "{full}, a spokeswoman for the port authority, declined to comment.",
    "Mr {family} said taxes would not rise.",
    '"We will appeal," said {full}.',
    "{family} said the decision was final.",
    "The vote was won by {full}, 34, of Leeds.",
    "{full} and {other} trained alone on Tuesday.",
    "Delegates thanked {family} for the talks.",
]


@st.composite
def stories(draw: st.DrawFn) -> str:
    cast = draw(
        st.lists(
            st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)),
            min_size=1,
            max_size=4,
            unique_by=lambda p: p[1],
        )
    )
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        given_name, family = draw(st.sampled_from(cast))
        other_given, other_family = draw(st.sampled_from(cast))
        template = draw(st.sampled_from(TEMPLATES))
        paragraphs.append(
            template.format(
                full=f"{given_name} {family}",
                family=family,
                other=f"{other_given} {other_family}",
            )
        )
    return story(*paragraphs)


SETTINGS = settings(max_examples=150, deadline=None)


def _nothing(scan: Scan) -> Iterator[Mention]:
    return iter(())


@SETTINGS
@given(stories())
def test_forms_cover_the_mentions_and_spans_hold(text: str) -> None:
    article = read_text(text)
    seen: set[tuple[int, int]] = set()
    for person in article.people:
        from_forms = sorted(span for form in person.forms for span in form.spans)
        assert from_forms == sorted(person.mentions)
        for form in person.forms:
            for span in form.spans:
                assert " ".join(span.slice(text).split()) == form.text
        for span in person.mentions:
            assert (span.start, span.end) not in seen  # no span names two people
            seen.add((span.start, span.end))
        for title in person.titles:
            assert title.span is not None
            assert " ".join(title.span.slice(text).split()) == title.text


@SETTINGS
@given(stories())
def test_reading_is_deterministic_and_an_idle_recogniser_changes_nothing(text: str) -> None:
    first: Article = read_text(text)
    assert read_text(text).people == first.people
    idle = ReaderOptions(recognisers=(*DEFAULT_RECOGNISERS, Recogniser("idle", _nothing)))
    assert read_text(text, idle).people == first.people


@SETTINGS
@given(stories())
def test_a_later_surname_joins_its_full_name(text: str) -> None:
    article = read_text(text)
    for person in article.people:
        full = person.forms[0].text.split() if person.forms else []
        if len(full) != 2:
            continue
        family = full[1]
        first_full = person.forms[0].spans[0].start
        owners = [p for p in article.people if family in p.name.split()]
        if len(owners) != 1:
            continue
        later = text.find(f"{family} said", first_full + len(person.forms[0].text))
        if later >= 0 and text[later - 1] in " \n" and not text[:later].endswith(full[0] + " "):
            assert any(m.start == later for m in person.mentions), family
