"""Every rule, registered by one line each."""

from __future__ import annotations

from toolkit.checker.registry import Registry
from toolkit.checker.rules import (
    house_spelling,
    name_forms,
    name_variants,
    name_variants_across,
    past_day_after_dateline,
    quote_spacing,
    relative_day_mismatch,
    repeated_words,
    run_on_sentence,
    spelling_dialect,
    term_casing,
    term_forms,
    term_quote_style,
    title_conflict,
    unbalanced_quotes,
    weekday_mismatch,
)

RULES = Registry(
    [
        name_variants.RULE,
        name_variants_across.RULE,
        house_spelling.RULE,
        name_forms.RULE,
        title_conflict.RULE,
        term_quote_style.RULE,
        term_casing.RULE,
        term_forms.RULE,
        unbalanced_quotes.RULE,
        quote_spacing.RULE,
        spelling_dialect.RULE,
        weekday_mismatch.RULE,
        past_day_after_dateline.RULE,
        relative_day_mismatch.RULE,
        run_on_sentence.RULE,
        repeated_words.RULE,
    ]
)
