"""The manifest: rendering matches plain json.dumps, parsing round-trips and refuses junk."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.exporting.manifest import (
    Manifest,
    ManifestArticle,
    ManifestError,
    manifest_chunks,
    manifest_document,
    parse_manifest,
    read_manifest,
    render_entry,
    render_manifest,
)

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8)
relative = st.from_regex(r"articles/[a-z0-9][a-z0-9._-]{0,10}\.json", fullmatch=True)
digest = st.from_regex(r"[0-9a-f]{64}", fullmatch=True)
articles = st.lists(
    st.builds(
        ManifestArticle.of,
        names,
        names,
        names,
        st.lists(st.tuples(relative, digest), max_size=4).map(tuple),
    ),
    unique_by=lambda a: a.id,
    max_size=5,
)
manifests = st.builds(
    Manifest,
    articles=articles.map(lambda a: tuple(sorted(a, key=lambda x: x.id))),
    feeds=st.lists(st.tuples(st.sampled_from(["rss.xml", "atom.xml", "feed.json"]), digest),
                   max_size=3).map(tuple),
)  # fmt: skip


def plain(manifest: Manifest) -> bytes:
    document = {
        "$schema": "https://newsroom.example/schemas/manifest/1/manifest.schema.json",
        "version": 1,
        "articles": [
            {
                "id": a.id,
                "guid": a.guid,
                "source": a.source,
                "files": [{"path": p, "sha256": d} for p, d in a.files],
            }
            for a in manifest.articles
        ],
        "feeds": [{"path": p, "sha256": d} for p, d in manifest.feeds],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@given(manifests)
def test_streamed_rendering_equals_json_dumps_and_round_trips(manifest: Manifest) -> None:
    rendered = render_manifest(manifest.articles, manifest.feeds)
    assert rendered == plain(manifest)
    assert json.loads(rendered) == manifest_document(manifest.articles, manifest.feeds)
    assert parse_manifest(rendered) == manifest


@given(manifests, st.integers(min_value=1, max_value=64))
def test_streamed_reading_in_any_pieces_equals_parsing_the_whole(
    manifest: Manifest, size: int
) -> None:
    rendered = render_manifest(manifest.articles, manifest.feeds)
    pieces = [rendered[i : i + size] for i in range(0, len(rendered), size)]
    articles: list[ManifestArticle] = []
    feeds = read_manifest(pieces, articles.append)
    assert Manifest(tuple(articles), feeds) == manifest


def test_a_large_manifest_comes_in_pieces_of_at_least_64_kib() -> None:
    articles = [
        ManifestArticle.of(f"story-{n:04d}", f"urn:{n}", f"wire/{n}.txt", [("rss.xml", "0" * 64)])
        for n in range(1000)
    ]
    feeds = [("rss.xml", "1" * 64)]
    pieces = list(manifest_chunks((render_entry(a) for a in articles), feeds))
    assert [len(piece) >= 65536 for piece in pieces] == [True, True, True, False]
    assert b"".join(pieces) == plain(Manifest(tuple(articles), tuple(feeds)))


def test_a_syntax_error_far_into_a_streamed_manifest_is_located_in_the_whole_text() -> None:
    articles = [
        ManifestArticle.of(f"story-{n:04d}", f"urn:{n}", f"wire/{n}.txt", [("rss.xml", "0" * 64)])
        for n in range(2000)
    ]
    broken = render_manifest(articles, []).replace(b'"story-1500"', b'"story-1500" 7', 1)
    pieces = [broken[i : i + 1000] for i in range(0, len(broken), 1000)]
    with pytest.raises(ManifestError) as caught:
        read_manifest(pieces, lambda article: None)
    assert str(caught.value) == (
        "index.json: not an export manifest (JSONDecodeError: Expecting ',' delimiter: "
        "line 16506 column 26 (char 386426))"
    )
    with pytest.raises(json.JSONDecodeError) as plain_error:
        json.loads(broken)
    assert str(caught.value).endswith(f"(JSONDecodeError: {plain_error.value})")


def test_listed_gives_every_article_file_then_the_feeds() -> None:
    files = (("articles/a.json", "1" * 64), ("articles/a.xml", "2" * 64))
    a = ManifestArticle.of("a", "urn:a", "wire/a.txt", files)
    b = ManifestArticle.of("b", "urn:b", "wire/b.txt", (("articles/b.json", "3" * 64),))
    manifest = parse_manifest(render_manifest([a, b], [("rss.xml", "4")]))
    assert list(manifest.listed()) == [
        "articles/a.json",
        "articles/a.xml",
        "articles/b.json",
        "rss.xml",
    ]


def test_standard_layout_is_stored_without_paths() -> None:
    standard = [
        ("articles/a.json", "1" * 64),
        ("articles/a.xml", "2" * 64),
        ("articles/a.nitf.xml", "3" * 64),
        ("articles/a.ninjs.json", "4" * 64),
    ]
    entry = ManifestArticle.of("a", "urn:a", "wire/a.txt", standard)
    assert entry.custom_paths is None
    assert entry.digests == bytes.fromhex("1" * 64 + "2" * 64 + "3" * 64 + "4" * 64)
    assert entry.files == tuple(standard)
    odd = ManifestArticle.of("a", "urn:a", "wire/a.txt", standard[:1])
    assert odd.custom_paths == ("articles/a.json",)
    assert odd.files == tuple(standard[:1])


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"version": 2, "articles": [], "feeds": []}', "index.json: unsupported version 2"),
        (
            '{"$schema": "https://newsroom.example/schemas/manifest/2/manifest.schema.json", '
            '"version": 1, "articles": [], "feeds": []}',
            "index.json: unsupported $schema "
            "'https://newsroom.example/schemas/manifest/2/manifest.schema.json'",
        ),
        (
            '{"$schema": "https://newsroom.example/schemas/manifest/1/manifest.schema.json", '
            '"version": 1, "articles": []}',
            "index.json: not an export manifest (TypeError: expected an object with version, "
            "articles and feeds)",
        ),
        (
            '{"version": 1, "feeds": []}',
            "index.json: not an export manifest (TypeError: expected an object with version, "
            "articles and feeds)",
        ),
        (
            '{"version": 1, "articles": [], "feeds": [{"path": "/etc/passwd", "sha256": "0"}]}',
            "index.json lists '/etc/passwd', which is not a file of this export",
        ),
        (
            '{"version": 1, "articles": [], "feeds": [{"path": "index.json", "sha256": "0"}]}',
            "index.json lists 'index.json', which is not a file of this export",
        ),
        (
            '{"version": 1, "articles": [{"id": 1, "guid": "g", "source": "s", "files": []}],'
            ' "feeds": []}',
            "index.json: not an export manifest (TypeError: expected a string, got int)",
        ),
        (
            '{"version": 1, "articles": [{"id": "a"}], "feeds": []}',
            "index.json: not an export manifest (TypeError: articles must be a list of "
            "{id, guid, source, files})",
        ),
        (
            '{"version": 1, "articles": [], "feeds": [{"path": "rss.xml"}]}',
            "index.json: not an export manifest (TypeError: files must be a list of "
            "{path, sha256})",
        ),
        ("[]", "index.json: not an export manifest (TypeError: expected an object with "
         "version, articles and feeds)"),
        # A syntax error comes before any shape error, as json.loads finds it first.
        ('{"version": 1, "articles": ["a"], "feeds": [] x', "index.json: not an export "
         "manifest (JSONDecodeError: Expecting ',' delimiter: line 1 column 47 (char 46))"),
        ('{"version": 1, "articles": [], "version": 1, "feeds": []}', "index.json: not an "
         "export manifest (ValueError: 'version' appears twice)"),
        (
            '{"version": 1, "articles": [{"id": "a", "guid": "g", "source": "s", '
            '"files": [{"path": "articles/a.json", "sha256": "xyz"}]}], "feeds": []}',
            "index.json: not an export manifest (ValueError: a: sha256 must be 64 hex digits)",
        ),
    ],
)
def test_junk_manifests_are_refused_with_one_line(document: str, message: str) -> None:
    with pytest.raises(ManifestError) as caught:
        parse_manifest(document.encode())
    assert str(caught.value) == message


def test_manifest_of_an_earlier_release_without_schema_marker_is_read() -> None:
    files = (("articles/a.json", "1" * 64),)
    earlier = (
        '{"version": 1, "articles": [{"id": "a", "guid": "urn:a", "source": "wire/a.txt", '
        '"files": [{"path": "articles/a.json", "sha256": "' + "1" * 64 + '"}]}], '
        '"feeds": [{"path": "rss.xml", "sha256": "' + "2" * 64 + '"}]}'
    )
    assert parse_manifest(earlier.encode()) == Manifest(
        (ManifestArticle.of("a", "urn:a", "wire/a.txt", files),), (("rss.xml", "2" * 64),)
    )


def test_rendering_starts_with_the_schema_marker() -> None:
    assert render_manifest([], []) == (
        b'{\n  "$schema": "https://newsroom.example/schemas/manifest/1/manifest.schema.json",\n'
        b'  "version": 1,\n  "articles": [],\n  "feeds": []\n}\n'
    )
