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

Like is compared with like: each command-line tool runs once over the whole batch (one process
start and one schema compilation each), xmllint gets the same driver XSD as toolkit (G2 2.35
with NITF 3.6, so the inline NITF is validated too) and check-jsonschema the same ninjs file.
Each command is also run on a single document: that is its fixed cost (interpreter, imports,
schema compilation), and the rest of the batch's time divided by n-1 is its cost per document.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from toolkit.readers import ReaderOptions, read_text
from toolkit.validation import validate_document
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


Timing = tuple[float, float]  # (wall seconds, CPU seconds), each the best of the repeats


def in_process(paths: list[Path], schema_dir: Path, repeat: int, semantics: bool = True) -> Timing:
    validate_document(paths[0].read_bytes(), str(paths[0]), None, schema_dir)  # compile once
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        for path in paths:
            data = path.read_bytes()
            result = validate_document(data, str(path), None, schema_dir, semantic_checks=semantics)
            if not result.valid:
                sys.exit(f"bench document invalid: {path}: {result.findings[0].message}")
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return wall, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], repeat: int) -> Timing:
    """Best wall and CPU time of ``repeat`` runs of a command.

    The machine is shared, so the minimum is the signal; CPU time (the child's user + system
    time) is what the work cost even when other processes compete for the cores.
    """
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run(command, capture_output=True, check=False)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, _children_cpu() - started_cpu)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).decode(errors="replace").strip().splitlines()[-3:]
            sys.exit(f"{command[0]} failed ({done.returncode}): {' / '.join(tail)}")
    return wall, cpu


def per_document(count: int, batch: Timing, single: Timing) -> str:
    """The fixed cost (one document) and the marginal CPU cost of each further document."""
    marginal = max(batch[1] - single[1], 0.0) / max(count - 1, 1)
    return f"start-up {single[1] * 1e3:5.0f} ms CPU, then {marginal * 1e6:5.0f} µs CPU per document"


def rate(count: int, timing: Timing) -> str:
    wall, cpu = timing
    return (
        f"{count / wall:8.0f} docs/s wall ({wall:5.2f} s)   "
        f"{count / cpu:8.0f} docs/s CPU ({cpu:5.2f} s)"
    )


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
        check_ninjs = [check_jsonschema, "--schemafile", str(schema_dir / NINJS_SCHEMA)]
        check_newsml = [xmllint, "--noout", "--nonet", "--schema", str(schema_dir / G2_DRIVER)]
        figures = {
            "ninjs: toolkit (in-process)": in_process(ninjs, schema_dir, k),
            "ninjs: toolkit validate (CLI)": timed([*toolkit_cli, str(Path(tmp) / "ninjs")], k),
            "ninjs: check-jsonschema": timed(check_ninjs + [str(p) for p in ninjs], k),
            "newsml: toolkit (in-process)": in_process(newsml, schema_dir, k),
            "newsml: toolkit schema only": in_process(newsml, schema_dir, k, semantics=False),
            "newsml: toolkit validate (CLI)": timed([*toolkit_cli, str(Path(tmp) / "newsml")], k),
            "newsml: xmllint --schema": timed(check_newsml + [str(p) for p in newsml], k),
        }
        singles = {
            "ninjs: toolkit validate (CLI)": timed([*toolkit_cli, str(ninjs[0])], k),
            "ninjs: check-jsonschema": timed([*check_ninjs, str(ninjs[0])], k),
            "newsml: toolkit validate (CLI)": timed([*toolkit_cli, str(newsml[0])], k),
            "newsml: xmllint --schema": timed([*check_newsml, str(newsml[0])], k),
        }
    print(f"{n} ninjs 3.1 documents and {n} NewsML-G2 items")
    for label, timing in figures.items():
        print(f"  {label:32s} {rate(n, timing)}")
    ratios = {
        "toolkit in-process / check-jsonschema (ninjs, target >= 3)": (
            "ninjs: check-jsonschema",
            "ninjs: toolkit (in-process)",
        ),
        "toolkit CLI / check-jsonschema (ninjs)": (
            "ninjs: check-jsonschema",
            "ninjs: toolkit validate (CLI)",
        ),
        "toolkit in-process / xmllint (NewsML-G2, target >= 1)": (
            "newsml: xmllint --schema",
            "newsml: toolkit (in-process)",
        ),
        "toolkit schema only / xmllint (the same work as xmllint)": (
            "newsml: xmllint --schema",
            "newsml: toolkit schema only",
        ),
        "toolkit CLI / xmllint (NewsML-G2)": (
            "newsml: xmllint --schema",
            "newsml: toolkit validate (CLI)",
        ),
    }
    print("  where a command's time goes")
    for label, single in singles.items():
        print(f"  {label:32s} {per_document(n, figures[label], single)}")
    print("  ratios (docs/s of toolkit over the other tool)          wall     CPU")
    for label, (other, ours) in ratios.items():
        wall = figures[other][0] / figures[ours][0]
        cpu = figures[other][1] / figures[ours][1]
        print(f"  {label:56s} {wall:5.2f}x  {cpu:5.2f}x")


if __name__ == "__main__":
    main()
