"""The output folder's own bookkeeping: the lock, the journal, and a killed run's leftovers.

Lock
    An export takes an exclusive lock on ``--out`` for its whole run, and a check waits for
    it, so that two runs never interleave their writes. It is a POSIX record lock
    (``fcntl.lockf``) on ``.index.json.lock``: the kernel drops it when the process ends,
    however it ends, and, unlike ``flock``, it is not inherited by the worker processes the
    run forks, which would otherwise keep it after a ``kill -9`` of the run.
Journal
    Before a run replaces a file it appends the file's path and sha256 to
    ``.index.json.journal``; the journal is removed once ``index.json`` lists what the run
    wrote. A run that was killed in between leaves it, and the next run reads it together
    with the previous ``index.json``: it then knows every file an export wrote, so it can
    repair them or delete the ones no source makes any more (only when their sha256 is one
    recorded, so a file edited since is never deleted).
Leftovers
    The temporary files of a run exist only while it holds the lock and are removed however
    it ends: ``.<name>.*.tmp`` of an atomic write at once after it (SIGTERM and Ctrl-C wait
    for the write), the manifest store ``.index.json.*.db`` as soon as it is open (POSIX).
    A ``kill -9`` mid-write cannot be cleaned up after, nor can an older toolkit's store:
    the next run, holding the lock, removes them.
"""

from __future__ import annotations

import errno
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from toolkit.errors import ToolkitError
from toolkit.exporting.layout import ARTICLES_DIR, FEED_FILES, MANIFEST, checked_relative

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: exports there are not locked
    fcntl = None  # type: ignore[assignment]

LOCK = f".{MANIFEST}.lock"
JOURNAL = f".{MANIFEST}.journal"
DEFAULT_WAIT = 30.0  # seconds a run waits for another one to finish
_POLL = 0.05
# tempfile.mkstemp's names: the prefix, eight characters of its alphabet, the suffix.
_SCRATCH = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.(?P<kind>tmp|db)")
# Folders where a read-only file system or missing rights mean nobody writes there at all.
_CANNOT_WRITE = (errno.EROFS, errno.EACCES, errno.EPERM)


class FolderLockedError(ToolkitError):
    """Another export holds the output folder's lock for longer than the run would wait."""


class FolderLock:
    """The output folder's lock: exclusive for an export, shared for a check.

    An export creates the lock file, locks it and removes it before unlocking; a run that
    then holds a lock on a file no longer at the path retries with the new one. It excludes
    other processes (record locks do not exclude the threads of one process). A check
    only waits on a lock file that exists (it writes nothing in the folder). A folder that
    cannot be written at all (read-only, no rights) cannot be exported into either, so it
    is not locked.
    """

    def __init__(self, folder: Path, exclusive: bool, wait: float = DEFAULT_WAIT) -> None:
        self._path = folder / LOCK
        self._exclusive = exclusive
        self._wait = wait
        self._fd: int | None = None

    def __enter__(self) -> FolderLock:
        if fcntl is None:  # pragma: no cover - Windows
            return self
        deadline = time.monotonic() + self._wait
        while True:
            fd = self._open()
            if fd is None:
                return self
            if self._try_lock(fd, deadline) and self._still_at_path(fd):
                self._fd = fd
                return self
            os.close(fd)

    def _open(self) -> int | None:
        try:
            if self._exclusive:
                return os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            return os.open(self._path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return None  # a check, and no export running
        except OSError as error:
            if error.errno in _CANNOT_WRITE:
                return None
            raise ToolkitError(f"{self._path}: {error.strerror or error}") from None

    def _try_lock(self, fd: int, deadline: float) -> bool:
        """Wait for the lock on ``fd`` until ``deadline``; False if the file went meanwhile."""
        kind = fcntl.LOCK_EX if self._exclusive else fcntl.LOCK_SH
        while True:
            try:
                fcntl.lockf(fd, kind | fcntl.LOCK_NB)
                return True
            except OSError as error:
                if error.errno not in (errno.EACCES, errno.EAGAIN):
                    raise ToolkitError(f"{self._path}: {error.strerror or error}") from None
            if not self._still_at_path(fd):
                return False
            if time.monotonic() >= deadline:
                os.close(fd)
                raise FolderLockedError(
                    f"{self._path.parent}: another export is writing this folder (waited "
                    f"{self._wait:g} s; --wait sets how long)"
                )
            time.sleep(_POLL)

    def _still_at_path(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), self._path.stat())
        except FileNotFoundError:
            return False

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._fd is None:
            return
        if self._exclusive:
            # Removed while still locked: a run waiting on this file then sees it gone.
            self._path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None


class Journal:
    """The files a run is writing, recorded before each is replaced (see the module doc)."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / JOURNAL
        self._fd: int | None = None

    def previous(self) -> Iterator[tuple[str, bytes]]:
        """``(path, sha256)`` of each file a killed run recorded; a torn last line is
        skipped (the run was killed while writing it, before replacing that file)."""
        try:
            handle = self._path.open("rb")
        except FileNotFoundError:
            return
        except OSError as error:
            raise ToolkitError(f"{self._path}: {error.strerror or error}") from None
        with handle:  # line by line: a killed run over a large batch leaves a long journal
            for line in handle:
                try:
                    record = json.loads(line)
                    path = checked_relative(record["path"])
                    digest = bytes.fromhex(record["sha256"])
                except (ValueError, KeyError, TypeError, ToolkitError):
                    continue
                if len(digest) == 32:
                    yield path, digest

    def record(self, relative: str, digest: bytes) -> None:
        if self._fd is None:
            try:
                self._fd = os.open(
                    self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644
                )
            except OSError as error:
                # The first write of the run: name the folder, not the journal within it.
                raise ToolkitError(f"{self._path.parent}: {error.strerror or error}") from None
        line = json.dumps({"path": relative, "sha256": digest.hex()}, ensure_ascii=False)
        # One write of a whole line: a kill leaves it written or not, never half of it.
        os.write(self._fd, line.encode("utf-8") + b"\n")

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def discard(self) -> None:
        """Once index.json lists every file recorded: the journal is no longer needed."""
        self.close()
        # Only when there is one: on a read-only file system even removing a file that
        # does not exist fails (EROFS), and a run with nothing to change must succeed.
        if self._path.exists():
            self._path.unlink()


def is_leftover(relative: str) -> bool:
    """Whether ``relative`` is named as a run's scratch file: its manifest store, or the
    temporary file of an atomic write of index.json, a feed or an article file."""
    directory, _, name = relative.rpartition("/")
    match = _SCRATCH.fullmatch(name)
    if match is None:
        return False
    if match["kind"] == "db":
        return directory == "" and match["name"] == MANIFEST
    if directory == "":
        return match["name"] in (MANIFEST, *FEED_FILES.values())
    return directory == ARTICLES_DIR


def leftovers(folder: Path) -> Iterator[str]:
    """Scratch files a killed run left in ``folder`` (relative paths, see
    :func:`is_leftover`); other files are never matched."""
    for directory in ("", ARTICLES_DIR):
        try:
            entries = os.scandir(folder / directory)
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as error:
            raise ToolkitError(f"{folder / directory}: {error.strerror or error}") from None
        with entries:
            for entry in entries:
                relative = f"{directory}/{entry.name}" if directory else entry.name
                if is_leftover(relative) and entry.is_file(follow_symlinks=False):
                    yield relative
