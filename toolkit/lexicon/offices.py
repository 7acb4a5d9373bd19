"""Which titles one person cannot hold together, by the role part of a title.

The checker (NC201) compares the titles a story gives one person by their parts; these tables
say which parts make two titles incompatible. Roles are canonical role heads
(:func:`toolkit.lexicon.titles.canonical_role`).
"""

from __future__ import annotations

from toolkit.lexicon.titles import ROLE_SYNONYMS, is_role_head

_CANONICAL_ROLES = frozenset(ROLE_SYNONYMS.values())

# Words that make a title a lower grade of the same office: a deputy director is not the
# director, a vice president not the president.
RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate"})

# A past office: "former senator" and "senator" cannot both describe someone now.
PAST = frozenset({"former", "ex", "late", "past", "retired", "outgoing"})

# An office not yet held: "President-elect" is not yet the president.
FUTURE = frozenset({"elect", "designate"})

# Modifiers that leave the office as it is for comparing: an acting minister is called the
# minister, and "then Gov." was the governor at the time.
NEUTRAL = frozenset({"acting", "interim", "then", "now", "current", "longtime"})

# Groups of roles of which one person holds one at a time: military ranks, judicial offices,
# the two houses of a legislature. Roles outside a group may be held together ("minister and
# party secretary").
EXCLUSIVE: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "admiral",
            "general",
            "colonel",
            "major",
            "brigadier",
            "marshal",
            "sergeant",
            "corporal",
        }
    ),
    frozenset({"judge", "justice", "magistrate"}),
    frozenset({"senator", "congressman", "congresswoman"}),
    frozenset({"premier", "prime minister", "chancellor"}),
)

# Pairs of roles across groups that one person does not hold together: a premier (head of
# government) is not the president or the party's general secretary (heads of state or party).
EXCLUSIVE_PAIRS: frozenset[frozenset[str]] = frozenset(
    frozenset({head, other})
    for head in ("premier", "prime minister")
    for other in ("president", "general secretary")
)


def exclusive(a: str, b: str) -> bool:
    """Whether two different roles cannot both be one person's."""
    if a == b:
        return False
    return any(a in group and b in group for group in EXCLUSIVE) or (
        frozenset({a, b}) in EXCLUSIVE_PAIRS
    )


# Role parts the title reader gives that are offices although no role head lists them alone:
# "White House chief of staff", "police chief" have the role part "chief".
_OTHER_OFFICES = frozenset({"chief"})


def is_office(role: str) -> bool:
    """Whether a title's role part is an office or post ("president", "spokesperson"), not a
    description ("the only Democrat to speak", "a longtime supporter", "former champion")."""
    return is_role_head(role) or role in _CANONICAL_ROLES or role in _OTHER_OFFICES
