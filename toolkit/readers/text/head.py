"""The head of a story (headline, "By" lines, service notes, dateline) and its closing tag.

Scans at most the first few non-blank lines, each only up to a fixed length, so the cost does
not grow with the article. The body starts where the dateline ends (the lede), or after the
headline and notes when there is no dateline; a closing "Reuter" line is not body text.

Credits: an "Edited by ..." line right after the dateline adds bylines; a page's "[Editor:...]"
metadata credit is a byline only when nothing else credits the story. A credit line with no
place and no date ("From Hubei Daily (reported by ...)") gives agency and bylines but no
dateline. When nothing else names the agency, a headline site tag naming a known one does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from toolkit.model import Byline, Headline, Span
from toolkit.readers.text.bylines import parse_by_line, parse_names
from toolkit.readers.text.dateline import (
    DatelineMatch,
    canonical_agency,
    parse_dateline,
    site_agency,
)
from toolkit.readers.text.headline import source_headline

HEAD_LINES = 6  # non-blank lines searched for a dateline
_LINE_LIMIT = 600  # characters of a line a dateline parser may look at
_NOTE = re.compile(
    r"[ \t]*(?:\((?:For use by|For release|Optional|Embargoed|Eds?:|Editors?:|Note)[^\n]*"
    r"|c\.?[ \t]?(?:19|20)\d\d\b[^\n]*|©[^\n]*|\(c\)[ \t]*(?:19|20)\d\d\b[^\n]*"
    r"|(?:19|20)\d\d-\d\d-\d\d[ T]\d\d?:\d\d[^\n]*"
    r"|(?:[A-Z][\w.'’-]*[ \t]+){0,4}(?:Writer|Correspondent|Reporter|Columnist|Editor)s?)[ \t]*$",
    re.IGNORECASE,
)
_NYT_SERVICE = re.compile(r"New York Times News Service")
_TRAILER = re.compile(r"[ \t]*(?P<agency>Reuter|REUTER|Reuters|REUTERS)[ \t]*$")
_STYLE_AGENCY = {"nyt": "New York Times News Service", "reuters-1987": "Reuters"}
# A web page's metadata credit: "[Editor:Li Shuofeng]", "【责任编辑：王明】"
_WEB_EDITOR = re.compile(
    r"[\[【][ \t]*(?:Responsible[ \t]+)?(?:Editor|Edited[ \t]+by|责任编辑|编辑)[ \t]*[:：][ \t]*"
    r"(?P<names>[^\]】\n]{2,60}?)[ \t]*[\]】]",
    re.IGNORECASE,
)

# The list that closes some stories: "(Journalists engaging in the report: A, B and C)"
_CLOSING_CREDIT = re.compile(
    r"[(（][ \t]*(?P<role>Journalists?|Reporters?|Correspondents?)"
    r"(?:[ \t]+(?:engag(?:ing|ed)|participating|taking[ \t]+part|involved))?"
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?(?:report(?:ing)?|coverage|story))?[ \t]*[:：][ \t]*"
    r"(?P<names>[^()（）\n]{2,400}?)[ \t]*[)）][ \t]*$",
    re.IGNORECASE,
)
_CLOSING_CHARS = 800  # of the story's end searched for that list
_CLOSING_NAMES = 24


@dataclass(frozen=True, slots=True)
class Head:
    dateline: DatelineMatch | None
    agency: str | None
    agency_span: Span | None
    bylines: tuple[Byline, ...]
    headline: Headline | None
    body_start: int
    body_end: int
    trailer_span: Span | None = None
    notes: tuple[str, ...] = ()


class _Line(NamedTuple):  # a tuple: cheaper to build than a frozen dataclass, per head line
    start: int  # first non-space character
    end: int  # after the last non-space character
    line_start: int
    line_end: int
    followed_by_blank: bool


def read_head(text: str) -> Head:
    lines = _head_lines(text, HEAD_LINES + 1)
    trailer = _trailer(text)
    body_end = trailer[0].start if trailer else len(text)
    closing = _closing_credit(text, body_end)
    if closing is not None:
        body_end = closing[0]
    notes: list[str] = []
    bylines: list[Byline] = []
    web_editors: list[Byline] = []
    found: DatelineMatch | None = None
    dateline_index = -1
    for index, line in enumerate(lines[:HEAD_LINES]):
        by = parse_by_line(text, line.line_start, line.line_end)
        if by is not None:
            bylines.extend(by)
            continue
        for editor in _WEB_EDITOR.finditer(text, line.start, line.end):
            web_editors.extend(parse_names(text, *editor.span("names"), role="editor"))
        if _NOTE.match(text, line.line_start, line.line_end):
            continue
        found = parse_dateline(text, line.line_start, min(line.line_end, line.start + _LINE_LIMIT))
        if found is not None:
            dateline_index = index
            break

    headline = None
    if lines and dateline_index != 0:
        first = lines[0]
        if len(lines) > 1:
            # a headline is set off by a blank line, or sits right above the dateline
            set_off = first.followed_by_blank or dateline_index == 1
            headline = source_headline(text, first.start, first.end, set_off)

    if found is not None:
        body_start = found.lede_start
        bylines.extend(found.bylines)
        after = lines[dateline_index + 1] if dateline_index + 1 < len(lines) else None
        if after is not None and after.start >= found.lede_start:
            # "Edited by A, B and C" on the line after the dateline credits the story too
            bylines.extend(parse_by_line(text, after.line_start, after.line_end) or ())
        skipped = [
            line
            for line in lines[1 if headline is not None else 0 : dateline_index]
            if parse_by_line(text, line.line_start, line.line_end) is None
            and not _NOTE.match(text, line.line_start, line.line_end)
        ]
        if skipped:
            numbers = ", ".join(str(text.count("\n", 0, line.start) + 1) for line in skipped)
            what = (
                "line {} above the dateline is"
                if len(skipped) == 1
                else "lines {} above the dateline are"
            )
            notes.append(what.format(numbers) + " not body text")
        if found.unclosed_byline:
            notes.append("the bracket after the dateline is never closed; no byline read")
    else:
        body_start = _body_start_without_dateline(text, lines, headline)
        notes.append("no dateline found")
    if closing is not None:
        named = {byline.name for byline in bylines}
        bylines.extend(byline for byline in closing[1] if byline.name not in named)
    if not bylines and web_editors:
        bylines.extend(web_editors)  # the page's editor credit, when nothing else credits

    agency, agency_span = _agency(text, found, lines, trailer, notes)
    if agency is None and headline is not None and headline.site is not None:
        agency = site_agency(headline.site)
        if agency is not None:
            notes.append(f"agency {agency} taken from the headline's site tag")
    if found is not None and found.place is None and found.date_text is None:
        found = None  # a credit line, no dateline: a date in its lede is the story's own
        notes.append("credit line with no place or date; no dateline")
    return Head(
        dateline=found,
        agency=agency,
        agency_span=agency_span,
        bylines=tuple(bylines),
        headline=headline,
        body_start=min(body_start, body_end),
        body_end=body_end,
        trailer_span=trailer[0] if trailer else None,
        notes=tuple(notes),
    )


def _head_lines(text: str, count: int) -> list[_Line]:
    """The first ``count`` non-blank lines; only the first characters of each are looked at."""
    lines: list[_Line] = []
    pos = 0
    length = len(text)
    pending: _Line | None = None
    blank_since = False
    while pos < length and len(lines) < count:
        newline = text.find("\n", pos)
        line_end = length if newline == -1 else newline
        segment = text[pos : min(line_end, pos + _LINE_LIMIT * 4)]
        stripped = segment.strip()
        if stripped:
            if pending is not None:
                lines.append(pending._replace(followed_by_blank=blank_since))
            start = pos + len(segment) - len(segment.lstrip())
            end = line_end if line_end - pos > len(segment) else pos + len(segment.rstrip())
            pending = _Line(start, end, pos, line_end, False)
            blank_since = False
        else:
            blank_since = True
        pos = line_end + 1
    if pending is not None and len(lines) < count:
        lines.append(pending._replace(followed_by_blank=blank_since))
    return lines


def _closing_credit(text: str, end: int) -> tuple[int, list[Byline]] | None:
    """Where a closing "(Journalists engaging in the report: ...)" list starts, and its names."""
    end = len(text[:end].rstrip())
    match = _CLOSING_CREDIT.search(text, max(0, end - _CLOSING_CHARS), end)
    if match is None:
        return None
    role = match["role"].casefold().rstrip("s")
    names = parse_names(text, *match.span("names"), role=role, limit=_CLOSING_NAMES)
    if not names:
        return None
    return len(text[: match.start()].rstrip()), names


def _trailer(text: str) -> tuple[Span, str] | None:
    """A closing agency line ("Reuter") as the Reuters-21578 files end."""
    stripped_end = len(text.rstrip())
    line_start = text.rfind("\n", 0, stripped_end) + 1
    if line_start == 0:
        return None  # a one-line text is all body
    match = _TRAILER.match(text, line_start, stripped_end)
    if match is None:
        return None
    return Span(match.start("agency"), match.end("agency")), canonical_agency(match["agency"])


def _body_start_without_dateline(text: str, lines: list[_Line], headline: Headline | None) -> int:
    skip = 1 if headline is not None else 0
    for line in lines[skip:]:
        if parse_by_line(text, line.line_start, line.line_end) is None and not _NOTE.match(
            text, line.line_start, line.line_end
        ):
            return line.start
    return lines[-1].end if lines else len(text)


def _agency(
    text: str,
    found: DatelineMatch | None,
    lines: list[_Line],
    trailer: tuple[Span, str] | None,
    notes: list[str],
) -> tuple[str | None, Span | None]:
    if found is not None and found.agency is not None:
        return found.agency, found.agency_span
    head_end = found.span.start if found is not None else (lines[-1].end if lines else 0)
    service = _NYT_SERVICE.search(text, 0, head_end)
    if service is not None:
        return "New York Times News Service", Span(service.start(), service.end())
    if trailer is not None:
        return trailer[1], trailer[0]
    if found is not None and found.style in _STYLE_AGENCY:
        agency = _STYLE_AGENCY[found.style]
        notes.append(f"agency {agency} inferred from the dateline style")
        return agency, None
    return None, None
