"""Export a stream of sources into a folder: per-article files, feeds and the manifest.

Incremental and safe: a file is rewritten only when its bytes change (so unchanged files
keep their mtime), every write is atomic, an article that fails leaves its previous files
and manifest entry alone, and only files the previous manifest lists are ever deleted.
Memory stays flat over the batch: articles stream past, only the newest ``limit`` feed
entries stay in memory, and the previous and new manifest entries wait on disk in a
:class:`ManifestStore`; index.json is read and written piece by piece.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from functools import partial
from pathlib import Path
from types import FrameType

from toolkit import files, writers
from toolkit.errors import InputError, InternalError, ToolkitError
from toolkit.exporting.folder import DEFAULT_WAIT, FolderLock, Journal, is_leftover, leftovers
from toolkit.exporting.layout import (
    ARTICLE_FORMATS,
    ARTICLES_DIR,
    FEED_FILES,
    MANIFEST,
    article_file,
    article_ids_in,
    check_article_id,
)
from toolkit.exporting.manifest import (
    ArticleState,
    ManifestArticle,
    manifest_chunks,
    manifest_document,
    read_manifest,
)
from toolkit.exporting.manifest_store import ManifestStore
from toolkit.exporting.settings import ExportSettings
from toolkit.exporting.versions import next_state, parse_time
from toolkit.model import Article
from toolkit.parallel import Engine
from toolkit.pipeline import (
    Failed,
    OutputFormat,
    article_warnings,
    convert_article,
    read_article,
)
from toolkit.readers.options import ReaderOptions
from toolkit.writers.feeds import FEED_WRITERS, Feed, FeedEntry, NewestEntries, feed_entry
from toolkit.writers.item import item_stamp

# Folder walks pick up articles only, so an output folder inside a source folder is not read.
SOURCE_SUFFIXES = frozenset({".txt"})


class ChangeKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    # A file in the folder that the export neither lists nor may delete: one no export
    # wrote (no index.json lists it), or one written by an export and edited since.
    STRAY = "stray"


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    path: str  # relative to the output folder, POSIX separators
    reason: str = ""  # for a stray file: why the export leaves it


@dataclass(frozen=True, slots=True)
class ExportProblem:
    path: str  # the source as given
    message: str  # one line
    unreadable: bool = False  # the source could not be read at all (exit 2, not 1)


@dataclass(slots=True)
class ExportStats:
    articles: int = 0  # rendered successfully
    failed: int = 0
    unreadable: int = 0  # of the failed: sources (or folders) that could not be read
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    stray: int = 0  # files the export leaves in the folder although no index lists them

    @property
    def up_to_date(self) -> bool:
        return not (self.added or self.changed or self.removed or self.stray)


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    id: str
    guid: str
    entry: FeedEntry
    documents: tuple[tuple[str, bytes], ...]  # (path relative to the output folder, bytes)
    warnings: tuple[str, ...] = ()  # guesses to say (see pipeline.article_warnings)
    state: ArticleState | None = None  # content digest, version and its time, for the manifest


def render_article(
    data: bytes,
    source: str,
    settings: ExportSettings,
    previous: ArticleState | None = None,
) -> RenderedArticle:
    """Every per-article document of one source, validated when the settings ask. Pure.

    ``previous`` is what the last export's manifest says of this source: when the source has
    changed since, the article gets the next version and a later versionCreated
    (:func:`~toolkit.exporting.versions.next_state`).
    """
    article = read_article(
        data,
        ReaderOptions(
            source_path=source,
            year=settings.year,
            max_bytes=settings.max_bytes,
            encoding=settings.encoding,
        ),
    )
    check_article_id(article.id)
    base = item_stamp(article, settings.writer).created
    state = next_state(previous, article.source.sha256, base, settings.correction_time)
    options = settings.writer
    if state.version > 1:
        options = replace(options, version=state.version, version_created=parse_time(state.created))
        settings = replace(settings, writer=options)
    entry = feed_entry(article, options)
    return RenderedArticle(
        id=article.id,
        guid=entry.guid,
        entry=entry,
        documents=tuple(
            (article_file(article.id, fmt), body) for fmt, body in _documents(article, settings)
        ),
        warnings=article_warnings(article, settings.writer.source_date_epoch),
        state=state,
    )


def render_file(
    item: tuple[str, ArticleState | None], settings: ExportSettings
) -> tuple[str, RenderedArticle | Failed]:
    """Read and render one source (in a worker when the export runs in several), given its
    state in the previous manifest; a failure is its one-line problem."""
    source, previous = item
    try:
        data = files.read_bytes(Path(source), settings.max_bytes)
        return source, render_article(data, source, settings, previous)
    except ToolkitError as error:
        return source, Failed.of(source, error)
    except Exception as error:  # a bug met in one article must not end the run
        return source, Failed.of(source, InternalError.of(error))


def _documents(article: Article, settings: ExportSettings) -> Iterable[tuple[OutputFormat, bytes]]:
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
    """The output folder, written (``check=False``) or only compared (``check=True``).

    Every file replaced is first recorded in the journal, and a file is deleted only when
    its sha256 is one an earlier export recorded for it (see :mod:`.folder`).
    """

    def __init__(
        self,
        out: Path,
        check: bool,
        stats: ExportStats,
        on_change: Callable[[Change], None],
        store: ManifestStore,
        journal: Journal,
    ) -> None:
        self.out = out
        self.check = check
        self.stats = stats
        self._on_change = on_change
        self._store = store
        self._journal = journal

    def clash(self, relative: str, data: bytes) -> bool:
        """Whether writing ``data`` would replace a file no export wrote (a user's own)."""
        if self._store.is_recorded(relative):
            return False
        return _compare(self.out / relative, data) is _Same.DIFFERENT

    def put(self, relative: str, data: bytes) -> None:
        path = self.out / relative

        def write() -> None:
            self._journal.record(relative, hashlib.sha256(data).digest())
            files.write_atomic(path, data)

        self._record(relative, _compare(path, data), write)

    def put_chunks(self, relative: str, chunks: Callable[[], Iterable[bytes]]) -> None:
        """:meth:`put` for a document too large to hold whole: ``chunks`` makes its pieces,
        once to compare and, if it differs, once more to write. Not journalled: it is only
        used for index.json, which is the record itself."""
        path = self.out / relative
        current = _compare_chunks(path, chunks())
        self._record(relative, current, lambda: files.write_atomic_chunks(path, chunks()))

    def _record(self, relative: str, current: _Same, write: Callable[[], None]) -> None:
        if current is _Same.EQUAL:
            self.stats.unchanged += 1
            return
        if not self.check:
            write()
        if current is _Same.MISSING:
            self.stats.added += 1
            self._on_change(Change(ChangeKind.ADDED, relative))
        else:
            self.stats.changed += 1
            self._on_change(Change(ChangeKind.CHANGED, relative))

    def remove(self, relative: str) -> bool:
        """Delete a file an earlier export wrote and no source makes any more; False (and
        nothing deleted) when it holds other bytes than any the export recorded for it."""
        path = self.out / relative
        if not path.is_file() or path.is_symlink():
            return True
        if not self._store.records(relative, _sha256_of(path)):
            return False
        if not self.check:
            path.unlink()
        self.stats.removed += 1
        self._on_change(Change(ChangeKind.REMOVED, relative))
        return True

    def remove_leftover(self, relative: str) -> None:
        """A scratch file of a run that was killed: no record needed, it is never data."""
        if not self.check:
            try:
                (self.out / relative).unlink(missing_ok=True)
            except OSError as error:
                raise InputError(
                    f"{self.out / relative}: cannot remove this leftover of an interrupted "
                    f"export ({error.strerror or error})"
                ) from None
        self.stats.removed += 1
        self._on_change(Change(ChangeKind.REMOVED, relative))

    def stray(self, relative: str, reason: str) -> None:
        self.stats.stray += 1
        self._on_change(Change(ChangeKind.STRAY, relative, reason))


def _sha256_of(path: Path) -> bytes:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return digest.digest()


class _Same(Enum):
    EQUAL = "equal"
    DIFFERENT = "different"
    MISSING = "missing"


_CHUNK = 1 << 16


def _compare(path: Path, data: bytes) -> _Same:
    """Whether ``path`` holds exactly ``data``."""
    try:
        if path.stat().st_size != len(data):
            return _Same.DIFFERENT
    except FileNotFoundError:
        return _Same.MISSING
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return _compare_chunks(path, (data,))


def _compare_chunks(path: Path, chunks: Iterable[bytes]) -> _Same:
    """Whether ``path`` holds exactly the concatenated ``chunks``, read piece by piece."""
    try:
        with path.open("rb") as handle:
            for chunk in chunks:
                if handle.read(len(chunk)) != chunk:
                    return _Same.DIFFERENT
            return _Same.EQUAL if not handle.read(1) else _Same.DIFFERENT
    except FileNotFoundError:
        return _Same.MISSING
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None


def read_previous_manifest(out: Path, store: ManifestStore) -> tuple[tuple[str, str], ...]:
    """Stream ``out``'s index.json into ``store``; its feeds are returned."""
    try:
        with (out / MANIFEST).open("rb") as handle:
            return read_manifest(iter(lambda: handle.read(_CHUNK), b""), store.add_previous)
    except FileNotFoundError:
        return ()
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
    engine: Engine | None = None,
    on_warning: Callable[[ExportProblem], None] = lambda warning: None,
    wait: float = DEFAULT_WAIT,
) -> ExportStats:
    """Export (or with ``check`` only compare) every article of ``sources`` into ``out``.

    Sources are files or folders (walked recursively for ``*.txt``). Each failing article is
    passed to ``on_problem`` and the rest proceed; a failing article that an earlier export
    wrote keeps its files and its manifest entry (the feeds leave it out until it reads
    again). Every file that is (or would be) added, changed or removed is passed to
    ``on_change``. Articles are rendered by ``engine`` (default: this process); manifest and
    feeds are always written here, once. Raises ToolkitError only for problems with the whole
    export (a source path that does not exist, an unreadable manifest, a feed that does not
    validate, another export holding the folder for more than ``wait`` seconds).

    The folder is locked for the run (see :mod:`.folder`): exclusively by an export, shared
    by a check. A file is replaced only if an earlier export wrote it (an article whose file
    would replace a user's own fails, naming it), deleted only if it still holds what an
    export wrote, and every other file under ``articles/`` that the new manifest does not
    list is reported as a ``stray`` change.
    """
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: not a folder")
    if not check:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"{out}: {error.strerror or error}") from None
    locked = out.is_dir()
    with (
        _terminate_as_exit(),
        FolderLock(out, exclusive=not check, wait=wait) if locked else nullcontext(),
    ):
        # Found before the store makes its own scratch file, and while no run can be
        # making any: whatever matches is a killed run's.
        scratch = sorted(leftovers(out)) if locked else []
        # The store's scratch file goes next to the output (a check writes nothing there).
        with ManifestStore(out if not check else None) as store:
            journal = Journal(out)
            try:
                return _export(
                    sources,
                    out,
                    settings,
                    check,
                    store,
                    journal,
                    scratch,
                    on_change,
                    on_problem,
                    engine or Engine(),
                    on_warning,
                )
            finally:
                journal.close()


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """SIGTERM ends the run as an exception would, so its scratch files are removed and its
    lock released on the way out (the default action would skip every cleanup). Inside an
    atomic write, which holds Ctrl-C until it is done, SIGTERM waits the same way: it is
    passed to that handler, and the KeyboardInterrupt it raises after the write becomes the
    exit status of SIGTERM."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    terminated: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        terminated.append(signum)
        handler = signal.getsignal(signal.SIGINT)
        if callable(handler) and handler is not signal.default_int_handler:
            handler(signal.SIGINT, frame)
            return
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    except KeyboardInterrupt:
        if terminated:
            raise SystemExit(128 + terminated[0]) from None
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)


def _export(
    sources: Iterable[str | Path],
    out: Path,
    settings: ExportSettings,
    check: bool,
    store: ManifestStore,
    journal: Journal,
    scratch: list[str],
    on_change: Callable[[Change], None],
    on_problem: Callable[[ExportProblem], None],
    engine: Engine,
    on_warning: Callable[[ExportProblem], None],
) -> ExportStats:
    previous_feeds = read_previous_manifest(out, store)
    for relative, digest in previous_feeds:
        store.add_recorded(relative, bytes.fromhex(digest))
    for relative, raw in journal.previous():
        store.add_recorded(relative, raw)
    stats = ExportStats()
    target = _Target(out, check, stats, on_change, store, journal)
    for name in FEED_FILES.values():
        # Known before any article is written: a feed file of someone else's stops the run.
        if (out / name).exists() and not store.is_recorded(name):
            raise InputError(
                f"{out / name}: no index.json lists this file, so the export will not replace "
                "it; move it away or delete it"
            )
    for relative in scratch:
        target.remove_leftover(relative)
    newest = NewestEntries(settings.limit)

    def walk_error(path: str, problem: str) -> None:
        stats.failed += 1
        stats.unreadable += 1
        on_problem(ExportProblem(path, problem, unreadable=True))

    walked = files.iter_input_files(
        sources,
        SOURCE_SUFFIXES,
        exclude=settings.exclude,
        on_error=walk_error,
        follow_symlinks=settings.follow_symlinks,
    )
    names = (path.as_posix() for path in walked)
    items = ((name, _previous_state(store, name)) for name in names)
    for source, rendered in engine.map(partial(render_file, settings=settings), items):
        if isinstance(rendered, Failed):
            stats.failed += 1
            stats.unreadable += rendered.unreadable
            on_problem(ExportProblem(source, rendered.problem, rendered.unreadable))
            old = store.previous_of(source)
            if old is not None:
                store.keep(old)
                _check_kept(out, old, on_warning)
            continue
        try:
            earlier = store.source_using(rendered.id)
            if earlier is not None:
                raise InputError(f"article id {rendered.id!r} is already used by {earlier}")
            for relative, data in rendered.documents:
                if target.clash(relative, data):
                    raise InputError(
                        f"{out / relative} is not a file of this export (no index.json lists "
                        "it), so it is not replaced; move it away or delete it"
                    )
        except ToolkitError as error:
            stats.failed += 1
            on_problem(ExportProblem(source, str(error)))
            old = store.previous_of(source)
            if old is not None:
                store.keep(old)
                _check_kept(out, old, on_warning)
            continue
        for warning in rendered.warnings:
            on_warning(ExportProblem(source, warning))
        for relative, data in rendered.documents:
            target.put(relative, data)
        digests = b"".join(hashlib.sha256(data).digest() for _, data in rendered.documents)
        exported = ManifestArticle(rendered.id, rendered.guid, source, digests)
        if rendered.state is not None:
            exported = exported.with_state(rendered.state)
        store.add_exported(exported)
        newest.add(rendered.entry)
        stats.articles += 1

    feeds = render_feeds(newest.entries(), settings)
    for relative, data in feeds:
        target.put(relative, data)
    feed_files = tuple((relative, hashlib.sha256(data).hexdigest()) for relative, data in feeds)

    def still_listed(relative: str) -> bool:
        if relative in FEED_FILES.values() or store.is_kept_file(relative):
            return True
        return any(store.is_exported(candidate) for candidate in article_ids_in(relative))

    edited: set[str] = set()
    removed: set[str] = set()  # by a check, which leaves them there
    for relative in store.recorded_files():
        if still_listed(relative):
            continue
        if not target.remove(relative):
            edited.add(relative)
        elif check:
            removed.add(relative)
    for relative in sorted(edited | (_unlisted(out, still_listed, check) - removed)):
        reason = (
            "index.json lists it with another sha256 (edited since?), so it is not deleted"
            if relative in edited
            else "no index.json lists it, so no export wrote it and none deletes it"
        )
        target.stray(relative, reason)

    if settings.validate:
        _validate_manifest(store.entries(), feed_files)
    target.put_chunks(MANIFEST, lambda: manifest_chunks(store.entries(), feed_files))
    if not check:
        # index.json now lists every file this run (or a killed one before it) wrote.
        journal.discard()
    return stats


def _check_kept(
    out: Path, kept: ManifestArticle, on_warning: Callable[[ExportProblem], None]
) -> None:
    """Say so when the files of an article kept as it was (its source fails now) are not
    what index.json records: they cannot be made again, so nothing else repairs them."""
    for relative, digest in kept.files:
        path = out / relative
        if not path.is_file():
            problem = "is missing"
        elif _sha256_of(path).hex() != digest:
            problem = "does not hold what index.json records (edited, or a run was killed)"
        else:
            continue
        on_warning(
            ExportProblem(
                kept.source, f"{path} {problem}; it is repaired when the source reads again"
            )
        )


def _unlisted(out: Path, listed: Callable[[str], bool], check: bool) -> set[str]:
    """Files in ``articles/`` the new manifest does not list (a killed run's leftovers
    aside: a check reports them as removals already)."""
    found: set[str] = set()
    try:
        entries = os.scandir(out / ARTICLES_DIR)
    except (FileNotFoundError, NotADirectoryError):
        return found
    except OSError as error:
        raise InputError(f"{out / ARTICLES_DIR}: {error.strerror or error}") from None
    with entries:
        for entry in entries:
            relative = f"{ARTICLES_DIR}/{entry.name}"
            if entry.is_dir(follow_symlinks=False) or listed(relative):
                continue
            if check and is_leftover(relative):
                continue
            found.add(relative)
    return found


def _previous_state(store: ManifestStore, source: str) -> ArticleState | None:
    previous = store.previous_of(source)
    return previous.state if previous is not None else None


def _validate_manifest(entries: Iterable[bytes], feeds: tuple[tuple[str, str], ...]) -> None:
    """Check the manifest against its schema entry by entry, before it is written: a large
    manifest never becomes one tree."""
    from toolkit.validation.outputs import check_manifest, check_manifest_entry

    check_manifest(manifest_document((), feeds))
    for index, entry in enumerate(entries):
        check_manifest_entry(json.loads(entry), index)
