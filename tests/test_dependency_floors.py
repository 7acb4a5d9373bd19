"""requirements/minimum.txt pins every floor of pyproject.toml, so `tox -e py311-min` installs
the versions the project claims to support and a wrong floor fails there."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import REPO

_FLOOR = re.compile(r"^([A-Za-z0-9_.\[\]-]+?)(?:\[[^\]]*\])?\s*(>=|==)\s*([^,;\s]+)")


def _name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def _floors() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    floors = {}
    for requirement in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        match = _FLOOR.match(requirement)
        assert match is not None, f"{requirement!r} has no floor"
        floors[_name(match[1])] = match[3]
    return floors


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements" / "minimum.txt").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[_name(name)] = version
    return pins


def _padded(version: str) -> tuple[int | str, ...]:
    parts: list[int | str] = [int(p) if p.isdigit() else p for p in version.split(".")]
    while len(parts) < 3:
        parts.append(0)
    return tuple(parts)


def test_every_runtime_and_test_floor_is_pinned_at_its_floor() -> None:
    floors, pins = _floors(), _pins()
    assert sorted(pins) == sorted(floors)
    assert {name: _padded(pins[name]) for name in floors} == {
        name: _padded(version) for name, version in floors.items()
    }


def test_tox_has_the_minimum_env() -> None:
    tox = (REPO / "tox.ini").read_text("utf-8")
    assert "[testenv:py311-min]" in tox
    assert "PIP_CONSTRAINT = {toxinidir}/requirements/minimum.txt" in tox
