"""Batches of input files, and atomic writes: the only module that writes files."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from toolkit.errors import InputError

# Files a batch walk never treats as articles or documents.
_SKIPPED_NAMES = frozenset({".DS_Store", "Thumbs.db"})


def iter_input_files(
    paths: Iterable[str | os.PathLike[str]], suffixes: frozenset[str] | None = None
) -> Iterator[Path]:
    """Yield files in the order given; folders are walked recursively in sorted order.

    Hidden files and folders inside a walked folder are skipped. ``suffixes`` (lower case, with
    dot) limits what a folder walk yields; files named explicitly are always yielded. A path
    that does not exist raises :class:`InputError`.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, suffixes)
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{raw}: no such file or directory")


def _walk(folder: Path, suffixes: frozenset[str] | None) -> Iterator[Path]:
    # Names only, not DirEntry objects: a folder of 100,000 stories then costs a few MB while
    # it is walked; scandir's entry types still save a stat per file.
    names: list[str] = []
    folders: set[str] = set()
    with os.scandir(folder) as scan:
        for entry in scan:
            name = entry.name
            if name.startswith(".") or name in _SKIPPED_NAMES:
                continue
            if entry.is_dir():
                folders.add(name)
                names.append(name)
            elif entry.is_file() and (
                suffixes is None or os.path.splitext(name)[1].lower() in suffixes  # noqa: PTH122
            ):
                names.append(name)
    names.sort()
    for name in names:
        if name in folders:
            yield from _walk(folder / name, suffixes)
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
