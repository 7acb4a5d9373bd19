"""An export's previous and new manifest entries, kept on disk so memory stays flat.

An export needs, per article, the previous manifest's entry (to keep a failing article's
files, or to remove those of an article gone from the sources) and the new entry (to refuse
a second article with the same id, and to write ``index.json`` in id order at the end). As
Python objects that is well over a kilobyte per article; a temporary SQLite database holds it
on disk behind a page cache of fixed size.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from toolkit.errors import ToolkitError
from toolkit.exporting.manifest import ManifestArticle, render_entry

_SCHEMA = """
CREATE TABLE previous (
    id TEXT NOT NULL, guid TEXT NOT NULL, source TEXT NOT NULL, digests BLOB NOT NULL,
    paths TEXT,  -- JSON list; NULL for the standard layout
    content TEXT, version INTEGER NOT NULL, created TEXT  -- the article's state, if listed
);  -- rowid: order in the previous manifest
CREATE INDEX previous_source ON previous (source);
CREATE TABLE current (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, kept INTEGER NOT NULL, entry BLOB NOT NULL
);
CREATE TABLE kept_file (path TEXT NOT NULL, id TEXT NOT NULL);
-- Every file an earlier export wrote, with the sha256 it wrote: the previous manifest's files
-- and feeds, and those a killed run's journal records. Only these may be replaced or deleted.
CREATE TABLE recorded (path TEXT NOT NULL, digest BLOB NOT NULL);
CREATE INDEX recorded_path ON recorded (path, digest);
CREATE INDEX kept_file_path ON kept_file (path);
CREATE INDEX kept_file_id ON kept_file (id);
"""
_CANNOT_WRITE = (errno.EROFS, errno.EACCES, errno.EPERM)


class ManifestStore:
    """The entries of the previous manifest and of the one being made, in a temporary file in
    ``folder`` (None: the system's temporary folder), deleted once open (POSIX) or on
    :meth:`close`.

    A folder that cannot be written (read-only, no rights) gets no scratch file: the store
    goes to the system's temporary folder, so that an export with nothing to change there
    still runs."""

    def __init__(self, folder: Path | None = None) -> None:
        try:
            fd, name = tempfile.mkstemp(prefix=".index.json.", suffix=".db", dir=folder)
        except OSError as error:
            if folder is None or error.errno not in _CANNOT_WRITE:
                raise ToolkitError(f"{folder or 'temporary folder'}: {error.strerror}") from None
            fd, name = tempfile.mkstemp(prefix=".index.json.", suffix=".db")
        os.close(fd)
        self._path = Path(name)
        try:
            self._db = sqlite3.connect(name)
            # Scratch data, deleted at the end: no journal, no waiting on the disk.
            self._db.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                "PRAGMA locking_mode = EXCLUSIVE;" + _SCHEMA
            )
        except BaseException:
            self._path.unlink(missing_ok=True)
            raise
        if os.name == "posix":
            # An open file outlives its name on POSIX: unlinked now, the scratch file cannot
            # be left behind however the run ends (kill -9 included), and its space is freed
            # when the connection closes. Without a journal SQLite never reopens it by name.
            self._path.unlink()

    def close(self) -> None:
        self._db.close()
        self._path.unlink(missing_ok=True)

    def __enter__(self) -> ManifestStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # The previous manifest.

    def add_previous(self, article: ManifestArticle) -> None:
        paths = None if article.custom_paths is None else json.dumps(article.custom_paths)
        self._db.executemany(
            "INSERT INTO recorded VALUES (?, ?)",
            (
                (path, article.digests[32 * n : 32 * (n + 1)])
                for n, path in enumerate(article.paths)
            ),
        )
        self._db.execute(
            "INSERT INTO previous VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.guid,
                article.source,
                article.digests,
                paths,
                article.content,
                article.version,
                article.version_created,
            ),
        )

    def previous_of(self, source: str) -> ManifestArticle | None:
        """The previous manifest's entry for ``source``; the last one if it lists several."""
        row = self._db.execute(
            "SELECT id, guid, source, digests, paths, content, version, created FROM previous"
            " WHERE source = ?"
            " ORDER BY rowid DESC LIMIT 1",
            (source,),
        ).fetchone()
        if row is None:
            return None
        paths = None if row[4] is None else tuple(json.loads(row[4]))
        return ManifestArticle(row[0], row[1], row[2], row[3], paths, row[5], row[6], row[7])

    def add_recorded(self, path: str, digest: bytes) -> None:
        """A file an earlier export wrote with this sha256 (a feed, or a journal's record)."""
        self._db.execute("INSERT INTO recorded VALUES (?, ?)", (path, digest))

    def is_recorded(self, path: str) -> bool:
        """Whether an earlier export wrote ``path`` (whatever it holds now)."""
        row = self._db.execute("SELECT 1 FROM recorded WHERE path = ? LIMIT 1", (path,))
        return row.fetchone() is not None

    def records(self, path: str, digest: bytes) -> bool:
        """Whether an earlier export wrote exactly these bytes (by sha256) to ``path``."""
        row = self._db.execute(
            "SELECT 1 FROM recorded WHERE path = ? AND digest = ? LIMIT 1", (path, digest)
        )
        return row.fetchone() is not None

    def recorded_files(self) -> Iterator[str]:
        """Every file an earlier export wrote, once each, in the order first recorded."""
        rows = self._db.execute("SELECT path FROM recorded GROUP BY path ORDER BY MIN(rowid)")
        for (path,) in rows:
            yield path

    # The new manifest.

    def source_using(self, article_id: str) -> str | None:
        """The source of the new manifest's entry ``article_id``, if it has one."""
        row = self._db.execute("SELECT source FROM current WHERE id = ?", (article_id,))
        found = row.fetchone()
        return None if found is None else str(found[0])

    def add_exported(self, article: ManifestArticle) -> None:
        """An article exported now; its id must not be in the new manifest yet."""
        self._db.execute(
            "INSERT INTO current VALUES (?, ?, 0, ?)",
            (article.id, article.source, render_entry(article)),
        )

    def keep(self, article: ManifestArticle) -> None:
        """A previous entry whose source fails now: kept as it was, unless an article
        exported now has its id."""
        row = self._db.execute("SELECT kept FROM current WHERE id = ?", (article.id,))
        found = row.fetchone()
        if found is not None and not found[0]:
            return
        self._db.execute("DELETE FROM kept_file WHERE id = ?", (article.id,))
        self._db.execute(
            "INSERT OR REPLACE INTO current VALUES (?, ?, 1, ?)",
            (article.id, article.source, render_entry(article)),
        )
        self._db.executemany(
            "INSERT INTO kept_file VALUES (?, ?)", ((path, article.id) for path in article.paths)
        )

    def is_exported(self, article_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM current WHERE id = ? AND kept = 0", (article_id,))
        return row.fetchone() is not None

    def is_kept_file(self, path: str) -> bool:
        row = self._db.execute("SELECT 1 FROM kept_file WHERE path = ?", (path,))
        return row.fetchone() is not None

    def entries(self) -> Iterator[bytes]:
        """The new manifest's entries as :func:`render_entry` made them, in id order.

        SQLite orders text by its UTF-8 bytes, which is Python's order of the strings."""
        for (entry,) in self._db.execute("SELECT entry FROM current ORDER BY id"):
            yield entry
