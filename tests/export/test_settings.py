"""Export settings from [tool.toolkit.export]: lookup, every key, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.exporting.settings import (
    ExportConfigError,
    ExportSettings,
    find_config,
    load_settings,
    settings_from_config,
)
from toolkit.writers.feeds import FeedInfo
from toolkit.writers.options import WriterOptions

FULL = """
[tool.toolkit.export]
title = "Gdynia Desk"
link = "https://desk.example/"
description = "Port and city news"
language = "pl"
feed-id = "tag:desk.example,2025:feed"
provider = "Desk Example"
provider-uri = "https://desk.example/about"
domain = "desk.example"
base-url = "https://cdn.desk.example/exports"
limit = 20
validate = false

[tool.toolkit.export.agencies]
Reuters = "https://www.reuters.com/"
"China News Service" = "https://www.chinanews.com.cn/"
"""


def test_every_key_lands_where_it_belongs(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(FULL, encoding="utf-8")
    settings = load_settings(None, tmp_path)
    assert settings == ExportSettings(
        feed=FeedInfo(
            title="Gdynia Desk",
            link="https://desk.example/",
            description="Port and city news",
            language="pl",
            provider="Desk Example",
            feed_id="tag:desk.example,2025:feed",
            agency_urls=(
                ("China News Service", "https://www.chinanews.com.cn/"),
                ("Reuters", "https://www.reuters.com/"),
            ),
        ),
        writer=WriterOptions(
            domain="desk.example",
            provider_name="Desk Example",
            provider_uri="https://desk.example/about",
        ),
        limit=20,
        base_url="https://cdn.desk.example/exports",
        validate=False,
    )
    assert settings.url_of("rss.xml") == "https://cdn.desk.example/exports/rss.xml"


def test_nearest_pyproject_above_the_working_folder_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(FULL, encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(deep) == tmp_path / "a" / "pyproject.toml"
    assert load_settings(None, deep) == ExportSettings()  # no [tool.toolkit.export]: defaults


def test_defaults_give_self_links_under_the_feed_link() -> None:
    assert ExportSettings().url_of("atom.xml") == "https://newsroom.example/atom.xml"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"limit": 0}, "pyproject.toml: limit must be a positive integer"),
        ({"limit": True}, "pyproject.toml: limit must be a positive integer"),
        ({"title": ""}, "pyproject.toml: title must be a non-empty string"),
        ({"link": 3}, "pyproject.toml: link must be a non-empty string"),
        ({"validate": "yes"}, "pyproject.toml: validate must be true or false"),
        ({"agencies": {"AP": 1}}, 'pyproject.toml: agencies must be a table of name = "URL"'),
    ],
)
def test_wrong_values_are_one_line_errors(table: dict[str, object], message: str) -> None:
    with pytest.raises(ExportConfigError) as caught:
        settings_from_config(table, origin="pyproject.toml")
    assert str(caught.value) == message


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.toolkit.export\n", encoding="utf-8")
    with pytest.raises(ExportConfigError, match=r"pyproject.toml: not valid TOML \("):
        load_settings(config, tmp_path)
