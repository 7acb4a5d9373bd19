"""Our verdicts on IPTC's own test suites and example listings equal IPTC's labels.

The runs mirror IPTC's runners: ninjs' ``validation/python/runtests.py`` (format not asserted,
earlier compatible should_pass folders run against each later schema) and NewsML-G2's
``tests/`` selection for 2.35. Both go through :func:`validate_document`, with format and
semantic checks off, as IPTC runs the schema alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import STANDARDS
from toolkit.errors import InputError
from toolkit.validation import validate_document

NINJS = STANDARDS / "ninjs"
G2 = STANDARDS / "newsml-g2"

# version -> (should_pass folders, should_fail folders), as runtests.py pairs them.
# Not run: 1.x_dev and 2.x_dev, the pre-release drafts (ninjs-schema-dev_*): the schema
# catalog serves released versions only, and nobody emits a draft.
NINJS_PLAN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "1.0": (("1.0",), ("1.0",)),
    "1.1": (("1.0", "1.1"), ("1.1",)),
    "1.2": (("1.0", "1.1", "1.2"), ("1.2",)),
    "1.3": (("1.0", "1.1", "1.2", "1.3"), ("1.3",)),
    "1.4": (("1.0", "1.1", "1.2", "1.3", "1.4"), ("1.4",)),
    "1.5": (("1.0", "1.1", "1.2", "1.3", "1.4", "1.5"), ("1.5",)),
    "1.6": (("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6"), ("1.6",)),
    "2.0": (("2.0",), ("2.0",)),
    "2.1": (("2.0", "2.1"), ("2.1",)),
    "2.2": (("2.0", "2.1", "2.2"), ("2.1", "2.2")),
    "3.0": (("3.0",), ("3.0",)),
    "3.1": (("3.0", "3.1"), ("3.1",)),
}


def _cases(label: str) -> list[tuple[str, Path]]:
    cases = []
    for version, (passing, failing) in NINJS_PLAN.items():
        for folder in passing if label == "should_pass" else failing:
            cases += [
                (version, p) for p in sorted((NINJS / "test_suite" / folder / label).glob("*.json"))
            ]
    return cases


def _id(case: tuple[str, Path]) -> str:
    return f"{case[0]}:{case[1].parent.parent.name}/{case[1].name}"


def _suite_verdict(path: Path, kind: str) -> bool:
    """True when valid. Like runtests.py, a file that is not JSON counts as rejected."""
    try:
        result = validate_document(
            path.read_bytes(),
            str(path),
            kind,
            STANDARDS,
            format_checks=False,
            semantic_checks=False,
        )
    except InputError:
        return False
    return result.valid


@pytest.mark.parametrize("case", _cases("should_pass"), ids=_id)
def test_ninjs_suite_should_pass(standards_dir: Path, case: tuple[str, Path]) -> None:
    version, path = case
    assert _suite_verdict(path, f"ninjs@{version}") is True


@pytest.mark.parametrize("case", _cases("should_fail"), ids=_id)
def test_ninjs_suite_should_fail(standards_dir: Path, case: tuple[str, Path]) -> None:
    version, path = case
    assert _suite_verdict(path, f"ninjs@{version}") is False


def test_ninjs_suite_size(standards_dir: Path) -> None:
    assert (len(_cases("should_pass")), len(_cases("should_fail"))) == (662, 62)


# ninjs examples against the latest schema of their major version, top-level files only.
NINJS_EXAMPLES = {
    "examples/documentation/1.6": "1.6",
    "examples/documentation/2.2": "2.2",
    "examples/documentation/3.1": "3.1",
    "examples/2.1": "2.2",
    "examples/3.0": "3.1",
}
EXAMPLE_CASES = [
    (version, path)
    for folder, version in NINJS_EXAMPLES.items()
    for path in sorted((NINJS / folder).glob("*.json"))
]


@pytest.mark.parametrize("case", EXAMPLE_CASES, ids=_id)
def test_ninjs_examples_valid(standards_dir: Path, case: tuple[str, Path]) -> None:
    version, path = case
    assert _suite_verdict(path, f"ninjs@{version}") is True


def test_ninjs_examples_count(standards_dir: Path) -> None:
    assert len(EXAMPLE_CASES) == 52


@pytest.mark.parametrize("case", EXAMPLE_CASES, ids=_id)
def test_ninjs_examples_kind_detected(standards_dir: Path, case: tuple[str, Path]) -> None:
    """Without --kind, every example is read as its own major version."""
    version, path = case
    result = validate_document(path.read_bytes(), str(path), None, STANDARDS, format_checks=False)
    assert result.kind.removeprefix("ninjs@")[0] == version[0]


# NewsML-G2: IPTC's 2.35 selection of should_pass folders (tests/ in iptc/newsml-g2).
# 2.23, 2.27 and 2.28 are left out by IPTC itself for 2.35, as are NAR1.9 and dev.
G2_PASS_FOLDERS = (
    "2.35", "2.34", "2.33", "2.32", "2.31", "2.30", "2.29", "2.26", "2.25", "2.24", "2.22",
    "2.21", "2.20", "2.19", "2.18", "2.17", "2.16", "2.15", "2.14", "2.13", "2.12", "2.11",
    "2.10", "2.9",
)  # fmt: skip
# The W3C ODRL Policy inside rightsExpressionXML is demanded by a strict wildcard: the
# "newsml" kind loads ODRL 2.2 beside G2 and NITF, as IPTC's G2-multi-schema-2.35.xsd does.
G2_SKIPS: dict[str, str] = {}
G2_PASS = [
    p
    for v in G2_PASS_FOLDERS
    for p in sorted((G2 / "unit_test_files" / v / "should_pass").glob("*.xml"))
]


def _g2_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


@pytest.mark.parametrize("path", G2_PASS, ids=_g2_id)
def test_g2_unit_should_pass(standards_dir: Path, path: Path) -> None:
    if path.name in G2_SKIPS:
        pytest.skip(G2_SKIPS[path.name])
    result = validate_document(path.read_bytes(), str(path), None, STANDARDS, semantic_checks=False)
    assert (result.kind, result.valid) == ("newsml", True), result.findings[:1]


def test_g2_unit_should_pass_count(standards_dir: Path) -> None:
    assert len(G2_PASS) == 129


# IPTC ships no should_fail folder for 2.35; the older ones were labelled against their own
# version's schema. Rejected: by 2.35, or by the rules of the version the item declares
# (g2_versions: 2.29 needs a catalog, 2.18 has no @schemeretired). Accepted: the three that
# declare the version that allows them, or none (see test_iptc_labels.CONTRADICTED).
G2_STILL_FAILING = (
    "2.12/should_fail/xsany-on-hasinstrument.xml",
    "2.28/should_fail/2.29_retiring_scheme_schememeta.xml",
    "2.29/should_fail/001_incomplete_file.xml",
    "2.29/should_fail/002_newsitem_with_no_catalog.xml",
    "2.30/should_fail/CR00212_02_residrefformaturi_badly_formatted.xml",
    "2.33/should_fail/digitalSourceType_catalogItem.xml",
    "2.34/should_fail/CR00218_too_many_nested_related.xml",
)
_FEATURE_2_29 = "labelled against 2.28, tests a 2.29 feature"
G2_LEGAL_SINCE = {
    "2.28/should_fail/2.29_affiliation_org_org.xml": _FEATURE_2_29 + ", declares 2.29",
    "2.28/should_fail/2.29_retiring_scheme_scheme.xml": _FEATURE_2_29 + ", declares none",
    "2.30/should_fail/CR00215_hasInstrument_on_concept.xml": "labelled against 2.30; declares 2.31",
}


def test_g2_should_fail_folders_are_all_accounted_for(standards_dir: Path) -> None:
    found = {
        str(p.relative_to(G2 / "unit_test_files"))
        for p in G2.glob("unit_test_files/*/should_fail/*.xml")
    }
    assert found == set(G2_STILL_FAILING) | set(G2_LEGAL_SINCE)


@pytest.mark.parametrize("name", G2_STILL_FAILING)
def test_g2_unit_should_fail(standards_dir: Path, name: str) -> None:
    path = G2 / "unit_test_files" / name
    result = validate_document(path.read_bytes(), str(path), None, STANDARDS, semantic_checks=False)
    assert result.valid is False  # 001_incomplete_file is not well-formed: V001


@pytest.mark.parametrize("name", sorted(G2_LEGAL_SINCE))
def test_g2_unit_should_fail_made_legal_later(standards_dir: Path, name: str) -> None:
    pytest.skip(f"legal in NewsML-G2 2.35: {G2_LEGAL_SINCE[name]}")


def test_g2_item_without_catalog_breaks_the_rules_of_its_declared_version(
    standards_dir: Path,
) -> None:
    """The 2.35 schema accepts it (catalogs are optional since 2.30); it declares 2.29."""
    path = G2 / "unit_test_files/2.29/should_fail/002_newsitem_with_no_catalog.xml"
    result = validate_document(path.read_bytes(), "item.xml", None, STANDARDS)
    assert [(f.code, f.line, f.column, f.message) for f in result.findings] == [
        (
            "V110",
            2,
            1,
            "NewsML-G2 2.29 requires a catalogRef or catalog (optional only since 2.30)",
        )
    ]


# IPTC example listings: 29 of 35 valid; the 6 that fail are the ones the README names.
G2_INVALID_EXAMPLES = {
    "LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml",
    "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml",
    "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml",
    "LISTING_24_News_Message_conveying_a_complete_News_Package.xml",
    "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml",
    "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml",
}
G2_EXAMPLES = sorted((G2 / "examples").glob("*.xml"))


@pytest.mark.parametrize("path", G2_EXAMPLES, ids=lambda p: p.name)
def test_g2_examples(standards_dir: Path, path: Path) -> None:
    result = validate_document(path.read_bytes(), str(path), None, STANDARDS, semantic_checks=False)
    assert result.valid is (path.name not in G2_INVALID_EXAMPLES)


def test_g2_examples_count(standards_dir: Path) -> None:
    assert (len(G2_EXAMPLES), len(G2_INVALID_EXAMPLES)) == (35, 6)
