"""``[tool.toolkit]`` in pyproject.toml (or a toolkit.toml): selection, severities, house lists."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.check.registry import HouseStyle
from toolkit.check.selection import Selection
from toolkit.errors import ToolkitError
from toolkit.findings import Severity

CONFIG_NAMES = ("toolkit.toml", "pyproject.toml")
_KEYS = frozenset(
    {
        "select",
        "ignore",
        "extend-select",
        "per-file-ignores",
        "severity",
        "fail-on",
        "names",
        "titles",
        "terms",
    }
)


class ConfigError(ToolkitError):
    """The configuration file is unreadable or has a key or value the checker does not know."""


@dataclass(frozen=True, slots=True)
class CheckConfig:
    selection: Selection = field(default_factory=Selection)
    severity: Mapping[str, Severity] = field(default_factory=dict)  # code prefix -> severity
    house: HouseStyle = field(default_factory=HouseStyle)
    fail_on: Severity | None = None  # None: the command-line default applies
    path: str | None = None  # the file it came from

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The override with the longest prefix of ``code``, else the rule's own severity."""
        best = max((p for p in self.severity if code.startswith(p)), key=len, default=None)
        return self.severity[best] if best is not None else default


def find_config(start: Path) -> Path | None:
    """The nearest toolkit.toml, or pyproject.toml with [tool.toolkit], from ``start`` up."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name == "toolkit.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "toolkit" in data["tool"]


def load_config(path: Path) -> CheckConfig:
    """Read a pyproject.toml ([tool.toolkit]) or another TOML file (top level or [tool.toolkit])."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    # pyproject.toml keeps it under [tool.toolkit]; a file of its own may put it at the top
    nested = data.get("tool", {}).get("toolkit")
    if path.name == "pyproject.toml":
        table = nested or {}
    else:
        table = nested if nested is not None else data
    return parse_config(table, str(path))


def parse_config(table: Mapping[str, Any], origin: str = "<config>") -> CheckConfig:
    """Build a :class:`CheckConfig` from the table's values; unknown keys are errors."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{origin}: unknown key {unknown[0]!r} in [tool.toolkit]")
    select = _codes(table, "select", origin) or ("ALL",)
    select += _codes(table, "extend-select", origin)
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, Mapping):
        raise ConfigError(f"{origin}: per-file-ignores must be a table of glob = [codes]")
    selection = Selection(
        select=select,
        ignore=_codes(table, "ignore", origin),
        per_file_ignores=tuple(
            (str(glob), _code_list(codes, f"per-file-ignores.{glob}", origin))
            for glob, codes in per_file.items()
        ),
    )
    severity_table = table.get("severity", {})
    if not isinstance(severity_table, Mapping):
        raise ConfigError(f"{origin}: severity must be a table of CODE = level")
    severity = {
        str(code): _severity(level, f"severity.{code}", origin)
        for code, level in severity_table.items()
    }
    fail_on = table.get("fail-on")
    return CheckConfig(
        selection=selection,
        severity=severity,
        house=HouseStyle(
            names=_variant_table(table, "names", origin),
            titles=_variant_table(table, "titles", origin),
            terms=_code_list(table.get("terms", []), "terms", origin),
        ),
        fail_on=None if fail_on is None else _severity(fail_on, "fail-on", origin),
        path=origin,
    )


def _codes(table: Mapping[str, Any], key: str, origin: str) -> tuple[str, ...]:
    return _code_list(table.get(key, []), key, origin)


def _code_list(value: Any, key: str, origin: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{origin}: {key} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _severity(value: Any, key: str, origin: str) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigError(
            f"{origin}: {key} must be one of info, warning, error, not {value!r}"
        ) from None


def _variant_table(table: Mapping[str, Any], key: str, origin: str) -> dict[str, tuple[str, ...]]:
    value = table.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{origin}: {key} must be a table of canonical = [variants]")
    return {str(k): _code_list(v, f"{key}.{k}", origin) for k, v in value.items()}
