"""Which rules run for which file: code prefixes, longest match wins, explicit beats implicit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

ALL = "ALL"


def _match_length(prefix: str, code: str) -> int:
    """How specific ``prefix`` is for ``code``: -1 no match, 0 for ALL, else its length."""
    if prefix == ALL:
        return 0
    return len(prefix) if code.startswith(prefix) else -1


@dataclass(frozen=True, slots=True)
class Selection:
    """``select``/``ignore`` prefixes plus per-file ignores.

    A code is on when its longest matching prefix comes from ``select``; a tie between select
    and ignore goes to ignore. ``per_file_ignores`` maps a glob to prefixes switched off for
    paths matching it; the globs are relative to ``root`` (the folder of the configuration
    file, as in ruff) when it is set, else to the path as given.
    """

    select: tuple[str, ...] = (ALL,)
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: str | None = None  # absolute folder the per-file-ignores globs are relative to

    def enabled(self, code: str) -> bool:
        best_select = max((_match_length(p, code) for p in self.select), default=-1)
        best_ignore = max((_match_length(p, code) for p in self.ignore), default=-1)
        return best_select >= 0 and best_select > best_ignore

    def enabled_for(self, code: str, path: str) -> bool:
        if not self.enabled(code):
            return False
        if self.per_file_ignores and self.root is not None:
            path = relative_to_root(path, self.root)
        return not any(
            _match_length(prefix, code) >= 0
            for pattern, prefixes in self.per_file_ignores
            if path_matches(path, pattern)
            for prefix in prefixes
        )

    def codes(self, codes: Iterable[str]) -> list[str]:
        return [code for code in codes if self.enabled(code)]

    def override(self, select: Sequence[str] | None, ignore: Sequence[str] | None) -> Selection:
        """Command-line choices: ``--select`` replaces the configured list, ``--ignore`` adds."""
        return replace(
            self,
            select=tuple(select) if select else self.select,
            ignore=self.ignore + tuple(ignore or ()),
        )


def unknown_selectors(prefixes: Iterable[str], codes: Iterable[str]) -> list[str]:
    """The prefixes that match none of ``codes`` (``ALL`` matches every code)."""
    known = tuple(codes)
    return [p for p in prefixes if p != ALL and not any(code.startswith(p) for code in known)]


def relative_to_root(path: str, root: str) -> str:
    """``path`` relative to ``root`` (POSIX separators) when it lies inside it, else as given."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return path


def path_matches(path: str, pattern: str) -> bool:
    """Glob match on the path as given, or on its trailing parts ("*.txt", "archive/**")."""
    posix = path.replace("\\", "/")
    if fnmatch(posix, pattern):
        return True
    pure = PurePosixPath(posix)
    try:
        return pure.match(pattern)
    except ValueError:
        return False
