"""The export manifest ``index.json``: which files belong to which article, with hashes.

It is also the export's memory between runs: only files it lists are ever deleted.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from toolkit.errors import ToolkitError
from toolkit.exporting.layout import ARTICLE_FORMATS, MANIFEST, article_file, checked_relative

FORMAT_VERSION = 1
# The $id of schemas/manifest.schema.json, written as the manifest's first key so that
# `toolkit validate` (and any JSON Schema tool) knows what the file is.
SCHEMA_ID = "https://newsroom.example/schemas/manifest/1/manifest.schema.json"
_KEYS = frozenset({"version", "articles", "feeds"})


class ManifestError(ToolkitError):
    """The output folder's index.json is not a manifest this toolkit wrote."""


@dataclass(frozen=True, slots=True)
class ManifestArticle:
    """One article's entry. There is one per article in memory for a whole export, so it is
    compact: raw digests, and no paths at all when they follow the standard layout."""

    id: str
    guid: str
    source: str  # the source path as given on the command line (POSIX separators)
    digests: bytes  # sha256 of each file, 32 bytes each, in the order of ``paths``
    custom_paths: tuple[str, ...] | None = None  # None: the standard layout for the id

    @classmethod
    def of(
        cls, article_id: str, guid: str, source: str, files: Iterable[tuple[str, str]]
    ) -> ManifestArticle:
        """An entry from ``(path, sha256 hex)`` pairs."""
        pairs = tuple(files)
        paths = tuple(path for path, _ in pairs)
        try:
            digests = b"".join(bytes.fromhex(digest) for _, digest in pairs)
        except ValueError:
            raise ValueError(f"{article_id}: sha256 must be 64 hex digits") from None
        if len(digests) != 32 * len(pairs):
            raise ValueError(f"{article_id}: sha256 must be 64 hex digits")
        standard = paths == standard_paths(article_id)
        return cls(article_id, guid, source, digests, None if standard else paths)

    @property
    def paths(self) -> tuple[str, ...]:
        return standard_paths(self.id) if self.custom_paths is None else self.custom_paths

    @property
    def files(self) -> tuple[tuple[str, str], ...]:
        """``(path relative to the output folder, sha256 hex)`` per file."""
        return tuple(
            (path, self.digests[32 * n : 32 * (n + 1)].hex()) for n, path in enumerate(self.paths)
        )


def standard_paths(article_id: str) -> tuple[str, ...]:
    return tuple(article_file(article_id, fmt) for fmt in ARTICLE_FORMATS)


@dataclass(frozen=True, slots=True)
class Manifest:
    articles: tuple[ManifestArticle, ...] = ()  # sorted by id
    feeds: tuple[tuple[str, str], ...] = ()  # (file, sha256 hex)

    def listed(self) -> Iterator[str]:
        """Every file the manifest lists: each article's, in id order, then the feeds."""
        for article in self.articles:
            yield from article.paths
        for path, _ in self.feeds:
            yield path


def render_manifest(
    articles: Iterable[ManifestArticle], feeds: Iterable[tuple[str, str]]
) -> bytes:
    """The manifest (``articles`` already in id order) as indented JSON: the same bytes as
    ``json.dumps(indent=2)`` of the whole document.

    Rendered one article at a time into one buffer: encoding the whole document at once
    briefly costs several times the manifest's size.
    """
    # Bytes written as they are made: no list of parts, no whole-document str to encode.
    buffer = io.BytesIO()

    def write(text: str) -> None:
        buffer.write(text.encode("utf-8"))

    write(f'{{\n  "$schema": "{SCHEMA_ID}",\n  "version": {FORMAT_VERSION},\n  "articles": [')
    number = -1
    for number, article in enumerate(articles):
        entry = manifest_entry(article)
        text = json.dumps(entry, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        write(("," if number else "") + "\n    " + text)
    write("\n  ]," if number >= 0 else "],")
    listed = json.dumps(_file_entries(feeds), ensure_ascii=False, indent=2)
    feeds_text = listed.replace("\n", "\n  ")
    write(f'\n  "feeds": {feeds_text}\n}}\n')
    return buffer.getvalue()


def manifest_document(
    articles: Iterable[ManifestArticle], feeds: Iterable[tuple[str, str]]
) -> dict[str, Any]:
    """The manifest as a JSON value: what :func:`render_manifest` encodes."""
    return {
        "$schema": SCHEMA_ID,
        "version": FORMAT_VERSION,
        "articles": [manifest_entry(article) for article in articles],
        "feeds": _file_entries(feeds),
    }


def manifest_entry(article: ManifestArticle) -> dict[str, Any]:
    """One article's entry in the manifest's ``articles``, as a JSON value."""
    return {
        "id": article.id,
        "guid": article.guid,
        "source": article.source,
        "files": _file_entries(article.files),
    }


def _file_entries(files: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"path": path, "sha256": digest} for path, digest in files]


def parse_manifest(data: bytes) -> Manifest:
    """Read ``index.json``; anything unexpected is a :class:`ManifestError`, never a guess."""
    try:
        # The hook turns each object into its compact form as soon as it is decoded, so a
        # large manifest never exists as a tree of dicts.
        document = json.loads(data, object_hook=_compact)
        # Manifests written before the $schema marker existed are read all the same.
        if not isinstance(document, dict) or document.keys() - {"$schema"} != _KEYS:
            raise TypeError("expected an object with version, articles and feeds")
        if document.get("$schema", SCHEMA_ID) != SCHEMA_ID:
            raise ManifestError(f"{MANIFEST}: unsupported $schema {document['$schema']!r}")
        if document["version"] != FORMAT_VERSION:
            raise ManifestError(f"{MANIFEST}: unsupported version {document['version']!r}")
        articles = document["articles"]
        if not isinstance(articles, list) or not all(
            isinstance(a, ManifestArticle) for a in articles
        ):
            raise TypeError("articles must be a list of {id, guid, source, files}")
        return Manifest(tuple(articles), _files(document["feeds"]))
    except ManifestError:
        raise
    except (ValueError, KeyError, TypeError) as error:
        raise ManifestError(
            f"{MANIFEST}: not an export manifest ({type(error).__name__}: {error})"
        ) from None
    except ToolkitError as error:
        raise ManifestError(str(error)) from None


def _compact(value: dict[str, Any]) -> Any:
    keys = value.keys()
    if keys == {"path", "sha256"}:
        return (checked_relative(_string(value["path"])), _string(value["sha256"]))
    if keys == {"id", "guid", "source", "files"}:
        return ManifestArticle.of(
            _string(value["id"]),
            _string(value["guid"]),
            _string(value["source"]),
            _files(value["files"]),
        )
    return value


def _files(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not all(isinstance(f, tuple) for f in value):
        raise TypeError("files must be a list of {path, sha256}")
    return tuple(value)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value
