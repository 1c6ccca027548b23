"""The pydantic records that pass between stages (and that `extract --jsonl-out` writes).

ingest -> RawArticle; extract/normalise -> ArticleRecord (Article, Sentence, Mention, Fact);
store keeps them; query builds the views of `views.py` (Profile, Event, the list rows) from the store.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Label = Literal["PERSON", "ORG", "PLACE", "TITLE", "DATE"]
Status = Literal["current", "former", "candidate", "acting"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")


class RawArticle(Record):
    """One input file, decoded: the text as kabar stores it (offsets point into it)."""

    id: str
    path: str
    text: str
    sha256: str


class Article(Record):
    id: str
    path: str
    outlet: str | None = None
    headline: str | None = None
    published: str | None = None
    anchor: str | None = None
    anchor_source: str | None = None
    sha256: str = ""
    chars: int = 0


class Sentence(Record):
    article: str
    index: int
    start: int
    end: int
    text: str


class Mention(Record):
    article: str
    label: Label
    text: str
    start: int
    end: int
    sentence: int = 0
    value: str | None = None
    entity: str | None = None


class Evidence(Record):
    sentence: str
    start: int
    end: int


class Fact(Record):
    article: str
    predicate: Literal["holds_title", "said", "born", "award", "education"]
    subject: str
    object: str | None
    of: str | None = None
    status: Status | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    evidence: Evidence


class ArticleRecord(Record):
    """Everything extraction learned from one article; the unit the store writes in one transaction."""

    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
