"""`toolkit check`, `toolkit rules`, `toolkit rule` through click, with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from toolkit.cli import cli

from ..conftest import SEED

SEED_TEXT = [
    f"{SEED}:13:310: NC501 A full stop seems to be missing before “At”: “foundation At” runs "
    "two sentences together",
    *[
        f"{SEED}:17:{column}: NC301 This quotation is in curly quotes but 6 of the article's 8 "
        "are in straight quotes (lines 1:121, 3:54, 3:153 and 3 more); use straight quotes"
        for column in (49, 183)
    ],
    f"{SEED}:25:243: NC302 “digital silk road” is written “Digital Silk Road” elsewhere "
    "(line 3:154); use one casing",
    "4 findings",
]
CLEAN = "HARBIN, Jan. 5, 2023 -- The ice festival opened on Thursday with 2,000 sculptures.\n"
RUN_ON = "LIMA, May 2, 2023 -- Fishing boats stayed in port However, the ban ends soon.\n"
DUPLICATE = "LIMA, May 3, 2023 -- Officials put the figure at put the figure at 300 tonnes.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of stories and no configuration above it."""
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "runon.txt").write_text(RUN_ON, encoding="utf-8")
    (tmp_path / "dup.txt").write_text(DUPLICATE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_seed_text_report(runner: CliRunner, desk: Path) -> None:
    code, out, err = invoke(runner, "check", str(SEED))
    assert (code, out.splitlines(), err) == (1, SEED_TEXT, "")


def test_clean_article_exits_zero(runner: CliRunner, desk: Path) -> None:
    assert invoke(runner, "check", "clean.txt") == (0, "0 findings\n", "")


def test_folder_walk_in_name_order(runner: CliRunner, desk: Path) -> None:
    code, out, _ = invoke(runner, "check", ".")
    assert code == 1
    assert out.splitlines() == [
        "dup.txt:1:32: NC502 The phrase “put the figure at” is repeated; delete one",
        "runon.txt:1:46: NC501 A full stop seems to be missing before “However”: "
        "“port However” runs two sentences together",
        "2 findings",
    ]


def test_unreadable_inputs_are_reported_and_the_batch_goes_on(
    runner: CliRunner, desk: Path
) -> None:
    (desk / "binary.txt").write_bytes(b"\x00\x01\xff\xfe")
    (desk / "empty.txt").write_bytes(b"")
    code, out, err = invoke(runner, "check", "binary.txt", "dup.txt", "empty.txt")
    assert code == 2
    assert err == "binary.txt: binary file, not text\nempty.txt: empty article\n"
    assert out.splitlines()[-2:] == ["1 finding", "2 files could not be checked"]


@pytest.mark.parametrize(
    ("args", "expected_code", "codes"),
    [
        (["--select", "NC5"], 1, ["NC502", "NC501"]),
        (["--select", "NC501"], 1, ["NC501"]),
        (["--ignore", "NC501,NC502"], 0, []),
        (["--select", "NC1,NC3"], 0, []),
        (["--fail-on", "error"], 0, ["NC502", "NC501"]),
        (["--exit-zero"], 0, ["NC502", "NC501"]),
    ],
)
def test_selection_and_threshold(
    runner: CliRunner, desk: Path, args: list[str], expected_code: int, codes: list[str]
) -> None:
    code, out, _ = invoke(runner, "check", *args, "--format", "jsonl", ".")
    assert code == expected_code
    assert [json.loads(line)["code"] for line in out.splitlines()] == codes


def test_config_in_pyproject(runner: CliRunner, desk: Path) -> None:
    (desk / "pyproject.toml").write_text(
        '[tool.toolkit]\nignore = ["NC502"]\nfail-on = "error"\n'
        '[tool.toolkit.severity]\nNC501 = "error"\n',
        encoding="utf-8",
    )
    code, out, _ = invoke(runner, "check", "--format", "jsonl", ".")
    assert code == 1
    assert [(r["code"], r["severity"]) for r in map(json.loads, out.splitlines())] == [
        ("NC501", "error"),
    ]
    # the command line beats the file
    code, out, _ = invoke(runner, "check", "--select", "NC502", "--format", "jsonl", ".")
    assert code == 0 and out == ""


def test_explicit_config_and_per_file_ignores(runner: CliRunner, desk: Path) -> None:
    config = desk / "house.toml"
    config.write_text('[per-file-ignores]\n"dup.txt" = ["NC5"]\n', encoding="utf-8")
    code, out, _ = invoke(runner, "check", "--config", str(config), ".")
    assert code == 1
    assert out.splitlines()[-1] == "1 finding"


def test_bad_config_is_a_usage_error(runner: CliRunner, desk: Path) -> None:
    (desk / "toolkit.toml").write_text('selct = ["NC1"]\n', encoding="utf-8")
    code, out, err = invoke(runner, "check", ".")
    assert (code, out) == (2, "")
    assert err == f"Error: {desk / 'toolkit.toml'}: unknown key 'selct' in [tool.toolkit]\n"


def test_output_file_and_statistics(runner: CliRunner, desk: Path) -> None:
    code, out, err = invoke(
        runner, "check", "--format", "sarif", "--output-file", "out/r.sarif", "--statistics", "."
    )
    assert code == 1 and out == ""
    assert err == "1  NC501  run-on-sentence\n1  NC502  repeated-words\n"
    log = json.loads((desk / "out" / "r.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["NC502", "NC501"]


def test_text_statistics(runner: CliRunner, desk: Path) -> None:
    _, out, _ = invoke(runner, "check", "--statistics", ".")
    assert out.splitlines()[-3:] == [
        "1  NC501  run-on-sentence",
        "1  NC502  repeated-words",
        "2 findings",
    ]


def test_baseline_round_trip_survives_moved_lines(runner: CliRunner, desk: Path) -> None:
    code, _, err = invoke(runner, "check", "--write-baseline", "baseline.json", ".")
    assert code == 0 and err == "wrote 2 findings to baseline.json\n"
    first = (desk / "baseline.json").read_bytes()
    invoke(runner, "check", "--write-baseline", "baseline.json", ".")
    assert (desk / "baseline.json").read_bytes() == first
    (desk / "dup.txt").write_text("\n\n" + DUPLICATE, encoding="utf-8")
    assert invoke(runner, "check", "--baseline", "baseline.json", ".") == (
        0,
        "0 findings (2 more in the baseline)\n",
        "",
    )


def test_a_walked_folder_skips_this_runs_own_files(runner: CliRunner, desk: Path) -> None:
    invoke(runner, "check", "--format", "json", "--output-file", "report.json", ".")
    code, _, err = invoke(runner, "check", "--format", "json", "--output-file", "report.json", ".")
    assert (code, err) == (1, "")
    (desk / "stray.json").write_text('{"format": 1}', encoding="utf-8")
    code, _, err = invoke(runner, "check", "--output-file", "report.txt", ".")
    assert code == 2
    assert "stray.json: not a ninjs document: no 'uri' (keys: 'format')" in err


def test_formats(runner: CliRunner, desk: Path) -> None:
    _, out, _ = invoke(runner, "check", "--format", "github", "runon.txt")
    assert out.splitlines()[0].startswith(
        "::warning file=runon.txt,line=1,col=46,endLine=1,endColumn=58,title=NC501::"
    )
    _, out, _ = invoke(runner, "check", "--format", "junit", ".")
    assert out.count("<testcase ") == 3 and out.count("<failure ") == 2
    _, out, _ = invoke(runner, "check", "--format", "gitlab", ".")
    assert [i["check_name"] for i in json.loads(out)] == ["NC502", "NC501"]


def test_across_articles(runner: CliRunner, desk: Path) -> None:
    (desk / "a.txt").write_text(
        "MOSCOW, June 1, 2023 -- Navy spokesman Igor Dyagalo said the drill ended.\n",
        encoding="utf-8",
    )
    (desk / "b.txt").write_text(
        "MOSCOW, June 2, 2023 -- Navy spokesman Igor Dygalo said two ships returned.\n",
        encoding="utf-8",
    )
    code, out, _ = invoke(runner, "check", "--select", "NC102", "a.txt", "b.txt", "clean.txt")
    assert code == 1
    assert out.splitlines() == [
        "b.txt:1:40: NC102 “Igor Dygalo” is spelled “Igor Dyagalo” in a.txt (line 1:40); "
        "use one spelling",
        "1 finding",
    ]


def test_rules_list(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "rules")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["NC101", "name-variant", "warning"]
    assert [line.split()[0] for line in lines] == [
        "NC101",
        "NC102",
        "NC103",
        "NC104",
        "NC201",
        "NC301",
        "NC302",
        "NC303",
        "NC304",
        "NC305",
        "NC306",
        "NC401",
        "NC402",
        "NC403",
        "NC501",
        "NC502",
    ]


def test_rule_doc(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "rule", "nc501")
    assert code == 0
    assert out.startswith(
        "NC501 run-on-sentence (warning, article scope)\n\n"
        "A sentence runs into the next one because its full stop is missing.\n\nWhat it flags:\n"
    )
    assert "Use instead:\n    The plant will double its output by 2027. The company" in out


def test_rule_by_name_is_the_rule_by_code(runner: CliRunner) -> None:
    by_name = invoke(runner, "rule", "name-variant")
    assert by_name[0] == 0
    assert by_name == invoke(runner, "rule", "NC101")


def test_rules_as_json(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "rules", "--format", "json")
    assert code == 0
    rules = json.loads(out)
    assert len(rules) == 16
    assert {k: v for k, v in rules[0].items() if k != "doc"} == {
        "code": "NC101",
        "name": "name-variant",
        "severity": "warning",
        "scope": "article",
        "summary": rules[0]["doc"].splitlines()[0],
    }
    assert "What it flags:" in rules[0]["doc"]


def test_unknown_rule(runner: CliRunner) -> None:
    code, _, err = invoke(runner, "rule", "XX1")
    assert code == 2
    assert "unknown rule 'XX1'; `toolkit rules` lists them" in err


@pytest.mark.parametrize("writer", ["ninjs", "nitf", "newsml"])
def test_other_input_formats_are_read(runner: CliRunner, desk: Path, writer: str) -> None:
    from toolkit.readers import ReaderOptions, read_text
    from toolkit.writers import get_writer
    from toolkit.writers.options import WriterOptions

    article = read_text(SEED.read_bytes(), ReaderOptions(source_path="seed.txt"))
    (desk / "seed.doc").write_bytes(get_writer(writer)(article, WriterOptions()))
    code, out, err = invoke(runner, "check", "--format", "jsonl", "seed.doc")
    assert (code, err) == (1, "")
    assert [json.loads(line)["code"] for line in out.splitlines()] == [
        "NC501",
        "NC301",
        "NC301",
        "NC302",
    ]


def test_sarif_from_the_command_line_validates(runner: CliRunner, desk: Path) -> None:
    from ..report.test_reporters import sarif_schema

    schema = sarif_schema()
    _, out, _ = invoke(runner, "check", "--format", "sarif", str(SEED), "clean.txt")
    jsonschema.Draft7Validator(schema).validate(json.loads(out))


def test_html_report_gets_the_text(runner: CliRunner, desk: Path) -> None:
    code, out, _ = invoke(runner, "check", "--format", "html", "runon.txt")
    assert code == 1
    assert out.startswith("<!DOCTYPE html>")
    assert 'Fishing boats stayed in <mark id="f-1-1"' in out


def test_input_format_limits_the_folder_walk(runner: CliRunner, desk: Path) -> None:
    (desk / "settings.xml").write_text("<config><a/></config>", encoding="utf-8")
    code, _, err = invoke(runner, "check", ".")
    assert (code, err) == (2, "settings.xml: not a NewsML-G2 newsItem (root element <config>)\n")
    code, out, err = invoke(runner, "check", "--input-format", "text", ".")
    assert (code, err) == (1, "")
    assert out.splitlines()[-1] == "2 findings"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "NC9"], "Invalid value for --select: unknown rule code or prefix 'NC9'"),
        (["--ignore", "NC5,NC1l"], "--ignore: unknown rule code or prefix 'NC1l'"),
    ],
)
def test_unknown_selectors_on_the_command_line_are_usage_errors(
    runner: CliRunner, desk: Path, args: list[str], message: str
) -> None:
    code, out, err = invoke(runner, "check", *args, ".")
    assert (code, out) == (2, "")
    assert message in err


def test_unknown_selector_in_the_config_names_file_and_key(runner: CliRunner, desk: Path) -> None:
    (desk / "pyproject.toml").write_text('[tool.toolkit]\nselect = ["NC10l"]\n', encoding="utf-8")
    code, out, err = invoke(runner, "check", ".")
    assert (code, out) == (2, "")
    assert err == (
        f"Error: {desk / 'pyproject.toml'}: select: unknown rule code or prefix 'NC10l' "
        "(`toolkit rules` lists them)\n"
    )


def test_invalid_toml_in_tool_toolkit_is_an_error(runner: CliRunner, desk: Path) -> None:
    (desk / "pyproject.toml").write_text('[tool.toolkit]\nignore = ["NC502"\n', encoding="utf-8")
    code, out, err = invoke(runner, "check", ".")
    assert (code, out) == (2, "")
    assert err.startswith(f"Error: {desk / 'pyproject.toml'}: not valid TOML: ")


def test_each_file_takes_the_nearest_config_and_its_relative_globs(
    runner: CliRunner, desk: Path
) -> None:
    (desk / "toolkit.toml").write_text('ignore = ["NC502"]\n', encoding="utf-8")
    wire = desk / "desk" / "wire"
    wire.mkdir(parents=True)
    (wire.parent / "toolkit.toml").write_text(
        '[per-file-ignores]\n"wire/runon.txt" = ["NC501"]\n', encoding="utf-8"
    )
    for name in ("runon.txt", "dup.txt"):
        (wire / name).write_text((desk / name).read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = invoke(runner, "check", "--format", "jsonl", ".")
    assert code == 1
    assert [(r["path"], r["code"]) for r in map(json.loads, out.splitlines())] == [
        ("desk/wire/dup.txt", "NC502"),  # desk/toolkit.toml does not ignore NC502
        ("runon.txt", "NC501"),  # the top config ignores NC502 only
    ]


def test_a_broken_config_below_is_a_problem_of_its_files(runner: CliRunner, desk: Path) -> None:
    (desk / "sub").mkdir()
    (desk / "sub" / "toolkit.toml").write_text("select = [\n", encoding="utf-8")
    (desk / "sub" / "dup.txt").write_text(DUPLICATE, encoding="utf-8")
    code, out, err = invoke(runner, "check", ".")
    assert code == 2
    assert err.startswith(f"sub/dup.txt: {desk / 'sub' / 'toolkit.toml'}: not valid TOML: ")
    assert out.splitlines()[-2:] == ["2 findings", "1 file could not be checked"]


def test_the_report_file_is_not_checked_under_another_name(runner: CliRunner, desk: Path) -> None:
    # a link to this run's report, walked in the folder: still this run's own file
    (desk / "alias.txt").symlink_to(desk / "report.txt")
    (desk / "report.txt").write_text(RUN_ON, encoding="utf-8")
    code, _, err = invoke(runner, "check", ".", "--output-file", "report.txt", "--select", "NC5")
    report = (desk / "report.txt").read_text(encoding="utf-8")
    assert (code, err) == (1, "")
    assert "runon.txt:" in report
    assert "alias.txt" not in report and "report.txt:" not in report
