"""Datelines, one parser per wire convention, each matched at the start of one head line.

Conventions (the parser that reads each):

- ``China News Service, Wuzhen, November 9th (Wang Yifei and Zhang Yuhuan) The ...``: parse_cns
- ``Xinhua News Agency, Beijing, February 10th (Reporter Yang Na) ...``, ``Xinhua News Beijing
  June 5th, ...``, ``Xinhua News Agency, Beijing, February 10th--...``: parse_xinhua_translated
- ``Message from Xinhua News Agency Nanchang on May 22 (journalist: Chen Yushan): ...``,
  ``Report from Hunan Daily on May 20 (all-media journalist: Tang Ke), ...``: parse_message_from
- ``BEIJING, Feb. 2 (Xinhua) -- ...``, ``BEIDAIHE (Hebei), March 5 (Xinhua) - ...``:
  parse_xinhua_english
- ``WUZHEN, China, Nov 9 (Reuters) - ...``: parse_reuters
- ``WUZHEN, China (AP) — ...``, ``SYRACUSE, N.Y. (AP) - ...``: parse_ap
- ``Wuzhen (China) (AFP) - ...``: parse_afp
- ``WASHINGTON (CNN) -- ...``: parse_cnn
- ``SPARTA, Ga. _ ...`` (New York Times News Service): parse_nyt
- ``PEKING, March 3 - ...``, ``ROME, March 2  - ...`` (Reuters 1987): parse_reuters_1987
- ``中新社乌镇11月9日电（记者 王逸飞 张钰寰）...``, ``新华社北京2月10日电 ...`` (Chinese script):
  parse_chinese
- ``Hefei, July 26th, 2020 (Xinhua) ...``, ``Brasilia, July 25th (Xinhua, Zhou Xingzhu) ...``:
  the agency and any byline in one bracket, no dash: parse_dated_credit
- ``Vietnam News Agency, Hanoi, July 26 (Reporter ...) ...``: any outlet, place, date:
  parse_outlet_dateline
- ``From Hubei Daily (reported by Lin Jing) On July 26, ...``, ``Beijing News (Reporter Liu
  Zhen) ...``: a credit line with no place or date: parse_credit
- ``(Comprehensive, 11th) ...``, ``(General 11) ...``: a compiled report, a day and no agency:
  parse_compiled
- ``Economic Observer Network reporter Zheng Yuxin on February 11, announced ...``: a reporter
  credit run into the lede: parse_fused_credit

Every parser takes the text and one line's bounds and returns a :class:`DatelineMatch` or None;
matching is anchored at the line start and bounded by the line end, so cost stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from toolkit.model import Byline, Span
from toolkit.readers.text.bylines import normal_case, parse_names
from toolkit.text.dates import MONTH_WORD, month_number

_WS = r"[ \t\u00a0\u3000]"
_COMMA = rf"{_WS}*[,，]{_WS}*"
_MONTHS = MONTH_WORD
_DATE = (
    rf"(?P<date>(?P<month>{_MONTHS})\.?{_WS}+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?{_WS}+(?P<year>(?:19|20)\d\d)\b)?)"
)
# A place in normal or title case: "Wuzhen", "Ulan Bator", "Xi'an"; never a month name.
_PLACE = rf"[A-Z][\w'’.\-]*(?:{_WS}(?!{_MONTHS}\b)[A-Z][\w'’.\-]*){{0,3}}"
# A place in capitals, as English-language wires write it: "BEIJING", "ST. LOUIS".
_UPPER_PLACE = r"[A-Z][A-Z'’.\-/]*(?:[ \t][A-Z][A-Z'’.\-/]*){0,3}(?![a-z])"
# What qualifies a place: a country or region, "China", "N.Y.", "South Korea", "Ga."
_QUALIFIER = r"[A-Z][\w'’.\-]*(?:[ \t][A-Z][\w'’.\-]*){0,3}"
_DASH = r"(?:--|—|–|-|_)"

_AGENCIES = {
    "china news service": "China News Service",
    "china news network": "China News Service",
    "china news agency": "China News Service",
    "chinanews": "China News Service",
    "chinanews.com": "China News Service",
    "xinhua news agency": "Xinhua",
    "xinhua news": "Xinhua",
    "xinhua": "Xinhua",
    "xinhuanet": "Xinhua",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "cnn": "CNN",
    "new york times news service": "New York Times News Service",
    "people's daily": "People's Daily",
    "中新社": "China News Service",
    "中新网": "China News Service",
    "中国新闻社": "China News Service",
    "新华社": "Xinhua",
    "新华网": "Xinhua",
    "人民日报": "People's Daily",
    "湖南日报": "Hunan Daily",
    "people’s daily": "People's Daily",
    "ecns": "China News Service",
    "ecns.cn": "China News Service",
    "china news": "China News Service",
    "hunan daily": "Hunan Daily",
}
# An outlet as a credit line names it: a few capitalised words ending in a publishing noun
# ("Hubei Daily", "Beijing News", "Vietnam News Agency", "Economic Observer Network"), or a
# web address ("Chinanews.com").
_OUTLET_NOUN = (
    r"(?:Daily|News|Agency|Net|Network|Online|Times|Post|Press|Observer|Service|Herald|Journal"
    r"|Tribune|Gazette|Telegraph|Radio|Television|TV|Weekly|Evening)"
)
_OUTLET = (
    rf"(?:(?:[A-Z][\w'’\-]*[ \t]+){{0,3}}{_OUTLET_NOUN}"
    rf"(?:[ \t]+(?:Agency|Network|Net|Online|Service|Website))?(?![\w'’\-])"
    r"|[A-Z][\w\-]*\.(?:com|cn|net|org)(?:\.[a-z]{2})?(?![\w.]))"
)
_WIRE = r"(?:Xinhua|Reuters|AP|AFP|CNS|Kyodo|Yonhap|TASS|Bernama|ANSA|dpa|EFE|UPI|Bloomberg)"
# Words a web outlet adds to its paper's name: "Economic Observer Network" is the Economic
# Observer, "Xinhua Net" is Xinhua.
_WEB_SUFFIX = re.compile(
    r"(?:[ \t]+(?:Net|Network|Online|Website|Web[ \t]+site)|\.(?:com|cn|net))+$", re.IGNORECASE
)


def canonical_agency(name: str) -> str:
    """ "Xinhua News Agency" -> "Xinhua"; unknown agencies as written, whitespace normalised."""
    name = " ".join(name.split())
    return _AGENCIES.get(name.casefold(), name)


def outlet_agency(name: str) -> str:
    """An outlet a credit line names, by its plain name: "Economic Observer Network" ->
    "Economic Observer", "Xinhua Net" -> "Xinhua"; known agencies by their normalised name."""
    name = " ".join(name.split())
    known = _AGENCIES.get(name.casefold())
    if known is not None:
        return known
    plain = _WEB_SUFFIX.sub("", name).strip()
    if not plain:
        return name
    known = _AGENCIES.get(plain.casefold()) or _AGENCIES.get(plain.replace(" ", "").casefold())
    return known or plain


def site_agency(site: str) -> str | None:
    """The known agency a headline's site tag names ("Xinhuanet", "Xinhua Net",
    "ChinaNews.com"), or None: a site tag names no new outlet."""
    for part in re.split(r"[ \t]+[-–—|][ \t]+", site):
        name = " ".join(part.split())
        for candidate in (name, _WEB_SUFFIX.sub("", name).strip()):
            for form in (candidate, candidate.replace(" ", "")):
                known = _AGENCIES.get(form.casefold())
                if known is not None:
                    return known
    return None


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """What a dateline parser read; offsets are into the whole text."""

    style: str  # "cns", "xinhua-translated", ... (the convention)
    span: Span  # the dateline as written, without agency and byline
    place: str | None
    place_span: Span | None
    qualifier: str | None  # "China", "Ga.", "Hebei" as written
    date_text: str | None
    date_span: Span | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None
    agency_span: Span | None
    bylines: tuple[Byline, ...]
    lede_start: int  # where the story's own words begin
    unclosed_byline: bool = False  # "(Wang Yifei The ...": a bracket with no end


Parser = Callable[[str, int, int], "DatelineMatch | None"]


def _compile(pattern: str) -> Callable[[], re.Pattern[str]]:
    """The pattern (after optional leading space), compiled the first time it is asked for.

    Compiling the sixteen conventions costs more than reading a story, and most stories
    stop at the first few parsers: a command that reads no text pays for none of them.
    """

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(rf"{_WS}*{pattern}")

    return compiled


_CNS = _compile(
    rf"(?P<agency>China{_WS}+News{_WS}+(?:Service|Network|Agency)|(?i:Chinanews)(?:\.com)?"
    r"|(?i:Ecns)(?:\.cn)?)"
    rf"{_COMMA}(?P<place>{_PLACE}){_COMMA}{_DATE}"
)
_XINHUA_TRANSLATED = _compile(
    rf"(?P<agency>Xinhua(?:{_WS}+News(?:{_WS}+Agency)?)?)(?:{_COMMA}|{_WS}+)"
    rf"(?P<place>{_PLACE})(?:{_COMMA}|{_WS}+){_DATE}"
)
_MESSAGE_FROM = _compile(
    r"(?:Message|Report|News|Dispatch|Story)[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"(?P<agency>Xinhua(?:[ \t]+News(?:[ \t]+Agency)?)?|China[ \t]+News[ \t]+Service"
    r"|(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:Daily|Evening[ \t]+News|News[ \t]+Agency|News))"
    rf"(?:[ \t]+(?:in[ \t]+)?(?P<place>{_PLACE}))?[ \t]+on[ \t]+{_DATE}"
)
_XINHUA_ENGLISH = _compile(
    rf"(?P<place>{_UPPER_PLACE}|{_PLACE})(?:{_WS}*(?P<bracketed>\((?P<region>[^()\n]{{1,40}})\)))?"
    rf"(?:{_COMMA}(?P<qualifier>{_QUALIFIER}))?{_COMMA}{_DATE}"
    rf"{_WS}*\((?P<agency>Xinhua)\){_WS}*{_DASH}+{_WS}*"
)
_REUTERS = _compile(
    rf"(?P<place>{_UPPER_PLACE}|{_PLACE})(?:{_COMMA}(?P<qualifier>{_QUALIFIER}))?{_COMMA}{_DATE}"
    rf"{_WS}*\((?P<agency>Reuters)\){_WS}*{_DASH}+{_WS}*"
)
_REUTERS_1987 = _compile(
    rf"(?P<place>{_UPPER_PLACE})(?:{_COMMA}(?P<qualifier>{_QUALIFIER}))?{_COMMA}{_DATE}"
    rf"{_WS}+(?:--|-){_WS}+"
)
_NYT = _compile(rf"(?P<place>{_UPPER_PLACE})(?:{_COMMA}(?P<qualifier>{_QUALIFIER}))?{_WS}+_{_WS}+")


_CHINESE = _compile(
    r"(?P<agency>中新社|中新网|中国新闻社|新华社|新华网|人民日报|湖南日报)"
    r"(?P<place>[\u4e00-\u9fff]{2,8}?)"
    r"(?P<date>(?P<cmonth>1[0-2]|0?[1-9])月(?P<cday>3[01]|[12]\d|0?[1-9])日)电?"
)
# "（记者 王逸飞 张钰寰）", "（记者杨娜）": a role, then Han names split by spaces or 、
_CHINESE_BYLINE = re.compile(
    r"[（(](?P<role>记者|见习记者|通讯员|实习生)?[ \t\u3000]*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、，,]+[\u4e00-\u9fff]{2,4}){0,7})"
    r"[ \t\u3000]*[）)]"
)
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _tagged(agency: str, place: str) -> Callable[[], re.Pattern[str]]:
    """PLACE[, Qualifier][ (Region)] (AGENCY) -- : the agency in brackets, no date."""
    return _compile(
        rf"(?P<place>{place})(?:{_COMMA}(?P<qualifier>{_QUALIFIER}))?"
        rf"(?:{_WS}*(?P<bracketed>\((?P<region>[^()\n]{{1,40}})\)))?{_WS}*\((?P<agency>{agency})\)"
        rf"{_WS}*{_DASH}+{_WS}*"
    )


# "Hefei, July 26th, 2020 (Xinhua) ...", "Brasilia, July 25th (Xinhua, Zhou Xingzhu) ...": the
# agency, then any byline, in one bracket; a dash may follow, or the lede at once.
_DATED_CREDIT = _compile(
    rf"(?P<place>{_UPPER_PLACE}|{_PLACE}){_COMMA}{_DATE}{_WS}*"
    rf"[(（](?P<agency>{_WIRE}|{_OUTLET})(?:{_COMMA}(?P<names>[^()（）\n]{{2,160}}))?[)）]"
    rf"{_WS}*(?:{_DASH}+{_WS}*)?"
)
# "Vietnam News Agency, Hanoi, July 26 (Reporter ...) ...": any outlet, then place and date.
_OUTLET_DATELINE = _compile(rf"(?P<agency>{_OUTLET}){_COMMA}(?P<place>{_PLACE}){_COMMA}{_DATE}")
# "From Hubei Daily (reported by Lin Jing) ...", "Beijing News (Reporter Liu Zhen) ...": the
# outlet and a bracketed byline; without "From" the bracket must give the byline a role.
_CREDIT = _compile(
    rf"(?P<from>(?:(?:(?:Message|Report|News|Dispatch|Story){_WS}+)?(?i:from)|Source:?)"
    rf"{_WS}+(?:the{_WS}+)?)?(?P<agency>{_OUTLET}){_WS}*"
    rf"[(（](?P<names>[^()（）\n]{{2,160}})[)）]{_WS}*(?:{_DASH}+{_WS}*|[:：,，]{_WS}*)?"
)
# "(Comprehensive, 11th) ...", "(General 11) ...": a report compiled from several sources,
# credited to no one, dated by the day of the month alone.
_COMPILED = _compile(
    r"[(（](?:Comprehensive|General|Compiled|Combined|Synthesi[sz]ed)"
    rf"(?:{_WS}+(?:report|news|dispatch))?(?:{_COMMA}|{_WS}+)"
    rf"(?P<date>(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)[)）]{_WS}*"
)
# "Economic Observer Network reporter Zheng Yuxin on February 11, announced ...": the credit
# runs into the lede, whose verb follows the date.
_FUSED_CREDIT = _compile(
    rf"(?P<agency>{_OUTLET}){_WS}+(?P<names>(?:(?:staff|senior|chief){_WS}+)?"
    rf"(?:reporters?|correspondents?|journalists?){_WS}+[A-Z][^\n]{{1,80}}?)"
    rf"{_WS}+on{_WS}+{_DATE}{_WS}*[,，]?{_WS}*"
)

_AP = _tagged(r"AP|Associated Press", _UPPER_PLACE)
_AFP = _tagged(r"AFP", rf"{_UPPER_PLACE}|{_PLACE}")
_CNN = _tagged(r"CNN", _UPPER_PLACE)

# After a Chinese-style dateline: an optional bracketed byline, then a separator.
_OPEN = "(（"
_CLOSE = ")）"
_MAX_BYLINE = 160
_AFTER_BYLINE = re.compile(rf"{_WS}*(?:--|—|–|-|[:：,，]|_)?{_WS}*")


def parse_cns(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _CNS().match(text, start, end)
    return _with_byline("cns", match, text, end) if match else None


def parse_xinhua_translated(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _XINHUA_TRANSLATED().match(text, start, end)
    return _with_byline("xinhua-translated", match, text, end) if match else None


def parse_message_from(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _MESSAGE_FROM().match(text, start, end)
    return _with_byline("message-from", match, text, end) if match else None


def parse_chinese(text: str, start: int, end: int) -> DatelineMatch | None:
    """Chinese-script copy: agency, place and date run together, then "电" and the byline."""
    match = _CHINESE().match(text, start, end)
    if match is None:
        return None
    pos = match.end()
    bylines: tuple[Byline, ...] = ()
    byline = _CHINESE_BYLINE.match(text, pos, end)
    if byline is not None:
        role = byline["role"]
        names_start, names_end = byline.span("names")
        bylines = tuple(
            Byline(name.group(), Span(name.start(), name.end()), role)
            for name in _CHINESE_NAME.finditer(text, names_start, names_end)
        )
        pos = byline.end()
    while pos < end and text[pos] in " \t\u00a0\u3000":
        pos += 1
    return _build("chinese", match, bylines, pos, False)


def parse_xinhua_english(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _XINHUA_ENGLISH().match(text, start, end)
    return _tag_match("xinhua-english", match) if match else None


def parse_reuters(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _REUTERS().match(text, start, end)
    return _tag_match("reuters", match) if match else None


def parse_ap(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _AP().match(text, start, end)
    return _tag_match("ap", match) if match else None


def parse_afp(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _AFP().match(text, start, end)
    return _tag_match("afp", match) if match else None


def parse_cnn(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _CNN().match(text, start, end)
    return _tag_match("cnn", match) if match else None


def parse_nyt(text: str, start: int, end: int) -> DatelineMatch | None:
    """The agency is not in the line; the reader takes it from the head's service note."""
    match = _NYT().match(text, start, end)
    return _tag_match("nyt", match) if match else None


def parse_reuters_1987(text: str, start: int, end: int) -> DatelineMatch | None:
    """The agency is not in the line; the reader takes it from the closing "Reuter" line."""
    match = _REUTERS_1987().match(text, start, end)
    return _tag_match("reuters-1987", match) if match else None


def parse_dated_credit(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _DATED_CREDIT().match(text, start, end)
    if match is None:
        return None
    bylines: tuple[Byline, ...] = ()
    if match["names"] is not None:
        bylines = tuple(parse_names(text, *match.span("names")))
        if not bylines:
            return None  # "(Xinhua, photo)": not a credit this parser knows
    return _build("dated-credit", match, bylines, match.end(), False)


def parse_outlet_dateline(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _OUTLET_DATELINE().match(text, start, end)
    return _with_byline("outlet", match, text, end) if match else None


def parse_credit(text: str, start: int, end: int) -> DatelineMatch | None:
    """A credit line with no place and no date: the match has neither."""
    match = _CREDIT().match(text, start, end)
    if match is None:
        return None
    bylines = parse_names(text, *match.span("names"))
    if not bylines or (match["from"] is None and bylines[0].role is None):
        return None
    return _build("credit", match, tuple(bylines), match.end(), False)


def parse_compiled(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _COMPILED().match(text, start, end)
    return _tag_match("compiled", match) if match else None


def parse_fused_credit(text: str, start: int, end: int) -> DatelineMatch | None:
    match = _FUSED_CREDIT().match(text, start, end)
    if match is None:
        return None
    bylines = parse_names(text, *match.span("names"))
    if not bylines:
        return None
    return _build("fused-credit", match, tuple(bylines), match.end(), False)


# Tried in this order on each head line: conventions with an agency in the line come first.
PARSERS: tuple[Parser, ...] = (
    parse_chinese,
    parse_cns,
    parse_xinhua_translated,
    parse_message_from,
    parse_xinhua_english,
    parse_reuters,
    parse_dated_credit,
    parse_outlet_dateline,
    parse_credit,
    parse_compiled,
    parse_fused_credit,
    parse_ap,
    parse_afp,
    parse_cnn,
    parse_nyt,
    parse_reuters_1987,
)


def parse_dateline(text: str, start: int, end: int) -> DatelineMatch | None:
    """The first convention that reads the line ``text[start:end]``, or None."""
    for parser in PARSERS:
        found = parser(text, start, end)
        if found is not None:
            return found
    return None


def _with_byline(style: str, match: re.Match[str], text: str, end: int) -> DatelineMatch:
    pos = match.end()
    while pos < end and text[pos] in " \t\u00a0\u3000":
        pos += 1
    bylines: list[Byline] = []
    unclosed = False
    if pos < end and text[pos] in _OPEN:
        close = _closing_bracket(text, pos + 1, min(end, pos + 1 + _MAX_BYLINE))
        if close is None:
            unclosed = True
        else:
            bylines = parse_names(text, pos + 1, close)
            if bylines:
                pos = close + 1
    if not unclosed:
        separator = _AFTER_BYLINE.match(text, pos, end)  # every part is optional: never None
        pos = separator.end() if separator else pos
    return _build(style, match, tuple(bylines), pos, unclosed)


def _closing_bracket(text: str, start: int, end: int) -> int | None:
    for pos in range(start, end):
        char = text[pos]
        if char in _CLOSE:
            return pos
        if char in _OPEN or char == "\n":
            return None
    return None


def _tag_match(style: str, match: re.Match[str]) -> DatelineMatch:
    return _build(style, match, (), match.end(), False)


def _build(
    style: str,
    match: re.Match[str],
    bylines: tuple[Byline, ...],
    lede_start: int,
    unclosed: bool,
) -> DatelineMatch:
    groups = match.groupdict()
    place_span = _span(match, "place")
    date_span = _span(match, "date")
    agency_span = _span(match, "agency")
    parts = [
        span
        for span in (place_span, _span(match, "bracketed"), _span(match, "qualifier"), date_span)
        if span is not None
    ]
    if parts:
        first, last = min(span.start for span in parts), max(span.end for span in parts)
    else:  # a credit line with no place or date: its span is the outlet's
        first, last = match.span("agency")
    qualifier = groups.get("qualifier") or groups.get("region")
    month: int | None
    day: int | None
    if groups.get("cmonth"):
        month, day = int(groups["cmonth"]), int(groups["cday"])
    else:
        month = month_number(groups["month"]) if groups.get("month") else None
        day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    place = groups.get("place")
    return DatelineMatch(
        style=style,
        span=Span(first, last),
        place=normal_case(" ".join(place.split())) if place else None,
        place_span=place_span,
        qualifier=" ".join(qualifier.split()) if qualifier else None,
        date_text=groups.get("date"),
        date_span=date_span,
        month=month,
        day=day,
        year=year,
        agency=outlet_agency(groups["agency"]) if groups.get("agency") else None,
        agency_span=agency_span,
        bylines=bylines,
        lede_start=lede_start,
        unclosed_byline=unclosed,
    )


def _span(match: re.Match[str], group: str) -> Span | None:
    if group not in match.re.groupindex:
        return None
    start, end = match.span(group)
    return None if start < 0 else Span(start, end)
