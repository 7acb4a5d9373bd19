"""Fictional wire stories for export tests (written for these tests, not from any corpus)."""

# Wire copy keeps each paragraph on one line, as the agencies send it.
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

HARBOUR = """\
GDYNIA, Poland, March 14 (Reuters) - Dock workers at the port of Gdynia began a 48-hour strike on Thursday over pay and night shifts.

Ferry operators said crossings to Karlskrona would run as planned, while container traffic was expected to slow.

Union spokesman Piotr Lesniak said the workers wanted a written guarantee on overtime rates before talks resume.

(Reporting by Ilona Brzezinska; Editing by Tomasz Wrona)
"""

ORCHARD = """\
China News Service, Rzeszow, March 16th (Anna Kowal) A late frost damaged apple blossom across the Podkarpacie region, growers said on Saturday.

The regional farmers' association estimated that a third of early-flowering orchards were affected.

Agriculture officials said they would assess the damage next week and decide on emergency support.
"""

LIBRARY = """\
TORUN, Poland, March 16 (Reuters) - The city library reopened its restored reading room on Saturday after two years of work on the roof and the stained-glass windows.

More than 600 visitors came in the first hour, the library's director said.

(Reporting by Jan Mazur)
"""

STORIES = {"harbour-strike.txt": HARBOUR, "orchard-frost.txt": ORCHARD, "library.txt": LIBRARY}


def write_stories(folder: Path, stories: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (stories or STORIES).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
