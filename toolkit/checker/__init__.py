"""The consistency checker: articles in, findings out (see ``toolkit rules`` for the codes)."""

from __future__ import annotations

from toolkit.checker.config import CheckConfig, ConfigError, find_config, load_config
from toolkit.checker.engine import check, check_article, check_batch, iter_findings
from toolkit.checker.registry import HouseStyle, Rule, Scope
from toolkit.checker.rules import RULES

__all__ = [
    "RULES",
    "CheckConfig",
    "ConfigError",
    "HouseStyle",
    "Rule",
    "Scope",
    "check",
    "check_article",
    "check_batch",
    "find_config",
    "iter_findings",
    "load_config",
]
