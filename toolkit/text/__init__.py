"""Text facts readers and check rules share: words, quote marks, sentence bounds, dates.

Stdlib only; word lists come from :mod:`toolkit.lexicon`. Nothing here knows of articles
beyond their text, so readers (which build articles) and check rules (which read them) can both
use it.
"""
