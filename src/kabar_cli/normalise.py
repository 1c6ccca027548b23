"""The normalise stage: canonical names within an article, and the status of a career's titles.

Pure functions over strings and records; no spaCy here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kabar_cli import lexicon

if TYPE_CHECKING:  # the query commands use expand_org and must not import pydantic
    from kabar_cli.records import Fact


def canonical_persons(names: Iterable[str]) -> dict[str, str]:
    """Map every written form to the fullest name it stands for in the same article.

    'Ipuk' -> 'Ipuk Fiestiandani'; 'Khofifah Indar' -> 'Khofifah Indar Parawansa'; 'Aras' -> 'Aras Tammauni'
    (a single word goes to the name it opens, before one it only sits inside: 'Arsal Aras Tammauni'). Of two
    names a form fits alike, it stands for the one written first ('I Made Satria ... Ayu Kirana Satria':
    'Satria' is I Made Satria): `names` come in the article's order.
    """
    words_of = {name: name.split() for name in dict.fromkeys(names)}  # in order of first mention
    first = {name: k for k, name in enumerate(words_of)}
    forms = sorted(words_of, key=lambda n: (-len(words_of[n]), first[n]))  # a longer name is mapped first
    mapping: dict[str, str] = {}
    for name in forms:
        words = words_of[name]
        longer = [f for f in forms if len(words_of[f]) > len(words) and _part_of(words, words_of[f])]
        if not longer and len(words) == 1:
            longer = [f for f in forms if len(words_of[f]) > 1 and _nickname_of(name, words_of[f])]
        # only initials or capitals abbreviate
        if not longer and any(len(w) == 1 or w.isupper() for w in words):
            longer = [f for f in forms if f != name and _initials_of(words, words_of[f])]
        if not longer:
            mapping[name] = name
            continue
        opening = [f for f in longer if words_of[f][0] == words[0]]
        closing = [f for f in longer if words_of[f][-1] == words[-1]]
        best = min(opening or closing or longer, key=first.__getitem__)
        mapping[name] = mapping.get(best, best)
    return mapping


def _nickname_of(word: str, name: list[str]) -> bool:
    """'Dhito' of 'Hanindhito Himawan Pramana': a short form cut from the start or end of one word of the
    name."""
    low = word.lower()
    return len(low) >= 3 and any(
        w.lower() != low and (w.lower().endswith(low) or w.lower().startswith(low)) for w in name
    )


def _initials_of(words: list[str], name: list[str]) -> bool:
    """'HB X' of 'Hamengku Buwono X': capitals standing for the initials of the name's words, the other
    words as written."""
    letters: list[str] = []
    for word in words:
        letters += list(word) if word.isupper() and len(word) > 1 and word not in name else [word]
    if len(letters) != len(name) or letters == name:
        return False
    return all(a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(letters, name, strict=True))


def _part_of(words: list[str], name: list[str]) -> bool:
    if len(words) == 1:
        return words[0] in name
    return name[: len(words)] == words


def expand_org(name: str) -> str:
    """'Pemkab Banyuwangi' -> 'Pemerintah Kabupaten Banyuwangi';
    'Dinas PU Cipta Karya' -> 'Dinas Pekerjaan Umum Cipta Karya'."""
    table = lexicon.org_expansions()
    words = name.split()
    for size in (2, 1):
        head = " ".join(words[:size]).lower()
        if len(words) >= size and head in table:
            return " ".join([table[head], *words[size:]])
    return name


def body_written_out(body: str | None) -> str | None:
    """A position's body that is only a region's short form, written out: 'Kaltim' -> 'Kalimantan Timur',
    'NTT' -> 'Nusa Tenggara Timur', 'Kukar' -> 'Kutai Kartanegara'. Other bodies stay as written."""
    if not body or " " in body:
        return body
    from kabar_cli.lexicon.regions import load_gazetteer

    found = [r for r in load_gazetteer().lookup(body) if r.level in ("province", "regency", "city")]
    if len({r.name for r in found}) == 1 and found[0].name.casefold() != body.casefold():
        return found[0].name
    return body


def canonical_orgs(orgs: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Map each institution's written form and bracketed alias to the fullest form written in the article."""
    orgs = list(orgs)
    written = {name for name, _ in orgs}
    mapping: dict[str, str] = {}
    for name, alias in orgs:
        expanded = expand_org(name)
        mapping[name] = expanded if expanded in written else name
        if alias:
            mapping[alias] = mapping[name]
    for name in written:
        target = mapping.get(name, name)
        if name in mapping and mapping[target] != target:
            mapping[name] = mapping[target]
    return mapping


def settle_career(facts: list[Fact], anchor_year: int | None) -> None:
    """Mark titles of one person that the article's own dates show were left: an end before the anchor's
    year, or an open start earlier than another title's start ('sejak 2007 Kepala Bidang' before
    'selepas 2019 Sekda')."""
    by_person: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.predicate == "holds_title":
            by_person.setdefault(fact.subject, []).append(fact)
    for titles in by_person.values():
        starts = [int(f.start[:4]) for f in titles if f.start and f.status != "candidate"]
        latest = max(starts, default=None)
        for fact in titles:
            if fact.status != "current":
                continue
            if fact.end and anchor_year and int(fact.end[:4]) < anchor_year:
                fact.status = "former"
            elif fact.start and latest and int(fact.start[:4]) < latest and not fact.end:
                fact.status = "former"
