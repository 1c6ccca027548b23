"""Who holds which title: the ordered registry of binders and the driver that runs them sentence by sentence.

A binder reads one construction of the language in one sentence (a `SentenceContext`) and yields the
`Role`s it links. They run in the order of `BINDERS`; each sees in `ctx.found` what the binders before it
gave in the sentence (a title a predicate gave its subject is not also the next name's). To add a
construction: write one binder (a generator with a docstring that names the construction and gives an
example), put it in `BINDERS`, and add its sentences to the table of `tests/test_binders.py`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc

from kabar_cli.extract.anaphora import demonstrative_title
from kabar_cli.extract.appositions import occupation, title_is_name
from kabar_cli.extract.context import ArticleTitles, Binder, SentenceContext
from kabar_cli.extract.groups import co_members, listed
from kabar_cli.extract.hits import Hit, OrgHit, PersonHit, Role, TitleHit, tokens_of
from kabar_cli.extract.predicates import predicated
from kabar_cli.extract.roles import appointed_for, deputies, written_next
from kabar_cli.extract.successions import holders, replaced
from kabar_cli.extract.tickets import election_cues, tickets
from kabar_cli.extract.tokens import sentences
from kabar_cli.normalise import canonical_persons

BINDERS: tuple[Binder, ...] = (
    predicated,  # 'X menjabat sebagai A, B, dan C'
    written_next,  # 'Bupati Banyuwangi Ipuk', 'Askari, Sekda Mamuju', 'Bupati dan Wakil Bupati A dan B'
    holders,  # 'Jabatan Sekda kini dijabat Budi'
    listed,  # 'tiga nama ... sebagai calon Sekda. Yakni A, B, serta C'
    co_members,  # 'hakim anggota Dewi dan Mulyadi' (a post several hold at once)
    appointed_for,  # 'Rina untuk Pj Bupati Sleman'
    title_is_name,  # 'Ketua DPRD Bondowoso yang tak lain adalah Ahmad'
    occupation,  # 'kata Sucipto, budayawan Kemiren'
    tickets,  # 'pasangan Budi-Rina', 'Budi berpasangan dengan Rina' in a story about an election
    replaced,  # 'Rina dilantik sebagai Bupati Sleman menggantikan Budi' (Budi held it before)
    demonstrative_title,  # 'Mantan Kapolda Jambi itu ...' (the person the text is about)
    deputies,  # 'Bupati Dhani dan wakilnya, Rina' (reads the titles the binders before it gave)
)
H = TypeVar("H", bound=Hit)


def bind_roles(
    doc: Doc,
    persons: list[PersonHit],
    titles: list[TitleHit],
    orgs: list[OrgHit],
    canonical: dict[str, str] | None = None,
) -> list[Role]:
    """Every (person, title) pair the sentence structure links, sentence by sentence and binder by binder.
    `canonical`: each person's canonical name (`canonical_persons`), when the caller has it already."""
    in_titles = tokens_of(titles)
    article = ArticleTitles(
        by_start={t.start: t for t in titles},
        by_end={t.end: t for t in titles},
        free_orgs=[o for o in orgs if in_titles.isdisjoint(range(o.start, o.end))],
        elections=election_cues(doc, titles),
    )
    canonical = canonical if canonical is not None else canonical_persons(p.name for p in persons)
    held: dict[str, TitleHit] = {}
    roles: list[Role] = []
    topic, previous = None, None
    for sent, in_sent, sent_titles in zip(
        sentences(doc), _by_sentence(doc, persons), _by_sentence(doc, titles), strict=True
    ):
        if in_sent or sent_titles:  # no binder links anyone in a sentence without a name or a title
            ctx = SentenceContext(doc, sent, in_sent, sent_titles, article, canonical, held, topic, previous)
            for binder in BINDERS:
                ctx.found.extend(binder(ctx))
            held.update(ctx.given_here())  # `ctx.held_now()`, without copying `held`
            roles += ctx.found
        previous = sent
        topic = in_sent[-1] if in_sent else topic  # 'Dia' in the next sentence is the person last named
    return _retire_left_posts(roles, canonical)


def _by_sentence(doc: Doc, hits: Sequence[H]) -> list[list[H]]:
    """The hits of each sentence (the one holding the hit's first token), in their order."""
    starts = [sent.start for sent in sentences(doc)]
    grouped: list[list[H]] = [[] for _ in starts]
    for hit in hits:
        grouped[bisect_right(starts, hit.start) - 1].append(hit)
    return grouped


def _retire_left_posts(roles: list[Role], canonical: dict[str, str]) -> list[Role]:
    """'Dirut RSUD A, dr. Rina. Dia mendapat posisi baru sebagai Wakil Direktur RSUD B': the current posts
    named before a new post of the same person are past."""
    moved: dict[str, int] = {}
    for role in roles:
        if role.new_post:
            moved.setdefault(canonical[role.person.name], role.sentence.start)
    out = []
    for role in roles:
        since = moved.get(canonical[role.person.name])
        if since is not None and role.sentence.start < since and role.title.status == "current":
            role = replace(role, title=replace(role.title, status="former"))
        out.append(role)
    return out
