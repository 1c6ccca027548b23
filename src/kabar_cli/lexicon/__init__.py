"""Language data for kabar, and the small code that reads it.

Every list of Indonesian words kabar uses lives in a file beside this module (no module outside this package
writes an Indonesian word but the few the allow-list of tests/test_lexicon_integrity.py names): titles.json
(positions and their abbreviations), people.json (honorifics, ranks, degrees), orgs.json (institution heads
and expansions), reporting.json (speech cues around quotes), awards.json (award and education cues),
birth.json (birth cues), function_words.json (conjunctions, pronouns, prepositions), bodies.json (how the
store compares institution names), name_words.json (what the non-name words leave out),
boilerplate.json (web page furniture), words.txt (capitalised words that are not names), dates.json (months,
weekdays, relative words), render.json (the words the query commands print), regions.tsv (the gazetteer),
foreign_places.txt (foreign countries and cities), root_words.txt (Indonesian root words, from Sastrawi),
given_names.txt (Indonesian given names and surnames, from Faker) and affixes.json (the affixes that make a
common word of a root).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    """The text of one data file of this package."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def opening(words: Iterable[str]) -> str:
    """A regex lookahead for the first characters of `words` ('(?=[dkl])'): written before an alternation of
    the words, it lets a search pass most positions after one test ('' for no words)."""
    firsts = sorted({re.escape(word[0]) for word in words if word})
    return f"(?=[{''.join(firsts)}])" if firsts else ""


@cache
def load_json(name: str) -> dict[str, Any]:
    """One JSON data file, parsed once per process."""
    return json.loads(read_text(name))


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-per-line file as a lowercase set; '#' starts a comment line."""
    lines = (line.strip() for line in read_text(name).splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


@cache
def foreign_places() -> tuple[str, ...]:
    """Foreign countries and cities named in Indonesian news, as written (foreign_places.txt; the gazetteer
    holds only Indonesian regions)."""
    lines = (line.strip() for line in read_text("foreign_places.txt").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def titles() -> dict[str, Any]:
    return load_json("titles.json")


def people() -> dict[str, Any]:
    return load_json("people.json")


def orgs() -> dict[str, Any]:
    return load_json("orgs.json")


def reporting() -> dict[str, Any]:
    return load_json("reporting.json")


def boilerplate() -> dict[str, Any]:
    return load_json("boilerplate.json")


def non_name_words() -> frozenset[str]:
    return word_set("words.txt")


@cache
def org_expansions() -> dict[str, str]:
    """Lowercase abbreviation -> expanded institution word ('pemkab' -> 'Pemerintah Kabupaten')."""
    return {k.lower(): v for k, v in orgs()["expansions"].items()}


@cache
def given_names() -> frozenset[str]:
    """Indonesian given names and surnames, lowercase ('siti', 'rahayu', 'bambang'): given_names.txt, from
    Faker's Indonesian person names (see LICENSE-given_names.txt), and given_names_added.txt, the frequent
    names that list lacks ('sri', 'ahmad', 'yohanes')."""
    return word_set("given_names.txt") | word_set("given_names_added.txt")


@cache
def root_words() -> frozenset[str]:
    """Indonesian root words, lowercase ('tahu', 'henti', 'kata'): root_words.txt, read once, on first use.
    The file is written lowercase, one word a line, after its '#' header, so a split reads it (a few ms)."""
    text = read_text("root_words.txt")
    while text.startswith("#"):
        text = text.split("\n", 1)[1]
    return frozenset(text.split())


@dataclass(frozen=True)
class Affixes:
    """Typed view of affixes.json: the affixes that make a common word of a root ('di-ke-tahu-i')."""

    min_root: int  # letters a root keeps at least
    inflections: tuple[str, ...]  # '-nya', '-lah', '-kah': a word with one is affixed
    derivations: tuple[str, ...]  # '-kan', '-an', '-i': affixed only with a prefix
    prefixes: dict[str, tuple[str, ...]]  # prefix -> letters its nasal may have replaced ('men' -> 't')
    verb_prefixes: frozenset[str]  # prefixes that make an affixed word alone ('menjabat')
    inner_prefixes: frozenset[str]  # prefixes that may follow another one ('pem-ber-henti-an')
    starts: tuple[str, ...]  # every prefix, for `str.startswith`
    inner_starts: tuple[str, ...]  # the inner prefixes, for `str.startswith`


@cache
def affixes() -> Affixes:
    raw = load_json("affixes.json")
    return Affixes(
        min_root=int(raw["min_root"]),
        inflections=tuple(raw["inflections"]),
        derivations=tuple(raw["derivations"]),
        prefixes={k: tuple(v) for k, v in raw["prefixes"].items()},
        verb_prefixes=frozenset(raw["verb_prefixes"]),
        inner_prefixes=frozenset(raw["inner_prefixes"]),
        starts=tuple(raw["prefixes"]),
        inner_starts=tuple(raw["inner_prefixes"]),
    )


@dataclass(frozen=True)
class FunctionWords:
    """Typed view of function_words.json: conjunctions, pronouns and prepositions, lowercase."""

    conjunctions: frozenset[str]  # 'dan', 'serta': join the items of a list
    relative_pronoun: str  # 'yang'
    personal_pronouns: frozenset[str]  # 'dia', 'ia', 'beliau'
    role_prepositions: frozenset[str]  # 'sebagai', 'menjadi': before the post a group is chosen for
    place_prepositions: frozenset[str]  # 'untuk', 'di': between a listed name and its place
    coordinator: str  # 'dan' alone
    comitative: str  # 'dengan'
    agent_marker: str  # 'oleh'
    lettered_nouns: frozenset[str]  # 'komisi', 'blok': a capital letter after one names it ('Komisi B.')


@cache
def function_words() -> FunctionWords:
    raw = load_json("function_words.json")
    return FunctionWords(
        conjunctions=frozenset(raw["conjunctions"]),
        relative_pronoun=raw["relative_pronoun"],
        personal_pronouns=frozenset(raw["personal_pronouns"]),
        role_prepositions=frozenset(raw["role_prepositions"]),
        place_prepositions=frozenset(raw["place_prepositions"]),
        coordinator=raw["coordinator"],
        comitative=raw["comitative"],
        agent_marker=raw["agent_marker"],
        lettered_nouns=frozenset(raw["lettered_nouns"]),
    )


@dataclass(frozen=True)
class Bodies:
    """Typed view of bodies.json: how the store compares institution names across articles, lowercase."""

    region_government_prefixes: tuple[str, ...]  # 'pemerintah', 'kabupaten', 'pemkab', 'kab.'
    spelling: dict[str, str]  # misspelling -> the word: 'kementrian' -> 'kementerian'
    country_suffixes: tuple[str, ...]  # 'republik indonesia', 'ri': dropped after a national body


@cache
def bodies() -> Bodies:
    raw = load_json("bodies.json")
    return Bodies(
        region_government_prefixes=tuple(raw["region_government_prefixes"]),
        spelling=dict(raw["spelling"]),
        country_suffixes=tuple(raw["country_suffixes"]),
    )


@dataclass(frozen=True)
class NameWords:
    """Typed view of name_words.json: what tokenview.non_name_words() keeps and leaves out."""

    one_letter_honorifics: frozenset[str]  # 'H' (Haji): as written, a dot aside
    name_words: frozenset[str]  # 'i' ('I Wayan'): lowercase, may be part of a name


@cache
def name_words() -> NameWords:
    raw = load_json("name_words.json")
    return NameWords(
        one_letter_honorifics=frozenset(raw["one_letter_honorifics"]),
        name_words=frozenset(raw["name_words"]),
    )
