"""The binders of titles written beside a name, paired by coordination, appointed to, or given to a deputy.

Each is a binder of `kabar_cli.extract.binding.BINDERS` (a generator over one `SentenceContext`). Handles:
'Bupati Banyuwangi Ipuk Fiestiandani' (title before the name), 'Askari, Sekda Mamuju Tengah' and 'Rusmadi
(Plt Sekprov)' (title after), 'Bupati dan Wakil Bupati Situbondo Karna dan Khoirani' (paired titles),
'Rina untuk Pj Bupati Sleman' (appointed to), 'Bupati Dhani dan wakilnya, Rina' (the deputy). Titles a
predicate gives are read in `kabar_cli.extract.predicates`, who holds a post after whom in
`kabar_cli.extract.successions`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.hits import PersonHit, Role, Sent, TitleHit
from kabar_cli.extract.person_evidence import (
    skip_apposition,
    skip_degrees,
    skip_honorifics_back,
    skip_years_back,
)
from kabar_cli.extract.person_words import honorific_index, relative_adverb, words_of
from kabar_cli.extract.titles import title_index
from kabar_cli.extract.tokens import (
    cap_at,
    flags,
    lowers,
    name_at,
    next_word,
    prev_word,
    punct_at,
    words_in,
)
from kabar_cli.lexicon import function_words
from kabar_cli.lexicon.title_grammar import title_lexicon

AND = function_words().coordinator  # 'dan'
WITH = function_words().comitative  # 'dengan'
DEPUTY = title_lexicon().deputy_prefix  # 'Wakil'
SUBJECT_REACH = 20  # tokens between a name and the predicate that gives it a title
INCUMBENT_REACH = 60  # tokens back to the region an incumbent ('petahana') heads


@cache
def word_set(key: str) -> frozenset[str]:
    """A word list of titles.json as a set: 'holder_verbs', 'election_words', 'clause_openers', ..."""
    return title_lexicon().words[key]


def written_next(ctx: SentenceContext) -> Iterator[Role]:
    """Titles written beside a name or paired by coordination: 'Bupati Banyuwangi Ipuk Fiestiandani', 'Askari,
    Sekda Mamuju Tengah', 'Rusmadi (Plt Sekprov)'. A title a predicate gave its subject is not also the next
    name's: 'Ibrahim sebagai Pj Bupati Paser Ridwan Suwidi'."""
    doc, in_sent = ctx.doc, ctx.persons
    paired = dict(_coordinated(doc, in_sent, ctx.titles)) if in_sent else {}
    given = {role.title.start: role.person for role in ctx.found}
    index = (ctx.article.by_end, ctx.article.by_start)
    for person in in_sent:
        if id(person) in paired:
            yield Role(person, paired[id(person)], ctx.sent)
            continue
        for role in _adjacent(doc, person, *index, ctx.sent):
            owner = given.get(role.title.start)
            if owner is None or owner is person or role.title.start > person.start:
                yield role


def deputies(ctx: SentenceContext) -> Iterator[Role]:
    """'kata Bupati Dhani dan wakilnya, Rina': the deputy of a person named just before holds 'Wakil' +
    that title; so does the running mate in an election ('Dhani yang berpasangan dengan Rina meraih 50.000
    suara')."""
    if len(ctx.persons) < 2:
        return  # a deputy is named after the person whose deputy they are
    doc, sent, in_sent, held_by_name = ctx.doc, ctx.sent, ctx.persons, ctx.held_now()
    held = {p.name: held_by_name.get(ctx.canonical[p.name]) for p in in_sent}
    on_ticket = {r.person.name for r in ctx.found if r.title.status == "candidate"}
    for before, person in zip(in_sent, in_sent[1:], strict=False):
        if person.name in on_ticket:
            continue  # a running mate on an election's ticket (`tickets`)
        k = prev_word(doc, person.start)
        k = prev_word(doc, k) if k >= 0 and flags(doc).text[k] == "," else k
        deputy = k >= 0 and (lowers(doc)[k] == "wakilnya" or _running_mate(doc, sent, k))
        title = held.get(before.name) if deputy else None
        if title and f"{DEPUTY} {title.title}" in title_index():
            yield Role(person, replace(title, title=f"{DEPUTY} {title.title}"), sent)


def _running_mate(doc: Doc, sent: Sent, k: int) -> bool:
    """'berpasangan dengan' right before a name, in a sentence about an election ('suara', 'pilkada')."""
    j = prev_word(doc, k)
    if not (lowers(doc)[k] == WITH and j >= 0 and lowers(doc)[j] in word_set("running_mate_verbs")):
        return False
    return not word_set("election_words").isdisjoint(lowers(doc)[sent.start : sent.end])


def _coordinated(
    doc: Doc, persons: list[PersonHit], titles: list[TitleHit]
) -> Iterator[tuple[int, TitleHit]]:
    """'Bupati dan Wakil Bupati Situbondo terpilih Karna Suswandi dan Khoirani', 'Bupati/Wakil Bupati Buru
    A dan B': two titles joined by 'dan' or '/' give the first to the first name and the second to the
    second."""
    for first, second in zip(titles, titles[1:], strict=False):
        if not _joined(doc, first.end, second.start):
            continue
        pair = _pair_after(doc, persons, second.end) or _pair_before(doc, persons, first.start)
        if pair:
            one, other = pair
            first_title = TitleHit(
                first.start,
                first.end,
                title=first.title,
                of=first.of or second.of,
                status=second.status if second.status == "candidate" else first.status,
                head_end=first.head_end,
            )
            yield id(one), first_title
            yield (
                id(other),
                replace(second, status="candidate") if first.status == "candidate" else second,
            )


def _pair_after(doc: Doc, persons: list[PersonHit], end: int) -> tuple[PersonHit, PersonHit] | None:
    """Two joined names right after paired titles: '... Wakil Bupati Situbondo Karna dan Khoirani'."""
    names = [p for p in persons if p.start >= end and p.start - end <= 1]
    return _joined_pair(doc, persons, names[0]) if names else None


def _pair_before(doc: Doc, persons: list[PersonHit], start: int) -> tuple[PersonHit, PersonHit] | None:
    """Two joined names, then a comma, then paired titles: 'Sutarmidji-Ria Norsan, Gubernur dan Wakil
    Gubernur Kalbar'."""
    last = [p for p in persons if p.end < start and words_in(doc, p.end, start) == [","]]
    firsts = [p for p in persons if last and p.end <= last[0].start]
    pair = _joined_pair(doc, persons, firsts[-1]) if firsts else None
    return pair if pair and pair[1] is last[0] else None


def _joined_pair(doc: Doc, persons: list[PersonHit], one: PersonHit) -> tuple[PersonHit, PersonHit] | None:
    """`one` and the name joined to it by 'dan', a comma or a dash."""
    others = [
        p for p in persons if p.start > one.end and words_in(doc, one.end, p.start) in ([AND], [","], ["-"])
    ]
    return (one, others[0]) if others else None


def appointed_for(ctx: SentenceContext) -> Iterator[Role]:
    """'Kepala Dinas Sosial Rina Wati untuk Pj Bupati Sleman dan Budi untuk Pj Bupati Klaten': the post a
    name is appointed to follows it after 'untuk'."""
    doc, links = ctx.doc, word_set("appointment_links")
    for person in ctx.persons:
        k = next_word(doc, person.end)
        title = (
            ctx.article.by_start.get(next_word(doc, k + 1))
            if k < ctx.sent.end and lowers(doc)[k] in links
            else None
        )
        if title is None:
            continue
        second = ctx.article.by_start.get(next_word(doc, next_word(doc, title.end) + 1))
        if second is not None and _joined(doc, title.end, second.start):
            listed = [
                replace(title, of=title.of or second.of),
                second,
            ]  # '... untuk Calon Gubernur dan Calon Wakil Gubernur Jambi'
            holders = respective_holders(doc, person, ctx.persons, listed)
            if holders[0] is not person:
                yield from (
                    Role(holder, held, ctx.sent) for holder, held in zip(holders, listed, strict=True)
                )
                continue
        yield Role(person, title, ctx.sent)


def _joined(doc: Doc, end: int, start: int) -> bool:
    """The only word between tokens `end` and `start` is 'dan' or '/' (`words_in(doc, end, start)` is
    ['dan'] or ['/'], without building the list of the words between two titles far apart)."""
    k = next_word(doc, end)
    return k < start and lowers(doc)[k] in (AND, "/") and next_word(doc, k + 1) >= start


def is_object(doc: Doc, person: PersonHit) -> bool:
    """'menggantikan Eddy', 'menggantikan Bupati Mahulu MS Ruslan', 'oleh Gubernur X': the name is not the
    subject."""
    for k in range(person.start - 1, max(-1, person.start - 5), -1):
        if punct_at(doc, k):
            return False
        if lowers(doc)[k] in word_set("object_cues"):
            return True
    return False


def _adjacent(doc: Doc, person: PersonHit, by_end: dict, by_start: dict, sent: Sent) -> Iterator[Role]:
    before = prev_word(doc, person.start)
    if before + 1 not in by_end:  # 'Sekretaris Jenderal | Wahyu': the rank word 'Jenderal' ends the title
        before = skip_honorifics_back(doc, before)
    if before >= 0 and lowers(doc)[before] in word_set("apposition_links"):
        before = prev_word(doc, before)  # 'salah seorang anggota DPRD yakni Joko'
    if before >= 0 and flags(doc).text[before] in {",", ";"}:
        back = skip_apposition(doc, before, by_end)  # 'Kepala Desa Sukamaju Kecamatan Cibeber, Ujang'
        before = back if back != before else prev_word(doc, before)
    before = skip_years_back(doc, before, by_end) if before >= 0 else before  # 'Ketua DPRD 2019-2024 Anwar'
    if before >= 0 and lowers(doc)[before] in word_set("new_post_adjectives") and before + 1 not in by_end:
        before = prev_word(doc, before)  # 'Kapolri baru, Jenderal Listyo'
    titled = before >= 0 and before + 1 in by_end
    if titled:
        yield Role(person, by_end[before + 1], sent)
    after = skip_degrees(doc, next_word(doc, person.end))
    if (
        after in by_start
        and person.end == after
        and any(cap_at(doc, j) for j in range(after, by_start[after].end))  # 'mantan Bupati', not 'kepala'
    ):
        yield Role(person, by_start[after], sent)  # 'Jais Ely Kepala Dinas Pariwisata, Maluku ditunjuk ...'
        yield from _second_title(doc, person, by_start[after], by_start, sent)
        return
    if after < len(doc) and flags(doc).text[after] in {",", "("}:
        first = next_word(doc, after + 1)
        if first < len(doc) and lowers(doc)[first] in words_of("apposition_adverbs"):
            first = next_word(doc, first + 1)  # 'Agus, juga Bupati Merangin'
        title = by_start.get(first)
        if title and not _opens_name(doc, title.end) and not (titled and _heads_next(doc, title)):
            yield Role(person, title, sent)
            yield from _second_title(doc, person, title, by_start, sent)


def _second_title(doc: Doc, person: PersonHit, title: TitleHit, by_start: dict, sent: Sent) -> Iterator[Role]:
    """'Hendra, Bupati Blitar sekaligus Ketua DPC PDI Perjuangan Blitar', 'Yohanis, mantan Bupati Sumba Barat
    yang juga mantan Dandim 1613': a title joined to the apposition's title is the name's too."""
    k, low = next_word(doc, title.end), lowers(doc)
    adverb = next_word(doc, k + 1) if k < sent.end else sent.end
    joined = adverb < sent.end and relative_adverb(doc, adverb)  # 'yang juga'
    k = adverb if joined else k
    if k < sent.end and (joined or low[k] in word_set("title_list_joiners")):
        second = by_start.get(next_word(doc, k + 1))
        if second is not None and not _opens_name(doc, second.end):
            yield Role(person, second, sent)


def _opens_name(doc: Doc, k: int) -> bool:
    """A name, or an honorific or rank before one, opens at token k: 'Wali Kota Palembang [H Harnojoyo]' has
    its own holder, so the title is not the name's before it."""
    if k >= len(doc):
        return False
    index = honorific_index()
    honorific = index.match_at(doc, k) if lowers(doc)[k] in index.by_rest else None
    return name_at(doc, k) or (
        honorific is not None and honorific.end < len(doc) and name_at(doc, honorific.end)
    )


def _heads_next(doc: Doc, title: TitleHit) -> bool:
    """'Pj Gubernur Bali; Budi, Pj Gubernur Papua; Andi': in a list of pairs the title after a name that
    already has one goes with the next name."""
    mark = next_word(doc, title.end)
    return mark < len(doc) and flags(doc).text[mark] in {",", ";"} and name_at(doc, next_word(doc, mark + 1))


def respective_holders(
    doc: Doc, subject: PersonHit, in_sent: list[PersonHit], listed: list[TitleHit]
) -> list[PersonHit]:
    """Who holds each listed title: the subject all of them, but two names joined by 'dan' or a dash before
    two titles joined by 'dan' hold one each, in order ('Joko dan Sri sebagai calon bupati dan wakil
    bupati')."""
    at = in_sent.index(subject) if subject in in_sent else 0
    if len(listed) == 2 and at > 0 and words_in(doc, listed[0].end, listed[1].start) == [AND]:
        partner = in_sent[at - 1]
        if words_in(doc, partner.end, subject.start) in ([AND], ["-"], ["–"], ["—"]):
            return [partner, subject]
    return [subject] * len(listed)
