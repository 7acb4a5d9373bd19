"""Tell a document's kind from its root: G2 item, NITF, RSS, Atom, ninjs, JSON Feed, record,
export manifest."""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

from lxml import etree

from toolkit.errors import InputError, UnknownFormatError

NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
ATOM = "http://www.w3.org/2005/Atom"

KINDS = ("record", "manifest", "newsml", "nitf", "ninjs", "rss", "atom", "jsonfeed")
# The $id of our manifest schema, which `toolkit export` writes as the manifest's "$schema".
MANIFEST_SCHEMA = "https://newsroom.example/schemas/manifest/1/manifest.schema.json"
XML_KINDS = frozenset({"newsml", "nitf", "rss", "atom"})
NINJS_VERSIONS = (
    "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1", "2.2", "3.0", "3.1",
)  # fmt: skip
LATEST_NINJS = {"1": "1.6", "2": "2.2", "3": "3.1"}

# Root elements of the G2 item family and of the envelopes that carry them.
_G2_ROOTS = frozenset(
    {"newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem",
     "newsMessage", "conceptSet", "catalog"}
)  # fmt: skip
# Building blocks IPTC's listings show on their own, without a namespace: they are G2
# fragments, reported as invalid G2 rather than as an unknown kind.
_G2_FRAGMENTS = frozenset(
    {"groupSet", "contentSet", "contentMeta", "itemMeta", "partMeta", "rightsInfo", "assert"}
)  # fmt: skip

# Keys that only ninjs 3.x spells in camelCase; 2.x spells them in lower case.
_CAMEL_KEYS = frozenset(
    {"versionCreated", "firstCreated", "contentCreated", "pubStatus", "infoSources",
     "trustIndicators", "digitalSourceType", "copyrightHolder", "copyrightNotice",
     "usageTerms", "altIds", "edNote", "representationType", "mimeType", "charCount",
     "wordCount"}
)  # fmt: skip
_CAMEL = re.compile(r"^[a-z]+[A-Z]")
_V2_KEYS = frozenset(
    {"headlines", "bodies", "descriptions", "people", "organisations", "places", "subjects",
     "infosources", "genres", "events", "objects", "altids", "trustindicators", "standard"}
)  # fmt: skip


def parse_kind(name: str) -> tuple[str, str | None]:
    """``"ninjs@3.1"`` -> ``("ninjs", "3.1")``; ``"newsml"`` -> ``("newsml", None)``."""
    base, _, version = name.partition("@")
    if base not in KINDS or (version and (base != "ninjs" or version not in NINJS_VERSIONS)):
        known = [*KINDS, *(f"ninjs@{v}" for v in NINJS_VERSIONS)]
        raise UnknownFormatError("document kind", name, known)
    return base, version or None


def syntax(data: bytes) -> str:
    """``"xml"`` or ``"json"`` from the first significant character; else :class:`InputError`."""
    head = data[:1024]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00", b"\x00<")):
        return "xml"
    stripped = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if stripped.startswith(b"<"):
        return "xml"
    if stripped.startswith((b"{", b"[")):
        return "json"
    raise InputError("not an XML or JSON document")


def xml_kind(root: etree._Element) -> str | None:
    """The kind of an XML document from its root element, or None when we do not know it."""
    qname = etree.QName(root)
    namespace, local = qname.namespace, qname.localname
    if namespace == NAR and local in _G2_ROOTS:
        return "newsml"
    if local == "nitf" and namespace in (NITF, None):
        return "nitf"
    if local == "rss" and namespace is None:
        return "rss"
    if namespace == ATOM and local in ("feed", "entry"):
        return "atom"
    if namespace in (NAR, None) and local in _G2_FRAGMENTS | _G2_ROOTS:
        return "newsml"
    return None


def json_kind(document: object) -> str | None:
    """The kind of a JSON document (``"ninjs@3.1"`` for ninjs), or None when we do not know it."""
    if not isinstance(document, Mapping):
        return None
    version = document.get("version")
    if isinstance(version, str) and version.startswith("https://jsonfeed.org/version/"):
        return "jsonfeed"
    if _is_manifest(document):
        return "manifest"
    if _is_record(document):
        return "record"
    if "uri" in document or "$standard" in document or "standard" in document:
        return f"ninjs@{ninjs_version(document)}"
    return None


def _is_manifest(document: Mapping[str, object]) -> bool:
    """Marked as our manifest, or shaped like one written before the marker existed: a
    version, articles and feeds, or articles whose files carry a sha256."""
    if document.get("$schema") == MANIFEST_SCHEMA:
        return True
    articles = document.get("articles")
    if "version" not in document or not isinstance(articles, list):
        return False
    if document.keys() == {"version", "articles", "feeds"}:
        return True
    return any(
        isinstance(entry, Mapping)
        and isinstance(entry.get("files"), list)
        and any(isinstance(file, Mapping) and "sha256" in file for file in entry["files"])
        for entry in articles
    )


def _is_record(document: Mapping[str, object]) -> bool:
    marker = document.get("$schema")
    if isinstance(marker, str) and "record" in marker and "ninjs" not in marker:
        return True
    return "schema_version" in document and "source" in document and "paragraphs" in document


def ninjs_version(document: Mapping[str, object]) -> str:
    """The ninjs version a document claims or, failing that, the one its key spelling implies.

    ``standard.version`` (2.x, 3.x) or ``$standard.version`` (1.3+) wins when it names a version we
    have a schema for; a newer minor version of a known major maps to that major's latest schema.
    Otherwise camelCase keys mean 3.x, the plural lower-case arrays 2.x, and anything else 1.x.
    """
    for key in ("standard", "$standard"):
        standard = document.get(key)
        claimed = standard.get("version") if isinstance(standard, Mapping) else None
        if isinstance(claimed, str):
            if claimed in NINJS_VERSIONS:
                return claimed
            major = claimed.split(".", 1)[0]
            if major in LATEST_NINJS:
                return LATEST_NINJS[major]
    keys = set(document)
    if keys & _CAMEL_KEYS or _has_camel_keys(document):
        return LATEST_NINJS["3"]
    if keys & _V2_KEYS:
        return LATEST_NINJS["2"]
    if keys == {"uri"}:
        return LATEST_NINJS["3"]
    return LATEST_NINJS["1"]


def _has_camel_keys(value: object, depth: int = 0) -> bool:
    """Whether any nested key is camelCase (``contentType``, ``eventDetails``), as only 3.x has."""
    if depth > 8:
        return False
    if isinstance(value, Mapping):
        return any(
            (isinstance(key, str) and _CAMEL.search(key) is not None)
            or _has_camel_keys(item, depth + 1)
            for key, item in value.items()
        )
    if isinstance(value, list):
        return any(_has_camel_keys(item, depth + 1) for item in value)
    return False
