"""Time and peak memory of the CLI on hostile inputs: the size reproducers of issue 11.

Usage: python bench/hostile_inputs.py [--only NAME ...] [--toolkit PATH] [--list]

Each case builds its input in a temporary folder and runs one `toolkit` command on it in a
child process; the line printed per case is its wall time, its CPU time and its peak resident
memory (``ru_utime + ru_stime`` and ``ru_maxrss`` from ``os.wait4`` of that child alone).
Target (issue 11): every command linear in input size, a 5 MB article of any shape under
10 s and 300 MB.

The fault reproducers of issue 11 (deep JSON, huge integers, lone surrogates, UTF-7 and
UTF-32 XML, the sniffer's prolog, a poison file first in a batch, symbolic links, an output
that cannot encode the text) run too, each printing the first line the user is told; set
TOOLKIT_SCHEMA_DIR for the validate cases.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DATELINE = "BEIJING, March 3 (Xinhua) -- "
LIMIT_SECONDS = 10.0
LIMIT_MB = 300.0
FIVE_MB = 5_000_000
SHARED_STANDARDS = Path(__file__).resolve().parent.parent.parent / "shared" / "standards"


@dataclass(frozen=True)
class Case:
    name: str
    command: tuple[str, ...]  # after `toolkit`; "{in}" is the input file, "{dir}" its folder
    build: Callable[[], str]  # the article text
    limited: bool = True  # the target applies (5 MB of any shape)
    # Instead of ``build``: writes the input(s) into the folder, returns what "{in}" names
    # (a hostile file of any name and bytes, a folder of articles, symbolic links).
    setup: Callable[[Path], Path] | None = None
    env: tuple[tuple[str, str], ...] = ()  # set for the child (PYTHONIOENCODING=ascii)
    show_stderr: bool = False  # print the child's first stderr line (what the user is told)


SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_bd3756564a4685f9.txt"
NITF = (
    "<nitf><body><body.head><hedline><hl1>Port opens</hl1></hedline></body.head>"
    "<body.content><p>BEIJING, March 3 (Xinhua) -- The port opened.</p></body.content>"
    "</body></nitf>"
)


def _no_text() -> str:
    raise AssertionError("a case with setup has no text")


def hostile_file(name: str, data: bytes) -> Callable[[Path], Path]:
    def setup(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return setup


def poison_first(count: int) -> Callable[[Path], Path]:
    """A folder whose first file (in sorted order) is poison, then ``count`` good articles."""

    def setup(folder: Path) -> Path:
        source = folder / "src"
        source.mkdir()
        (source / "000_poison.json").write_bytes(_nested_json(100_000))
        seed = SEED.read_bytes()
        for n in range(count):
            (source / f"story{n:04d}.txt").write_bytes(seed)
        return source

    return setup


def linked_sources(folder: Path) -> Path:
    source = folder / "src"
    source.mkdir()
    (source / "story.txt").write_bytes(SEED.read_bytes())
    (source / "passwd.txt").symlink_to("/etc/passwd")
    (source / "loop.txt").symlink_to("loop.txt")
    (source / "dangling.txt").symlink_to("nowhere.txt")
    (source / "up").symlink_to("..")
    return source


def _nested_json(depth: int, key: str = "x") -> bytes:
    return b'{"uri": "urn:x", "%s": ' % key.encode() + b"[" * depth + b"]" * depth + b"}"


def _ninjs_html(body: str) -> bytes:
    document = {"uri": "urn:x", "bodies": [{"contentType": "text/html", "value": body}]}
    return json.dumps(document).encode()


def fault_cases() -> list[Case]:
    """The fault campaign's reproducers (issue 11): each must end at once, with one line."""
    convert = ("convert", "--to", "record", "{in}")
    validate = ("validate", "{in}")
    every_format = ("convert", "--to", "record,newsml,nitf,ninjs", "--out", "{dir}/out", "{in}")
    files: dict[str, tuple[str, bytes, tuple[str, ...]]] = {
        "JSON nested 100,000 deep": ("deep.json", _nested_json(100_000), convert),
        "JSON 990 levels under headlines": (
            "headlines.json", _nested_json(990, "headlines"), validate
        ),
        "integer of 4,301 digits": (
            "bigint.json", b'{"uri": "urn:x", "n": ' + b"1" * 4301 + b"}", convert
        ),
        "ninjs version '²'": (
            "version.json",
            '{"uri": "urn:x", "version": "²", "bodies": [{"contentType": "text/plain", '
            '"value": "BEIJING, March 3 (Xinhua) -- The port opened."}]}'.encode(),
            convert,
        ),
        "lone surrogate in uri": ("surrogate.json", b'{"uri": "\\udfff"}', convert),
        "NITF, external DTD, undeclared &x;": (
            "dtd.xml",
            b'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf xmlns='
            b'"http://iptc.org/std/NITF/2006-10-18/"><head><title>T</title></head><body>'
            b"<body.content><p>Pay &x; now</p></body.content></body></nitf>",
            validate,
        ),
        "sniff: <?x?> and 40 spaces": ("r.xml", b"<?x?>" + b" " * 40 + b"!", convert),
        "sniff: <?x?> and 4 MB of spaces": ("r4.xml", b"<?x?>" + b" " * 4_000_000 + b"!", convert),
        "UTF-7 DOCTYPE with ENTITY": (
            "utf7.xml",
            b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE nitf +AFs-+ADw-!ENTITY a "b"'
            b"+AD4-+AF0-+AD4-+ADw-nitf+AD4-+ACY-a;+ADw-/nitf+AD4-",
            validate,
        ),
        "UTF-32 NITF": (
            "utf32.xml", f'<?xml version="1.0" encoding="UTF-32"?>{NITF}'.encode("utf-32"), convert
        ),
        "dateline-only .txt": ("dateline.txt", b"BEIJING, March 3 (Xinhua) --\n", convert),
        "NITF inside a .txt": ("nitf.txt", f'<?xml version="1.0"?>\n{NITF}\n'.encode(), convert),
        "5 MB ninjs, one HTML paragraph": (
            "one.json", _ninjs_html("<p>" + "word " * 1_000_000 + "</p>"), every_format
        ),
        "ninjs, 100,000 quotes in one paragraph": (
            "quotes.json",
            _ninjs_html("<p>" + "<q data-quote-source='Li Wei'>Busy.</q> " * 100_000 + "</p>"),
            every_format,
        ),
    }  # fmt: skip
    found = [
        Case(
            f"{title}: {command[0]}",
            command,
            _no_text,
            setup=hostile_file(name, data),
            show_stderr=True,
        )
        for title, (name, data, command) in files.items()
    ]
    found += [
        Case(
            "poison first, then 960 articles: convert --out",
            ("convert", "--to", "record", "--out", "{dir}/out", "{in}"),
            _no_text,
            setup=poison_first(960),
            limited=False,  # 961 files, not one 5 MB article
            show_stderr=True,
        ),
        Case(
            "symlink loop, dangling, out of tree: convert",
            ("convert", "--to", "record", "--out", "{dir}/out", "{in}"),
            _no_text,
            setup=linked_sources,
            show_stderr=True,
        ),
        Case(
            "symlink loop, dangling, out of tree: export",
            ("export", "--no-validate", "--out", "{dir}/out", "{in}"),
            _no_text,
            setup=linked_sources,
            show_stderr=True,
        ),
        Case(
            "PYTHONIOENCODING=ascii: check seed",
            ("check", "{in}"),
            _no_text,
            setup=hostile_file("seed.txt", SEED.read_bytes()),
            env=(("PYTHONIOENCODING", "ascii"),),
            show_stderr=True,
        ),
        Case(
            "latin-1 output: rule NC301",
            ("rule", "NC301"),
            _no_text,
            setup=hostile_file("unused.txt", b""),
            env=(("PYTHONIOENCODING", "latin-1"),),
            show_stderr=True,
        ),
    ]
    return found


def _fill(unit: str, size: int, sep: str) -> str:
    """``unit`` repeated (joined by ``sep``) to about ``size`` characters, after a dateline."""
    count = max(1, size // (len(unit) + len(sep)))
    return DATELINE + sep.join([unit] * count) + "\n"


def only_quote_paragraphs(count: int) -> Callable[[], str]:
    # Paragraphs that are nothing but an unattributed quotation: each one asks whether the
    # paragraph holds only quotes (the speaker is then looked for in the one before).
    def build() -> str:
        lead = "Officials met in the capital on Tuesday to discuss the port."
        quote = '"We will build it this year."'
        return DATELINE + lead + "\n\n" + "\n\n".join([quote] * count) + "\n"

    return build


def repeated_words(count: int) -> Callable[[], str]:
    # One NC502 finding per doubled word: many findings in one article for the HTML report.
    def build() -> str:
        return DATELINE + " ".join(["the the port opened."] * count) + "\n"

    return build


def one_line(size: int) -> Callable[[], str]:
    return lambda: _fill("The port handled more cargo than last year, officials said.", size, " ")


def one_word_line(size: int) -> Callable[[], str]:
    return lambda: _fill("port", size, " ")


def many_paragraphs(size: int) -> Callable[[], str]:
    return lambda: _fill("The port handled more cargo than last year.", size, "\n\n")


def many_quotes(size: int) -> Callable[[], str]:
    return lambda: _fill('"The port is busy," Li Wei said. "It grows," he added.', size, "\n\n")


def many_quotes_one_line(size: int) -> Callable[[], str]:
    return lambda: _fill('"The port is busy," Li Wei said.', size, " ")


def many_names(size: int) -> Callable[[], str]:
    def build() -> str:
        # Distinct people: surnames and given names from syllables, so no two are alike.
        syllables = ["ba", "ko", "ri", "mu", "te", "lo", "sa", "ne", "vi", "da", "pe", "zu"]
        sentences = []
        n = 0
        total = 0
        while total < size:
            a, b, c = (syllables[(n // 12**k) % 12] for k in range(3))
            name = f"{a.title()}{b}{c} {c.title()}{a}"
            sentence = f"{name}, a port official, said the work went on."
            sentences.append(sentence)
            total += len(sentence) + 2
            n += 1
        return DATELINE + "\n\n".join(sentences) + "\n"

    return build


def size_cases() -> list[Case]:
    check = ("check", "--exit-zero", "{in}")
    html = ("check", "--exit-zero", "--format", "html", "-o", "{dir}/report.html", "{in}")
    convert = ("convert", "--to", "record,newsml,nitf,ninjs", "--out", "{dir}/out", "{in}")
    found = [
        *(
            Case(f"only-quote paragraphs {n // 1000}k: check", check, only_quote_paragraphs(n))
            for n in (20_000, 40_000, 100_000)
        ),
        *(
            Case(f"findings {n // 1000}k: check --format html", html, repeated_words(n))
            for n in (10_000, 20_000)
        ),
        *(
            Case(f"findings {n // 1000}k: check (text)", check, repeated_words(n))
            for n in (10_000, 20_000)
        ),
        Case("one line 4.5 MB: check", check, one_line(4_500_000)),
        # The 580 MB: every word the same, so every pair is an NC502 finding.
        Case("one line 4.5 MB, one word: check", check, one_word_line(4_500_000)),
    ]
    shapes = {
        "one line": one_line,
        "many paragraphs": many_paragraphs,
        "many quotes": many_quotes,
        "many quotes on one line": many_quotes_one_line,
        "many names": many_names,
    }
    for shape, make in shapes.items():
        found.append(Case(f"5 MB {shape}: convert", convert, make(FIVE_MB)))
        found.append(Case(f"5 MB {shape}: check", check, make(FIVE_MB)))
    return found


def cases() -> list[Case]:
    return [*size_cases(), *fault_cases()]


def run(
    case: Case, toolkit: str, folder: Path, timeout: float, schema_dir: str
) -> tuple[float, float, float, int, str]:
    """(wall seconds, CPU seconds, peak MB, exit status, first stderr line) of the case's
    command in a fresh child, killed after ``timeout`` seconds (a hang must not stop the
    bench). CPU time is the fair figure on a shared machine, where wall time also counts
    waiting for a core."""
    if case.setup is not None:
        source = case.setup(folder)
    else:
        source = folder / "article.txt"
        source.write_text(case.build(), encoding="utf-8")
    argv = [
        toolkit,
        *(a.replace("{in}", str(source)).replace("{dir}", str(folder)) for a in case.command),
    ]
    start = time.perf_counter()
    env = {**os.environ, "TOOLKIT_SCHEMA_DIR": schema_dir, **dict(case.env)}
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert child.stderr is not None
    timer = threading.Timer(timeout, child.kill)
    timer.start()
    errors = child.stderr.read()  # drained so a chatty child never blocks on a full pipe
    _, status, usage = os.wait4(child.pid, 0)
    timer.cancel()
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen quiet
    # ru_maxrss is in KiB on Linux.
    first = errors.decode("utf-8", "replace").partition("\n")[0].replace(str(folder), "$TMP")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, child.returncode, first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--toolkit", default=shutil.which("toolkit") or "toolkit")
    parser.add_argument("--only", nargs="*", default=[], help="substrings of case names")
    parser.add_argument(
        "--schema-dir",
        default=os.environ.get("TOOLKIT_SCHEMA_DIR") or str(SHARED_STANDARDS),
        help="official schemas for convert's validation (default: ../shared/standards)",
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args()
    chosen = [c for c in cases() if not args.only or any(o in c.name for o in args.only)]
    if args.list:
        print("\n".join(c.name for c in chosen))
        return 0
    over = 0
    for case in chosen:
        with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
            seconds, cpu, megabytes, status, said = run(
                case, args.toolkit, Path(tmp), args.timeout, args.schema_dir
            )
        verdict = ""
        if case.limited and (min(seconds, cpu) > LIMIT_SECONDS or megabytes > LIMIT_MB):
            verdict = "  OVER the 10 s / 300 MB target"
            over += 1
        print(
            f"{case.name:<42} {seconds:6.2f} s wall {cpu:6.2f} s CPU {megabytes:5.0f} MB"
            f"  exit {status}{verdict}",
            flush=True,
        )
        if case.show_stderr:
            print(f"    {said[:150]}", flush=True)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
