"""Descriptors next to a name, kept whole: sentence and name -> the titles written with it.

Pre-modifiers ("television host Lorna Keel"), appositives ("Irfan Hadi, a 25-year-old doctor
from Bolton,"), party tags ("Bill Archer, R-Texas") and role complements ("Laura Vesey is a
P-I columnist"); an age, a place or another name is never a title.
"""

from __future__ import annotations

import pytest

from tests.readers.text.support import span_of
from toolkit.readers.text.descriptors import descriptors


def titles(sentence: str, name: str) -> list[str]:
    found = list(descriptors(sentence, span_of(sentence, name), 0, len(sentence)))
    for title in found:
        assert title.span is not None
        assert title.span.slice(sentence) == title.text  # the span is where it is written
    return [title.text for title in found]


def gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


PRE_MODIFIERS = [
    ("Former independent MP Martin Pell spoke first.", "Martin Pell", ["Former independent MP"]),
    ("Television host Lorna Keel opened the show.", "Lorna Keel", ["Television host"]),
    ("Sir Bernard Inchley wrote the foreword.", "Bernard Inchley", ["Sir"]),
    (
        "CNN meteorologist Dana Wexley said the storm would weaken.",
        "Dana Wexley",
        ["CNN meteorologist"],
    ),
    # the verb before the descriptor is not part of it
    ("The club appointed new coach Glenn Hartle on Monday.", "Glenn Hartle", ["new coach"]),
    # a lead descriptor with its determiner
    (
        "A senior Chinese lawmaker Li Qiang said the law would change.",
        "Li Qiang",
        ["A senior Chinese lawmaker"],
    ),
    (
        "President Omar Diallo's drug policy adviser Barry McAllen spoke.",
        "Barry McAllen",
        ["President Omar Diallo's drug policy adviser"],
    ),
    # two coordinated titles are two titles
    (
        "Chinese Vice-Premier and Foreign Minister Qian Hongwei arrived.",
        "Qian Hongwei",
        ["Chinese Vice-Premier", "Foreign Minister"],
    ),
    # the visit is news, not a title
    ("Visiting Kenyan President Peter Mwangi laid a wreath.", "Peter Mwangi", ["Kenyan President"]),
    # a determiner-led phrase fronted before a comma
    (
        "The show's presenter, Jonathan Maitby, said sorry.",
        "Jonathan Maitby",
        ["The show's presenter"],
    ),
    (
        "government spokesman Mikhail Orlov said Pavel Sokol was wrong.",
        "Mikhail Orlov",
        ["government spokesman"],
    ),
    ("Ms Lund said the figures were wrong.", "Lund", []),  # an honorific is no title
    pytest.param(
        "They cheered the coach. Mia Lund said it was fair.",
        "Mia Lund",
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), PRE_MODIFIERS)
def test_pre_modifier(sentence: str, name: str, expected: list[str]) -> None:
    assert titles(sentence, name) == expected


APPOSITIVES = [
    (
        "Irfan Hadi, a 25-year-old doctor from Bolton, was arrested.",
        "Irfan Hadi",
        ["a 25-year-old doctor from Bolton"],
    ),
    (
        "Frederick Seitz, a past president of the National Academy of Sciences, wrote it.",
        "Frederick Seitz",
        ["a past president of the National Academy of Sciences"],
    ),
    (
        "Hu Qing, director of conservation for the Lakeside Audubon Society, said numbers fell.",
        "Hu Qing",
        ["director of conservation for the Lakeside Audubon Society"],
    ),
    (
        "Anna Berg, spokeswoman for the Port Authority, said the ship Yuri Gagarin docked.",
        "Anna Berg",
        ["spokeswoman for the Port Authority"],
    ),
    (
        "Audrey Lin, Taiwan's digital minister, spoke.",
        "Audrey Lin",
        ["Taiwan's digital minister"],
    ),
    (
        "Mia Lund, who heads the regional water authority, said the dam was safe.",
        "Mia Lund",
        ["who heads the regional water authority"],
    ),
    # an age, a place, a list of names: no title
    ("Selim Ardahan, 23, scored twice.", "Selim Ardahan", []),
    ("He played in Aberdeen, Scotland, for years.", "Aberdeen", []),
    ("Adams, Platt and Wright are injured.", "Adams", []),
    pytest.param(
        "Police said Tom Reid, 41, a teacher, was held.",
        "Tom Reid",
        ["a teacher"],
        marks=gap("an appositive after the age (', 41, a teacher,') is not read"),
    ),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), APPOSITIVES)
def test_appositive(sentence: str, name: str, expected: list[str]) -> None:
    assert titles(sentence, name) == expected


def test_party_tag_is_a_title_of_its_own() -> None:
    assert titles("Bill Archer, R-Texas, introduced the bill.", "Bill Archer") == ["R-Texas"]


COMPLEMENTS = [
    ("Laura Vesey is a P-I columnist.", "Laura Vesey", ["a P-I columnist"]),
    (
        "The board praised Liu Zunqi as an economist of rare talent.",
        "Liu Zunqi",
        ["an economist of rare talent"],
    ),
    (
        "Alan Ross was named chairman of the Borders Trust.",
        "Alan Ross",
        ["chairman of the Borders Trust"],
    ),
    pytest.param(
        "Greg Moss served as finance director of Northbank Water until May.",
        "Greg Moss",
        ["finance director of Northbank Water"],
        marks=gap("a complement title runs on into a time phrase ('until May')"),
    ),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), COMPLEMENTS)
def test_complement_title(sentence: str, name: str, expected: list[str]) -> None:
    assert titles(sentence, name) == expected


def test_a_descriptor_stays_inside_its_paragraph() -> None:
    text = "They hired a new coach\nGlenn Hartle spoke."
    name = span_of(text, "Glenn Hartle")
    assert [t.text for t in descriptors(text, name, 0, len(text))] == ["a new coach"]
    assert [t.text for t in descriptors(text, name, name.start, len(text))] == []
