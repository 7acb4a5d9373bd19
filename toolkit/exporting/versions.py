"""An article's version across exports: corrections must reach receivers as new versions.

NewsML-G2 receivers and feed readers keep the first copy of a guid they see unless its
``version`` goes up and its ``versionCreated`` moves. The export manifest remembers, for each
article, the sha256 of the source it was made from, the version and that version's time;
:func:`next_state` derives the next export's from it. Deterministic: the time of a new
version is the dateline-derived time (or ``SOURCE_DATE_EPOCH``) when that is later than the
previous version's, else one minute after it. The clock is never read here: a newsroom that
wants corrections stamped with the time they go out passes ``export --correction-time now``
(read once, by the command line) or a time of its own.
"""

from __future__ import annotations

import datetime as dt

from toolkit.exporting.manifest import ArticleState
from toolkit.writers.item import rfc3339

STEP = dt.timedelta(minutes=1)


def next_state(
    previous: ArticleState | None,
    content: str,
    base: dt.datetime,
    at: dt.datetime | None = None,
) -> ArticleState:
    """The state of an article whose source has sha256 ``content`` and whose version 1 would
    be stamped ``base``, after the ``previous`` export's state (None: never exported). ``at``:
    the time asked for a new version, used when it is later than the previous version's."""
    if previous is None or (previous.content == content and previous.version == 1):
        return ArticleState(content, 1, rfc3339(base))
    if previous.content == content:
        return previous
    before = parse_time(previous.created)
    wanted = at if at is not None else base
    created = wanted if before is None or wanted > before else before + STEP
    return ArticleState(content, previous.version + 1, rfc3339(created))


def parse_time(value: str) -> dt.datetime | None:
    """An RFC 3339 timestamp as written by :func:`rfc3339`; None when it is not one."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
