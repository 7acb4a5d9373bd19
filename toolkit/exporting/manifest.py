"""The export manifest ``index.json``: which files belong to which article, with hashes.

It is also the export's memory between runs: only files it lists are ever deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from toolkit.errors import ToolkitError
from toolkit.exporting.layout import MANIFEST, checked_relative

FORMAT_VERSION = 1


class ManifestError(ToolkitError):
    """The output folder's index.json is not a manifest this toolkit wrote."""


@dataclass(frozen=True, slots=True)
class ManifestArticle:
    id: str
    guid: str
    source: str  # the source path as given on the command line (POSIX separators)
    files: tuple[tuple[str, str], ...]  # (path relative to the output folder, sha256 hex)


@dataclass(frozen=True, slots=True)
class Manifest:
    articles: tuple[ManifestArticle, ...] = ()  # sorted by id
    feeds: tuple[tuple[str, str], ...] = ()  # (file, sha256 hex)

    def files(self) -> set[str]:
        listed = {path for path, _ in self.feeds}
        for article in self.articles:
            listed.update(path for path, _ in article.files)
        return listed


def render_manifest(manifest: Manifest) -> bytes:
    """The manifest as indented JSON, the same bytes ``json.dumps(indent=2)`` would give.

    Rendered one article at a time: encoding the whole document at once briefly costs
    several times the manifest's size, which is what made memory grow with the batch.
    """
    parts = [f'{{\n  "version": {FORMAT_VERSION},\n  "articles": [']
    for number, article in enumerate(sorted(manifest.articles, key=lambda a: a.id)):
        entry = {
            "id": article.id,
            "guid": article.guid,
            "source": article.source,
            "files": [{"path": path, "sha256": digest} for path, digest in article.files],
        }
        text = json.dumps(entry, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        parts.append(("," if number else "") + "\n    " + text)
    parts.append("\n  ]," if manifest.articles else "],")
    feeds = [{"path": path, "sha256": digest} for path, digest in manifest.feeds]
    feeds_text = json.dumps(feeds, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    parts.append(f'\n  "feeds": {feeds_text}')
    parts.append("\n}\n")
    return "".join(parts).encode("utf-8")


def parse_manifest(data: bytes) -> Manifest:
    """Read ``index.json``; anything unexpected is a :class:`ManifestError`, never a guess."""
    try:
        document = json.loads(data)
        if document["version"] != FORMAT_VERSION:
            raise ManifestError(f"{MANIFEST}: unsupported version {document['version']!r}")
        articles = tuple(
            ManifestArticle(
                id=_string(entry["id"]),
                guid=_string(entry["guid"]),
                source=_string(entry["source"]),
                files=_files(entry["files"]),
            )
            for entry in document["articles"]
        )
        return Manifest(articles, _files(document["feeds"]))
    except ManifestError:
        raise
    except (ValueError, KeyError, TypeError) as error:
        raise ManifestError(
            f"{MANIFEST}: not an export manifest ({type(error).__name__}: {error})"
        ) from None
    except ToolkitError as error:
        raise ManifestError(str(error)) from None


def _files(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise TypeError("files must be a list")
    return tuple((checked_relative(_string(f["path"])), _string(f["sha256"])) for f in value)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value
