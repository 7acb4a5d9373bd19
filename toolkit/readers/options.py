"""Options every reader takes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.readers.text.recognisers import Recogniser


# Wire stories are kilobytes; a file of many megabytes is a dump or a mistake, refused with a
# clear error rather than read for minutes (`--max-bytes` changes it).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    source_path: str | None = None  # as the user gave it; goes into the record's source.path
    id: str | None = None  # local id override; default: slug of the file stem
    year: int | None = None  # year for datelines that give none (YearSource.OPTION)
    metadata_year: int | None = None  # year from a sidecar / feed metadata (YearSource.METADATA)
    max_bytes: int = DEFAULT_MAX_BYTES  # larger inputs are refused before they are read
    # Encoding of plain-text input that is neither BOM-marked nor valid UTF-8 (--encoding);
    # None: detected among Windows-1252, GB18030 and Big5, and marked as a guess.
    encoding: str | None = None
    # The entity recognisers of the text reader, in order; None: the built-in table
    # (toolkit.readers.text.recognisers.DEFAULT_RECOGNISERS). Add a house list or a
    # statistical model here without touching the rest.
    recognisers: Sequence[Recogniser] | None = None
