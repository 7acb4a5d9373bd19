"""Bylines: "(Reporter Yang Na)", "(journalist: Chen Yushan)", "By WILLIAM KATES" lines.

Names written in capitals ("WILLIAM KATES", "WUZHEN") are given in normal case; each Byline's
span covers the name as written in the source.
"""

from __future__ import annotations

import re

from toolkit.model import Byline, Span

_ROLE = re.compile(
    r"(?P<role>(?:(?:all-media|chief|senior|special|staff|intern|trainee|our)[ \t]+)?"
    r"(?:reporters?|journalists?|correspondents?|photographers?|photo[ \t]+journalists?"
    r"|writers?|editors?)|(?:reported|written|edited|compiled)[ \t]+by)\b[ \t]*[:：]?[ \t]*",
    re.IGNORECASE,
)
# "reported by Lin Jing", "Edited by ...": the role the verb gives
_VERB_ROLE = {
    "reported": "reporter",
    "written": "writer",
    "edited": "editor",
    "compiled": "compiler",
}
_SEPARATOR = re.compile(r"[ \t]*(?:[,，、;；&]|\band\b)[ \t]*")
# One name: two to four capitalised words ("Wang Yifei", "James M. Odato", "Ing-hau Chen"),
# or two to four Han characters.
_NAME = re.compile(
    r"(?:[A-Z][A-Za-z'’\-]*\.?"
    r"(?:[ \t]+(?:[A-Z][A-Za-z'’\-]*\.?|de|van|von|bin|al-[A-Z][a-z]+)){1,3}"
    r"|[\u4e00-\u9fff]{2,4})"
)
_BY_LINE = re.compile(
    r"[ \t]*(?:(?P<verb>Edited|Reported|Written|Compiled)[ \t]+by|By)[ \t]+"
    r"(?P<names>[^\n]{3,200}?)[ \t]*$",
    re.MULTILINE,
)
# "By JANE DOE, Associated Press Writer": what follows the comma is the role.
_BY_ROLE = re.compile(
    r"[ \t]*,[ \t]*"
    r"(?P<role>[^,\n]*(?:Writer|Correspondent|Reporter|Editor|Staff|Columnist)[^,\n]*)$"
)
_MAX_NAMES = 8  # in a bracket after a dateline
_MAX_LINE_NAMES = 24  # on a credit line of its own ("Edited by A, B, ... and X")


def normal_case(words: str) -> str:
    """ "WILLIAM KATES" -> "William Kates", "XI'AN" -> "Xi'an", "O'HARE" -> "O'Hare".

    Text with any lower-case letter is returned as written.
    """
    if any(char.islower() for char in words):
        return words
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", _word_case, words)


def _word_case(match: re.Match[str]) -> str:
    word = match.group()
    head, sep, tail = word.partition("'") if "'" in word else word.partition("’")
    if sep and len(head) == 1:  # O'Hare, D'Amato; but Xi'an
        return head + sep + tail.capitalize()
    if len(word) > 3 and word.startswith("MC"):
        return "Mc" + word[2:].capitalize()
    return word.capitalize()


def parse_names(
    text: str, start: int, end: int, *, role: str | None = None, limit: int = _MAX_NAMES
) -> list[Byline]:
    """Bylines from ``text[start:end]``: an optional role, then names separated by commas/and.

    Returns an empty list unless every part is a name, so that "(China)" or "(photo)" is never
    taken for a byline.
    """
    pos = start
    role_match = _ROLE.match(text, pos, end)
    if role_match is not None:
        role = _singular(role_match.group("role"))
        pos = role_match.end()
    bylines: list[Byline] = []
    while pos < end and len(bylines) < limit:
        name = _NAME.match(text, pos, end)
        if name is None:
            return []
        bylines.append(Byline(normal_case(name.group()), Span(name.start(), name.end()), role))
        pos = name.end()
        if pos == end:
            break
        separator = _SEPARATOR.match(text, pos, end)
        if separator is None or separator.end() == pos:
            return []
        pos = separator.end()
        # "Li Hua, Zhou Min and Reporter Chen Bo": a role may come again after a separator
        again = _ROLE.match(text, pos, end)
        if again is not None:
            role = _singular(again.group("role"))
            pos = again.end()
    return bylines if pos >= end else []


def parse_by_line(text: str, start: int, end: int) -> list[Byline] | None:
    """A "By NAME" line in ``text[start:end]``; None when the line is not one."""
    match = _BY_LINE.match(text, start, end)
    if match is None:
        return None
    names_start, names_end = match.span("names")
    role = _VERB_ROLE[match["verb"].casefold()] if match["verb"] else None
    role_match = _BY_ROLE.search(text, names_start, names_end)
    if role_match is not None:
        role = role_match.group("role").strip()
        names_end = role_match.start()
    bylines = parse_names(text, names_start, names_end, role=role, limit=_MAX_LINE_NAMES)
    return bylines or None


def _singular(role: str) -> str:
    role = " ".join(role.split())
    verb, _, by = role.partition(" ")
    if by.casefold() == "by":
        return _VERB_ROLE[verb.casefold()]
    return role[:-1] if role.endswith("s") else role
