"""Validate the feeds an export writes: RSS XSD, Atom RELAX NG plus RFC 4287's two
Schematron rules (which lxml does not run), JSON Feed 1.1 JSON Schema with format checks."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema.exceptions import best_match
from lxml import etree

from toolkit.errors import InvalidDocumentError

ATOM = "{http://www.w3.org/2005/Atom}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def check_feed(name: str, data: bytes, schema_dir: Path | None) -> None:
    """Raise InvalidDocumentError naming the first problem of feed ``name`` (rss/atom/jsonfeed)."""
    # The catalog compiles each schema once; imported here so exports that skip validation
    # never load it.
    from toolkit.validation import catalog

    needs = {
        "rss": catalog.XML_SCHEMAS["rss"],
        "atom": catalog.RELAXNG_SCHEMAS["atom"],
        "jsonfeed": catalog.JSON_SCHEMAS["jsonfeed-1.1"],
    }[name]
    directory = catalog.schema_dir(schema_dir, needs=needs)
    if name == "jsonfeed":
        validator = catalog.json_schema_validator("jsonfeed-1.1", directory)
        error = best_match(validator.iter_errors(json.loads(data)))
        if error is not None:
            where = error.json_path
            raise InvalidDocumentError(f"JSON Feed invalid at {where}: {error.message}")
        return
    tree = etree.fromstring(data, _PARSER)
    if name == "rss" and tree.find("channel/item") is None:
        # Thelin's XSD demands an item although RSS 2.0 allows none ("HACK" in the schema),
        # so an export of no articles would always fail; the rest has nothing to check.
        return
    schema = (
        catalog.xml_schema("rss", directory)
        if name == "rss"
        else catalog.relaxng("atom", directory)
    )
    if not schema.validate(tree):
        log: etree._ListErrorLog = schema.error_log
        first = log[0]
        raise InvalidDocumentError(f"{name} feed invalid at line {first.line}: {first.message}")
    if name == "atom":
        problem = atom_rule_violation(tree)
        if problem is not None:
            raise InvalidDocumentError(f"atom feed invalid: {problem}")


def atom_rule_violation(feed: etree._Element) -> str | None:
    """RFC 4287's Schematron rules: the feed or every entry has an author; each entry has an
    alternate link or content. None when both hold."""
    entries = feed.findall(f"{ATOM}entry")
    if feed.find(f"{ATOM}author") is None:
        for index, entry in enumerate(entries, 1):
            if entry.find(f"{ATOM}author") is None:
                return f"entry {index} has no author and the feed has none"
    for index, entry in enumerate(entries, 1):
        alternate = any(
            link.get("rel", "alternate") == "alternate" for link in entry.findall(f"{ATOM}link")
        )
        if not alternate and entry.find(f"{ATOM}content") is None:
            return f"entry {index} has neither an alternate link nor content"
    return None
