"""Places: provinces, regencies, cities and districts named in the text, from the gazetteer."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.hits import PlaceHit
from kabar_cli.extract.local_places import (
    LISTED,
    first_list_opener,
    listed_after_kind,
    local_words,
    named_by_kind,
)
from kabar_cli.extract.tokens import (
    PhraseIndex,
    flags,
    lowers,
    memo,
    name_at,
    next_word,
    positions,
    prev_word,
    span_text,
)
from kabar_cli.frame import dateline_town
from kabar_cli.lexicon import function_words
from kabar_cli.lexicon.regions import load_gazetteer

AND = function_words().coordinator  # 'dan'


@dataclass(frozen=True)
class PlaceWords:
    """Typed view of orgs.json's 'place_words': the words around place names, lowercase."""

    admin_prefixes: dict[str, str]  # 'kabupaten' -> 'regency'
    hamlet_cues: frozenset[str]  # before a hamlet named with its area: 'di Sukaraja, Desa Mekar'
    prepositions: frozenset[str]  # before a place whose name is also a word: 'di Batang'
    callers: frozenset[str]  # titles and region heads calling for a place: 'Bupati Batang', 'RSUD Batang'
    admin_heads: frozenset[str]  # as written: the village after them is the place ('Desa Mekar' -> 'Mekar')


@cache
def place_words() -> PlaceWords:
    data = lexicon.orgs()["place_words"]
    return PlaceWords(
        admin_prefixes=dict(data["admin_prefixes"]),
        hamlet_cues=frozenset(data["hamlet_cues"]),
        prepositions=frozenset(data["place_prepositions"]),
        callers=frozenset(data["place_callers"]) | _region_head_words(),
        admin_heads=frozenset(data["admin_heads"]),
    )


def _region_head_words() -> frozenset[str]:
    """The one-word institution heads a region follows ('Pemkab', 'DPRD', 'RSUD'), lowercase."""
    return frozenset(h.lower() for h in lexicon.orgs()["region_heads"] if " " not in h)


@cache
def place_index() -> PhraseIndex[bool]:
    """Gazetteer names and the foreign places news names ('Makkah', 'Kuala Lumpur'); a hyphenated name also
    as the tokenizer splits it ('Bau - Bau')."""
    names = list(chain(load_gazetteer().names(), lexicon.foreign_places()))
    split = [name.replace("-", " - ") for name in names if "-" in name]
    return PhraseIndex((name, True) for name in chain(names, split))


def match_place(doc: Doc, i: int, expected: bool = False) -> PlaceHit | None:
    """The longest gazetteer name at token i, written with capitals, with its admin prefix if any.
    `expected`: the words before call for a place ('Bupati Malang'), so names that are also words need no more
    context."""
    if i >= len(doc) or lowers(doc)[i] not in place_starts():  # a place name or its admin prefix opens here
        return None
    return memo(doc, _match_place, i, expected)  # shared: callers never change hits


def _match_place(doc: Doc, i: int, expected: bool) -> PlaceHit | None:
    """`_place_at`, unless the name is also a word and nothing calls for a place: no admin prefix, not
    `expected`, no preposition or caller before it ('Batang' alone is a word, 'di Batang' a place)."""
    hit = memo(doc, _place_at, i)  # asked with and without `expected`: the name is found once
    if (
        hit is not None
        and hit.level is None
        and not expected
        and load_gazetteer().is_ambiguous_word(hit.name)
        and not _place_context(doc, i)
    ):
        return None
    return hit


def _place_at(doc: Doc, i: int) -> PlaceHit | None:
    """The longest gazetteer name at token i written as a name, with its admin prefix if any (`level`)."""
    start, prefix_level, low, caps = i, None, lowers(doc), flags(doc).cap
    prefixes = place_words().admin_prefixes
    if low[i] in prefixes and i + 1 < len(low) and caps[i]:
        prefix_level = prefixes[low[i]]
        i += 1
    match = place_index().match_at(doc, i)
    if match is None and prefix_level is not None:  # 'Kota Juang': a district whose name opens with a prefix
        match, prefix_level = place_index().match_at(doc, start), None
    if match is None or not all(_written_as_name(low, caps, k) for k in range(match.start, match.end)):
        return None
    name = span_text(doc, match.start, match.end)
    if name.lower() in calendar_words():
        return None
    return PlaceHit(start, match.end, name=name, level=prefix_level)


def _written_as_name(low: list[str], caps: list[bool], k: int) -> bool:
    """A word of a place's name as written: capitalised, a joining word, or the lowercase half after a hyphen
    of a doubled name ('Bau-bau', 'Pare-pare')."""
    return caps[k] or low[k] in {AND, "-"} or (k > 0 and low[k - 1] == "-" and low[k] == low[k - 2])


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names are never places ('Juli' is also a district)."""
    data = lexicon.load_json("dates.json")
    months = {n for m in data["months"].values() for n in m["names"]}
    return frozenset(months | {w for ws in data["weekdays"].values() for w in ws})


def _place_context(doc: Doc, i: int) -> bool:
    before, words = prev_word(doc, i), place_words()
    return before >= 0 and (lowers(doc)[before] in words.prepositions or lowers(doc)[before] in words.callers)


def match_local_place(doc: Doc, i: int) -> PlaceHit | None:
    """Villages and landmarks the gazetteer does not list: 'di Desa Sumorame, Kecamatan Candi', 'Di Lembah
    Tidar', 'Pantai Padang'. The head must be followed by a name, and a preposition, a district or a known
    region must vouch."""
    f = flags(doc)
    if f.text[i] not in geographic_heads():
        return None
    end = i + 1
    while end < len(doc) and end - i <= 3 and (name_at(doc, end) or _area_word(doc, end)):
        end += 1
    if end == i + 1:
        return None
    known = match_place(doc, i + 1, expected=True)
    after, low = next_word(doc, end), lowers(doc)
    district = next_word(doc, after + 1) if after + 1 < len(low) and low[after] == "," else len(low)
    district_follows = district < len(low) and low[district] in place_words().admin_prefixes
    if (
        _place_context(doc, i)
        or district_follows
        or (known is not None and known.end == end)
        or named_by_kind(doc, i, end, district_follows)
    ):
        named = i + 1 if f.text[i] in place_words().admin_heads else i  # 'Dusun Sumber Sari' -> 'Sumber Sari'
        return PlaceHit(i, end, name=span_text(doc, named, end), level="local")
    return None


def _area_word(doc: Doc, k: int) -> bool:
    """A capitalised word that may be part of a village's name though no person's ('Sumber' in 'Dusun Sumber
    Sari'): not an admin prefix, a geographic head, a month or a weekday."""
    f, low = flags(doc), lowers(doc)
    if not f.cap[k] or low[k] in place_words().admin_prefixes or f.text[k] in geographic_heads():
        return False
    return low[k] not in calendar_words()


def match_chain_area(doc: Doc, i: int, last_end: int) -> PlaceHit | None:
    """An area between two places of a chain from small to large: 'di Dusun Krajan, Sumberwuluh, Kecamatan
    Candipuro' (`last_end`: where the place before the comma ended)."""
    f, low = flags(doc), lowers(doc)
    before = prev_word(doc, i)
    if before < 1 or low[before] != "," or prev_word(doc, before) != last_end - 1:
        return None
    end = i
    while end < len(low) and end - i < 2 and (f.name[end] or _area_word(doc, end)):
        end += 1
    if end == i or end >= len(low) or low[end] != ",":
        return None
    area = next_word(doc, end + 1)
    if area < len(low) and f.cap[area] and low[area] in place_words().admin_prefixes:
        return PlaceHit(i, end, name=span_text(doc, i, end), level="local")
    return None


def match_hamlet(doc: Doc, i: int) -> PlaceHit | None:
    """A hamlet or village the gazetteer does not list, named before the area holding it: 'di Sukaraja, Desa
    Mekar', 'di Jompo, Kecamatan Kaliwates', or after a building: 'di Gedung Serbaguna, Waihaong, Ambon'."""
    f, low = flags(doc), lowers(doc)
    end = i
    while end < len(low) and end - i < 2 and f.name[end]:
        end += 1
    if end == i or end >= len(low) or low[end] != ",":
        return None
    area, before = next_word(doc, end + 1), prev_word(doc, i)
    if area >= len(low) or before < 0 or not f.cap[area]:
        return None
    named_area = low[area] in place_words().admin_prefixes or f.text[area] in geographic_heads()
    if (low[before] in place_words().hamlet_cues and named_area) or (
        low[before] == "," and _after_building(doc, before) and match_place(doc, area, expected=True)
    ):
        return PlaceHit(i, end, name=span_text(doc, i, end), level="local")
    return None


def _comma_after_name(low: list[str], name: list[bool], i: int) -> bool:
    """A comma right after the one or two name words at i, as `match_hamlet` needs ('Sukaraja, Desa
    Mekar')."""
    return (i + 1 < len(low) and low[i + 1] == ",") or (
        i + 2 < len(low) and name[i + 1] and low[i + 2] == ","
    )


def match_feature(doc: Doc, i: int) -> PlaceHit | None:
    """An island, mountain or river named after its common noun in lower case: 'daratan Timor', 'sungai
    Brantas' (the noun is not part of the name)."""
    before, f = prev_word(doc, i), flags(doc)
    if before < 0 or lowers(doc)[before] not in geographic_nouns() or f.cap[before]:
        return None
    end = i
    while end < len(f.text) and end - i < 3 and f.name[end]:
        end += 1
    return PlaceHit(i, end, name=span_text(doc, i, end), level="local") if end > i else None


def feature_starts(doc: Doc) -> set[int]:
    """The tokens right after a geographic noun in lower case ('sungai | Brantas'): the only ones
    `match_feature` finds a feature at."""
    cap = flags(doc).cap
    return {next_word(doc, k + 1) for k in positions(doc, geographic_nouns()) if not cap[k]}


@cache
def geographic_nouns() -> frozenset[str]:
    return frozenset(lexicon.orgs()["geographic_nouns"])


def _after_building(doc: Doc, comma: int) -> bool:
    """The words before `comma` name a building the text is at: 'di Gedung Islamic Center,'."""
    f, low = flags(doc), lowers(doc)
    k = prev_word(doc, comma)
    for _ in range(5):
        if k < 0 or not f.cap[k]:
            return False
        if f.text[k] in facilities():
            before = prev_word(doc, k)
            return before >= 0 and low[before] in place_words().hamlet_cues
        k = prev_word(doc, k)
    return False


@cache
def place_starts() -> frozenset[str]:
    return frozenset(place_index().by_first) | frozenset(place_words().admin_prefixes)


@cache
def facilities() -> frozenset[str]:
    return frozenset(lexicon.orgs()["facilities"])


def _names_facility(doc: Doc, hit: PlaceHit) -> bool:
    """A place word that is part of a building's name: the facility word opening it ('Pendopo Delta Wibawa';
    'Pendopo' is also a district), or a district named right after one ('Pasar Ngadiluwih')."""
    if hit.level is not None:
        return False
    f = flags(doc)
    if hit.end == hit.start + 1 and f.text[hit.start] in facilities():
        return hit.end < len(f.text) and f.cap[hit.end]
    if hit.start == 0 or f.text[hit.start - 1] not in facilities():
        return False
    return all(r.level == "district" for r in load_gazetteer().lookup(hit.name))


@cache
def geographic_heads() -> frozenset[str]:
    """Heads a local place's name follows, as written: 'Desa', 'Pantai', 'Kampung'."""
    return frozenset(lexicon.orgs()["geographic_heads"]) | local_words().kind_heads


def match_district(doc: Doc, i: int) -> PlaceHit | None:
    """A district the gazetteer does not list, named by its prefix: 'Kecamatan Pangale', 'Distrik Wamena
    Kota'."""
    prefixes, f = place_words().admin_prefixes, flags(doc)
    if prefixes.get(lowers(doc)[i]) != "district" or not f.cap[i]:
        return None
    end = i + 1
    while end < len(f.text) and end - i <= 3 and f.name[end] and not (end > i + 1 and match_place(doc, end)):
        end += 1  # 'Kecamatan Pangale | Mamuju Tengah': a known region after it is a place of its own
    return PlaceHit(i, end, name=span_text(doc, i + 1, end), level="district") if end > i + 1 else None


def _listed(doc: Doc, i: int) -> PlaceHit | None:
    """A village listed after its kind in lower case: 'tiga desa yakni Hila, Kaitetu dan Wakal'."""
    end = listed_after_kind(doc, i)
    return PlaceHit(i, end, name=span_text(doc, i, end), level=LISTED) if end > i else None


def dateline_place(doc: Doc) -> PlaceHit | None:
    """The town a dateline files the story from, beside the outlet: 'MAUMERE, Delegasi.com -' (a regency's
    seat the gazetteer of regions lacks: 'KUALA KAPUAS -'); not when a known region is in the dateline beside
    it ('MAMUJU TENGAH, Manakarra Pos -'), nor a common word alone ('LOKAL')."""
    found = dateline_town(flags(doc).source)
    if found is None:
        return None
    f = flags(doc)
    start, end = bisect_left(f.offset, found[0]), bisect_left(f.offset, found[1])
    if (
        start >= len(f.offset)
        or f.offset[start] != found[0]
        or f.offset[end - 1] + len(f.text[end - 1]) != found[1]
    ):
        return None
    if end == start + 1 and lowers(doc)[start] in lexicon.root_words():
        return None
    if any(match_place(doc, k, expected=True) for k in _head_tokens(doc, start, end) if not start <= k < end):
        return None
    return PlaceHit(start, end, name=span_text(doc, start, end), level=None)


def _head_tokens(doc: Doc, start: int, end: int) -> range:
    """The tokens of the dateline's head around the town [start, end): from the line's start to the dash."""
    text = flags(doc).text
    first = start
    while first > 0 and "\n" not in text[first - 1]:
        first -= 1
    last = next((k for k in range(end, min(len(text), end + 8)) if set(text[k]) <= DASH_CHARS), end)
    return range(first, last)


DASH_CHARS = frozenset("–—-")


def find_places(doc: Doc) -> Iterator[PlaceHit]:
    """Place names, longest first: 'di Kecamatan Genteng', 'Mamuju Tengah, Sulawesi Barat', 'Jatim', 'Desa
    Pubabu', and an area of a chain right after a place and a comma ('Dusun Krajan, Sumberwuluh, ...')."""
    low, f, starts, heads, after = lowers(doc), flags(doc), place_starts(), geographic_heads(), 0
    dateline = dateline_place(doc)
    features, items_after = feature_starts(doc), first_list_opener(doc)  # where those two can match at all
    for i in f.capitals:  # every place name opens with a capital
        if i < after:
            continue
        hit = (
            (match_local_place(doc, i) if f.text[i] in heads else None)
            or ((match_place(doc, i) or match_district(doc, i)) if low[i] in starts else None)
            or (dateline if dateline is not None and dateline.start == i else None)
            or (match_chain_area(doc, i, after) if 0 < after and i - after <= 2 else None)
            or (
                f.name[i]  # both open with a name word
                and (
                    (match_hamlet(doc, i) if _comma_after_name(low, f.name, i) else None)
                    or (match_feature(doc, i) if i in features else None)
                    or (_listed(doc, i) if i > items_after else None)
                )
            )
            or None
        )
        if hit and not _names_facility(doc, hit):
            yield hit
            after = hit.end
