"""Why a run of capitalised words is a person's name: the words around it (a title before or after it, an
honorific, a degree, a speech verb, a cue, a predicate, an occupation) or its own shape. `evidence` gives the
reason, or '' when nothing says so."""

from __future__ import annotations

from spacy.tokens import Doc

from kabar_cli.extract.hits import TitleHit
from kabar_cli.extract.person_cues import (
    alias_around,
    born,
    honorific_before,
    initials_after,
    named_by_a_person_noun,
    occupation_before,
    replaces_a_name,
    ticket_number,
)
from kabar_cli.extract.person_words import (
    acting_index,
    calendar_words,
    clan_names,
    degree_words,
    honorific_index,
    name_cues,
    opener_index,
    predicates,
    rank_index,
    relative_adverb,
    speech_words,
    words_of,
)
from kabar_cli.extract.places import facilities, match_place
from kabar_cli.extract.titles import match_title
from kabar_cli.extract.tokens import (
    cap_at,
    flags,
    lowers,
    name_at,
    next_word,
    non_name_words,
    prev_word,
    punct_text,
    span_text,
)
from kabar_cli.lexicon.title_grammar import title_lexicon

GAP = 7  # lowercase words allowed between a name and its predicate: 'X yang sudah dua tahun menjabat ...'


def evidence(
    doc: Doc, start: int, end: int, titles: dict[int, TitleHit], titles_at: dict[int, TitleHit]
) -> str:
    """Why the run [start, end) is a person's name, or '' when nothing around it says so."""
    before, after = prev_word(doc, start), next_word(doc, end)
    if (
        _inside_longer_phrase(doc, start, end)
        or is_place(doc, start, end)
        or _facility_name(doc, before, titles)
        or rank_follows(doc, after)
    ):
        return ""
    if honorific_before(doc, start):
        return "honorific"
    before = skip_honorifics_back(doc, before) if before >= 0 else before
    if before > 0 and lowers(doc)[before] in title_lexicon().status_suffixes and before + 1 not in titles:
        before = prev_word(doc, before)  # 'Wali Kota Bandung nonaktif Yana Mulyana'
    before = skip_years_back(doc, before, titles)
    if before >= 0 and flags(doc).text[before] in words_of("list_marks"):
        before = skip_apposition(doc, before, titles)
    after = skip_degrees(doc, after)
    titled = _title_evidence(doc, before, after, titles, titles_at)
    if titled and end - start == 1 and after < len(doc) and flags(doc).text[after].isdigit():
        return ""  # 'Anggota DPRD Sikka Dapil 3', 'Pilkada Serentak 2024': a word numbered, no holder
    return titled or _context_evidence(doc, start, end, before, after)


def rank_follows(doc: Doc, k: int) -> bool:
    """'Kapolresta Banyuwangi Kombes Arman Syarifudin': a rank and a name after the run make the run a title
    we do not know, not a name."""
    index, low = rank_index(), lowers(doc)
    rank = index.match_at(doc, k) if k < len(low) and low[k] in index.by_rest else None
    return rank is not None and rank.end < len(low) and name_at(doc, next_word(doc, rank.end))


def word_at(doc: Doc, k: int) -> str:
    """Token k's text, '' outside the Doc."""
    text = flags(doc).text
    return text[k] if 0 <= k < len(text) else ""


def _title_evidence(
    doc: Doc, before: int, after: int, titles: dict[int, TitleHit], titles_at: dict[int, TitleHit]
) -> str:
    """'Bupati Banyuwangi Ipuk', 'Ipuk, Bupati Banyuwangi', 'Ipuk (Bupati ...)'."""
    if before >= 0 and (
        before + 1 in titles
        or (word_at(doc, before) == "," and prev_word(doc, before) + 1 in titles)
        or (word_at(doc, before) == ")" and title_before_brackets(doc, before, titles) >= 0)
    ):
        return "title-before"
    first = next_word(doc, after + 1)
    if first < len(doc) and lowers(doc)[first] in words_of("apposition_adverbs"):
        first = next_word(doc, first + 1)  # 'Agus Salim, juga Bupati Merangin'
    if word_at(doc, after) in {",", "("} and _title_of_this(doc, titles_at.get(first)):
        return "title-after"
    return ""


def _context_evidence(doc: Doc, start: int, end: int, before: int, after: int) -> str:
    """Degrees, reporting verbs, cue words and predicates around the run."""
    low, degrees = lowers(doc), degree_words()
    word_before, word_after = word_at(doc, before), word_at(doc, after)
    if word_before in degrees:
        return "honorific"  # 'Dr. Ir.' before the name (an honorific right before it was seen already)
    if word_after in degrees or (word_after == "," and word_at(doc, next_word(doc, after + 1)) in degrees):
        return "degree"
    after_verbs, before_verbs = speech_words()
    if before >= 0 and (low[before] in after_verbs or low[before] in words_of("nickname_cues")):
        return "speech"
    if alias_around(doc, before, after) or initials_after(doc, start, end, after):
        return "alias"
    cue_at = prev_word(doc, before) if word_before == "," else before
    if cue_at >= 0 and low[cue_at] in name_cues() and not span_text(doc, start, end).isupper():
        return "cue"  # "menggantikan Andi Chandra", "Bersama pasangannya, Bagus Panuntun"
    if cue_at >= 1 and low[cue_at] in words_of("cue_links") and low[cue_at - 1] in name_cues():
        return "cue"  # "berpasangan dengan Muhammad Balya"
    if ticket_number(doc, cue_at):
        return "cue"  # 'nomor urut 2, Budi Santoso'
    if after < len(low) and low[after] in before_verbs:
        return "speech"
    if born(doc, after):
        return "cue"  # 'Rini Astuti lahir di Blitar': who is born is a person
    if named_by_a_person_noun(doc, before):
        return "cue"  # 'seorang warga bernama Slamet Widodo'
    if replaces_a_name(doc, after):
        return "cue"  # 'Arif Budiman menggantikan Slamet Riyadi': who replaces a person is one
    if occupation_before(doc, before) and (
        end - start > 1 or word_at(doc, after).lower() in words_of("list_joiners")
    ):
        return "cue"  # 'musisi ternama Pay dan Dewiq'; not 'politikus Gerindra', a party we do not know
    if _name_form(doc, start, end):
        return "name-form"
    if _predicate_follows(doc, after):
        return "predicate-next" if after < len(low) and low[after] in predicates() else "predicate"
    return ""


def _name_form(doc: Doc, start: int, end: int) -> bool:
    """A name written by the naming system of a region, with no cue needed: 'Ni Made Ayu Lestari', 'Ida Bagus
    Rai', 'Andi Sudirman', 'La Ode Husen' (an opener, then more of the name), 'Rudi Hartono Siregar' (a Batak
    clan name closing a name of two words or more)."""
    index = opener_index()
    opener = index.match_at(doc, start) if lowers(doc)[start] in index.by_rest else None
    if opener is not None and opener.end < end:
        return True
    return end - start > 1 and lowers(doc)[end - 1] in clan_names()


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
    """Step back over one honorific, rank, retired or corps mark ending at token k."""
    index, low = honorific_index(), lowers(doc)
    marks = (
        low[k - 1] in words_of("retired_marks") or low[k - 1] in words_of("corps_marks") if k >= 2 else False
    )
    if marks and low[k] == ")" and low[k - 2] == "(":
        return prev_word(doc, k - 2)  # 'Mayjen TNI (Purn)', 'Letkol Laut (P)'

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


def is_place(doc: Doc, start: int, end: int) -> bool:
    place = match_place(doc, start)
    return place is not None and place.end == end


def skip_years_back(doc: Doc, k: int, titles: dict[int, TitleHit]) -> int:
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


def skip_apposition(doc: Doc, comma: int, titles: dict[int, TitleHit]) -> int:
    """'Bupati Mamuju Tengah, Sulawesi Barat, Aras', 'Kepala Desa Sukamaju Kecamatan Cibeber, Ujang',
    'Anggota DPRD Jember dari Fraksi Gerindra, Ardi': step back over a place or an affiliation to the title
    before it."""
    k = prev_word(doc, comma)
    if k + 1 in titles:
        return k
    for back in range(k - 1, max(-1, k - 6), -1):
        if flags(doc).text[back] == ",":
            if match_place(doc, back + 1) and prev_word(doc, back) + 1 in titles:
                return prev_word(doc, back)
        elif back + 1 in titles and _locates(doc, back + 1, comma):
            return back
    return comma


def _locates(doc: Doc, start: int, comma: int) -> bool:
    """Tokens [start, comma) place or affiliate a title's holder: 'Kecamatan Cibeber', 'dari Fraksi
    Gerindra'."""
    place = match_place(doc, start)
    if place is not None:
        return place.end == comma
    if lowers(doc)[start] not in words_of("affiliation_prepositions"):
        return False
    return all(cap_at(doc, k) or flags(doc).text[k].isdigit() for k in range(start + 1, comma))


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
        if k < len(low) and f.cap[k] and relative_adverb(doc, prev_word(doc, k)):
            return _title_at(doc, k)  # 'Rusdi Hartono yang juga Ketua PWNU'
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


def title_before_brackets(doc: Doc, close: int, ends: dict[int, TitleHit]) -> int:
    """The last word of a title written before the brackets that close at `close` ('Sekretaris Daerah
    (Sekda)', 'Menteri PAN-RB (Menpan)'), or -1."""
    if close in ends:
        return close - 1  # the title is the abbreviation itself: 'Sekertaris Daerah (Sekda)'
    for k in range(close - 1, max(-1, close - 8), -1):
        if word_at(doc, k) == "(":
            title_end = prev_word(doc, k)
            return title_end if title_end >= 0 and title_end + 1 in ends else -1
    return -1
