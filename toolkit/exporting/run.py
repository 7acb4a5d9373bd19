"""Export a stream of sources into a folder: per-article files, feeds and the manifest.

Incremental and safe: a file is rewritten only when its bytes change (so unchanged files
keep their mtime), every write is atomic, an article that fails leaves its previous files
and manifest entry alone, and only files the previous manifest lists are ever deleted.
Memory stays flat over the batch: articles stream past; only the newest ``limit`` feed
entries and the manifest's ids and hashes are kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from pathlib import Path

from toolkit import files, writers
from toolkit.errors import InputError, ToolkitError
from toolkit.exporting.layout import (
    ARTICLE_FORMATS,
    FEED_FILES,
    MANIFEST,
    article_file,
    article_ids_in,
    check_article_id,
)
from toolkit.exporting.manifest import (
    Manifest,
    ManifestArticle,
    manifest_document,
    manifest_entry,
    parse_manifest,
    render_manifest,
)
from toolkit.exporting.settings import ExportSettings
from toolkit.model import Article
from toolkit.pipeline import OutputFormat, convert_article, read_article
from toolkit.readers.options import ReaderOptions
from toolkit.writers.feeds import FEED_WRITERS, Feed, FeedEntry, NewestEntries, feed_entry

# Folder walks pick up articles only, so an output folder inside a source folder is not read.
SOURCE_SUFFIXES = frozenset({".txt"})


class ChangeKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    path: str  # relative to the output folder, POSIX separators


@dataclass(frozen=True, slots=True)
class ExportProblem:
    path: str  # the source as given
    message: str  # one line


@dataclass(slots=True)
class ExportStats:
    articles: int = 0  # rendered successfully
    failed: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def up_to_date(self) -> bool:
        return not (self.added or self.changed or self.removed)


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    id: str
    guid: str
    entry: FeedEntry
    documents: tuple[tuple[str, bytes], ...]  # (path relative to the output folder, bytes)


def render_article(data: bytes, source: str, settings: ExportSettings) -> RenderedArticle:
    """Every per-article document of one source, validated when the settings ask. Pure."""
    article = read_article(data, ReaderOptions(source_path=source, year=settings.year))
    check_article_id(article.id)
    entry = feed_entry(article, settings.writer)
    return RenderedArticle(
        id=article.id,
        guid=entry.guid,
        entry=entry,
        documents=tuple(
            (article_file(article.id, fmt), body) for fmt, body in _documents(article, settings)
        ),
    )


def _documents(
    article: Article, settings: ExportSettings
) -> Iterable[tuple[OutputFormat, bytes]]:
    if settings.validate:
        return convert_article(article, ARTICLE_FORMATS, settings.writer, settings.schema_dir)
    results = []
    for fmt in ARTICLE_FORMATS:
        options = settings.writer
        if fmt.ninjs_version:
            options = replace(options, ninjs_version=fmt.ninjs_version)
        results.append((fmt, writers.get_writer(fmt.writer)(article, options)))
    return results


def render_feeds(
    entries: tuple[FeedEntry, ...], settings: ExportSettings
) -> tuple[tuple[str, bytes], ...]:
    """RSS, Atom and JSON Feed over the given entries (already newest first). Pure."""
    documents = []
    for name, file_name in FEED_FILES.items():
        feed = Feed(settings.feed, entries, self_url=settings.url_of(file_name))
        data = FEED_WRITERS[name](feed)
        if settings.validate:
            _validate_feed(name, data, settings.schema_dir)
        documents.append((file_name, data))
    return tuple(documents)


def _validate_feed(name: str, data: bytes, schema_dir: Path | None) -> None:
    # Imported here so an export without validation never compiles schemas.
    from toolkit.exporting.feed_checks import check_feed

    check_feed(name, data, schema_dir)


class _Target:
    """The output folder, written (``check=False``) or only compared (``check=True``)."""

    def __init__(
        self, out: Path, check: bool, stats: ExportStats, on_change: Callable[[Change], None]
    ) -> None:
        self.out = out
        self.check = check
        self.stats = stats
        self._on_change = on_change

    def put(self, relative: str, data: bytes) -> None:
        path = self.out / relative
        current = _compare(path, data)
        if current is _Same.EQUAL:
            self.stats.unchanged += 1
            return
        if not self.check:
            files.write_atomic(path, data)
        if current is _Same.MISSING:
            self.stats.added += 1
            self._on_change(Change(ChangeKind.ADDED, relative))
        else:
            self.stats.changed += 1
            self._on_change(Change(ChangeKind.CHANGED, relative))

    def remove(self, relative: str) -> None:
        path = self.out / relative
        if not path.is_file():
            return
        if not self.check:
            # Only ever called for a file the previous manifest lists (see export()).
            path.unlink()
        self.stats.removed += 1
        self._on_change(Change(ChangeKind.REMOVED, relative))


class _Same(Enum):
    EQUAL = "equal"
    DIFFERENT = "different"
    MISSING = "missing"


_CHUNK = 1 << 16


def _compare(path: Path, data: bytes) -> _Same:
    """Whether ``path`` holds exactly ``data``, read in chunks (the manifest can be large)."""
    try:
        if path.stat().st_size != len(data):
            return _Same.DIFFERENT
        with path.open("rb") as handle:
            view = memoryview(data)
            for offset in range(0, len(data), _CHUNK):
                if handle.read(_CHUNK) != view[offset : offset + _CHUNK]:
                    return _Same.DIFFERENT
    except FileNotFoundError:
        return _Same.MISSING
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return _Same.EQUAL


def read_previous_manifest(out: Path) -> Manifest:
    try:
        return parse_manifest((out / MANIFEST).read_bytes())
    except FileNotFoundError:
        return Manifest()
    except OSError as error:
        raise InputError(f"{out / MANIFEST}: {error.strerror or error}") from None


def export(
    sources: Iterable[str | Path],
    out: Path,
    settings: ExportSettings,
    *,
    check: bool = False,
    on_change: Callable[[Change], None] = lambda change: None,
    on_problem: Callable[[ExportProblem], None] = lambda problem: None,
) -> ExportStats:
    """Export (or with ``check`` only compare) every article of ``sources`` into ``out``.

    Sources are files or folders (walked recursively for ``*.txt``). Each failing article is
    passed to ``on_problem`` and the rest proceed; a failing article that an earlier export
    wrote keeps its files and its manifest entry (the feeds leave it out until it reads
    again). Every file that is (or would be) added, changed or removed is passed to
    ``on_change``. Raises ToolkitError only for problems with the whole export (a source path
    that does not exist, an unreadable manifest, a feed that does not validate).
    """
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: not a folder")
    previous = read_previous_manifest(out)
    previous_by_source = {article.source: article for article in previous.articles}
    stats = ExportStats()
    target = _Target(out, check, stats, on_change)
    newest = NewestEntries(settings.limit)
    exported: dict[str, ManifestArticle] = {}
    kept: dict[str, ManifestArticle] = {}  # failing now, exported before: entry unchanged
    for path in files.iter_input_files(sources, SOURCE_SUFFIXES):
        source = path.as_posix()
        try:
            rendered = render_article(
                files.read_bytes(path, ReaderOptions().max_bytes), source, settings
            )
            earlier = exported.get(rendered.id) or kept.get(rendered.id)
            if earlier is not None:
                raise InputError(f"article id {rendered.id!r} is already used by {earlier.source}")
        except ToolkitError as error:
            stats.failed += 1
            on_problem(ExportProblem(source, str(error)))
            old = previous_by_source.get(source)
            if old is not None and old.id not in exported:
                kept[old.id] = old
            continue
        for relative, data in rendered.documents:
            target.put(relative, data)
        digests = b"".join(hashlib.sha256(data).digest() for _, data in rendered.documents)
        exported[rendered.id] = ManifestArticle(rendered.id, rendered.guid, source, digests)
        newest.add(rendered.entry)
        stats.articles += 1

    feeds = render_feeds(newest.entries(), settings)
    for relative, data in feeds:
        target.put(relative, data)
    feed_files = tuple((relative, hashlib.sha256(data).hexdigest()) for relative, data in feeds)

    listed_by_kept = {relative for article in kept.values() for relative in article.paths}

    def still_listed(relative: str) -> bool:
        if relative in FEED_FILES.values() or relative in listed_by_kept:
            return True
        return any(candidate in exported for candidate in article_ids_in(relative))

    for relative in previous.listed():
        if not still_listed(relative):
            target.remove(relative)

    articles: Iterable[ManifestArticle] = (
        exported.get(i) or kept[i] for i in sorted({*exported, *kept})
    )
    if settings.validate:
        articles = _validated(articles, feed_files)
    target.put(MANIFEST, render_manifest(articles, feed_files))
    return stats


def _validated(
    articles: Iterable[ManifestArticle], feeds: tuple[tuple[str, str], ...]
) -> Iterator[ManifestArticle]:
    """``articles``, each checked against the manifest schema as the manifest is rendered.

    Entry by entry, so validating a large manifest costs no tree of the whole document;
    a failure raises before the manifest is written.
    """
    from toolkit.validate.outputs import check_manifest, check_manifest_entry

    check_manifest(manifest_document((), feeds))
    for index, article in enumerate(articles):
        check_manifest_entry(manifest_entry(article), index)
        yield article
