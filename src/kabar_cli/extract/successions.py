"""The binders of succession: who holds a post now and who held it before.

'Jabatan Sekda kini dijabat Budi' and 'jabatan Kasatpol PP yang sebelumnya dipegang Ani, kini diserahkan
kepada Rina' (a passive verb gives the title to the name after it), 'Rina dilantik sebagai Bupati Sleman
menggantikan Budi' (the one replaced held the post before).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.hits import PersonHit, Role, Sent, TitleHit
from kabar_cli.extract.person_evidence import skip_honorifics_back
from kabar_cli.extract.roles import word_set
from kabar_cli.extract.tokens import lowers, next_word, prev_word
from kabar_cli.lexicon import function_words


def holders(ctx: SentenceContext) -> Iterator[Role]:
    """'Kepala Dinas Sosial digantikan oleh Rina', 'Jabatan Sekda kini dijabat Budi', 'jabatan Kasatpol PP
    yang sebelumnya dipegang Ani, kini diserahkan kepada Rina': the name after a passive verb behind a title
    holds that title (in the past after 'sebelumnya'); a former holder's clause may sit between."""
    doc, sent, by_end = ctx.doc, ctx.sent, ctx.article.by_end
    ends = {p.end: p for p in ctx.persons}
    for person in ctx.persons:
        found = _held_title(doc, sent, person.start, by_end, ends)
        if found is not None:
            title, former = found
            status = "former" if former else ("current" if title.status == "former" else title.status)
            yield Role(person, replace(title, status=status), sent)


def _held_title(
    doc: Doc, sent: Sent, start: int, by_end: dict[int, TitleHit], ends: dict[int, PersonHit]
) -> tuple[TitleHit, bool] | None:
    """The title a passive verb before token `start` gives the name there, and whether a former cue
    ('sebelumnya') stands between them."""
    low, k = lowers(doc), skip_honorifics_back(doc, prev_word(doc, start))  # 'diemban Kombes Pol Lalu'
    if k >= sent.start and low[k] in word_set("holder_particles"):
        k = prev_word(doc, k)
    if k < sent.start or low[k] not in word_set("holder_verbs"):
        return None
    k, former = _skip_holder_adverbs(doc, sent, prev_word(doc, k))
    if k >= sent.start and low[k] == ",":  # 'yang sebelumnya dipegang Ani, kini diserahkan kepada Rina'
        held_before = ends.get(k)
        found = _held_title(doc, sent, held_before.start, by_end, ends) if held_before else None
        return (found[0], former) if found else None
    if k >= sent.start and low[k] == function_words().relative_pronoun:
        k = prev_word(doc, k)
    title = by_end.get(k + 1) if k >= sent.start else None
    return (title, former) if title is not None else None


def _skip_holder_adverbs(doc: Doc, sent: Sent, k: int) -> tuple[int, bool]:
    """Step back over 'kini', 'sebelumnya', ... before a holder's verb; True when one of them is a former
    cue."""
    low, former = lowers(doc), False
    while k >= sent.start and low[k] in word_set("holder_adverbs"):
        former = former or low[k] in word_set("former_cues")
        k = prev_word(doc, k)
    return k, former


def replaced(ctx: SentenceContext) -> Iterator[Role]:
    """'Rina dilantik sebagai Bupati Sleman menggantikan Budi', 'Rina menggantikan Budi sebagai Bupati
    Sleman': the name after 'menggantikan' held, before, the post the sentence gives its subject right before
    the verb or right after the name (not a post an acting holder only stands in)."""
    doc, low = ctx.doc, lowers(ctx.doc)
    for person in ctx.persons:
        k = skip_honorifics_back(doc, prev_word(doc, person.start))  # 'menggantikan AKBP Rizal'
        if k < ctx.sent.start or low[k] not in word_set("replacing_verbs"):
            continue
        given = [r.title for r in ctx.found if r.person is not person and _given_around(doc, r, k, person)]
        if given and given[0].status == "current":
            yield Role(person, replace(given[0], status="former"), ctx.sent)


def _given_around(doc: Doc, role: Role, verb: int, replaced_one: PersonHit) -> bool:
    """The role's title ends right before the verb of replacing, or the role's holder is the verb's subject
    and its title follows the one replaced after 'sebagai'."""
    if role.title.end == verb:
        return True
    after = next_word(doc, replaced_one.end)
    return (
        role.person.end == verb
        and after < role.title.start
        and lowers(doc)[after] in function_words().role_prepositions
        and next_word(doc, after + 1) == role.title.start
    )
