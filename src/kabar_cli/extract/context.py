"""What a binder sees: one sentence of the article, its persons and titles, and what earlier sentences said.

A binder (`kabar_cli.extract.binding.BINDERS`) is a function `SentenceContext -> Iterable[Role]`: it reads
one construction of the language in the sentence and yields each (person, title) pair the construction
links. The context is built once per sentence by `bind_roles`; it holds no state a binder could change but
`found`, the roles the binders before it gave in this sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kabar_cli.extract.hits import OrgHit, PersonHit, Role, Sent, TitleHit


@dataclass(frozen=True)
class ElectionCue:
    """Where the article names the post an election fills: token `at`, the post, the region it is of."""

    at: int
    post: str
    of: str | None = None


@dataclass(frozen=True)
class ArticleTitles:
    """The article's titles indexed by their first and their end token, the institutions outside them, and
    where the article names the post an election fills (`kabar_cli.extract.tickets`)."""

    by_start: dict[int, TitleHit]
    by_end: dict[int, TitleHit]
    free_orgs: list[OrgHit]  # not 'Satpol PP' of 'Kepala Satpol PP'
    elections: list[ElectionCue] = field(default_factory=list)


@dataclass(frozen=True)
class SentenceContext:
    """One sentence, as every binder sees it."""

    doc: Doc
    sent: Sent
    persons: list[PersonHit]  # the persons named in this sentence, in order
    titles: list[TitleHit]  # the titles of this sentence, in order
    article: ArticleTitles
    canonical: dict[str, str]  # each person's canonical name
    held: dict[
        str, TitleHit
    ]  # canonical name -> the last title given before this sentence (not a former one)
    topic: PersonHit | None = None  # the person named last before this sentence: 'Dia' in this one
    previous: Sent | None = None  # the sentence before, for a list cue that opens this one
    found: list[Role] = field(default_factory=list)  # the roles the binders before this one gave here

    def held_now(self) -> dict[str, TitleHit]:
        """`held` with the titles given so far in this sentence."""
        held = dict(self.held)
        held.update(self.given_here())
        return held

    def given_here(self) -> list[tuple[str, TitleHit]]:
        """(canonical name, title) of every role given so far in this sentence that is not a former one."""
        return [(self.canonical[r.person.name], r.title) for r in self.found if r.title.status != "former"]


Binder = Callable[[SentenceContext], Iterable[Role]]
