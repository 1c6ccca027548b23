"""Regions behind a position's body, for telling namesakes apart: 'Polres Jember' -> {'35.09'}.

Two sets of regions are compatible when either is empty or some region of one lies in (or is) a region
of the other: Kabupaten Banyuwangi (35.10) fits Jawa Timur (35), not Jember (35.09).
"""

from __future__ import annotations

import functools
import re

LEVELS = {"province", "regency", "city"}  # districts share names with too many words to tell people apart
MAX_WORDS = 4


@functools.lru_cache(maxsize=4096)
def regions_in(body: str | None) -> frozenset[str]:
    """Codes of the provinces, regencies and cities a body's name ends with (or is)."""
    from kabar_cli.lexicon.regions import load_gazetteer

    if not body:
        return frozenset()
    gazetteer = load_gazetteer()
    words = re.sub(r"[()\[\],.]", " ", body).split()
    for size in range(min(MAX_WORDS, len(words)), 0, -1):
        tail = " ".join(words[-size:])
        found = [r for r in gazetteer.lookup(tail) if r.level in LEVELS]
        if found and not (size == 1 and gazetteer.is_ambiguous_word(tail)):
            return frozenset(r.code for r in found) if len(found) == 1 else frozenset({_common(found)} - {""})
    return frozenset()


@functools.lru_cache(maxsize=4096)
def region_spelled_out(key: str) -> str:
    """A name ending in a region's short form, with the region written out: 'pemerintah provinsi jatim' ->
    'pemerintah provinsi jawa timur'."""
    from kabar_cli.lexicon.regions import load_gazetteer

    words = key.split()
    if len(words) < 2:
        return key
    found = [r for r in load_gazetteer().lookup(words[-1]) if r.level in LEVELS]
    if len(found) == 1 and found[0].name.casefold() != words[-1]:
        return " ".join([*words[:-1], found[0].name.casefold()])
    return key


def _common(regions) -> str:
    """The deepest code every candidate lies in ('' when they share nothing): an ambiguous name says only
    that much."""
    parts = [r.code.split(".") for r in regions]
    shared = []
    for column in zip(*parts, strict=False):  # codes of different depths: the shared prefix
        if len(set(column)) > 1:
            break
        shared.append(column[0])
    return ".".join(shared)


def _within(inner: str, outer: str) -> bool:
    return inner == outer or inner.startswith(outer + ".")


def compatible(first: set[str] | frozenset[str], second: set[str] | frozenset[str]) -> bool:
    if not first or not second:
        return True
    return any(_within(a, b) or _within(b, a) for a in first for b in second)


def region_name(codes: set[str] | frozenset[str]) -> str | None:
    """The name of the most specific region among `codes` ('35.10' -> 'Banyuwangi')."""
    from kabar_cli.lexicon.regions import load_gazetteer

    for code in sorted(codes, key=lambda c: (-c.count("."), c)):
        region = load_gazetteer().get(code)
        if region:
            return region.name
    return None
