"""A standard output whose encoding cannot hold the text (PYTHONIOENCODING=ascii, a Latin-1
locale) gets the whole output or none of it: one line on stderr naming the encoding and the
character, exit 2, and nothing on stdout; never a report cut off at its first curly quote.
A UTF-8 output gets all of it, and what the user asked to lose (`ascii:backslashreplace`) is
lost as asked. Each command runs in a child process, whose standard output is a real pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED

# An article whose only finding is ASCII, then one whose findings hold curly quotes: a
# streamed report would be cut off after the first file's line.
PLAIN_FIRST = (
    "seeds/011_no_dateline_headline_library_fines.txt",
    SEED.relative_to(REPO).as_posix(),
)
FORMATS = ["text", "json", "jsonl", "github", "gitlab", "rdjsonl", "sarif", "junit", "html"]


def toolkit(*args: str, encoding: str, cwd: Path = REPO) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        capture_output=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def refused(char: str, encoding: str, command: str = "") -> str:
    instead = (
        ", or write the report with --output-file FILE (always UTF-8)" if command == "check" else ""
    )
    return (
        f"Error: <stdout>: cannot write {char!a} (U+{ord(char):04X}) in its encoding, "
        f"{encoding}, so nothing was written: set a UTF-8 locale or PYTHONIOENCODING=utf-8"
        f"{instead}\n"
    )


def test_check_writes_nothing_to_an_ascii_output_and_names_the_character() -> None:
    done = toolkit("check", *PLAIN_FIRST, encoding="ascii")
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode() == refused("\u201c", "ascii", "check")


def test_check_writes_the_whole_report_to_a_utf8_output() -> None:
    done = toolkit("check", *PLAIN_FIRST, encoding="utf-8")
    assert (done.returncode, done.stderr) == (1, b"")
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines[0] == (
        "seeds/011_no_dateline_headline_library_fines.txt:15:75: NC303 This quotation is never "
        "closed; add the closing quote mark"
    )
    assert lines[1] == (
        "seeds/000_bd3756564a4685f9.txt:13:310: NC501 A full stop seems to be missing before "
        "\u201cAt\u201d: \u201cfoundation At\u201d runs two sentences together"
    )
    assert (len(lines), lines[-1]) == (6, "5 findings")


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_report_format_is_all_or_nothing(output_format: str) -> None:
    whole = toolkit("check", *PLAIN_FIRST, "--format", output_format, encoding="utf-8")
    assert whole.returncode == 1
    text = whole.stdout.decode("utf-8")
    narrow = toolkit("check", *PLAIN_FIRST, "--format", output_format, encoding="ascii")
    # every format carries the findings' curly quotes (or a file name) as they are; the
    # character named is the first one of the report ASCII cannot hold
    first = next(char for char in text if not char.isascii())
    assert (narrow.returncode, narrow.stdout) == (2, b"")
    assert narrow.stderr.decode() == refused(first, "ascii", "check")


@pytest.mark.parametrize("encoding", ["latin-1", "ascii", "cp1252"])
def test_rule_documentation_is_all_or_nothing(encoding: str) -> None:
    whole = toolkit("rule", "NC301", encoding="utf-8")
    assert whole.returncode == 0
    assert whole.stdout.startswith(b"NC301 quote-style (warning, article scope)\n\n")
    assert "curly ``\u201c...\u201d``" in whole.stdout.decode("utf-8")
    narrow = toolkit("rule", "NC301", encoding=encoding)
    if encoding == "cp1252":  # Windows-1252 has curly quotes: all of it, in that encoding
        assert (narrow.returncode, narrow.stderr) == (0, b"")
        assert narrow.stdout == whole.stdout.decode("utf-8").encode("cp1252")
    else:
        assert (narrow.returncode, narrow.stdout) == (2, b"")
        assert narrow.stderr.decode() == refused("\u201c", encoding)


def test_rules_lists_in_ascii_and_their_json_is_all_or_nothing() -> None:
    listed = toolkit("rules", encoding="ascii")
    assert (listed.returncode, listed.stderr) == (0, b"")
    assert listed.stdout == toolkit("rules", encoding="utf-8").stdout
    whole = toolkit("rules", "--format", "json", encoding="utf-8")
    first = next(char for char in whole.stdout.decode("utf-8") if not char.isascii())
    # click would write UTF-8 to an ASCII output it thinks misconfigured: it is refused instead
    narrow = toolkit("rules", "--format", "json", encoding="ascii")
    assert (narrow.returncode, narrow.stdout) == (2, b"")
    assert narrow.stderr.decode() == refused(first, "ascii")


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_validate_report_is_all_or_nothing(tmp_path: Path, output_format: str) -> None:
    (tmp_path / "a.json").write_text('{"uri": 5}')
    (tmp_path / "na\u00efve.json").write_text('{"uri": 5}')
    args = ("validate", "a.json", "na\u00efve.json", "--kind", "record", "--format", output_format)
    whole = toolkit(*args, encoding="utf-8", cwd=tmp_path)
    assert whole.returncode == 1
    assert "na\u00efve.json" in whole.stdout.decode("utf-8")
    assert "a.json" in whole.stdout.decode("utf-8").split("na\u00efve.json")[0]
    narrow = toolkit(*args, encoding="ascii", cwd=tmp_path)
    assert (narrow.returncode, narrow.stdout) == (2, b"")
    assert narrow.stderr.decode().splitlines()[-1] == refused("\u00ef", "ascii").rstrip("\n")


def test_export_check_listing_is_all_or_nothing(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "story.txt").write_bytes(SEED.read_bytes())
    exported = toolkit("export", "src", "--out", "out", "--no-validate", encoding="ascii",
                       cwd=tmp_path)  # fmt: skip
    assert (exported.returncode, exported.stdout) == (0, b"")
    (tmp_path / "out" / "articles" / "caf\u00e9.txt").write_text("mine")
    args = ("export", "src", "--out", "out", "--no-validate", "--check")
    whole = toolkit(*args, encoding="utf-8", cwd=tmp_path)
    assert (whole.returncode, whole.stdout) == (1, "stray: articles/caf\u00e9.txt\n".encode())
    narrow = toolkit(*args, encoding="ascii", cwd=tmp_path)
    assert (narrow.returncode, narrow.stdout) == (2, b"")
    assert narrow.stderr.decode() == refused("\u00e9", "ascii")


def test_convert_writes_the_document_s_own_bytes_whatever_the_output_encoding() -> None:
    # A document is bytes in its format's encoding (a record is UTF-8 JSON), not text for
    # the output's encoding: it is written whole to an ASCII output too.
    args = ("convert", str(SEED), "--to", "record", "--source-date-epoch", "0")
    whole = toolkit(*args, encoding="utf-8")
    assert (whole.returncode, whole.stderr) == (0, b"")
    assert "\u201c".encode() in whole.stdout
    assert toolkit(*args, encoding="ascii").stdout == whole.stdout


def test_an_output_that_asked_to_lose_characters_streams_with_the_loss() -> None:
    done = toolkit("check", *PLAIN_FIRST, encoding="ascii:backslashreplace")
    assert (done.returncode, done.stderr) == (1, b"")
    assert b"missing before \\u201cAt\\u201d:" in done.stdout
    assert done.stdout.endswith(b"\n5 findings\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_ascii_output_is_one_line_and_exit_2() -> None:
    # The ASCII report is kept until the command ends: writing it then meets the full disk.
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "toolkit", "rules"],
            stdout=full,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
    assert (done.returncode, done.stderr) == (2, b"Error: <stdout>: No space left on device\n")
