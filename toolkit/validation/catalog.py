"""Where schemas are: ours ship in the package; official ones come from a schema folder.

The folder is, in order: the ``--schema-dir`` option, ``$TOOLKIT_SCHEMA_DIR``, or the user
cache that ``toolkit schemas fetch`` fills. Its layout is that of ``shared/standards``::

    newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd   newsml-g2/xml.xsd   newsml-g2/ODRL22.xsd
    newsml-g2/catalogs/catalog.IPTC-G2-Standards_41.xml
    nitf/nitf-3-6.xsd   nitf/nitf-3-6-ruby-include.xsd   nitf/xml.xsd
    ninjs/schemas/ninjs-schema_3.1.json ...   ninjs/test_suite/GeoJSON-schema.json
    feeds/rss/rss-2_0.xsd   feeds/atom/atom-rfc4287.rng   feeds/jsonfeed/schema-v1.1.json

Each schema is compiled once per process. The ``newsml`` kind is NewsML-G2 compiled in one
schema set with NITF 3.6 and W3C ODRL 2.2 (:data:`NEWSML_DRIVER`), as ``inlineXML`` and
``rightsExpressionXML`` admit foreign elements that are only checked when their schema is
loaded beside G2.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from lxml import etree

from toolkit.errors import InputError, SchemaNotFoundError, UnknownFormatError
from toolkit.files import write_atomic

if TYPE_CHECKING:  # jsonschema and referencing are imported when a JSON schema is compiled
    from jsonschema.protocols import Validator
    from referencing import Registry

SCHEMA_DIR_ENV = "TOOLKIT_SCHEMA_DIR"
CACHE_SUBDIR = Path("newsroom-toolkit") / "schemas"
HOW_TO_GET = f"pass --schema-dir DIR, set {SCHEMA_DIR_ENV}, or run `toolkit schemas fetch`"

XML_SCHEMAS: dict[str, str] = {
    "newsml": "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd",  # with NITF and ODRL, see below
    "newsml-power": "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd",
    "odrl": "newsml-g2/ODRL22.xsd",
    "nitf": "nitf/nitf-3-6.xsd",
    "rss": "feeds/rss/rss-2_0.xsd",
}
RELAXNG_SCHEMAS: dict[str, str] = {"atom": "feeds/atom/atom-rfc4287.rng"}
NINJS_VERSIONS = (
    "1.0",
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "2.0",
    "2.1",
    "2.2",
    "3.0",
    "3.1",
)
JSON_SCHEMAS: dict[str, str] = {
    **{f"ninjs-{v}": f"ninjs/schemas/ninjs-schema_{v}.json" for v in NINJS_VERSIONS},
    "ninjs-1.x-dev": "ninjs/schemas/ninjs-schema-dev_0.2_v1.5.json",
    "ninjs-2.x-dev": "ninjs/schemas/ninjs-schema-dev_0.1_v2.1.json",
    "jsonfeed-1.1": "feeds/jsonfeed/schema-v1.1.json",
    "jsonfeed-1": "feeds/jsonfeed/schema-v1.json",
}
RECORD = "record"  # our own record schema, from the package
MANIFEST = "manifest"  # our own export manifest schema (index.json), from the package
PACKAGED_SCHEMAS: dict[str, str] = {
    RECORD: "article.schema.json",
    MANIFEST: "manifest.schema.json",
}
CATALOGS_DIR = "newsml-g2/catalogs"
GEOJSON_FILE = "ninjs/test_suite/GeoJSON-schema.json"
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
DEFAULT_NEEDS = XML_SCHEMAS["newsml-power"]


def user_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CACHE_HOME/newsroom-toolkit/schemas``, by default under ``~/.cache``."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / CACHE_SUBDIR


def schema_dir(
    explicit: str | Path | None = None,
    *,
    needs: str = DEFAULT_NEEDS,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """The schema folder to use: explicit option, then env var, then the user cache.

    An explicit folder or the env var is used as given (never silently skipped); the folder
    must hold ``needs`` (a path relative to it), else :class:`SchemaNotFoundError`.
    """
    env = os.environ if environ is None else environ
    if explicit is not None and str(explicit):
        return _checked(Path(explicit), needs, "--schema-dir")
    if env.get(SCHEMA_DIR_ENV):
        return _checked(Path(env[SCHEMA_DIR_ENV]), needs, SCHEMA_DIR_ENV)
    cache = user_cache_dir(env)
    if (cache / needs).is_file():
        return cache
    raise SchemaNotFoundError(f"official schemas not found ({cache} has no {needs}); {HOW_TO_GET}")


def candidate_dir(
    explicit: str | Path | None = None, *, environ: Mapping[str, str] | None = None
) -> tuple[Path, str]:
    """The folder :func:`schema_dir` would look in, and where it came from, unchecked."""
    env = os.environ if environ is None else environ
    if explicit is not None and str(explicit):
        return Path(explicit), "--schema-dir"
    if env.get(SCHEMA_DIR_ENV):
        return Path(env[SCHEMA_DIR_ENV]), SCHEMA_DIR_ENV
    return user_cache_dir(env), "user cache"


def _checked(folder: Path, needs: str, origin: str) -> Path:
    if not folder.is_dir():
        raise SchemaNotFoundError(f"schema folder {folder} ({origin}) does not exist; {HOW_TO_GET}")
    if not (folder / needs).is_file():
        raise SchemaNotFoundError(f"schema folder {folder} ({origin}) has no {needs}; {HOW_TO_GET}")
    return folder


def schema_file(kind: str, directory: Path) -> Path:
    """The file of an official schema kind in ``directory``, or a clear error."""
    relative = {**XML_SCHEMAS, **RELAXNG_SCHEMAS, **JSON_SCHEMAS}.get(kind)
    if relative is None:
        known = [*XML_SCHEMAS, *RELAXNG_SCHEMAS, *JSON_SCHEMAS, *PACKAGED_SCHEMAS]
        raise UnknownFormatError("schema kind", kind, known)
    path = directory / relative
    if not path.is_file():
        raise SchemaNotFoundError(f"schema {kind!r} not found: no {path}; {HOW_TO_GET}")
    return path


def catalog_file(name: str, directory: Path) -> Path | None:
    """A G2 catalog (``catalog.IPTC-G2-Standards_41.xml``) in the folder, or None."""
    path = directory / CATALOGS_DIR / Path(name).name
    return path if path.is_file() else None


# Schema files are trusted local files, but still parsed with no network and no entities.
def _parse(path: Path) -> etree._ElementTree:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=False)
    return etree.parse(str(path), parser)


# Two cache levels: (kind, folder) skips the file checks on the hot path; the resolved file
# path compiles a schema once even when two spellings of a folder point at it.
@functools.cache
def xml_schema(kind: str, directory: Path) -> etree.XMLSchema:
    """A compiled XSD: ``newsml`` (G2 + NITF + ODRL), ``newsml-power``, ``nitf``, ``rss``."""
    if kind not in XML_SCHEMAS:
        raise UnknownFormatError("XML schema kind", kind, list(XML_SCHEMAS))
    if kind == "newsml":
        for part in NEWSML_PARTS:
            schema_file(part, directory)  # names the one that is missing
        return _newsml_schema(schema_file("newsml", directory).resolve().parent)
    return _xml_schema(schema_file(kind, directory).resolve())


# NewsML-G2 with the schemas of the foreign content it carries, in one schema set. Paths are
# relative to the G2 schema's folder; nothing here is fetched from the network.
NEWSML_PARTS = ("newsml-power", "nitf", "odrl")
NEWSML_DRIVER = b"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="urn:x-newsroom-toolkit:newsml-g2-driver">
  <xs:import namespace="http://iptc.org/std/nar/2006-10-01/"
             schemaLocation="NewsML-G2_2.35-spec-All-Power.xsd"/>
  <xs:import namespace="http://iptc.org/std/NITF/2006-10-18/"
             schemaLocation="../nitf/nitf-3-6.xsd"/>
  <xs:import namespace="http://www.w3.org/ns/odrl/2/" schemaLocation="ODRL22.xsd"/>
</xs:schema>
"""


@functools.cache
def _newsml_schema(g2_folder: Path) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=False)
    try:
        driver = etree.fromstring(NEWSML_DRIVER, parser, base_url=f"{g2_folder}/driver.xsd")
        return etree.XMLSchema(driver)
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError) as error:
        raise SchemaNotFoundError(f"schemas in {g2_folder} do not compile: {error}") from None


@functools.cache
def _xml_schema(path: Path) -> etree.XMLSchema:
    try:
        return etree.XMLSchema(_parse(path))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError) as error:
        raise SchemaNotFoundError(f"schema {path} does not compile: {error}") from None


def relaxng(kind: str = "atom", directory: Path | None = None) -> etree.RelaxNG:
    if kind not in RELAXNG_SCHEMAS:
        raise UnknownFormatError("RELAX NG schema kind", kind, list(RELAXNG_SCHEMAS))
    folder = schema_dir(None, needs=RELAXNG_SCHEMAS[kind]) if directory is None else directory
    return _relaxng(schema_file(kind, folder).resolve())


@functools.cache
def _relaxng(path: Path) -> etree.RelaxNG:
    try:
        return etree.RelaxNG(_parse(path))
    except (etree.RelaxNGParseError, etree.XMLSyntaxError) as error:
        raise SchemaNotFoundError(f"schema {path} does not compile: {error}") from None


def json_schema_validator(kind: str, directory: Path | None = None) -> Validator:
    """A JSON Schema validator with format checking on.

    ``record`` and ``manifest`` are our own schemas (no folder needed); ``ninjs-3.1`` …
    ``ninjs-1.0`` and ``jsonfeed-1.1`` come from the folder. The GeoJSON schema that ninjs
    2.2/3.x ``$ref`` is served from the folder, never fetched.
    """
    if kind in PACKAGED_SCHEMAS:
        return _packaged_validator(kind)
    if kind not in JSON_SCHEMAS:
        raise UnknownFormatError("JSON schema kind", kind, [*PACKAGED_SCHEMAS, *JSON_SCHEMAS])
    folder = schema_dir(None, needs=JSON_SCHEMAS[kind]) if directory is None else directory
    return _official_json_validator(kind, folder)


@functools.cache
def _official_json_validator(kind: str, folder: Path) -> Validator:
    geojson = folder / GEOJSON_FILE
    return _json_validator(
        schema_file(kind, folder).resolve(), geojson.resolve() if geojson.is_file() else None
    )


def packaged_schema(kind: str) -> dict[str, Any]:
    """One of our own schemas (``record``, ``manifest``), as shipped in the package."""
    name = PACKAGED_SCHEMAS.get(kind)
    if name is None:
        raise UnknownFormatError("packaged schema kind", kind, list(PACKAGED_SCHEMAS))
    text = resources.files("toolkit").joinpath("schemas", name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def record_schema() -> dict[str, Any]:
    """Our article record schema, as shipped in the package."""
    return packaged_schema(RECORD)


def manifest_schema() -> dict[str, Any]:
    """Our export manifest schema, as shipped in the package."""
    return packaged_schema(MANIFEST)


def manifest_entry_schema() -> dict[str, Any]:
    """The manifest schema's article entry on its own, for checking entries one at a time."""
    schema = manifest_schema()
    return {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/article"}


@functools.cache
def manifest_entry_validator() -> Validator:
    return _validator(manifest_entry_schema(), None)


@functools.cache
def _packaged_validator(kind: str) -> Validator:
    return _validator(packaged_schema(kind), None)


class FastValidator(Protocol):
    def is_valid(self, instance: Any) -> bool: ...


def fast_record_validator() -> FastValidator | None:
    """Our record schema compiled by ``jsonschema-rs`` (formats on), when it is installed.

    About 300 times faster than ``jsonschema`` on a record, which keeps validating every
    record within the convert budget. It only answers valid/invalid: the error message for
    an invalid record still comes from ``jsonschema`` (see :mod:`toolkit.validation.outputs`).
    """
    return fast_packaged_validator(RECORD)


@functools.cache
def fast_packaged_validator(kind: str) -> FastValidator | None:
    """One of our own schemas compiled by ``jsonschema-rs``, when it is installed."""
    return _fast(packaged_schema(kind))


@functools.cache
def fast_manifest_entry_validator() -> FastValidator | None:
    """:func:`manifest_entry_schema` compiled by ``jsonschema-rs``, when it is installed."""
    return _fast(manifest_entry_schema())


def _fast(schema: dict[str, Any]) -> FastValidator | None:
    try:
        import jsonschema_rs
    except ImportError:
        return None
    validator: FastValidator = jsonschema_rs.validator_for(schema, validate_formats=True)
    return validator


@functools.cache
def _json_validator(path: Path, geojson: Path | None) -> Validator:
    from referencing import Registry, Resource

    registry: Registry[Any] = Registry()
    if geojson is not None:
        resource = Resource.from_contents(_load_json(geojson))
        registry = registry.with_resource(GEOJSON_URI, resource)
    return _validator(_load_json(path), registry)


def _validator(schema: dict[str, Any], registry: Registry[Any] | None) -> Validator:
    import jsonschema.validators
    from referencing import Registry

    if registry is None:
        registry = Registry()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator: Validator = cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)
    return validator


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise SchemaNotFoundError(f"schema {path} cannot be read: {error}") from None
    return data


# ---------------------------------------------------------------- fetching the official files

_G2 = "https://www.iptc.org/std/NewsML-G2/2.35/specification/"
_NITF = "https://www.iptc.org/std/NITF/3.6/specification/"
_NINJS = "https://www.iptc.org/std/ninjs/"
_NINJS_DEV = "https://www.iptc.org/std-dev/ninjs/"
_XSD_NS = "http://www.w3.org/2001/XMLSchema"

_GITHUB = "https://raw.githubusercontent.com/"
_ODRL = (
    _GITHUB + "iptc/newsml-g2/7f172b01af0c343aacb1e1297ac0e75debabb4a7/tests/schema_versions/"
)

# (path in the folder, official URL): everything validate, convert and export use. The Atom
# grammar is derived from RFC 4287 (see toolkit.validation.atom_grammar); ODRL 2.2, RSS and JSON
# Feed have no home at IPTC and come from the pinned commits the standards folder names.
FETCH_PLAN: tuple[tuple[str, str], ...] = (
    (XML_SCHEMAS["newsml-power"], _G2 + "NewsML-G2_2.35-spec-All-Power.xsd"),
    ("newsml-g2/xml.xsd", _G2 + "xml.xsd"),
    (XML_SCHEMAS["odrl"], _ODRL + "ODRL22.xsd"),
    (XML_SCHEMAS["nitf"], _NITF + "nitf-3-6.xsd"),
    ("nitf/nitf-3-6-ruby-include.xsd", _NITF + "nitf-3-6-ruby-include.xsd"),
    ("nitf/xml.xsd", _G2 + "xml.xsd"),
    *((JSON_SCHEMAS[f"ninjs-{v}"], f"{_NINJS}ninjs-schema_{v}.json") for v in NINJS_VERSIONS),
    (JSON_SCHEMAS["ninjs-1.x-dev"], _NINJS_DEV + "ninjs-schema-dev_0.2_v1.5.json"),
    (JSON_SCHEMAS["ninjs-2.x-dev"], _NINJS_DEV + "ninjs-schema-dev_0.1_v2.1.json"),
    (GEOJSON_FILE, GEOJSON_URI),
    (
        f"{CATALOGS_DIR}/catalog.IPTC-G2-Standards_41.xml",
        "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml",
    ),
    (
        XML_SCHEMAS["rss"],
        _GITHUB + "ma4nn/php-rss-writer/fb71de91379fad16b27e0c39ca9a72c3a32cf32c/rss-2.0.xsd",
    ),
    (
        JSON_SCHEMAS["jsonfeed-1.1"],
        _GITHUB + "sonicdoe/jsonfeed-schema/bba8eaa7f9cb13822f4fecc9ff4e4d8e6a0dc2b5/"
        "schema-v1.1.json",
    ),
    (
        JSON_SCHEMAS["jsonfeed-1"],
        _GITHUB + "sonicdoe/jsonfeed-schema/bba8eaa7f9cb13822f4fecc9ff4e4d8e6a0dc2b5/"
        "schema-v1.json",
    ),
)


def fetch_schemas(destination: Path, download: Callable[[str], bytes]) -> list[Path]:
    """Download every file of :data:`FETCH_PLAN`, and RFC 4287 for the Atom grammar, into
    ``destination``.

    Everything is downloaded and checked (well-formed XML or JSON, a schema's root) before
    anything is written, so a failed fetch leaves the previous folder intact; each file is
    written atomically. ``download`` raises OSError (urllib's URLError is one) when offline.
    """
    from toolkit.validation import atom_grammar

    fetched: list[tuple[Path, bytes]] = []
    for relative, url in FETCH_PLAN:
        data = _download(download, url)
        _check_download(url, relative, data)
        fetched.append((destination / relative, data))
    rfc = _download(download, atom_grammar.RFC_URL)
    try:
        grammar = atom_grammar.grammar_files(rfc)
    except Exception as error:  # rnc2rng raises its own parser errors
        raise InputError(f"{atom_grammar.RFC_URL}: no Atom grammar found ({error})") from None
    for relative, data in grammar:
        fetched.append((destination / relative, data))
    for path, data in fetched:
        write_atomic(path, data)
    return [path for path, _ in fetched]


def mirrored(url: str, base: str) -> str:
    """``https://www.iptc.org/std/x.json`` -> ``BASE/www.iptc.org/std/x.json``: the same file
    from a mirror laid out by host and path (an intranet copy, or ``file:///srv/schemas``)."""
    host_and_path = url.split("://", 1)[-1]
    return f"{base.rstrip('/')}/{host_and_path}"


def _download(download: Callable[[str], bytes], url: str) -> bytes:
    try:
        return download(url)
    except OSError as error:
        reason = getattr(error, "reason", None) or error.strerror or error
        raise SchemaNotFoundError(
            f"cannot download {url}: {reason}; check the network, or use --schema-dir DIR"
        ) from None


def _check_download(url: str, relative: str, data: bytes) -> None:
    """Refuse what is not a schema (a proxy's or captive portal's HTML page, say)."""
    try:
        if relative.endswith(".json"):
            json.loads(data.decode("utf-8-sig"))
            return
        root = etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))
    except (ValueError, etree.XMLSyntaxError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(f"{url} did not return a schema ({first})") from None
    if relative.endswith(".xsd") and root.tag != f"{{{_XSD_NS}}}schema":
        raise InputError(f"{url} did not return a schema (root element {root.tag})")
