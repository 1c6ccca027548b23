"""Counted groups and the lists of names that hold their title.

'Keempat penjabat Bupati yang dilantik hari ini adalah A untuk Kabupaten Belu, B di Malaka dan C': every
listed name holds the group's title ('Bupati', acting), with the place its item names as the body; the
group's title may come from the sentence before ('... tiga nama yang akan diseleksi sebagai calon Sekda.
Yakni A, B, serta C')."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.hits import PersonHit, Role, TitleHit
from kabar_cli.extract.person_evidence import skip_honorifics_back
from kabar_cli.extract.places import match_place
from kabar_cli.extract.title_words import AND
from kabar_cli.extract.titles import match_title
from kabar_cli.extract.tokens import (
    flags,
    lowers,
    memo,
    next_word,
    positions,
    prev_word,
    punct_at,
    span_text,
    within,
    words_in,
)
from kabar_cli.lexicon.title_grammar import title_lexicon

PREDICATE_REACH = 20  # tokens between a group's head and the predicate that names its title


@cache
def group_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    people = lexicon.people()
    return frozenset(people["count_words"]), frozenset(people["group_nouns"]), frozenset(people["list_cues"])


def group_head(doc: Doc, start: int, end: int) -> int | None:
    """Where a counted group of people starts its head word: 'Keempat [penjabat Bupati]', 'tiga [nama]'."""
    nouns, low = group_words()[1], lowers(doc)
    for i in within(memo(doc, _counted), start, end):
        head = next_word(doc, i + 1)
        if head < end and (low[head] in nouns or match_title(doc, head, allow_lower=True)):
            return head
    return None


def _counted(doc: Doc) -> list[int]:
    """The tokens that count a group: 'keempat', 'tiga', '12'."""
    counts = group_words()[0]
    return [i for i, word in enumerate(lowers(doc)) if word in counts or word.isdigit()]


def group_title(doc: Doc, start: int, end: int) -> TitleHit | None:
    """The title a counted group's members hold: the title heading it ('Keempat penjabat Bupati yang
    dilantik') or the one its predicate names ('tiga nama yang akan diseleksi sebagai calon Sekda Kaltim')."""
    head = group_head(doc, start, end)
    if head is None:
        return None
    title = match_title(doc, head, allow_lower=True)
    if title:
        return title
    for j in range(head + 1, min(end, head + PREDICATE_REACH)):
        if lowers(doc)[j] in lexicon.function_words().role_prepositions:
            return match_title(doc, next_word(doc, j + 1), allow_lower=True)
        if punct_at(doc, j):
            return None
    return None


def listed(ctx: SentenceContext) -> Iterator[Role]:
    """'Keempat penjabat Bupati ... adalah A untuk Belu, B di Malaka dan C', '... tiga nama ... sebagai
    calon Sekda. Yakni A (Plt Sekprov), B, serta C': every name of the list after the cue holds the group's
    title; a cue opening the sentence takes the group of the `previous` sentence."""
    doc, sent, in_sent, previous = ctx.doc, ctx.sent, ctx.persons, ctx.previous
    cues = within(positions(doc, group_words()[2]), sent.start, sent.end) if in_sent else None
    if not cues:
        return
    cue = cues[0]
    if cue == next_word(doc, sent.start):
        group = group_title(doc, previous.start, previous.end) if previous else None
    else:
        group = group_title(doc, sent.start, cue)
    members = _members(doc, cue, in_sent) if group else []
    if group is None or len(members) < 2:
        return
    for person, body in members:
        yield Role(person, replace(group, of=body or group.of), sent)


def _members(doc: Doc, cue: int, in_sent: list[PersonHit]) -> list[tuple[PersonHit, str | None]]:
    """The names listed right after the cue, each with the place its item names ('A untuk Kabupaten Belu')."""
    after = [p for p in in_sent if p.start > cue]
    if not after or skip_honorifics_back(doc, prev_word(doc, after[0].start)) != cue:
        return []
    out = []
    for person, following in zip(after, [*after[1:], None], strict=True):
        body, k = _item_body(doc, next_word(doc, person.end))
        out.append((person, body))
        if following is None or not _list_gap(doc, k, following.start):
            break
    return out


def _item_body(doc: Doc, k: int) -> tuple[str | None, int]:
    """Step over a list item's '(Asisten IV)' and 'untuk/di Place'; the place is the item's body."""
    if k < len(doc) and flags(doc).text[k] == "(":
        close = next((j for j in range(k + 1, min(len(doc), k + 12)) if flags(doc).text[j] == ")"), None)
        k = next_word(doc, close + 1) if close is not None else k
    if k + 1 < len(doc) and lowers(doc)[k] in lexicon.function_words().place_prepositions:
        place = match_place(doc, next_word(doc, k + 1), expected=True)
        if place:
            return span_text(doc, place.start, place.end), next_word(doc, place.end)
    return None, k


def _list_gap(doc: Doc, k: int, start: int) -> bool:
    """Only list marks between two items: ',', 'dan', 'serta', ', dan'."""
    stop = skip_honorifics_back(doc, prev_word(doc, start)) + 1
    words = words_in(doc, k, stop)
    return bool(words) and set(words) <= {",", *lexicon.function_words().conjunctions}


def co_members(ctx: SentenceContext) -> Iterator[Role]:
    """'hakim anggota Dewi Anggraini dan Mulyadi Hasan', 'Anggota DPRD Jember Ahmad Halim, Sri Wahyuni dan
    Joko': a post several people hold at once, given to the first name of a list, is held by every name
    joined to it by a comma or 'dan' (not 'Bupati A dan B': one person heads a region)."""
    given = [r for r in ctx.found if r.title.end <= r.person.start and _shared_post(r.title.title)]
    for role in given:
        later = [p for p in ctx.persons if p.start > role.person.end]
        end = role.person.end
        for person in later:
            if words_in(ctx.doc, end, person.start) not in ([","], [AND], [",", AND]):
                break
            yield Role(person, role.title, ctx.sent)
            end = person.end


@cache
def _member_titles() -> tuple[str, ...]:
    return tuple(title_lexicon().words["member_titles"])


def _shared_post(title: str) -> bool:
    """A post of `member_titles`: the word itself or a title opening with it ('Anggota DPRD')."""
    return any(title == head or title.startswith(head + " ") for head in _member_titles())
