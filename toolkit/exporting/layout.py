"""Where an export puts each file, relative to its output folder (see LAYOUT)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from toolkit.errors import InputError, ToolkitError
from toolkit.pipeline import OutputFormat

LAYOUT = """\
articles/<id>.json         the JSON record
articles/<id>.xml          NewsML-G2 (NITF inside)
articles/<id>.nitf.xml     NITF 3.6
articles/<id>.ninjs.json   ninjs 3.1
rss.xml atom.xml feed.json the newest stories
index.json                 the manifest: files, sha256"""

ARTICLES_DIR = "articles"
MANIFEST = "index.json"
ARTICLE_FORMATS = (
    OutputFormat("record"),
    OutputFormat("newsml"),
    OutputFormat("nitf"),
    OutputFormat("ninjs", "3.1"),
)
# Feed format (a key of toolkit.writers.feeds.FEED_WRITERS) -> file name.
FEED_FILES = {"rss": "rss.xml", "atom": "atom.xml", "jsonfeed": "feed.json"}


def article_file(article_id: str, fmt: OutputFormat) -> str:
    return f"{ARTICLES_DIR}/{article_id}{fmt.extension()}"


def _ambiguous_suffixes() -> tuple[str, ...]:
    extensions = [fmt.extension() for fmt in ARTICLE_FORMATS]
    return tuple(
        sorted({a[: -len(b)] for a in extensions for b in extensions if a != b and a.endswith(b)})
    )


def check_article_id(article_id: str) -> None:
    """Refuse an id whose files could be another article's: ``x.nitf`` + ``.xml`` is the
    NITF file name of ``x``."""
    for suffix in _ambiguous_suffixes():
        if article_id.endswith(suffix):
            raise InputError(
                f"article id {article_id!r} ends in {suffix!r}, so its files would clash with "
                f"those of {article_id[: -len(suffix)]!r}; rename the file"
            )


def article_ids_in(relative: str) -> Iterator[str]:
    """Every id whose per-article file could be ``relative``.

    Several when extensions nest: ``articles/a.nitf.xml`` is the NITF of ``a`` or the
    NewsML-G2 of ``a.nitf``.
    """
    prefix = f"{ARTICLES_DIR}/"
    if not relative.startswith(prefix):
        return
    name = relative[len(prefix) :]
    for fmt in ARTICLE_FORMATS:
        extension = fmt.extension()
        if name.endswith(extension) and len(name) > len(extension):
            yield name[: -len(extension)]


def checked_relative(path: str) -> str:
    """``path`` if it names a file inside the output folder, else an error.

    The manifest decides what an export may delete, so a path read from it must not
    climb out of the folder or name the manifest itself.
    """
    pure = PurePosixPath(path)
    if (
        not path
        or pure.is_absolute()
        or "\\" in path
        or any(part in ("", ".", "..") for part in path.split("/"))
        or path == MANIFEST
    ):
        raise ToolkitError(f"{MANIFEST} lists {path!r}, which is not a file of this export")
    return path
