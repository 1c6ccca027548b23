"""Who holds which title: binding titles to persons inside a sentence.

Handles: 'Bupati Banyuwangi Ipuk Fiestiandani' (title before the name), 'Askari, Sekda Mamuju Tengah' and
'Rusmadi (Plt Sekprov)' (title after), 'Dia didaulat sebagai Calon Wakil Bupati Banyuwangi' and 'Dia menjabat
sebagai Kepala Bidang, Sekretaris Dinas, dan Kepala Dinas' (a predicate; 'Dia' is the person the text is
about), 'yang merupakan bupati petahana', 'Eddy yang sebelumnya menjabat Kepala Satpol PP' (former).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from kabar_cli import lexicon
from kabar_cli.extract.hits import OrgHit, PersonHit, TitleHit, tokens_of
from kabar_cli.extract.persons import skip_degrees, skip_honorifics_back
from kabar_cli.extract.titles import match_title
from kabar_cli.extract.tokens import name_at, next_word, prev_word

PREDICATES = {"sebagai", "menjadi", "merupakan", "menjabat", "selaku", "jadi", "sebelumnya", "kini", "adalah"}
PRONOUNS = {"dia", "ia", "beliau"}
PLURAL = {"mereka", "kami", "kita", "keduanya"}
PRESENT_CUES = {"kini", "sekarang"}
FORMER_CUES = {"sebelumnya", "pernah", "mantan", "semula", "dulunya", "eks"}
INCUMBENT = {"petahana", "incumbent"}
SUBJECT_REACH = 20  # tokens between a name and the predicate that gives it a title
OBJECT_CUES = {"menggantikan", "mengganti", "digantikan", "oleh"}


@dataclass
class Role:
    person: PersonHit
    title: TitleHit
    sentence: Span


def bind_roles(doc: Doc, persons: list[PersonHit], titles: list[TitleHit], orgs: list[OrgHit]) -> Iterator[Role]:
    """Every (person, title) pair the sentence structure links, in text order."""
    by_end = {t.end: t for t in titles}
    by_start = {t.start: t for t in titles}
    topic: PersonHit | None = None
    in_titles = tokens_of(titles)
    free_orgs = [o for o in orgs if not in_titles & set(range(o.start, o.end))]  # not 'Satpol PP' of 'Kepala Satpol PP'
    for sent in doc.sents:
        in_sent = [p for p in persons if sent.start <= p.start < sent.end]
        paired = dict(_coordinated(doc, in_sent, [t for t in titles if sent.start <= t.start < sent.end])) if in_sent else {}
        for person in in_sent:
            if id(person) in paired:
                yield Role(person, paired[id(person)], sent)
                continue
            yield from _adjacent(doc, person, by_end, by_start, sent)
        yield from _predicates(doc, sent, in_sent, topic, free_orgs)
        if in_sent:
            topic = in_sent[-1]  # 'Dia' in the next sentence is the person last named


def _coordinated(doc: Doc, persons: list[PersonHit], titles: list[TitleHit]) -> Iterator[tuple[int, TitleHit]]:
    """'Bupati dan Wakil Bupati Situbondo terpilih Karna Suswandi dan Khoirani', 'Bupati/Wakil Bupati Buru A dan B':
    two titles joined by 'dan' or '/' give the first to the first name and the second to the second."""
    for first, second in zip(titles, titles[1:]):
        joint = [t.text.lower() for t in doc[first.end:second.start] if not t.is_space]
        if joint not in (["dan"], ["/"]):
            continue
        names = [p for p in persons if p.start >= second.end and p.start - second.end <= 1]
        if not names:
            continue
        one = names[0]
        others = [p for p in persons if p.start > one.end and [t.lower_ for t in doc[one.end:p.start]] in (["dan"], [","], ["-"])]
        if others:
            first_title = TitleHit(first.start, first.end, title=first.title, of=first.of or second.of,
                                   status=second.status if second.status == "candidate" else first.status, head_end=first.head_end)
            yield id(one), first_title
            yield id(others[0]), second


def _is_object(doc: Doc, person: PersonHit) -> bool:
    """'menggantikan Eddy', 'menggantikan Bupati Mahulu MS Ruslan', 'oleh Gubernur X': the name is not the subject."""
    for k in range(person.start - 1, max(-1, person.start - 5), -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in OBJECT_CUES:
            return True
    return False


def _adjacent(doc: Doc, person: PersonHit, by_end: dict, by_start: dict, sent: Span) -> Iterator[Role]:
    before = skip_honorifics_back(doc, prev_word(doc, person.start))
    if before >= 0 and doc[before].text in {",", ";"}:
        before = _skip_place_apposition(doc, prev_word(doc, before), by_end)
    if before >= 0 and before + 1 in by_end:
        yield Role(person, by_end[before + 1], sent)
    after = skip_degrees(doc, next_word(doc, person.end))
    if after in by_start and person.end == after and not (after + 1 < len(doc) and doc[after].lower_ == doc[after].text):
        yield Role(person, by_start[after], sent)  # 'Jais Ely Kepala Dinas Pariwisata, Maluku ditunjuk ...'
        return
    if after < len(doc) and doc[after].text in {",", "("}:
        title = by_start.get(next_word(doc, after + 1))
        if title and not (title.end < len(doc) and name_at(doc, title.end)):
            yield Role(person, title, sent)


def _skip_place_apposition(doc: Doc, k: int, by_end: dict) -> int:
    """'Bupati Mamuju Tengah, Sulawesi Barat, Aras': step back over one ', Place' to reach the title."""
    if k + 1 in by_end:
        return k
    for back in range(k - 1, max(-1, k - 4), -1):
        if doc[back].text == "," and prev_word(doc, back) + 1 in by_end:
            return prev_word(doc, back)
    return k


def _predicates(doc: Doc, sent: Span, in_sent: list[PersonHit], topic: PersonHit | None, orgs: list[OrgHit]) -> Iterator[Role]:
    """'X menjabat sebagai A, B, dan C', 'Dia didaulat sebagai Calon ...', 'yang merupakan bupati petahana'."""
    for k in range(sent.start, sent.end):
        if doc[k].lower_ not in PREDICATES:
            continue
        subject = _subject(doc, sent, k, in_sent, topic)
        if subject is None:
            continue
        former = _former(doc, max(subject.end, sent.start), k)
        listed = list(_title_list(doc, next_word(doc, k + 1), sent.end))
        shared_body = listed[-1].of if listed else None
        for title in listed:
            if former:
                title.status = "former"
            if title.of is None:
                title.of = shared_body or _recent_org(doc, orgs, title, sent)
            yield Role(subject, title, sent)


def _subject(doc: Doc, sent: Span, k: int, in_sent: list[PersonHit], topic: PersonHit | None) -> PersonHit | None:
    """The nearest name before the predicate that is not an object ('menggantikan Eddy menjadi ...')."""
    relative = prev_word(doc, k) >= 0 and doc[prev_word(doc, k)].lower_ == "yang"  # 'Hasto yang menjadi ...'
    before = [p for p in in_sent if p.end <= k and k - p.end <= SUBJECT_REACH and (relative or not _is_object(doc, p))
              and not any(doc[j].lower_ in PLURAL for j in range(p.end, k))]  # 'Tito melantik ..., mereka adalah ...'
    if before:
        return before[-1]
    opener = doc[next_word(doc, sent.start)].lower_ if next_word(doc, sent.start) < sent.end else ""
    return topic if opener in PRONOUNS or (opener in {"selepas", "sejak", "selanjutnya", "kemudian", "lalu"} and topic) else None


def _title_list(doc: Doc, k: int, end: int) -> Iterator[TitleHit]:
    """'jabatan sebagai Sekda', 'Kepala Bidang, Sekretaris Dinas, dan Kepala Dinas', 'bupati petahana'."""
    if k < end and doc[k].lower_ == "jabatan":
        k = next_word(doc, k + 1)
    while k < end:
        title = match_title(doc, k, allow_lower=True)
        if title is None or _award_name(doc, title.end, end):
            return  # 'sebagai Kepala Daerah Pembina Kecamatan Terbaik' names an award, not a post
        if title.end < len(doc) and doc[title.end].lower_ in INCUMBENT:
            title.end += 1
        yield title
        k = next_word(doc, title.end)
        if k < end and doc[k].text == ",":
            k = next_word(doc, k + 1)
        if k < end and doc[k].lower_ in {"dan", "serta", "sekaligus"}:
            k = next_word(doc, k + 1)


def _award_name(doc: Doc, k: int, end: int) -> bool:
    """'sebagai Kepala Daerah Pembina Kecamatan Terbaik', 'terpilih sebagai Sekda terbaik': title-case words go on
    after the title, or a word of praise follows it, so it names an award, not a post."""
    if k < end and doc[k].lower_ in award_words():
        return True
    return k + 1 < end and doc[k].is_title and doc[k].is_alpha and doc[k + 1].text[:1].isupper()


@cache
def award_words() -> frozenset[str]:
    return frozenset(lexicon.titles()["award_words"])


def _former(doc: Doc, start: int, k: int) -> bool:
    """'yang sebelumnya menjabat A' is past; 'sebelumnya menjabat A kini menjadi B' makes only A past."""
    for j in range(k, start - 1, -1):
        if doc[j].lower_ in PRESENT_CUES:
            return False
        if doc[j].lower_ in FORMER_CUES:
            return True
    return False


def _recent_org(doc: Doc, orgs: list[OrgHit], title: TitleHit, sent: Span) -> str | None:
    """A title without a body takes the institution named in this or the previous sentence."""
    earlier = [o for o in orgs if o.end <= title.start and o.start >= _previous_sentence_start(doc, sent)]
    return earlier[-1].name if earlier else None


def _previous_sentence_start(doc: Doc, sent: Span) -> int:
    k = prev_word(doc, sent.start)
    return doc[k].sent.start if k >= 0 else sent.start
