"""The plain-text wire copy reader (stub until the reader lands)."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from toolkit.model import Article, Source
from toolkit.model.identity import slugify
from toolkit.readers.options import ReaderOptions


def read_text(data: bytes | str, options: ReaderOptions | None = None) -> Article:
    options = options or ReaderOptions()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text = raw.decode("utf-8")
    stem = PurePath(options.source_path).stem if options.source_path else "article"
    return Article(
        id=slugify(options.id or stem),
        text=text,
        source=Source(options.source_path, hashlib.sha256(raw).hexdigest(), "utf-8"),
    )
