"""The select/ignore decision table: longest prefix wins, a tie goes to ignore."""

from __future__ import annotations

import pytest

from toolkit.checker.selection import Selection, path_matches


@pytest.mark.parametrize(
    ("select", "ignore", "code", "enabled"),
    [
        (("ALL",), (), "NC101", True),
        (("ALL",), ("NC1",), "NC101", False),
        (("ALL",), ("NC1",), "NC201", True),
        (("NC1",), (), "NC201", False),
        (("NC1",), ("NC101",), "NC101", False),
        (("NC1",), ("NC101",), "NC102", True),
        (("NC101",), ("NC1",), "NC101", True),  # the explicit code beats the family
        (("NC1",), ("NC1",), "NC101", False),  # a tie goes to ignore
        (("ALL",), ("ALL",), "NC101", False),
        ((), (), "NC101", False),
        (("NC",), ("ALL",), "NC501", True),
    ],
)
def test_decision_table(
    select: tuple[str, ...], ignore: tuple[str, ...], code: str, enabled: bool
) -> None:
    assert Selection(select, ignore).enabled(code) is enabled


def test_per_file_ignores() -> None:
    selection = Selection(per_file_ignores=(("archive/*.txt", ("NC4",)), ("*.xml", ("ALL",))))
    assert not selection.enabled_for("NC401", "archive/old.txt")
    assert selection.enabled_for("NC501", "archive/old.txt")
    assert selection.enabled_for("NC401", "today/new.txt")
    assert not selection.enabled_for("NC501", "feeds/item.xml")


def test_command_line_override() -> None:
    configured = Selection(select=("NC1",), ignore=("NC102",))
    assert configured.override(["NC5"], None) == Selection(select=("NC5",), ignore=("NC102",))
    assert configured.override(None, ["NC101"]).ignore == ("NC102", "NC101")
    assert configured.override(None, None) == configured


def test_path_matches() -> None:
    assert path_matches("desk/a.txt", "*.txt")
    assert path_matches("desk/sub/a.txt", "desk/**")
    assert not path_matches("desk/a.xml", "*.txt")
