"""People, organisations, places and quotes found in an article's paragraphs (stub)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.model import Organisation, Paragraph, Person, Place, Quote, Span


@dataclass(frozen=True, slots=True)
class Entities:
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()


def extract_entities(
    text: str,
    paragraphs: Sequence[Paragraph],
    *,
    bylines: Sequence[str] = (),
    exclude: Sequence[Span] = (),
    dateline_place: str | None = None,
) -> Entities:
    """Find entities in ``paragraphs`` of ``text``.

    ``bylines`` are reporter names, never returned as people; ``exclude`` are spans (agency,
    dateline, byline) no entity may be taken from. ``dateline_place`` is added to places.
    """
    return Entities()
