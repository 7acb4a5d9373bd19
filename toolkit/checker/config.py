"""``[tool.toolkit]`` in pyproject.toml (or a toolkit.toml): selection, severities, house lists."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.checker.registry import HouseStyle
from toolkit.checker.selection import Selection, unknown_selectors
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
    """The nearest toolkit.toml, or pyproject.toml with [tool.toolkit], from ``start`` up.

    A pyproject.toml that is not valid TOML but mentions ``tool.toolkit`` raises
    :class:`ConfigError`: skipping it would check with settings the user did not ask for.
    """
    for folder in (start, *start.parents):
        candidate = config_in(folder)
        if candidate is not None:
            return candidate
    return None


def config_in(folder: Path) -> Path | None:
    """The toolkit.toml, or pyproject.toml with [tool.toolkit], of this one folder."""
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file() and (name == "toolkit.toml" or _has_tool_table(candidate)):
            return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as error:
        if "tool.toolkit" in text or "[tool]" in text:
            raise ConfigError(f"{path}: not valid TOML: {_toml_reason(error)}") from None
        return False  # another tool's broken file: not ours to judge
    return isinstance(data.get("tool"), dict) and "toolkit" in data["tool"]


def _toml_reason(error: Exception) -> str:
    # tomllib parses nested arrays recursively: a hostile file ends in RecursionError
    return "nested too deeply" if isinstance(error, RecursionError) else str(error)


def load_config(path: Path) -> CheckConfig:
    """Read a pyproject.toml ([tool.toolkit]) or another TOML file (top level or [tool.toolkit])."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
        raise ConfigError(f"{path}: not valid TOML: {_toml_reason(error)}") from None
    # pyproject.toml keeps it under [tool.toolkit]; a file of its own may put it at the top
    nested = data.get("tool", {}).get("toolkit")
    if path.name == "pyproject.toml":
        table = nested or {}
    else:
        table = nested if nested is not None else data
    if not isinstance(table, Mapping):
        raise ConfigError(f"{path}: tool.toolkit must be a table")
    return parse_config(table, str(path), root=str(path.resolve().parent))


def parse_config(
    table: Mapping[str, Any], origin: str = "<config>", root: str | None = None
) -> CheckConfig:
    """Build a :class:`CheckConfig` from the table's values; unknown keys and rule codes
    are errors. ``root``: the folder per-file-ignores globs are relative to."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{origin}: unknown key {unknown[0]!r} in [tool.toolkit]")
    select = _selectors(table, "select", origin) or ("ALL",)
    select += _selectors(table, "extend-select", origin)
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, Mapping):
        raise ConfigError(f"{origin}: per-file-ignores must be a table of glob = [codes]")
    selection = Selection(
        select=select,
        ignore=_selectors(table, "ignore", origin),
        per_file_ignores=tuple(
            (str(glob), _selector_list(codes, f"per-file-ignores.{glob}", origin))
            for glob, codes in per_file.items()
        ),
        root=root,
    )
    severity_table = table.get("severity", {})
    if not isinstance(severity_table, Mapping):
        raise ConfigError(f"{origin}: severity must be a table of CODE = level")
    for code in severity_table:
        check_selectors([str(code)], "severity", origin)
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


def check_selectors(prefixes: Iterable[str], key: str, origin: str) -> None:
    """Raise :class:`ConfigError` for a code or prefix no rule has (``NC9``, ``NC10l``):
    selecting it would run nothing and pass."""
    from toolkit.checker.rules import RULES  # the registry imports every rule: only when used

    unknown = unknown_selectors(prefixes, RULES)
    if unknown:
        raise ConfigError(
            f"{origin}: {key}: unknown rule code or prefix {unknown[0]!r} "
            "(`toolkit rules` lists them)"
        )


def _selectors(table: Mapping[str, Any], key: str, origin: str) -> tuple[str, ...]:
    return _selector_list(table.get(key, []), key, origin)


def _selector_list(value: Any, key: str, origin: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    codes = _code_list(value, key, origin)
    check_selectors(codes, key, origin)
    return codes


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


class ConfigFinder:
    """The configuration of each checked file, as ruff finds it: the nearest toolkit.toml or
    pyproject.toml with [tool.toolkit] from the file's folder upward, else ``default``.

    Each folder is looked up once; ``adjust`` (the command line's --select/--ignore) is
    applied to every configuration found.
    """

    def __init__(
        self,
        default: CheckConfig,
        adjust: Callable[[CheckConfig], CheckConfig] = lambda config: config,
    ) -> None:
        self.default = adjust(default)
        self._adjust = adjust
        self._by_folder: dict[Path, CheckConfig] = {}
        self._by_file: dict[Path, CheckConfig] = {}
        # By the folder as the path gives it (the working folder does not change during a
        # run): a batch asks twice per file, and pathlib's absolute().parent was a fifth of
        # what check's parent spends per article besides reporting.
        self._by_dirname: dict[str, CheckConfig] = {}

    def for_file(self, path: str | Path) -> CheckConfig:
        dirname = os.path.dirname(path)  # noqa: PTH120
        found = self._by_dirname.get(dirname)
        if found is None:
            folder = Path(path).absolute().parent
            found = self._by_folder.get(folder)
            if found is None:
                found = self._lookup(folder)
            self._by_dirname[dirname] = found
        return found

    def _lookup(self, folder: Path) -> CheckConfig:
        visited = []
        config = self.default
        for candidate in (folder, *folder.parents):
            if candidate in self._by_folder:
                config = self._by_folder[candidate]
                break
            visited.append(candidate)
            file = config_in(candidate)
            if file is not None:
                if file not in self._by_file:
                    self._by_file[file] = self._adjust(load_config(file))
                config = self._by_file[file]
                break
        for seen in visited:
            self._by_folder[seen] = config
        return config

    @property
    def configs(self) -> list[CheckConfig]:
        """Every configuration in use so far, the default first."""
        return [self.default, *self._by_file.values()]
