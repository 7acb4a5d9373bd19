"""Arbitrary articles (control characters, odd Unicode, impossible dates): every writer gives
a document that validates against its schema, or a clear ToolkitError; never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import ToolkitError
from toolkit.model import (
    Article,
    Byline,
    Dateline,
    Headline,
    Organisation,
    Paragraph,
    Person,
    Place,
    PlaceKind,
    Quote,
    Source,
    Span,
    Title,
    YearSource,
)
from toolkit.model.identity import slugify
from toolkit.validation.catalog import fast_record_validator, json_schema_validator
from toolkit.validation.outputs import check_ninjs, check_record, check_xml
from toolkit.writers import WriterOptions
from toolkit.writers.newsmlg2 import write_newsml
from toolkit.writers.ninjs import write_ninjs
from toolkit.writers.nitf import write_nitf
from toolkit.writers.record import record_dict

# Control characters, combining marks, RTL, astral planes, U+FFFE/U+FFFF.
wild_text = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff", "\u200f"]),
    ),
    max_size=40,
)
names = wild_text.filter(lambda s: s != "")
countries = st.one_of(st.none(), st.from_regex(r"[A-Z]{2}", fullmatch=True))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(wild_text)
    size = len(text)

    def spans() -> Span:
        start = draw(st.integers(0, size))
        return Span(start, draw(st.integers(start, size)))

    paragraphs = tuple(
        Paragraph(draw(wild_text), spans(), draw(st.integers(1, 50)))
        for _ in range(draw(st.integers(0, 3)))
    )
    quotes = tuple(
        Quote(
            draw(wild_text),
            spans(),
            draw(st.one_of(st.none(), names)),
            paragraph=draw(st.one_of(st.none(), st.integers(0, 4))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    dateline = draw(
        st.one_of(
            st.none(),
            st.builds(
                Dateline,
                text=wild_text,
                span=st.none(),
                place=st.one_of(st.none(), names),
                country=countries,
                date_text=st.one_of(st.none(), wild_text),
                month=st.one_of(st.none(), st.integers(1, 12)),
                day=st.one_of(st.none(), st.integers(1, 31)),
                year=st.one_of(st.none(), st.integers(1900, 2100)),
                year_source=st.sampled_from(YearSource),
            ),
        )
    )
    return Article(
        id=slugify(draw(wild_text)),
        text=text,
        source=Source(draw(st.one_of(st.none(), wild_text)), "c" * 64, "utf-8"),
        agency=draw(st.one_of(st.none(), names)),
        dateline=dateline,
        bylines=tuple(
            Byline(draw(names), None, draw(st.one_of(st.none(), names)))
            for _ in range(draw(st.integers(0, 2)))
        ),
        headline=draw(st.one_of(st.none(), st.builds(Headline, wild_text, st.none()))),
        derived_headline=draw(
            st.one_of(st.none(), st.builds(Headline, wild_text, st.none(), st.just(True)))
        ),
        paragraphs=paragraphs,
        quotes=quotes,
        people=tuple(
            Person(draw(names), (Title(draw(wild_text), None),), (spans(),), draw(countries))
            for _ in range(draw(st.integers(0, 2)))
        ),
        organisations=tuple(Organisation(draw(names)) for _ in range(draw(st.integers(0, 2)))),
        places=tuple(
            Place(draw(names), draw(countries), draw(st.sampled_from(PlaceKind)))
            for _ in range(draw(st.integers(0, 2)))
        ),
        language=draw(st.sampled_from(["en", "en-GB", "zh-Hans-CN", "es-419", "en_GB", ""])),
        notes=tuple(draw(st.lists(wild_text, max_size=2))),
        version=draw(st.integers(0, 3)),
    )


PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def valid_or_clear_error(check: object) -> None:
    assert callable(check)
    try:
        check()
    except ToolkitError as error:
        message = str(error)
        assert message
        assert "\n" not in message


@PROPERTY
@given(article=articles())
def test_every_writer_validates_or_fails_clearly(article: Article, standards_dir: Path) -> None:
    options = WriterOptions()
    valid_or_clear_error(lambda: check_record(record_dict(article, options)))
    valid_or_clear_error(lambda: check_xml(write_newsml(article, options), "newsml", standards_dir))
    valid_or_clear_error(lambda: check_xml(write_nitf(article, options), "nitf", standards_dir))
    for version in ("3.1", "2.2", "1.6"):
        versioned = WriterOptions(ninjs_version=version)
        valid_or_clear_error(
            lambda v=versioned, n=version: check_ninjs(write_ninjs(article, v), n, standards_dir)
        )


@PROPERTY
@given(article=articles())
def test_valid_language_and_version_always_validate(article: Article, standards_dir: Path) -> None:
    if article.language in {"en_GB", ""} or article.version < 1:
        with pytest.raises(ToolkitError):
            write_newsml(article, WriterOptions())
        return
    options = WriterOptions()
    check_record(record_dict(article, options))
    check_xml(write_newsml(article, options), "newsml", standards_dir)
    check_xml(write_nitf(article, options), "nitf", standards_dir)
    for version in ("3.1", "2.2", "1.6"):
        check_ninjs(
            write_ninjs(article, WriterOptions(ninjs_version=version)), version, standards_dir
        )


@PROPERTY
@given(
    article=articles(),
    country=st.one_of(st.text(max_size=3), st.sampled_from(["CN", "cn", "C1", "CHN"])),
    date=st.one_of(
        st.text(max_size=12),
        st.sampled_from(["2022-11-09", "2022-02-30", "20221109", "2022-11-9", "2024-02-29"]),
    ),
)
def test_fast_record_check_agrees_with_jsonschema(
    article: Article, country: str, date: str
) -> None:
    fast = fast_record_validator()
    if fast is None:
        pytest.skip("jsonschema-rs not installed")
    slow = json_schema_validator("record")
    try:
        record = record_dict(article, WriterOptions())
    except ToolkitError:
        return
    assert fast.is_valid(record) == slow.is_valid(record)
    if record["dateline"] is not None:
        record["dateline"]["country"] = country
        record["dateline"]["date"] = date
        assert fast.is_valid(record) == slow.is_valid(record)
