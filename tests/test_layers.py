"""The architecture holds: lower layers never import higher ones, click stays in the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "toolkit"

# package (relative to toolkit/) -> toolkit modules it must not import
FORBIDDEN = {
    "model": ("toolkit.readers", "toolkit.writers", "toolkit.checker", "toolkit.validation",
              "toolkit.report", "toolkit.cli", "toolkit.pipeline", "toolkit.files",
              "toolkit.lexicon"),
    "findings.py": ("toolkit.readers", "toolkit.writers", "toolkit.checker", "toolkit.validation",
                    "toolkit.report", "toolkit.cli"),
    "lexicon": ("toolkit.readers", "toolkit.writers", "toolkit.checker", "toolkit.validation",
                "toolkit.report", "toolkit.cli"),
    "text": ("toolkit.readers", "toolkit.writers", "toolkit.checker", "toolkit.validation",
             "toolkit.report", "toolkit.cli", "toolkit.pipeline", "toolkit.files"),
    "readers": ("toolkit.writers", "toolkit.checker", "toolkit.validation", "toolkit.report",
                "toolkit.cli", "toolkit.pipeline"),
    "writers": ("toolkit.readers", "toolkit.checker", "toolkit.validation", "toolkit.report",
                "toolkit.cli", "toolkit.pipeline"),
    "checker": ("toolkit.writers", "toolkit.validation", "toolkit.report", "toolkit.cli"),
    "validation": ("toolkit.checker", "toolkit.report", "toolkit.cli"),
    "report": ("toolkit.readers", "toolkit.writers", "toolkit.checker", "toolkit.validation",
               "toolkit.cli"),
    "pipeline.py": ("toolkit.cli",),
    "files.py": ("toolkit.cli",),
}
STDLIB_ONLY = ("model", "findings.py", "errors.py", "lexicon", "text")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(part: str) -> list[Path]:
    target = PACKAGE / part
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_layer_does_not_import_higher_layers(part: str) -> None:
    offending = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(part)
        for name in sorted(imports_of(path))
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[part])
    ]
    assert offending == []


@pytest.mark.parametrize("part", STDLIB_ONLY)
def test_lowest_layer_uses_only_the_standard_library(part: str) -> None:
    import sys

    offending = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(part)
        for name in sorted(imports_of(path))
        if name.split(".")[0] not in sys.stdlib_module_names and name.split(".")[0] != "toolkit"
    ]
    assert offending == []


def test_click_is_imported_only_by_the_cli() -> None:
    offending = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "cli" not in path.relative_to(PACKAGE).parts and "click" in imports_of(path)
    ]
    assert offending == []
