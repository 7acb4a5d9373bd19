"""IPTC ninjs 1.x, 2.x and 3.x: keys are read case-insensitively, so 3.x camelCase and 2.x
lower case share one path; 1.x singular scalars (``headline``, ``byline``, ``body_text``,
``person``) are read too.

The story comes from an HTML body when there is one (``<p>`` paragraphs, ``<q>`` quotes with
``data-quote-source``), else from a NITF body, else from plain text split at blank lines.
ninjs has no dateline text: the dateline is ``located`` with the date of ``contentCreated``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lxml import etree, html

from toolkit import safe_json
from toolkit.errors import InputError
from toolkit.model import Article
from toolkit.readers import assembly
from toolkit.readers.assembly import Run
from toolkit.readers.nitf import (
    NitfParts,
    PersonParts,
    PlaceParts,
    build_article,
    local,
    nitf_parts,
    parse_date,
    parse_document,
)
from toolkit.readers.options import ReaderOptions

_BLOCKS = ("p", "blockquote", "li", "pre")
_INNER_BLOCKS = ("p", "li", "pre")


def _lower(document: Mapping[str, Any]) -> dict[str, Any]:
    return {str(key).lower(): value for key, value in document.items()}


def _names(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    names = []
    for item in value:
        if isinstance(item, Mapping):
            name = item.get("name") or item.get("literal")
            if isinstance(name, str) and name.strip():
                names.append(assembly.normalise(name))
    return names


def _headline(doc: Mapping[str, Any]) -> str | None:
    headlines = doc.get("headlines")
    if isinstance(headlines, list):
        items = [_lower(h) for h in headlines if isinstance(h, Mapping)]
        main = [h for h in items if h.get("role") == "main"] or items
        for item in main:
            if isinstance(item.get("value"), str) and item["value"].strip():
                return str(item["value"])
    for key in ("headline", "headline_main"):
        if isinstance(doc.get(key), str) and doc[key].strip():
            return str(doc[key])
    return None


def _bodies(doc: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """The main HTML, NITF and plain-text bodies, of any version (main role first)."""
    found: dict[str, str] = {}
    bodies = doc.get("bodies")
    if isinstance(bodies, list):
        items = [_lower(b) for b in bodies if isinstance(b, Mapping)]
        items.sort(key=lambda b: b.get("role") != "main")
        for body in items:
            value, kind = body.get("value"), str(body.get("contenttype", "text/plain")).lower()
            if not isinstance(value, str):
                continue
            if "nitf" in kind:
                found.setdefault("nitf", value)
            elif "html" in kind:
                found.setdefault("html", value)
            elif kind.startswith("text/plain"):
                found.setdefault("plain", value)
    for key in ("body_html", "body_richtext", "body_xhtml"):
        if isinstance(doc.get(key), str):
            found.setdefault("html", doc[key])
    for key in ("body_text", "body_main"):
        if isinstance(doc.get(key), str):
            found.setdefault("plain", doc[key])
    return found.get("html"), found.get("nitf"), found.get("plain")


def _nitf_paragraphs(markup: str, max_bytes: int) -> list[list[Run]]:
    nitf = parse_document(markup.encode("utf-8"), max_bytes)
    return nitf_parts(nitf).paragraphs if local(nitf) == "nitf" else []


def _html_paragraphs(markup: str) -> list[list[Run]]:
    try:
        fragment = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    # Leaf text blocks: TT's HTML sets dialogue as <blockquote>, lists as <li>.
    paragraphs = [
        node
        for node in fragment.iter(*_BLOCKS)
        if next(node.iterdescendants(*_INNER_BLOCKS), None) is None
    ]
    if not paragraphs:
        return assembly.plain_paragraphs(fragment.text_content())
    result = []
    for paragraph in paragraphs:
        runs = [Run(paragraph.text or "")]
        for node in paragraph:
            if not isinstance(node.tag, str):
                runs.append(Run(node.tail or ""))
                continue
            content = node.text_content()
            if node.tag == "q":
                runs.append(Run(content, quote=True, speaker=node.get("data-quote-source")))
            else:
                runs.append(Run(content))
            runs.append(Run(node.tail or ""))
        result.append(runs)
    return result


def read_ninjs(data: bytes, options: ReaderOptions) -> Article:
    if len(data) > options.max_bytes:
        raise InputError(f"document is {len(data)} bytes, over the {options.max_bytes}-byte limit")
    try:
        document = safe_json.loads(data)
    except InputError as error:
        message = str(error)
        if message.startswith("JSON refused: "):
            raise InputError(message.replace("JSON", "ninjs document", 1)) from None
        raise InputError(f"not a ninjs document: {message.removeprefix('not JSON: ')}") from None
    if not isinstance(document, Mapping):
        raise InputError("not a ninjs document: the JSON is not an object")
    _refuse_other_json(document)
    doc = _lower(document)
    parts = NitfParts(headline=_headline(doc), language=_string(doc.get("language")))
    html_body, nitf_body, plain = _bodies(doc)
    # HTML first: it marks quotes; then NITF (parsed as safely as any XML input); then text.
    parts.paragraphs = _html_paragraphs(html_body) if html_body else []
    if not parts.paragraphs and nitf_body:
        parts.paragraphs = _nitf_paragraphs(nitf_body, options.max_bytes)
    if not parts.paragraphs and plain:
        parts.paragraphs = assembly.plain_paragraphs(plain)
    by = _string(doc.get("by")) or _string(doc.get("byline"))
    parts.bylines = [(name, None) for name in assembly.split_names(by or "")]
    # ninjs has no dateline text: the place is "located", the date that of contentCreated.
    located = _string(doc.get("located"))
    parts.dateline_place = assembly.normalise(located) if located else None
    parts.date = parse_date(_string(doc.get("contentcreated")))
    parts.people = [PersonParts(n) for n in _names(doc.get("people") or doc.get("person"))]
    parts.organisations = _names(doc.get("organisations") or doc.get("organisation"))
    parts.places = [PlaceParts(n) for n in _names(doc.get("places") or doc.get("place"))]
    agencies = _names(doc.get("infosources") or doc.get("infosource"))
    parts.agency = agencies[0] if agencies else None
    return build_article(
        parts,
        data,
        options,
        "ninjs",
        guid=_string(doc.get("uri")),
        version=_version(doc.get("version")),
    )


# ninjs versions are decimal strings ("2"); str.isdigit() also takes "²" and other digits that
# int() refuses, and a number of thousands of digits is no version either.
_VERSION = re.compile(r"[0-9]{1,18}")


def _version(value: Any) -> int:
    """The document's version as a positive integer; 1 when it gives none that is one."""
    if isinstance(value, str) and _VERSION.fullmatch(value.strip()):
        return max(int(value), 1)
    return 1


def _refuse_other_json(document: Mapping[str, Any]) -> None:
    """Every ninjs version requires ``uri``; a JSON object without one is something else, and
    reading it as an empty story would be a silent wrong result."""
    if "uri" in document:
        return
    version = document.get("version")
    if isinstance(version, str) and version.startswith("https://jsonfeed.org/version/"):
        raise InputError("a JSON Feed, not an article (ninjs has a 'uri'): convert its sources")
    if isinstance(document.get("articles"), list) and "version" in document:
        raise InputError("an export manifest (index.json), not an article")
    if "schema_version" in document and "paragraphs" in document:
        raise InputError("a newsroom-toolkit record, not an article source: convert its source")
    keys = ", ".join(repr(key) for key in sorted(document)[:5]) or "none"
    more = " ..." if len(document) > 5 else ""
    raise InputError(f"not a ninjs document: no 'uri' (keys: {keys}{more})")


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
