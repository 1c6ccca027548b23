"""The unit a head title names: 'Kepala [Dinas Pertanian]', 'Asisten [IV]', 'Kepala [Bidang Protokol,
Pers, dan Media]', where it ends (at its holder's name or rank), and the short forms standing for it
('Kepala Dinpusip' after 'Dinas Perpustakaan dan Kearsipan (Dinpusip)', 'Kepala Bakesbangpol')."""

from __future__ import annotations

from functools import cache

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.org_patterns import holder_at
from kabar_cli.extract.org_words import head_index, is_region, rank_words, standalone, words
from kabar_cli.extract.orgs import match_org
from kabar_cli.extract.places import match_place
from kabar_cli.extract.title_words import AND, FIELD, OPENING_BRACKET, ROMAN, title_index, unit_heads
from kabar_cli.extract.tokens import (
    cap_at,
    flags,
    glued,
    lowers,
    memo,
    name_at,
    positions,
    punct_text,
    sentence_end,
    span_text,
    within,
    word_of,
)
from kabar_cli.lexicon.title_grammar import expand_title, title_lexicon
from kabar_cli.normalise import expand_org


def continue_unit(doc: Doc, j: int) -> int:
    """Words naming the unit of a head title: 'Kepala [Bidang Fisik dan Prasarana]', 'Asisten [IV]'."""
    text, low, start = flags(doc).text, lowers(doc), j
    if _holder_opens_unit(doc, j):
        return j  # 'Direktur Utama | Budi Santoso mengatakan': no unit, the holder follows the head
    stop = sentence_end(doc, j) if j < len(text) else j  # 'Ketua Komisi B. | Sebelum terjun ...'
    while j < stop:
        if j > start and (
            low[j] in rank_words()
            or text[j] in _honorifics()
            or (not _coordinated_unit_word(doc, j) and holder_at(doc, j))
            or _name_after_and(doc, j)
        ):
            break  # 'Kepala Dinas Pertanian | Kamri Alwi', 'Kepala Pusat Penerangan TNI | Mayjen ...'
        if text[j] in ROMAN:
            j += 1
            continue
        if text[j] == "," and j + 2 < len(text) and low[j + 1] == AND and cap_at(doc, j + 2):
            j += 2  # 'Bidang Protokol, Pers, dan Media'
            continue
        if low[j] in {AND, ","} and j + 1 < len(text) and cap_at(doc, j + 1) and _continues_list(doc, j):
            j += 1
            continue
        absorbs = j > 0 and lowers(doc)[j - 1] in title_lexicon().words["principal_absorbers"]
        principal = title_index().match_at(doc, j) if absorbs else None
        if principal is not None:
            j = principal.end  # 'Staf Ahli Gubernur': the principal closes the title ...
            if j < len(doc) and lowers(doc)[j] == FIELD:
                continue  # ... unless a field follows: 'Staf Ahli Wali Kota Bidang Hukum'
            return j
        if low[j] in title_lexicon().unit_short_forms:
            j += 1  # 'Kepala Dinas Kominfo': a field's short form, written out in the title
            continue
        if (
            title_index().match_at(doc, j)
            or text[j] in standalone()
            or low[j] in title_lexicon().status_suffixes
        ):
            break  # 'Sekretaris Dinas, dan | Kepala Dinas': the next title of a list; 'Kepala | DPMPTSP'
        if _lowercase_unit(doc, j):
            j += 1  # 'Kepala Biro pemerintahan Setda Maluku'
            continue
        place = match_place(doc, j)
        institution = head_index().match_at(doc, j) and not (j == start and low[j] in words().sectors)
        if not cap_at(doc, j) or (place and is_region(doc, place)) or institution:  # not 'Dinas | Koperasi'
            if not (low[j] == FIELD or (cap_at(doc, j) and j > 0 and low[j - 1] == AND)):
                break
        j += 1
    while lowers(doc)[j - 1] in {",", AND}:
        j -= 1  # 'Kepala Bidang, Sekretaris Dinas': the comma starts the next title, not this one's unit
    return j


def _holder_opens_unit(doc: Doc, j: int) -> bool:
    """Right after a head title, a given name that opens the clause's name run is the holder, not the unit's
    first word: 'Direktur Utama | Budi Santoso mengatakan', 'Inspektur Jenderal | Wahyu Prasetya.'; not
    'Kepala | Dinas Pertanian Kamri Alwi' (no given name), nor 'Kepala | Bidang ...'."""
    if j >= len(doc) or lowers(doc)[j] not in lexicon.given_names() or match_place(doc, j):
        return False
    return not head_index().match_at(doc, j) and holder_at(doc, j)


@cache
def _honorifics() -> frozenset[str]:
    """Honorifics as written ('Drs', 'H.'): one ends a unit's name, the holder's name follows it."""
    return frozenset(lexicon.people()["honorifics"])


def _coordinated_unit_word(doc: Doc, j: int) -> bool:
    """'Pelayanan dan | Penunjang', 'Bidang | Sabhara': a word right after 'dan' (not ', dan', which opens a
    list's last item) or after the field word goes on the unit."""
    low = lowers(doc)
    return (j >= 2 and low[j - 1] == AND and low[j - 2] != ",") or (j >= 1 and low[j - 1] == FIELD)


def _name_after_and(doc: Doc, j: int) -> bool:
    """'sebagai Kepala Dinas Pendidikan dan | Bambang Wahyudi sebagai ...': after 'dan' a name of two words or
    more, not a unit's next words ('dan Kearsipan', 'dan Penunjang', 'dan Ruang Terbuka Hijau') nor a short
    form ('dan UKM')."""
    if j < 1 or lowers(doc)[j - 1] != AND or not flags(doc).text[j].istitle():
        return False
    return j + 1 < len(doc) and name_at(doc, j + 1) and holder_at(doc, j)


def short_unit(doc: Doc, k: int) -> str | None:
    """The institution a unit's short form at token k stands for: one the article defines ('Dinpusip'), or
    one the lexicon knows ('Bakesbangpol', 'Yonif')."""
    short = flags(doc).text[k]
    known = expand_org(short)
    return defined_short_forms(doc).get(short) or (known if known != short else None)


def defined_short_forms(doc: Doc) -> dict[str, str]:
    """The short forms the article defines in brackets, and the institutions they stand for: 'Dinas
    Perpustakaan dan Kearsipan (Dinpusip)', 'BPKPAD (Badan Pengelolaan Keuangan, Pendapatan dan Aset
    Daerah)'."""
    return memo(doc, _defined_short_forms)


def _defined_short_forms(doc: Doc) -> dict[str, str]:
    text = flags(doc).text
    table: dict[str, str] = {}
    for k in within(positions(doc, OPENING_BRACKET), 1, len(text) - 2):
        if text[k + 2] == ")" and cap_at(doc, k + 1):  # 'NAME (SHORT)'
            named = next((o for s in range(k - 1, max(-1, k - 12), -1) if (o := match_org(doc, s))), None)
            if named is not None and named.alias == text[k + 1]:
                region = closing_region(doc, named.start, named.end)
                unit = named.name.removesuffix(f" {region}") if region else named.name  # not 'Blitar'
                table.setdefault(text[k + 1], unit)
        inner = match_org(doc, k + 1)
        if inner is not None and inner.end < len(text) and text[inner.end] == ")" and cap_at(doc, k - 1):
            table.setdefault(text[k - 1], inner.name)  # 'SHORT (NAME)'
    return table


def after_definition(doc: Doc, k: int) -> int:
    """Past the bracketed name that defines the short form at token k - 1: 'Kepala BPKPAD [(Badan ...)]'."""
    text = flags(doc).text
    inner = match_org(doc, k + 1) if k + 1 < len(text) and text[k] == "(" else None
    return inner.end + 1 if inner is not None and inner.end < len(text) and text[inner.end] == ")" else k


def numbered_short_form(doc: Doc, title: str, k: int) -> bool:
    """A short form of a unit head's title followed by the unit's roman numeral: 'Asda III', not 'Pangdam
    XVII/Cenderawasih' (a unit number and seat)."""
    text = flags(doc).text
    if k >= len(text) or text[k] not in ROMAN or (k + 1 < len(text) and text[k + 1] == "/"):
        return False
    return expand_title(title).split()[0].lower() in unit_heads()


def _lowercase_unit(doc: Doc, j: int) -> bool:
    """One lowercase noun right after a unit word and before a capitalised body names the unit."""
    word = flags(doc).text[j]
    return (
        word.islower()
        and word.isalpha()
        and lowers(doc)[j] not in STOP_WORDS
        and j > 0
        and flags(doc).text[j - 1] in title_lexicon().words["unit_words"]
        and j + 1 < len(doc)
        and cap_at(doc, j + 1)
    )


def unit_text(doc: Doc, start: int, end: int) -> str:
    """The unit words of tokens [start, end) as a name: 'Bidang Protokol, Pers, dan Media', 'Biro
    pemerintahan' -> 'Biro Pemerintahan'."""
    words, written_out = _glued_words(doc, start, end), title_lexicon().unit_short_forms
    return " ".join(
        written_out.get(w.lower())
        or (w if w[:1].isupper() or w.lower() == AND or punct_text(w) else w.capitalize())
        for w in words
    ).replace(" ,", ",")


def _glued_words(doc: Doc, start: int, end: int) -> list[str]:
    """The words of tokens [start, end), tokens written together joined again ('P3AP2' 'KB' -> 'P3AP2KB')."""
    f, words = flags(doc), list[str]()
    for k in range(start, end):
        if k > start and glued(doc, k) and f.text[k].isalnum():
            words[-1] += f.text[k]
        else:
            words.append(word_of(doc, k))  # 'Komisi B.' at a sentence end: 'Komisi B'
    return words


def _continues_list(doc: Doc, j: int) -> bool:
    """A comma inside a unit name only when a 'dan' closes the list: 'Bidang Protokol, Pers, dan Media'."""
    if lowers(doc)[j] == AND:
        return True
    for k in range(j + 1, min(len(doc), j + 8)):
        if lowers(doc)[k] == AND:
            return True
        if not (cap_at(doc, k) or flags(doc).text[k] == ","):
            return False
    return False


def closing_region(doc: Doc, start: int, end: int) -> str | None:
    """The province, regency or city that closes tokens [start, end): 'KPU [Jember]', 'BIN Daerah [Riau]'."""
    for j in range(start + 1, end):
        place = match_place(doc, j, expected=True)
        if place and place.end == end and is_region(doc, place):
            return span_text(doc, place.start, place.end)
    return None
