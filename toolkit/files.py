"""Batches of input files, and atomic writes: the only module that writes files."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from toolkit.errors import InputError

# Files a batch walk never treats as articles or documents.
_SKIPPED_NAMES = frozenset({".DS_Store", "Thumbs.db"})
# Folders a walk never enters (hidden ones, such as .git and .venv, are skipped anyway):
# virtual environments, dependencies and caches hold no articles, only slow walks.
DEFAULT_EXCLUDE = (".git", ".venv", "venv", "node_modules", "__pycache__")
GITIGNORE = ".gitignore"

# Called with (path, problem) when a folder cannot be walked; the walk goes on.
OnWalkError = Callable[[str, str], None]


class _Ignored:
    """Which entries of a walk are excluded: ``--exclude`` globs (on the name, or the path
    relative to the walked folder) and the patterns of every .gitignore from the repository
    root (the nearest folder with .git) down to the folder walked."""

    def __init__(self, root: Path, exclude: Sequence[str], gitignore: bool) -> None:
        self.root = root
        self.resolved_root = root.resolve()  # .gitignore folders are kept resolved
        self.exclude = tuple(exclude)
        self.gitignore = gitignore
        # (folder, compiled .gitignore of that folder), outermost first
        self.specs: list[tuple[Path, Any]] = []
        if gitignore:
            for folder in _repository_folders(root):
                self.push(folder)

    def _resolved(self, path: Path) -> Path:
        """A path of the walk, resolved without a system call per entry."""
        try:
            return self.resolved_root / path.relative_to(self.root)
        except ValueError:  # an ancestor of the walked folder, already resolved
            return path

    def push(self, folder: Path) -> bool:
        """Read ``folder``'s .gitignore, if it has one; True if it did."""
        if not self.gitignore:
            return False
        folder = self._resolved(folder)
        try:
            lines = (folder / GITIGNORE).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        from pathspec import GitIgnoreSpec  # only walks that meet a .gitignore pay for it

        self.specs.append((folder, GitIgnoreSpec.from_lines(lines.splitlines())))
        return True

    def pop(self) -> None:
        self.specs.pop()

    def __call__(self, folder: Path, name: str, is_dir: bool) -> bool:
        path = folder / name
        if self.exclude:
            relative = path.relative_to(self.root).as_posix()
            if any(fnmatch(name, g) or fnmatch(relative, g) for g in self.exclude):
                return True
        if not self.specs:
            return False
        ignored = False
        resolved = self._resolved(path)
        for base, spec in self.specs:  # the last matching pattern wins, as in git
            relative = resolved.relative_to(base).as_posix() + ("/" if is_dir else "")
            for pattern in spec.patterns:
                if pattern.include is not None and pattern.match_file(relative) is not None:
                    ignored = pattern.include  # a "!pattern" re-includes
        return ignored


def _repository_folders(folder: Path) -> list[Path]:
    """The folders from the repository root (nearest with .git) down to ``folder``'s parent;
    none when ``folder`` is in no repository."""
    resolved = folder.resolve()
    chain = [resolved, *resolved.parents]
    for depth, candidate in enumerate(chain):
        if (candidate / ".git").exists():
            return list(reversed(chain[1 : depth + 1])) if depth else []
    return []


def iter_input_files(
    paths: Iterable[str | os.PathLike[str]],
    suffixes: frozenset[str] | None = None,
    *,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
    gitignore: bool = True,
    on_error: OnWalkError | None = None,
) -> Iterator[Path]:
    """Yield files in the order given; folders are walked recursively in sorted order.

    Hidden files and folders inside a walked folder are skipped, and so are entries matching
    an ``exclude`` glob or (``gitignore``) a .gitignore pattern. ``suffixes`` (lower case,
    with dot) limits what a folder walk yields; files named explicitly are always yielded. A
    path that does not exist raises :class:`InputError`; a folder that cannot be read is
    reported to ``on_error`` (path, problem) and skipped, or raises without it.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            ignored = _Ignored(path, exclude, gitignore)
            if ignored.gitignore:
                ignored.push(path)
            yield from _walk(path, suffixes, ignored, on_error)
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{raw}: no such file or directory")


def _walk(
    folder: Path, suffixes: frozenset[str] | None, ignored: _Ignored, on_error: OnWalkError | None
) -> Iterator[Path]:
    # Names only, not DirEntry objects: a folder of 100,000 stories then costs a few MB while
    # it is walked; scandir's entry types still save a stat per file.
    names: list[str] = []
    folders: set[str] = set()
    try:
        with os.scandir(folder) as scan:
            for entry in scan:
                name = entry.name
                if name.startswith(".") or name in _SKIPPED_NAMES:
                    continue
                if entry.is_dir():
                    if not ignored(folder, name, True):
                        folders.add(name)
                        names.append(name)
                elif (
                    entry.is_file()
                    and (
                        suffixes is None
                        or os.path.splitext(name)[1].lower() in suffixes  # noqa: PTH122
                    )
                    and not ignored(folder, name, False)
                ):
                    names.append(name)
    except OSError as error:
        problem = f"cannot read folder: {error.strerror or error}"
        if on_error is None:
            raise InputError(f"{folder}: {problem}") from None
        on_error(str(folder), problem)
        return
    names.sort()
    for name in names:
        if name in folders:
            sub = folder / name
            pushed = ignored.push(sub)
            yield from _walk(sub, suffixes, ignored, on_error)
            if pushed:
                ignored.pop()
        else:
            yield folder / name


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a file, refusing one larger than ``max_bytes`` before reading it into memory."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(
                    f"file is {_size(size)}, over the {_size(max_bytes)} limit "
                    "(--max-bytes raises it)"
                )
            return handle.read()
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


STDIN = "-"  # the path that names standard input, as ruff and most CLIs take it


def read_stdin(max_bytes: int) -> bytes:
    """Standard input's bytes, refusing more than ``max_bytes`` (read one byte past the limit,
    never the whole of an endless stream)."""
    import sys

    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"input is over the {_size(max_bytes)} limit (--max-bytes raises it)")
    return data


def _size(count: int) -> str:
    """``5 MB``, ``3.2 MB``, or ``1,200 bytes`` below a megabyte."""
    if count < 1_048_576:
        return f"{count:,} bytes"
    megabytes = f"{count / 1_048_576:.1f}".removesuffix(".0")
    return f"{megabytes} MB"


@contextlib.contextmanager
def _ctrl_c_deferred() -> Iterator[None]:
    """Hold Ctrl-C until the block ends: it then lands before or after a write, never between
    creating the temporary file and the cleanup that removes it. (A signal mask would not do:
    a process pool's manager thread would take the signal for the main thread.)"""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives Python's signals
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught and previous is not signal.SIG_IGN:
            if callable(previous):
                previous(signal.SIGINT, None)  # the default handler raises KeyboardInterrupt
            else:
                raise KeyboardInterrupt


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A reader never sees a half-written file, and a failure leaves the previous file intact.
    No fsync: the guarantee is atomic visibility, and a batch of thousands of small files
    would otherwise spend most of its time waiting on the disk.
    """
    with _ctrl_c_deferred():
        _write_atomic(path, data)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """:func:`write_atomic` for a document produced piece by piece, so that a large one is
    never whole in memory. If producing a chunk raises, the previous file is left intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomically write ``data`` unless ``path`` already holds exactly it; True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_atomic(path, data)
    return True
