"""[tool.toolkit]: selection, severities, house lists, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.checker.config import CheckConfig, ConfigError, find_config, load_config, parse_config
from toolkit.findings import Severity

PYPROJECT = """
[project]
name = "desk"

[tool.toolkit]
select = ["NC1", "NC3"]
extend-select = ["NC501"]
ignore = ["NC102"]
fail-on = "error"
terms = ["Belt and Road"]

[tool.toolkit.per-file-ignores]
"archive/*.txt" = ["NC4"]

[tool.toolkit.severity]
NC1 = "error"
NC101 = "info"

[tool.toolkit.names]
"Moin ul Haq" = ["Moin Haq"]

[tool.toolkit.titles]
spokesperson = ["spokesman", "spokeswoman"]
"""


def test_load_pyproject(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(PYPROJECT, encoding="utf-8")
    config = load_config(path)
    assert config.selection.select == ("NC1", "NC3", "NC501")
    assert config.selection.ignore == ("NC102",)
    assert config.selection.per_file_ignores == (("archive/*.txt", ("NC4",)),)
    assert config.fail_on is Severity.ERROR
    assert config.house.terms == ("Belt and Road",)
    assert config.house.names == {"Moin ul Haq": ("Moin Haq",)}
    assert config.house.titles == {"spokesperson": ("spokesman", "spokeswoman")}
    assert config.severity_for("NC101", Severity.WARNING) is Severity.INFO  # longest prefix
    assert config.severity_for("NC103", Severity.WARNING) is Severity.ERROR
    assert config.severity_for("NC501", Severity.WARNING) is Severity.WARNING


def test_toolkit_toml_is_top_level(tmp_path: Path) -> None:
    path = tmp_path / "toolkit.toml"
    path.write_text('ignore = ["NC5"]\n', encoding="utf-8")
    assert load_config(path).selection.ignore == ("NC5",)


def test_find_config_walks_up_and_skips_pyprojects_without_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    inner = tmp_path / "desk" / "today"
    inner.mkdir(parents=True)
    (tmp_path / "desk" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(inner) == tmp_path / "pyproject.toml"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"selct": ["NC1"]}, "unknown key 'selct' in [tool.toolkit]"),
        ({"select": "NC1,NC2"}, None),
        ({"select": [1]}, "select must be a list of strings"),
        ({"severity": {"NC1": "loud"}}, "severity.NC1 must be one of info, warning, error"),
        ({"fail-on": "never"}, "fail-on must be one of info, warning, error"),
        ({"names": ["x"]}, "names must be a table of canonical = [variants]"),
    ],
)
def test_bad_values(table: dict[str, object], message: str | None) -> None:
    if message is None:
        assert parse_config(table, "p.toml").selection.select == ("NC1", "NC2")
        return
    with pytest.raises(ConfigError, match=r"^p\.toml: " + message.replace("[", r"\[")):
        parse_config(table, "p.toml")


def test_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "toolkit.toml"
    path.write_text("select = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_defaults() -> None:
    config = CheckConfig()
    assert config.selection.enabled("NC501")
    assert config.fail_on is None
