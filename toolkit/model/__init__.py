"""The document model (stdlib only): spans, articles and their parts."""

from toolkit.model.article import (
    Article,
    Byline,
    Dateline,
    Headline,
    NameForm,
    Organisation,
    Paragraph,
    Person,
    Place,
    PlaceKind,
    Quote,
    Source,
    Title,
    YearSource,
)
from toolkit.model.span import LineIndex, Position, SourceMap, Span

__all__ = [
    "Article",
    "Byline",
    "Dateline",
    "Headline",
    "LineIndex",
    "NameForm",
    "Organisation",
    "Paragraph",
    "Person",
    "Place",
    "PlaceKind",
    "Position",
    "Quote",
    "Source",
    "SourceMap",
    "Span",
    "Title",
    "YearSource",
]
