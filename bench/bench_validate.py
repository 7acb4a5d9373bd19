"""Validation throughput: toolkit validate against check-jsonschema and xmllint, one run.

    python bench/bench_validate.py [-n 1000] [--schema-dir ../shared/standards]

Builds n ninjs 3.1 documents and n NewsML-G2 items (NITF inline) from the seeds through the
writers, each with its own id, then times, over the same files:

* toolkit's validation in-process (``validate_document`` per file, schemas already compiled),
* the ``toolkit validate`` CLI once over each folder (a fresh process, compilation included),
* ``check-jsonschema --schemafile <ninjs 3.1 schema>`` over the ninjs files,
* ``xmllint --noout --schema <NewsML-G2 + NITF driver>`` over the NewsML-G2 files,
* toolkit in-process with semantic checks off, which is the work xmllint does,

and prints documents per second for each, and the ratios. Targets: toolkit at least 3x
check-jsonschema's rate on ninjs, and at least xmllint's rate on NewsML-G2.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from toolkit.readers import ReaderOptions, read_text
from toolkit.validate import validate_document
from toolkit.writers import WriterOptions, write_newsml, write_ninjs

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_SCHEMAS = REPO.parent / "shared" / "standards"
NINJS_SCHEMA = "ninjs/schemas/ninjs-schema_3.1.json"
G2_DRIVER = "newsml-g2/NewsML-G2_2.35-with-NITF-3.6.xsd"


def build(count: int, folder: Path) -> tuple[list[Path], list[Path]]:
    """``count`` ninjs and ``count`` NewsML-G2 files, cycling through the seeds."""
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    articles = [read_text(s.read_bytes(), ReaderOptions(source_path=str(s))) for s in seeds]
    options = WriterOptions()
    (folder / "ninjs").mkdir()
    (folder / "newsml").mkdir()
    ninjs, newsml = [], []
    for index in range(count):
        article = articles[index % len(articles)]
        article = replace(article, id=f"{article.id}-{index:05d}")
        ninjs.append(folder / "ninjs" / f"{article.id}.json")
        ninjs[-1].write_bytes(write_ninjs(article, options))
        newsml.append(folder / "newsml" / f"{article.id}.xml")
        newsml[-1].write_bytes(write_newsml(article, options))
    return ninjs, newsml


def in_process(paths: list[Path], schema_dir: Path, repeat: int, semantics: bool = True) -> float:
    validate_document(paths[0].read_bytes(), str(paths[0]), None, schema_dir)  # compile once
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for path in paths:
            data = path.read_bytes()
            result = validate_document(data, str(path), None, schema_dir, semantic_checks=semantics)
            if not result.valid:
                sys.exit(f"bench document invalid: {path}: {result.findings[0].message}")
        best = min(best, time.perf_counter() - started)
    return best


def timed(command: list[str], repeat: int) -> float:
    """Best wall time of ``repeat`` runs (the machine is shared; the minimum is the signal)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).decode(errors="replace").strip().splitlines()[-3:]
            sys.exit(f"{command[0]} failed ({done.returncode}): {' / '.join(tail)}")
        best = min(best, elapsed)
    return best


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:10.0f} docs/s  ({seconds:6.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="documents of each kind")
    parser.add_argument("--schema-dir", type=Path, default=DEFAULT_SCHEMAS)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args()
    schema_dir: Path = args.schema_dir.resolve()
    bin_dir = Path(sys.executable).parent
    check_jsonschema = shutil.which("check-jsonschema", path=str(bin_dir)) or "check-jsonschema"
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        sys.exit("xmllint not found: apt-get install -y libxml2-utils")

    with tempfile.TemporaryDirectory(prefix="bench-validate-") as tmp:
        ninjs, newsml = build(args.n, Path(tmp))
        n, k = args.n, args.repeat
        toolkit_cli = [str(bin_dir / "toolkit"), "validate", "--schema-dir", str(schema_dir)]
        figures = {
            "ninjs: toolkit (in-process)": in_process(ninjs, schema_dir, k),
            "ninjs: toolkit validate (CLI)": timed([*toolkit_cli, str(Path(tmp) / "ninjs")], k),
            "ninjs: check-jsonschema": timed(
                [check_jsonschema, "--schemafile", str(schema_dir / NINJS_SCHEMA)]
                + [str(p) for p in ninjs],
                k,
            ),
            "newsml: toolkit (in-process)": in_process(newsml, schema_dir, k),
            "newsml: toolkit schema only": in_process(newsml, schema_dir, k, semantics=False),
            "newsml: toolkit validate (CLI)": timed([*toolkit_cli, str(Path(tmp) / "newsml")], k),
            "newsml: xmllint --schema": timed(
                [xmllint, "--noout", "--nonet", "--schema", str(schema_dir / G2_DRIVER)]
                + [str(p) for p in newsml],
                k,
            ),
        }
    print(f"{n} ninjs 3.1 documents and {n} NewsML-G2 items")
    for label, seconds in figures.items():
        print(f"  {label:32s} {rate(n, seconds)}")
    ratios = {
        "toolkit in-process / check-jsonschema (ninjs, target >= 3)": (
            figures["ninjs: check-jsonschema"] / figures["ninjs: toolkit (in-process)"]
        ),
        "toolkit CLI / check-jsonschema (ninjs)": (
            figures["ninjs: check-jsonschema"] / figures["ninjs: toolkit validate (CLI)"]
        ),
        "toolkit in-process / xmllint (NewsML-G2, target >= 1)": (
            figures["newsml: xmllint --schema"] / figures["newsml: toolkit (in-process)"]
        ),
        "toolkit schema only / xmllint (same work as xmllint)": (
            figures["newsml: xmllint --schema"] / figures["newsml: toolkit schema only"]
        ),
        "toolkit CLI / xmllint (NewsML-G2)": (
            figures["newsml: xmllint --schema"] / figures["newsml: toolkit validate (CLI)"]
        ),
    }
    for label, value in ratios.items():
        print(f"  {label:56s} {value:5.2f}x")


if __name__ == "__main__":
    main()
