"""Institutions: government bodies, agencies, schools, associations, with a bracketed abbreviation as alias."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.hits import OrgHit
from kabar_cli.extract.places import match_place
from kabar_cli.extract.tokens import (
    PhraseIndex,
    cap_at,
    flags,
    lowers,
    memo,
    non_name_words,
    span_text,
)
from kabar_cli.lexicon.regions import load_gazetteer

STOP_WORDS = {
    "bupati",
    "wakil",
    "gubernur",
    "sekda",
    "camat",
    "kepala",
    "ketua",
    "wali",
    "walikota",
    "menteri",
}


@cache
def head_index() -> PhraseIndex[str]:
    data = lexicon.orgs()
    kinds = {h: "region" for h in data["region_heads"]}
    return PhraseIndex((h, kinds.get(h, "named")) for h in data["heads"])


@cache
def units() -> frozenset[str]:
    return frozenset(lexicon.orgs()["units"])


@cache
def national_heads() -> frozenset[str]:
    return frozenset(lexicon.orgs()["national_heads"])


@cache
def generic_orgs() -> frozenset[str]:
    return frozenset(name.lower() for name in lexicon.orgs()["generic_orgs"])


@cache
def standalone() -> frozenset[str]:
    return frozenset(lexicon.orgs()["standalone"])


def _bracket_alias(doc: Doc, j: int) -> str | None:
    """'(Bappeda)' at token j: the abbreviation inside the brackets."""
    text = flags(doc).text
    if j + 2 < len(text) and text[j] == "(" and text[j + 2] == ")" and cap_at(doc, j + 1):
        return text[j + 1]
    return None


def _extend_named(doc: Doc, j: int, strict: bool = False, national: bool = False) -> tuple[int, str | None]:
    """Continue a descriptive name over capitalised words, 'dan' and hyphens: 'Dinas Komunikasi dan Informatika'.
    `strict` (after an acronym: 'MTS Negeri Srono', 'TNI Amino ...'): stop at a word that can only be a name.
    `national` (a ministry): a region without its admin prefix is where the body sits, not part of its name."""
    alias, f, low = None, flags(doc), lowers(doc)
    while j < len(low):
        if strict and ((f.name[j] and not match_place(doc, j)) or f.text[j] in standalone()):
            break  # 'TNI | Amino Setia Budi', 'BSKDN | Kemendagri'
        if _bracket_alias(doc, j):
            alias = alias or _bracket_alias(doc, j)
            j += 3
            place = match_place(doc, j, expected=True) if j < len(low) else None
            keep = place and not is_country(doc, place) and not (national and place.level is None)
            return (
                place.end if keep else j
            ), alias  # 'Badan Kepegawaian Daerah (BKD) Indah Wahyuni' ends at ')'
        if (
            low[j] in {"dan", "&", "-"}
            and j + 1 < len(low)
            and f.cap[j + 1]
            and j > 0
            and not doc[j - 1].is_punct
        ):
            j += 1
            continue
        if not f.cap[j] or low[j] in STOP_WORDS or low[j] in _date_words():
            break
        inner = head_index().match_at(doc, j)
        if inner and inner.payload == "region" and j > 0:
            return j, alias  # 'Bagian Humas | Pemkot Malang', 'Komisi I | DPRD Banyuwangi': two institutions
        place = match_place(doc, j)
        if place and is_region(doc, place):
            if national and place.level is None:
                break  # 'Kementerian Dalam Negeri | Jakarta'
            j = place.end
            alias = alias or _bracket_alias(doc, j)
            j = j + 3 if _bracket_alias(doc, j) else j
            break  # 'Dinas Kesehatan Kabupaten Jember' ends at the region: a name may follow
        j += 1
    return j, alias


def is_country(doc: Doc, place) -> bool:
    """The place is a country ('Indonesia', 'RI')."""
    return "country" in _levels(span_text(doc, place.start, place.end))


def is_region(doc: Doc, place) -> bool:
    """A province, regency or city (or a name with its admin prefix), not one of the many district names."""
    if place.level is not None:
        return True
    return not _levels(span_text(doc, place.start, place.end)).isdisjoint(
        {"country", "province", "regency", "city"}
    )


@lru_cache(maxsize=16384)
def _levels(name: str) -> frozenset[str]:
    """The levels of the regions called `name` ('Malang': regency and city)."""
    return frozenset(r.level for r in load_gazetteer().lookup(name))


def _extend_region(doc: Doc, j: int) -> tuple[int, str | None]:
    """After 'Pemkab', 'DPRD', 'Pemerintah Kota (Pemkot)': one place name, or one capitalised word."""
    alias = _bracket_alias(doc, j)
    if alias:
        j += 3
    place = match_place(doc, j, expected=True) if j < len(doc) else None
    if place:
        return place.end, alias
    low = lowers(doc)
    if j < len(low) and cap_at(doc, j) and low[j] not in STOP_WORDS and low[j] not in _date_words():
        return j + 1, alias
    return j, alias


@cache
def _date_words() -> frozenset[str]:
    return frozenset(
        w for w in non_name_words() if w in {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}
    ) | {
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    }


def match_org(doc: Doc, i: int) -> OrgHit | None:
    """An institution starting at token i: 'Kementerian Dalam Negeri (Kemendagri)', 'Pemkab Banyuwangi', 'BKKBN'."""
    if lowers(doc)[i] not in head_index().by_rest and flags(doc).text[i] not in standalone():
        return None  # no head word and no institution named alone opens here (most capitals)
    return memo(doc, _match_org, i)  # shared: callers never change hits


def _match_org(doc: Doc, i: int) -> OrgHit | None:
    if not cap_at(doc, i):
        return None
    text = flags(doc).text
    head = head_index().match_at(doc, i)
    if head is None:
        return OrgHit(i, i + 1, name=text[i]) if text[i] in standalone() else None
    if head.payload == "region":
        end, alias = _extend_region(doc, head.end)
    else:
        head_text = span_text(doc, i, head.end)
        end, alias = _extend_named(
            doc, head.end, strict=head_text.isupper(), national=head_text in national_heads()
        )
    while end > head.end and (
        text[end - 1] in {"(", "-"} or (text[end - 1] == ")" and not _closes(doc, i, end))
    ):
        end -= 1
    if end == head.end and span_text(doc, i, end) not in standalone():
        return None
    words = [
        text[k] for k in range(i, end) if not _inside_brackets(doc, k, alias) and not flags(doc).space[k]
    ]
    return OrgHit(i, end, name=" ".join(words).replace(" - ", "-"), alias=alias)


def _closes(doc: Doc, start: int, end: int) -> bool:
    """A ')' at the end of the span closes a '(' inside it: keep it ('Kementerian Dalam Negeri (Kemendagri)')."""
    words = flags(doc).text[start:end]
    return words.count("(") >= words.count(")")


def _inside_brackets(doc: Doc, k: int, alias: str | None) -> bool:
    if alias is None:
        return False
    text = flags(doc).text
    return text[k] in {"(", ")"} or (text[k] == alias and k > 0 and text[k - 1] == "(")


def find_orgs(doc: Doc, inside_places: frozenset[int] = frozenset()) -> Iterator[OrgHit]:
    """Institutions, left to right, longest first; a bracketed abbreviation after the name becomes its alias.
    A head word inside a place name ('Seram Bagian Barat') starts nothing."""
    not_orgs, f, after = set(lexicon.orgs()["not_orgs"]), flags(doc), 0
    for i in f.capitals:  # every institution opens with a capital
        if i < after or f.text[i] in not_orgs or i in inside_places:
            continue
        hit = match_org(doc, i)
        if hit:
            if f.text[i] not in units() and hit.name.lower() not in generic_orgs():
                yield hit  # 'Bagian Humas | Pemkot Malang': only the body; 'Badan Usaha Milik Desa' is a kind
            after = hit.end
