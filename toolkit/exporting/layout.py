"""Where an export puts each file, relative to its output folder.

    articles/<id>.json          the JSON record
    articles/<id>.xml           NewsML-G2 (with NITF inside)
    articles/<id>.nitf.xml      NITF 3.6
    articles/<id>.ninjs.json    ninjs 3.1
    rss.xml  atom.xml  feed.json    the newest stories of the batch
    index.json                  the manifest: every file above with its sha256
"""

from __future__ import annotations

from pathlib import PurePosixPath

from toolkit.errors import ToolkitError
from toolkit.pipeline import OutputFormat

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
