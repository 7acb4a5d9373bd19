"""`toolkit check --diff` and `--fix`: the certain fixes as a unified diff, or applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.checker.fixes import Edit, apply_edits, certain_edits
from toolkit.cli import cli
from toolkit.findings import Finding, Severity

# straight quotes prevail, one curly quotation (NC301), a doubled phrase (NC502), a missing
# space after a closing quote (NC304), a run-on (NC501: no certain fix), a house name (NC103:
# names are never fixed)
STORY = (
    'LIMA, May 2, 2023 -- "We stay," said Moin Haq. "We wait," he said.\n'
    "\n"
    "Officials put the figure at put the figure at 300 tonnes of the “new quota”.\n"
    "\n"
    'The "plan"was out and boats stayed in port However, the ban ends soon.\n'
)
FIXED = (
    'LIMA, May 2, 2023 -- "We stay," said Moin Haq. "We wait," he said.\n'
    "\n"
    'Officials put the figure at 300 tonnes of the "new quota".\n'
    "\n"
    'The "plan" was out and boats stayed in port However, the ban ends soon.\n'
)
DIFF = "".join(
    line + "\n"
    for line in [
        "--- a/story.txt",
        "+++ b/story.txt",
        "@@ -1,5 +1,5 @@",
        ' LIMA, May 2, 2023 -- "We stay," said Moin Haq. "We wait," he said.',
        " ",  # an empty context line
        "-Officials put the figure at put the figure at 300 tonnes of the “new quota”.",
        '+Officials put the figure at 300 tonnes of the "new quota".',
        " ",
        '-The "plan"was out and boats stayed in port However, the ban ends soon.',
        '+The "plan" was out and boats stayed in port However, the ban ends soon.',
    ]
)
CONFIG = '[tool.toolkit]\nnames = { "Moin ul Haq" = ["Moin Haq"] }\n'


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def invoke(*args: str, data: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=data)
    return result.exit_code, result.stdout, result.stderr


def test_diff_prints_the_certain_fixes_and_writes_nothing(desk: Path) -> None:
    code, out, err = invoke("check", "--diff", "story.txt")
    assert (code, out, err) == (1, DIFF, "would fix 3 findings in 1 file\n")
    assert (desk / "story.txt").read_text(encoding="utf-8") == STORY


def test_fix_applies_them_and_reports_what_is_left(desk: Path) -> None:
    code, out, err = invoke("check", "--fix", "story.txt")
    assert (desk / "story.txt").read_text(encoding="utf-8") == FIXED
    assert err == "fixed 3 findings in 1 file\n"
    # what is left is placed in the fixed text: the name and the run-on are for people
    assert (code, out.splitlines()) == (
        1,
        [
            "story.txt:1:38: NC103 “Moin Haq” is written “Moin ul Haq” in house style",
            "story.txt:5:40: NC501 A full stop seems to be missing before “However”: "
            "“port However” runs two sentences together",
            "2 findings",
        ],
    )
    assert invoke("check", "--diff", "story.txt")[:2] == (0, "")  # nothing certain is left


def test_a_marked_up_document_is_not_fixed(desk: Path) -> None:
    from toolkit.readers import ReaderOptions, read_text
    from toolkit.writers import get_writer
    from toolkit.writers.options import WriterOptions

    article = read_text(STORY.encode(), ReaderOptions(source_path="story.txt"))
    document = get_writer("nitf")(article, WriterOptions())
    (desk / "story.xml").write_bytes(document)
    code, _, err = invoke("check", "--fix", "story.xml")
    assert (desk / "story.xml").read_bytes() == document
    assert "story.xml: not fixed: its text is not the text checked" in err
    assert code == 1


def test_diff_of_standard_input_and_refusals(desk: Path) -> None:
    code, out, _ = invoke("check", "--diff", "-", "--stdin-filename", "story.txt", data=STORY)
    assert (code, out) == (1, DIFF)
    code, _, err = invoke("check", "--fix", "-", data=STORY)
    assert code == 2 and "--fix writes files back; for standard input use --diff" in err
    code, _, err = invoke("check", "--fix", "--diff", "story.txt")
    assert code == 2 and "give one of them" in err


def _finding(start: int, end: int, fix: str, code: str = "NC301", safe: bool = True) -> Finding:
    return Finding(
        code, "m", Severity.WARNING, "a.txt", fix=fix, start=start, end=end, fix_safe=safe
    )


def test_certain_edits_skip_overlaps_and_uncertain_fixes() -> None:
    findings = [
        _finding(4, 8, "X"),
        _finding(6, 10, "Y"),  # overlaps the first: left for the next run
        _finding(0, 2, "Z", safe=False),  # a suggestion only
        _finding(12, 12, "!"),
    ]
    edits = certain_edits(findings)
    assert edits == [Edit(4, 8, "X", "NC301"), Edit(12, 12, "!", "NC301")]
    assert apply_edits("0123456789abcdef", edits) == "0123X89ab!cdef"
