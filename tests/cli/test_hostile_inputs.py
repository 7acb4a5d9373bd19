"""One bad file never stops a batch: each hostile input becomes one `path: problem` line, the
other articles are still converted, checked or validated, and the exit status says what
happened (2 unreadable input, 1 a failure or an internal error in one article). Faults of the
environment (a read-only disk, an output that cannot encode the text, symbolic links) are one
line and exit 2, never a traceback.
"""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import toolkit.validation
from tests.conftest import SEED
from toolkit import readers
from toolkit.cli import cli

ENCODING = (
    "unsafe XML: {} encoding refused before parsing (read: UTF-8, UTF-16, and ASCII-compatible "
    "legacy encodings such as ISO-8859-1, Windows-1252, GB18030, Big5)"
)
NITF = (
    "<nitf><body><body.head><hedline><hl1>Pilots walk out</hl1></hedline></body.head>"
    "<body.content><p>PORT AVELIN, Jan 20 - Pilots stopped work.</p></body.content></body></nitf>"
)


def _nested(depth: int, key: str = "x") -> bytes:
    return b'{"uri": "urn:x", "%s": ' % key.encode() + b"[" * depth + b"]" * depth + b"}"


# name -> (bytes, the problem convert and check report); sorted before the good articles.
POISON: dict[str, tuple[bytes, str]] = {
    "a01_deep.json": (_nested(100_000), "ninjs document refused: nested deeper than 64 levels"),
    "a02_headlines.json": (
        _nested(990, "headlines"),
        "ninjs document refused: nested deeper than 64 levels",
    ),
    "a03_bigint.json": (
        b'{"uri": "urn:x", "n": ' + b"1" * 4301 + b"}",
        "ninjs document refused: a number of more than 4,300 digits",
    ),
    "a04_surrogate.json": (
        b'{"uri": "\\udfff"}',
        "ninjs document refused: unpaired surrogate \\udfff in a string (at $.uri)",
    ),
    "a05_dtd.xml": (
        b'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "nitf.dtd">\n'
        b"<nitf><body><body.content><p>Pay &x; now</p></body.content></body></nitf>",
        "unsafe XML: entity reference &x; on line 3 refused (declared, if at all, in an "
        "external DTD, which is never loaded; write the character or a character reference)",
    ),
    "a06_prolog.xml": (
        b"<?x?>" + b" " * 40 + b"!",
        "not well-formed XML: Start tag expected, '<' not found, line 1, column 46 "
        "(<string>, line 1)",
    ),
    "a07_utf7.xml": (
        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE nitf +AFs-+ADw-!ENTITY a "b"'
        b"+AD4-+AF0-+AD4-+ADw-nitf+AD4-+ACY-a;+ADw-/nitf+AD4-",
        ENCODING.format("UTF-7"),
    ),
    "a08_utf32.xml": (
        f'<?xml version="1.0" encoding="UTF-32"?>{NITF}'.encode("utf-32"),
        ENCODING.format("UTF-32"),
    ),
    "a09_dateline.txt": (
        b"BEIJING, March 3 (Xinhua) --\n",
        "no story text after the head: the file holds a dateline (BEIJING, March 3 (Xinhua) "
        "--) and no paragraph",
    ),
    "a10_utf32.txt": (
        f'<?xml version="1.0" encoding="UTF-32"?>{NITF}'.encode("utf-32"),
        ENCODING.format("UTF-32"),
    ),
}
STORIES = ("story1.txt", "story2.txt", "story3.txt")


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in POISON.items():
        (folder / name).write_bytes(data)
    for name in STORIES:
        (folder / name).write_bytes(SEED.read_bytes())
    return tmp_path


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_convert_reports_each_poison_file_and_converts_the_rest(desk: Path) -> None:
    result = invoke("convert", "in", "--out", "out", "--jobs", "1")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        *(f"in/{name}: {problem}" for name, (_, problem) in POISON.items()),
        f"{len(POISON)} of {len(POISON) + len(STORIES)} articles failed",
    ]
    assert sorted(p.name for p in (desk / "out").iterdir()) == [
        "story1.json",
        "story2.json",
        "story3.json",
    ]


def test_check_reports_each_poison_file_and_checks_the_rest(desk: Path) -> None:
    result = invoke("check", "in", "--jobs", "1")
    assert result.exit_code == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith("in/a")]
    assert problems == [f"in/{name}: {problem}" for name, (_, problem) in POISON.items()]
    for story in STORIES:
        assert f"\nin/{story}:" in "\n" + result.stdout


def test_validate_reports_each_poison_document_and_validates_the_rest(
    desk: Path, standards_dir: Path
) -> None:
    (desk / "in" / "good.xml").write_text(
        f'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">{NITF[6:]}'.replace(
            "<body>", "<head><title>T</title></head><body>", 1
        )
    )
    result = invoke("validate", "in", "--schema-dir", str(standards_dir), "--jobs", "1")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "in/a01_deep.json: V001 JSON refused: nested deeper than 64 levels",
        "in/a02_headlines.json: V001 JSON refused: nested deeper than 64 levels",
        "in/a03_bigint.json: V001 JSON refused: a number of more than 4,300 digits",
        "in/a04_surrogate.json: V001 JSON refused: unpaired surrogate \\udfff in a string "
        "(at $.uri)",
        "in/a06_prolog.xml:1:46: V001 not well-formed XML: Start tag expected, '<' not found",
    ]
    assert result.stderr.splitlines() == [
        f"in/{name}: {POISON[name][1]}" for name in ("a05_dtd.xml", "a07_utf7.xml", "a08_utf32.xml")
    ] + ["9 documents: 1 valid, 5 invalid, 3 unreadable"]


def test_a_unicode_digit_version_converts_as_version_1(desk: Path) -> None:
    (desk / "v.json").write_text(
        '{"uri": "urn:x", "version": "²", "bodies": [{"contentType": "text/plain", '
        '"value": "PORT AVELIN, Jan 20 - Pilots stopped work."}]}'
    )
    result = invoke("convert", "v.json", "--to", "record")
    assert result.exit_code == 0, result.stderr
    assert '"version": 1,' in result.stdout


def test_xml_in_a_txt_file_is_read_as_its_kind_with_a_warning(desk: Path) -> None:
    (desk / "nitf.txt").write_text(f'<?xml version="1.0"?>\n{NITF}\n')
    result = invoke("convert", "nitf.txt", "--to", "record")
    assert result.exit_code == 0
    assert '"format": "nitf"' in result.stdout
    assert result.stderr.splitlines() == [
        "nitf.txt: warning: a NITF document in a .txt file, read as NITF (its content says so)"
    ]


def _boom_on(marker: bytes, real: Any) -> Any:
    def read(data: bytes, options: Any) -> Any:
        if marker in data:
            raise RuntimeError("boom\nsecond line")
        return real(data, options)

    return read


def test_an_unexpected_exception_is_one_line_for_that_file_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/a.txt").write_bytes(SEED.read_bytes() + b"\nBOOM\n")
    Path("in/b.txt").write_bytes(SEED.read_bytes())
    monkeypatch.setitem(readers.READERS, "text", _boom_on(b"BOOM", readers.READERS["text"]))
    line = (
        "in/a.txt: internal error: RuntimeError: boom second line (a bug in the toolkit: please "
        "report it with this file; the rest of the batch is processed)"
    )
    converted = invoke("convert", "in", "--out", "out", "--jobs", "1")
    assert (converted.exit_code, converted.stderr.splitlines()) == (
        1,
        [line, "1 of 2 articles failed"],
    )
    assert [p.name for p in Path("out").iterdir()] == ["b.json"]
    checked = invoke("check", "in", "--jobs", "1", "--exit-zero")
    assert checked.exit_code == 1
    assert line in checked.stderr.splitlines()
    assert checked.stdout.startswith("in/b.txt:")
    exported = invoke("export", "in", "--out", "exports", "--jobs", "1", "--no-validate")
    assert exported.exit_code == 1
    assert line in exported.stderr.splitlines()
    assert sorted(p.name for p in Path("exports/articles").iterdir())[0].startswith("b.")


def test_an_unexpected_exception_in_validate_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, standards_dir: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.json").write_text('{"uri": "urn:a"}')
    Path("b.json").write_text('{"uri": "urn:b"}')
    real = toolkit.validation.validate_document

    def validate(data: bytes, path: str, *args: Any, **kwargs: Any) -> Any:
        if path == "a.json":
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, path, *args, **kwargs)

    monkeypatch.setattr(toolkit.validation, "validate_document", validate)
    result = invoke("validate", "a.json", "b.json", "--schema-dir", str(standards_dir))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "a.json: internal error: RecursionError: maximum recursion depth exceeded (a bug in the "
        "toolkit: please report it with this file; the rest of the batch is processed)",
        "2 documents: 1 valid, 1 invalid, 0 unreadable",
    ]


def _refuse_writes(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code), kwargs.get("dir"))

    monkeypatch.setattr("toolkit.files.tempfile.mkstemp", refuse)


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_a_read_only_or_full_disk_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_bytes(SEED.read_bytes())
    _refuse_writes(monkeypatch, code)
    converted = invoke("convert", "story.txt", "--out", "out")
    assert (converted.exit_code, converted.stderr) == (
        2,
        f"Error: out/story.json: {os.strerror(code)}\n",
    )
    checked = invoke("check", "story.txt", "--output-file", "report.txt")
    assert (checked.exit_code, checked.stderr) == (2, f"Error: report.txt: {os.strerror(code)}\n")
    assert not Path("report.txt").exists()


def _toolkit(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        env={**os.environ, **env},
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "encoding"),
    [(("check", str(SEED)), "ascii"), (("rule", "NC301"), "latin-1")],
)
def test_an_output_that_cannot_encode_the_text_is_one_line_and_exit_2(
    args: tuple[str, ...], encoding: str
) -> None:
    done = _toolkit(*args, PYTHONIOENCODING=encoding)
    assert (done.returncode, done.stdout) == (2, "")  # nothing of it, not the part before
    instead = ", or write the report with --output-file FILE (always UTF-8)"
    assert done.stderr.splitlines() == [
        f"Error: <stdout>: cannot write '\\u201c' (U+201C) in its encoding, {encoding}, so "
        "nothing was written: set a UTF-8 locale or PYTHONIOENCODING=utf-8"
        + (instead if args[0] == "check" else "")
    ]


@pytest.fixture
def linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("PORT AVELIN, Jan 20 - TOP-SECRET-PAYROLL was read.\n")
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "story.txt").write_bytes(SEED.read_bytes())
    (src / "passwd.txt").symlink_to(secret)
    (src / "dangling.txt").symlink_to("nowhere.txt")
    (src / "loop.txt").symlink_to("loop.txt")
    (src / "notes.md").symlink_to("nowhere.md")  # no article suffix: only convert reads it
    (src / "sub" / "again.txt").symlink_to("../story.txt")  # inside the tree: followed
    (src / "sub" / "up").symlink_to("..")  # a folder the walk is in
    (src / "outside").symlink_to(tmp_path)
    return tmp_path


def _link_lines(root: Path, every_file: bool = False) -> list[str]:
    notes = "src/notes.md: dangling symbolic link (to nowhere.md, which does not exist)"
    return [
        "src/dangling.txt: dangling symbolic link (to nowhere.txt, which does not exist)",
        "src/loop.txt: symbolic link loop (it leads back to itself)",
        *([notes] if every_file else []),
        f"src/outside: symbolic link to {root}, outside src: not followed (--follow-symlinks "
        "follows it)",
        f"src/passwd.txt: symbolic link to {root / 'secret.txt'}, outside src: not followed "
        "(--follow-symlinks follows it)",
        f"src/sub/up: symbolic link loop: it leads back to {root / 'src'}, already walked",
    ]


def test_symbolic_links_out_of_the_tree_are_not_followed(linked: Path) -> None:
    result = invoke("convert", "src", "--out", "out", "--jobs", "1")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        *_link_lines(linked, every_file=True),
        "6 of 8 articles failed",
    ]
    assert sorted(p.name for p in (linked / "out").iterdir()) == ["again.json", "story.json"]
    checked = invoke("check", "src", "--jobs", "1")
    assert checked.exit_code == 2
    assert "TOP-SECRET" not in checked.stdout + checked.stderr
    assert [line for line in checked.stderr.splitlines() if "symbolic" in line] == _link_lines(
        linked
    )


def test_follow_symlinks_follows_them_out_of_the_tree(linked: Path) -> None:
    (linked / "src" / "outside").unlink()
    (linked / "src" / "sub" / "up").unlink()
    result = invoke("convert", "src", "--out", "out", "--jobs", "1", "--follow-symlinks")
    assert result.stderr.splitlines()[:3] == _link_lines(linked, every_file=True)[:3]
    assert (linked / "out" / "passwd.json").is_file()


def _exported_text(out: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in out.rglob("*") if p.is_file())


def test_export_walks_symbolic_links_the_same_way(linked: Path) -> None:
    result = invoke("export", "src", "--out", "out", "--no-validate", "--jobs", "1")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        *_link_lines(linked),
        "exported 2 articles to out: 12 files added, 0 changed, 0 removed, 0 unchanged",
        "5 articles failed",
    ]
    assert sorted(p.name for p in (linked / "out" / "articles").glob("*.json")) == [
        "again.json", "again.ninjs.json", "story.json", "story.ninjs.json",
    ]  # fmt: skip
    assert "TOP-SECRET" not in _exported_text(linked / "out")
    # --check walks the same way: it reports the same lines and finds the folder up to date
    checked = invoke("export", "src", "--out", "out", "--no-validate", "--check")
    assert (checked.exit_code, checked.stdout) == (2, "")
    assert checked.stderr.splitlines() == [
        *_link_lines(linked),
        "out: up to date (0 added, 0 changed, 0 removed)",
        "5 articles failed",
    ]


EXPORT_WAYS = [
    ("--jobs", "1"),
    ("--jobs", "2"),
    pytest.param(
        ("--scheduler", "local:1"),
        marks=pytest.mark.skipif(
            importlib.util.find_spec("distributed") is None, reason="needs the [dask] extra"
        ),
    ),
]


@pytest.mark.parametrize("way", EXPORT_WAYS)
def test_export_follow_symlinks_exports_the_target_s_article(
    linked: Path, way: tuple[str, str]
) -> None:
    (linked / "src" / "outside").unlink()  # a link to a folder above: a loop once followed
    result = invoke("export", "src", "--out", "out", "--no-validate", "--year", "2025",
                    "--follow-symlinks", *way)  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "src/dangling.txt: dangling symbolic link (to nowhere.txt, which does not exist)",
        "src/loop.txt: symbolic link loop (it leads back to itself)",
        f"src/sub/up: symbolic link loop: it leads back to {linked / 'src'}, already walked",
        "exported 3 articles to out: 16 files added, 0 changed, 0 removed, 0 unchanged",
        "3 articles failed",
    ]
    record = json.loads((linked / "out" / "articles" / "passwd.json").read_text())
    assert record["source"]["path"] == "src/passwd.txt"
    assert "TOP-SECRET-PAYROLL was read." in _exported_text(linked / "out" / "articles")
    manifest = json.loads((linked / "out" / "index.json").read_text())
    assert sorted(a["source"] for a in manifest["articles"]) == [
        "src/passwd.txt", "src/story.txt", "src/sub/again.txt",
    ]  # fmt: skip
    # --check agrees with the export it follows, with the option and without it
    again = invoke("export", "src", "--out", "out", "--no-validate", "--year", "2025",
                   "--follow-symlinks", "--check", *way)  # fmt: skip
    assert (again.exit_code, again.stdout) == (2, "")
    assert again.stderr.splitlines()[-2:] == [
        "out: up to date (0 added, 0 changed, 0 removed)",
        "3 articles failed",
    ]
    unfollowed = invoke("export", "src", "--out", "out", "--no-validate", "--year", "2025",
                        "--check", *way)  # fmt: skip
    assert unfollowed.exit_code == 2
    assert f"src/passwd.txt: symbolic link to {linked / 'secret.txt'}, outside src: not " \
        "followed (--follow-symlinks follows it)" in unfollowed.stderr.splitlines()  # fmt: skip
    assert [line for line in unfollowed.stdout.splitlines() if "passwd" in line] == [
        f"removed: articles/passwd{ext}" for ext in (".json", ".xml", ".nitf.xml", ".ninjs.json")
    ]


def test_export_names_a_dangling_link_or_a_loop_given_as_a_source(linked: Path) -> None:
    for name, problem in [
        ("src/dangling.txt", "dangling symbolic link (to nowhere.txt, which does not exist)"),
        ("src/loop.txt", "symbolic link loop (it leads back to itself)"),
    ]:
        result = invoke("export", name, "--out", "out", "--no-validate")
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == (
            f"Error: Invalid value for 'SOURCES...': {name}: {problem}"
        )


@pytest.mark.parametrize("command", ["convert", "check", "validate"])
def test_a_symbolic_link_named_on_the_command_line_says_why_it_cannot_be_read(
    linked: Path, command: str
) -> None:
    result = invoke(command, "src/loop.txt", "src/dangling.txt")
    assert result.exit_code == 2
    if command == "validate":  # takes paths as they come, each one line
        assert result.stderr.splitlines() == [
            "src/loop.txt: symbolic link loop (it leads back to itself)",
            "src/dangling.txt: dangling symbolic link (to nowhere.txt, which does not exist)",
            "2 documents: 0 valid, 0 invalid, 2 unreadable",
        ]
    else:
        assert result.stderr.splitlines()[-1] == LINK_ERRORS[command]


LINK_ERRORS = {
    "convert": "Error: Invalid value for 'PATHS...': src/loop.txt: symbolic link loop (it leads "
    "back to itself)",
    "check": "Error: Invalid value for 'PATHS...': src/loop.txt: symbolic link loop (it leads "
    "back to itself)",
    "validate": "2 documents: 0 valid, 0 invalid, 2 unreadable",
}


def test_a_file_name_that_is_not_utf8_is_shown_with_a_replacement_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    with open(b"in/\xffstory.txt", "wb") as handle:  # a name that is not UTF-8: bytes
        handle.write(SEED.read_bytes())
    converted = invoke("convert", "in", "--to", "record", "--out", "out")
    assert converted.exit_code == 0, converted.stderr
    assert '"path": "in/\ufffdstory.txt"' in Path("out/story.json").read_text()
    checked = invoke("check", "in", "--exit-zero")
    assert checked.exit_code == 0
    assert checked.stdout.startswith("in/\ufffdstory.txt:")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("rules",), ("convert", str(SEED)), ("check", str(SEED))])
def test_a_full_standard_output_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "toolkit", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (2, "Error: <stdout>: No space left on device\n")


@pytest.mark.parametrize("name", ["toolkit.toml", "pyproject.toml"])
def test_a_config_nested_thousands_deep_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_bytes(SEED.read_bytes())
    Path(name).write_text("[tool.toolkit]\nx = " + "[" * 100_000 + "]" * 100_000 + "\n")
    result = invoke("check", "story.txt")
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {tmp_path / name}: not valid TOML: nested too deeply\n",
    )


def test_a_baseline_nested_thousands_deep_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_bytes(SEED.read_bytes())
    Path("baseline.json").write_text("[" * 100_000)
    result = invoke("check", "story.txt", "--baseline", "baseline.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: baseline.json: not a valid baseline file (")
    assert result.stderr.count("\n") == 1
