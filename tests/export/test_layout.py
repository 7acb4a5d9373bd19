"""Where the export puts files, and which paths it will ever touch."""

from __future__ import annotations

import pytest

from toolkit.errors import InputError, ToolkitError
from toolkit.exporting.layout import (
    ARTICLE_FORMATS,
    article_file,
    article_ids_in,
    check_article_id,
    checked_relative,
)


def test_article_files() -> None:
    assert [article_file("harbour-strike", fmt) for fmt in ARTICLE_FORMATS] == [
        "articles/harbour-strike.json",
        "articles/harbour-strike.xml",
        "articles/harbour-strike.nitf.xml",
        "articles/harbour-strike.ninjs.json",
    ]


@pytest.mark.parametrize(
    ("path", "ids"),
    [
        ("articles/a.json", ["a"]),
        ("articles/a.nitf.xml", ["a.nitf", "a"]),
        ("articles/a.ninjs.json", ["a.ninjs", "a"]),
        ("articles/.json", []),
        ("rss.xml", []),
        ("articles/a.txt", []),
    ],
)
def test_article_ids_in(path: str, ids: list[str]) -> None:
    assert list(article_ids_in(path)) == ids


@pytest.mark.parametrize("article_id", ["report.nitf", "report.ninjs"])
def test_ids_that_would_share_file_names_are_refused(article_id: str) -> None:
    with pytest.raises(InputError) as caught:
        check_article_id(article_id)
    base = article_id.rsplit(".", 1)[0]
    suffix = article_id[len(base) :]
    assert str(caught.value) == (
        f"article id {article_id!r} ends in {suffix!r}, so its files would clash with those of "
        f"{base!r}; rename the file"
    )


def test_ordinary_dotted_ids_are_fine() -> None:
    check_article_id("2025.03.14-gdynia")
    check_article_id("xinhua.nitfy")


@pytest.mark.parametrize(
    "path", ["", "/etc/passwd", "../x", "articles/../../x", "a//b", "./a", "a\\b", "index.json"]
)
def test_paths_outside_the_export_are_refused(path: str) -> None:
    with pytest.raises(ToolkitError, match="which is not a file of this export"):
        checked_relative(path)


def test_paths_inside_the_export_pass() -> None:
    assert checked_relative("articles/a.json") == "articles/a.json"
    assert checked_relative("rss.xml") == "rss.xml"
