"""Batch walking, size-limited reads and atomic writes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from toolkit import files
from toolkit.errors import InputError


def test_folders_are_walked_recursively_in_name_order_skipping_hidden_files(
    tmp_path: Path,
) -> None:
    for name in ["b.txt", "a.TXT", ".hidden.txt", "notes.md", "sub/c.txt", ".git/d.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    walked = files.iter_input_files([tmp_path], frozenset({".txt"}))
    assert [p.relative_to(tmp_path).as_posix() for p in walked] == ["a.TXT", "b.txt", "sub/c.txt"]


def test_a_file_named_explicitly_is_yielded_whatever_its_suffix(tmp_path: Path) -> None:
    story = tmp_path / "story.wire"
    story.write_text("x", encoding="utf-8")
    assert list(files.iter_input_files([story], frozenset({".txt"}))) == [story]


def test_a_missing_path_is_an_input_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=f"^{missing}: no such file or directory$"):
        list(files.iter_input_files([missing]))


def test_read_bytes_refuses_a_file_over_the_limit_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 3 * 1_048_576)
    with pytest.raises(
        InputError, match=r"^file is 3 MB, over the 2 MB limit \(--max-bytes raises it\)$"
    ):
        files.read_bytes(big, 2 * 1_048_576)
    assert files.read_bytes(big, 4 * 1_048_576) == b"x" * 3 * 1_048_576


def test_write_atomic_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.json"
    files.write_atomic(target, b"one")
    files.write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.json"]


def test_a_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"previous")

    def broken_fdopen(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", broken_fdopen)
    with pytest.raises(OSError, match="No space left"):
        files.write_atomic(target, b"new")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_write_if_changed_leaves_an_identical_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    assert files.write_if_changed(target, b"same") is True
    os.utime(target, (1_000_000, 1_000_000))
    assert files.write_if_changed(target, b"same") is False
    assert target.stat().st_mtime == 1_000_000
    assert files.write_if_changed(target, b"different") is True
    assert target.read_bytes() == b"different"


def test_write_atomic_chunks_writes_the_chunks_in_order(tmp_path: Path) -> None:
    target = tmp_path / "out" / "index.json"
    files.write_atomic_chunks(target, iter([b"{", b"", b'"a": 1', b"}\n"]))
    assert target.read_bytes() == b'{"a": 1}\n'
    assert oct(target.stat().st_mode & 0o777) == "0o644"
    assert sorted(p.name for p in target.parent.iterdir()) == ["index.json"]


def test_a_chunk_that_fails_to_come_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "index.json"
    target.write_bytes(b"previous")

    def chunks() -> Iterator[bytes]:
        yield b"half of the new "
        raise InputError("source vanished")

    with pytest.raises(InputError, match="source vanished"):
        files.write_atomic_chunks(target, chunks())
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["index.json"]


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")


def test_walks_skip_environments_gitignored_and_excluded_paths(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".gitignore").write_text("news/drafts/\n*.bak.txt\n", encoding="utf-8")
    news = repo / "news"
    _tree(news, ["a.txt", "drafts/d.txt", "venv/v.txt", "node_modules/x/n.txt",
                 "__pycache__/c.txt", "x.bak.txt", "keep.bak.txt", "sub/skip.txt",
                 "sub/ok.txt", "archive/2019/old.txt"])  # fmt: skip
    (news / ".gitignore").write_text("!keep.bak.txt\nsub/skip.txt\n", encoding="utf-8")
    walked = files.iter_input_files([news], frozenset({".txt"}))
    assert [p.relative_to(news).as_posix() for p in walked] == [
        "a.txt",
        "archive/2019/old.txt",
        "keep.bak.txt",
        "sub/ok.txt",
    ]
    walked = files.iter_input_files(
        [news], frozenset({".txt"}), exclude=(*files.DEFAULT_EXCLUDE, "archive/*"), gitignore=False
    )
    assert [p.relative_to(news).as_posix() for p in walked] == [
        "a.txt",
        "drafts/d.txt",
        "keep.bak.txt",
        "sub/ok.txt",
        "sub/skip.txt",
        "x.bak.txt",
    ]


def test_exclude_globs_match_as_fnmatch_on_the_name_or_the_relative_path(
    tmp_path: Path,
) -> None:
    # the globs are matched as one pattern: each still as fnmatch, on a name or a path
    from fnmatch import fnmatch

    names = ["a.txt", "b.tmp.txt", "sub/a.txt", "sub/deep/c.txt", "deep/d.txt", "x/sub/e.txt"]
    _tree(tmp_path, names)
    globs = ("sub/deep/*", "*.tmp.txt", "deep", "x/*/e.txt")
    walked = files.iter_input_files([tmp_path], frozenset({".txt"}), exclude=globs)

    def skipped(relative: str) -> bool:
        parts = relative.split("/")
        return any(
            fnmatch(parts[i], g) or fnmatch("/".join(parts[: i + 1]), g)
            for i in range(len(parts))
            for g in globs
        )

    assert [p.relative_to(tmp_path).as_posix() for p in walked] == sorted(
        n for n in names if not skipped(n)
    )
    assert sorted(n for n in names if not skipped(n)) == ["a.txt", "sub/a.txt"]


def test_an_unreadable_folder_is_reported_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, ["a.txt", "locked/b.txt", "z/c.txt"])
    locked = tmp_path / "locked"
    real_scandir = os.scandir

    def scandir(path: Path) -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[return-value]

    monkeypatch.setattr(files.os, "scandir", scandir)
    errors: list[tuple[str, str]] = []
    walked = files.iter_input_files([tmp_path], on_error=lambda *error: errors.append(error))
    assert [p.relative_to(tmp_path).as_posix() for p in walked] == ["a.txt", "z/c.txt"]
    assert errors == [(str(locked), "cannot read folder: Permission denied")]
    with pytest.raises(InputError, match=f"^{locked}: cannot read folder: Permission denied$"):
        list(files.iter_input_files([tmp_path]))


def test_a_tree_deeper_than_the_recursion_limit_is_walked(tmp_path: Path) -> None:
    deepest = tmp_path
    for _ in range(1100):  # deeper than Python's recursion limit (1000), within PATH_MAX
        deepest = deepest / "d"
        deepest.mkdir()
    (deepest / "story.txt").write_text("x", encoding="utf-8")
    (tmp_path / "top.txt").write_text("x", encoding="utf-8")
    try:
        walked = list(files.iter_input_files([tmp_path], frozenset({".txt"})))
        assert walked == [deepest / "story.txt", tmp_path / "top.txt"]
    finally:
        # removed bottom-up here: pytest's later clean-up of old temporary folders uses
        # shutil.rmtree, which recurses and fails on a tree this deep
        (deepest / "story.txt").unlink()
        while deepest != tmp_path:
            deepest.rmdir()
            deepest = deepest.parent


def test_symbolic_links_in_a_walk(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("x", encoding="utf-8")
    (src / "sub" / "b.txt").symlink_to("../a.txt")
    (src / "sub" / "c").symlink_to("..")
    (src / "d.txt").symlink_to(outside)
    (src / "e.txt").symlink_to("e.txt")
    problems: list[tuple[str, str]] = []

    def walk(follow: bool | None) -> list[str]:
        problems.clear()
        found = files.iter_input_files(
            [src], frozenset({".txt"}), on_error=lambda *p: problems.append(p),
            follow_symlinks=follow,
        )  # fmt: skip
        return [path.relative_to(src).as_posix() for path in found]

    assert walk(None) == ["a.txt", "sub/b.txt"]
    assert problems == [
        (str(src / "d.txt"), f"symbolic link to {outside}, outside {src}: not followed"),
        (str(src / "e.txt"), "symbolic link loop (it leads back to itself)"),
        (str(src / "sub" / "c"), f"symbolic link loop: it leads back to {src}, already walked"),
    ]
    assert walk(True) == ["a.txt", "d.txt", "sub/b.txt"]
    assert [path for path, _ in problems] == [str(src / "e.txt"), str(src / "sub" / "c")]
    with pytest.raises(InputError) as caught:
        list(files.iter_input_files([src / "e.txt"]))
    assert str(caught.value) == f"{src / 'e.txt'}: symbolic link loop (it leads back to itself)"


def test_display_path_replaces_bytes_that_are_not_utf8() -> None:
    assert files.display_path(os.fsdecode(b"in/\xffstory.txt")) == "in/\ufffdstory.txt"
    assert files.display_path("in/été.txt") == "in/été.txt"
