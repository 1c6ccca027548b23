"""Official titles with their status and the body they belong to.

Handles: 'Bupati Banyuwangi', 'Plh. Sekretaris Daerah Provinsi Jawa Timur', 'Sekretaris Daerah (Sekda)
Pemerintah Kabupaten Banyuwangi', 'Calon Wakil Bupati Banyuwangi', 'mantan Kepala Dinas', 'Ketua Komisi I
DPRD Banyuwangi', 'Kepala Bidang Fisik dan Prasarana di Badan Perencanaan ...', 'Wali Kota dan Wakil Wali
Kota terpilih' (candidate), 'Pj Gubernur Sulsel'.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.hits import PlaceHit, TitleHit
from kabar_cli.extract.org_patterns import name_opens, numbered_unit, unit_name_words, unit_number_text
from kabar_cli.extract.org_words import is_region, rank_words, standalone
from kabar_cli.extract.orgs import match_org
from kabar_cli.extract.person_words import words_of
from kabar_cli.extract.places import calendar_words, geographic_heads, match_place
from kabar_cli.extract.title_units import (
    after_definition,
    closing_region,
    continue_unit,
    numbered_short_form,
    short_unit,
    unit_text,
)
from kabar_cli.extract.title_words import (
    AND,
    FIELD,
    ROMAN,
    first_words,
    placeless,
    status_indexes,
    title_index,
    unit_heads,
)
from kabar_cli.extract.tokens import (
    Match,
    cap_at,
    flags,
    lowers,
    memo,
    name_at,
    next_word,
    positions,
    span_text,
    words_in,
)
from kabar_cli.lexicon.regions import load_gazetteer
from kabar_cli.lexicon.title_grammar import expand_title, title_lexicon
from kabar_cli.normalise import expand_org


def _prefixes(doc: Doc, i: int) -> tuple[int, str]:
    """Skip 'mantan', 'Pj.', 'Plt', 'Penjabat (Pj)', 'Calon' before a title; return where the title starts
    and the status."""
    status, low, start = "current", lowers(doc), -1
    while start != i:  # 'calon Pj Wali Kota': a candidate for an acting post is a candidate
        start = i
        for index in status_indexes():
            match = index.match_at(doc, i) if i < len(low) and low[i] in index.by_rest else None
            if match:
                status = match.payload if status == "current" else status
                i = match.end
                if i + 2 < len(doc) and flags(doc).text[i] == "(" and flags(doc).text[i + 2] == ")":
                    i += 3
    return i, status


def _body(doc: Doc, j: int, unit: bool, no_place: bool = False) -> tuple[int, str | None]:
    """The body after a title: an institution, a place ('Kabupaten Banyuwangi'), or 'di <institution>' for
    unit heads; no place when `no_place` (after a court panel's post: 'Hakim Ketua | Lingga Prasetyo')."""
    if j < len(doc) and flags(doc).text[j] == "(" and j + 2 < len(doc) and flags(doc).text[j + 2] == ")":
        j += 3
    numbered = _unit_number(doc, j)
    if numbered:
        end = _seat_end(doc, j + 3)
        return end, span_text(doc, j + 2, end)
    if _numbered_seat(doc, j):  # 'Dandim 0815 Mojokerto Letkol ...': the number and the seat, no slash
        end = j + 1 + unit_name_words(doc, j + 1)
        return end, span_text(doc, j + 1, end)
    if _roman_seat(doc, j):  # 'Pangdam VI Wirabuana': the numeral and the seat without a slash
        return j + 2, flags(doc).text[j + 1]
    if j + 1 < len(doc) and lowers(doc)[j] in title_lexicon().words["region_kind_short"]:
        place = match_place(doc, j + 1, expected=True)  # 'Wakil Ketua TP PKK Kab Badung': no dot after 'Kab'
        if place:
            return place.end, span_text(doc, place.start, place.end)
    if unit and j + 1 < len(doc) and lowers(doc)[j] in title_lexicon().words["unit_body_prepositions"]:
        org = match_org(doc, j + 1)
        if org:
            return org.end, org.name
    if j >= len(doc):
        return j, None
    org = match_org(doc, j)
    if org:
        return _locating_tail(doc, org.end), org.name
    place = None if no_place else match_place(doc, j, expected=True)
    if place and _name_not_place(doc, place, unit):
        place = None  # 'Kepala BKD Indah Wahyuni': a word-like place name followed by a name is the name
    if place:
        return _locator(doc, place.end), span_text(doc, place.start, place.end)
    word = flags(doc).text[j]
    if not unit and word.isupper() and 2 <= len(word) <= 5 and word.isalpha():
        return j + 1, flags(doc).text[j]  # 'Pj Bupati SBB': a region's abbreviation
    return j, None


def _name_not_place(doc: Doc, place: PlaceHit, unit: bool) -> bool:
    """A village-level place name right after a title, a capitalised word after it, that is a given name
    ('Sekretaris Jenderal | Bambang Riyadi') or, after a unit head, a common word ('Kepala BKD | Indah
    Wahyuni'): the holder's name, not the title's place."""
    if place.level is not None or place.end >= len(doc) or not flags(doc).text[place.end][:1].isupper():
        return False
    name = span_text(doc, place.start, place.end)
    if place.end == place.start + 1 and name.lower() in lexicon.given_names():
        return True
    return unit and load_gazetteer().is_ambiguous_word(name)


def _seat_end(doc: Doc, k: int) -> int:
    """A unit's seat goes on over capitalised words up to the holder's rank: 'Danbrigif 20/Ima [Jaya Keramo]',
    'Dandim 0825/Banyuwangi | Letkol ...' (a holder's name after a unit comes after a rank)."""
    low, start = lowers(doc), k
    while k < len(low) and k - start < 3 and cap_at(doc, k) and low[k] not in rank_words():
        if title_index().match_at(doc, k) or flags(doc).text[k] in standalone():
            break
        k += 1
    return k


def _roman_seat(doc: Doc, j: int) -> bool:
    """A unit's roman numeral then its seat's one capitalised word, the holder's rank or a comma after it:
    'Pangdam [VI Wirabuana], Mayjen ...'."""
    text, low = flags(doc).text, lowers(doc)
    if j + 2 >= len(text) or text[j] not in ROMAN or not cap_at(doc, j + 1) or low[j + 1] in rank_words():
        return False
    return low[j + 2] in rank_words() or not cap_at(doc, j + 2)


def _numbered_seat(doc: Doc, j: int) -> bool:
    """A unit's number (no year) then its seat's capitalised word, no slash: 'Danrem [132 Tadulako]'; not a
    date ('kepala daerah 27 November 2024')."""
    text = flags(doc).text
    if j + 1 >= len(text) or not (text[j].isdigit() and unit_number_text(text[j]) and cap_at(doc, j + 1)):
        return False
    return text[j + 1].lower() not in calendar_words()


def _unit_number(doc: Doc, j: int) -> str | None:
    """A military or police unit by its number and seat: 'Dandim [0825/Banyuwangi]', 'Pangdam [V/Brawijaya]',
    'Danrem [162/WB]': the seat is the body."""
    text = flags(doc).text
    if j + 2 >= len(text) or text[j + 1] != "/" or not cap_at(doc, j + 2) and not text[j + 2].isdigit():
        return None
    number = text[j]
    return text[j + 2] if (number.isdigit() and len(number) <= 4) or number in ROMAN else None


def _locator(doc: Doc, j: int) -> int:
    """'Wakil Bupati Pohuwato Provinsi Gorontalo', 'Bupati Seram Bagian Barat (SBB)', 'Kepala Kejaksaan
    Negeri Bone Sulawesi Selatan Mulyadi': a following 'Provinsi X', a bracketed abbreviation or a region
    before the holder only locates the body; keep it in the span."""
    if j + 2 < len(doc) and flags(doc).text[j] == "(" and flags(doc).text[j + 2] == ")":
        return j + 3
    if j < len(doc) and lowers(doc)[j] in title_lexicon().words["locator_kinds"]:
        place = match_place(doc, j)
        if place:
            return place.end
    return _locating_tail(doc, j)  # 'Kepala Kejaksaan Negeri Bone [Sulawesi Selatan] Mulyadi'


def _village_of(doc: Doc, k: int, kind: str | None = None) -> tuple[int, str | None]:
    """'Kepala Desa [Tanjungrejo], Kecamatan Jekulo, ...': after a title ending in a village's kind (or after
    the kind: 'Perbekel Desa [Tojan] I Nyoman'), one capitalised word before a comma and another capital is
    the village's name, one no gazetteer lists (a name there would go on: 'Kepala Desa Ujang Suherman,
    mengatakan'); so are the words before the first given name of a capitalised run ('Kepala Dusun [Krajan]
    Slamet Riyadi')."""
    text = flags(doc).text
    end = _before_given_name(doc, k)
    if end is None and (k + 2 >= len(text) or not cap_at(doc, k) or text[k + 1] != ","):
        return k - (kind is not None), None
    if end is None:
        after = next_word(doc, k + 2)
        if after >= len(text) or not cap_at(doc, after) or title_index().match_at(doc, after) is not None:
            return k - (kind is not None), None  # not 'Kepala Desa Suyanto, Sekretaris Desa Budi': a list
        end = k + 1
    village = span_text(doc, k, end)
    return end, f"{kind} {village}" if kind else village


def _before_given_name(doc: Doc, k: int) -> int | None:
    """The first given name of the capitalised run from token k, not its first word: 'Krajan | Slamet'; none
    when the run opens with one ('Sekretaris Desa Budi Lestari': the run is the name)."""
    names, name, low = lexicon.given_names(), flags(doc).name, lowers(doc)
    if k >= len(low) or low[k] in names:
        return None
    j = k
    while j < len(name) and j - k < 4 and name[j] and cap_at(doc, j):
        if j > k and (low[j] in names or name_opens(doc, j)):
            return j
        j += 1
    return None


def _locating_tail(doc: Doc, j: int) -> int:
    """'Kepala Kantor Wilayah Kementerian Agama [Jawa Timur] Husnul Maram', 'Ketua Fraksi PKB [DPRD Kota Batu]
    Ahmad': a province, regency or city, the body a faction or commission sits in (after 'dari' too), or
    one word before the holder's rank, after the title's body and before its holder locates the office;
    keep it in the span."""
    if j + 1 < len(doc) and lowers(doc)[j] in words_of("affiliation_prepositions"):
        tail = _locating_tail(doc, j + 1)  # 'Anggota DPRD Jatim [dari Fraksi PKB] Ahmad'
        return tail if tail > j + 1 else j
    if j >= len(doc) or not cap_at(doc, j):
        return j
    if j + 1 < len(doc) and lowers(doc)[j + 1] in rank_words() and lowers(doc)[j] not in rank_words():
        return j + 1  # 'Kapolsek Pamekasan [Kota] AKP Ahmad': one word of the seat before the holder's rank
    place = match_place(doc, j)
    end = place.end if place is not None and is_region(doc, place) else None
    if end is None:
        parent = match_org(doc, j)
        end = parent.end if parent is not None else None
    return end if end is not None and end < len(doc) and name_at(doc, end) else j


def _bare_title_of_org(doc: Doc, i: int, k: int, title: str, status: str) -> TitleHit | None:
    """'Kepala BKKBN', 'Ketua KPU Jember': a bare head title takes its unit from the institution that
    follows; a region closing the institution's name is the body ('Kepala BIN Daerah Riau': Kepala Badan
    Intelijen Negara Daerah, of Riau)."""
    org = match_org(doc, k) if k < len(doc) else None
    if org is None:
        return _bare_title_of_short_form(doc, i, k, title, status)
    numbered = numbered_unit(org.name)
    if numbered:  # 'Komandan Korem 031 Wirabima': Komandan Korem of '031 Wirabima'
        unit = expand_org(numbered[0])  # 'Yonif' -> 'Batalyon Infanteri'; 'Korem' stays
        return TitleHit(i, org.end, title=f"{title} {unit}", of=numbered[1], status=status, head_end=k)
    region = closing_region(doc, org.start, org.end)
    if region and org.name.endswith(" " + region):
        unit = org.name[: -len(region)].strip()
        return TitleHit(i, org.end, title=f"{title} {expand_org(unit)}", of=region, status=status, head_end=k)
    end = _locating_tail(doc, org.end)  # 'Ketua Badan Kehormatan [DPRD Kota Depok] Hamzah'
    return TitleHit(i, end, title=f"{title} {expand_org(org.name)}", of=org.name, status=status, head_end=k)


def _bare_title_of_short_form(doc: Doc, i: int, k: int, title: str, status: str) -> TitleHit | None:
    """'menjadi Kepala Pelaksana BPBD,': a unit's short form with no region after it (no institution by
    itself) still names the unit of a bare head title."""
    short = flags(doc).text[k] if k < len(doc) else ""
    unit = expand_org(short) if short[:1].isupper() else short
    return (
        TitleHit(i, k + 1, title=f"{title} {unit}", status=status, head_end=k + 1) if unit != short else None
    )


def match_title(doc: Doc, i: int, allow_lower: bool = False) -> TitleHit | None:
    """A title starting at token i, with its prefixes, unit words, bracketed abbreviation and body."""
    if i >= len(doc) or lowers(doc)[i] not in first_words():  # a title or its status prefix opens here
        return None
    # `allow_lower` only lets a lowercase first word open a title: for a capitalised one both askers share
    # one answer
    hit = memo(doc, _match_title, i, allow_lower and not cap_at(doc, i))
    return hit  # frozen: a caller that changes the status or body makes its own hit


def _match_title(doc: Doc, i: int, allow_lower: bool) -> TitleHit | None:
    j, status = _prefixes(doc, i)
    if j >= len(doc) or not (cap_at(doc, j) or allow_lower or j > i):
        return None
    match = title_index().match_at(doc, j)
    inner = _deputy_of(doc, j)
    deputy = inner is not None and (match is None or inner.end > match.end)
    if deputy:
        match = inner  # 'Wakil Menteri Desa': the deputy of any post, when no listed title reaches as far
    if match is None:
        return None
    title, k = match.payload, match.end
    if deputy:
        title = f"{title_lexicon().deputy_prefix} {expand_title(title)}"
    k = _bracketed_alias(doc, k)
    head_end = k
    unit = title.lower() in unit_heads()
    if unit:
        k = continue_unit(doc, k)
        defined = short_unit(doc, head_end) if k == head_end + 1 else None
        if defined:  # 'Kepala Dinpusip', the article having written 'Dinas Perpustakaan ... (Dinpusip)'
            title, k = f"{title} {defined}", after_definition(doc, k)
        else:
            title = f"{title} {unit_text(doc, head_end, k)}" if k > head_end else title
            k = _bracketed_alias(doc, k)  # 'Direktur Jenderal Otonomi Daerah (Dirjen Otda)'
    elif numbered_short_form(doc, title, k):
        title, k = f"{expand_title(title)} {flags(doc).text[k]}", k + 1  # 'Asda III' -> 'Asisten Daerah III'
    elif k + 1 < len(doc) and lowers(doc)[k] == FIELD and cap_at(doc, k + 1):
        end = continue_unit(doc, k)  # 'Staf Khusus Presiden [Bidang Sosial]'
        title, k = f"{expand_title(title)} {unit_text(doc, k, end)}", end
    k, status = _status_suffix(doc, k, status)  # 'Wali Kota Terpilih Surabaya', 'Ketua sementara DPRD'
    if title in title_lexicon().words["bare_titles"]:
        return _bare_title_of_org(doc, i, k, title, status)
    k, body = _body(doc, k, unit, no_place=placeless(title))
    if body is None and title.split()[-1] in geographic_heads():
        k, body = _village_of(doc, k)  # 'Kepala Desa [Krajan] Slamet'
    elif body is None and k + 1 < len(doc) and flags(doc).text[k] in geographic_heads():
        k, body = _village_of(doc, k + 1, flags(doc).text[k])  # 'Perbekel [Desa Tojan] I Nyoman'
    k, status = _status_suffix(doc, k, status)  # 'Wali Kota Bandung nonaktif'
    k = _term_or_number(doc, k)
    title = expand_title(title)
    for marker, marked in title_lexicon().status_markers:
        if title.startswith(marker):  # 'Penjagub' -> 'Penjabat Gubernur': the abbreviation carried the status
            title, status = title[len(marker) :], marked
    return TitleHit(i, k, title=title, of=body, status=status, head_end=k if body is None else head_end)


def _deputy_of(doc: Doc, j: int) -> Match[str] | None:
    """The title after 'Wakil' at token j: 'Menteri Desa' in 'Wakil Menteri Desa'."""
    if j + 1 >= len(doc) or flags(doc).text[j] != title_lexicon().deputy_prefix:
        return None
    return title_index().match_at(doc, j + 1)


def _term_or_number(doc: Doc, k: int) -> int:
    """Step over a term or a ticket number written after the title, so the name after it is next to it:
    'Ketua DPRD Jatim [periode 2019-2024] Kusnadi', 'Calon Bupati Sleman [nomor urut 2], Ani'."""
    low, words = lowers(doc), title_lexicon().words
    j = k
    if j < len(low) and low[j] in words["term_words"]:
        j = next_word(doc, j + 1)
    else:
        while j < len(low) and low[j] in words["ticket_number_words"]:
            j = next_word(doc, j + 1)
    if j == k or j >= len(low) or not low[j][:1].isdigit():
        return k
    j += 1
    if j + 1 < len(low) and low[j] == "-" and low[j + 1].isdigit():
        j += 2  # '2019 - 2024' written apart
    return j


def _status_suffix(doc: Doc, k: int, status: str) -> tuple[int, str]:
    """A word after the title or its body that gives the status: 'Bupati terpilih' (candidate), 'Ketua
    sementara DPRD' (acting), 'Wali Kota Bandung nonaktif' (the holder still)."""
    low, suffixes = lowers(doc), title_lexicon().status_suffixes
    pair = f"{low[k]} {low[k + 1]}" if k + 1 < len(low) else ""
    if pair in suffixes:  # 'Non Aktif' written apart
        return k + 2, status if suffixes[pair] == "current" else suffixes[pair]
    given = suffixes.get(low[k]) if k < len(low) else None
    if given is None:
        return k, status
    return k + 1, status if given == "current" else given


def _bracketed_alias(doc: Doc, k: int) -> int:
    """Step over the title's own abbreviation in brackets: 'Sekretaris Daerah (Sekda)', '... (Menpan RB)',
    'Direktur Jenderal Otonomi Daerah (Dirjen Otda)'."""
    text = flags(doc).text
    alias = title_index().match_at(doc, k + 1) if k + 1 < len(doc) and text[k] == "(" else None
    j = alias.end if alias else k
    while alias and j < len(text) and j - alias.end < 2 and cap_at(doc, j):
        j += 1  # '(Dirjen Otda)': the short form of the title with its unit's
    return j + 1 if alias and j < len(text) and text[j] == ")" else k


def _lowercase_with_body(doc: Doc, i: int) -> TitleHit | None:
    """'ketua DPRD Provinsi Jatim Anik', 'anggota DPRD Kota Pontianak', 'anggota DPRD yakni Joko': a title
    written in lowercase counts when a body follows it or it names one (alone, 'ketua' or 'kepala' is a
    common noun), or when it is a court panel's post before a name ('hakim anggota Dewi')."""
    if flags(doc).text[i][:1].isupper():
        return None
    hit = match_title(doc, i, allow_lower=True)
    if hit is None:
        return None
    names_body = any(len(word) > 1 and word.isupper() for word in hit.title.split())  # 'anggota DPRD'
    panel = placeless(hit.title) and name_at(doc, hit.end)  # 'hakim anggota Dewi'
    return hit if hit.of is not None or names_body or panel else None


def find_titles(doc: Doc) -> Iterator[TitleHit]:
    """Titles left to right; the lowercase forms ('bupati petahana') are left to the binding rules."""
    after, last = 0, None
    for i in positions(doc, first_words()):
        if i < after:
            continue
        hit = match_title(doc, i) or _lowercase_with_body(doc, i)
        if hit:
            last = hit = shared_candidacy(doc, last, hit)
            yield hit
            after = hit.end


def shared_candidacy(doc: Doc, last: TitleHit | None, hit: TitleHit) -> TitleHit:
    """'calon bupati dan wakil bupati Bantul': the candidacy of a title covers the title joined to it."""
    if last is None or last.status != "candidate" or hit.status != "current":
        return hit
    return replace(hit, status="candidate") if words_in(doc, last.end, hit.start) == [AND] else hit
