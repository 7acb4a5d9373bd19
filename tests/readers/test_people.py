"""People found by extract_entities: names, titles, countries and every mention."""

from __future__ import annotations

import re

from toolkit.lexicon.surnames import family_name_first, short_form
from toolkit.lexicon.titles import canonical_role, is_role_head
from toolkit.model import Paragraph, Person, Span
from toolkit.readers.text.entities import extract_entities

XINHUA = """\
BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Kenyan \
President William Ruto in Beijing on Tuesday.
Xi said China is ready to work with Kenya to deepen cooperation in trade, infrastructure and \
green development.
Chinese Foreign Minister Wang Yi and Wang Yifei, spokesperson of the Ministry of Commerce, \
attended the talks.
Wang said the two sides signed 12 cooperation documents.
Ruto said Kenya welcomes more Chinese investment.
"""

REUTERS = """\
LONDON, May 4 (Reuters) - Opposition leader Michael Howard accused Prime Minister Tony Blair \
on Wednesday of misleading voters over the cost of the new hospital programme.
"The prime minister has had eight years to fix this and he has failed," Mr Howard told \
supporters in Manchester. "Families deserve better."
Blair's spokesman said the government would publish the figures next week.
Separately, U.S. Secretary of State Antony Blinken said on Tuesday that Washington would keep \
working with its allies on sanctions.
"""

AP = """\
RAMALLAH, West Bank (AP) -- Palestinian negotiator Saeb Erekat said Monday that talks with \
Israel would resume next week.
Sen. Patrick Leahy, D-Vt., said the Senate Foreign Relations Committee would hold a hearing.
At the State Department, spokeswoman Carol Mendez said the United States supported the talks.
By Monday evening, the Palestinian Authority had not commented.
"""


def paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line (the fixtures keep each paragraph on one line)."""
    return [
        Paragraph(m.group(), Span(m.start(), m.end()), n)
        for n, m in enumerate(re.finditer(r"[^\n]+", text), start=1)
    ]


def people(text: str, **kwargs: object) -> tuple[Person, ...]:
    return extract_entities(text, paragraphs(text), **kwargs).people  # type: ignore[arg-type]


def summary(text: str, found: tuple[Person, ...]) -> list[tuple[object, ...]]:
    return [
        (
            p.name,
            [t.text for t in p.titles],
            p.country,
            [text[m.start : m.end] for m in p.mentions],
        )
        for p in found
    ]


def test_xinhua_titles_second_references_and_shared_family_name() -> None:
    assert summary(XINHUA, people(XINHUA)) == [
        ("Xi Jinping", ["Chinese President"], "CN", ["Xi Jinping", "Xi"]),
        ("William Ruto", ["Kenyan President"], "KE", ["William Ruto", "Ruto"]),
        ("Wang Yi", ["Chinese Foreign Minister"], "CN", ["Wang Yi"]),
        ("Wang Yifei", ["spokesperson of the Ministry of Commerce"], None, ["Wang Yifei"]),
    ]


def test_a_short_form_two_people_share_is_no_ones_mention() -> None:
    found = people(XINHUA)
    wang_said = XINHUA.index("Wang said")
    assert all(m.start != wang_said for p in found for m in p.mentions)


def test_title_spans_index_the_source() -> None:
    xi = people(XINHUA)[0]
    title = xi.titles[0]
    assert title.span is not None
    assert XINHUA[title.span.start : title.span.end] == "Chinese President"


def test_reuters_honorific_second_reference_and_us_secretary_of_state() -> None:
    assert summary(REUTERS, people(REUTERS)) == [
        ("Michael Howard", ["Opposition leader"], None, ["Michael Howard", "Howard"]),
        ("Tony Blair", ["Prime Minister"], None, ["Tony Blair", "Blair"]),
        ("Antony Blinken", ["U.S. Secretary of State"], "US", ["Antony Blinken"]),
    ]


def test_ap_nationality_title_abbreviated_title_and_lowercase_role() -> None:
    assert summary(AP, people(AP)) == [
        ("Saeb Erekat", ["Palestinian negotiator"], "PS", ["Saeb Erekat"]),
        ("Patrick Leahy", ["Sen.", "D-Vt."], None, ["Patrick Leahy"]),
        ("Carol Mendez", ["spokeswoman"], None, ["Carol Mendez"]),
    ]


def test_president_prefix_is_a_title() -> None:
    text = "President Xi Jinping delivered a keynote speech.\n"
    assert summary(text, people(text)) == [("Xi Jinping", ["President"], None, ["Xi Jinping"])]


def test_appositive_after_a_title_and_before_one() -> None:
    text = (
        "Pakistan's ambassador to China, Moin Haq, said trade had doubled.\n"
        "Nadia Rahman, director of the Karachi Port Authority, said exports rose.\n"
        "Haq added that the corridor was on schedule.\n"
    )
    assert summary(text, people(text)) == [
        ("Moin Haq", ["Pakistan's ambassador to China"], "PK", ["Moin Haq", "Haq"]),
        ("Nadia Rahman", ["director of the Karachi Port Authority"], None, ["Nadia Rahman"]),
    ]


def test_portfolio_title_running_into_a_one_word_name() -> None:
    text = "Cuban Minister of Communications Arevic spoke by video. Arevic mentioned the divide.\n"
    assert summary(text, people(text)) == [
        ("Arevic", ["Cuban Minister of Communications"], "CU", ["Arevic", "Arevic"])
    ]


def test_of_country_after_the_portfolio_gives_the_country() -> None:
    text = "Hisham Farouk, Deputy Minister of Higher Education of Egypt, spoke.\n"
    assert summary(text, people(text)) == [
        (
            "Hisham Farouk",
            ["Deputy Minister of Higher Education of Egypt"],
            "EG",
            ["Hisham Farouk"],
        )
    ]


def test_name_as_title() -> None:
    text = "The president renominated James Hormel as ambassador to Luxembourg. Hormel declined.\n"
    assert summary(text, people(text)) == [
        ("James Hormel", ["ambassador to Luxembourg"], None, ["James Hormel", "Hormel"])
    ]


def test_speech_verb_is_evidence_for_a_full_name_and_a_mid_sentence_surname() -> None:
    text = (
        "Barry Toiv said the nomination would go ahead.\n"
        '"We are hopeful," Toiv said.\n'
        "Officials said the vote was close.\n"
    )
    assert summary(text, people(text)) == [("Barry Toiv", [], None, ["Barry Toiv", "Toiv"])]


def test_middle_initial_is_part_of_the_name() -> None:
    text = "Sharon R. Grasflin said she had filed the papers. Grasflin said she would wait.\n"
    assert summary(text, people(text)) == [
        ("Sharon R. Grasflin", [], None, ["Sharon R. Grasflin", "Grasflin"])
    ]


def test_reporters_in_bylines_are_not_people() -> None:
    text = "Reporter Wang Yifei said the forum opened on Monday.\n"
    assert people(text, bylines=["Wang Yifei"]) == ()


def test_excluded_spans_give_no_people() -> None:
    text = "President Clinton said the talks would go on.\n"
    assert people(text, exclude=[Span(0, 16)]) == ()


def test_capitalised_words_without_evidence_are_not_people() -> None:
    text = (
        "The Belt and Road Initiative was discussed. Digital Silk Road projects grew.\n"
        "At present, Beidou serves the world. In March, Wuzhen hosted the summit.\n"
        "Eventually, the minister left. In Aberdeen, Scotland, the former president spoke.\n"
    )
    assert people(text) == ()


def test_a_place_or_organisation_after_a_title_is_not_a_name() -> None:
    text = (
        "The spokesman, China, and the minister met. President Hotel staff said so.\n"
        "The director of the Bank of Ghana said rates would hold.\n"
    )
    assert people(text) == ()


def test_people_are_ordered_by_first_mention() -> None:
    text = "Tony Blair said it. Earlier, Sen. John Kerry said so. Blair said more.\n"
    assert [p.name for p in people(text)] == ["Tony Blair", "John Kerry"]


def test_every_mention_indexes_the_source_across_a_line_break() -> None:
    text = "Ukrainian President Leonid\nKuchma arrived. Kuchma spoke.\n"
    paras = [Paragraph("Ukrainian President Leonid Kuchma arrived. Kuchma spoke.", Span(0, 56), 1)]
    (kuchma,) = extract_entities(text, paras).people
    assert kuchma.name == "Leonid Kuchma"
    assert [text[m.start : m.end] for m in kuchma.mentions] == ["Leonid\nKuchma", "Kuchma"]


def test_name_order_lexicon() -> None:
    assert family_name_first(("Xi", "Jinping"))
    assert not family_name_first(("Moin", "Haq"))
    assert not family_name_first(("Lee", "Evans"))
    # a listed Western family name of more than one syllable, with no pinyin reading
    assert not family_name_first(("Lee", "Sharpe"))
    assert short_form(("Lee", "Sharpe")) == "Sharpe"
    # romanised Asian given names stay given names, listed as family names or not
    assert family_name_first(("Lee", "Kuan", "Yew"))
    assert family_name_first(("Pham", "Thanh"))
    assert family_name_first(("Kim", "Jong", "Chol"))
    assert family_name_first(("Lee", "Myung-bak"))
    assert short_form(("Xi", "Jinping")) == "Xi"
    assert short_form(("Moon", "Jae-in")) == "Moon"
    assert short_form(("Nguyen", "Xuan", "Phuc")) == "Phuc"
    assert short_form(("Michael", "Howard")) == "Howard"


def test_title_lexicon() -> None:
    assert is_role_head("Deputy Director")
    assert is_role_head("secretary-general")
    assert not is_role_head("deputy")
    assert canonical_role("Spokesman") == "spokesperson"
    assert canonical_role("chairwoman") == "chair"


def test_title_stops_before_a_second_title_and_keeps_both() -> None:
    text = (
        "Wang Cheng, member of the Standing Committee of the Provincial Party Committee and "
        "Director of the Organization Department, spoke.\n"
    )
    assert summary(text, people(text)) == [
        (
            "Wang Cheng",
            [
                "member of the Standing Committee of the Provincial Party Committee",
                "Director of the Organization Department",
            ],
            None,
            ["Wang Cheng"],
        )
    ]


def test_companies_next_to_a_speech_verb_are_not_people() -> None:
    text = (
        "Goldman Sachs said on Monday it would cut 300 jobs, while Morgan Stanley said profits "
        "rose. Analysts said the market was volatile.\n"
    )
    assert people(text) == ()


def test_a_speech_verb_with_a_personal_apposition_or_pronoun_is_enough() -> None:
    text = (
        "The plan needs international aid, said Chen Kelin, who heads the office.\n"
        "Inflation could rise again, says Marco Ferrante, head of a private university.\n"
        "Ana Duarte said she would appeal.\n"
    )
    assert [p.name for p in people(text)] == ["Chen Kelin", "Marco Ferrante", "Ana Duarte"]


def test_possessive_company_owner_is_in_the_title() -> None:
    text = "Microsoft Corp's chief executive Satya Nadella said demand was strong.\n"
    assert summary(text, people(text)) == [
        ("Satya Nadella", ["Microsoft Corp's chief executive"], None, ["Satya Nadella"])
    ]


def test_ambassador_to_many_countries_is_not_ambassador_to_china() -> None:
    text = "She served as ambassador to many countries including China, Tomas Reyes said.\n"
    assert summary(text, people(text)) == [("Tomas Reyes", [], None, ["Tomas Reyes"])]


def test_chinese_given_name_spelt_like_an_english_word() -> None:
    text = "Vice Premier Liu He met the delegation. Liu said trade talks would go on.\n"
    assert summary(text, people(text)) == [("Liu He", ["Vice Premier"], None, ["Liu He", "Liu"])]


def test_paragraph_starting_right_after_a_dateline_dash() -> None:
    # The paragraph's first word follows "--" with no space: the word reader must look at the
    # characters before the paragraph exactly as it does inside one.
    text = "WASHINGTON--Sen. Trent Lott told reporters the bill would pass. Lott said so twice.\n"
    start = text.index("Sen.")
    para = Paragraph(text[start:-1], Span(start, len(text) - 1), 1)
    found = extract_entities(text, [para]).people
    assert summary(text, found) == [("Trent Lott", ["Sen."], None, ["Trent Lott", "Lott"])]


def test_middle_initial_after_a_title() -> None:
    text = (
        "Acting Director Sharon R. Grasflin said the agency would appeal.\n"
        "Grasflin said a ruling was expected in June.\n"
    )
    assert summary(text, people(text)) == [
        ("Sharon R. Grasflin", ["Acting Director"], None, ["Sharon R. Grasflin", "Grasflin"])
    ]


def test_title_and_name_across_a_single_line_break() -> None:
    text = (
        "Cuban Minister of Communications\n"
        "Mayra Arevich said the cable would reach Havana in May.\n"
        "\n"
        "Arevich added that the ports were ready.\n"
    )
    first = Paragraph("", Span(0, text.index("\n\n")), 1)
    last = text.index("Arevich added")
    second = Paragraph("", Span(last, len(text) - 1), 4)
    found = extract_entities(text, [first, second]).people
    assert summary(text, found) == [
        ("Mayra Arevich", ["Cuban Minister of Communications"], "CU", ["Mayra Arevich", "Arevich"])
    ]
