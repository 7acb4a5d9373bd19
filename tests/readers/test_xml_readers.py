"""NewsML-G2 and NITF documents read into the Article model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import readers
from toolkit.errors import InputError
from toolkit.model import Byline, Dateline, Headline, Paragraph, Person, Quote, Span, Title
from toolkit.model.article import PlaceKind, YearSource
from toolkit.readers import READERS, ReaderOptions, get_reader, sniff_format
from toolkit.readers.assembly import Run, assemble
from toolkit.readers.newsmlg2 import read_newsmlg2
from toolkit.readers.nitf import read_nitf

FIXTURES = Path(__file__).resolve().parent.parent / "validate" / "fixtures"
ITEM = (FIXTURES / "harbour_item.xml").read_bytes()

NITF = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" xml:lang="en-GB">
  <head>
    <title>Ferry fares frozen for winter</title>
    <docdata>
      <doc-id id-string="urn:newsml:newsroom.example:20250203:ferry-fares"/>
      <date.issue norm="20250203T090000+0000"/>
      <identified-content>
        <person>Ines Achterberg<function>Transport Minister</function></person>
        <org>Northern Sound Ferries</org>
        <location><city>Kelmouth</city><country iso-cc="GB"/></location>
      </identified-content>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Ferry fares frozen for winter</hl1></hedline>
      <byline>By <person>Dev Okafor</person> and <person>Lena Brandt</person></byline>
      <distributor><org>Coastline Wire</org></distributor>
      <dateline><location><city>Kelmouth</city></location>,
        <story.date norm="20250203T000000+0000">February 3</story.date></dateline>
    </body.head>
    <body.content>
      <p>Kelmouth, February 3 - Northern Sound Ferries will not raise
         fares this winter, Transport Minister Ines Achterberg said.</p>
      <p>&#8220;<q quote-source="Ines Achterberg">Islanders should not pay for the storm
         season</q>,&#8221; Achterberg said.</p>
    </body.content>
  </body>
</nitf>
"""


def test_readers_are_registered() -> None:
    # the package's own entry points, which import the reader (and lxml) when first used
    assert {name: READERS[name] for name in ("newsmlg2", "nitf")} == {
        "newsmlg2": readers.read_newsmlg2,
        "nitf": readers.read_nitf,
    }
    assert get_reader("newsmlg2") is readers.read_newsmlg2


def test_plain_text_is_read_without_importing_lxml() -> None:
    probe = (
        "import sys\n"
        "from toolkit.readers import ReaderOptions, get_reader, sniff_format\n"
        "data = b'BEIJING, March 3 (Xinhua) -- Mayor Lena Korvath opened the bridge.'\n"
        "get_reader(sniff_format(data, 'a.txt'))(data, ReaderOptions())\n"
        "print('lxml' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, "False\n")


def test_newsml_item() -> None:
    article = read_newsmlg2(ITEM, ReaderOptions(source_path="in/harbour_item.xml"))
    lede = "Harbour pilots in Port Avelin stopped work on Monday, halting ferry traffic."
    second = (
        '"We will not guide ships at night without a second pilot," said Tomas Ferreira, '
        "General Secretary of the Pilots' Guild."
    )
    headline = "Harbour pilots walk out over night shifts"
    assert article.text == f"{headline}\n\n{lede}\n\n{second}"
    assert (article.id, article.guid, article.version, article.language) == (
        "harbour_item",
        "urn:newsml:newsroom.example:20250120:harbour-strike",
        1,
        "en",
    )
    assert (article.source.path, article.source.format) == ("in/harbour_item.xml", "newsmlg2")
    assert article.headline == Headline(headline, Span(0, 41))
    assert article.dateline == Dateline(
        text="Port Avelin, January 20",
        span=None,
        place="Port Avelin",
        country=None,
        date_text="January 20",
        month=1,
        day=20,
        year=2025,
        year_source=YearSource.METADATA,
    )
    assert article.bylines == (Byline("Mara Lindqvist", None, "Maritime Correspondent"),)
    assert article.agency == "Coastline Wire"
    assert article.paragraphs == (
        Paragraph(lede, Span(43, 119), 3),
        Paragraph(second, Span(121, 240), 5),
    )
    assert article.quotes == (
        Quote(
            text="We will not guide ships at night without a second pilot",
            span=Span(121, 179),
            speaker="Tomas Ferreira",
            speaker_span=Span(185, 199),
            paragraph=1,
        ),
    )
    assert article.text[121:179] == '"We will not guide ships at night without a second pilot,"'
    assert article.people == (
        Person(
            "Tomas Ferreira",
            # with its parts, as the text reader gives them (the checker compares by them)
            titles=(
                Title(
                    "General Secretary of the Pilots' Guild",
                    Span(201, 239),
                    "general secretary",
                    "Pilots' Guild",
                ),
            ),
            mentions=(Span(185, 199),),
        ),
    )


def test_standalone_nitf() -> None:
    article = read_nitf(NITF, ReaderOptions())
    assert article.id == "ferry-fares"
    assert article.guid == "urn:newsml:newsroom.example:20250203:ferry-fares"
    assert article.language == "en-GB"
    assert article.source.format == "nitf"
    assert article.headline is not None and article.headline.text == "Ferry fares frozen for winter"
    assert [b.name for b in article.bylines] == ["Dev Okafor", "Lena Brandt"]
    assert article.agency == "Coastline Wire"
    assert [p.text for p in article.paragraphs] == [
        "Kelmouth, February 3 - Northern Sound Ferries will not raise fares this winter, "
        "Transport Minister Ines Achterberg said.",
        "“Islanders should not pay for the storm season,” Achterberg said.",
    ]
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.date_text, dateline.date) == (
        "Kelmouth, February 3",
        "Kelmouth",
        "February 3",
        __import__("datetime").date(2025, 2, 3),
    )
    assert dateline.span is not None and article.text[dateline.span.start : dateline.span.end] == (
        "Kelmouth, February 3"
    )
    assert [
        (q.text, q.speaker, article.text[q.span.start : q.span.end]) for q in article.quotes
    ] == [
        (
            "Islanders should not pay for the storm season",
            "Ines Achterberg",
            "“Islanders should not pay for the storm season,”",
        )
    ]
    assert [(p.name, [t.text for t in p.titles], len(p.mentions)) for p in article.people] == [
        ("Ines Achterberg", ["Transport Minister"], 1)
    ]
    assert [o.name for o in article.organisations] == ["Northern Sound Ferries"]
    assert [(p.name, p.kind, p.country) for p in article.places] == [
        ("Kelmouth", PlaceKind.CITY, "GB")
    ]


def test_nitf_title_alone_is_a_derived_headline() -> None:
    data = NITF.replace(b"<hedline><hl1>Ferry fares frozen for winter</hl1></hedline>", b"")
    article = read_nitf(data, ReaderOptions())
    assert article.headline is None
    assert article.derived_headline == Headline("Ferry fares frozen for winter", Span(0, 29), True)


def test_plain_text_inline_data() -> None:
    data = ITEM.replace(
        ITEM[ITEM.index(b"<inlineXML") : ITEM.index(b"</inlineXML>") + len(b"</inlineXML>")],
        b'<inlineData contenttype="text/plain">Pilots stopped work.\n\n'
        b"Ferries stayed in port.\n</inlineData>",
    )
    article = read_newsmlg2(data, ReaderOptions())
    assert [p.text for p in article.paragraphs] == [
        "Pilots stopped work.",
        "Ferries stayed in port.",
    ]
    assert article.bylines == (Byline("Mara Lindqvist", None, None),)


def test_news_message_carries_the_item() -> None:
    body = ITEM.split(b"?>", 1)[1]
    message = (
        b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header>'
        b"<sent>2025-01-20T14:05:00Z</sent></header><itemSet>" + body + b"</itemSet></newsMessage>"
    )
    assert read_newsmlg2(message, ReaderOptions()).guid == (
        "urn:newsml:newsroom.example:20250120:harbour-strike"
    )


@pytest.mark.parametrize(
    ("reader", "data", "message"),
    [
        ("newsmlg2", b"<rss/>", "not a NewsML-G2 newsItem (root element <rss>)"),
        ("nitf", ITEM, "not a NITF document (root element <newsItem>)"),
        ("nitf", b"<nitf><body>", "not well-formed XML: "),
    ],
)
def test_wrong_documents_are_one_line_errors(reader: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        get_reader(reader)(data, ReaderOptions())
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "path", "expected"),
    [
        (ITEM, "a.xml", "newsmlg2"),
        (NITF, "a.xml", "nitf"),
        (b'<?xml version="1.0"?>\n<!-- c -->\n<n:nitf xmlns:n="x"/>', None, "nitf"),
        (b'{"uri": "u"}', "a.json", "ninjs"),
        (b"PORT AVELIN, Jan 20 - Pilots stopped work.", "a.txt", "text"),
        (b"<b>Bold</b> claims", "a.txt", "text"),
        (b"Plain wire copy", None, "text"),
    ],
)
def test_sniff_format(data: bytes, path: str | None, expected: str) -> None:
    assert sniff_format(data, path) == expected


STANDARDS_EXAMPLES = {
    "LISTING_2_NewsML-G2_Text_Document.xml": "Staff Reporter",
    "Receiver View.xml": "NAG Reporter",  # the receiver's rewrite of LISTING_2
}


@pytest.mark.parametrize(("name", "role"), sorted(STANDARDS_EXAMPLES.items()))
def test_iptc_text_items_read_without_loss(standards_dir: Path, name: str, role: str) -> None:
    article = read_newsmlg2(
        (standards_dir / "newsml-g2/examples" / name).read_bytes(), ReaderOptions()
    )
    assert article.headline is not None
    assert article.headline.text == 'Fed to halt QE to avert "bubble"'
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date) == (
        "New York, NY",
        __import__("datetime").date(2016, 11, 21),
    )
    assert [(b.name, b.role) for b in article.bylines] == [("Meredith Jameson", role)]
    assert article.agency == "Associated Press"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].text.startswith("(New York, NY - ")
    assert article.paragraphs[1].text.endswith(".")


def test_iptc_sports_story_reads_without_loss(standards_dir: Path) -> None:
    path = standards_dir / "newsml-g2/examples/LISTING_22_Sports_story_in_NewsML-G2NITF.xml"
    article = read_newsmlg2(path.read_bytes(), ReaderOptions())
    assert article.headline is not None and article.headline.text == (
        "Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m."
    )
    assert len(article.paragraphs) == 6
    assert article.paragraphs[0].text.startswith("(Sports Network) - A pair of teams")
    assert [b.name for b in article.bylines] == ["The Sports Network"]


_WORDS = st.text(alphabet="abcdef ,.\n\t", min_size=0, max_size=30)


@given(
    headline=st.one_of(st.none(), _WORDS),
    paragraphs=st.lists(
        st.lists(st.tuples(_WORDS, st.booleans()), min_size=1, max_size=4), max_size=5
    ),
)
def test_assembled_spans_slice_their_parts(
    headline: str | None, paragraphs: list[list[tuple[str, bool]]]
) -> None:
    runs = [
        [Run(text, quote=quote, speaker="Ana" if quote else None) for text, quote in p]
        for p in paragraphs
    ]
    body = assemble(headline, runs)
    if body.headline is not None:
        assert body.text[body.headline.span.start : body.headline.span.end] == body.headline.text
    for paragraph in body.paragraphs:
        assert body.text[paragraph.span.start : paragraph.span.end] == paragraph.text
        assert paragraph.text == " ".join(paragraph.text.split()) != ""
        assert body.text.count("\n", 0, paragraph.span.start) + 1 == paragraph.line
    for quote in body.quotes:
        assert quote.text in body.text[quote.span.start : quote.span.end]
        assert quote.paragraph is not None
        assert body.paragraphs[quote.paragraph].span.contains(quote.span)
    expected = [" ".join("".join(t for t, _ in p).split()) for p in paragraphs]
    assert [p.text for p in body.paragraphs] == [t for t in expected if t]


def test_inline_nitf_entities() -> None:
    data = NITF.replace(
        b"Northern Sound Ferries will not raise",
        b"<org>Northern Sound Ferries</org> will not raise",
    ).replace(
        b"Achterberg said.</p>",
        b"Achterberg said, speaking in <location><city>Port Avelin</city></location> with "
        b"<person>Mira Holt, <function>harbour master</function></person>.</p>",
    )
    article = read_nitf(data, ReaderOptions())
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("Ines Achterberg", ["Transport Minister"]),
        ("Mira Holt", ["harbour master"]),
    ]
    assert [o.name for o in article.organisations] == ["Northern Sound Ferries"]
    assert [(p.name, p.kind) for p in article.places] == [
        ("Kelmouth", PlaceKind.CITY),
        ("Port Avelin", PlaceKind.CITY),
    ]
    assert article.paragraphs[1].text.endswith(
        "speaking in Port Avelin with Mira Holt, harbour master."
    )
