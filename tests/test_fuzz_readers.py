"""Fuzzing every reader and the validator: any input gives an article (or a valid document) or
a clear one-line error, never another exception.

The strategies build inputs from the pieces that broke the toolkit before: wire-copy heads
with no story, markup in .txt files, XML prologs in many encodings with DOCTYPEs, entity
references and deep nesting, JSON nested deeply or holding huge numbers, lone surrogates and
Unicode digits. ``convert_one`` is the whole per-article path of ``toolkit convert`` (read,
write the record, validate it) and turns only the toolkit's own errors into a failure: any
other exception escapes and fails the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError, ToolkitError
from toolkit.pipeline import Converted, Failed, OutputFormat, convert_one
from toolkit.readers import ReaderOptions, get_reader, sniff_format
from toolkit.validation import ValidationResult, validate_document
from toolkit.writers.options import WriterOptions

EXAMPLES = 150
RECORD = [OutputFormat.parse("record")]
fuzz = settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    deadline=None,
)


def _one_line(error: Exception) -> None:
    assert isinstance(error, ToolkitError)
    assert str(error) and "\n" not in str(error)


def _converts_or_fails_clearly(data: bytes, path: str, reader: str | None = None) -> None:
    """The convert path: a record, or a Failed with one line; sniffing never raises."""
    sniffed = sniff_format(data, path)
    assert sniffed in ("text", "nitf", "newsmlg2", "ninjs")
    options = ReaderOptions(source_path=path)
    if reader is not None:
        try:
            get_reader(reader)(data, options)
        except ToolkitError as error:
            _one_line(error)
    result = convert_one(data, options, RECORD, WriterOptions(source_date_epoch=0), None)
    if isinstance(result, Failed):
        assert result.problem and "\n" not in result.problem
    else:
        assert isinstance(result, Converted)
        json.loads(result.outputs[0][1])


# -- plain text -----------------------------------------------------------------------------

HEAD_LINES = st.sampled_from(
    [
        "BEIJING, March 3 (Xinhua) --",
        "PORT AVELIN, Jan 20 (Reuters) -",
        "WASHINGTON —",
        "By Meredith Jameson",
        "By Staff Reporter and Tomas Ferreira",
        "Pilots walk out over night shifts",
        "(Reporting by Ana Costa; Editing by Lee Wong)",
        "Story continues",
        "<?xml version='1.0'?>",
        "<nitf><body><body.content><p>x</p></body.content></body></nitf>",
        '{"uri": "urn:x"}',
        "<b>Bold</b>",
        "",
    ]
)
BODY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from("“”\"'«»"),
    max_size=200,
)


@st.composite
def wire_copy(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(HEAD_LINES | BODY, max_size=12))
    text = draw(st.sampled_from(["\n", "\n\n", "\r\n"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
    return text.encode(encoding, errors="replace")


@fuzz
@given(data=wire_copy() | st.binary(max_size=400), name=st.sampled_from(["a.txt", "a", "a.md"]))
def test_text_reader(data: bytes, name: str) -> None:
    _converts_or_fails_clearly(data, name, "text")


# -- XML: NITF and NewsML-G2 ----------------------------------------------------------------

NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
DECLARATIONS = st.sampled_from(
    [
        "",
        '<?xml version="1.0"?>',
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-16"?>',
        '<?xml version="1.0" encoding="UTF-7"?>',
        '<?xml version="1.0" encoding="UTF-32"?>',
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        '<?xml version="1.0" encoding="x-unknown"?>',
        "<?x?>" + " " * 40,
    ]
)
DOCTYPES = st.sampled_from(
    [
        "",
        '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">',
        '<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://example.invalid/nitf.dtd">',
        '<!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa">]>',
        "<!DOCTYPE nitf [<!ELEMENT nitf ANY>]>",
        "<!DOCTYPE",
        "<!-- a comment -->",
    ]
)
TAGS = st.sampled_from(
    ["nitf", "head", "title", "docdata", "doc-id", "identified-content", "person", "org",
     "location", "city", "country", "function", "body", "body.head", "hedline", "hl1", "byline",
     "byttl", "distributor", "dateline", "story.date", "body.content", "p", "q", "block",
     "newsItem", "itemMeta", "contentMeta", "headline", "contentSet", "inlineXML", "html", "a"]
)  # fmt: skip
ATTRIBUTES = st.sampled_from(
    ['', ' quote-source="Tomas Ferreira"', ' norm="20240120T000000+0000"', ' id-string="urn:x"',
     ' iso-cc="PT"', f' xmlns="{NITF_NS}"', f' xmlns="{NAR}"', ' guid="urn:newsml:x"',
     ' version="²"', ' version="9999999999999999999999"', ' xml:lang="en"', ' role="main"']
)  # fmt: skip
TEXTS = st.sampled_from(
    ["", "PORT AVELIN, Jan 20 (Reuters) - ", "Pilots stopped work.", "&amp;", "&x;", "&#65;",
     "&#0;", "&#x1F600;", '"We will not," said Tomas Ferreira.', "<![CDATA[<p>]]>", "Ш", " "]
)  # fmt: skip


def _element(draw: st.DrawFn, depth: int) -> str:
    tag = draw(TAGS)
    inner = "".join(
        _element(draw, depth + 1) if depth < 6 and draw(st.booleans()) else draw(TEXTS)
        for _ in range(draw(st.integers(0, 4)))
    )
    return f"<{tag}{draw(ATTRIBUTES)}>{inner}</{tag}>"


@st.composite
def xml_documents(draw: st.DrawFn) -> bytes:
    root = draw(st.sampled_from(["nitf", "newsItem"]))
    namespace = NITF_NS if root == "nitf" else NAR
    body = _element(draw, 1)
    nesting = draw(st.sampled_from([0, 0, 0, 300, 100_000]))
    body = "<p>" * nesting + body + "</p>" * nesting
    text = (
        f"{draw(DECLARATIONS)}{draw(DOCTYPES)}<{root} xmlns='{namespace}'>{body}</{root}>"
        if draw(st.booleans())
        else draw(DECLARATIONS) + draw(DOCTYPES) + body
    )
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "utf-7"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # a torn document
        data = data[: draw(st.integers(0, len(data)))]
    return data


@fuzz
@given(data=xml_documents(), name=st.sampled_from(["a.xml", "a.txt", "a.nitf"]))
def test_nitf_reader(data: bytes, name: str) -> None:
    _converts_or_fails_clearly(data, name, "nitf")


@fuzz
@given(data=xml_documents(), name=st.sampled_from(["a.xml", "a.txt"]))
def test_newsmlg2_reader(data: bytes, name: str) -> None:
    _converts_or_fails_clearly(data, name, "newsmlg2")


# -- JSON: ninjs, and the documents validate takes -------------------------------------------

NINJS_KEYS = st.sampled_from(
    ["uri", "version", "type", "headlines", "bodies", "by", "located", "contentCreated",
     "people", "organisations", "places", "infoSources", "language", "value", "role",
     "contentType", "name", "standard", "$standard", "headline", "body_text", "body_html",
     "versionCreated", "schema_version", "source", "paragraphs", "articles", "feeds", "items",
     "title", "\udfff", "²"]
)  # fmt: skip
STRINGS = st.sampled_from(
    ["urn:x", "²", "3", "2024-01-20T00:00:00Z", "text/html", "text/plain", "main",
     "<p>PORT AVELIN, Jan 20 - Pilots <q data-quote-source='A B'>stop</q>.</p>",
     "<nitf><body><body.content><p>x</p></body.content></body></nitf>",
     "https://jsonfeed.org/version/1.1", "\udfff", ""]
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | STRINGS
    | st.text(max_size=30)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(NINJS_KEYS, inner, max_size=6),
    max_leaves=30,
)


@st.composite
def json_documents(draw: st.DrawFn) -> bytes:
    document = draw(st.dictionaries(NINJS_KEYS, JSON_VALUES, max_size=8))
    if draw(st.booleans()):
        document["uri"] = "urn:x"
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    depth = draw(st.sampled_from([0, 0, 63, 990, 100_000]))
    if depth:
        text = text[:-1] + (", " if len(document) else "") + '"deep": ' + "[" * depth
        text += "]" * depth + "}"
    if draw(st.booleans()):
        text = text.replace("0", "1" * draw(st.sampled_from([1, 4301])), 1)
    data = text.encode("utf-8", errors="surrogatepass")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


@fuzz
@given(data=json_documents() | st.binary(max_size=200))
def test_ninjs_reader(data: bytes) -> None:
    _converts_or_fails_clearly(data, "a.json", "ninjs")


def _validates_or_refuses(data: bytes, path: str, schemas: Path, kind: str | None) -> None:
    try:
        result = validate_document(data, path, kind, schemas)
    except InputError as error:
        _one_line(error)
        return
    assert isinstance(result, ValidationResult)
    for finding in result.findings:
        assert "\n" not in finding.message


VALIDATE_KINDS = st.sampled_from([None, "record", "manifest", "jsonfeed", "ninjs@3.1", "ninjs"])


@fuzz
@given(data=json_documents(), kind=VALIDATE_KINDS)
def test_validate_json_documents(standards_dir: Path, data: bytes, kind: str | None) -> None:
    _validates_or_refuses(data, "a.json", standards_dir, kind)


FEED_XML = st.sampled_from(
    [
        "<rss version='2.0'><channel><title>t</title><item>{}</item></channel></rss>",
        "<feed xmlns='http://www.w3.org/2005/Atom'><entry>{}</entry></feed>",
        "<newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'>{}</newsMessage>",
        "<nitf xmlns='http://iptc.org/std/NITF/2006-10-18/'>{}</nitf>",
    ]
)


@st.composite
def feed_documents(draw: st.DrawFn) -> bytes:
    inner = _element(draw, 3)
    text = draw(DECLARATIONS) + draw(DOCTYPES) + draw(FEED_XML).format(inner)
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "utf-32"])), errors="replace")


@fuzz
@given(data=feed_documents() | xml_documents(), kind=st.sampled_from([None, "rss", "atom"]))
def test_validate_feeds_and_xml(standards_dir: Path, data: bytes, kind: str | None) -> None:
    _validates_or_refuses(data, "a.xml", standards_dir, kind)


EVERY_FORMAT = [OutputFormat.parse(name) for name in ("record", "newsml", "nitf", "ninjs@3.1",
                                                     "ninjs@2.2", "ninjs@1.6")]  # fmt: skip


@settings(fuzz, max_examples=EXAMPLES // 2)
@given(
    source=st.one_of(
        st.tuples(wire_copy(), st.just("a.txt")),
        st.tuples(xml_documents(), st.just("a.xml")),
        st.tuples(json_documents(), st.just("a.json")),
    )
)
def test_every_output_format_is_valid_or_a_clear_failure(
    standards_dir: Path, source: tuple[bytes, str]
) -> None:
    data, path = source
    options = ReaderOptions(source_path=path)
    result = convert_one(data, options, EVERY_FORMAT, WriterOptions(source_date_epoch=0),
                         standards_dir)  # fmt: skip
    if isinstance(result, Failed):
        assert result.problem and "\n" not in result.problem
    else:  # every document was validated against its official schema by convert_one
        assert [fmt for fmt, _ in result.outputs] == EVERY_FORMAT


@pytest.mark.parametrize("reader", ["text", "nitf", "newsmlg2", "ninjs"])
def test_every_reader_refuses_empty_input_with_one_line(reader: str) -> None:
    with pytest.raises(InputError) as caught:
        get_reader(reader)(b"", ReaderOptions())
    _one_line(caught.value)
