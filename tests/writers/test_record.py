"""The JSON record: exact values, schema order, determinism, validation."""

from __future__ import annotations

import dataclasses
import json

import pytest

from toolkit.errors import InvalidDocumentError
from toolkit.model import Article, Dateline
from toolkit.validation.catalog import record_schema
from toolkit.validation.outputs import check_record
from toolkit.writers import EXTENSIONS, WRITERS, WriterOptions
from toolkit.writers.record import record_dict, write_record

OPTIONS = WriterOptions()


def test_registered() -> None:
    assert WRITERS["record"] is write_record
    assert EXTENSIONS["record"] == ".json"


def test_exact_values(hand: Article) -> None:
    record = record_dict(hand, OPTIONS)
    assert record["schema_version"] == "1.0.0"
    assert record["guid"] == "urn:newsml:newsroom.example:20250303:port-ellis-strike"
    assert record["dateline"] == {
        "text": "Port Ellis, March 3rd",
        "place": "Port Ellis",
        "country": "GB",
        "date": "2025-03-03",
        "date_text": "March 3rd",
        "year_source": "option",
        "start": 14,
        "end": 35,
    }
    assert record["bylines"] == [
        {"name": "Ana Silva", "role": None},
        {"name": "Li Wen", "role": None},
    ]
    assert record["headline"] == {
        "text": "Port Ellis dockers strike over pay",
        "start": None,
        "end": None,
    }
    assert record["derived_headline"] is None
    assert record["quotes"] == [
        {
            "text": "We will not move until the offer is fair,",
            "speaker": "Tomas Reyes",
            "start": 151,
            "end": 194,
            "line": 3,
            "paragraph": 1,
        }
    ]
    assert record["people"][0]["mentions"] == [{"start": 200, "end": 211, "line": 3, "column": 50}]
    assert record["places"][1] == {
        "name": "Valdora",
        "country": None,
        "kind": "other",
        "mentions": [{"start": 321, "end": 328, "line": 5, "column": 60}],
    }
    assert record["paragraphs"][2]["line"] == 5
    assert record["notes"] == []


def test_field_order_follows_schema(hand: Article) -> None:
    assert list(record_dict(hand, OPTIONS)) == list(record_schema()["properties"])


def test_bytes_are_deterministic_utf8_with_newline(hand: Article) -> None:
    data = write_record(hand, OPTIONS)
    assert data == write_record(hand, OPTIONS)
    assert data.endswith(b"}\n")
    assert data.startswith(b'{\n  "schema_version": "1.0.0",\n  "id": "port-ellis-strike",')
    assert json.loads(data) == record_dict(hand, OPTIONS)


def test_non_ascii_is_written_as_is(hand: Article) -> None:
    article = dataclasses.replace(hand, agency="Agência Exemplo")
    assert '"agency": "Agência Exemplo"'.encode() in write_record(article, OPTIONS)


def test_validates(hand: Article, bare: Article) -> None:
    check_record(record_dict(hand, OPTIONS))
    bare_record = record_dict(bare, OPTIONS)
    check_record(bare_record)
    assert bare_record["dateline"] is None
    assert bare_record["derived_headline"] == {
        "text": "Short note without any dateline",
        "derived": True,
    }
    assert bare_record["guid"] == "urn:newsml:newsroom.example:undated:bare"


def test_invalid_country_names_path_and_pattern(hand: Article) -> None:
    assert hand.dateline is not None
    article = dataclasses.replace(hand, dateline=dataclasses.replace(hand.dateline, country="cn"))
    with pytest.raises(InvalidDocumentError) as caught:
        check_record(record_dict(article, OPTIONS))
    assert str(caught.value) == (
        "record invalid at $.dateline.country: 'cn' does not match '^[A-Z]{2}$'"
    )


def test_impossible_date_is_null(hand: Article) -> None:
    dateline = Dateline(
        "Port Ellis, February 30th", None, "Port Ellis", None, "February 30th", 2, 30, 2025
    )
    record = record_dict(dataclasses.replace(hand, dateline=dateline), OPTIONS)
    assert record["dateline"]["date"] is None
    assert record["guid"] == "urn:newsml:newsroom.example:undated:port-ellis-strike"
    check_record(record)


def test_control_characters_noted(hand: Article) -> None:
    article = dataclasses.replace(hand, text=hand.text + "\x01\x0c", notes=("year from --year",))
    assert record_dict(article, OPTIONS)["notes"] == [
        "year from --year",
        "2 characters that XML 1.0 forbids (U+0001, U+000C) dropped from XML outputs",
    ]


def test_guid_precedence(hand: Article) -> None:
    read = dataclasses.replace(hand, guid="urn:x:read")
    assert record_dict(read, OPTIONS)["guid"] == "urn:x:read"
    assert record_dict(read, WriterOptions(guid="urn:x:option"))["guid"] == "urn:x:option"
    assert record_dict(hand, WriterOptions(domain="wire.test"))["guid"] == (
        "urn:newsml:wire.test:20250303:port-ellis-strike"
    )


def test_bad_language_is_a_clear_error(hand: Article) -> None:
    with pytest.raises(InvalidDocumentError, match=r"^language 'en_GB' is not a BCP 47 tag$"):
        write_record(dataclasses.replace(hand, language="en_GB"), OPTIONS)
