"""The Python API: what ``toolkit convert``, ``check`` and ``validate`` do, for one article or
a batch, without the command line (notebooks, pipelines, a newsroom's own services).

A *source* is a path (``str`` or :class:`os.PathLike`) or the bytes of a document; bytes are
reported under ``name`` (default ``-``, as standard input). Problems raise
:class:`~toolkit.errors.ToolkitError` subclasses with the one-line message the CLI prints
(:class:`~toolkit.errors.InputError` for an input that cannot be read,
:class:`~toolkit.errors.InvalidDocumentError` for a document that does not validate,
:class:`~toolkit.errors.SchemaNotFoundError`, ``ConfigError`` for a bad configuration).

Heavy modules are imported by the functions, so ``import toolkit`` stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from toolkit.checker.config import CheckConfig
    from toolkit.findings import Finding
    from toolkit.model import Article
    from toolkit.readers.text.recognisers import Recogniser
    from toolkit.validation import ValidationResult

Source = Union[str, "os.PathLike[str]", bytes]
STDIN_NAME = "-"
ARTICLE_SUFFIXES = frozenset({".txt", ".xml", ".json"})  # what a walked folder gives check()
VALIDATE_MAX_BYTES = 64 * 1024 * 1024  # documents, as `toolkit validate`: feeds run large


def _load(source: Source, name: str | None, max_bytes: int) -> tuple[bytes, str]:
    """The bytes of a source and the name it is reported under."""
    from toolkit import files
    from toolkit.errors import InputError

    if isinstance(source, bytes):
        return source, name or STDIN_NAME
    path = Path(source)
    try:
        return files.read_bytes(path, max_bytes), name or str(source)
    except InputError as error:  # name the file, as the CLI's `path: problem` line does
        raise InputError(f"{path}: {error}") from None


def read(
    source: Source,
    *,
    name: str | None = None,
    year: int | None = None,
    encoding: str | None = None,
    recognisers: Sequence[Recogniser] | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Read one article (plain text, NewsML-G2, NITF or ninjs, sniffed by content) into the
    document model: dateline, bylines, paragraphs, people with their titles and quotes."""
    from toolkit.pipeline import read_article
    from toolkit.readers.options import DEFAULT_MAX_BYTES, ReaderOptions

    limit = max_bytes if max_bytes is not None else DEFAULT_MAX_BYTES
    data, shown = _load(source, name, limit)
    options = ReaderOptions(
        source_path=shown,
        year=year,
        encoding=encoding,
        recognisers=recognisers,
        max_bytes=limit,
    )
    return read_article(data, options)


def convert(
    source: Source,
    to: str = "record",
    *,
    name: str | None = None,
    year: int | None = None,
    encoding: str | None = None,
    schema_dir: str | os.PathLike[str] | None = None,
    source_date_epoch: int | None = None,
    version: int | None = None,
    domain: str | None = None,
) -> bytes:
    """One article as a validated document: ``to`` is ``record``, ``newsml``, ``nitf``,
    ``ninjs`` or ``ninjs@VERSION`` (as ``convert --to``). The bytes are what ``toolkit
    convert`` writes; NewsML-G2, NITF and ninjs need the official schemas (``schema_dir``,
    else ``TOOLKIT_SCHEMA_DIR`` or the user cache)."""
    from dataclasses import replace

    from toolkit.pipeline import OutputFormat, convert_article
    from toolkit.writers.options import WriterOptions

    fmt = OutputFormat.parse(to)
    article = read(source, name=name, year=year, encoding=encoding)
    options = WriterOptions(source_date_epoch=source_date_epoch, version=version)
    if domain:
        options = replace(options, domain=domain)
    directory = Path(schema_dir) if schema_dir is not None else None
    ((_, data),) = convert_article(article, [fmt], options, directory)
    return data


def check(
    sources: Source | Iterable[Source],
    *,
    config: str | os.PathLike[str] | CheckConfig | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    year: int | None = None,
) -> list[Finding]:
    """The findings for one article, a folder of them or a batch (the cross-article rules
    compare the batch), sorted as ``toolkit check`` reports them. ``config``: the path of a
    ``pyproject.toml``/``toolkit.toml`` or a :class:`~toolkit.checker.config.CheckConfig`
    (default: the rules' defaults, not the nearest file); ``select``/``ignore`` as the options
    of the same names."""
    from dataclasses import replace

    from toolkit.checker.config import CheckConfig, check_selectors, load_config
    from toolkit.checker.engine import iter_findings

    if config is None:
        chosen = CheckConfig()
    elif isinstance(config, CheckConfig):
        chosen = config
    else:
        chosen = load_config(Path(config))
    check_selectors(select or (), "select", "check()")
    check_selectors(ignore or (), "ignore", "check()")
    chosen = replace(chosen, selection=chosen.selection.override(select, ignore))
    batch = [sources] if isinstance(sources, (str, bytes, os.PathLike)) else list(sources)
    articles = (read(source, year=year) for source in _walked(batch))
    return list(iter_findings(articles, chosen))


def _walked(sources: Iterable[Source]) -> Iterable[Source]:
    """Folders walked as ``toolkit check`` walks them (.txt, .xml and .json files, sorted,
    skipping hidden entries, environments and what .gitignore lists)."""
    from toolkit import files

    for source in sources:
        if isinstance(source, bytes):
            yield source
        else:
            yield from files.iter_input_files([source], ARTICLE_SUFFIXES)


def validate(
    source: Source,
    *,
    name: str | None = None,
    kind: str | None = None,
    schema_dir: str | os.PathLike[str] | None = None,
    strict: bool = False,
    format_checks: bool = True,
) -> ValidationResult:
    """Validate one document (record, NewsML-G2, NITF, ninjs, RSS, Atom, JSON Feed or an
    export manifest) as ``toolkit validate`` does: ``result.valid`` is the standard's verdict,
    ``result.findings`` every problem with its code, severity and position."""
    from toolkit.validation import validate_document

    data, shown = _load(source, name, VALIDATE_MAX_BYTES)
    directory = Path(schema_dir) if schema_dir is not None else None
    return validate_document(
        data, shown, kind, directory, strict=strict, format_checks=format_checks
    )
