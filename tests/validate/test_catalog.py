"""Finding and compiling schemas; fetching the official ones into the cache."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from toolkit.errors import InputError, SchemaNotFoundError, UnknownFormatError
from toolkit.validation import atom_grammar, catalog
from toolkit.validation.catalog import (
    FETCH_PLAN,
    SCHEMA_DIR_ENV,
    fetch_schemas,
    json_schema_validator,
    relaxng,
    schema_dir,
    user_cache_dir,
    xml_schema,
)

NEEDS = "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"


def make_folder(root: Path) -> Path:
    (root / "newsml-g2").mkdir(parents=True)
    (root / NEEDS).write_text("<schema/>")
    return root


def test_explicit_beats_env_and_cache(tmp_path: Path) -> None:
    explicit = make_folder(tmp_path / "explicit")
    env = make_folder(tmp_path / "env")
    cache_home = tmp_path / "cache"
    make_folder(cache_home / "newsroom-toolkit" / "schemas")
    environ = {SCHEMA_DIR_ENV: str(env), "XDG_CACHE_HOME": str(cache_home)}
    assert schema_dir(explicit, environ=environ) == explicit
    assert schema_dir(str(explicit), environ=environ) == explicit
    assert schema_dir(None, environ=environ) == env
    assert schema_dir(None, environ={"XDG_CACHE_HOME": str(cache_home)}) == (
        cache_home / "newsroom-toolkit" / "schemas"
    )


def test_user_cache_default_is_under_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert user_cache_dir({}) == tmp_path / ".cache" / "newsroom-toolkit" / "schemas"


def test_nothing_found_says_how_to_get_them(tmp_path: Path) -> None:
    with pytest.raises(SchemaNotFoundError) as caught:
        schema_dir(None, environ={"XDG_CACHE_HOME": str(tmp_path)})
    assert str(caught.value) == (
        f"official schemas not found ({tmp_path}/newsroom-toolkit/schemas has no {NEEDS}); "
        "pass --schema-dir DIR, set TOOLKIT_SCHEMA_DIR, or run `toolkit schemas fetch`"
    )


def test_explicit_folder_is_never_silently_skipped(tmp_path: Path) -> None:
    cache_home = tmp_path / "cache"
    make_folder(cache_home / "newsroom-toolkit" / "schemas")
    with pytest.raises(
        SchemaNotFoundError,
        match=r"^schema folder .*/nope \(--schema-dir\) does not exist; pass --schema-dir DIR",
    ):
        schema_dir(tmp_path / "nope", environ={"XDG_CACHE_HOME": str(cache_home)})
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SchemaNotFoundError, match=rf"\(TOOLKIT_SCHEMA_DIR\) has no {NEEDS}"):
        schema_dir(None, environ={SCHEMA_DIR_ENV: str(empty)})


def test_missing_kind_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(
        SchemaNotFoundError, match=r"^schema 'nitf' not found: no .*/nitf/nitf-3-6.xsd;"
    ):
        xml_schema("nitf", tmp_path)


def test_unknown_kind(standards_dir: Path) -> None:
    with pytest.raises(UnknownFormatError, match=r"^unknown XML schema kind 'docbook'; known: "):
        xml_schema("docbook", standards_dir)
    with pytest.raises(UnknownFormatError, match=r"^unknown JSON schema kind 'ninjs-9.9'"):
        json_schema_validator("ninjs-9.9", standards_dir)


def test_compiled_once_per_process(standards_dir: Path) -> None:
    for kind in ("newsml", "newsml-power", "nitf", "rss"):
        assert xml_schema(kind, standards_dir) is xml_schema(kind, standards_dir)
    assert relaxng("atom", standards_dir) is relaxng("atom", standards_dir)
    assert json_schema_validator("record") is json_schema_validator("record", None)
    for kind in catalog.JSON_SCHEMAS:
        assert json_schema_validator(kind, standards_dir) is json_schema_validator(
            kind, standards_dir
        )


def test_format_checks_are_on(standards_dir: Path) -> None:
    ninjs = json_schema_validator("ninjs-3.1", standards_dir)
    assert not ninjs.is_valid({"uri": "not a uri"})
    assert ninjs.is_valid({"uri": "urn:newsml:newsroom.example:20250303:x"})
    assert not ninjs.is_valid({"uri": "urn:x:y", "versionCreated": "2025-03-03T00:00:00"})


def test_geojson_reference_resolves_offline(standards_dir: Path) -> None:
    ninjs = json_schema_validator("ninjs-3.1", standards_dir)
    point = {"type": "Point", "coordinates": [12.5, 41.9]}
    assert ninjs.is_valid({"uri": "urn:x:y", "places": [{"name": "Rome", "geoJSON": point}]})
    bad = {"type": "Point", "coordinates": "here"}
    assert not ninjs.is_valid({"uri": "urn:x:y", "places": [{"name": "Rome", "geoJSON": bad}]})


# A made-up grammar in RFC dress: indented three spaces, cut by a page footer and header.
TINY_RNC = """# -*- rnc -*-
# A grammar for the test

namespace atom = "http://www.w3.org/2005/Atom"
namespace local = ""

start = element atom:feed { element atom:title { text } }

# EOF"""


def rfc_text(rnc: str, page: int = 4) -> bytes:
    lines = ["Appendix B.  RELAX NG Compact Schema", "", "   This appendix is informative.", ""]
    for number, line in enumerate(rnc.splitlines(), 1):
        lines.append(f"   {line}" if line else "")
        if number % page == 0:
            lines += ["", "", f"Nottingham & Sayre   Standards Track   [Page {number}]", "\f",
                      "RFC 4287                  Atom Format              December 2005", "", ""]
    lines += ["", "Authors' Addresses"]
    return "\n".join(lines).encode()  # fmt: skip


def fake_download(url: str) -> bytes:
    if url == atom_grammar.RFC_URL:
        return rfc_text(TINY_RNC)
    if url.endswith(".json"):
        return b'{"url": "%s"}' % url.encode()
    return b'<schema xmlns="http://www.w3.org/2001/XMLSchema"/>'


def test_fetch_refuses_xml_that_is_not_a_schema(tmp_path: Path) -> None:
    def wrong(url: str) -> bytes:
        return b"<html/>" if url.endswith(".xsd") else fake_download(url)

    with pytest.raises(InputError, match=r"did not return a schema \(root element html\)$"):
        fetch_schemas(tmp_path, wrong)


def test_fetch_writes_every_file_validate_and_export_need(tmp_path: Path) -> None:
    seen: list[str] = []

    def download(url: str) -> bytes:
        seen.append(url)
        return fake_download(url)

    written = fetch_schemas(tmp_path, download)
    assert seen == [*(url for _, url in FETCH_PLAN), "https://www.rfc-editor.org/rfc/rfc4287.txt"]
    relative = sorted(p.relative_to(tmp_path).as_posix() for p in written)
    assert relative == sorted(
        [rel for rel, _ in FETCH_PLAN]
        + ["feeds/atom/atom-rfc4287.rnc", "feeds/atom/atom-rfc4287.rng"]
    )
    # every schema file the catalog knows is fetched: export's feeds and every ninjs version
    known = {*catalog.XML_SCHEMAS.values(), *catalog.RELAXNG_SCHEMAS.values()}
    known |= {*catalog.JSON_SCHEMAS.values(), catalog.GEOJSON_FILE}
    assert known <= set(relative)
    assert (tmp_path / "ninjs/schemas/ninjs-schema_1.0.json").read_text() == (
        '{"url": "https://www.iptc.org/std/ninjs/ninjs-schema_1.0.json"}'
    )
    assert schema_dir(tmp_path) == tmp_path


def test_fetch_derives_the_atom_grammar_from_the_rfc(tmp_path: Path) -> None:
    fetch_schemas(tmp_path, fake_download)
    rnc = (tmp_path / "feeds/atom/atom-rfc4287.rnc").read_text()
    # page footer, form feed and header gone, dedented (a blank line at a break goes with it)
    assert [line for line in rnc.splitlines() if line] == [
        line for line in TINY_RNC.splitlines() if line
    ]
    grammar = relaxng("atom", tmp_path)
    atom = "http://www.w3.org/2005/Atom"
    good = etree.fromstring(f'<feed xmlns="{atom}"><title>t</title></feed>')
    bad = etree.fromstring(f'<feed xmlns="{atom}"><subtitle>t</subtitle></feed>')
    assert (grammar.validate(good), grammar.validate(bad)) == (True, False)


def test_rfc_without_the_grammar_is_refused(tmp_path: Path) -> None:
    def no_grammar(url: str) -> bytes:
        return b"Request for Comments: 4287" if url == atom_grammar.RFC_URL else fake_download(url)

    with pytest.raises(InputError, match="no Atom grammar found"):
        fetch_schemas(tmp_path, no_grammar)
    assert list(tmp_path.iterdir()) == []


def _from_shared(standards_dir: Path) -> Callable[[str], bytes]:
    def download(url: str) -> bytes:
        if url == atom_grammar.RFC_URL:
            rnc = (standards_dir / "feeds/atom/atom-rfc4287.rnc").read_text()
            return rfc_text(rnc, page=50)
        relative = next(rel for rel, u in FETCH_PLAN if u == url)
        return (standards_dir / relative).read_bytes()

    return download


def test_fetched_folder_validates_like_the_standards_folder(
    tmp_path: Path, standards_dir: Path
) -> None:
    fetch_schemas(tmp_path, _from_shared(standards_dir))
    assert xml_schema("newsml", tmp_path) is not xml_schema("newsml", standards_dir)
    derived = (tmp_path / "feeds/atom/atom-rfc4287.rng").read_bytes()
    assert derived.strip() == (standards_dir / "feeds/atom/atom-rfc4287.rng").read_bytes().strip()
    for kind in ("rss", "nitf", "newsml-power"):
        xml_schema(kind, tmp_path)
    for kind in catalog.JSON_SCHEMAS:
        json_schema_validator(kind, tmp_path)


def test_fetch_offline_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    def offline(url: str) -> bytes:
        raise OSError(101, "Network is unreachable")

    with pytest.raises(SchemaNotFoundError) as caught:
        fetch_schemas(tmp_path / "cache", offline)
    assert str(caught.value) == (
        "cannot download https://www.iptc.org/std/NewsML-G2/2.35/specification/"
        "NewsML-G2_2.35-spec-All-Power.xsd: Network is unreachable; "
        "check the network, or use --schema-dir DIR"
    )
    assert not (tmp_path / "cache").exists()


def test_fetch_refuses_an_html_error_page(tmp_path: Path) -> None:
    def captive_portal(url: str) -> bytes:
        return b"<html><body>Sign in<br></body>" if url.endswith(".xsd") else b"{}"

    with pytest.raises(InputError, match=r"did not return a schema"):
        fetch_schemas(tmp_path, captive_portal)
    assert list(tmp_path.iterdir()) == []
