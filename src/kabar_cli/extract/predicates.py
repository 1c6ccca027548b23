"""The binder of titles a predicate gives its subject: 'X menjabat sebagai A, B, dan C', 'Dia didaulat
sebagai Calon Wakil Bupati Banyuwangi', 'yang merupakan bupati petahana', 'Eddy yang sebelumnya menjabat
Kepala Satpol PP' (former), 'Sebelumnya Budi menjabat ...', 'Mantan Kapolda Jambi itu menjabat ...' (the
person the text is about), and what the predicate's subject is."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kabar_cli.extract.anaphora import referring_opener, referring_title
from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.groups import group_head
from kabar_cli.extract.hits import OrgHit, PersonHit, Role, Sent, TitleHit
from kabar_cli.extract.orgs import match_org
from kabar_cli.extract.person_evidence import skip_degrees
from kabar_cli.extract.person_words import predicates, relative_adverb, words_of
from kabar_cli.extract.places import match_place
from kabar_cli.extract.roles import is_object, respective_holders, word_set
from kabar_cli.extract.titles import first_words, match_title, shared_candidacy
from kabar_cli.extract.tokens import (
    flags,
    lowers,
    next_word,
    positions,
    prev_word,
    punct_at,
    sentence_start,
    span_text,
    within,
)
from kabar_cli.lexicon import function_words
from kabar_cli.lexicon.title_grammar import title_lexicon

SUBJECT_REACH = 20  # tokens between a name and the predicate that gives it a title
INCUMBENT_REACH = 60  # tokens back to the region an incumbent ('petahana') heads


def predicated(ctx: SentenceContext) -> Iterator[Role]:
    """A predicate gives its subject the titles after it: 'X menjabat sebagai A, B, dan C', 'Dia didaulat
    sebagai Calon ...', 'yang merupakan bupati petahana', 'Eddy yang sebelumnya menjabat Kepala Satpol PP'
    (former)."""
    doc, sent, in_sent, topic, orgs = ctx.doc, ctx.sent, ctx.persons, ctx.topic, ctx.article.free_orgs
    if not in_sent and topic is None:
        return  # no one to be the subject
    low = lowers(doc)
    for k in _predicate_cues(doc, sent, {p.end for p in in_sent}):
        first = next_word(doc, k + 1)
        if first >= sent.end or low[first] not in title_openers():
            continue  # 'adalah', 'menjadi' and 'kini' mostly go on with words no title list starts with
        listed = list(_title_list(doc, first, sent.end, frozenset(p.start for p in in_sent)))
        if not listed:
            continue  # no title follows the predicate: nothing to give
        subject = _fronted_subject(doc, sent, k, listed, in_sent, topic) or _subject(
            doc, sent, k, in_sent, topic
        )
        if subject is None and (
            any(t.end <= k and referring_title(ctx, t) for t in ctx.titles) or referring_opener(ctx, k)
        ):
            subject = topic  # 'Mantan Kapolda Jambi itu sebelumnya menjabat sebagai ...'
        if subject is None:
            continue
        former = _former(doc, max(subject.end, sent.start), k) or _fronted_former(doc, sent, subject)
        shared_body = listed[-1].of if listed else None
        holders = respective_holders(doc, subject, in_sent, listed)
        for holder, title in zip(holders, listed, strict=False):
            if former:
                title = replace(title, status="former")
            if title.of is None and not _names_own_body(title.title):
                title = replace(title, of=shared_body or _recent_org(doc, orgs, title, sent))
            yield Role(holder, title, sent, new_post=_new_post(doc, sent.start, k))


def _predicate_cues(doc: Doc, sent: Sent, name_ends: set[int]) -> list[int]:
    """The predicates of the sentence, and an adverb after a name and 'yang' ('Rusdi yang juga Ketua PWNU';
    not 'istri gubernur yang juga anggota DPR, Tina', whose title is the name's after it)."""
    cues = within(positions(doc, predicates()), sent.start, sent.end)
    adverbs = within(positions(doc, words_of("apposition_adverbs")), sent.start, sent.end)
    after_name = [
        k
        for k in adverbs
        if k not in cues and relative_adverb(doc, k) and prev_word(doc, prev_word(doc, k)) + 1 in name_ends
    ]
    return sorted(cues + after_name) if after_name else cues


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
        and (_relative(doc, p, k) or _complement(doc, p, k) or not is_object(doc, p))
        and not any(
            lowers(doc)[j] in word_set("plural_subjects") for j in range(p.end, k)
        )  # 'Tito melantik ..., mereka adalah ...'
        and group_head(doc, p.end, k) is None
    ]  # 'Awang menyiapkan tiga nama ... sebagai calon Sekda'
    if before:
        return before[-1]
    opener = _opening_word(doc, sent)
    return (
        topic
        if opener in word_set("subject_pronouns") or (opener in word_set("topic_openers") and topic)
        else None
    )


def _opening_word(doc: Doc, sent: Sent) -> str:
    """The sentence's first word, or the word after an opening adverb and its comma ('Sebelumnya, dia
    menjadi ...' -> 'dia')."""
    low, first = lowers(doc), next_word(doc, sent.start)
    if first >= sent.end:
        return ""
    comma = next_word(doc, first + 1)
    if comma < sent.end and low[comma] == "," and low[first] in word_set("former_cues"):
        after = next_word(doc, comma + 1)
        if after < sent.end and low[after] in word_set("subject_pronouns"):
            return low[after]
    return low[first]


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
        k = _past_bracketed_years(doc, next_word(doc, title.end), end)  # 'Camat Babat (2008-2011), ...'
        if k < end and flags(doc).text[k] == ",":
            k = next_word(doc, k + 1)
        if k < end and lowers(doc)[k] in word_set("title_list_joiners"):
            k = next_word(doc, k + 1)


def _past_bracketed_years(doc: Doc, k: int, end: int) -> int:
    """After '(2008-2011)' or '(2019)' at token k, where the title list goes on; else k."""
    text = flags(doc).text
    if k >= end or text[k] != "(":
        return k
    for j in range(k + 1, min(end, k + 6)):
        if text[j] == ")":
            return next_word(doc, j + 1) if j > k + 1 else k
        if not (text[j].isdigit() or punct_at(doc, j)):
            return k
    return k


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
