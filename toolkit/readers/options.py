"""Options every reader takes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    source_path: str | None = None  # as the user gave it; goes into the record's source.path
    id: str | None = None  # local id override; default: slug of the file stem
    year: int | None = None  # year for datelines that give none (YearSource.OPTION)
    metadata_year: int | None = None  # year from a sidecar / feed metadata (YearSource.METADATA)
    # Wire stories are kilobytes; a file of many megabytes is a dump or a mistake, refused with
    # a clear error rather than read for minutes.
    max_bytes: int = 5 * 1024 * 1024
