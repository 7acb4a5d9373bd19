"""One person is given two titles that cannot both be right.

What it flags:
    Two titles for the same person with the same role but a different rank ("Deputy Minister
    of Higher Education" then "Minister of Higher Education"), status ("former president"
    then "president"), portfolio ("Communications Minister" then "Minister of Information
    Technology") or country. Equivalent forms ("Cuban Minister of Communications" and
    "Communications Minister"), a title and a bare "the minister", and different roles held
    together ("minister and party secretary") are fine.

Why it matters:
    A wrong title misstates someone's authority; a deputy quoted as the minister is a
    correction waiting to happen.

Example:
    Egypt's Deputy Minister of Higher Education Hisham Farouk opened the meeting on Monday.

    "We welcome the partnership," Minister of Higher Education Hisham Farouk said.

Use instead:
    Egypt's Deputy Minister of Higher Education Hisham Farouk opened the meeting on Monday.

    "We welcome the partnership," Deputy Minister of Higher Education Hisham Farouk said.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.checker.context import ArticleContext
from toolkit.checker.locate import curly, where
from toolkit.checker.registry import Hit, HouseStyle, Rule
from toolkit.checker.titles import TitleSlots, parse_title
from toolkit.findings import Severity
from toolkit.model import Title

_WHY = {
    "rank": "rank",
    "status": "status",
    "portfolio": "portfolio",
    "country": "country",
    "to_country": "posting",
}


def check(ctx: ArticleContext, house: HouseStyle) -> Iterator[Hit]:
    article = ctx.article
    for person in article.people:
        parsed: list[tuple[Title, TitleSlots]] = []
        spans = [t.span for t in person.titles if t.span is not None]
        # a title found again inside a longer one of the same person is that title, not another
        titled = [
            (t.span.start, t)
            for t in person.titles
            if t.span is not None and not any(o != t.span and o.contains(t.span) for o in spans)
        ]
        for _, title in sorted(titled, key=lambda item: item[0]):
            slots = parse_title(title.text)
            if slots is None or title.span is None:
                continue
            for earlier, earlier_slots in parsed:
                why = earlier_slots.conflict(slots)
                if why is None or earlier.span is None:
                    continue
                yield Hit(
                    title.span.start,
                    title.span.end,
                    f"{person.name} is {curly(earlier.text)} on "
                    f"{where(article, earlier.span.start)} but {curly(title.text)} here "
                    f"(the {_WHY[why]} differs); use one title",
                    fix=earlier.text,
                )
                break
            parsed.append((title, slots))


RULE = Rule("NC201", "title-conflict", Severity.WARNING, __doc__ or "", check=check)
