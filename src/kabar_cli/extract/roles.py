"""The binders of titles written beside a name, given by a predicate, by a passive verb, or to a deputy.

Each is a binder of `kabar_cli.extract.binding.BINDERS` (a generator over one `SentenceContext`). Handles:
'Bupati Banyuwangi Ipuk Fiestiandani' (title before the name), 'Askari, Sekda Mamuju Tengah' and 'Rusmadi
(Plt Sekprov)' (title after), 'Dia didaulat sebagai Calon Wakil Bupati Banyuwangi' and 'Dia menjabat
sebagai Kepala Bidang, Sekretaris Dinas, dan Kepala Dinas' (a predicate; 'Dia' is the person the text is
about), 'yang merupakan bupati petahana', 'Eddy yang sebelumnya menjabat Kepala Satpol PP' (former). Who
holds a post after whom is read in `kabar_cli.extract.successions`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kabar_cli.extract.anaphora import referring_title
from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.groups import group_head
from kabar_cli.extract.hits import OrgHit, PersonHit, Role, Sent, TitleHit
from kabar_cli.extract.orgs import match_org
from kabar_cli.extract.persons import (
    honorific_index,
    predicates,
    skip_degrees,
    skip_honorifics_back,
    words_of,
)
from kabar_cli.extract.places import match_place
from kabar_cli.extract.titles import first_words, match_title, shared_candidacy, title_index
from kabar_cli.extract.tokens import (
    cap_at,
    flags,
    lowers,
    name_at,
    next_word,
    positions,
    prev_word,
    punct_at,
    sentence_start,
    span_text,
    within,
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
            holders = _respective_holders(doc, person, ctx.persons, listed)
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


def _is_object(doc: Doc, person: PersonHit) -> bool:
    """'menggantikan Eddy', 'menggantikan Bupati Mahulu MS Ruslan', 'oleh Gubernur X': the name is not the
    subject."""
    for k in range(person.start - 1, max(-1, person.start - 5), -1):
        if punct_at(doc, k):
            return False
        if lowers(doc)[k] in word_set("object_cues"):
            return True
    return False


def _adjacent(doc: Doc, person: PersonHit, by_end: dict, by_start: dict, sent: Sent) -> Iterator[Role]:
    before = skip_honorifics_back(doc, prev_word(doc, person.start))
    if before >= 0 and lowers(doc)[before] in word_set("apposition_links"):
        before = prev_word(doc, before)  # 'salah seorang anggota DPRD yakni Joko'
    if before >= 0 and flags(doc).text[before] in {",", ";"}:
        before = _skip_place_apposition(doc, prev_word(doc, before), by_end)
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
    """'Hendra, Bupati Blitar sekaligus Ketua DPC PDI Perjuangan Blitar': a title joined to the apposition's
    title is the name's too."""
    k = next_word(doc, title.end)
    if k < sent.end and lowers(doc)[k] in word_set("title_list_joiners"):
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


def _skip_place_apposition(doc: Doc, k: int, by_end: dict) -> int:
    """'Bupati Mamuju Tengah, Sulawesi Barat, Aras': step back over one ', Place' to reach the title."""
    if k + 1 in by_end:
        return k
    for back in range(k - 1, max(-1, k - 4), -1):
        if flags(doc).text[back] == "," and prev_word(doc, back) + 1 in by_end:
            return prev_word(doc, back)
    return k


def predicated(ctx: SentenceContext) -> Iterator[Role]:
    """A predicate gives its subject the titles after it: 'X menjabat sebagai A, B, dan C', 'Dia didaulat
    sebagai Calon ...', 'yang merupakan bupati petahana', 'Eddy yang sebelumnya menjabat Kepala Satpol PP'
    (former)."""
    doc, sent, in_sent, topic, orgs = ctx.doc, ctx.sent, ctx.persons, ctx.topic, ctx.article.free_orgs
    if not in_sent and topic is None:
        return  # no one to be the subject
    low = lowers(doc)
    for k in within(positions(doc, predicates()), sent.start, sent.end):
        first = next_word(doc, k + 1)
        if first >= sent.end or low[first] not in title_openers():
            continue  # 'adalah', 'menjadi' and 'kini' mostly go on with words no title list starts with
        listed = list(_title_list(doc, first, sent.end, frozenset(p.start for p in in_sent)))
        if not listed:
            continue  # no title follows the predicate: nothing to give
        subject = _fronted_subject(doc, sent, k, listed, in_sent, topic) or _subject(
            doc, sent, k, in_sent, topic
        )
        if subject is None and any(t.end <= k and referring_title(ctx, t) for t in ctx.titles):
            subject = topic  # 'Mantan Kapolda Jambi itu sebelumnya menjabat sebagai ...'
        if subject is None:
            continue
        former = _former(doc, max(subject.end, sent.start), k) or _fronted_former(doc, sent, subject)
        shared_body = listed[-1].of if listed else None
        holders = _respective_holders(doc, subject, in_sent, listed)
        for holder, title in zip(holders, listed, strict=False):
            if former:
                title = replace(title, status="former")
            if title.of is None and not _names_own_body(title.title):
                title = replace(title, of=shared_body or _recent_org(doc, orgs, title, sent))
            yield Role(holder, title, sent, new_post=_new_post(doc, sent.start, k))


def _respective_holders(
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


def _fronted_subject(
    doc: Doc, sent: Sent, k: int, listed: list[TitleHit], in_sent: list[PersonHit], topic: PersonHit | None
) -> PersonHit | None:
    """A predicate opening a clause before its subject: 'Sebagai Bupati, Budi ...', 'Menurut Ani, walaupun
    menjabat Plh Camat, Budi tidak ...' -> the name (or pronoun) right after the comma that closes the
    titles."""
    before = prev_word(doc, k)
    opens_clause = (
        before < sent.start
        or flags(doc).text[before] == ","
        or lowers(doc)[before] in word_set("clause_openers")
    )
    if not listed or not opens_clause:
        return None
    comma = next_word(doc, listed[-1].end)
    if comma >= sent.end or flags(doc).text[comma] != ",":
        return None
    first = next_word(doc, comma + 1)
    if first < sent.end and lowers(doc)[first] in word_set("subject_pronouns"):
        return topic
    after = [
        p
        for p in in_sent
        if first <= p.start <= first + 3 and not any(punct_at(doc, j) for j in range(first, p.start))
    ]
    return after[0] if after else None


def _subject(
    doc: Doc, sent: Sent, k: int, in_sent: list[PersonHit], topic: PersonHit | None
) -> PersonHit | None:
    """The nearest name before the predicate that is not an object ('menggantikan Eddy menjadi ...')."""
    before = [
        p
        for p in in_sent
        if p.end <= k
        and k - p.end <= SUBJECT_REACH
        and (_relative(doc, p, k) or _complement(doc, p, k) or not _is_object(doc, p))
        and not any(
            lowers(doc)[j] in word_set("plural_subjects") for j in range(p.end, k)
        )  # 'Tito melantik ..., mereka adalah ...'
        and group_head(doc, p.end, k) is None
    ]  # 'Awang menyiapkan tiga nama ... sebagai calon Sekda'
    if before:
        return before[-1]
    opener = lowers(doc)[next_word(doc, sent.start)] if next_word(doc, sent.start) < sent.end else ""
    return (
        topic
        if opener in word_set("subject_pronouns") or (opener in word_set("topic_openers") and topic)
        else None
    )


def _relative(doc: Doc, person: PersonHit, k: int) -> bool:
    """'menggantikan Bodewin yang sudah dua tahun menjabat sebagai ...': a relative clause on the name
    reaches the predicate, so the name is its subject even after an object cue."""
    start = next_word(doc, person.end)
    if start < k and flags(doc).text[start] == ",":
        start = next_word(doc, start + 1)  # 'digantikan oleh Ismail, yang menjabat sebagai ...'
    return (
        start < k
        and lowers(doc)[start] == function_words().relative_pronoun
        and not any(punct_at(doc, j) for j in range(start, k))
    )


def _complement(doc: Doc, person: PersonHit, k: int) -> bool:
    """'menunjuk Yuhronur sebagai Plh Bupati', 'didampingi oleh Amin sebagai Wakil Bupati': 'sebagai' right
    after an object names what the object is; not after 'menggantikan' ('menggantikan Eddy sebagai ...' is
    the subject's)."""
    if (
        lowers(doc)[k] not in word_set("complement_predicates")
        or skip_degrees(doc, next_word(doc, person.end)) != k
    ):
        return False
    before = _clause_before(doc, person.start)
    if function_words().agent_marker in before and not word_set("appointing_passives").isdisjoint(before):
        return False  # 'Budi ditunjuk oleh Gubernur Ani sebagai Plh Bupati': Budi is the one appointed
    return word_set("replacing_verbs").isdisjoint(before)


def _clause_before(doc: Doc, start: int, reach: int = 8) -> list[str]:
    """The lowercase words before token `start`, back to a mark or `reach` tokens."""
    words = []
    for j in range(start - 1, max(-1, start - reach), -1):
        if punct_at(doc, j):
            break
        words.append(lowers(doc)[j])
    return words


def _title_list(doc: Doc, k: int, end: int, names: frozenset[int] = frozenset()) -> Iterator[TitleHit]:
    """'jabatan sebagai Sekda', 'Kepala Bidang, Sekretaris Dinas, dan Kepala Dinas', 'bupati petahana'. A
    name right after the first title does not end it ('sebagai Pj Bupati Paser Ridwan'); after a later one
    it owns that title."""
    for _ in range(4):  # 'menjadi naik jabatan ke Asisten', 'jabatan sebagai Sekda'
        if k < end and lowers(doc)[k] in word_set("words_before_title"):
            k = next_word(doc, k + 1)
    first, last = k, None
    while k < end:
        title = match_title(doc, k, allow_lower=True) or (_incumbent(doc, k) if k == first else None)
        named = title is not None and title.end in names
        if title is None or (named and k > first) or (not named and _award_name(doc, title.end, end)):
            return  # 'sebagai Kepala Daerah Pembina Kecamatan Terbaik' names an award, not a post
        if title.end < len(doc) and lowers(doc)[title.end] in word_set("incumbent_words"):
            title = replace(title, end=title.end + 1)
        yield (last := shared_candidacy(doc, last, title))
        k = next_word(doc, title.end)
        if k < end and flags(doc).text[k] == ",":
            k = next_word(doc, k + 1)
        if k < end and lowers(doc)[k] in word_set("title_list_joiners"):
            k = next_word(doc, k + 1)


@cache
def title_openers() -> frozenset[str]:
    """The words a title list (`_title_list`) can open with: a title's first word or its status prefix, a word
    before a title ('jabatan'), 'petahana'."""
    return first_words() | word_set("words_before_title") | word_set("incumbent_words")


def _incumbent(doc: Doc, k: int) -> TitleHit | None:
    """'Sebagai petahana, Budi ...' in a story about 'Kota Madiun': the incumbent holds the head post of
    the region named last before it with its kind ('Kota', 'Pemkab', 'Provinsi'), within INCUMBENT_REACH
    tokens."""
    if lowers(doc)[k] not in word_set("incumbent_words"):
        return None
    kinds, heads = region_kinds()
    low = lowers(doc)
    for j in range(k - 1, max(-1, k - INCUMBENT_REACH), -1):
        if low[j] in kinds and j + 1 < len(doc):
            place = match_place(doc, next_word(doc, j + 1), expected=True)
            if place:
                return TitleHit(
                    k,
                    k + 1,
                    title=heads[kinds[low[j]]],
                    of=span_text(doc, place.start, place.end),
                    status="current",
                    head_end=k + 1,
                )
    return None


@cache
def region_kinds() -> tuple[dict[str, str], dict[str, str]]:
    data = title_lexicon()
    return dict(data.region_kinds), dict(data.region_head_titles)


def _award_name(doc: Doc, k: int, end: int) -> bool:
    """'sebagai Kepala Daerah Pembina Kecamatan Terbaik', 'terpilih sebagai Sekda terbaik': title-case
    words go on after the title, or a word of praise follows it, so it names an award, not a post."""
    if k < end and lowers(doc)[k] in word_set("award_words"):
        return True
    word = flags(doc).text[k] if k + 1 < end else ""
    if not (word.istitle() and word.isalpha() and flags(doc).text[k + 1][:1].isupper()):
        return False
    return (
        match_org(doc, k) is None and match_place(doc, k) is None
    )  # not 'Kabid Aset BKD | Pemprov Gorontalo'


def _fronted_former(doc: Doc, sent: Sent, subject: PersonHit) -> bool:
    """'Sebelumnya Budi menjabat sebagai ...': a former cue opens the sentence right before its subject."""
    first = next_word(doc, sent.start)
    return (
        first < subject.start
        and next_word(doc, first + 1) == subject.start
        and (lowers(doc)[first] in word_set("former_cues"))
    )


def _former(doc: Doc, start: int, k: int) -> bool:
    """'yang sebelumnya menjabat A' is past; 'sebelumnya menjabat A kini menjadi B' and 'sebelumnya A
    menjadi B' make only A past (the cue is behind another title)."""
    for j in range(k, start - 1, -1):
        if lowers(doc)[j] in word_set("present_cues") or (
            j < k and flags(doc).text[j][:1].isupper() and lowers(doc)[j] not in word_set("former_cues")
        ):
            return False
        if lowers(doc)[j] in word_set("former_cues"):
            return True
    return False


def _new_post(doc: Doc, start: int, k: int) -> bool:
    """'mendapat posisi baru sebagai', 'dimutasi menjadi': the predicate gives a post that replaces the one
    held."""
    cues, nouns = new_post_words()
    low = lowers(doc)
    return any(
        low[j] in cues or (low[j] in word_set("new_post_adjectives") and j > start and low[j - 1] in nouns)
        for j in range(start, k)
    )


@cache
def new_post_words() -> tuple[frozenset[str], frozenset[str]]:
    words = title_lexicon().words
    return words["new_post_verbs"], words["post_nouns"]


def _names_own_body(title: str) -> bool:
    """'Kepala Dinas Sosial', 'Asisten Perekonomian', 'Staf Ahli Bidang Hukum': the title names its body
    itself (a 'Kepala Bidang' or 'Sekretaris Dinas' belongs to an institution named nearby)."""
    data = title_lexicon().words
    words = title.split()
    if any(title.startswith(head) for head in data["own_body_heads"]):
        return True
    return len(words) > 2 and words[0] in data["unit_heads"] and words[1] in data["institution_units"]


def _recent_org(doc: Doc, orgs: list[OrgHit], title: TitleHit, sent: Sent) -> str | None:
    """A title without a body takes the institution named in this or the previous sentence."""
    earlier = [o for o in orgs if o.end <= title.start and o.start >= _previous_sentence_start(doc, sent)]
    return earlier[-1].name if earlier else None


def _previous_sentence_start(doc: Doc, sent: Sent) -> int:
    k = prev_word(doc, sent.start)
    return sentence_start(doc, k) if k >= 0 else sent.start
