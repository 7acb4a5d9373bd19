"""Options every writer takes. Writers never read the clock: times come from here or the article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from toolkit.model.identity import DEFAULT_DOMAIN


@dataclass(frozen=True, slots=True)
class WriterOptions:
    domain: str = DEFAULT_DOMAIN  # provider domain used in guids (urn:newsml:{domain}:...)
    provider_name: str = "Newsroom Toolkit"  # NewsML-G2 provider / feed generator name
    provider_uri: str = "https://newsroom.example/"
    source_date_epoch: int | None = None  # overrides the article-derived versionCreated
    guid: str | None = None  # explicit guid override for a single article
    version: int | None = None  # the article's version (convert --version; export's bumps)
    version_created: dt.datetime | None = None  # when that version was made (export's bumps)
    ninjs_version: str = "3.1"  # 3.1, 2.2 or 1.6
    pretty: bool = True  # indent XML / JSON output (always deterministic)
