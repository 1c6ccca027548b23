"""The words of the institution grammar, from lexicon/orgs.json through one typed view (`words()`), the
phrase indexes of head words and of institutions named alone, and the region levels a name may close with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.tokens import PhraseIndex, span_text
from kabar_cli.lexicon.regions import load_gazetteer


@dataclass(frozen=True)
class OrgWords:
    """Typed view of orgs.json: the classes of head words and the words around institution names."""

    units: frozenset[str]  # sections of a body: 'Bagian', 'Bidang'
    generic: frozenset[str]  # lowercase kinds of institution: 'badan usaha milik desa'
    national: frozenset[str]  # ministries: a bare city after them is where they sit
    not_orgs: frozenset[str]  # capitals that look like institutions: 'ASN', 'APBD'
    schools: frozenset[str]  # 'SMA', 'MTs': a status, a number and a name or region follow
    named_acronyms: frozenset[str]  # acronyms a proper name follows: 'PT', 'PDAM', 'IAIN'
    numbered: frozenset[str]  # region heads with a unit number first: 'Kodim 0825/Banyuwangi'
    organs: frozenset[str]  # heads whose name runs over the institution they belong to: 'Sekretariat DPRD X'
    owners: frozenset[str]  # regional governments that own the body named before them: 'Dinas X Pemkab Y'
    single: frozenset[str]  # heads of a kind never named inside its own name: 'Partai Demokrat | Gerindra'
    seated: frozenset[str]  # heads whose proper name leaves out the city it sits in: 'Universitas Hasanuddin'
    proper: frozenset[str]  # heads of proper names that keep their city: 'Universitas Muhammadiyah Malang'
    needs_name: frozenset[str]  # heads that a region alone does not name: 'Pusat Kota Jember' is a place
    sectors: frozenset[str]  # lowercase words naming a government sector: 'sosial', 'pariwisata'
    sector_prefixes: tuple[str, ...]  # with a suffix, the shape of derived sector nouns: 'pertanian'
    sector_suffixes: tuple[str, ...]
    enders: frozenset[str]  # lowercase title words that end a name: 'bupati', 'kepala'
    title_words: frozenset[str]  # lowercase words that open a title: a unit right after one is the title's
    outlet_cues: frozenset[str]  # lowercase words before an outlet named in the body: 'kepada', 'dilansir'
    outlet_skip: frozenset[str]  # lowercase words between the cue and the outlet: 'dari', 'laman'
    outlet_roots: tuple[str, ...]  # lowercase openings of outlet names: 'detik', 'tribun'
    outlet_suffixes: tuple[str, ...]  # lowercase endings of outlet names: '.com', 'post'
    outlet_tails: frozenset[str]  # a second word of an outlet's name: 'TV'


@cache
def words() -> OrgWords:
    data, titles = lexicon.orgs(), lexicon.titles()
    outlets = data["outlets"]
    opening = {t.split()[0].lower() for t in [*titles["titles"], *titles["abbreviations"]]}
    return OrgWords(
        units=frozenset(data["units"]),
        generic=frozenset(name.lower() for name in data["generic_orgs"]),
        national=frozenset(data["national_heads"]),
        not_orgs=frozenset(data["not_orgs"]),
        schools=frozenset(data["school_heads"]),
        named_acronyms=frozenset(data["named_acronyms"]),
        numbered=frozenset(data["numbered_heads"]),
        organs=frozenset(data["organ_heads"]),
        owners=frozenset(data["owner_heads"]),
        single=frozenset(data["party_heads"]),
        seated=frozenset(data["seated_heads"]),
        proper=frozenset(data["proper_heads"]) | frozenset(data["school_heads"]),
        needs_name=frozenset(data["needs_name"]),
        sectors=frozenset(w.lower() for w in data["sector_words"]),
        sector_prefixes=tuple(data["sector_affixes"]["prefixes"]),
        sector_suffixes=tuple(data["sector_affixes"]["suffixes"]),
        enders=frozenset(data["name_enders"]),
        title_words=frozenset(opening),
        outlet_cues=frozenset(outlets["cues"]),
        outlet_skip=frozenset(outlets["skip"]),
        outlet_roots=tuple(outlets["roots"]),
        outlet_suffixes=tuple(outlets["suffixes"]),
        outlet_tails=frozenset(outlets["tails"]),
    )


@cache
def head_index() -> PhraseIndex[str]:
    data = lexicon.orgs()
    kinds = {h: "region" for h in data["region_heads"]}
    return PhraseIndex((h, kinds.get(h, "named")) for h in data["heads"])


@cache
def alone_index() -> PhraseIndex[bool]:
    """Institutions named by themselves, one word or more: 'Kemendagri', 'PDI Perjuangan', 'Nahdlatul
    Ulama'."""
    return PhraseIndex((name, True) for name in lexicon.orgs()["standalone"])


@cache
def units() -> frozenset[str]:
    return words().units


@cache
def national_heads() -> frozenset[str]:
    return words().national


@cache
def generic_orgs() -> frozenset[str]:
    return words().generic


@cache
def standalone() -> frozenset[str]:
    return frozenset(lexicon.orgs()["standalone"])


@cache
def rank_words() -> frozenset[str]:
    """The first words of the ranks written before a holder's name, lowercase ('letkol', 'brigjen')."""
    return frozenset(rank.split()[0].lower() for rank in lexicon.people()["ranks"])


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
