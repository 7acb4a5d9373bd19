"""Quotes found by extract_entities: marks, continuation, terms, and speakers."""

from __future__ import annotations

import re

from toolkit.model import Paragraph, Quote, Span
from toolkit.readers.text.entities import extract_entities


def paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line (the fixtures keep each paragraph on one line)."""
    return [
        Paragraph(m.group(), Span(m.start(), m.end()), n)
        for n, m in enumerate(re.finditer(r"[^\n]+", text), start=1)
    ]


def quotes(text: str) -> tuple[Quote, ...]:
    return extract_entities(text, paragraphs(text)).quotes


def summary(text: str, found: tuple[Quote, ...]) -> list[tuple[object, ...]]:
    return [
        (
            q.text,
            text[q.span.start : q.span.end],
            q.speaker,
            text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None,
            q.paragraph,
        )
        for q in found
    ]


def test_straight_quote_then_speaker_in_the_same_sentence() -> None:
    text = (
        "Opposition leader Michael Howard attacked the plan.\n"
        '"The prime minister has failed," Mr Howard told supporters. "Families deserve better."\n'
    )
    assert summary(text, quotes(text)) == [
        (
            "The prime minister has failed,",
            '"The prime minister has failed,"',
            "Michael Howard",
            "Howard",
            1,
        ),
        (
            "Families deserve better.",
            '"Families deserve better."',
            "Michael Howard",
            "Howard",
            1,
        ),
    ]


def test_curly_quote_with_speaker_in_the_next_sentence() -> None:
    text = (
        "“We must seize the opportunities of digital transformation.” Pakistan's ambassador "
        "to China, Moin Haq, said in a video speech that investment should grow.\n"
    )
    assert summary(text, quotes(text)) == [
        (
            "We must seize the opportunities of digital transformation.",
            "“We must seize the opportunities of digital transformation.”",
            "Moin Haq",
            "Moin Haq",
            0,
        )
    ]


def test_quote_only_paragraph_takes_the_speaker_of_the_paragraph_before() -> None:
    text = (
        "Hisham Farouk, Deputy Minister of Higher Education of Egypt, said in a video speech "
        "that Egypt and China have cooperated well.\n"
        '"We are willing to cooperate with the Chinese side in many more projects."\n'
    )
    assert summary(text, quotes(text)) == [
        (
            "We are willing to cooperate with the Chinese side in many more projects.",
            '"We are willing to cooperate with the Chinese side in many more projects."',
            "Hisham Farouk",
            "Hisham Farouk",
            1,
        )
    ]


def test_speaker_before_the_quote_in_the_same_paragraph() -> None:
    text = 'Senator Ann Fowler said: "This bill will not pass the Senate this year."\n'
    assert summary(text, quotes(text)) == [
        (
            "This bill will not pass the Senate this year.",
            '"This bill will not pass the Senate this year."',
            "Ann Fowler",
            "Ann Fowler",
            0,
        )
    ]


def test_old_ap_marks_and_a_quote_running_into_the_next_paragraph() -> None:
    text = (
        "Palestinian negotiator Saeb Erekat spoke after the meeting.\n"
        "``We have done everything that was asked of us,'' Erekat told reporters. "
        "``Now it is up to the other side.\n"
        "``We will not accept another delay,'' he said.\n"
    )
    assert summary(text, quotes(text)) == [
        (
            "We have done everything that was asked of us,",
            "``We have done everything that was asked of us,''",
            "Saeb Erekat",
            "Erekat",
            1,
        ),
        (
            "Now it is up to the other side. We will not accept another delay,",
            "``Now it is up to the other side.\n``We will not accept another delay,''",
            "Saeb Erekat",
            "Erekat",
            1,
        ),
    ]


def test_short_scare_quotes_are_terms_not_quotes() -> None:
    text = (
        'Countries along the "Belt and Road" discussed the “Digital Silk Road” and what '
        "they called ``new infrastructure'' on Monday.\n"
    )
    assert quotes(text) == ()


def test_quote_without_a_named_speaker_has_none() -> None:
    text = '"We will rebuild the bridge before winter," one official said.\n'
    assert summary(text, quotes(text)) == [
        (
            "We will rebuild the bridge before winter,",
            '"We will rebuild the bridge before winter,"',
            None,
            None,
            0,
        )
    ]


def test_pronoun_speaker_is_the_person_named_just_before() -> None:
    text = (
        "Barry Toiv said the nomination would be sent again.\n"
        '"He is very well qualified for the job," he said.\n'
    )
    assert summary(text, quotes(text)) == [
        (
            "He is very well qualified for the job,",
            '"He is very well qualified for the job,"',
            "Barry Toiv",
            "Barry Toiv",
            1,
        )
    ]


def test_an_unclosed_quote_not_reopened_is_dropped() -> None:
    text = (
        '"This sentence never closes, said a rally organiser outside the hall.\n'
        "The crowd dispersed at noon.\n"
    )
    assert quotes(text) == ()


def test_according_to_names_the_speaker() -> None:
    text = (
        "According to central bank governor Lucia Ferri, the swings have lasted for years.\n"
        '"I think there is a lot of exaggeration in the markets about our economy."\n'
    )
    assert [(q.speaker, q.paragraph) for q in quotes(text)] == [("Lucia Ferri", 1)]


def test_quoted_title_case_name_is_a_term_but_a_one_word_answer_is_speech() -> None:
    text = (
        'The "2024 Award Ceremony for Honorary Degrees and Advanced Degrees" was held today.\n'
        '"Done?" the lawyer asked. "Done," Marco Valli said.\n'
    )
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("Done?", None),
        ("Done,", "Marco Valli"),
    ]


def test_speaker_after_the_verb_following_a_quote() -> None:
    text = '"We will appeal the ruling," said Teresa Okafor.\n'
    assert [(q.speaker, q.speaker_span) for q in quotes(text)] == [
        ("Teresa Okafor", Span(text.index("Teresa"), text.index(".\n")))
    ]


def test_curly_quote_running_over_three_paragraphs() -> None:
    text = (
        "Finance Minister Rosa Lindqvist spoke to parliament.\n"
        "“The budget is balanced for the first time in a decade.\n"
        "“Spending on schools will rise by four percent.\n"
        "“Nobody will pay more tax,” Lindqvist said.\n"
    )
    assert summary(text, quotes(text)) == [
        (
            "The budget is balanced for the first time in a decade. Spending on schools will "
            "rise by four percent. Nobody will pay more tax,",
            text[text.index("“The") : text.index("” Lindqvist") + 1],
            "Rosa Lindqvist",
            "Lindqvist",
            1,
        )
    ]
