"""The shapes read commands print: pydantic models, so `--json` and `kabar schema` come from one definition."""
from __future__ import annotations

from pydantic import BaseModel, Field

from kabar_cli.records import Evidence


class ArticleRow(BaseModel):
    id: str
    path: str
    outlet: str | None
    headline: str | None
    published: str | None
    anchor: str | None
    anchor_source: str | None


class MentionRow(BaseModel):
    article: str
    label: str
    text: str
    start: int
    end: int
    value: str | None = None
    entity: str | None = None


class FactRow(BaseModel):
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


class Position(BaseModel):
    title: str
    of: str | None
    status: str
    start: str | None = None
    end: str | None = None
    as_of: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    last_held: str | None = Field(None, description="Latest article date that states the position as held.")
    left_by: str | None = Field(None, description="Earliest date later evidence shows the position was left.")


class Born(BaseModel):
    date: str | None = None
    place: str | None = None


class Quote(BaseModel):
    text: str
    article: str
    date: str | None = None


class Award(BaseModel):
    name: str
    year: str | None = None
    giver: str | None = None
    article: str


class Education(BaseModel):
    institution: str
    level: str | None = None
    start: str | None = None
    end: str | None = None
    article: str


class Companion(BaseModel):
    name: str
    articles: int


class Profile(BaseModel):
    name: str
    aliases: list[str]
    positions: list[Position]
    born: Born | None
    quotes: list[Quote]
    articles: list[str]
    education: list[Education] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    appears_with: list[Companion] = Field(default_factory=list)


class Event(BaseModel):
    date: str
    text: str
    article: str
    persons: list[str]


class QuoteRow(BaseModel):
    speaker: str
    text: str
    article: str
    date: str | None = None


class EntityRow(BaseModel):
    name: str
    label: str
    articles: int
    mentions: int
    aliases: list[str] = Field(default_factory=list)


class SearchHit(BaseModel):
    article: str
    sentence: int
    text: str
    matches: list[tuple[int, int]] = Field(description="Character spans of the matched words in `text`.")
    score: float = Field(description="BM25 relevance; lower is better.")


class ArticleView(BaseModel):
    id: str
    path: str
    outlet: str | None
    headline: str | None
    published: str | None
    anchor: str | None
    text: str
    mentions: list[MentionRow]
    facts: list[FactRow]
