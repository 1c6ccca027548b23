"""Cue words around a run of capitalised words that make it a person's name: a ticket's number before it
('nomor urut 2, Budi'), a birth after it ('lahir di Kupang'), 'bernama' after a noun for a person, a verb of
replacing before another name, an alias, the name's initials in brackets, an occupation or an honorific before
it. Read by `person_evidence.evidence`. And the nicknames given beside a name ('Ahmad Sopian alias Opi').
"""

from __future__ import annotations

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.hits import PersonHit
from kabar_cli.extract.person_words import honorific_index, rank_index, words_of
from kabar_cli.extract.tokens import flags, lowers, name_at, next_word, prev_word, words_in
from kabar_cli.extract.words import common_run
from kabar_cli.lexicon.title_grammar import title_lexicon


def ticket_number(doc: Doc, k: int) -> bool:
    """Token k is a ticket's number: 'urut 2', 'urut satu'."""
    low = lowers(doc)
    if k < 1 or not (low[k].isdigit() or low[k] in words_of("ticket_numbers")):
        return False
    return low[prev_word(doc, k)] in words_of("ticket_number_cues")


def born(doc: Doc, k: int) -> bool:
    """Token k is a birth cue ('lahir') and a place or a date follows it ('di', 'pada', a number)."""
    low, birth = lowers(doc), lexicon.load_json("birth.json")
    if k >= len(low) or low[k] not in birth["birth_cues"]:
        return False
    link = next_word(doc, k + 1)
    return link < len(low) and (low[link] in birth["birth_links"] or low[link].isdigit())


def named_by_a_person_noun(doc: Doc, before: int) -> bool:
    """Token `before` is 'bernama' after a noun for a person: 'warga bernama', 'pria bernama'."""
    low = lowers(doc)
    if before < 1 or low[before] not in words_of("naming_verbs"):
        return False
    noun = low[prev_word(doc, before)]
    return noun in words_of("naming_nouns") or noun in words_of("person_nouns")


def replaces_a_name(doc: Doc, k: int) -> bool:
    """Token k is a verb of replacing ('menggantikan') and a name follows it."""
    if k >= len(doc) or lowers(doc)[k] not in title_lexicon().words["replacing_verbs"]:
        return False
    nxt = next_word(doc, k + 1)
    return nxt < len(doc) and name_at(doc, nxt)


def alias_around(doc: Doc, before: int, after: int) -> bool:
    """'Rina Ayu Lestari, alias Rina Dewata', 'Ahmad Sopian alias Opi': a name given with another one."""
    aliases, low = words_of("alias_cues"), lowers(doc)
    if before >= 0 and low[before] in aliases:
        return True
    cue = next_word(doc, after + 1) if 0 <= after < len(doc) and flags(doc).text[after] == "," else after
    return cue < len(low) and low[cue] in aliases


def initials_after(doc: Doc, start: int, end: int, after: int) -> bool:
    """'Abdul Gafur Mas'ud (AGM)', 'H Ruslan Daud (HRD)': the name's initials in brackets right after it (an
    honorific's initial may open them)."""
    text = flags(doc).text
    if after + 2 >= len(text) or text[after] != "(" or text[after + 2] != ")" or not 2 <= end - start <= 3:
        return False
    if common_run(text[start:end]):
        return False  # 'Kuliah Kerja Nyata (KKN)': common words and their short form
    initials = "".join(w[0] for w in text[start:end] if w[:1].isalpha()).upper()
    short = text[after + 1]
    return (
        short.isupper() and len(short) >= 2 and short.endswith(initials) and len(short) - len(initials) <= 1
    )


def occupation_before(doc: Doc, before: int) -> bool:
    """'musisi ternama Pay dan Dewiq', 'pengamat Budi Santoso': a calling written right before the name; not
    one given after a name, where a place follows it ('kata Sucipto, budayawan Kemiren, usai ...')."""
    low = lowers(doc)
    if before >= 0 and low[before] in words_of("occupation_adjectives"):
        before = prev_word(doc, before)
    return (
        before >= 0
        and low[before] in title_lexicon().occupations
        and low[before] not in words_of("occupations_of_an_institution")
        and (prev_word(doc, before) < 0 or flags(doc).text[prev_word(doc, before)] != ",")
    )


def honorific_before(doc: Doc, start: int) -> bool:
    """'H. Mujiono', 'Brigjen TNI Amino', 'Kapolresta Banyuwangi Kombes Arman' (a rank never sits inside a
    name); not 'Mahyeldi Dt Marajo', where the honorific sits inside a name."""
    index, low = honorific_index(), lowers(doc)
    for k in range(max(0, start - 3), start):
        match = index.match_at(doc, k) if low[k] in index.by_rest else None
        if match and match.end == start:
            return k == 0 or not name_at(doc, k - 1) or rank_index().match_at(doc, k) is not None
    return False


def nickname_links(doc: Doc, persons: list[PersonHit]) -> dict[str, str]:
    """Nicknames given next to the name: 'Marlina Sari atau yang akrab disapa Lina', 'Ahmad Sopian alias Opi',
    'Budi Santoso (sapaan akrab Budi)': {nickname: name}."""
    links: dict[str, str] = {}
    for first, second in zip(persons, persons[1:], strict=False):
        between = words_in(doc, first.end, second.start)
        cued = bool(between) and between[-1] in words_of("nickname_cues") | words_of("alias_cues")
        if cued and set(between) <= words_of("nickname_gap") and second.name != first.name:
            links[second.name] = links.get(first.name, first.name)
    return links
