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


class Born(BaseModel):
    date: str | None = None
    place: str | None = None


class Quote(BaseModel):
    text: str
    article: str
    date: str | None = None


class Profile(BaseModel):
    name: str
    aliases: list[str]
    positions: list[Position]
    born: Born | None
    quotes: list[Quote]
    articles: list[str]


class Event(BaseModel):
    date: str
    text: str
    article: str
    persons: list[str]
