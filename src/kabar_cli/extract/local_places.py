"""Places the gazetteer does not list, named by the words around them: a village or a natural feature named
with its kind ('warga Desa Mekarsari', 'erupsi Gunung Lokon'), villages listed after their kind in lower case
('tiga desa yakni Hila, Kaitetu dan Wakal'). The words are lexicon/places.json's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.hits import PlaceHit
from kabar_cli.extract.tokens import flags, lowers, memo, next_word, positions, prev_word, sentence_start

LISTED = "listed"  # the level of a village listed after its kind ('tiga desa yakni Hila, ...')


@dataclass(frozen=True)
class LocalWords:
    """Typed view of lexicon/places.json."""

    kind_heads: frozenset[str]  # as written: 'Desa', 'Gunung'
    not_village_names: frozenset[str]  # lowercase: 'wisata' in 'Desa Wisata'
    kind_nouns: frozenset[str]  # lowercase: 'desa' in 'tiga desa yakni ...'
    list_openers: frozenset[str]  # lowercase: 'yakni', 'masing-masing'
    list_joiners: frozenset[str]  # between a list's items: ',', 'dan'


@cache
def local_words() -> LocalWords:
    data = lexicon.load_json("places.json")
    return LocalWords(
        kind_heads=frozenset(data["kind_heads"]),
        not_village_names=frozenset(data["not_village_names"]),
        kind_nouns=frozenset(data["kind_nouns"]),
        list_openers=frozenset(data["list_openers"]),
        list_joiners=frozenset(data["list_joiners"]),
    )


def named_by_kind(doc: Doc, head: int, end: int, confirmed: bool) -> bool:
    """The name after a kind head [head+1, end) is a place with no other context: 'masyarakat Desa
    Mekarsari', 'erupsi Gunung Lokon'. After a capitalised word the head may close a title ('Kepala Desa
    Mekarsari' names a village or, as often, its head's name), so the village must be `confirmed` (its
    district follows) or named so elsewhere in the text ('warga Desa Mekarsari')."""
    f, low = flags(doc), lowers(doc)
    if f.text[head] not in local_words().kind_heads or low[head + 1] in local_words().not_village_names:
        return False
    if confirmed or low[head] not in local_words().kind_nouns or not _after_capital(doc, head):
        return True  # a title may close with a village's kind ('Kepala Desa'), never with a feature's
    return tuple(low[head + 1 : end]) in memo(doc, _villages_named_plainly)


def _after_capital(doc: Doc, i: int) -> bool:
    """A capitalised word right before token i, in the same sentence ('Kepala | Desa')."""
    before = prev_word(doc, i)
    return before >= 0 and before >= sentence_start(doc, i) and flags(doc).cap[before]


def _villages_named_plainly(doc: Doc) -> frozenset[tuple[str, ...]]:
    """The lowercase names written after a kind head that follows no capitalised word, or before a district:
    ('mekarsari',) for 'warga Desa Mekarsari', 'Kepala Desa Mekarsari, Kecamatan Cibadak'."""
    f, low, words = flags(doc), lowers(doc), local_words()
    heads = frozenset(h.lower() for h in words.kind_heads)  # of villages: 'desa', not 'gunung'
    names = set()
    for head in positions(doc, heads & words.kind_nouns):
        if not f.cap[head]:
            continue
        end = head + 1
        while end < len(low) and end - head <= 3 and f.name[end] and low[end] not in _admin_prefixes():
            end += 1
        plain = not _after_capital(doc, head) or _district_after(doc, end)
        if plain and end > head + 1 and low[head + 1] not in words.not_village_names:
            names.add(tuple(low[head + 1 : end]))
    return frozenset(names)


def _district_after(doc: Doc, end: int) -> bool:
    """An admin prefix, capitalised, right after the name or after a comma: 'Mekarsari(,) Kecamatan ...'."""
    f, low = flags(doc), lowers(doc)
    k = next_word(doc, end)
    if k < len(low) and low[k] == ",":
        k = next_word(doc, k + 1)
    return k < len(low) and f.cap[k] and low[k] in _admin_prefixes()


@cache
def _admin_prefixes() -> frozenset[str]:
    return frozenset(lexicon.orgs()["place_words"]["admin_prefixes"])


def listed_after_kind(doc: Doc, i: int) -> int:
    """The end of the name at i when it is an item of a list after a kind noun in lower case: 'di empat desa
    masing-masing Hila, Kaitetu dan Wakal', 'desa Hila' (one or two name words an item); else i."""
    f, low = flags(doc), lowers(doc)
    end = i
    while end < len(low) and end - i < 2 and f.name[end]:
        end += 1
    if end == i or (end < len(low) and f.cap[end]):
        return i
    return end if _list_opens_before(doc, i) else i


def first_list_opener(doc: Doc) -> int:
    """The first list opener after a kind noun in lower case ('tiga desa [yakni] Hila, ...'), len(doc) when
    the text has none: `listed_after_kind` finds an item only after it, so callers skip the tokens before."""
    cap, low = flags(doc).cap, lowers(doc)
    kinds = [k for k in positions(doc, local_words().kind_nouns) if not cap[k]]
    openers = positions(doc, local_words().list_openers) if kinds else []
    return next((k for k in openers if k > kinds[0]), len(low))


def _list_opens_before(doc: Doc, i: int) -> bool:
    """Back from the item at i over earlier items (name words, commas, 'dan') and a list opener to a kind noun
    in lower case; without an opener the name may be a person's ('kepala desa Budi')."""
    f, low, words = flags(doc), lowers(doc), local_words()
    k, opened = prev_word(doc, i), False
    for _ in range(16):
        if k < 0:
            return False
        if low[k] in words.kind_nouns and not f.cap[k]:
            return opened
        opened = opened or low[k] in words.list_openers
        if not (f.name[k] or low[k] in words.list_joiners or low[k] in words.list_openers):
            return False
        k = prev_word(doc, k)
    return False


def village_names(doc: Doc, places: list[PlaceHit]) -> frozenset[str]:
    """The names the text gives villages with their kind ('Desa Mekarsari' -> 'mekarsari', 'tiga desa yakni
    Hila, ...' -> 'hila'): a person's name that is one of them is the village's, read wrong ('Kepala Desa
    Mekarsari', a list read as a list of persons)."""
    f, heads = flags(doc), local_words().kind_heads
    return frozenset(
        p.name.lower().removeprefix(f.text[p.start].lower() + " ")
        for p in places
        if p.level == LISTED or (p.level == "local" and f.text[p.start] in heads)
    )
