"""Checks the official schemas miss: QCode aliases, time zones, languages, empty headlines.

Pure functions over a parsed document; catalogs of aliases come in as data.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

from toolkit.findings import Finding, Severity
from toolkit.validation.codes import (
    ATOM_AUTHOR,
    ATOM_CONTENT,
    CATALOG_UNAVAILABLE,
    EMPTY_HEADLINE,
    LANGUAGE,
    QCODE_ALIAS,
    RSS_CHANNEL,
    RSS_ITEM,
    TIMEZONE,
)
from toolkit.validation.json_documents import json_path
from toolkit.validation.sniff import ATOM, NAR, NITF
from toolkit.validation.xml_documents import Locator

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# G2 attributes typed QCodeType or QCodeListType (values "alias:code", space-separated lists).
_QCODE_ATTRIBUTES = frozenset(
    {"qcode", "type", "role", "rel", "jobtitle", "format", "why", "howextracted", "howderived",
     "pubconstraint"}
)  # fmt: skip
_G2_TIMESTAMPS = frozenset(
    f"{{{NAR}}}{name}"
    for name in ("versionCreated", "firstCreated", "contentCreated", "contentModified", "sent")
)
_ATOM_TIMESTAMPS = frozenset({f"{{{ATOM}}}updated", f"{{{ATOM}}}published"})
# A time of day must end in Z or an offset; ISO 8601 basic form (NITF @norm) allows +hhmm.
_HAS_TIME = re.compile(r"\d[T ]\d\d:?\d\d")
_HAS_ZONE = re.compile(r"(?:[Zz]|[+-]\d\d(?::?\d\d)?)$")
_NINJS_TIMESTAMPS = frozenset({"versioncreated", "firstcreated", "contentcreated", "embargoed"})


def _error(code: str, message: str, path: str, position: tuple[int, int], match: str) -> Finding:
    """A rule of the standard that its schema cannot express (RFC 4287's Schematron part)."""
    line, column = position
    return Finding(code, message, Severity.ERROR, path, line=line, column=column, match=match)


def _warning(code: str, message: str, path: str, position: tuple[int, int], match: str) -> Finding:
    """An advisory check beyond the standard: reported, an error only with ``--strict``."""
    line, column = position
    return Finding(code, message, Severity.WARNING, path, line=line, column=column, match=match)


def lacks_zone(value: str) -> bool:
    """True for a timestamp with a time of day but no ``Z`` or offset."""
    value = value.strip()
    if value.endswith(("Z", "z")):  # the usual UTC stamp: no regex needed
        return False
    return bool(_HAS_TIME.search(value)) and not _HAS_ZONE.search(value)


# ------------------------------------------------------------------------------ NewsML-G2


@dataclass(slots=True)
class G2Scan:
    """What the G2 checks look at, gathered in one walk over the item.

    QCode-typed attribute values are kept as a set of distinct strings, not with their
    elements: a batch's items are almost always clean, so the walk that locates an offending
    attribute (:func:`qcode_attributes`) only runs when an alias is found undeclared.
    """

    root: etree._Element
    qcode_values: set[str] = field(default_factory=set)
    catalog_refs: list[etree._Element] = field(default_factory=list)
    embedded_catalogs: list[etree._Element] = field(default_factory=list)
    timestamps: list[etree._Element] = field(default_factory=list)
    headlines: list[etree._Element] = field(default_factory=list)
    languages: list[etree._Element] = field(default_factory=list)  # contentMeta/language
    nitf_dates: list[etree._Element] = field(default_factory=list)

    @property
    def catalog_names(self) -> list[str]:
        """File names of the referenced catalogs (``catalog.IPTC-G2-Standards_41.xml``)."""
        return [_file_name(ref.get("href", "")) for ref in self.catalog_refs]


@functools.lru_cache(maxsize=64)  # a batch references the same few catalogs
def _file_name(href: str) -> str:
    bare = href.split("?", 1)[0].split("#", 1)[0]
    return bare.rstrip("/").rsplit("/", 1)[-1] or href


_NAR_PREFIX = f"{{{NAR}}}"
_CATALOG_REF = f"{{{NAR}}}catalogRef"
_CATALOG = f"{{{NAR}}}catalog"
_LANGUAGE = f"{{{NAR}}}language"
_CONTENT_META = f"{{{NAR}}}contentMeta"
_HEADLINES = frozenset({f"{{{NAR}}}headline", f"{{{NITF}}}hl1"})
_NITF_DATES = frozenset(
    f"{{{NITF}}}{name}" for name in ("date.issue", "story.date", "date.release")
)
_SCANNED: dict[str, str] = {  # tag -> the G2Scan list it goes to
    _CATALOG_REF: "catalog_refs",
    _CATALOG: "embedded_catalogs",
    _LANGUAGE: "languages",
    **dict.fromkeys(_G2_TIMESTAMPS, "timestamps"),
    **dict.fromkeys(_HEADLINES, "headlines"),
    **dict.fromkeys(_NITF_DATES, "nitf_dates"),
}


def scan_g2(root: etree._Element) -> G2Scan:
    # What a walk costs in lxml is a Python object per element: the few elements wanted by
    # tag are picked out in C, and the walk that reads every G2 element's attributes is a
    # single comprehension.
    scan = G2Scan(root)
    for element in root.iter(*_SCANNED):
        bucket = _SCANNED[element.tag]
        if bucket == "languages":
            parent = element.getparent()
            if parent is None or parent.tag != _CONTENT_META:
                continue
        getattr(scan, bucket).append(element)
    scan.qcode_values = {
        str(value)
        for element in root.iter(f"{_NAR_PREFIX}*")
        for name, value in element.items()
        if name in _QCODE_ATTRIBUTES
    }
    return scan


def qcode_attributes(root: etree._Element) -> Iterator[tuple[etree._Element, str, str]]:
    """(element, attribute, value) of each QCode-typed attribute of G2 elements, in order."""
    for element in root.iter(f"{_NAR_PREFIX}*"):
        for name, value in element.items():
            if name in _QCODE_ATTRIBUTES:
                yield element, str(name), str(value)


def declared_aliases(catalog: etree._Element) -> frozenset[str]:
    """The scheme aliases a catalog (a catalogItem or an embedded ``catalog``) declares."""
    return frozenset(
        alias for scheme in catalog.iter(f"{{{NAR}}}scheme") if (alias := scheme.get("alias"))
    )


def g2_findings(
    scan: G2Scan,
    path: str,
    locator: Locator,
    catalogs: Mapping[str, frozenset[str] | None],
) -> list[Finding]:
    """Semantic findings for a G2 item; ``catalogs`` maps referenced names to aliases or None."""
    findings = list(_alias_findings(scan, path, locator, catalogs))
    findings.extend(_timestamp_findings(scan.timestamps, path, locator))
    findings.extend(_language_findings(scan.root.get(XML_LANG), scan.languages, path, locator))
    findings.extend(_empty_headline_findings(scan.headlines, path, locator))
    findings.extend(_norm_findings(scan.nitf_dates, path, locator))
    return findings


def _alias_findings(
    scan: G2Scan,
    path: str,
    locator: Locator,
    catalogs: Mapping[str, frozenset[str] | None],
) -> Iterator[Finding]:
    if not scan.catalog_refs and not scan.embedded_catalogs:
        # Nothing declares any alias: since 2.30 (CR00211) an item may carry no catalog, and
        # before it the version check (V110) reports the missing catalog.
        return
    missing = [name for name, aliases in catalogs.items() if aliases is None]
    if missing:
        refs = dict(zip(scan.catalog_names, scan.catalog_refs, strict=True))
        for name in missing:
            yield Finding(
                CATALOG_UNAVAILABLE,
                f"catalog {name} is not in the schema folder; QCode aliases not checked",
                Severity.INFO,
                path,
                *locator.position(refs[name]),
                match=name,
            )
        return
    declared = _union(tuple(aliases for aliases in catalogs.values() if aliases is not None))
    if scan.embedded_catalogs:
        declared = declared.union(*(declared_aliases(c) for c in scan.embedded_catalogs))
    if not _undeclared(scan.qcode_values, declared):
        return
    reported: set[str] = set()
    for element, name, value in qcode_attributes(scan.root):
        for qcode in value.split():
            alias, colon, _ = qcode.partition(":")
            if not colon or alias in declared or alias in reported:
                continue
            reported.add(alias)
            plural = "s" if len(catalogs) > 1 else ""
            where = (
                f"the referenced catalog{plural} {', '.join(catalogs)}"
                if catalogs
                else "any catalog (the item references none)"
            )
            yield _warning(
                QCODE_ALIAS,
                f"QCode alias '{alias}' ({name}=\"{qcode}\") is not declared in {where}",
                path,
                locator.position(element),
                alias,
            )


def _undeclared(values: Iterable[str], declared: frozenset[str]) -> bool:
    """Whether any QCode among ``values`` (each a space-separated list) has an unknown alias."""
    for value in values:
        for qcode in value.split():
            alias, colon, _ = qcode.partition(":")
            if colon and alias not in declared:
                return True
    return False


@functools.lru_cache(maxsize=16)
def _union(catalogs: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The aliases of several catalogs; cached, as a batch references the same few catalogs."""
    return frozenset().union(*catalogs)


def _timestamp_findings(
    elements: Iterable[etree._Element], path: str, locator: Locator
) -> Iterator[Finding]:
    for element in elements:
        value = (element.text or "").strip()
        if lacks_zone(value):
            name = etree.QName(element).localname
            yield _warning(
                TIMEZONE,
                f"{name} '{value}' has no time zone (add Z or an offset such as +01:00)",
                path,
                locator.position(element),
                value,
            )


def _norm_findings(
    elements: Iterable[etree._Element], path: str, locator: Locator
) -> Iterator[Finding]:
    for element in elements:
        value = element.get("norm", "")
        if lacks_zone(value):
            yield _warning(
                TIMEZONE,
                f"{etree.QName(element).localname}/@norm '{value}' has no time zone",
                path,
                locator.position(element),
                value,
            )


def _language_findings(
    item_lang: str | None, languages: list[etree._Element], path: str, locator: Locator
) -> Iterator[Finding]:
    if not item_lang or not languages:
        return
    tags = [language.get("tag", "") for language in languages]
    if not any(_same_language(item_lang, tag) for tag in tags):
        yield _warning(
            LANGUAGE,
            f"language tag '{tags[0]}' disagrees with the item's xml:lang '{item_lang}'",
            path,
            locator.position(languages[0]),
            tags[0],
        )


def _same_language(one: str, other: str) -> bool:
    """Equal, or one a BCP 47 prefix of the other (``en`` and ``en-US`` agree; ``fr`` does not)."""
    a, b = one.casefold(), other.casefold()
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _empty_headline_findings(
    elements: Iterable[etree._Element], path: str, locator: Locator
) -> Iterator[Finding]:
    for element in elements:
        # The text before the first child settles most headlines without joining them.
        if (element.text or "").strip() or "".join(map(str, element.itertext())).strip():
            continue
        name = etree.QName(element).localname
        yield _warning(
            EMPTY_HEADLINE,
            f"{name} is empty (omit it when the story has no headline)",
            path,
            locator.position(element),
            name,
        )


# ------------------------------------------------------------------------------ NITF, Atom


def nitf_findings(root: etree._Element, path: str, locator: Locator) -> list[Finding]:
    namespace = etree.QName(root).namespace
    prefix = f"{{{namespace}}}" if namespace else ""
    findings = list(_empty_headline_findings(root.iter(f"{prefix}hl1"), path, locator))
    dates = root.iter(f"{prefix}date.issue", f"{prefix}story.date", f"{prefix}date.release")
    findings.extend(_norm_findings(dates, path, locator))
    return findings


def atom_findings(root: etree._Element, path: str, locator: Locator) -> list[Finding]:
    """Time zones, and RFC 4287's two Schematron rules that RELAX NG cannot express."""
    findings = list(_timestamp_findings(root.iter(*_ATOM_TIMESTAMPS), path, locator))
    feed_has_author = root.tag == f"{{{ATOM}}}feed" and root.find(f"{{{ATOM}}}author") is not None
    entries = [root] if root.tag == f"{{{ATOM}}}entry" else root.findall(f"{{{ATOM}}}entry")
    for entry in entries:
        source_author = entry.find(f"{{{ATOM}}}source/{{{ATOM}}}author")
        if (
            not feed_has_author
            and entry.find(f"{{{ATOM}}}author") is None
            and source_author is None
        ):
            findings.append(
                _error(
                    ATOM_AUTHOR,
                    "entry has no author and neither has the feed",
                    path,
                    locator.position(entry),
                    "author",
                )
            )
        alternate = any(
            link.get("rel", "alternate") == "alternate" for link in entry.findall(f"{{{ATOM}}}link")
        )
        if entry.find(f"{{{ATOM}}}content") is None and not alternate:
            findings.append(
                _error(
                    ATOM_CONTENT,
                    'entry has neither content nor a link rel="alternate"',
                    path,
                    locator.position(entry),
                    "content",
                )
            )
    return findings


# ------------------------------------------------------------------------------ RSS 2.0
# The RSS 2.0 specification requires these of every channel; the XSD cannot say it (its
# channel is an unordered choice of optional elements).
_RSS_CHANNEL_REQUIRED = ("title", "link", "description")


def rss_findings(root: etree._Element, path: str, locator: Locator) -> list[Finding]:
    """What RSS 2.0 requires: a channel's title, link and description; an item's title or
    description ("at least one of title or description must be present")."""
    findings = []
    for channel in root.findall("channel"):
        for name in _RSS_CHANNEL_REQUIRED:
            if channel.find(name) is None:
                findings.append(
                    _error(
                        RSS_CHANNEL,
                        f"channel has no <{name}> (RSS 2.0 requires title, link and description)",
                        path,
                        locator.position(channel),
                        name,
                    )
                )
        for item in channel.findall("item"):
            if item.find("title") is None and item.find("description") is None:
                findings.append(
                    _error(
                        RSS_ITEM,
                        "item has neither <title> nor <description> (RSS 2.0 requires one)",
                        path,
                        locator.position(item),
                        "item",
                    )
                )
    return findings


# ------------------------------------------------------------------------------ ninjs


def ninjs_findings(document: object, path: str) -> list[Finding]:
    """Time zones of top-level date-times, and empty headlines, in any ninjs major version."""
    if not isinstance(document, Mapping):
        return []
    findings: list[Finding] = []
    for key, value in document.items():
        if key.casefold() in _NINJS_TIMESTAMPS and isinstance(value, str) and lacks_zone(value):
            findings.append(
                _json_warning(TIMEZONE, f"'{value}' has no time zone", path, (key,), value)
            )
    headline = document.get("headline")
    if isinstance(headline, str) and not headline.strip():
        findings.append(_json_warning(EMPTY_HEADLINE, "headline is empty", path, ("headline",), ""))
    headlines = document.get("headlines")
    if isinstance(headlines, list):
        for index, item in enumerate(headlines):
            value = item.get("value") if isinstance(item, Mapping) else None
            if isinstance(value, str) and not value.strip():
                findings.append(
                    _json_warning(
                        EMPTY_HEADLINE,
                        "headline is empty",
                        path,
                        ("headlines", index, "value"),
                        "",
                    )
                )
    return findings


def _json_warning(
    code: str, message: str, path: str, parts: tuple[str | int, ...], match: str
) -> Finding:
    return Finding(code, message, Severity.WARNING, path, json_path=json_path(parts), match=match)
