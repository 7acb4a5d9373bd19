"""Tell a document's kind from its root: G2 item, NITF, RSS, Atom, ninjs, JSON Feed, record,
export manifest."""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

from lxml import etree

from toolkit import safe_xml
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
# IPTC's development schemas (ninjs-schema-dev_*), which its test suite runs as 1.x_dev and
# 2.x_dev: drafts of properties no released version has yet (``advices``).
NINJS_DEV_VERSIONS = ("1.x-dev", "2.x-dev")
NINJS_KIND_VERSIONS = (*NINJS_VERSIONS, *NINJS_DEV_VERSIONS)

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
# Top-level names only 1.x has (1.6 less 2.2 and 3.1), and its pattern properties.
_V1_KEYS = frozenset(
    {"$standard", "byline", "charcount", "event", "genre", "headline", "infosource", "mimetype",
     "object", "organisation", "person", "place", "subject", "trustindicator", "wordcount"}
)  # fmt: skip
_V1_PATTERN = re.compile(r"^(?:headline|body|description)_")
# The top-level properties of ninjs 3.1: a document using nothing else reads as 3.x.
_V3_KEYS = frozenset(
    {"altIds", "associations", "bodies", "by", "contentCreated", "copyrightHolder",
     "copyrightNotice", "descriptions", "digitalSourceType", "edNote", "embargoedUntil",
     "eventDetails", "events", "expires", "firstCreated", "genres", "headlines", "infoSources",
     "language", "located", "objects", "organisations", "people", "places", "plannedCoverage",
     "profile", "pubStatus", "renditions", "representationType", "rightsInfo", "slugline",
     "standard", "subjects", "title", "trustIndicators", "type", "urgency", "uri", "usageTerms",
     "version", "versionCreated"}
)  # fmt: skip
# Properties of IPTC's development schemas that no released version has.
_DEV_KEYS = frozenset({"advices"})


def parse_kind(name: str) -> tuple[str, str | None]:
    """``"ninjs@3.1"`` -> ``("ninjs", "3.1")``; ``"newsml"`` -> ``("newsml", None)``."""
    base, _, version = name.partition("@")
    if base not in KINDS or (version and (base != "ninjs" or version not in NINJS_KIND_VERSIONS)):
        known = [*KINDS, *(f"ninjs@{v}" for v in NINJS_KIND_VERSIONS)]
        raise UnknownFormatError("document kind", name, known)
    return base, version or None


def syntax(data: bytes) -> str:
    """``"xml"`` or ``"json"`` from the first significant character; else :class:`InputError`."""
    head = data[:1024]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00", b"\x00<")):
        return "xml"
    if safe_xml.encoding_signature(head) is not None:
        return "xml"  # UTF-32 or EBCDIC markup: the XML path refuses it, naming the encoding
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
    """The ninjs version a document claims or, failing that, the one its keys imply.

    A claim counts when made the way its generation makes it: ``$standard.version`` for 1.x
    (1.3+), ``standard.version`` for 2.x and 3.x; a newer minor version of a known major maps
    to that major's latest schema. Otherwise: a property only IPTC's development schema has
    (``advices``) means that schema; camelCase keys mean 3.x, the plural lower-case arrays
    2.x, the singular ones, ``headline_*``/``body_*`` patterns and an ``associations`` object
    1.x, nested camelCase keys 3.x; a document using only names 3.1 defines
    (``{"uri": ..., "urgency": 1}``) is judged by the newest version, 3.1, and anything else
    by 1.x.
    """
    claimed = _claimed_version(document)
    if claimed is not None:
        return claimed
    keys = set(document)
    if keys & _DEV_KEYS:
        return "1.x-dev" if _looks_v1(keys) else "2.x-dev"
    if keys & _CAMEL_KEYS:
        return LATEST_NINJS["3"]
    if _looks_v1(keys) or isinstance(document.get("associations"), Mapping):
        return LATEST_NINJS["1"]
    if _has_camel_keys(document):
        return LATEST_NINJS["3"]
    if keys & _V2_KEYS:
        return LATEST_NINJS["2"]
    if keys <= _V3_KEYS:
        return LATEST_NINJS["3"]
    if isinstance(document.get("associations"), list):
        return LATEST_NINJS["2"]
    return LATEST_NINJS["1"]


def _claimed_version(document: Mapping[str, object]) -> str | None:
    for key, majors in (("standard", ("2", "3")), ("$standard", ("1",))):
        standard = document.get(key)
        claimed = standard.get("version") if isinstance(standard, Mapping) else None
        if not isinstance(claimed, str):
            continue
        major = claimed.split(".", 1)[0]
        if major not in majors:
            continue  # e.g. "standard": {"version": "1.2"}: 1.x declares itself as $standard
        return claimed if claimed in NINJS_VERSIONS else LATEST_NINJS[major]
    return None


def _looks_v1(keys: set[str]) -> bool:
    return bool(keys & _V1_KEYS) or any(_V1_PATTERN.match(key) for key in keys)


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
