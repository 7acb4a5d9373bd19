"""Export settings: ``[tool.toolkit.export]`` in pyproject.toml, then command-line overrides."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from toolkit.errors import ToolkitError
from toolkit.files import DEFAULT_EXCLUDE
from toolkit.readers.options import DEFAULT_MAX_BYTES
from toolkit.writers.feeds import DEFAULT_LIMIT, FeedInfo
from toolkit.writers.options import WriterOptions

CONFIG_FILE = "pyproject.toml"


class ExportConfigError(ToolkitError):
    """The export configuration cannot be read or has a wrong key or value."""


@dataclass(frozen=True, slots=True)
class ExportSettings:
    """Everything an export needs besides its sources and its output folder."""

    feed: FeedInfo = field(default_factory=FeedInfo)
    writer: WriterOptions = field(default_factory=WriterOptions)
    limit: int = DEFAULT_LIMIT  # entries per feed, newest first
    # Public URL of the output folder; gives the feeds their self links. Default: feed link.
    base_url: str | None = None
    year: int | None = None  # year for datelines that give none
    max_bytes: int = DEFAULT_MAX_BYTES  # larger sources are refused before they are read
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE  # globs a folder walk skips
    # Follow symbolic links that lead out of a folder walked (see files.iter_input_files):
    # None leaves them unread and suggests nothing (a library caller has no option to give);
    # False leaves them unread and suggests --follow-symlinks, as the CLI offers it.
    follow_symlinks: bool | None = None
    encoding: str | None = None  # of text sources that are not UTF-8 (None: detected)
    validate: bool = True  # validate every document before it is written
    schema_dir: Path | None = None  # official schemas (else the catalog's own lookup)
    # versionCreated of articles that get a new version in this export (--correction-time);
    # None: derived from the previous version's (see toolkit.exporting.versions)
    correction_time: dt.datetime | None = None

    def url_of(self, relative: str) -> str:
        base = self.base_url or self.feed.link
        return (base if base.endswith("/") else base + "/") + relative


# Config key -> (target, field, type). Kebab-case as in the rest of pyproject.toml.
_STRING_KEYS: dict[str, tuple[str, str]] = {
    "title": ("feed", "title"),
    "link": ("feed", "link"),
    "description": ("feed", "description"),
    "language": ("feed", "language"),
    "feed-id": ("feed", "feed_id"),
    "provider": ("feed", "provider"),
    "provider-uri": ("writer", "provider_uri"),
    "domain": ("writer", "domain"),
    "base-url": ("settings", "base_url"),
}
_KNOWN_KEYS = (*_STRING_KEYS, "limit", "agencies", "validate")


def find_config(start: Path) -> Path | None:
    """The nearest pyproject.toml in ``start`` or a folder above it."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
    return None


def read_config(path: Path) -> Mapping[str, Any]:
    """The ``[tool.toolkit.export]`` table of a TOML file; empty when it has none."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ExportConfigError(f"{path}: cannot read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ExportConfigError(f"{path}: not valid TOML ({error})") from None
    table = document.get("tool", {}).get("toolkit", {}).get("export", {})
    if not isinstance(table, dict):
        raise ExportConfigError(f"{path}: [tool.toolkit.export] must be a table")
    return table


def settings_from_config(
    table: Mapping[str, Any], base: ExportSettings | None = None, origin: str = "config"
) -> ExportSettings:
    """Apply a ``[tool.toolkit.export]`` table onto ``base`` (default settings)."""
    settings = base or ExportSettings()
    unknown = sorted(set(table) - set(_KNOWN_KEYS))
    if unknown:
        raise ExportConfigError(
            f"{origin}: unknown key(s) {', '.join(unknown)} in [tool.toolkit.export]; "
            f"known: {', '.join(sorted(_KNOWN_KEYS))}"
        )
    # Collected as Any: each key's value was checked to be a string above the replace().
    changes: dict[str, dict[str, Any]] = {"feed": {}, "writer": {}, "settings": {}}
    for key, (target, name) in _STRING_KEYS.items():
        if key not in table:
            continue
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise ExportConfigError(f"{origin}: {key} must be a non-empty string")
        changes[target][name] = value
    feed = replace(settings.feed, **changes["feed"])
    if "provider" in changes["feed"]:
        # One name for the feeds' author and the NewsML-G2 provider.
        changes["writer"]["provider_name"] = changes["feed"]["provider"]
    writer = replace(settings.writer, **changes["writer"])
    settings = replace(settings, **changes["settings"])
    if "agencies" in table:
        agencies = table["agencies"]
        if not isinstance(agencies, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in agencies.items()
        ):
            raise ExportConfigError(f'{origin}: agencies must be a table of name = "URL"')
        feed = replace(feed, agency_urls=tuple(sorted(agencies.items())))
    if "limit" in table:
        limit = table["limit"]
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ExportConfigError(f"{origin}: limit must be a positive integer")
        settings = replace(settings, limit=limit)
    if "validate" in table:
        if not isinstance(table["validate"], bool):
            raise ExportConfigError(f"{origin}: validate must be true or false")
        settings = replace(settings, validate=table["validate"])
    return replace(settings, feed=feed, writer=writer)


def load_settings(config: Path | None, cwd: Path) -> ExportSettings:
    """Settings from ``config``, else from the nearest pyproject.toml above ``cwd``."""
    path = config if config is not None else find_config(cwd)
    if path is None:
        return ExportSettings()
    return settings_from_config(read_config(path), origin=str(path))
