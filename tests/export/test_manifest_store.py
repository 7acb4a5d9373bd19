"""The export's on-disk store of previous and new manifest entries."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.exporting.manifest import ManifestArticle, render_entry
from toolkit.exporting.manifest_store import ManifestStore

STANDARD = ("json", "xml", "nitf.xml", "ninjs.json")


def entry(
    article_id: str, source: str, digit: str = "1", paths: tuple[str, ...] = ()
) -> ManifestArticle:
    files = paths or tuple(f"articles/{article_id}.{ext}" for ext in STANDARD)
    return ManifestArticle.of(
        article_id, f"urn:{article_id}", source, [(path, digit * 64) for path in files]
    )


def test_the_scratch_file_has_no_name_in_the_folder_once_open(tmp_path: Path) -> None:
    # Deleted as soon as it is open, it cannot outlive the run, even one killed with -9.
    with ManifestStore(tmp_path) as store:
        assert list(tmp_path.iterdir()) == []
        for number in range(2_000):
            store.add_exported(entry(f"a{number}", f"wire/a{number}.txt"))
        assert len(list(store.entries())) == 2_000
    assert list(tmp_path.iterdir()) == []


@given(st.lists(st.text(min_size=1, max_size=6), unique=True, max_size=12))
def test_entries_come_in_python_string_order(ids: list[str]) -> None:
    with ManifestStore() as store:
        for article_id in ids:
            store.add_exported(entry(article_id, f"wire/{len(article_id)}.txt"))
        entries = [json.loads(data)["id"] for data in store.entries()]
    assert entries == sorted(ids)


def test_entries_are_rendered_as_in_the_manifest() -> None:
    article = entry("harbour-strike", "wire/harbour strike.txt")
    with ManifestStore() as store:
        store.add_exported(article)
        assert list(store.entries()) == [render_entry(article)]


def test_source_using_names_the_source_of_an_exported_or_kept_id() -> None:
    with ManifestStore() as store:
        store.add_exported(entry("budget", "wire/budget.txt"))
        store.keep(entry("ferry", "wire/ferry.txt"))
        assert store.source_using("budget") == "wire/budget.txt"
        assert store.source_using("ferry") == "wire/ferry.txt"
        assert store.source_using("tram") is None
        assert (store.is_exported("budget"), store.is_exported("ferry")) == (True, False)


def test_a_kept_entry_never_replaces_an_exported_one() -> None:
    with ManifestStore() as store:
        exported = entry("budget", "wire/budget.txt", "1")
        store.add_exported(exported)
        store.keep(entry("budget", "wire/old-budget.txt", "2"))
        assert list(store.entries()) == [render_entry(exported)]
        assert not store.is_kept_file("articles/budget.json")


def test_a_later_kept_entry_replaces_an_earlier_one_with_its_files() -> None:
    with ManifestStore() as store:
        store.keep(entry("budget", "wire/a.txt", "1", ("articles/budget.json",)))
        later = entry("budget", "wire/b.txt", "2", ("articles/budget.xml",))
        store.keep(later)
        assert list(store.entries()) == [render_entry(later)]
        assert not store.is_kept_file("articles/budget.json")
        assert store.is_kept_file("articles/budget.xml")


def test_previous_entries_by_source_and_their_files_in_manifest_order() -> None:
    with ManifestStore() as store:
        odd = entry("zoo", "wire/zoo.txt", "3", ("articles/zoo.newsml.xml",))
        store.add_previous(odd)
        store.add_previous(entry("apple", "wire/apple.txt", "1"))
        store.add_previous(entry("apple-2", "wire/apple.txt", "2"))
        assert store.previous_of("wire/zoo.txt") == odd
        assert store.previous_of("wire/apple.txt") == entry("apple-2", "wire/apple.txt", "2")
        assert store.previous_of("wire/pear.txt") is None
        store.add_recorded("rss.xml", bytes(32))
        store.add_recorded("articles/zoo.newsml.xml", bytes(32))  # a journal's record
        assert list(store.recorded_files()) == [
            "articles/zoo.newsml.xml",
            *(f"articles/apple.{ext}" for ext in STANDARD),
            *(f"articles/apple-2.{ext}" for ext in STANDARD),
            "rss.xml",
        ]


def test_recorded_files_and_their_sha256s() -> None:
    with ManifestStore() as store:
        store.add_previous(entry("apple", "wire/apple.txt", "1"))
        store.add_recorded("articles/pear.json", b"\x22" * 32)
        assert store.is_recorded("articles/apple.json")
        assert store.records("articles/apple.json", b"\x11" * 32)
        assert not store.records("articles/apple.json", b"\x22" * 32)
        assert store.records("articles/pear.json", b"\x22" * 32)
        assert not store.is_recorded("notes.md")


def test_a_folder_that_cannot_be_written_gets_no_scratch_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tempfile.mkstemp
    created: list[Path] = []

    def read_only(prefix: str, suffix: str, dir: Path | None = None) -> tuple[int, str]:
        if dir is not None:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(dir))
        created.append(tmp_path / "tmp")
        return real(prefix=prefix, suffix=suffix, dir=tmp_path / "tmp")

    (tmp_path / "tmp").mkdir()
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with ManifestStore(tmp_path / "out") as store:
        store.add_exported(entry("a", "wire/a.txt"))
        assert list(store.entries())
    assert created == [tmp_path / "tmp"]
    assert list((tmp_path / "tmp").iterdir()) == []
    assert list((tmp_path / "out").iterdir()) == []
