"""ninjs 1.x, 2.x and 3.x documents read into the Article model."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import STANDARDS
from toolkit import readers
from toolkit.errors import InputError
from toolkit.model import Byline, Headline, Paragraph, Person, Quote, Span
from toolkit.readers import READERS, ReaderOptions
from toolkit.readers.ninjs import read_ninjs

FIXTURE = Path(__file__).resolve().parent.parent / "validate" / "fixtures" / "harbour_ninjs.json"
DOCUMENT: dict[str, Any] = json.loads(FIXTURE.read_text())
LEDE = "Harbour pilots in Port Avelin stopped work on Monday."
SECOND = '"We will not guide ships at night," said Tomas Ferreira.'


def _read(document: dict[str, Any]) -> Any:
    return read_ninjs(json.dumps(document).encode(), ReaderOptions())


def _as_2_2(document: dict[str, Any]) -> dict[str, Any]:
    lowered = {key.lower(): value for key, value in document.items()}
    lowered["bodies"] = [{k.lower(): v for k, v in b.items()} for b in document["bodies"]]
    lowered["standard"] = {"name": "ninjs", "version": "2.2"}
    return lowered


def _as_1_6(document: dict[str, Any]) -> dict[str, Any]:
    return {
        "uri": document["uri"],
        "type": "text",
        "contentcreated": document["contentCreated"],
        "headline": document["headlines"][0]["value"],
        "byline": document["by"],
        "located": document["located"],
        "body_text": document["bodies"][0]["value"],
        "body_html": document["bodies"][1]["value"],
        "person": document["people"],
        "infosource": document["infoSources"],
        "$standard": {"name": "ninjs", "version": "1.6"},
    }


def test_registered() -> None:
    assert READERS["ninjs"] is readers.read_ninjs  # loads toolkit.readers.ninjs when first used
    assert READERS["ninjs"](FIXTURE.read_bytes(), ReaderOptions()) == read_ninjs(
        FIXTURE.read_bytes(), ReaderOptions()
    )


def test_ninjs_3_1() -> None:
    article = read_ninjs(FIXTURE.read_bytes(), ReaderOptions(source_path="feed/harbour.ninjs.json"))
    headline = "Harbour pilots walk out over night shifts"
    assert article.text == f"{headline}\n\n{LEDE}\n\n{SECOND}"
    assert (article.id, article.guid, article.version, article.language) == (
        "harbour",
        "urn:newsml:newsroom.example:20250120:harbour-strike",
        1,
        "en",
    )
    assert article.source.format == "ninjs"
    assert article.headline == Headline(headline, Span(0, 41))
    assert article.bylines == (Byline("Mara Lindqvist", None), Byline("Olu Bankole", None))
    assert article.paragraphs == (
        Paragraph(LEDE, Span(43, 96), 3),
        Paragraph(SECOND, Span(98, 154), 5),
    )
    assert article.quotes == (
        Quote(
            "We will not guide ships at night",
            Span(98, 133),
            "Tomas Ferreira",
            Span(139, 153),
            paragraph=1,
        ),
    )
    assert article.people == (Person("Tomas Ferreira", mentions=(Span(139, 153),)),)
    assert article.agency == "Coastline Wire"
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.date, dateline.span) == (
        "Port Avelin",
        "Port Avelin",
        dt.date(2025, 1, 20),
        None,
    )


@pytest.mark.parametrize("convert", [_as_2_2, _as_1_6], ids=["2.2", "1.6"])
def test_older_versions_read_the_same(convert: Any) -> None:
    reference = _read(DOCUMENT)
    article = _read(convert(DOCUMENT))
    assert article.text == reference.text
    assert (article.headline, article.bylines, article.paragraphs, article.quotes) == (
        reference.headline,
        reference.bylines,
        reference.paragraphs,
        reference.quotes,
    )
    assert (article.people, article.dateline, article.agency) == (
        reference.people,
        reference.dateline,
        reference.agency,
    )


def test_plain_text_body_alone() -> None:
    document = dict(DOCUMENT, bodies=[DOCUMENT["bodies"][0]])
    article = _read(document)
    assert [p.text for p in article.paragraphs] == [LEDE, SECOND]
    assert article.quotes == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[]", "not a ninjs document: the JSON is not an object"),
        (b"{", "not a ninjs document: Expecting property name enclosed in double quotes"),
        (b'{"foo": 1}', "not a ninjs document: no 'uri' (keys: 'foo')"),
        (
            b'{"headline": "x", "b": 1, "c": 1, "d": 1, "e": 1, "f": 1}',
            "not a ninjs document: no 'uri' (keys: 'b', 'c', 'd', 'e', 'f' ...)",
        ),
        (b'{"version": 1, "articles": [], "feeds": []}', "an export manifest (index.json)"),
        (
            b'{"schema_version": "1.0.0", "id": "a", "source": {}, "paragraphs": []}',
            "a newsroom-toolkit record, not an article source",
        ),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "a JSON Feed"),
    ],
)
def test_not_ninjs(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_ninjs(data, ReaderOptions())
    assert str(caught.value).startswith(message)


def _text_examples() -> list[Path]:
    paths = sorted((STANDARDS / "ninjs" / "examples").glob("**/*.json"))
    chosen = []
    for path in paths:
        document = json.loads(path.read_text("utf-8"))
        if isinstance(document, dict) and document.get("type") == "text":
            chosen.append(path)
    return chosen


def _lower(value: dict[str, Any]) -> dict[str, Any]:
    return {key.lower(): item for key, item in value.items()}


@pytest.mark.parametrize(
    "path", _text_examples(), ids=lambda p: str(p.relative_to(STANDARDS / "ninjs" / "examples"))
)
def test_iptc_text_examples_keep_headline_dateline_and_body(
    standards_dir: Path, path: Path
) -> None:
    document = _lower(json.loads(path.read_text("utf-8")))
    article = read_ninjs(path.read_bytes(), ReaderOptions())
    headlines = [_lower(h) for h in document.get("headlines", [])]
    expected = next((h["value"] for h in headlines if h.get("role") == "main"), None)
    expected = expected or document.get("headline") or document.get("headline_main")
    assert (article.headline.text if article.headline else None) == (
        " ".join(expected.split()) if expected else None
    )
    if "located" in document:
        assert article.dateline is not None and article.dateline.place == document["located"]
    bodies = [_lower(b) for b in document.get("bodies", [])]
    plain = [b["value"] for b in bodies if b.get("contenttype") == "text/plain"]
    plain += [document[k] for k in ("body_text", "body_main") if k in document]
    if not plain:
        has_body = bool(bodies) or any(key.startswith("body_") for key in document)
        assert bool(article.paragraphs) is has_body
        return
    # No loss: every sentence-sized line of the plain-text body is in the article's text
    # (headline and vignette lines such as "Försvar TT" that some plain bodies repeat aside).
    text = " ".join(article.text.split())
    # A leading dash is the plain-text mark of dialogue that HTML sets as <blockquote>.
    lines = [" ".join(line.split()).lstrip("–- ") for line in plain[0].splitlines()]
    missing = [line for line in lines if len(line.split()) >= 5 and line not in text]
    assert missing == []
    assert article.paragraphs


def test_text_examples_found(standards_dir: Path) -> None:
    assert len(_text_examples()) == 24
