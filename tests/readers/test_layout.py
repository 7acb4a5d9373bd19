"""Paragraph layouts: indentation, blank-line blocks, hard-wrapped lines, one line each."""

from __future__ import annotations

from toolkit.model import Paragraph
from toolkit.readers.text.layout import paragraphs


def _texts(text: str, start: int = 0) -> list[tuple[int, str]]:
    result = paragraphs(text, start, len(text))
    for paragraph in result:
        # spans run from the first to the last non-space character of the paragraph
        source = paragraph.span.slice(text)
        assert " ".join(source.split()) == paragraph.text
    return [(p.line, p.text) for p in result]


def test_one_paragraph_per_line_with_blank_lines() -> None:
    text = "First paragraph here.\n\nSecond one here.\n\nThird.\n"
    assert _texts(text) == [(1, "First paragraph here."), (3, "Second one here."), (5, "Third.")]


def test_long_lines_without_blank_lines_are_each_a_paragraph() -> None:
    first = "A" + " long sentence" * 10 + "."
    second = "B" + " long sentence" * 10 + "."
    assert _texts(f"{first}\n{second}\n") == [(1, first), (2, second)]


def test_hard_wrapped_blocks_separated_by_blank_lines() -> None:
    text = (
        "China will enhance its international cooperation in protecting\n"
        "the country's wetlands, said a Chinese official.\n"
        "\n"
        "China will cooperate with the International Wetlands\n"
        "Organization to evaluate the country's wetlands.\n"
    )
    assert _texts(text) == [
        (
            1,
            "China will enhance its international cooperation in protecting the "
            "country's wetlands, said a Chinese official.",
        ),
        (
            4,
            "China will cooperate with the International Wetlands Organization to "
            "evaluate the country's wetlands.",
        ),
    ]


def test_indented_paragraph_starts_with_wrapped_lines_and_no_blank_lines() -> None:
    text = (
        "    LONDON, Feb 26 - Iran announced tonight that its major\n"
        "offensive had ended.\n"
        "    The Iranian news agency said the operation was now\n"
        "over.\n"
        '    "We have won," it said.\n'
    )
    start = text.index("Iran")
    assert _texts(text, start) == [
        (1, "Iran announced tonight that its major offensive had ended."),
        (3, "The Iranian news agency said the operation was now over."),
        (5, '"We have won," it said.'),
    ]


def test_tab_indented_wrapped_paragraphs_with_blank_lines() -> None:
    text = (
        "\tWASHINGTON (AP) -- President Clinton has renominated James\n"
        "Hormel as ambassador.\n"
        "\n"
        "\tThe Senate last year refused to vote on the\n"
        "nomination.\n"
    )
    start = text.index("President")
    assert _texts(text, start) == [
        (1, "President Clinton has renominated James Hormel as ambassador."),
        (4, "The Senate last year refused to vote on the nomination."),
    ]


def test_indent_marks_paragraphs_whose_sentences_are_separated_by_blank_lines() -> None:
    text = (
        "DATELINE The lede sentence.\n"
        "\n"
        "A second unindented block.\n"
        "\n"
        "  Indented start of a paragraph.\n"
        "\n"
        "Its second sentence.\n"
        "\n"
        "  Another paragraph.\n"
        "\n"
        "  A third one.\n"
        "\n"
        "With a continuation.\n"
    )
    assert _texts(text, text.index("The lede")) == [
        (1, "The lede sentence."),
        (3, "A second unindented block."),
        (5, "Indented start of a paragraph. Its second sentence."),
        (9, "Another paragraph."),
        (11, "A third one. With a continuation."),
    ]


def test_a_few_indented_lines_do_not_merge_blank_line_paragraphs() -> None:
    blocks = [f"Paragraph number {n} of the story." for n in range(10)]
    blocks[4] = "  An indented block quote."
    text = "\n\n".join(blocks) + "\n"
    assert len(_texts(text)) == 10


def test_spans_lines_and_whitespace() -> None:
    text = "x\n\n  \t First  line\u00a0of it\nsecond\tline  \n\n\nNext.\n"
    result = paragraphs(text, 0, len(text))
    assert result == (
        Paragraph("x", result[0].span, 1),
        Paragraph("First line of it second line", result[1].span, 3),
        Paragraph("Next.", result[2].span, 7),
    )
    assert result[1].span.slice(text) == "First  line\u00a0of it\nsecond\tline"
    assert result[2].span.slice(text) == "Next."


def test_region_bounds_are_respected() -> None:
    text = "Head line\n\nBody one.\n\nBody two.\n Reuter\n"
    end = text.index(" Reuter")
    assert [p.text for p in paragraphs(text, text.index("Body"), end)] == [
        "Body one.",
        "Body two.",
    ]


def test_empty_region_gives_no_paragraphs() -> None:
    assert paragraphs("text\n\n\n", 4, 7) == ()
    assert paragraphs("text", 4, 4) == ()
