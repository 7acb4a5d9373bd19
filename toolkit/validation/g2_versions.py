"""Rules of earlier NewsML-G2 versions, for an item whose ``standardversion`` names one.

Only the 2.35 schema is loaded, and each version accepts more than the one before, so an item
declaring 2.18 that uses an attribute added in 2.29 passes the schema: these rules catch what
the declared version's own schema would reject. Each feature is the change request (CR) that
added it, as IPTC's unit tests name them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from toolkit.findings import Finding, Severity
from toolkit.validation.codes import STANDARD_VERSION
from toolkit.validation.sniff import NAR
from toolkit.validation.xml_documents import Locator

_VERSION = re.compile(r"^\s*(\d+)\.(\d+)")
CATALOG_OPTIONAL_SINCE = (2, 30)  # CR00211: an item may carry neither catalogRef nor catalog


@dataclass(frozen=True, slots=True)
class Feature:
    since: tuple[int, int]
    change: str  # the CR that added it
    what: str
    xpath: str  # elements that use it, relative to the root


_NS = {"g": NAR}
FEATURES: tuple[Feature, ...] = (
    Feature((2, 29), "CR00209", "@schemeretired", ".//g:scheme[@schemeretired] | "
            "descendant-or-self::g:schemeMeta[@schemeretired]"),
    Feature((2, 31), "CR00215", "hasInstrument on concept", ".//g:concept/g:hasInstrument"),
    Feature((2, 32), "CR00216", "@authoritystatus",
            "descendant-or-self::g:*[@authoritystatus or @authoritystatusuri]"),
)  # fmt: skip
_COMPILED = tuple((feature, etree.XPath(feature.xpath, namespaces=_NS)) for feature in FEATURES)


def declared_version(root: etree._Element) -> tuple[int, int] | None:
    """``standardversion="2.18"`` -> ``(2, 18)``; None when absent or not a version."""
    match = _VERSION.match(root.get("standardversion", ""))
    return (int(match[1]), int(match[2])) if match else None


def version_findings(
    root: etree._Element, path: str, locator: Locator, has_catalog: bool
) -> Iterator[Finding]:
    """What the schema of the item's declared version rejects but 2.35 accepts."""
    version = declared_version(root)
    if version is None:
        return
    declared = f"{version[0]}.{version[1]}"
    if version < CATALOG_OPTIONAL_SINCE and not has_catalog:
        yield _finding(
            f"NewsML-G2 {declared} requires a catalogRef or catalog (optional only since 2.30)",
            path,
            locator.position(root),
            "catalogRef",
        )
    for feature, select in _COMPILED:
        if version >= feature.since:
            continue
        found = select(root)
        if isinstance(found, list) and found and isinstance(found[0], etree._Element):
            since = f"{feature.since[0]}.{feature.since[1]}"
            yield _finding(
                f"{feature.what} is NewsML-G2 {since} ({feature.change}); the item declares "
                f"standardversion {declared}",
                path,
                locator.position(found[0]),
                feature.what,
            )


def _finding(message: str, path: str, position: tuple[int, int], match: str) -> Finding:
    line, column = position
    return Finding(
        STANDARD_VERSION, message, Severity.ERROR, path, line=line, column=column, match=match
    )
