"""The shapes read commands print, defined once: `--json`, `--jsonl`, the tables and `kabar schema` use them.

They are standard-library dataclasses that pydantic reads (`pydantic.TypeAdapter`) to generate the JSON Schema
of `kabar schema` and, in the tests, to validate what each command prints. Query commands build and print them
without importing pydantic, whose import alone costs about 90 ms of a command's start-up. A field's docstring
is its description in the schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DOCSTRINGS = {"use_attribute_docstrings": True}  # pydantic's ConfigDict, read by TypeAdapter


@dataclass(kw_only=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(kw_only=True)
class ArticleRow:
    id: str
    path: str
    outlet: str | None
    headline: str | None
    published: str | None
    anchor: str | None
    anchor_source: str | None


@dataclass(kw_only=True)
class MentionRow:
    article: str
    label: str
    text: str
    start: int
    end: int
    value: str | None = None
    entity: str | None = None


@dataclass(kw_only=True)
class FactRow:
    article: str
    predicate: str
    subject: str
    object: str | None
    of: str | None = None
    status: str | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    evidence: Evidence


@dataclass(kw_only=True)
class Position:
    __pydantic_config__ = DOCSTRINGS

    title: str
    of: str | None
    status: str
    start: str | None = None
    end: str | None = None
    as_of: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    last_held: str | None = None
    """Latest article date that states the position as held."""
    left_by: str | None = None
    """Earliest date later evidence shows the position was left."""


@dataclass(kw_only=True)
class Born:
    date: str | None = None
    place: str | None = None


@dataclass(kw_only=True)
class Quote:
    text: str
    article: str
    date: str | None = None


@dataclass(kw_only=True)
class Award:
    name: str
    year: str | None = None
    giver: str | None = None
    article: str


@dataclass(kw_only=True)
class Education:
    institution: str
    level: str | None = None
    start: str | None = None
    end: str | None = None
    article: str


@dataclass(kw_only=True)
class Companion:
    name: str
    articles: int


@dataclass(kw_only=True)
class Profile:
    name: str
    aliases: list[str]
    positions: list[Position]
    born: Born | None
    quotes: list[Quote]
    articles: list[str]
    education: list[Education] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    appears_with: list[Companion] = field(default_factory=list)


@dataclass(kw_only=True)
class Event:
    date: str
    text: str
    article: str
    persons: list[str]


@dataclass(kw_only=True)
class QuoteRow:
    speaker: str
    text: str
    article: str
    date: str | None = None


@dataclass(kw_only=True)
class EntityRow:
    name: str
    label: str
    articles: int
    mentions: int
    aliases: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class SearchHit:
    __pydantic_config__ = DOCSTRINGS

    article: str
    sentence: int
    text: str
    matches: list[tuple[int, int]]
    """Character spans of the matched words in `text`."""
    score: float
    """BM25 relevance; lower is better."""


@dataclass(kw_only=True)
class ArticleView:
    id: str
    path: str
    outlet: str | None
    headline: str | None
    published: str | None
    anchor: str | None
    text: str
    mentions: list[MentionRow]
    facts: list[FactRow]
