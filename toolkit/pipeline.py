"""Convert articles over a stream of inputs: read, write every requested format, validate.

Pure per article (bytes in, bytes out), so a batch can be mapped over processes; the CLI owns
all file I/O except what :mod:`toolkit.files` does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from toolkit import readers, writers
from toolkit.errors import InputError, ToolkitError, UnknownFormatError
from toolkit.model import Article
from toolkit.readers.options import ReaderOptions
from toolkit.writers.options import WriterOptions
from toolkit.writers.record import encode_record, record_dict

# Output format names as the CLI takes them ("ninjs@2.2" picks a ninjs version).
OUTPUT_FORMATS = ("record", "newsml", "nitf", "ninjs", "ninjs@3.1", "ninjs@2.2", "ninjs@1.6")


@dataclass(frozen=True, slots=True)
class OutputFormat:
    writer: str  # key of toolkit.writers.WRITERS
    ninjs_version: str | None = None

    @classmethod
    def parse(cls, name: str) -> OutputFormat:
        writer, _, version = name.partition("@")
        if name not in OUTPUT_FORMATS:
            raise UnknownFormatError("output format", name, OUTPUT_FORMATS)
        if writer == "ninjs":
            return cls("ninjs", version or "3.1")
        return cls(writer)

    @property
    def name(self) -> str:
        return f"ninjs@{self.ninjs_version}" if self.ninjs_version else self.writer

    def extension(self) -> str:
        """``.ninjs.json`` for ninjs 3.1; older versions get ``.ninjs-2.2.json`` so they can
        sit beside it."""
        extension = writers.EXTENSIONS[self.writer]
        if self.ninjs_version and self.ninjs_version != "3.1":
            return extension.replace(".ninjs", f".ninjs-{self.ninjs_version}")
        return extension


@dataclass(frozen=True, slots=True)
class Converted:
    """One article's outputs, in the order the formats were asked for."""

    path: str | None
    article: Article
    outputs: tuple[tuple[OutputFormat, bytes], ...]


@dataclass(frozen=True, slots=True)
class Failed:
    path: str | None
    problem: str  # one line, without the path
    # True when the input itself could not be read (missing, empty, binary, undecodable, too
    # large, no known kind): exit 2 in every command. False: read, but its documents failed
    # (exit 1).
    unreadable: bool = False

    @classmethod
    def of(cls, path: str | None, error: ToolkitError) -> Failed:
        return cls(path, str(error), isinstance(error, InputError))


_FORMAT_NAMES = {"nitf": "NITF", "newsmlg2": "NewsML-G2", "ninjs": "ninjs"}


def article_warnings(
    article: Article, source_date_epoch: int | None = None, dates: bool = True
) -> tuple[str, ...]:
    """What the reader had to guess that the user must hear about (printed on stderr as
    ``path: warning: ...``; the record's notes say it too). ``dates``: also say when a story
    has no date (convert and export, whose documents carry dates)."""
    warnings = []
    source = article.source
    if source.format != "text" and source.path and source.path.lower().endswith(".txt"):
        # The content decided (see readers.sniff_format); a .txt name promised wire text.
        kind = _FORMAT_NAMES.get(source.format, source.format)
        warnings.append(f"a {kind} document in a .txt file, read as {kind} (its content says so)")
    if source.encoding_guessed:
        warnings.append(
            f"encoding guessed as {source.encoding} (not UTF-8, no byte order mark); "
            "name it with --encoding"
        )
    if dates and source.format == "text" and source_date_epoch is None:
        dateline = article.dateline
        if dateline is None or dateline.date is None:
            if dateline is None or dateline.month is None or dateline.day is None:
                why = "no dateline date"
            elif dateline.year is None:
                why = "the dateline gives no year"
            else:
                why = "the dateline date is impossible"
            warnings.append(
                f"undated story ({why}): its guid says 'undated' and feeds give it no date of "
                "its own; give --year YEAR, or SOURCE_DATE_EPOCH / --source-date-epoch"
            )
    return tuple(warnings)


def sniff_reader(data: bytes, path: str | None) -> str:
    """Which reader takes this input: text unless the bytes look like XML or JSON markup."""
    sniff = getattr(readers, "sniff_format", None)
    return sniff(data, path) if sniff is not None else "text"


def read_article(data: bytes, options: ReaderOptions) -> Article:
    return readers.get_reader(sniff_reader(data, options.source_path))(data, options)


def convert_article(
    article: Article,
    formats: Sequence[OutputFormat],
    options: WriterOptions,
    schema_dir: Path | None,
) -> tuple[tuple[OutputFormat, bytes], ...]:
    """Write ``article`` in every format and validate each document before it is returned.

    Raises InvalidDocumentError naming the JSON path or line when a document does not validate.
    """
    from toolkit.validation import outputs

    results = []
    for fmt in formats:
        if fmt.writer == "record":
            # Validate the dict before encoding it: saves parsing the JSON back.
            record = record_dict(article, options)
            outputs.check_record(record)
            results.append((fmt, encode_record(record, pretty=options.pretty)))
            continue
        writer_options = options
        if fmt.ninjs_version:
            writer_options = replace(options, ninjs_version=fmt.ninjs_version)
        data = writers.get_writer(fmt.writer)(article, writer_options)
        validate_output(fmt, data, schema_dir)
        results.append((fmt, data))
    return tuple(results)


def validate_output(fmt: OutputFormat, data: bytes, schema_dir: Path | None) -> None:
    """Validate one written document against its schema; official ones from the schema dir."""
    # Imported here so that reading and writing never pay for compiling schemas they skip.
    from toolkit.validation import catalog, outputs

    needs = schema_needed(fmt)
    if needs is None:
        outputs.check_record(json.loads(data))
    elif fmt.writer in ("newsml", "nitf"):
        outputs.check_xml(data, fmt.writer, catalog.schema_dir(schema_dir, needs=needs))
    elif fmt.writer == "ninjs":
        version = fmt.ninjs_version or "3.1"
        outputs.check_ninjs(data, version, catalog.schema_dir(schema_dir, needs=needs))


def schema_needed(fmt: OutputFormat) -> str | None:
    """The official schema file (relative to the schema folder) a format is validated
    against; None for our record, whose schema ships in the package."""
    from toolkit.validation import catalog

    if fmt.writer in ("newsml", "nitf"):
        return catalog.XML_SCHEMAS[fmt.writer]
    if fmt.writer == "ninjs":
        return catalog.JSON_SCHEMAS[f"ninjs-{fmt.ninjs_version or '3.1'}"]
    return None


def convert_one(
    data: bytes,
    reader_options: ReaderOptions,
    formats: Sequence[OutputFormat],
    writer_options: WriterOptions,
    schema_dir: Path | None,
) -> Converted | Failed:
    """Convert one article; every expected failure becomes :class:`Failed`, never an exception."""
    try:
        article = read_article(data, reader_options)
        outputs = convert_article(article, formats, writer_options, schema_dir)
    except ToolkitError as error:
        return Failed.of(reader_options.source_path, error)
    return Converted(reader_options.source_path, article, outputs)


def convert_stream(
    sources: Iterable[tuple[str, bytes | ToolkitError]],
    reader_options: ReaderOptions,
    formats: Sequence[OutputFormat],
    writer_options: WriterOptions,
    schema_dir: Path | None,
) -> Iterator[Converted | Failed]:
    """Lazily convert ``(path, bytes or read error)`` pairs, one result per source, in order."""
    for path, data in sources:
        if isinstance(data, ToolkitError):
            yield Failed.of(path, data)
            continue
        yield convert_one(
            data, replace(reader_options, source_path=path), formats, writer_options, schema_dir
        )
