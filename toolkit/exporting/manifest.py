"""The export manifest ``index.json``: which files belong to which article, with hashes.

It is also the export's memory between runs: only files it lists are ever deleted.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, NoReturn

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
class ArticleState:
    """What an export remembers of an article between runs (see :mod:`.versions`)."""

    content: str  # sha256 hex of the source bytes
    version: int
    created: str  # versionCreated of that version, RFC 3339


@dataclass(frozen=True, slots=True)
class ManifestArticle:
    """One article's entry. There is one per article in memory for a whole export, so it is
    compact: raw digests, and no paths at all when they follow the standard layout."""

    id: str
    guid: str
    source: str  # the source path as given on the command line (POSIX separators)
    digests: bytes  # sha256 of each file, 32 bytes each, in the order of ``paths``
    custom_paths: tuple[str, ...] | None = None  # None: the standard layout for the id
    # The article's state, so the next export can tell a correction: the sha256 of the source
    # it was made from, its version, and that version's versionCreated (RFC 3339).
    content: str | None = None
    version: int = 1
    version_created: str | None = None

    @classmethod
    def of(
        cls,
        article_id: str,
        guid: str,
        source: str,
        files: Iterable[tuple[str, str]],
        state: ArticleState | None = None,
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
        entry = cls(article_id, guid, source, digests, None if standard else paths)
        return entry if state is None else entry.with_state(state)

    @property
    def state(self) -> ArticleState | None:
        if self.content is None or self.version_created is None:
            return None
        return ArticleState(self.content, self.version, self.version_created)

    def with_state(self, state: ArticleState) -> ManifestArticle:
        return replace(
            self, content=state.content, version=state.version, version_created=state.created
        )

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


def render_manifest(articles: Iterable[ManifestArticle], feeds: Iterable[tuple[str, str]]) -> bytes:
    """The manifest (``articles`` already in id order) as indented JSON: the same bytes as
    ``json.dumps(indent=2)`` of the whole document."""
    return b"".join(manifest_chunks((render_entry(a) for a in articles), feeds))


def render_entry(article: ManifestArticle) -> bytes:
    """One article's entry as it appears in the manifest, indentation included."""
    text = json.dumps(manifest_entry(article), ensure_ascii=False, indent=2)
    return text.replace("\n", "\n    ").encode("utf-8")


_CHUNK = 1 << 16


def manifest_chunks(entries: Iterable[bytes], feeds: Iterable[tuple[str, str]]) -> Iterator[bytes]:
    """The manifest's bytes in pieces of about 64 KiB, from entries made by
    :func:`render_entry` (already in id order): a large manifest is never whole in memory."""
    head = f'{{\n  "$schema": "{SCHEMA_ID}",\n  "version": {FORMAT_VERSION},\n  "articles": ['
    pending = [head.encode("utf-8")]
    size = 0
    separator = b"\n    "
    for entry in entries:
        pending += (separator, entry)
        separator = b",\n    "
        size += len(entry)
        if size >= _CHUNK:
            yield b"".join(pending)
            pending.clear()
            size = 0
    listed = json.dumps(_file_entries(feeds), ensure_ascii=False, indent=2)
    feeds_text = listed.replace("\n", "\n  ")
    closing = "]," if separator == b"\n    " else "\n  ],"
    pending.append(f'{closing}\n  "feeds": {feeds_text}\n}}\n'.encode())
    yield b"".join(pending)


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
    entry: dict[str, Any] = {
        "id": article.id,
        "guid": article.guid,
        "source": article.source,
    }
    if article.content is not None and article.version_created is not None:
        entry["content"] = article.content
        entry["version"] = article.version
        entry["versionCreated"] = article.version_created
    entry["files"] = _file_entries(article.files)
    return entry


def _file_entries(files: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"path": path, "sha256": digest} for path, digest in files]


def parse_manifest(data: bytes) -> Manifest:
    """Read ``index.json``; anything unexpected is a :class:`ManifestError`, never a guess."""
    articles: list[ManifestArticle] = []
    feeds = read_manifest([data], articles.append)
    return Manifest(tuple(articles), feeds)


def read_manifest(
    chunks: Iterable[bytes], on_article: Callable[[ManifestArticle], None]
) -> tuple[tuple[str, str], ...]:
    """Stream-parse ``index.json`` from its bytes in pieces: each article's entry is passed
    to ``on_article`` in file order as soon as it is read, and the feeds are returned.

    Only one entry at a time is ever decoded, so a manifest of any size costs a constant
    amount of memory. Anything unexpected is a :class:`ManifestError`, as for
    :func:`parse_manifest`; entries passed before such an error must then be discarded.
    """
    text = _Text(iter(chunks))
    try:
        return _read_document(text, on_article)
    except ManifestError:
        raise
    except json.JSONDecodeError as error:
        raise ManifestError(
            f"{MANIFEST}: not an export manifest (JSONDecodeError: {text.locate(error)})"
        ) from None
    except (ValueError, KeyError, TypeError) as error:
        raise ManifestError(
            f"{MANIFEST}: not an export manifest ({type(error).__name__}: {error})"
        ) from None
    except ToolkitError as error:
        raise ManifestError(str(error)) from None


_NOT_A_MANIFEST = "expected an object with version, articles and feeds"
_NOT_ARTICLES = "articles must be a list of {id, guid, source, files}"


def _read_document(
    text: _Text, on_article: Callable[[ManifestArticle], None]
) -> tuple[tuple[str, str], ...]:
    # Errors come in json.loads' order: the object hook's at once, a syntax error before
    # any check of the document's shape, and the shape checks in parse order.
    if text.next_char() != "{":
        text.value()
        text.end()
        raise TypeError(_NOT_A_MANIFEST)
    document: dict[str, Any] = {}
    text.advance()
    delimiter = "}" if text.next_char() == "}" else ","
    if delimiter == "}":
        text.advance()
    while delimiter == ",":
        if text.next_char() != '"':
            text.fail("Expecting property name enclosed in double quotes")
        key = text.value()
        if text.next_char() != ":":
            text.fail("Expecting ':' delimiter")
        text.advance()
        if key in document:
            # json.loads would keep the last; streamed entries cannot be taken back.
            raise ValueError(f"{key!r} appears twice")
        document[key] = _read_articles(text, on_article) if key == "articles" else text.value()
        delimiter = text.next_char()
        if delimiter not in (",", "}"):
            text.fail("Expecting ',' delimiter")
        text.advance()
    text.end()
    # Manifests written before the $schema marker existed are read all the same.
    if document.keys() - {"$schema"} != _KEYS:
        raise TypeError(_NOT_A_MANIFEST)
    if document.get("$schema", SCHEMA_ID) != SCHEMA_ID:
        raise ManifestError(f"{MANIFEST}: unsupported $schema {document['$schema']!r}")
    if document["version"] != FORMAT_VERSION:
        raise ManifestError(f"{MANIFEST}: unsupported version {document['version']!r}")
    if document["articles"] is not True:
        raise TypeError(_NOT_ARTICLES)
    return _files(document["feeds"])


def _read_articles(text: _Text, on_article: Callable[[ManifestArticle], None]) -> bool:
    """Pass on each entry of the ``articles`` array; whether it was an array of entries."""
    if text.next_char() != "[":
        text.value()
        return False
    text.advance()
    if text.next_char() == "]":
        text.advance()
        return True
    valid = True
    while True:
        article = text.value()
        if not isinstance(article, ManifestArticle):
            valid = False
        elif valid:
            on_article(article)
        delimiter = text.next_char()
        if delimiter not in (",", "]"):
            text.fail("Expecting ',' delimiter")
        text.advance()
        if delimiter == "]":
            return valid


class _Text:
    """The manifest's text with a window over it: the part not read yet, refilled from the
    chunks as needed. Positions in errors are those of the whole text, as json.loads gives."""

    _DECODER = json.JSONDecoder(object_hook=lambda value: _compact(value))
    _READ = 1 << 16

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._decode: Callable[[bytes, bool], str] | None = None
        self._pending = b""  # bytes held back until the encoding is known
        self._window = ""
        self._at = 0  # position in the window
        self._start = 0  # position of the window in the whole text
        self._lines = 0  # newlines before the window
        self._line_start = 0  # position in the whole text after the last of them
        self._ended = False

    def _fill(self, at_least: int) -> bool:
        """Add at least ``at_least`` characters (fewer at the end); False at the end."""
        if self._ended:
            return False
        added: list[str] = []
        size = 0
        while size < at_least:
            chunk = next(self._chunks, None)
            if chunk is None:
                self._ended = True
            if self._decode is None:
                self._pending += chunk or b""
                if len(self._pending) < 4 and not self._ended:
                    continue
                # As json.loads(bytes): UTF-8, -16 or -32, told from the first bytes.
                decoder = codecs.getincrementaldecoder(json.detect_encoding(self._pending))
                self._decode = decoder("surrogatepass").decode
                chunk, self._pending = self._pending, b""
            piece = self._decode(chunk or b"", self._ended)
            added.append(piece)
            size += len(piece)
            if self._ended:
                break
        self._window += "".join(added)
        return size > 0 or not self._ended

    def _drop_read(self) -> None:
        read = self._window[: self._at]
        newlines = read.count("\n")
        if newlines:
            self._lines += newlines
            self._line_start = self._start + read.rindex("\n") + 1
        self._start += self._at
        self._window = self._window[self._at :]
        self._at = 0

    def next_char(self) -> str:
        """The next character after any whitespace, not consumed; "" at the end."""
        while True:
            match = _WHITESPACE.match(self._window, self._at)
            self._at = match.end() if match else self._at
            if self._at < len(self._window):
                return self._window[self._at]
            self._drop_read()
            if not self._fill(self._READ):
                return ""

    def advance(self) -> None:
        self._at += 1

    def value(self) -> Any:
        """The JSON value at the current position, objects compacted as they are decoded."""
        self.next_char()
        while True:
            try:
                value, end = self._DECODER.raw_decode(self._window, self._at)
            except json.JSONDecodeError:
                if self._ended:
                    raise
                # Maybe only cut short by the window's end: read on (doubling, so a long
                # value is decoded a bounded number of times) and decode again.
                self._drop_read()
                self._fill(max(self._READ, len(self._window)))
                continue
            # A number at the window's end may go on in the next chunk.
            if end < len(self._window) or self._ended:
                self._at = end
                return value
            self._drop_read()
            self._fill(self._READ)

    def end(self) -> None:
        """Refuse anything but whitespace after the document."""
        if self.next_char() != "":
            self.fail("Extra data")

    def fail(self, message: str) -> NoReturn:
        raise json.JSONDecodeError(message, self._window, self._at)

    def locate(self, error: json.JSONDecodeError) -> str:
        """``error``'s message with its position in the whole text."""
        before = self._window[: error.pos]
        newlines = before.count("\n")
        line_start = self._start + before.rindex("\n") + 1 if newlines else self._line_start
        position = self._start + error.pos
        line = self._lines + newlines + 1
        return f"{error.msg}: line {line} column {position - line_start + 1} (char {position})"


_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _compact(value: dict[str, Any]) -> Any:
    keys = value.keys()
    if keys == {"path", "sha256"}:
        return (checked_relative(_string(value["path"])), _string(value["sha256"]))
    if keys == _ENTRY_KEYS or keys == _ENTRY_KEYS | _STATE_KEYS:
        state = None
        if "content" in value:
            version = value["version"]
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise TypeError("version must be a positive integer")
            state = ArticleState(
                _string(value["content"]), version, _string(value["versionCreated"])
            )
        return ManifestArticle.of(
            _string(value["id"]),
            _string(value["guid"]),
            _string(value["source"]),
            _files(value["files"]),
            state,
        )
    return value


_ENTRY_KEYS = frozenset({"id", "guid", "source", "files"})
_STATE_KEYS = frozenset({"content", "version", "versionCreated"})


def _files(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not all(isinstance(f, tuple) for f in value):
        raise TypeError("files must be a list of {path, sha256}")
    return tuple(value)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value
