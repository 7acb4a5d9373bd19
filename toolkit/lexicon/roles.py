"""Nouns that say what a person is or does ("hurdler", "columnist", "host"), for descriptors.

A descriptor next to a name ("television host Lorraine Kelly", "Irfan Hanif, a 25-year-old
doctor from Bolton") is a title when its head is a noun for a person's role. Most such nouns
are agentive (-er, -or, -ist, -ian, -ant, -ent, -man, -woman), so a suffix test covers the
open class and the lists below hold the rest and the exceptions.
"""

from __future__ import annotations

import re

# Role nouns the suffix test does not catch.
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    host user great hopeful chief head star coach captain aide adviser advisor official
    expert doctor nurse student pupil graduate teacher pilot poet artist author writer
    actor actress singer lawyer judge diplomat envoy delegate member chairman chairwoman
    chair spokesman spokeswoman spokesperson minister premier president secretary
    secretary-general director director-general dean rector founder co-founder owner
    manager editor reporter correspondent journalist photographer pope archbishop bishop
    cardinal rabbi imam sheikh speaker senator congressman congresswoman governor mayor
    ambassador consul king queen prince princess emperor chancellor general admiral
    colonel lieutenant sergeant major commander officer scientist economist analyst
    professor lecturer scholar fellow researcher engineer architect designer chef
    farmer worker cadre veteran rookie champion winner runner-up finalist legend
    icon heir widow wife husband son daughter mother father brother sister nephew niece
    cousin uncle aunt grandson granddaughter colleague friend partner rival successor
    predecessor deputy assistant associate candidate nominee incumbent activist
    campaigner critic supporter fan victim survivor witness suspect defendant plaintiff
    prisoner detainee hostage refugee migrant resident citizen native villager tourist
    guide monk nun priest pastor chaplain vicar cleric mullah ayatollah lama guru
    entrepreneur tycoon magnate billionaire millionaire investor banker broker trader
    dealer merchant shopkeeper vendor clerk secretary staffer intern volunteer
    inspector auditor accountant consultant contractor negotiator mediator envoy
    sportsman sportswoman athlete hurdler sprinter striker midfielder defender goalkeeper
    keeper forward winger pitcher catcher batsman bowler jockey boxer wrestler golfer
    cyclist swimmer skier skater gymnast driver rider captain skipper conductor composer
    pianist violinist guitarist drummer musician dancer comedian presenter anchor
    commentator columnist blogger filmmaker director producer novelist playwright
    historian anthropologist archaeologist sociologist psychologist physicist chemist
    biologist geologist meteorologist climatologist astronomer mathematician
    philosopher theologian linguist surgeon physician dentist pharmacist vet
    paramedic firefighter policeman policewoman soldier marine sailor airman
    spy agent detective sheriff marshal warden guard ranger trustee steward
    fraudster criminal thief gunman attacker bomber militant rebel insurgent
    chieftain chief leader ruler monarch regent dictator strongman
    lawmaker legislator parliamentarian councillor councilor alderman commissioner
    administrator superintendent principal headmaster headmistress provost
    mp mep msp peer lord baron baroness duke duchess earl count countess
    controller regulator planner strategist
    """.split()
)

# Words with a role suffix that are not role nouns ("order", "other", "center").
_NOT_ROLES: frozenset[str] = frozenset(
    """
    order other center centre under after never over number water paper letter matter
    power tower summer winter quarter border river corner cover error factor sector
    motor mirror floor door honor honour labor labour major minor favor favour color
    colour rumor rumour humor humour vigor tenor terror interior exterior anterior
    ever however whatever whenever whether either neither rather together further
    another brother-in-law register computer chapter character member-state
    parliament government department agreement statement movement management
    development environment investment payment moment comment content event percent
    present recent current student-run plant giant grant want meant rant tenant-run
    client patient talent
    asian russian indian italian canadian brazilian australian austrian hungarian
    german american african european christian egyptian iranian syrian libyan
    human woman man
    """.split()
)

_AGENTIVE = re.compile(
    r"(?:[a-z]{3,}(?:er|or|ist|ian|ant|ent|man|woman|person|ee|eer|ier|ster|ess|crat|"
    r"naut|logist|grapher|phile|smith|wright)|[a-z]+-(?:elect|designate|general|at-large))"
)


def is_role_noun(word: str) -> bool:
    """Whether ``word`` (any case) names a person's role, office or occupation."""
    folded = word.casefold().strip(".")
    if folded.endswith(("'s", "’s")):
        return False
    if folded in ROLE_NOUNS:
        return True
    if folded in _NOT_ROLES or folded.endswith("ment"):
        return False
    if folded.endswith("s"):
        single = folded[:-1]
        if single in ROLE_NOUNS:
            return True  # "prominent scholars", "two graduate students"
        if single in _NOT_ROLES:
            return False
        if _AGENTIVE.fullmatch(single):
            return True
    return _AGENTIVE.fullmatch(folded) is not None
