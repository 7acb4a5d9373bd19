"""The stable codes ``toolkit validate`` reports, one per kind of problem.

V0xx: the document as a whole. V1xx: the official schema says no. V2xx: checks the schemas
miss. A code never changes meaning; retired codes are not reused.
"""

from __future__ import annotations

UNKNOWN_KIND = "V010"  # well-formed, but not a document kind we know (e.g. a G2 fragment)
SCHEMA = "V100"  # XSD, RELAX NG or JSON Schema violation (NITF in inlineXML included)
QCODE_ALIAS = "V200"  # a QCode alias no referenced or embedded catalog declares
TIMEZONE = "V201"  # a timestamp with a time of day but no time zone
LANGUAGE = "V202"  # xml:lang and language/@tag disagree (a tag and its subtag, en/en-GB, agree)
EMPTY_HEADLINE = "V203"  # headline present but empty
CATALOG_UNAVAILABLE = "V204"  # info: a referenced catalog is not in the schema folder
ATOM_AUTHOR = "V205"  # Atom entry without author in a feed without author (RFC 4287 4.1.1)
ATOM_CONTENT = "V206"  # Atom entry with neither content nor rel="alternate" link (4.1.1)
LISTED_FILE = "V207"  # a file an export manifest lists is missing beside it or differs
RSS_CHANNEL = "V208"  # RSS channel without title, link or description (RSS 2.0: required)
RSS_ITEM = "V209"  # RSS item with neither title nor description (RSS 2.0: one is required)

CODES: dict[str, str] = {
    UNKNOWN_KIND: "unknown document kind",
    SCHEMA: "schema violation",
    QCODE_ALIAS: "QCode alias not declared in a referenced catalog",
    TIMEZONE: "timestamp without time zone",
    LANGUAGE: "xml:lang and language tag disagree",
    EMPTY_HEADLINE: "empty headline",
    CATALOG_UNAVAILABLE: "referenced catalog not available offline; aliases not checked",
    ATOM_AUTHOR: "Atom entry without author",
    ATOM_CONTENT: "Atom entry without content or alternate link",
    LISTED_FILE: "file listed in the manifest is missing or differs",
    RSS_CHANNEL: "RSS channel without a required element",
    RSS_ITEM: "RSS item with neither title nor description",
}
