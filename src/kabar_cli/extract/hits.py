"""Typed results of the extractors: token spans with what each one found."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hit:
    """A token span [start, end) of the article's Doc."""

    start: int
    end: int

    def overlaps(self, other: Hit) -> bool:
        return self.start < other.end and other.start < self.end


def tokens_of(hits) -> set[int]:
    """Every token index the hits cover, for overlap tests in one set lookup."""
    return {i for hit in hits for i in range(hit.start, hit.end)}


@dataclass(frozen=True)
class PlaceHit(Hit):
    name: str
    level: str | None = None


@dataclass(frozen=True)
class OrgHit(Hit):
    name: str
    alias: str | None = None


@dataclass(frozen=True)
class TitleHit(Hit):
    """'Plh. Sekretaris Daerah Provinsi Jawa Timur': title, the body it belongs to, and status. Frozen: a
    binder that gives a title another status or body makes a new hit (`dataclasses.replace`)."""

    title: str
    of: str | None = None
    status: str = "current"
    head_end: int = 0  # end of the title words, before the body


@dataclass(frozen=True)
class PersonHit(Hit):
    name: str
    evidence: str = ""


@dataclass(frozen=True)
class Sent:
    """One sentence of the Doc: tokens [start, end) and the characters they cover."""

    start: int
    end: int
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Role:
    """A person holding a title, and the sentence that says so."""

    person: PersonHit
    title: TitleHit
    sentence: Sent
    new_post: bool = False  # 'mendapat posisi baru sebagai X': the person left the posts named before


@dataclass
class QuoteHit:
    start: int  # character offsets of the quoted text, without the marks
    end: int
    text: str
    speaker: str | None
    cue_start: int = 0
    cue_end: int = 0


@dataclass
class Occupied:
    """Which tokens each label has claimed, so later extractors do not claim them again."""

    tokens: dict[int, str] = field(default_factory=dict)

    def claim(self, hit: Hit, label: str) -> None:
        for i in range(hit.start, hit.end):
            self.tokens.setdefault(i, label)

    def free(self, start: int, end: int, *labels: str) -> bool:
        if end == start + 1:  # the common question: one token
            return self.tokens.get(start) not in labels
        return all(self.tokens.get(i) not in labels for i in range(start, end))
