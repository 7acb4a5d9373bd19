"""Firms named after people ("Morgan Stanley said ..."), which read exactly like a person.

Nothing in a sentence tells "Morgan Stanley said profits rose" from "Morgan Stanley said he
would resign", so the widely quoted eponymous firms of financial and business copy are
listed; a house list can add more through the reader's recognisers.
"""

from __future__ import annotations

EPONYMOUS_FIRMS: frozenset[str] = frozenset(
    name.strip()
    for name in ["\n    morgan stanley", "goldman sachs", "merrill lynch", "charles schwab", "dean witter", "smith barney", "\n    salomon smith barney", "lehman brothers", "bear stearns", "paine webber", "kidder peabody", "\n    shearson lehman", "morgan grenfell", "edward jones", "edward d. jones", "johnson controls", "\n    arthur andersen", "ernst young", "price waterhouse", "dow jones", "marks spencer", "procter gamble", "\n    hewlett packard", "alex brown", "raymond james", "charles river", "thomas cook", "john lewis", "\n    ted baker", "tommy hilfiger", "ralph lauren", "calvin klein", "louis vuitton", "christian dior", "\n    estee lauder", "walt disney", "warner bros", "harley davidson", "rolls royce", "aston martin\n    "]
)
