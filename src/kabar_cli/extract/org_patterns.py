"""Shapes inside institution names that need no other institution to read: unit and school numbers
('Kodim 0825/Banyuwangi', 'SMA Negeri 2'), dates as names ('Universitas 17 Agustus 1945'), fields listed with
commas ('Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah'), a region by its admin prefix, the city a
university sits in, a rank before a name, and where a title's holder is named after the body."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.org_words import head_index, is_region, rank_words, words
from kabar_cli.extract.person_words import opener_index
from kabar_cli.extract.places import calendar_words, match_place, place_words
from kabar_cli.extract.tokens import cap_at, flags, glued, lowers, prev_word, span_text
from kabar_cli.extract.words import common_run, derived_word
from kabar_cli.lexicon import function_words

AND = function_words().coordinator  # 'dan'

ROMAN = re.compile(r"^[IVX]{1,4}$")
YEAR = re.compile(r"^(19|20)\d\d$")


def unit_number_text(text: str) -> bool:
    """A unit or school number, not a year: '2' in 'SMA Negeri 2', '0825' in 'Kodim 0825', 'I' in 'Komisi
    I'."""
    return (text.isdigit() and len(text) <= 4 and not YEAR.match(text)) or bool(ROMAN.match(text))


def date_name_end(doc: Doc, j: int) -> int:
    """A date that is a name: 'Universitas 17 Agustus 1945', 'Institut Teknologi Sepuluh Nopember': the end,
    or j if none."""
    text, low = flags(doc).text, lowers(doc)
    day = (text[j].isdigit() and len(text[j]) <= 2) or low[j] in _number_words()
    if not (day and j + 1 < len(low) and low[j + 1] in calendar_words()):
        return j
    return j + 3 if j + 2 < len(text) and YEAR.match(text[j + 2]) else j + 2


@cache
def _number_words() -> frozenset[str]:
    """Numbers written as words ('sepuluh'), from dates.json: 'Institut Teknologi Sepuluh Nopember'."""
    return frozenset(lexicon.load_json("dates.json")["number_words"])


def list_comma(doc: Doc, j: int) -> bool:
    """A comma between the fields a body's name lists, when a 'dan' closes the list and every field is
    common words: 'Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah', 'Dinas Perumahan Rakyat dan
    Kawasan Permukiman, Cipta Karya dan Tata Ruang' (not 'Dinas Sosial, Dinas Kesehatan dan ...', not a
    holder's name or a title after the comma)."""
    f, low = flags(doc), lowers(doc)
    if f.text[j] != "," or j == 0 or not f.cap[j - 1]:
        return False
    for k in range(j + 1, min(len(low), j + 10)):
        if low[k] == AND:
            return k + 1 < len(low) and _field_word(doc, k + 1)  # ', dan Perlindungan Anak': a serial comma
        if f.text[k] != "," and not _field_word(doc, k):
            return False
    return False


def _field_word(doc: Doc, k: int) -> bool:
    """A capitalised common word naming a body's field ('Pendapatan', 'Cipta'), not a head word, a title word
    or a place."""
    f, low, w = flags(doc), lowers(doc), words()
    if not f.cap[k] or not derived_word(f.text[k]) or low[k] in w.title_words or low[k] in w.enders:
        return False
    return not head_index().match_at(doc, k) and not match_place(doc, k)


def admin_region_end(doc: Doc, k: int) -> int:
    """A region the gazetteer does not spell, named by its admin prefix and one or two capitalised words:
    'DPD Partai Golkar | Kabupaten Muaraenim' (the gazetteer writes 'Muara Enim'); the end, or k."""
    f = flags(doc)
    if k + 1 >= len(f.text) or f.lower[k] not in place_words().admin_prefixes or not f.cap[k]:
        return k
    end = k + 1
    while end < len(f.text) and end < k + 3 and f.cap[end] and not head_index().match_at(doc, end):
        end += 1
    return end if end > k + 1 else k


def seat_after_name(doc: Doc, j: int) -> bool:
    """A city or province (no admin prefix) at token j right after a proper name word: where a university
    sits ('Universitas Brawijaya | Malang'), not after a common word ('Universitas Negeri Malang')."""
    if derived_word(flags(doc).text[j - 1]):
        return False
    place = match_place(doc, j, expected=True)
    return place is not None and place.level is None and is_region(doc, place)


def seat_end(doc: Doc, start: int, head_end: int, end: int) -> int:
    """A university's span goes on over the city or province it sits in, which its name leaves out: the
    mention 'Universitas Hasanuddin (Unhas) Makassar' names 'Universitas Hasanuddin'; the end, or `end`."""
    if span_text(doc, start, head_end) not in words().seated or end >= len(doc):
        return end
    place = match_place(doc, end, expected=True)
    return place.end if place and place.level is None and is_region(doc, place) else end


def rank_before(doc: Doc, i: int) -> bool:
    """An institution named alone right after a rank is part of the rank: 'Brigjen TNI Amino' (not
    'Sekretaris Jenderal Kemendagri')."""
    before, low = prev_word(doc, i), lowers(doc)
    if before < 0 or low[before] not in rank_words():
        return False
    title = prev_word(doc, before)  # 'Sekretaris Jenderal Kemendagri': the word closes a title, no rank
    return title < 0 or low[title] not in words().title_words


def past_unit_number(doc: Doc, j: int) -> int:
    """'Kodim 0825/Banyuwangi', 'Korem 083/Baladhika Jaya', 'Kodam V/Brawijaya': past the number and the
    '/'."""
    text = flags(doc).text
    if j < len(text) and unit_number_text(text[j]):
        j += 1
        if j + 1 < len(text) and text[j] == "/" and cap_at(doc, j + 1):
            j += 1
    return j


def unit_name_words(doc: Doc, j: int) -> int:
    """How many capitalised words from token j name a numbered unit: those before the holder's rank, three
    at most ('Korem 174/Anim Ti Waninggap Brigjen ...', 'Kodim 0815 Mojokerto Letkol Inf. Budi'); else two
    at most ('Korem 083/Baladhika Jaya'), and one when more follow ('Korem 132 Tadulako Hendra Wijaya')."""
    cap, low, k = flags(doc).cap, lowers(doc), j
    while k < len(cap) and cap[k] and k - j < 4:
        if k > j and low[k] in rank_words():
            return k - j
        k += 1
    k = min(k, j + 3)
    length = k - j
    if length == 3 or (length == 2 and lowers(doc)[j + 1] in rank_words()):
        return 1
    return length


def numbered_unit(name: str) -> tuple[str, str] | None:
    """A unit named by its number: 'Korem 031 Wirabima' -> ('Korem', '031 Wirabima'); None for other names."""
    head, _, rest = name.partition(" ")
    return (
        (head, rest) if head in words().numbered and rest[:1].isalnum() and not rest[:1].islower() else None
    )


def sector_word(word: str) -> bool:
    """A word naming a government sector: listed ('Sosial', 'Pariwisata') or shaped as a derived noun of
    the language ('Pertanian', 'Kesehatan', 'Pemberdayaan')."""
    low, w = word.lower(), words()
    return low in w.sectors or (
        len(low) > 6 and low.startswith(w.sector_prefixes) and low.endswith(w.sector_suffixes)
    )


def holder_follows(doc: Doc, j: int) -> bool:
    """The name words from token j, none a sector word, close the clause: the title holder's name after the
    body ('Kepala Dinas Pertanian Kamri Alwi,', 'Kepala Dinas P3AP2KB Hamkawaty M. Mbuinga,')."""
    f, k = flags(doc), j
    if glued(doc, j):
        return False  # 'P2KB' split by the tokenizer is one word
    while k < len(f.text) and f.name[k] and not sector_word(f.text[k]) and not match_place(doc, k):
        k += 1
    return k > j and (k == len(f.text) or not f.cap[k]) and (k == len(f.text) or f.text[k] != "(")


def holder_at(doc: Doc, j: int) -> bool:
    """The title's holder is named from token j on, after the unit: name words, not all of them common words
    ('Kepala Dinas Pertanian | Kamri Alwi,'; not 'Kepala Dinas Kebersihan dan Ruang | Terbuka Hijau.', not
    'Deputi Bidang Protokol, Pers, dan Media')."""
    if not cap_at(doc, j) or not holder_follows(doc, j):
        return False
    name, k = flags(doc).name, j
    while k < len(name) and name[k]:
        k += 1
    return not common_run(flags(doc).text[j:k])


def name_opens(doc: Doc, j: int) -> bool:
    """A name of a regional naming system opens at token j with two words or more: 'I Ketut', 'Ni Made'."""
    if lowers(doc)[j] not in opener_index().by_rest:
        return False
    opener = opener_index().match_at(doc, j)
    return opener is not None and opener.end > j + 1
