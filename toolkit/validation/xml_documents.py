"""XML documents: run a compiled XSD or RELAX NG schema and turn libxml2's log into findings."""

from __future__ import annotations

from typing import TypeAlias

from lxml import etree

from toolkit.findings import Finding, Severity
from toolkit.validation.codes import SCHEMA

Schema: TypeAlias = "etree.XMLSchema | etree.RelaxNG"


def source_line(element: etree._Element) -> int:
    """The element's 1-based line; 1 when libxml2 did not record one."""
    line = element.sourceline
    return line if isinstance(line, int) and line > 0 else 1


class Locator:
    """line:col of elements in the source, computed only when a finding needs one.

    libxml2 keeps each element's line but not its column; the column is that of the element's
    start tag on its line (in code points), so editors land on the element.
    """

    __slots__ = ("_data", "_encoding", "_lines")

    def __init__(self, data: bytes, encoding: str | None) -> None:
        self._data = data
        self._encoding = encoding or "utf-8"
        self._lines: list[str] | None = None

    def _line(self, number: int) -> str:
        if self._lines is None:
            try:
                text = self._data.decode(self._encoding, errors="replace")
            except LookupError:
                text = self._data.decode("utf-8", errors="replace")
            self._lines = text.removeprefix("\ufeff").split("\n")
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""

    def position(self, element: etree._Element) -> tuple[int, int]:
        """line:col of the element's start tag (``<name``).

        libxml2 records the line where the start tag *ends*: for a tag whose attributes span
        several lines, the ``<name`` is found on that line or the lines before it.
        """
        reported = source_line(element)
        qname = etree.QName(element)
        prefix = element.prefix
        tag = f"<{prefix}:{qname.localname}" if prefix else f"<{qname.localname}"
        for line in range(reported, max(reported - _TAG_LINES, 0), -1):
            index = self._find_tag(self._line(line), tag)
            if index >= 0:
                return line, index + 1
        return reported, 1

    @staticmethod
    def _find_tag(text: str, tag: str) -> int:
        """The last ``<name`` on the line not followed by more name characters, or -1."""
        index = text.rfind(tag)
        while index != -1:
            end = index + len(tag)
            if end >= len(text) or not (text[end].isalnum() or text[end] in "-_.:"):
                return index
            index = text.rfind(tag, 0, index)
        return -1


# How far above libxml2's line a start tag may begin (one attribute per line, as IPTC writes).
_TAG_LINES = 64


def _column(entry: etree._LogEntry, tree: etree._ElementTree, locator: Locator) -> int:
    """libxml2 gives schema errors a line but column 0; find the element from its XPath."""
    if entry.column > 0:
        return int(entry.column)
    if entry.path:
        try:
            found = tree.xpath(entry.path)
        except etree.XPathError:
            found = None
        if isinstance(found, list) and found and isinstance(found[0], etree._Element):
            line, column = locator.position(found[0])
            if line == entry.line:
                return column
    return 1


def schema_findings(
    schema: Schema, tree: etree._ElementTree, path: str, locator: Locator
) -> list[Finding]:
    """One finding per distinct schema error, in document order."""
    if schema.validate(tree):
        return []
    seen: set[tuple[int, int, str]] = set()
    findings: list[Finding] = []
    log: etree._ListErrorLog = schema.error_log
    for entry in log.filter_from_errors():
        key = (entry.line, entry.column, entry.message)
        if key in seen:
            continue
        seen.add(key)
        findings.append(
            Finding(
                code=SCHEMA,
                message=" ".join(entry.message.split()),
                severity=Severity.ERROR,
                path=path,
                line=max(entry.line, 1),
                column=_column(entry, tree, locator),
            )
        )
    return findings
