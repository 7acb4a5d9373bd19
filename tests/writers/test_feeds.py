"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 writers: exact values, schemas, feedparser."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import feedparser
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from toolkit.errors import InvalidDocumentError
from toolkit.exporting.feed_checks import atom_rule_violation, check_feed
from toolkit.model import Article, Byline, Dateline, Headline, Source
from toolkit.model.identity import article_guid
from toolkit.validation import catalog
from toolkit.writers.feeds import (
    Feed,
    FeedEntry,
    FeedInfo,
    NewestEntries,
    feed_entry,
    write_atom,
    write_json_feed,
    write_rss,
)
from toolkit.writers.options import WriterOptions

UTC = dt.UTC
NOV9 = dt.datetime(2022, 11, 9, tzinfo=UTC)
CNS = "China News Service"


def entry(
    local_id: str,
    day: int | None,
    title: str = "Forum on digital cooperation opens",
    authors: tuple[str, ...] = ("Wang Yifei", "Zhang Yuhuan"),
    agency: str | None = CNS,
) -> FeedEntry:
    date = dt.date(2022, 11, day) if day is not None else None
    stamp = dt.datetime(2022, 11, day, tzinfo=UTC) if day else None
    return FeedEntry(
        id=local_id,
        guid=article_guid(local_id, date),
        title=title,
        content_text="First paragraph.\n\nSecond paragraph.",
        authors=authors,
        published=stamp,
        updated=stamp,
        date=date,
        agency=agency,
    )


INFO = FeedInfo(
    title="Wire & World",
    link="https://news.example/",
    description="Stories from the wire",
    provider="Example Desk",
    agency_urls=((CNS, "https://www.chinanews.com.cn/"),),
)


def feed(
    *entries: FeedEntry, self_url: str | None = "https://news.example/exports/rss.xml"
) -> Feed:
    return Feed(INFO, entries, self_url)


TWO = feed(entry("wuzhen-forum", 9), entry("beidou-talk", 8, authors=(), agency="Xinhua"))


# RSS ------------------------------------------------------------------------------------------


def test_rss_items_carry_guid_rfc822_date_creators_and_agency_source() -> None:
    root = etree.fromstring(write_rss(TWO))
    ns = {"atom": "http://www.w3.org/2005/Atom", "dc": "http://purl.org/dc/elements/1.1/"}
    items = root.findall("channel/item")
    assert [item.findtext("title") for item in items] == [
        "Forum on digital cooperation opens",
        "Forum on digital cooperation opens",
    ]
    first, second = items
    guid = first.find("guid")
    assert guid is not None
    assert guid.text == "urn:newsml:newsroom.example:20221109:wuzhen-forum"
    assert guid.get("isPermaLink") == "false"
    assert first.findtext("pubDate") == "Wed, 09 Nov 2022 00:00:00 +0000"
    assert [c.text for c in first.findall("dc:creator", ns)] == ["Wang Yifei", "Zhang Yuhuan"]
    assert first.find("author") is None  # RSS author must be an e-mail address
    source = first.find("source")
    assert source is not None
    assert (source.text, source.get("url")) == (CNS, "https://www.chinanews.com.cn/")
    # No URL configured for Xinhua: no <source>, which needs one.
    assert second.find("source") is None
    assert second.findall("dc:creator", ns) == []
    self_link = root.find("channel/atom:link", ns)
    assert self_link is not None
    assert dict(self_link.attrib) == {
        "href": "https://news.example/exports/rss.xml",
        "rel": "self",
        "type": "application/rss+xml",
    }
    assert root.findtext("channel/lastBuildDate") == "Wed, 09 Nov 2022 00:00:00 +0000"
    assert root.findtext("channel/title") == "Wire & World"


def test_rss_starts_with_utf8_declaration() -> None:
    assert write_rss(TWO).startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<rss ")


# Atom -----------------------------------------------------------------------------------------


def test_atom_entries_have_permanent_ids_dates_authors_and_content() -> None:
    root = etree.fromstring(write_atom(feed(*TWO.entries, self_url="https://n.example/atom.xml")))
    a = "{http://www.w3.org/2005/Atom}"
    assert root.findtext(f"{a}id") == "https://news.example/"
    assert root.findtext(f"{a}updated") == "2022-11-09T00:00:00Z"
    assert root.findtext(f"{a}author/{a}name") == "Example Desk"
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{a}link")}
    assert links == {"alternate": "https://news.example/", "self": "https://n.example/atom.xml"}
    first, second = root.findall(f"{a}entry")
    assert first.findtext(f"{a}id") == "urn:newsml:newsroom.example:20221109:wuzhen-forum"
    assert first.findtext(f"{a}published") == "2022-11-09T00:00:00Z"
    assert first.findtext(f"{a}updated") == "2022-11-09T00:00:00Z"
    assert [n.text for n in first.findall(f"{a}author/{a}name")] == ["Wang Yifei", "Zhang Yuhuan"]
    content = first.find(f"{a}content")
    assert content is not None
    assert (content.get("type"), content.text) == ("text", "First paragraph.\n\nSecond paragraph.")
    assert second.find(f"{a}author") is None  # the feed's author applies
    assert atom_rule_violation(root) is None


def test_atom_rule_check_catches_an_entry_without_author_or_content() -> None:
    a = "http://www.w3.org/2005/Atom"
    no_author = etree.fromstring(
        f'<feed xmlns="{a}"><entry><id>x</id><content>t</content></entry></feed>'.encode()
    )
    assert atom_rule_violation(no_author) == "entry 1 has no author and the feed has none"
    no_content = etree.fromstring(
        f'<feed xmlns="{a}"><author><name>n</name></author>'
        f'<entry><id>x</id><link rel="related" href="https://x.example/"/></entry></feed>'.encode()
    )
    assert atom_rule_violation(no_content) == ("entry 1 has neither an alternate link nor content")


# JSON Feed ------------------------------------------------------------------------------------


def test_json_feed_document_exactly() -> None:
    document = json.loads(write_json_feed(feed(entry("wuzhen-forum", 9))))
    assert document == {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Wire & World",
        "home_page_url": "https://news.example/",
        "feed_url": "https://news.example/exports/rss.xml",
        "description": "Stories from the wire",
        "language": "en",
        "authors": [{"name": "Example Desk"}],
        "items": [
            {
                "id": "urn:newsml:newsroom.example:20221109:wuzhen-forum",
                "title": "Forum on digital cooperation opens",
                "content_text": "First paragraph.\n\nSecond paragraph.",
                "date_published": "2022-11-09T00:00:00Z",
                "date_modified": "2022-11-09T00:00:00Z",
                "authors": [{"name": "Wang Yifei"}, {"name": "Zhang Yuhuan"}],
                "language": "en",
            }
        ],
    }


# Every format ---------------------------------------------------------------------------------


def test_same_story_has_the_same_id_in_every_format_and_order() -> None:
    rss = [i.findtext("guid") for i in etree.fromstring(write_rss(TWO)).iter("item")]
    atom = [
        e.findtext("{http://www.w3.org/2005/Atom}id")
        for e in etree.fromstring(write_atom(TWO)).iter("{http://www.w3.org/2005/Atom}entry")
    ]
    jsonfeed = [i["id"] for i in json.loads(write_json_feed(TWO))["items"]]
    expected = [
        "urn:newsml:newsroom.example:20221109:wuzhen-forum",
        "urn:newsml:newsroom.example:20221108:beidou-talk",
    ]
    assert rss == atom == jsonfeed == expected


HOSTILE = entry(
    "hostile",
    9,
    title='Tom & Jerry <script>alert("x")</script> ]]> \x01\x0c',
    authors=("A & B <c>",),
)


@pytest.mark.standards
@pytest.mark.parametrize("name", ["rss", "atom", "jsonfeed"])
@pytest.mark.parametrize(
    "entries",
    [TWO.entries, (HOSTILE,), (entry("no-date", None),)],
    ids=["two", "hostile", "undated"],
)
def test_feeds_validate_against_official_schemas(
    name: str, entries: tuple[FeedEntry, ...], standards_dir: Path
) -> None:
    writer = {"rss": write_rss, "atom": write_atom, "jsonfeed": write_json_feed}[name]
    check_feed(name, writer(feed(*entries)), standards_dir)  # raises when invalid


@pytest.mark.standards
def test_empty_feed_is_valid_atom_and_json_feed(standards_dir: Path) -> None:
    empty = feed()
    check_feed("atom", write_atom(empty), standards_dir)
    check_feed("jsonfeed", write_json_feed(empty), standards_dir)
    assert b"<updated>1970-01-01T00:00:00Z</updated>" in write_atom(empty)
    # Thelin's RSS XSD demands at least one item (RSS itself allows none): known limit.
    schema = catalog.xml_schema("rss", standards_dir)
    assert not schema.validate(etree.fromstring(write_rss(empty)))
    check_feed("rss", write_rss(empty), standards_dir)  # so the check skips the XSD then


@pytest.mark.parametrize("writer", [write_rss, write_atom])
def test_feedparser_reads_xml_feeds_cleanly(writer: object) -> None:
    parsed = feedparser.parse(writer(feed(*TWO.entries, HOSTILE)))  # type: ignore[operator]
    assert parsed.bozo == 0
    assert [e.id for e in parsed.entries] == [
        "urn:newsml:newsroom.example:20221109:wuzhen-forum",
        "urn:newsml:newsroom.example:20221108:beidou-talk",
        "urn:newsml:newsroom.example:20221109:hostile",
    ]
    assert parsed.entries[0].published_parsed[:3] == (2022, 11, 9)
    # Control characters are dropped, markup stays text.
    assert parsed.entries[2].title == 'Tom & Jerry <script>alert("x")</script> ]]>'


def test_undated_story_claims_no_publication_date() -> None:
    undated = feed(entry("no-date", None))
    item = etree.fromstring(write_rss(undated)).find("channel/item")
    assert item is not None
    assert item.find("pubDate") is None
    a = "{http://www.w3.org/2005/Atom}"
    atom_entry = etree.fromstring(write_atom(undated)).find(f"{a}entry")
    assert atom_entry is not None
    assert atom_entry.find(f"{a}published") is None
    json_item = json.loads(write_json_feed(undated))["items"][0]
    assert "date_published" not in json_item and "date_modified" not in json_item
    assert json_item["id"] == "urn:newsml:newsroom.example:undated:no-date"


def test_no_feed_says_1970_for_an_undated_story_beside_dated_ones() -> None:
    mixed = feed(entry("wuzhen-forum", 9), entry("no-date", None))
    for writer in (write_rss, write_atom, write_json_feed):
        assert b"1970" not in writer(mixed)
    a = "{http://www.w3.org/2005/Atom}"
    root = etree.fromstring(write_atom(mixed))
    # Atom requires a time on every entry: an undated one takes the feed's (the newest story's)
    assert [e.findtext(f"{a}updated") for e in root.iter(f"{a}entry")] == [
        "2022-11-09T00:00:00Z",
        "2022-11-09T00:00:00Z",
    ]
    assert root.findtext(f"{a}updated") == "2022-11-09T00:00:00Z"
    assert etree.fromstring(write_rss(mixed)).findtext("channel/item[2]/pubDate") is None


def test_output_is_identical_on_every_call() -> None:
    for writer in (write_rss, write_atom, write_json_feed):
        assert writer(TWO) == writer(feed(*TWO.entries))


# Building entries from articles ---------------------------------------------------------------

TEXT = "Baltic Wire, Gdynia, March 14th (Ilona Brzezinska) Dock workers began a strike."


def article(**fields: object) -> Article:
    base: dict[str, object] = {
        "id": "harbour-strike",
        "text": TEXT,
        "source": Source("wire/harbour-strike.txt", "0" * 64, "utf-8"),
        "agency": "Baltic Wire",
        "dateline": Dateline("Gdynia, March 14th", None, "Gdynia", "PL", "March 14th", 3, 14, 2025),
        "bylines": (Byline("Ilona Brzezinska", None),),
    }
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


def test_feed_entry_from_article() -> None:
    built = feed_entry(article(), WriterOptions())
    assert built == FeedEntry(
        id="harbour-strike",
        guid="urn:newsml:newsroom.example:20250314:harbour-strike",
        title="harbour-strike",
        content_text=TEXT,
        authors=("Ilona Brzezinska",),
        published=dt.datetime(2025, 3, 14, tzinfo=UTC),
        updated=dt.datetime(2025, 3, 14, tzinfo=UTC),
        date=dt.date(2025, 3, 14),
        agency="Baltic Wire",
        language="en",
    )


def test_feed_entry_title_prefers_headline_then_derived_headline() -> None:
    derived = Headline("Dock workers begin strike", None, derived=True)
    real = Headline("Gdynia dockers strike over pay", None)
    assert feed_entry(article(derived_headline=derived), WriterOptions()).title == (
        "Dock workers begin strike"
    )
    both = article(headline=real, derived_headline=derived)
    assert feed_entry(both, WriterOptions()).title == "Gdynia dockers strike over pay"


def test_feed_entry_uses_explicit_guid_domain_and_epoch() -> None:
    options = WriterOptions(domain="wire.example", source_date_epoch=1_700_000_000)
    built = feed_entry(article(), options)
    assert built.guid == "urn:newsml:wire.example:20250314:harbour-strike"
    assert built.published == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert feed_entry(article(guid="tag:x.example,2025:1"), options).guid == "tag:x.example,2025:1"


# Newest entries -------------------------------------------------------------------------------


def test_newest_entries_keeps_newest_first_then_by_id() -> None:
    newest = NewestEntries(3)
    for local_id, day in [("c", 8), ("b", 9), ("undated", None), ("a", 9), ("d", 1), ("e", 8)]:
        newest.add(entry(local_id, day))
    assert [e.id for e in newest.entries()] == ["a", "b", "c"]


@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.text("abcdef", min_size=1, max_size=3)),
        unique_by=lambda t: t[1],
    ),
    st.integers(0, 8),
)
def test_newest_entries_equals_sorting_everything(items: list[tuple[int, str]], limit: int) -> None:
    entries = [entry(local_id, day or None) for day, local_id in items]
    newest = NewestEntries(limit)
    for e in entries:
        newest.add(e)
    expected = sorted(entries, key=lambda e: e.order_key)[:limit]
    assert newest.entries() == tuple(expected)


@pytest.mark.standards
@pytest.mark.parametrize(
    ("name", "document", "message"),
    [
        (
            "rss",
            b"<rss version='2.0'><channel><title>t</title><item><author>desk</author></item>"
            b"</channel></rss>",
            "rss feed invalid at line 1: Element 'author': [facet 'pattern'] The value 'desk'",
        ),
        (
            "atom",
            b"<feed xmlns='http://www.w3.org/2005/Atom'><id>x</id></feed>",
            "atom feed invalid at line 1: Expecting an element link, got nothing",
        ),
        (
            "jsonfeed",
            b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": 1}]}',
            "JSON Feed invalid at $.items[0]: {'id': 1} is not valid under any of the given",
        ),
    ],
)
def test_check_feed_names_the_first_problem(
    name: str, document: bytes, message: str, standards_dir: Path
) -> None:
    with pytest.raises(InvalidDocumentError) as caught:
        check_feed(name, document, standards_dir)
    assert str(caught.value).startswith(message)
