"""Plain `toolkit validate FILE` gives IPTC's label on every labelled file of its suites.

Every file under ``should_pass``/``should_fail`` of the ninjs test suite and of the NewsML-G2
unit tests goes through the command line as a user runs it: no --kind, no option, the schema
folder from ``$TOOLKIT_SCHEMA_DIR``. should_pass must exit 0, should_fail must exit 1.

Seven files carry a label that no reading of the document alone can give: each has a twin
in a later version's should_pass folder holding the same document, labelled the other way,
because IPTC ran it against an older schema than the one the document declares or implies.
For those the test asserts the twin, and that naming the older version (ninjs) gives IPTC's
label.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tests.conftest import STANDARDS
from toolkit.cli import cli

pytestmark = pytest.mark.standards

SUITES = (STANDARDS / "ninjs" / "test_suite", STANDARDS / "newsml-g2" / "unit_test_files")
LABELS = ("should_pass", "should_fail")
LABELLED = sorted(
    path
    for suite in SUITES
    for label in LABELS
    for path in suite.glob(f"*/{label}/*")
    if path.is_file()
)

# file -> (its twin with the opposite label, the --kind that gives IPTC's label, or None)
CONTRADICTED: dict[str, tuple[str, str | None]] = {
    "ninjs/test_suite/1.0/should_fail/014_type_component.json": (
        "ninjs/test_suite/1.2/should_pass/003_type_component.json",
        "ninjs@1.0",
    ),
    "ninjs/test_suite/1.0/should_fail/016_infosource.json": (
        "ninjs/test_suite/1.2/should_pass/009_infosource_simple.json",
        "ninjs@1.0",
    ),
    "ninjs/test_suite/1.1/should_fail/001_type_component.json": (
        "ninjs/test_suite/1.2/should_pass/003_type_component.json",
        "ninjs@1.1",
    ),
    "ninjs/test_suite/1.1/should_fail/002_infosource.json": (
        "ninjs/test_suite/1.2/should_pass/009_infosource_simple.json",
        "ninjs@1.1",
    ),
    # The G2 three are the 2.29 / 2.31 should_pass files byte for byte (less whitespace):
    # they declare the version that allows them (or none) and are labelled against 2.28/2.30.
    "newsml-g2/unit_test_files/2.28/should_fail/2.29_affiliation_org_org.xml": (
        "newsml-g2/unit_test_files/2.29/should_pass/CR00208_affiliation_org_org.xml",
        None,
    ),
    "newsml-g2/unit_test_files/2.28/should_fail/2.29_retiring_scheme_scheme.xml": (
        "newsml-g2/unit_test_files/2.29/should_pass/CR00209_retiring_scheme_scheme.xml",
        None,
    ),
    "newsml-g2/unit_test_files/2.30/should_fail/CR00215_hasInstrument_on_concept.xml": (
        "newsml-g2/unit_test_files/2.31/should_pass/CR00215_hasInstrument_on_concept.xml",
        None,
    ),
}


def _name(path: Path) -> str:
    return str(path.relative_to(STANDARDS))


def _plain(*args: str) -> int:
    result = CliRunner().invoke(
        cli, ["validate", *args], env={"TOOLKIT_SCHEMA_DIR": str(STANDARDS)}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code


def test_every_labelled_file_is_counted(standards_dir: Path) -> None:
    counts = {
        (suite.parent.name, label): sum(p.parent.name == label and suite in p.parents
                                        for p in LABELLED)
        for suite in SUITES
        for label in LABELS
    }  # fmt: skip
    assert counts == {
        ("ninjs", "should_pass"): 158,
        ("ninjs", "should_fail"): 70,
        ("newsml-g2", "should_pass"): 151,
        ("newsml-g2", "should_fail"): 10,
    }
    assert len(LABELLED) == 389


@pytest.mark.parametrize("path", LABELLED, ids=_name)
def test_plain_validate_gives_the_label(standards_dir: Path, path: Path) -> None:
    expected = 0 if path.parent.name == "should_pass" else 1
    if _name(path) in CONTRADICTED:
        expected = 0  # the verdict of its twin: see test_contradicted_labels
    assert _plain(str(path)) == expected


def _same_document(one: Path, other: Path) -> bool:
    if one.suffix == ".json":
        # The ninjs twins use the same properties with the same values' types (a headline
        # saying "should fail in 1.0" aside): the same document as far as any schema can see.
        def shape(path: Path) -> dict[str, object]:
            document = json.loads(path.read_bytes())
            return {
                key: value if key == "type" else type(value).__name__
                for key, value in document.items()
                if key != "headline"
            }

        return shape(one) == shape(other)
    parser = etree.XMLParser(remove_blank_text=True, remove_comments=True)
    return etree.tostring(etree.parse(str(one), parser), method="c14n") == etree.tostring(
        etree.parse(str(other), parser), method="c14n"
    )


@pytest.mark.parametrize("name", sorted(CONTRADICTED))
def test_contradicted_labels(standards_dir: Path, name: str) -> None:
    twin, kind = CONTRADICTED[name]
    path, twin_path = STANDARDS / name, STANDARDS / twin
    assert (path.parent.name, twin_path.parent.name) == ("should_fail", "should_pass")
    assert _same_document(path, twin_path)
    assert (_plain(str(path)), _plain(str(twin_path))) == (0, 0)
    if kind is not None:
        assert _plain("--kind", kind, str(path)) == 1
