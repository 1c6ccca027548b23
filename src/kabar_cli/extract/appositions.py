"""Binders of a title named before the person it is said of, and of an occupation in apposition.

'Ketua DPRD Bondowoso yang tak lain adalah Ahmad Fauzi', 'Sekda definitif pertama adalah Budi': a title as
the subject of 'adalah' is held by the name that complements it. 'kata Sucipto, budayawan Kemiren', 'musisi
ternama Rian': a plain occupation written beside the name is the person's role.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.hits import PersonHit, Role, TitleHit
from kabar_cli.extract.person_evidence import skip_degrees, skip_honorifics_back
from kabar_cli.extract.tokens import flags, lowers, next_word, positions, prev_word, punct_at, within
from kabar_cli.lexicon.title_grammar import title_lexicon

COMPLEMENT_GAP = 6  # words between a title and the 'adalah' that says who holds it


def title_is_name(ctx: SentenceContext) -> Iterator[Role]:
    """'Ketua DPRD Bondowoso yang tak lain adalah H. Ahmad Fauzi', 'Plt Bupati pertama adalah Junda Rahman',
    'ketua panitia seleksi adalah Kepala BKD Jatim, Rina Wati': the name complementing 'adalah' holds the
    title that is its subject (no other name between them)."""
    doc = ctx.doc
    for k in within(positions(doc, title_lexicon().words["identity_verbs"]), ctx.sent.start, ctx.sent.end):
        title = _subject_title(ctx, k)
        person = _complement_name(ctx, k) if title is not None else None
        given = {(r.person.name, r.title.title) for r in ctx.found}  # a group's list gave it already
        if title is not None and person is not None and (person.name, title.title) not in given:
            yield Role(person, title, ctx.sent)


def _subject_title(ctx: SentenceContext, k: int) -> TitleHit | None:
    """The title ending at most COMPLEMENT_GAP words before token k, with no name or mark between."""
    before = [t for t in ctx.titles if t.end <= k and k - t.end <= COMPLEMENT_GAP]
    if not before:
        return None
    title = before[-1]
    if (
        title.start > 0
        and lowers(ctx.doc)[prev_word(ctx.doc, title.start)] in title_lexicon().words["post_nouns"]
    ):
        return None  # 'lelang jabatan Sekda sendiri adalah ...' names the post, not its holder
    between = range(title.end, k)
    if any(p.start in between for p in ctx.persons) or any(punct_at(ctx.doc, j) for j in between):
        return None
    return title


def _complement_name(ctx: SentenceContext, k: int) -> PersonHit | None:
    """The name right after 'adalah' (honorifics skipped), or after one title and a comma."""
    doc = ctx.doc
    first = next_word(doc, k + 1)
    for person in ctx.persons:
        opening = skip_honorifics_back(doc, prev_word(doc, person.start))
        if opening == k:
            return person
        title = ctx.article.by_start.get(first)
        if (
            title is not None
            and title.end <= person.start <= next_word(doc, title.end) + 2
            and opening < k + 40
        ):
            if flags(doc).text[next_word(doc, title.end)] == ",":
                return person
    return None


def occupation(ctx: SentenceContext) -> Iterator[Role]:
    """'kata Sucipto, budayawan Kemiren', 'dosen Universitas Tadulako, Rina Sari', 'musisi ternama Rian':
    a plain occupation written next to a name is the person's role."""
    doc, low, jobs = ctx.doc, lowers(ctx.doc), title_lexicon().occupations
    for person in ctx.persons:
        after = skip_degrees(doc, next_word(doc, person.end))
        if after < ctx.sent.end and flags(doc).text[after] == ",":
            word = next_word(doc, after + 1)
            if word < ctx.sent.end and low[word] in jobs:
                yield _role(ctx, person, word)
                continue
        before = _occupation_before(ctx, person)
        if before is not None:
            yield _role(ctx, person, before)


def _occupation_before(ctx: SentenceContext, person: PersonHit) -> int | None:
    """'musisi ternama Rian', 'budayawan, Sucipto': the occupation right before the name (one praise word may
    stand between)."""
    low, jobs = lowers(ctx.doc), title_lexicon().occupations
    k = prev_word(ctx.doc, person.start)
    if k >= ctx.sent.start and low[k] in title_lexicon().words["occupation_praise"]:
        k = prev_word(ctx.doc, k)
    return k if k >= ctx.sent.start and low[k] in jobs and flags(ctx.doc).text[k].islower() else None


def _role(ctx: SentenceContext, person: PersonHit, k: int) -> Role:
    word = title_lexicon().occupations[lowers(ctx.doc)[k]]
    hit = TitleHit(k, k + 1, title=word, of=None, status="current", head_end=k + 1)
    return Role(person, replace(hit), ctx.sent)
