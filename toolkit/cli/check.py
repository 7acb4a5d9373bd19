"""`toolkit check`, `toolkit rules`, `toolkit rule CODE`: the consistency checker."""

from __future__ import annotations

import copy
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toolkit import __version__, files
from toolkit.api import ARTICLE_SUFFIXES
from toolkit.checker.baseline import BaselineFilter, build_baseline, parse_baseline
from toolkit.checker.config import (
    CheckConfig,
    ConfigFinder,
    check_selectors,
    find_config,
    load_config,
)
from toolkit.checker.engine import BatchFindings, selected_rules
from toolkit.checker.fixes import apply_edits, certain_edits, unified_diff
from toolkit.checker.rules import RULES
from toolkit.cli.exits import FINDINGS, OK, USAGE, SetupError
from toolkit.cli.options import (
    InputPath,
    encoding_option,
    exclude_option,
    excluded,
    follow_symlinks_option,
    jobs_option,
    max_bytes_option,
    scheduler_option,
    stdin_filename_option,
    stdin_paths,
)
from toolkit.errors import ToolkitError
from toolkit.findings import Finding, Severity
from toolkit.parallel import engine_from
from toolkit.readers import ReaderOptions
from toolkit.readers.options import DEFAULT_MAX_BYTES
from toolkit.report import (
    HUMAN_READABLE,
    REPORTERS,
    Problem,
    ReportContext,
    Summary,
    get_reporter,
)
from toolkit.report.base import DocumentReporter, offer_document, statistics_lines
from toolkit.tasks import CheckedFile, Unreadable, check_file

if TYPE_CHECKING:
    from toolkit.dask import Cluster

# Where a newsroom publishes `toolkit rule CODE` pages ({code} is replaced); SARIF and the HTML
# report link to it. Unset by default: the toolkit has no public docs site to point at, and
# SARIF already carries each rule's full documentation.
RULE_HELP_URI_ENV = "TOOLKIT_RULE_HELP_URI"
# Folders are walked for these (by --input-format); files named on the command line are
# always read.
INPUT_SUFFIXES = {
    "auto": ARTICLE_SUFFIXES,
    "text": frozenset({".txt"}),
    "newsmlg2": frozenset({".xml"}),
    "nitf": frozenset({".xml"}),
    "ninjs": frozenset({".json"}),
}
_SEVERITIES = [s.value for s in Severity]


def _codes(values: tuple[str, ...]) -> list[str]:
    """``--select NC1,NC3 --select NC5`` -> ["NC1", "NC3", "NC5"]."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def _load_config(config_path: Path | None) -> CheckConfig:
    try:
        found = config_path or find_config(Path.cwd())
        return load_config(found) if found else CheckConfig()
    except ToolkitError as error:
        raise SetupError(str(error)) from None


def _selection_option(values: tuple[str, ...], option: str) -> list[str]:
    codes = _codes(values)
    try:
        check_selectors(codes, option, "command line")
    except ToolkitError as error:
        message = str(error).removeprefix(f"command line: {option}: ")
        raise click.BadParameter(message, param_hint=option) from None
    return codes


class _Inputs:
    """Articles checked one by one (in worker processes when there are several); a file that
    cannot be read is recorded and skipped. Results come in the order of the files."""

    def __init__(
        self,
        paths: tuple[str, ...],
        options: ReaderOptions,
        forced: str | None,
        exclude: tuple[str, ...],
        own_files: tuple[Path | None, ...] = (),
        stdin_name: str | None = None,
        follow_symlinks: bool = False,
    ):
        self.paths = paths
        # Set when the input is standard input: the name it is reported under.
        self.stdin_name = stdin_name
        self.exclude = exclude
        self.follow_symlinks = follow_symlinks
        # The baseline and report files of this run are not articles, even in a walked folder.
        self.own_files = frozenset(path.resolve() for path in own_files if path is not None)
        # Their names: a walked file of another name that is no link is none of them, known
        # without resolving its path (a third of the parent's time per article).
        self.own_names = frozenset(path.name for path in self.own_files)
        self.options = options
        self.forced = forced
        self.documents: list[str] = []
        self.problems: list[Problem] = []
        # Of the problems, how many were unexpected exceptions (bugs): they make the exit
        # status 1, as a failed article does in convert, while unreadable inputs make it 2.
        self.internal_errors = 0

    def checked(
        self,
        configs: ConfigFinder | CheckConfig,
        keep_text: bool,
        jobs: int | None,
        cluster: Cluster | None,
    ) -> Iterator[CheckedFile]:
        """Each readable file checked with its own configuration (``configs`` finds it per
        file, or is the one --config names)."""
        suffixes = INPUT_SUFFIXES[self.forced or "auto"]
        batch_config = configs.default if isinstance(configs, ConfigFinder) else configs
        task = partial(
            check_file,
            reader=self.forced,
            options=self.options,
            batch_config=batch_config,
            keep_text=keep_text,
        )

        def items() -> Iterator[tuple[str, CheckConfig]]:
            walked = files.iter_input_files(
                self.paths,
                suffixes,
                exclude=self.exclude,
                on_error=self._problem,
                follow_symlinks=self.follow_symlinks,
            )
            for path in walked:
                own = path.name in self.own_names or path.is_symlink()
                if own and path.resolve() in self.own_files:
                    continue
                if not isinstance(configs, ConfigFinder):
                    yield str(path), configs
                    continue
                try:
                    yield str(path), configs.for_file(path)
                except ToolkitError as error:  # a broken config below the working folder
                    self._problem(str(path), str(error))

        results: Iterator[CheckedFile | Unreadable] = (
            iter([self._stdin_checked(configs, task)])
            if self.stdin_name is not None
            else engine_from(jobs, cluster).map(task, items())
        )
        for result in results:
            if not isinstance(result, CheckedFile):
                self._problem(result.path, result.problem)
                self.internal_errors += result.internal
                continue
            self.documents.append(result.path)
            for warning in result.warnings:
                click.echo(f"{result.path}: warning: {warning}", err=True)
            yield result

    def _stdin_checked(
        self,
        configs: ConfigFinder | CheckConfig,
        task: Callable[..., CheckedFile | Unreadable],
    ) -> CheckedFile | Unreadable:
        """Standard input checked under its name, with the configuration that name would
        take (--stdin-filename)."""
        name = self.stdin_name or files.STDIN
        try:
            data = files.read_stdin(self.options.max_bytes)
            config = configs.for_file(name) if isinstance(configs, ConfigFinder) else configs
        except ToolkitError as error:
            return Unreadable(name, str(error))
        return task((name, config), data=data)

    def _problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))
        click.echo(f"{path}: {message}", err=True)


@click.command(name="check")
@click.argument("paths", nargs=-1, required=True, type=InputPath(exists=True, allow_dash=True))
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(sorted(REPORTERS)),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--output-file",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (atomically) instead of standard output.",
)
@click.option("--select", multiple=True, help="Codes or prefixes to run (NC1,NC301; ALL).")
@click.option("--ignore", multiple=True, help="Codes or prefixes to skip, on top of the config.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A pyproject.toml ([tool.toolkit]) or toolkit.toml; default: the nearest one upward.",
)
@click.option(
    "--fail-on",
    type=click.Choice(_SEVERITIES),
    help="Lowest severity that makes the exit status 1 (default: config, else warning).",
)
@click.option(
    "--exit-zero",
    is_flag=True,
    help="Exit 0 even when there are findings (still 2 for usage errors and unreadable inputs).",
)
@click.option("--statistics", is_flag=True, help="Also print the number of findings per code.")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Hide findings listed in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record the current findings in this baseline file and exit 0.",
)
@click.option(
    "--input-format",
    type=click.Choice(list(INPUT_SUFFIXES)),
    default="auto",
    show_default=True,
    help="Reader for the inputs; auto sniffs each file. Folders are walked for .txt (text), "
    ".xml (newsmlg2, nitf), .json (ninjs) or all three (auto).",
)
@click.option("--year", type=click.IntRange(1800, 2200), help="Year for datelines that give none.")
@click.option(
    "--diff",
    is_flag=True,
    help="Print the certain fixes (quote marks, spacing, house terms, doubled phrases) as a "
    "unified diff instead of the report; write nothing. Exit 1 when there is one.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the certain fixes to the text files (each written atomically) and report "
    "what is left. Names and titles are never changed.",
)
@max_bytes_option(DEFAULT_MAX_BYTES)
@encoding_option
@stdin_filename_option
@exclude_option
@follow_symlinks_option
@jobs_option
@scheduler_option
def check_command(
    paths: tuple[str, ...],
    output_format: str,
    output_file: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: Path | None,
    fail_on: str | None,
    exit_zero: bool,
    statistics: bool,
    baseline_path: Path | None,
    write_baseline: Path | None,
    input_format: str,
    year: int | None,
    diff: bool,
    fix: bool,
    max_bytes: int,
    encoding: str | None,
    stdin_filename: str | None,
    exclude: tuple[str, ...],
    follow_symlinks: bool,
    jobs: int | None,
    cluster: Cluster | None,
) -> None:
    """Check articles (files or folders, or `-` for standard input) for inconsistencies an
    editor would fix.

    Positions are line:col of the file checked: for NewsML-G2, NITF and ninjs inputs, the
    line and column in the XML or JSON document where the text the reader extracted stands.

    Exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage errors or unreadable
    inputs (each reported as `path: problem` while the rest are checked).
    """
    from_stdin = stdin_paths(paths, stdin_filename)
    if diff and fix:
        raise click.UsageError("--diff shows the fixes --fix would make: give one of them")
    if fix and from_stdin:
        raise click.UsageError("--fix writes files back; for standard input use --diff")
    selected = _selection_option(select, "--select") or None
    ignored = _selection_option(ignore, "--ignore")

    def adjust(found: CheckConfig) -> CheckConfig:
        return replace(found, selection=found.selection.override(selected, ignored))

    config = adjust(_load_config(config_path))
    # Without --config each file takes the nearest configuration above it (as ruff does);
    # the batch rules and the exit threshold follow the one of the working folder.
    configs: ConfigFinder | CheckConfig = (
        config if config_path is not None else ConfigFinder(config, adjust)
    )
    threshold = Severity(fail_on) if fail_on else (config.fail_on or Severity.WARNING)
    known = None
    if baseline_path is not None:
        try:
            known = parse_baseline(baseline_path.read_bytes(), str(baseline_path))
        except ToolkitError as error:
            raise SetupError(str(error)) from None
    rules = {rule.code: rule.rule_doc for rule in selected_rules(config)}
    documented = {config.path}
    context = ReportContext(
        rules=rules,
        version=__version__,
        help_uri=os.environ.get(RULE_HELP_URI_ENV) or None,
        statistics=statistics and output_format in HUMAN_READABLE,
    )
    reporter = get_reporter(output_format, context)
    inputs = _Inputs(
        paths,
        ReaderOptions(year=year, max_bytes=max_bytes, encoding=encoding),
        None if input_format == "auto" else input_format,
        excluded(exclude),
        own_files=(baseline_path, write_baseline, output_file),
        stdin_name=(stdin_filename or files.STDIN) if from_stdin else None,
        follow_symlinks=follow_symlinks,
    )
    out: io.StringIO | None = io.StringIO() if output_file or write_baseline else None

    def emit(text: str) -> None:
        if not text:
            return
        if out is not None:
            out.write(text)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()

    baseline = BaselineFilter(known) if known is not None else None
    everything: list[Finding] = []
    counts: Counter[str] = Counter()
    worst: Severity | None = None
    batch = BatchFindings(config)  # only the name keys and positions the batch rules need

    def visible(findings: list[Finding]) -> list[Finding]:
        if write_baseline is not None:  # else findings stream past: memory flat over a batch
            everything.extend(findings)
        return list(baseline.filter(findings)) if baseline else findings

    def report(shown: list[Finding]) -> None:
        nonlocal worst
        if diff:
            return  # the diff is the output
        for finding in shown:
            counts[finding.code] += 1
            if worst is None or finding.severity.rank > worst.rank:
                worst = finding.severity
            emit(reporter.handle(finding))

    fixer = _Fixer(write=fix) if diff or fix else None
    if not diff:
        emit(reporter.start())
    keep_text = isinstance(reporter, DocumentReporter) or fixer is not None

    def recheck(path: str) -> CheckedFile | Unreadable:
        own = configs.for_file(Path(path)) if isinstance(configs, ConfigFinder) else configs
        return check_file((path, own), inputs.forced, inputs.options, config, keep_text)

    for checked in inputs.checked(configs, keep_text, jobs, cluster):
        if fixer is not None:
            # the fixes of the findings the report would show (a copy of the baseline's
            # counts: the real one is spent once, on what is reported)
            preview = list(copy.deepcopy(baseline).filter(checked.findings)) if baseline else []
            checked = fixer.take(checked, preview if baseline else list(checked.findings), recheck)
            emit(fixer.diff)
        shown = visible(list(checked.findings))
        if checked.text is not None and not diff:
            emit(offer_document(reporter, checked.path, checked.text))
        report(shown)
        own = configs.for_file(checked.path) if isinstance(configs, ConfigFinder) else None
        if own is not None and own is not config and own.path not in documented:
            documented.add(own.path)  # a folder's own config may run more rules
            rules.update((rule.code, rule.rule_doc) for rule in selected_rules(own))
        batch.add(checked.name, checked.summaries, own)
    report(visible(batch.findings()))
    if fixer is not None:
        fixer.summary()
    summary = Summary(
        documents=tuple(inputs.documents),
        counts=dict(counts),
        problems=tuple(inputs.problems),
        baselined=baseline.hidden if baseline else 0,
    )
    if not diff:
        emit(reporter.finish(summary))
    if statistics and output_format not in HUMAN_READABLE:
        for line in statistics_lines(counts, rules):
            click.echo(line, err=True)

    if write_baseline is not None:
        files.write_atomic(write_baseline, build_baseline(everything))
        click.echo(f"wrote {len(everything)} findings to {write_baseline}", err=True)
        sys.exit(_problems_exit(inputs) or OK)
    if output_file is not None and out is not None:
        files.write_atomic(output_file, out.getvalue().encode("utf-8"))
    if inputs.problems:
        sys.exit(_problems_exit(inputs))
    if diff:
        sys.exit(FINDINGS if fixer is not None and fixer.edits and not exit_zero else OK)
    if worst is not None and worst.rank >= threshold.rank and not exit_zero:
        sys.exit(FINDINGS)
    sys.exit(OK)


class _Fixer:
    """The certain fixes of each checked file: shown as a diff, or written back (``write``)
    and the file checked again, so what is reported is placed in the fixed text.

    Only a text file whose bytes decode to the very text the checker read is edited; the
    offsets of findings on a marked-up document or a re-encoded file index another text.
    """

    def __init__(self, write: bool) -> None:
        self.write = write
        self.edits = 0
        self.files = 0
        self.diff = ""  # of the last file taken

    def take(
        self,
        checked: CheckedFile,
        findings: list[Finding],
        recheck: Callable[[str], CheckedFile | Unreadable],
    ) -> CheckedFile:
        """Fix one file; the file as it is to be reported (checked again when written)."""
        self.diff = ""
        edits = certain_edits(findings)
        if not edits or checked.text is None:
            return checked
        if checked.path != files.STDIN and not self._same_text(checked):
            click.echo(
                f"{checked.path}: not fixed: its text is not the text checked "
                "(a marked-up format, another encoding or other line ends)",
                err=True,
            )
            return checked
        fixed = apply_edits(checked.text, edits)
        self.edits += len(edits)
        self.files += 1
        if not self.write:
            self.diff = unified_diff(checked.name, checked.text, fixed)
            return checked
        files.write_atomic(Path(checked.path), fixed.encode("utf-8"))
        again = recheck(checked.path)
        return again if isinstance(again, CheckedFile) else checked

    @staticmethod
    def _same_text(checked: CheckedFile) -> bool:
        try:
            return Path(checked.path).read_bytes().decode("utf-8") == checked.text
        except (OSError, UnicodeDecodeError):
            return False

    def summary(self) -> None:
        if self.edits:
            verb = "fixed" if self.write else "would fix"
            fixes = f"{self.edits} finding{'s' if self.edits > 1 else ''}"
            where = f"{self.files} file{'s' if self.files > 1 else ''}"
            click.echo(f"{verb} {fixes} in {where}", err=True)


def _problems_exit(inputs: _Inputs) -> int:
    """2 when an input could not be read; 1 when the only problems were internal errors."""
    if len(inputs.problems) > inputs.internal_errors:
        return USAGE
    return FINDINGS if inputs.internal_errors else OK


@click.command(name="rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one line per rule; json: a list of rules with their documentation.",
)
def rules_command(output_format: str) -> None:
    """List every check rule: code, name, default severity and summary."""
    if output_format == "json":
        entries = [
            {
                "code": rule.code,
                "name": rule.name,
                "severity": rule.severity.value,
                "scope": rule.scope.value,
                "summary": rule.summary,
                "doc": rule.rule_doc.doc,
            }
            for rule in RULES.values()
        ]
        click.echo(json.dumps(entries, indent=2, ensure_ascii=False))
        return
    width = max(len(rule.name) for rule in RULES.values())
    for code, rule in RULES.items():
        click.echo(f"{code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary}")


@click.command(name="rule")
@click.argument("code")
def rule_command(code: str) -> None:
    """Print the documentation of one rule, by code or name (NC101 or name-variant)."""
    wanted = code.strip()
    rule = RULES.get(wanted.upper()) or next(
        (rule for rule in RULES.values() if rule.name == wanted.lower()), None
    )
    if rule is None:
        raise click.BadParameter(
            f"unknown rule {code!r}; `toolkit rules` lists them", param_hint="CODE"
        )
    doc = rule.rule_doc
    click.echo(f"{doc.code} {doc.name} ({doc.severity.value}, {rule.scope.value} scope)\n")
    click.echo(doc.doc)
