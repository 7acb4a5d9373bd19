"""The Atom RELAX NG grammar, derived from its only official source: RFC 4287's Appendix B.

IPTC and W3C publish no schema file for Atom; the RFC gives the grammar in RELAX NG compact
syntax inside its plain text. :func:`grammar_files` cuts it out of the RFC (page footers and
headers dropped), and converts it to the XML syntax that ``lxml.etree.RelaxNG`` reads, with
``rnc2rng``.
"""

from __future__ import annotations

import re

RFC_URL = "https://www.rfc-editor.org/rfc/rfc4287.txt"
RNC_FILE = "feeds/atom/atom-rfc4287.rnc"
RNG_FILE = "feeds/atom/atom-rfc4287.rng"

_START = "# -*- rnc -*-"
_END = "# EOF"
_FOOTER = re.compile(r"\[Page \d+\]\s*$")
_HEADER = re.compile(r"^RFC 4287\s")
# rnc2rng declares `namespace local = ""` as xmlns:local="", which XML forbids (the prefix is
# unused): the attribute is dropped.
_EMPTY_PREFIX = re.compile(r'\s+xmlns:local=""')


def extract_rnc(rfc_text: str) -> str:
    """The compact grammar of Appendix B, from ``# -*- rnc -*-`` to ``# EOF``, dedented."""
    lines = rfc_text.replace("\r\n", "\n").split("\n")
    starts = [i for i, line in enumerate(lines) if line.strip() == _START]
    if not starts:
        raise ValueError(f"no '{_START}' line: not the text of RFC 4287")
    start = starts[0]
    ends = [i for i in range(start, len(lines)) if lines[i].strip() == _END]
    if not ends:
        raise ValueError(f"no '{_END}' line after the grammar")
    kept: list[str] = []
    after_break = False
    for raw in lines[start : ends[0] + 1]:
        line = raw.replace("\f", "")
        if _FOOTER.search(line):  # a page break: footer, form feed, header, blank lines
            while kept and not kept[-1].strip():
                kept.pop()
            after_break = True
        elif _HEADER.match(line) or (after_break and not line.strip()):
            continue
        else:
            after_break = False
            kept.append(line)
    indent = min(len(line) - len(line.lstrip(" ")) for line in kept if line.strip())
    text = "\n".join(line[indent:] for line in kept)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def rnc_to_rng(rnc: str) -> bytes:
    """The grammar in RELAX NG XML syntax (``rnc2rng``), ready for ``lxml.etree.RelaxNG``."""
    import rnc2rng  # a small pure-Python parser, only needed when fetching

    return _EMPTY_PREFIX.sub("", rnc2rng.dumps(rnc2rng.loads(rnc))).encode("utf-8")


def grammar_files(rfc_text: bytes) -> list[tuple[str, bytes]]:
    """``(relative path, bytes)`` of the compact and the XML grammar, from the RFC's text."""
    rnc = extract_rnc(rfc_text.decode("utf-8", errors="replace"))
    return [(RNC_FILE, rnc.encode("utf-8")), (RNG_FILE, rnc_to_rng(rnc))]
