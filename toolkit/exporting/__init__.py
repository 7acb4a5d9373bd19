"""`toolkit export`: articles and feeds into a folder, deterministic and incremental."""

from __future__ import annotations

from toolkit.exporting.run import (
    Change,
    ChangeKind,
    ExportProblem,
    ExportStats,
    export,
    render_article,
    render_feeds,
)
from toolkit.exporting.settings import ExportConfigError, ExportSettings, load_settings

__all__ = [
    "Change",
    "ChangeKind",
    "ExportConfigError",
    "ExportProblem",
    "ExportSettings",
    "ExportStats",
    "export",
    "load_settings",
    "render_article",
    "render_feeds",
]
