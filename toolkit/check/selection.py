"""Which rules run for which file: code prefixes, longest match wins, explicit beats implicit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import PurePosixPath

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
    paths matching it.
    """

    select: tuple[str, ...] = (ALL,)
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def enabled(self, code: str) -> bool:
        best_select = max((_match_length(p, code) for p in self.select), default=-1)
        best_ignore = max((_match_length(p, code) for p in self.ignore), default=-1)
        return best_select >= 0 and best_select > best_ignore

    def enabled_for(self, code: str, path: str) -> bool:
        if not self.enabled(code):
            return False
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
        return Selection(
            select=tuple(select) if select else self.select,
            ignore=self.ignore + tuple(ignore or ()),
            per_file_ignores=self.per_file_ignores,
        )


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
