"""Batches of input files, and atomic writes: the only module that writes files."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import translate
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
        # the globs as one pattern, matched as fnmatch would match each: ten fnmatch calls
        # per file (five default globs, name and relative path) were most of a walk's time
        self._excluded = (
            re.compile("|".join(translate(os.path.normcase(glob)) for glob in self.exclude))
            if self.exclude
            else None
        )
        self._relative_folder: tuple[Path | None, str] = (None, "")
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

    def _relative(self, folder: Path) -> str:
        """``folder`` relative to the walked one, as a posix prefix ("" or "sub/dir/"); the
        last one asked is kept, as a walk asks about a folder's entries in a row."""
        last, relative = self._relative_folder
        if folder is not last:
            posix = folder.relative_to(self.root).as_posix()
            relative = "" if posix == "." else posix + "/"
            self._relative_folder = (folder, relative)
        return relative

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
        excluded = self._excluded
        if excluded is not None:
            relative = self._relative(folder) + name
            normcase = os.path.normcase
            if excluded.match(normcase(name)) or excluded.match(normcase(relative)):
                return True
        if not self.specs:
            return False
        ignored = False
        resolved = self._resolved(folder / name)
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
    follow_symlinks: bool | None = None,
) -> Iterator[Path]:
    """Yield files in the order given; folders are walked recursively in sorted order.

    Hidden files and folders inside a walked folder are skipped, and so are entries matching
    an ``exclude`` glob or (``gitignore``) a .gitignore pattern. ``suffixes`` (lower case,
    with dot) limits what a folder walk yields; files named explicitly are always yielded. A
    path that does not exist raises :class:`InputError`; a folder that cannot be read is
    reported to ``on_error`` (path, problem) and skipped, or raises without it.

    Symbolic links met in a walk are followed while they stay inside the folder walked; one
    that leads out of it (``src/passwd.txt -> /etc/passwd``) is reported and not followed
    unless ``follow_symlinks`` (None: the caller offers no way to, and the report does not
    suggest one; False: it suggests ``--follow-symlinks``). A dangling link, a link loop and
    a link back to a folder the walk is already in are reported too, never skipped silently.
    A path named explicitly is the user's choice and is followed wherever it leads.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            ignored = _Ignored(path, exclude, gitignore)
            if ignored.gitignore:
                ignored.push(path)
            yield from _Walk(path, suffixes, ignored, on_error, follow_symlinks).files()
        elif path.is_file():
            yield path
        elif path.is_symlink():
            raise InputError(f"{raw}: {broken_link(path)}")
        else:
            raise InputError(f"{raw}: no such file or directory")


def broken_link(link: Path) -> str:
    """Why a symbolic link leads nowhere: dangling, a loop, or the error following it."""
    try:
        link.stat()
    except FileNotFoundError:
        try:
            target = str(link.readlink())
        except OSError:
            target = "?"
        return f"dangling symbolic link (to {target}, which does not exist)"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (it leads back to itself)"
        return f"cannot follow symbolic link: {error.strerror or error}"
    return "symbolic link to something that is neither a file nor a folder"


def _contains(folder: str, path: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class _Walk:
    """One folder walked: what it yields, and how it treats symbolic links."""

    def __init__(
        self,
        root: Path,
        suffixes: frozenset[str] | None,
        ignored: _Ignored,
        on_error: OnWalkError | None,
        follow_symlinks: bool | None,
    ) -> None:
        self.root = root
        self.real_root = os.path.realpath(root)
        self.suffixes = suffixes
        self.ignored = ignored
        self.on_error = on_error
        self.follow_symlinks = follow_symlinks

    def _wanted(self, name: str) -> bool:
        suffixes = self.suffixes
        return suffixes is None or os.path.splitext(name)[1].lower() in suffixes  # noqa: PTH122

    def _report(self, path: Path, problem: str) -> None:
        if self.on_error is None:
            raise InputError(f"{path}: {problem}")
        self.on_error(str(path), problem)

    def files(self) -> Iterator[Path]:
        # A stack of folders being listed, not recursion: a tree thousands of folders deep
        # must not exhaust Python's stack. Each level holds its sorted names, whether its
        # .gitignore was pushed, and the real paths of the folders above (for link loops).
        root_names = self._scan(self.root)
        if root_names is None:
            return
        stack: list[tuple[Path, Iterator[tuple[str, str | None]], bool, tuple[str, ...]]] = [
            (self.root, iter(root_names), False, (self.real_root,))
        ]
        while stack:
            folder, names, pushed, ancestors = stack[-1]
            entry = next(names, None)
            if entry is None:
                stack.pop()
                if pushed:
                    self.ignored.pop()
                continue
            name, kind = entry
            path = folder / name
            real: str | None = None
            if kind == "link":
                followed = self._follow(folder, name, ancestors)
                if followed is None:
                    continue
                kind, real = followed
            if kind == "file":
                yield path
                continue
            listed = self._scan(path)
            if listed is not None:
                real = real or os.path.join(ancestors[-1], name)  # noqa: PTH118
                stack.append((path, iter(listed), self.ignored.push(path), (*ancestors, real)))

    def _scan(self, folder: Path) -> list[tuple[str, str | None]] | None:
        """The entries of ``folder`` to visit, sorted: (name, "dir" | "file" | "link")."""
        # Names only, not DirEntry objects: a folder of 100,000 stories then costs a few MB
        # while it is walked; scandir's entry types still save a stat per file.
        entries: list[tuple[str, str | None]] = []
        try:
            with os.scandir(folder) as scan:
                for entry in scan:
                    name = entry.name
                    if name.startswith(".") or name in _SKIPPED_NAMES:
                        continue
                    if entry.is_symlink():
                        entries.append((name, "link"))
                    elif entry.is_dir(follow_symlinks=False):
                        if not self.ignored(folder, name, True):
                            entries.append((name, "dir"))
                    elif (
                        entry.is_file(follow_symlinks=False)
                        and self._wanted(name)
                        and not self.ignored(folder, name, False)
                    ):
                        entries.append((name, "file"))
        except OSError as error:
            self._report(folder, f"cannot read folder: {error.strerror or error}")
            return None
        entries.sort()
        return entries

    def _follow(
        self, folder: Path, name: str, ancestors: tuple[str, ...]
    ) -> tuple[str, str] | None:
        """Where a symbolic link in the walk leads, ("dir" | "file", real path), or None
        when it is not followed (reported unless the walk would have skipped it anyway)."""
        link = folder / name
        try:
            mode = link.stat().st_mode
        except OSError:
            if self._wanted(name) and not self.ignored(folder, name, False):
                self._report(link, broken_link(link))
            return None
        is_dir = stat.S_ISDIR(mode)
        if is_dir:
            if self.ignored(folder, name, True):
                return None
        elif not (stat.S_ISREG(mode) and self._wanted(name)) or self.ignored(folder, name, False):
            return None
        real = os.path.realpath(link)
        if not self.follow_symlinks and not _contains(self.real_root, real):
            hint = " (--follow-symlinks follows it)" if self.follow_symlinks is False else ""
            self._report(link, f"symbolic link to {real}, outside {self.root}: not followed{hint}")
            return None
        if is_dir and any(_contains(real, folder_above) for folder_above in ancestors):
            self._report(link, f"symbolic link loop: it leads back to {real}, already walked")
            return None
        return ("dir" if is_dir else "file"), real


def display_path(path: str) -> str:
    """A path as text every output can hold: the bytes of a file name that are not UTF-8
    (which Python keeps as lone surrogates, ``\\udcff``) become U+FFFD. Records, reports and
    findings carry this form; the file itself is still read by its real name."""
    if not any("\udc80" <= char <= "\udcff" for char in path):
        return path
    return os.fsencode(path).decode("utf-8", "replace")


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
    with _ctrl_c_deferred(), _naming(path):
        _write_atomic(path, data)


@contextlib.contextmanager
def _naming(path: Path) -> Iterator[None]:
    """An OSError of a write names the file written, not the temporary file beside it."""
    try:
        yield
    except OSError as error:
        if error.filename == str(path) or error.errno is None:
            raise
        raise OSError(error.errno, error.strerror, str(path)) from None


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
    with _naming(path):
        _write_atomic_chunks(path, chunks)


def _write_atomic_chunks(path: Path, chunks: Iterable[bytes]) -> None:
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
