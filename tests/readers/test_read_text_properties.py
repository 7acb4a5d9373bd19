"""Properties of read_text on any input: an Article or an InputError, with spans that hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.model import Article, Span
from toolkit.readers.text import read_text

# Text shaped like wire copy, so the dateline, byline and layout parsers are really exercised.
_PIECES = st.sampled_from(
    [
        "China News Service, Wuzhen, November 9th ",
        "(Wang Yifei and Zhang Yuhuan) ",
        "(Reporter Yang Na",
        "Xinhua News Agency Beijing December 11th ",
        "Message from Xinhua News Agency Nanchang on May 22 (journalist: Chen Yushan): ",
        "BEIJING, Feb. 2 (Xinhua) -- ",
        "    PEKING, March 3 - ",
        "SPARTA, Ga. _ ",
        "WUZHEN, China (AP) — ",
        "By WILLIAM KATES\n",
        "(For use by New York Times News Service clients.)\n",
        "c.1999 Seattle Post-Intelligencer\n",
        "The 2022 World Internet Conference was held on the 9th. ",
        '"We must act," he said. ',
        "“Belt and Road” ",
        "，。：（）",
        "\n",
        "\n\n",
        "  ",
        "\t",
        "\u00a0",
        "\r\n",
        "\x0c",
        " Reuter\n",
        "2023-02-11 13:07:20 [Source:Xinhua]\n",
    ]
)
WIRE_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(article: Article) -> list[Span]:
    spans: list[Span | None] = [article.agency_span]
    if article.dateline is not None:
        dateline = article.dateline
        spans += [dateline.span, dateline.place_span, dateline.date_span]
    spans += [byline.span for byline in article.bylines]
    if article.headline is not None:
        spans.append(article.headline.span)
    spans += [paragraph.span for paragraph in article.paragraphs]
    spans += [quote.span for quote in article.quotes]
    spans += [span for person in article.people for span in person.mentions]
    spans += [span for place in article.places for span in place.mentions]
    spans += [span for org in article.organisations for span in org.mentions]
    return [span for span in spans if span is not None]


def _check(data: bytes | str) -> None:
    try:
        article = read_text(data)
    except InputError as error:
        message = str(error)
        assert message
        assert "\n" not in message
        return
    text = article.text
    assert "\r" not in text
    assert text.strip()
    for span in _spans(article):
        assert 0 <= span.start <= span.end <= len(text)
    previous_end = 0
    for paragraph in article.paragraphs:
        assert paragraph.span.start >= previous_end
        assert paragraph.span.end > paragraph.span.start
        previous_end = paragraph.span.end
        assert paragraph.text == " ".join(paragraph.span.slice(text).split())
        assert paragraph.line == text.count("\n", 0, paragraph.span.start) + 1
    if article.dateline is not None:
        dateline = article.dateline
        assert dateline.span is not None
        assert dateline.span.slice(text) == dateline.text
        if dateline.date_span is not None:
            assert dateline.date_span.slice(text) == dateline.date_text
    for byline in article.bylines:
        assert byline.name
    if article.headline is not None:
        assert article.headline.span is not None
        assert article.headline.span.slice(text) == article.headline.text
        assert article.derived_headline is None
    if article.derived_headline is not None:
        assert article.derived_headline.derived
        assert article.derived_headline.span is None


@SETTINGS
@given(st.text())
def test_any_text_gives_an_article_or_an_input_error(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.binary())
def test_any_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    _check(data)


@SETTINGS
@given(WIRE_TEXT)
def test_wire_shaped_text_gives_an_article_or_an_input_error(text: str) -> None:
    _check(text)
    _check(text.encode("utf-8"))


@SETTINGS
@given(WIRE_TEXT)
def test_crlf_and_lf_read_the_same(text: str) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        from_lf = read_text(lf)
    except InputError:
        return
    from_crlf = read_text(lf.replace("\n", "\r\n"))
    assert from_crlf.text == from_lf.text
    assert from_crlf.paragraphs == from_lf.paragraphs
    assert from_crlf.dateline == from_lf.dateline
