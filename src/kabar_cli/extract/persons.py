"""Person names: runs of capitalised name words confirmed by the words around them.

A run becomes a person when a title stands before it ('Bupati Banyuwangi Ipuk Fiestiandani'), a title
follows it ('Askari, Sekda Mamuju Tengah'), an honorific or rank precedes it ('H. Mujiono', 'AKBP Budi'),
a speech verb points at it ('kata Askari', 'Iwan mengatakan'), or a nickname cue names it ('akrab disapa
Rifa'). Every later run made of the same name or one word of it ('Ipuk', 'Bupati Ipuk') is that person.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.hits import Occupied, PersonHit, TitleHit
from kabar_cli.extract.places import facilities, match_place
from kabar_cli.extract.titles import match_title
from kabar_cli.extract.tokens import (
    INITIAL,
    PhraseIndex,
    cap_at,
    flags,
    lowers,
    name_at,
    next_word,
    non_name_words,
    prev_word,
    punct_text,
    sentence_bounds,
    sentence_start,
    span_text,
    words_in,
)
from kabar_cli.extract.words import affixed_word, common_run
from kabar_cli.lexicon.title_grammar import title_lexicon

GAP = 7  # lowercase words allowed between a name and its predicate: 'X yang sudah dua tahun menjabat ...'
WEAK = {"predicate", "cue"}  # 'predicate-next' (the name, then 'adalah/menjadi' and a title) is strong
STRONG = {"title-before", "title-after", "honorific", "degree"}  # what a word opening a sentence may keep


@cache
def words_of(key: str) -> frozenset[str]:
    """A word list of people.json as a set: 'nickname_cues', 'coordinators', 'familiar', ..."""
    return frozenset(lexicon.people()[key])


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names ('Senin', 'Agustus'): capitalised words that may follow a name."""
    dates = lexicon.load_json("dates.json")
    months = (w for forms in dates["months"].values() for w in forms["names"])
    return frozenset([*months, *(w for forms in dates["weekdays"].values() for w in forms)])


@cache
def honorific_index() -> PhraseIndex[str]:
    people = lexicon.people()
    return PhraseIndex((w, "rank") for w in [*people["honorifics"], *people["ranks"]])


@cache
def predicates() -> frozenset[str]:
    """Words that give the name before them a title: 'Askari selaku Sekda', 'Dia menjabat sebagai Kepala
    Dinas'."""
    return frozenset(lexicon.titles()["predicates"])


@cache
def degree_words() -> frozenset[str]:
    return frozenset(lexicon.people()["degrees"])


@cache
def speech_words() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon.reporting()
    after = frozenset(w for w in data["after"] if " " not in w and not w.endswith("nya"))
    return after, frozenset(data["before"])


def _common_word(word: str) -> bool:
    """A capitalised word that is no name word: an affixed common word or a title word written wrong."""
    return affixed_word(word) or misspelt_title_word(word)


@lru_cache(maxsize=65536)
def misspelt_title_word(word: str) -> bool:
    """A title word written wrong, which no name is: 'Gubenur', 'Seketatis', 'Assisten'. A word of seven
    letters or more, no root word, one edit from a title word of the same first letter (two from a word of
    nine or more)."""
    low = word.lower()
    if len(low) < 7 or not low.isalpha() or low in lexicon.root_words():
        return False
    allowed, index = 2 if len(low) >= 9 else 1, title_deletions()
    if low[0] not in index:
        return False
    near = {t for form in _deletions(low[1:], allowed) for t in index[low[0]].get(form, ())}
    return any(_edits(low, t) <= allowed for t in near)


@cache
def title_deletions() -> dict[str, dict[str, tuple[str, ...]]]:
    """The title words of six letters or more by their first letter, then by the forms one or two deleted
    letters leave of the rest: a word one edit from a title word shares such a form with it ('gubenur' and
    'gubernur' both give 'g' + 'uberur')."""
    table: dict[str, dict[str, set[str]]] = {}
    for word in title_words():
        if len(word) >= 6 and word.isalpha():
            for form in _deletions(word[1:], 2):
                table.setdefault(word[0], {}).setdefault(form, set()).add(word)
    return {first: {f: tuple(sorted(w)) for f, w in forms.items()} for first, forms in table.items()}


def _deletions(word: str, times: int) -> set[str]:
    """`word` and the forms deleting up to `times` of its letters leave: 'abc' -> {'abc', 'bc', 'ac',
    'ab'}."""
    forms = {word}
    for _ in range(times):
        forms |= {f[:k] + f[k + 1 :] for f in forms for k in range(len(f))}
    return forms


def _edits(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of two neighbours that make `a` of `b`: 'sekertaris' is
    one swap from 'sekretaris'."""
    before, row = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


def name_runs(doc: Doc, occupied: Occupied) -> Iterator[tuple[int, int]]:
    """Maximal runs of name words not claimed by a title, institution or place: 'Ipuk Fiestiandani'."""
    f, after = flags(doc), 0
    for i in f.capitals:  # a name word is capitalised
        if i < after or not f.name[i] or not _name_at(doc, i, occupied):
            continue
        j = i + 1
        while j < len(doc) and (
            _name_at(doc, j, occupied) or _inner_particle(doc, j, occupied) or _run_together(doc, j, occupied)
        ):
            j += 1
        while j > i + 1 and lowers(doc)[j - 1] in words_of("inner_particles"):
            j -= 1
        j = _closing_initials(doc, j, occupied)
        yield i, j
        after = j


def _name_at(doc: Doc, i: int, occupied: Occupied) -> bool:
    """A name word here, not one opening an honorific ('H.', 'Sri Sultan')."""
    if not name_at(doc, i) or not occupied.free(i, i + 1, "TITLE", "ORG") or _common_word(flags(doc).text[i]):
        return False
    index = honorific_index()
    honorific = index.match_at(doc, i) if lowers(doc)[i] in index.by_rest else None
    return not (honorific and (INITIAL.match(flags(doc).text[i]) or honorific.end - honorific.start > 1))


def _closing_initials(doc: Doc, end: int, occupied: Occupied) -> int:
    """'Makmur HAPK yang ...': an unknown all-capital word closing a name, before a lowercase word or a mark,
    is the name's initials (not 'DPRD', an institution, a place or a word of our lists)."""
    text = flags(doc).text[end] if end < len(doc) else ""
    if not (3 <= len(text) <= 5 and text.isalpha() and text.isupper()) or not occupied.free(
        end, end + 1, "TITLE", "ORG"
    ):
        return end
    after = next_word(doc, end + 1)
    if text.lower() in non_name_words() or match_place(doc, end) or (after < len(doc) and cap_at(doc, after)):
        return end
    return end + 1


def _run_together(doc: Doc, j: int, occupied: Occupied) -> bool:
    """'Rina KusumaDewi Lestari': two name words written without a space (a capital inside a word, which alone
    marks a brand like 'JatimNow') between two name words are part of the name."""
    word = flags(doc).text[j]
    if not (
        word[:1].isupper() and word.isalpha() and not word.isupper() and any(c.isupper() for c in word[1:])
    ):
        return False
    return j + 1 < len(doc) and _name_at(doc, j + 1, occupied) and occupied.free(j, j + 1, "TITLE", "ORG")


def _inner_particle(doc: Doc, j: int, occupied: Occupied) -> bool:
    return (
        lowers(doc)[j] in words_of("inner_particles") and j + 1 < len(doc) and _name_at(doc, j + 1, occupied)
    )


def evidence(
    doc: Doc, start: int, end: int, titles: dict[int, TitleHit], titles_at: dict[int, TitleHit]
) -> str:
    """Why the run [start, end) is a person's name, or '' when nothing around it says so."""
    before, after = prev_word(doc, start), next_word(doc, end)
    if (
        _inside_longer_phrase(doc, start, end)
        or _is_place(doc, start, end)
        or _facility_name(doc, before, titles)
        or _rank_follows(doc, after)
    ):
        return ""
    if _honorific_before(doc, start):
        return "honorific"
    before = skip_honorifics_back(doc, before) if before >= 0 else before
    if before > 0 and lowers(doc)[before] in title_lexicon().status_suffixes and before + 1 not in titles:
        before = prev_word(doc, before)  # 'Wali Kota Bandung nonaktif Yana Mulyana'
    before = _skip_years_back(doc, before, titles)
    if before >= 0 and flags(doc).text[before] in words_of("list_marks"):
        before = _skip_apposition(doc, before, titles)
    after = skip_degrees(doc, after)
    titled = _title_evidence(doc, before, after, titles, titles_at)
    if titled and end - start == 1 and after < len(doc) and flags(doc).text[after].isdigit():
        return ""  # 'Anggota DPRD Sikka Dapil 3', 'Pilkada Serentak 2024': a word numbered, no holder
    return titled or _context_evidence(doc, start, end, before, after)


@cache
def rank_index() -> PhraseIndex[str]:
    return PhraseIndex((w, "rank") for w in lexicon.people()["ranks"])


def _rank_follows(doc: Doc, k: int) -> bool:
    """'Kapolresta Banyuwangi Kombes Arman Syarifudin': a rank and a name after the run make the run a title
    we do not know, not a name."""
    index = rank_index()
    rank = index.match_at(doc, k) if k < len(doc) and lowers(doc)[k] in index.by_rest else None
    return rank is not None and rank.end < len(doc) and name_at(doc, next_word(doc, rank.end))


def _ticket_number(doc: Doc, k: int) -> bool:
    """Token k is a ticket's number: 'urut 2', 'urut satu'."""
    low = lowers(doc)
    if k < 1 or not (low[k].isdigit() or low[k] in words_of("ticket_numbers")):
        return False
    return low[prev_word(doc, k)] in words_of("ticket_number_cues")


def _word(doc: Doc, k: int) -> str:
    """Token k's text, '' outside the Doc."""
    text = flags(doc).text
    return text[k] if 0 <= k < len(text) else ""


def _title_evidence(
    doc: Doc, before: int, after: int, titles: dict[int, TitleHit], titles_at: dict[int, TitleHit]
) -> str:
    """'Bupati Banyuwangi Ipuk', 'Ipuk, Bupati Banyuwangi', 'Ipuk (Bupati ...)'."""
    if before >= 0 and (
        before + 1 in titles
        or (_word(doc, before) == "," and prev_word(doc, before) + 1 in titles)
        or (_word(doc, before) == ")" and _title_before_brackets(doc, before, titles) >= 0)
    ):
        return "title-before"
    first = next_word(doc, after + 1)
    if first < len(doc) and lowers(doc)[first] in words_of("apposition_adverbs"):
        first = next_word(doc, first + 1)  # 'Agus Salim, juga Bupati Merangin'
    if _word(doc, after) in {",", "("} and _title_of_this(doc, titles_at.get(first)):
        return "title-after"
    return ""


def _context_evidence(doc: Doc, start: int, end: int, before: int, after: int) -> str:
    """Degrees, reporting verbs, cue words and predicates around the run."""
    low, degrees = lowers(doc), degree_words()
    word_before, word_after = _word(doc, before), _word(doc, after)
    if word_before in degrees:
        return "honorific"  # 'Dr. Ir.' before the name (an honorific right before it was seen already)
    if word_after in degrees or (word_after == "," and _word(doc, next_word(doc, after + 1)) in degrees):
        return "degree"
    after_verbs, before_verbs = speech_words()
    if before >= 0 and (low[before] in after_verbs or low[before] in words_of("nickname_cues")):
        return "speech"
    if _alias_around(doc, before, after) or _initials_after(doc, start, end, after):
        return "alias"
    cue_at = prev_word(doc, before) if word_before == "," else before
    if cue_at >= 0 and low[cue_at] in name_cues() and not span_text(doc, start, end).isupper():
        return "cue"  # "menggantikan Andi Chandra", "Bersama pasangannya, Bagus Panuntun"
    if cue_at >= 1 and low[cue_at] in words_of("cue_links") and low[cue_at - 1] in name_cues():
        return "cue"  # "berpasangan dengan Muhammad Balya"
    if _ticket_number(doc, cue_at):
        return "cue"  # 'nomor urut 2, Budi Santoso'
    if after < len(low) and low[after] in before_verbs:
        return "speech"
    if _occupation_before(doc, before) and (
        end - start > 1 or _word(doc, after).lower() in words_of("list_joiners")
    ):
        return "cue"  # 'musisi ternama Pay dan Dewiq'; not 'politikus Gerindra', a party we do not know
    if _name_form(doc, start, end):
        return "name-form"
    if _predicate_follows(doc, after):
        return "predicate-next" if after < len(low) and low[after] in predicates() else "predicate"
    return ""


def _alias_around(doc: Doc, before: int, after: int) -> bool:
    """'Rina Ayu Lestari, alias Rina Dewata', 'Ahmad Sopian alias Opi': a name given with another one."""
    aliases, low = words_of("alias_cues"), lowers(doc)
    if before >= 0 and low[before] in aliases:
        return True
    cue = next_word(doc, after + 1) if _word(doc, after) == "," else after
    return cue < len(low) and low[cue] in aliases


def _initials_after(doc: Doc, start: int, end: int, after: int) -> bool:
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


@cache
def opener_index() -> PhraseIndex[str]:
    return PhraseIndex((w, "opener") for w in lexicon.people()["name_openers"])


def _name_form(doc: Doc, start: int, end: int) -> bool:
    """A name written by the naming system of a region, with no cue needed: 'Ni Made Ayu Lestari', 'Ida Bagus
    Rai', 'Andi Sudirman', 'La Ode Husen' (an opener, then more of the name), 'Rudi Hartono Siregar' (a Batak
    clan name closing a name of two words or more)."""
    index = opener_index()
    opener = index.match_at(doc, start) if lowers(doc)[start] in index.by_rest else None
    if opener is not None and opener.end < end:
        return True
    return end - start > 1 and lowers(doc)[end - 1] in clan_names()


@cache
def clan_names() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.people()["clan_names"])


def skip_degrees(doc: Doc, k: int) -> int:
    """Step over ', S.H., M.Si' after a name to what follows the degrees."""
    text = flags(doc).text
    while k + 1 < len(text) and text[k] == ",":
        degree = next_word(doc, k + 1)
        if degree >= len(text) or text[degree] not in degree_words():  # only blanks may follow the comma
            break
        k = next_word(doc, degree + 1)
    return k


def skip_honorifics_back(doc: Doc, k: int) -> int:
    """Step back over 'H', 'Dr.', 'Brigjen TNI', 'Mayjen TNI (Purn) H' before a name to what precedes them."""
    for _ in range(4):
        before = _honorific_back(doc, k)
        if before == k:
            return k
        k = before
    return k


def _honorific_back(doc: Doc, k: int) -> int:
    """Step back over one honorific, rank or retired mark ending at token k."""
    index, low = honorific_index(), lowers(doc)
    if k >= 2 and low[k] == ")" and low[k - 2] == "(" and low[k - 1] in words_of("retired_marks"):
        return prev_word(doc, k - 2)
    for back in range(max(0, k - 2), k + 1):
        match = index.match_at(doc, back) if low[back] in index.by_rest else None
        if match and match.end == k + 1:
            return prev_word(doc, back)
    return k


def _title_of_this(doc: Doc, title: TitleHit | None) -> bool:
    """'Askari, Sekda Mamuju Tengah' names Askari; 'dari Makkah, Gubernur Khofifah' gives the title to
    Khofifah; 'Terpenting, Bupati Kediri itu mengatakan' points back to someone named before."""
    if title is None or title.end >= len(doc):
        return title is not None
    return not name_at(doc, title.end) and lowers(doc)[title.end] not in words_of("demonstratives")


def _facility_name(doc: Doc, before: int, titles: dict[int, TitleHit]) -> bool:
    """'di Pendopo Delta Wibawa', 'Gedung Islamic Center': a capitalised common noun opens a building's
    name."""
    return before >= 0 and cap_at(doc, before) and flags(doc).text[before] in facilities()


def _inside_longer_phrase(doc: Doc, start: int, end: int) -> bool:
    """'Sekda Berkinerja Digital Terbaik': the run goes on into capitalised words that are not names (a degree
    after a name, 'Hendra Wijaya SE', is no such word)."""
    return (
        end < len(doc)
        and cap_at(doc, end)
        and lowers(doc)[end] in non_name_words()
        and flags(doc).text[end] not in degree_words()
        and lowers(doc)[end] not in calendar_words()
        and match_title(doc, end) is None
        and honorific_index().match_at(doc, end) is None
    )


def _is_place(doc: Doc, start: int, end: int) -> bool:
    place = match_place(doc, start)
    return place is not None and place.end == end


def _skip_years_back(doc: Doc, k: int, titles: dict[int, TitleHit]) -> int:
    """Step back over the years a title is held for, to the title: 'Wakil Ketua DPRD 2019-2024 Anwar Sadad',
    'Ketua DPRD periode 2019-2024 Kusnadi'."""
    text, back = flags(doc).text, k
    for _ in range(3):  # '2019', '-', '2024'
        if back < 0 or back + 1 in titles or not (text[back].isdigit() or text[back] in {"-", "–", "/"}):
            break
        back = prev_word(doc, back)
    if back != k and back >= 0 and lowers(doc)[back] in words_of("period_words"):
        back = prev_word(doc, back)
    return back if back != k and back >= 0 and back + 1 in titles else k


def _skip_apposition(doc: Doc, comma: int, titles: dict[int, TitleHit]) -> int:
    """'Bupati Mamuju Tengah, Sulawesi Barat, Aras': step back over ', Place' to the title before it."""
    k = prev_word(doc, comma)
    if k + 1 in titles:
        return k
    for back in range(k - 1, max(-1, k - 5), -1):
        if flags(doc).text[back] == "," and match_place(doc, back + 1) and prev_word(doc, back) + 1 in titles:
            return prev_word(doc, back)
    return comma


def _predicate_follows(doc: Doc, k: int) -> bool:
    """'Ipuk Fiestiandani yang merupakan bupati petahana', 'Askari selaku Sekda', 'Dewi, yang sebelumnya
    menjabat ...'."""
    f, low = flags(doc), lowers(doc)
    if (
        k + 1 < len(low)
        and f.text[k] == ","
        and next_word(doc, k + 1) < len(low)
        and low[next_word(doc, k + 1)] in words_of("relatives")
    ):
        k = next_word(doc, k + 1)
    for _ in range(GAP):
        if k >= len(low) or f.cap[k] or punct_text(f.text[k]):
            return False
        if low[k] in predicates():
            k = next_word(doc, k + 1)
            if k < len(low) and low[k] in predicates():
                k = next_word(doc, k + 1)
            if k < len(low) and low[k] in title_lexicon().words["words_before_title"]:
                k = next_word(doc, k + 1)  # 'menduduki jabatan Sekda'
            return k < len(low) and _title_at(doc, k)
        k = next_word(doc, k + 1)
    return False


def _title_at(doc: Doc, k: int) -> bool:
    """A title at k, or after an acting marker: 'sebagai Pejabat Sementara Bupati' (the marker's words, then
    at most one more word)."""
    if match_title(doc, k, allow_lower=True) is not None:
        return True
    marker = acting_index().match_at(doc, k) if lowers(doc)[k] in acting_index().by_rest else None
    if marker is None:
        return False
    after = next_word(doc, marker.end)
    return any(
        j < len(doc) and match_title(doc, j, allow_lower=True) is not None
        for j in (after, next_word(doc, after + 1))
    )


@cache
def acting_index() -> PhraseIndex[str]:
    return PhraseIndex((w, "acting") for w in lexicon.titles()["acting_prefixes"])


def _occupation_before(doc: Doc, before: int) -> bool:
    """'musisi ternama Pay dan Dewiq', 'pengamat Budi Santoso': a calling written right before the name; not
    one given after a name, where a place follows it ('kata Sucipto, budayawan Kemiren, usai ...')."""
    low = lowers(doc)
    if before >= 0 and low[before] in words_of("occupation_adjectives"):
        before = prev_word(doc, before)
    return (
        before >= 0
        and low[before] in title_lexicon().occupations
        and low[before] not in words_of("occupations_of_an_institution")
        and _word(doc, prev_word(doc, before)) != ","
    )


@cache
def name_cues() -> frozenset[str]:
    return frozenset(lexicon.people()["cues_before_name"])


def _honorific_before(doc: Doc, start: int) -> bool:
    """'H. Mujiono', 'Brigjen TNI Amino', 'Kapolresta Banyuwangi Kombes Arman' (a rank never sits inside a
    name); not 'Mahyeldi Dt Marajo', where the honorific sits inside a name."""
    index, low = honorific_index(), lowers(doc)
    for k in range(max(0, start - 3), start):
        match = index.match_at(doc, k) if low[k] in index.by_rest else None
        if match and match.end == start:
            return k == 0 or not name_at(doc, k - 1) or rank_index().match_at(doc, k) is not None
    return False


def familiar_start(doc: Doc, start: int) -> int:
    """Include a familiar form of address in the mention: 'Pak Sutiaji', 'Mas Dhito'."""
    before = start - 1
    return (
        before
        if before >= 0
        and lowers(doc)[before] in words_of("familiar")
        and flags(doc).text[before][:1].isupper()
        else start
    )


def find_persons(doc: Doc, occupied: Occupied, titles: list[TitleHit]) -> Iterator[PersonHit]:
    """Confirmed names first, then every run that repeats a confirmed name or one word of it."""
    ends = {t.end: t for t in titles}
    headline_like = _title_case_sentences(doc)
    runs, titled = _runs(doc, occupied, ends)
    confirmed, openers = _confirm_by_evidence(doc, runs, ends, {t.start: t for t in titles}, headline_like)
    confirmed.update(dict.fromkeys(titled, "title-before"))
    names = {span_text(doc, s, e) for s, e in confirmed}
    for (
        start,
        end,
    ) in runs:  # a name confirmed anywhere is confirmed everywhere, before coordination looks at it
        if span_text(doc, start, end) in names and (start, end) not in confirmed:
            if sentence_start(doc, start) not in headline_like:
                confirmed[(start, end)] = "repeat"
    runs = _settle_openers(doc, runs, openers, confirmed)
    _confirm_coordinated(doc, runs, confirmed)
    known = {span_text(doc, s, e): why for (s, e), why in confirmed.items()}
    known_words = [name.split() for name in known]
    for start, end in runs:
        text = span_text(doc, start, end)
        why = confirmed.get((start, end)) or (
            "repeat" if text in known or _part_of_known(text, known_words) else ""
        )
        if not why and _extends_known(text, known_words) and sentence_start(doc, start) not in headline_like:
            why = "repeat"  # 'Seperti Wardoyo Pongoliu.'; not a headline's 'Ipuk Fiestiandani Resmikan
        if why and (why != "repeat" or end - start > 1 or not _is_place(doc, start, end)):
            yield PersonHit(
                familiar_start(doc, start), end, name=_without_fused_honorific(text), evidence=why
            )


def _without_fused_honorific(name: str) -> str:
    """'HM Santoso' -> 'M Santoso': an honorific written together with an initial (Haji M) is not part of
    the name; 'HB X' (Hamengku Buwono X) is no such thing: a name of letters must follow."""
    first, _, rest = name.partition(" ")
    initial = lexicon.people()["fused_honorifics"].get(first)
    if initial and len(rest.split()[0]) >= 3:
        return f"{initial} {rest}"
    return name


def _confirm_by_evidence(
    doc: Doc,
    runs: list[tuple[int, int]],
    ends: dict[int, TitleHit],
    starts: dict[int, TitleHit],
    headline_like: set[int],
) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """The runs the words around them confirm, and the runs opening a sentence with a common word whose
    evidence is not strong ('Karier Sutarmidji dimulai ...'), left for `_settle_openers`."""
    confirmed: dict[tuple[int, int], str] = {}
    openers: dict[tuple[int, int], str] = {}
    for start, end in runs:
        if sentence_start(doc, start) in headline_like:
            continue
        why = evidence(doc, start, end, ends, starts)
        opens = start == next_word(doc, sentence_start(doc, start))
        if why in WEAK and end - start == 1 and opens:
            continue  # 'Ditanya ... sebagai', 'Nomor ...': one capitalised word opening a sentence needs more
        if opens and end - start > 1 and why not in STRONG and lowers(doc)[start] in lexicon.root_words():
            openers[(start, end)] = why
        elif why:
            confirmed[(start, end)] = why
    return confirmed, openers


def _settle_openers(
    doc: Doc,
    runs: list[tuple[int, int]],
    openers: dict[tuple[int, int], str],
    confirmed: dict[tuple[int, int], str],
) -> list[tuple[int, int]]:
    """'Karier Sutarmidji di dunia politik ...', 'Seperti Wardoyo Pongoliu.': a common word opens the
    sentence, capitalised for that alone, before a name confirmed elsewhere (or the first words of one); the
    run is the name after it. Otherwise the run keeps its evidence
    ('Budi Santoso mengatakan ...')."""
    known = [span_text(doc, s, e).split() for s, e in confirmed]
    settled = []
    for start, end in runs:
        if (start, end) in openers:
            rest = span_text(doc, start + 1, end).split()
            if any(rest == name or _is_part(rest, name) or _is_part(name, rest) for name in known):
                confirmed[(start + 1, end)] = "repeat"
                start += 1
            elif openers[(start, end)]:
                confirmed[(start, end)] = openers[(start, end)]
        settled.append((start, end))
    return settled


def _runs(
    doc: Doc, occupied: Occupied, ends: dict[int, TitleHit]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """The name runs, and those that a title gives a name after its region: 'Sekda (Sekda) Pohuwato
    Iskandar'."""
    runs, titled = [], set()
    for start, end in name_runs(doc, occupied):
        run = _after_leading_place(doc, start, end, ends)
        if run != (start, end):
            titled.add(run)
        runs.append(run)
    return runs, titled


def _after_leading_place(doc: Doc, start: int, end: int, ends: dict[int, TitleHit]) -> tuple[int, int]:
    """'Sekretaris Daerah (Sekda) Pohuwato Iskandar Datau', 'Gubenur Jawa Timur Soekarwo': after a title and
    its abbreviation in brackets, or a title word written wrong, a region opening the run is the title's, not
    a word of the name."""
    before = prev_word(doc, start)
    bracketed = _word(doc, before) == ")" and _title_before_brackets(doc, before, ends) >= 0
    if not bracketed and not misspelt_title_word(_word(doc, before)):
        return start, end
    place = match_place(doc, start, expected=True)
    return (
        (place.end, end)
        if place is not None and place.end < end and name_at(doc, place.end)
        else (start, end)
    )


def _title_before_brackets(doc: Doc, close: int, ends: dict[int, TitleHit]) -> int:
    """The last word of a title written before the brackets that close at `close` ('Sekretaris Daerah
    (Sekda)', 'Menteri PAN-RB (Menpan)'), or -1."""
    if close in ends:
        return close - 1  # the title is the abbreviation itself: 'Sekertaris Daerah (Sekda)'
    for k in range(close - 1, max(-1, close - 8), -1):
        if _word(doc, k) == "(":
            title_end = prev_word(doc, k)
            return title_end if title_end >= 0 and title_end + 1 in ends else -1
    return -1


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


def _confirm_coordinated(
    doc: Doc, runs: list[tuple[int, int]], confirmed: dict[tuple[int, int], str]
) -> None:
    """'Karna Suswandi dan Khoirani', 'Andap Budhi, Bahtiar', 'Sitti Nurhaedah, dan Muh Yunus': a name
    joined to a confirmed name is a name too. Places and unknown titles before a rank ('Kapolrestabes
    Makassar Kombes ...') are left out first, so list items 'A untuk Belu, B di Malaka' stand next to each
    other."""
    runs = [(s, e) for s, e in runs if not _is_place(doc, s, e) and not _rank_follows(doc, next_word(doc, e))]
    for (s1, e1), (s2, e2) in zip(runs, runs[1:], strict=False):
        if ((s1, e1) in confirmed) == ((s2, e2) in confirmed):
            continue  # only a confirmed name confirms its neighbour
        if _joins(doc, e1, s2) or _joined_last(doc, e1, s2):
            confirmed.setdefault((s1, e1), "coordinated")
            confirmed.setdefault((s2, e2), "coordinated")


def _joined_last(doc: Doc, end: int, next_start: int) -> bool:
    """', dan' or ', serta' before the last item of a list: 'Abdul Haris, Sitti Nurhaedah, dan Muh Yunus'."""
    words = words_in(doc, end, next_start)
    return len(words) == 2 and words[0] == "," and words[1] in words_of("list_joiners")


def _joins(doc: Doc, end: int, next_start: int) -> bool:
    """The words between two runs join them: one coordinator ('dan', ',', 'serta'), or a parallel list item.
    The gap may be long (the runs are the sentence's capitalised words): only its first words are read."""
    first, low = next_word(doc, end), lowers(doc)
    if first >= next_start:
        return False
    if next_word(doc, first + 1) >= next_start:
        return low[first] in words_of("coordinators")
    return low[first] in words_of("item_cues") and _parallel_item(doc, end, next_start)


def _parallel_item(doc: Doc, end: int, next_start: int) -> bool:
    """'Zacharias Moruk untuk Kabupaten Belu, Viktorius Manek di Malaka': list items 'NAME untuk/di
    PLACE,'."""
    space, low = flags(doc).space, lowers(doc)
    words = [k for k in range(end, next_start) if not space[k]]
    if (
        len(words) < 3
        or low[words[0]] not in words_of("item_cues")
        or low[words[-1]] not in words_of("item_ends")
    ):
        return False
    place = match_place(doc, words[1], expected=True)
    return place is not None and next_word(doc, place.end) == words[-1]


def _title_case_sentences(doc: Doc) -> set[int]:
    """Sentences written in Title Case (headlines, captions): capitals there say nothing about names. Title
    words ('Asisten', 'Bupati') are capitalised in running text too, so they do not count."""
    out, f, titled = set(), flags(doc), title_words()
    text = f.text
    for start, end in sentence_bounds(doc):
        if _mostly_lowercase(doc, start, end) or _running_list(text, start, end):
            continue
        words = [w for w in text[start:end] if len(w) > 3 and w.isalpha()]
        if len(words) < 4:
            continue
        counted = [w for w in words if w.lower() not in titled] or words
        share = len([w for w in counted if w[0].isupper()]) / len(counted)
        if share >= 0.9 or (share >= 0.7 and not _ends_sentence(text, start, end)):
            out.add(start)
    return out


def _running_list(text: list[str], start: int, end: int) -> bool:
    """A sentence of running text however many capitals it holds: a list of titles and names, 'Kemudian Bupati
    Sleman Rina Ayu, Bupati Bantul Dodi Hasan dan Bupati Kulon Progo Ida Sari.' (a comma or a lowercase word
    and a closing full stop), or a caption 'Ketua DPRD Lia Wati, Wakil Ketua Ari Santo, Wakil Ketua Abi -'
    (three commas or more). Headlines have neither."""
    commas = text[start:end].count(",")
    if commas >= 3:
        return True
    if not _ends_sentence(text, start, end):
        return False
    return commas > 0 or any(w.isalpha() and w.islower() for w in text[start:end])


def _mostly_lowercase(doc: Doc, start: int, end: int) -> bool:
    """Too many lowercase words for Title Case, seen after a few words of running text: with C capitalised
    tokens in the sentence, more than 3C/7 lowercase words (long, alphabetic, not title words) keep the share
    of capitals under 0.7 whatever the rest holds."""
    f, low, titled = flags(doc), lowers(doc), title_words()
    capitals = bisect_left(f.capitals, end) - bisect_left(f.capitals, start)
    lowercase = 0
    for k in range(start, end):
        word = f.text[k]
        if not f.cap[k] and len(word) > 3 and word.isalpha() and low[k] not in titled:
            lowercase += 1
            if 7 * lowercase > 3 * capitals:
                return True
    return False


def _ends_sentence(text: list[str], start: int, end: int) -> bool:
    """The sentence's last words close it: '.', '!', '?' or a closing quote (after one of those)."""
    last: list[str] = []
    for k in range(end - 1, start - 1, -1):
        if text[k].strip():
            last.insert(0, text[k])
            if len(last) == 2:
                break
    return bool(last) and (
        last[-1] in {".", "!", "?", "”", '"'} or (len(last) > 1 and last[-2] in {".", "!", "?"})
    )


@cache
def title_words() -> frozenset[str]:
    data = lexicon.titles()
    return frozenset(w.lower() for title in [*data["titles"], *data["abbreviations"]] for w in title.split())


def _part_of_known(text: str, known: list[list[str]]) -> bool:
    """`text` is part of a known name (each given as its words)."""
    words = text.split()
    return any(len(words) < len(name) and _is_part(words, name) for name in known)


def _extends_known(text: str, known: list[list[str]]) -> bool:
    """`text` is a first name known alone, with its surname: 'Wardoyo Pongoliu', the text having confirmed
    'Wardoyo'."""
    words = text.split()
    return len(words) in (2, 3) and _surnames(words[1:]) and any(name == words[:1] for name in known)


def _surnames(words: list[str]) -> bool:
    """Words that can only be names: no root word, no affixed word ('Pongoliu'; not 'Segera', 'Resmi Jabat'
    of a headline)."""
    return not any(common_run([word]) for word in words)


def _is_part(words: list[str], name: list[str]) -> bool:
    """'Ipuk' of 'Ipuk Fiestiandani'; 'Khofifah Indar' of 'Khofifah Indar Parawansa'; a single word
    anywhere."""
    if len(words) == 1:
        return words[0] in name
    return name[: len(words)] == words
