"""Institutions: government bodies, agencies, schools, parties, outlets, with a bracketed abbreviation as
alias.

The grammar lives in lexicon/orgs.json: a head word ('Dinas', 'Polres', 'SMA') opens a name, and the head's
class says what may follow it: a region ('Pemkab Banyuwangi'), a number ('Kodim 0825/Banyuwangi', 'SMA Negeri
2 Kupang'), capitalised words ('Dinas Komunikasi dan Informatika'), or another institution the head is an
organ of ('Sekretariat DPRD Jawa Timur', 'DPC PDI Perjuangan Trenggalek')."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from kabar_cli.extract.hits import OrgHit
from kabar_cli.extract.org_patterns import (
    AND,
    ROMAN,
    admin_region_end,
    date_name_end,
    holder_at,
    list_comma,
    name_opens,
    past_unit_number,
    rank_before,
    seat_after_name,
    seat_end,
    unit_name_words,
    unit_number_text,
)
from kabar_cli.extract.org_words import (
    alone_index,
    generic_orgs,
    head_index,
    is_country,
    is_region,
    standalone,
    units,
    words,
)
from kabar_cli.extract.places import calendar_words, match_place
from kabar_cli.extract.tokens import (
    cap_at,
    flags,
    lowers,
    memo,
    next_word,
    positions,
    prev_word,
    sentence_end,
    span_text,
    word_of,
)


def _alone_at(doc: Doc, i: int) -> int | None:
    """The end of an institution named alone at token i, a whole word ('PAN', not 'PAN-RB'), or None."""
    alone = alone_index().match_at(doc, i)
    if alone is None:
        return None
    f = flags(doc)
    glued = alone.end + 1 < len(f.text) and f.text[alone.end] == "-" and not f.space[alone.end]
    if glued and f.offset[alone.end] == f.offset[alone.end - 1] + len(f.text[alone.end - 1]):
        return None
    return alone.end


@cache
def _openers() -> frozenset[str]:
    """The lowercase first words of heads and of institutions named alone."""
    return frozenset(head_index().by_rest) | frozenset(alone_index().by_rest)


def _bracket_alias(doc: Doc, j: int) -> str | None:
    """'(Bappeda)' at token j: the abbreviation inside the brackets."""
    text = flags(doc).text
    if j + 2 < len(text) and text[j] == "(" and text[j + 2] == ")" and cap_at(doc, j + 1):
        return text[j + 1]
    return None


def _stops_strict(doc: Doc, j: int) -> bool:
    """After an acronym ('TNI | Amino Setia Budi', 'KPK | OTT', 'BSKDN | Kemendagri'): a word that can only be
    a name, another acronym that is no place, or an institution named alone ends the name."""
    f = flags(doc)
    if f.text[j] in standalone() or alone_index().match_at(doc, j):
        return True
    if f.name[j] or (f.text[j].isupper() and len(f.text[j]) > 1 and not unit_number_text(f.text[j])):
        return not match_place(doc, j) and not head_index().match_at(doc, j)
    return False


def _after_bracket(doc: Doc, j: int, national: bool) -> int:
    """After '(BKD)': a region that locates the body ('Dinas Sosial (Dinsos) Kabupaten Jember') stays in the
    name, a name does not ('Badan Kepegawaian Daerah (BKD) Indah Wahyuni')."""
    k = next_word(doc, j)
    owner = _owner_at(doc, k)
    if owner:
        return owner.end  # 'Dinas Penanaman Modal (DPMPTSP) Pemkab Badung'
    place = match_place(doc, k, expected=True) if k < len(doc) else None
    keep = place and not is_country(doc, place) and not (national and place.level is None)
    return place.end if place and keep else j


def _owner_at(doc: Doc, k: int) -> OrgHit | None:
    """A regional government opening at token k, which owns the body named before it: 'Pemkab Jember'."""
    head = head_index().match_at(doc, k) if k < len(doc) else None
    if head is None or span_text(doc, k, head.end) not in words().owners:
        return None
    return match_org(doc, k)


def _named_after_bracket(doc: Doc, j: int) -> bool:
    """A capitalised word after the bracket that is no place and no institution: the name goes on."""
    return j < len(doc) and cap_at(doc, j) and not match_place(doc, j) and not match_org(doc, j)


def _joins(doc: Doc, j: int) -> bool:
    """'dan', '&' or '-' inside a name ('Dinas Komunikasi dan Informatika'), not between two institutions
    ('Kementerian PANRB dan Kementerian Dalam Negeri')."""
    f, low = flags(doc), lowers(doc)
    if low[j] not in {AND, "&", "-"} or j + 1 >= len(low) or not f.cap[j + 1] or j == 0:
        return False
    return not doc[j - 1].is_punct and not (low[j] == AND and head_index().match_at(doc, j + 1))


def _country_goes_on(doc: Doc, place) -> bool:
    """A country inside a name that a capital continues: 'Partai Demokrasi Indonesia Perjuangan'."""
    f, end = flags(doc), place.end
    return is_country(doc, place) and end < len(f.text) and f.cap[end] and not head_index().match_at(doc, end)


@dataclass(frozen=True)
class Mode:
    """How a head's name goes on. `strict` (after an acronym): stop at a word that can only be a name.
    `national` (a ministry): a region without its admin prefix is where the body sits, not part of it.
    `proper` (a university, a school): a city after an institution named inside it is part of the name.
    `titled` (a title opens the body: 'Kepala Dinas Pertanian'): the holder's name may follow the body.
    `single` (a party): an institution named alone after the name's first word is the next one of a list
    ('Partai Demokrat | Gerindra dan Partai Hanura'), not part of the name.
    `seated` (a university): a city or province after a proper name is where it sits ('Universitas Hasanuddin
    | Makassar'), after common words part of the name ('Universitas Negeri Semarang')."""

    strict: bool = False
    national: bool = False
    proper: bool = False
    titled: bool = False
    single: bool = False
    seated: bool = False


def _extend_named(doc: Doc, j: int, mode: Mode = Mode()) -> tuple[int, str | None]:
    """Continue a descriptive name over capitalised words, numbers, 'dan' and hyphens: 'Dinas Komunikasi dan
    Informatika', 'SMA Negeri 2 Kupang'."""
    alias, f, low, start = None, flags(doc), lowers(doc), j
    strict, national = mode.strict, mode.national
    while j < len(low):
        if strict and _stops_strict(doc, j):
            break
        if _bracket_alias(doc, j):
            alias = _bracket_alias(doc, j)
            if j == start and _named_after_bracket(doc, j + 3):
                j += 3  # 'Direktorat Jenderal (Ditjen) Otonomi Daerah': the abbreviation of the head alone
                continue
            return _after_bracket(
                doc, j + 3, national or mode.seated
            ), alias  # 'Badan Kepegawaian Daerah (BKD)'
        if date_name_end(doc, j) > j:
            j = date_name_end(doc, j)
            continue
        if not strict and list_comma(doc, j):
            j += 2 if low[j + 1] == AND else 1  # ', dan Perlindungan Anak'
            continue
        if _joins(doc, j) or unit_number_text(f.text[j]):
            j += 1
            continue
        if not f.cap[j] or low[j] in words().enders or low[j] in calendar_words():
            break
        if (mode.titled or national) and j > start and holder_at(doc, j):
            break  # 'Kepala Dinas Pertanian | Kamri Alwi, Kepala Dinas ...', 'Kementerian Kesehatan | Budi'
        stop = _inner_stop(doc, j, mode, j > start)
        if stop is not None:
            return stop, alias or (
                _bracket_alias(doc, stop - 3) if stop - 3 > j else None
            )  # '... Indonesia (Askompsi)'
        j += 1
    return j, alias


def _inner_stop(doc: Doc, j: int, mode: Mode, named: bool = False) -> int | None:
    """Where a name ends at token j, or None when it goes on: before another institution ('Bagian Humas |
    Pemkot Malang', 'Direktorat Jenderal Otonomi Daerah | Kementerian'), after a parent named alone ('Pusat
    Penerangan Kemendagri'), after a region ('Dinas Kesehatan Kabupaten Jember'), with its bracketed
    abbreviation and a closing roman numeral."""
    owner = _owner_at(doc, j)
    if owner:
        return owner.end  # 'Dinas Kesehatan Pemkab Jember': the government it belongs to
    inner = head_index().match_at(doc, j)
    if inner and (inner.payload == "region" or span_text(doc, j, inner.end) in words().national):
        return j  # 'Direktorat Jenderal Otonomi Daerah | Kementerian Dalam Negeri'
    alone = alone_index().match_at(doc, j) if not mode.strict else None
    if alone and not inner and mode.single and named:
        return j  # 'Partai Demokrat | Gerindra': `named`, the name has a word before j
    if alone and not inner:
        place = match_place(doc, alone.end, expected=True) if mode.proper and alone.end < len(doc) else None
        return (
            place.end if place and is_region(doc, place) else alone.end
        )  # 'Universitas Muhammadiyah Malang'
    if mode.seated and named and seat_after_name(doc, j):
        return j  # 'Universitas Mulawarman | Kalimantan Timur'
    place = match_place(doc, j)
    if not (place and is_region(doc, place)) or _country_goes_on(doc, place):
        return None
    if mode.national and place.level is None:
        return j  # 'Kementerian Dalam Negeri | Jakarta'
    end = place.end
    if end < len(doc) and ROMAN.match(flags(doc).text[end]) and not name_opens(doc, end):
        end += 1  # 'Kodam Jaya I'; not 'Bawaslu Provinsi Bali | I Ketut Rudia', a Balinese name
    return end + 3 if _bracket_alias(doc, end) else end


def _extend_region(doc: Doc, j: int, numbered: bool = False) -> tuple[int, str | None]:
    """After 'Pemkab', 'DPRD', 'Pemerintah Kota (Pemkot)': one place name, or one capitalised word that ends
    the name ('DPRD | Fokus Jaga': a headline's capitals are no region). `numbered`: 'Kodim
    0825/Banyuwangi'."""
    alias = _bracket_alias(doc, j)
    if alias:
        j += 3
    start = j
    if numbered:
        j = past_unit_number(doc, j)
    place = match_place(doc, j, expected=True) if j < len(doc) else None
    if place:
        return place.end, alias
    low, cap = lowers(doc), flags(doc).cap
    if j < len(low) and cap[j] and low[j] not in words().enders and low[j] not in calendar_words():
        k = j + 1 if j == start else j + unit_name_words(doc, j)  # 'Korem 083/Baladhika Jaya'
        place = match_place(doc, k, expected=True) if k < len(low) and j == start else None
        if place and is_region(doc, place):
            return place.end, alias  # 'RSUD Soedono Madiun'
        if j > start or k == len(low) or not cap[k]:
            return k, alias
    return j, alias


def match_org(doc: Doc, i: int) -> OrgHit | None:
    """An institution starting at token i: 'Kementerian Dalam Negeri (Kemendagri)', 'Pemkab Banyuwangi',
    'BKKBN'."""
    if lowers(doc)[i] not in _openers():
        return None  # no head word and no institution named alone opens here (most capitals)
    return memo(doc, _match_org, i)  # shared: callers never change hits


def _match_org(doc: Doc, i: int) -> OrgHit | None:
    if not cap_at(doc, i):
        return None
    head = head_index().match_at(doc, i)
    if head is not None:
        end, alias = _extend(doc, i, head.end, head.payload)
        end = min(_trim(doc, i, head.end, end), sentence_end(doc, i))  # not 'Komisi B. | Sebelum ...'
        if end > head.end or span_text(doc, i, end) in standalone():
            hit = _named_hit(doc, i, end, alias)
            return replace(hit, end=seat_end(doc, i, head.end, end))
    alone = _alone_at(doc, i)
    if alone is None or rank_before(doc, i):
        return None
    return OrgHit(i, alone, name=span_text(doc, i, alone))


def _named_hit(doc: Doc, i: int, end: int, alias: str | None) -> OrgHit:
    """The institution over tokens [i, end), named without its bracketed alias: 'Badan Kepegawaian Daerah'."""
    f, name = flags(doc), ""
    for k in range(i, end):
        if not _inside_brackets(doc, k, alias) and not f.space[k]:
            glued = k > i and not f.source[f.offset[k] - 1].isspace()
            name += f.text[k] if glued else " " + word_of(doc, k)  # 'P2KB', 'Korem 083/Baladhika Jaya'
    return OrgHit(i, end, name=" ".join(name.replace(" - ", "-").split()), alias=alias)


def _extend(doc: Doc, i: int, head_end: int, kind: str) -> tuple[int, str | None]:
    """The end of the name a head opens, by the head's class, and its bracketed alias."""
    head_text, w = span_text(doc, i, head_end), words()
    if head_text in w.organs and head_end < len(doc) and match_org(doc, head_end):
        return _organ_end(doc, head_end), None  # 'DPP | Partai Berkarya': the body the organ belongs to
    if kind == "region":
        end, alias = _extend_region(doc, head_end, numbered=head_text in w.numbered)
    else:
        loose = head_text in w.schools or head_text in w.named_acronyms
        strict = head_text.isupper() and not loose
        before = prev_word(doc, i)
        titled = before >= 0 and lowers(doc)[before] in w.title_words
        kinds = (head_text in w.national, head_text in w.proper, titled, head_text in w.single)
        mode = Mode(strict, *kinds, seated=head_text in w.seated)
        end, alias = _extend_named(doc, head_end, mode)
        place = match_place(doc, head_end) if head_text in w.needs_name else None
        if place and place.end >= end:
            return head_end, None  # 'Pusat | Kota Jember'
    if head_text in w.organs and end < len(doc):
        end = _organ_end(doc, end)  # 'Dewan Pimpinan Cabang (DPC) Partai Demokrat Kota Malang'
    return end, alias


def _organ_end(doc: Doc, end: int) -> int:
    """An organ named with the institution it belongs to: 'Sekretariat DPRD Provinsi Jawa Timur', 'DPC PDI
    Perjuangan Trenggalek', 'Kominfo Pemkab Probolinggo': the name runs over that institution and a region."""
    inner = match_org(doc, end)
    if inner is None:
        return end
    place = match_place(doc, inner.end, expected=True) if inner.end < len(doc) else None
    return place.end if place and is_region(doc, place) else admin_region_end(doc, inner.end)


def _trim(doc: Doc, start: int, head_end: int, end: int) -> int:
    """Drop a dangling '(' or '-' and a ')' that closes nothing inside the name."""
    text = flags(doc).text
    while end > head_end and (
        text[end - 1] in {"(", "-"} or (text[end - 1] == ")" and not _closes(doc, start, end))
    ):
        end -= 1
    return end


def _closes(doc: Doc, start: int, end: int) -> bool:
    """A ')' at the end of the span closes a '(' inside it: keep it ('Kementerian Dalam Negeri
    (Kemendagri)')."""
    words_ = flags(doc).text[start:end]
    return words_.count("(") >= words_.count(")")


def _inside_brackets(doc: Doc, k: int, alias: str | None) -> bool:
    if alias is None:
        return False
    text = flags(doc).text
    return text[k] in {"(", ")"} or (text[k] == alias and k > 0 and text[k - 1] == "(")


def _outlet_shape(word: str) -> bool:
    """A news outlet's name: 'detikcom', 'Kompas.com', 'KOMPAS.TV', 'TribunWiki', 'Jawarapost', 'ANTARA'."""
    low, w = word.lower(), words()
    if not low[:1].isalpha():
        return False
    return low.startswith(w.outlet_roots) or (low.endswith(w.outlet_suffixes) and len(low) > 5)


def find_outlets(doc: Doc) -> Iterator[OrgHit]:
    """Outlets named in the body after a cue: 'kata Rina kepada detikcom', 'dilansir dari Antara', 'diterima
    Kompas.com', 'dikutip dari KOMPAS.TV'."""
    f, low, w = flags(doc), lowers(doc), words()
    for cue in positions(doc, w.outlet_cues):
        k = cue + 1
        while k < len(low) and (low[k] in w.outlet_skip or f.space[k]):
            k += 1
        if k < len(low) and _outlet_shape(f.text[k]) and not match_org(doc, k):
            end = k + 2 if k + 1 < len(low) and f.text[k + 1] in w.outlet_tails else k + 1
            yield OrgHit(k, end, name=span_text(doc, k, end))


def _inner_orgs(doc: Doc, hit: OrgHit) -> Iterator[OrgHit]:
    """The institution a body belongs to, named inside it: 'Universitas Tanjungpura' in 'Fakultas Hukum
    Universitas Tanjungpura', 'PDI Perjuangan' in 'DPC PDI Perjuangan Trenggalek' (organs), 'Pemkab Jember' in
    'Dinas Kesehatan Pemkab Jember' (owners)."""
    head, w = head_index().match_at(doc, hit.start), words()
    organ = head is not None and span_text(doc, hit.start, head.end) in w.organs
    for k in range(head.end if head else hit.end, hit.end):
        inner = match_org(doc, k) if cap_at(doc, k) and flags(doc).text[k - 1] != "(" else None
        if inner is None or inner.end > hit.end:
            continue  # '(Pemkab)' in 'Pemerintah Kabupaten (Pemkab) Lumajang' is its alias
        if organ or _owner_at(doc, k):
            yield inner
            return


def _yields(doc: Doc, hit: OrgHit) -> bool:
    """A hit that names an institution: not a kind ('Badan Usaha Milik Desa'), and a unit ('Bagian Humas')
    only when no title opens it ('Kepala Bagian Humas Pemkot Malang' names the body after it)."""
    if hit.name.lower() in generic_orgs():
        return False
    if flags(doc).text[hit.start] not in units():
        return True
    before = prev_word(doc, hit.start)
    return before >= 0 and lowers(doc)[before] not in words().title_words and not cap_at(doc, before)


def find_orgs(doc: Doc, inside_places: frozenset[int] = frozenset()) -> Iterator[OrgHit]:
    """Institutions, left to right, longest first; a bracketed abbreviation after the name becomes its alias.
    A head word inside a place name ('Seram Bagian Barat') starts nothing."""
    f, low, after, found = flags(doc), lowers(doc), 0, list(find_outlets(doc))
    openers, not_orgs = _openers(), words().not_orgs
    taken = {k for hit in found for k in range(hit.start, hit.end)}
    for i in f.capitals:  # every institution opens with a capital, and with a head or a name of its own
        if i < after or low[i] not in openers or f.text[i] in not_orgs or i in inside_places or i in taken:
            continue
        hit = match_org(doc, i)
        if hit:
            found.extend([hit] if _yields(doc, hit) else [])
            found.extend(_inner_orgs(doc, hit))  # 'Kepala Bagian Humas Pemkot Malang' names Pemkot Malang
            after = hit.end
    yield from sorted(found, key=lambda hit: (hit.start, -hit.end))
