"""titles.json as one typed, frozen view: the title words, their short forms and the grammar around them.

Composed short forms are derived here, once: a family of titles.json's `composed_abbreviations` pairs each
of its prefixes with each of its units ('ka' + 'polres' -> 'Kapolres' = 'Kepala Kepolisian Resor'). So are
the misprints of `spelling`: every form one letter away (left out, doubled, swapped) from a listed word.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from kabar_cli.lexicon import load_json, non_name_words


@dataclass(frozen=True)
class TitleLexicon:
    """Everything titles.json says. `words` holds each list of titles.json by its key, as written: the word
    classes the binders look for (`words["holder_verbs"]`, `words["former_cues"]`, ...) and the title word
    lists (`words["unit_heads"]`, `words["bare_titles"]`, `words["acting_prefixes"]`, ...)."""

    titles: tuple[str, ...]  # every title as written out, longest phrases win when matching
    abbreviations: Mapping[str, str]  # short form as written -> title written out ('Sekda', 'Kapolres')
    ministries: Mapping[str, str]  # a ministry's field -> the ministry ('Dalam Negeri')
    unit_short_forms: Mapping[str, str]  # lowercase short form of a unit inside a title ('reskrim')
    status_suffixes: Mapping[str, str]  # lowercase word after a title -> the status it gives ('terpilih')
    spelling: Mapping[str, str]  # lowercase misprint -> the title word it stands for ('sekertaris')
    occupations: Mapping[str, str]  # lowercase occupation -> the title written out ('budayawan')
    region_kinds: Mapping[str, str]  # 'pemkab' -> 'regency'
    region_head_titles: Mapping[str, str]  # 'regency' -> 'Bupati'
    election_posts: Mapping[str, str]  # lowercase short form of an election or its candidates -> the post
    deputy_prefix: str  # 'Wakil': 'Wakil' + 'Bupati' is the deputy's post
    status_markers: tuple[
        tuple[str, str], ...
    ]  # ('Bakal Calon ', 'candidate'): a status opening a title, longest first
    field_word: str  # 'bidang': opens a unit's field
    words: Mapping[str, frozenset[str]]  # every list of titles.json by its key


STRUCTURED = {
    "titles",
    "abbreviations",
    "ministries",
    "composed_abbreviations",
    "unit_abbreviations",
    "status_suffixes",
    "spelling",
    "occupations",
    "region_kinds",
    "region_head_titles",
    "election_posts",
    "deputy_prefix",
    "status_markers",
    "field_word",
}


@cache
def title_lexicon() -> TitleLexicon:
    data = load_json("titles.json")
    lists = {k: frozenset(v) for k, v in data.items() if isinstance(v, list) and k not in STRUCTURED}
    return TitleLexicon(
        titles=tuple(data["titles"]),
        abbreviations=MappingProxyType(
            {
                **dict(_composed(data["composed_abbreviations"], data["unit_abbreviations"]["words"])),
                **data["abbreviations"],
            }
        ),
        ministries=MappingProxyType(dict(data["ministries"])),
        unit_short_forms=MappingProxyType(dict(data["unit_abbreviations"]["words"])),
        status_suffixes=MappingProxyType(dict(data["status_suffixes"]["words"])),
        spelling=MappingProxyType(_misprints(data["spelling"]["words"], data["spelling"]["min_length"])),
        occupations=MappingProxyType(dict(data["occupations"])),
        region_kinds=MappingProxyType(dict(data["region_kinds"])),
        region_head_titles=MappingProxyType(dict(data["region_head_titles"])),
        election_posts=MappingProxyType(dict(data["election_posts"])),
        deputy_prefix=data["deputy_prefix"],
        status_markers=tuple(
            (f"{marker} ", status)
            for marker, status in sorted(data["status_markers"].items(), key=lambda item: -len(item[0]))
        ),
        field_word=data["field_word"],
        words=MappingProxyType(lists),
    )


def _composed(table: dict, fields: dict[str, str]) -> Iterator[tuple[str, str]]:
    """'Kapolres' -> 'Kepala Kepolisian Resor', 'Dandim' -> 'Komandan Kodim': each prefix of a family glued to
    each of its units (a unit of two words keeps its space: 'Dan' + 'sat brimob' -> 'Dansat Brimob'); a
    fielded unit also with each field's short form: 'Kasatlantas' -> 'Kepala Satuan Lalu Lintas'."""
    for family in table["families"]:
        fielded = frozenset(family.get("fielded_units", ()))
        for prefix, head in family["prefixes"].items():
            for unit, written in family["units"].items():
                yield (prefix + unit).capitalize(), f"{head} {written}"
                if unit in fielded:
                    for field, field_written in fields.items():
                        yield (prefix + unit + field).capitalize(), f"{head} {written} {field_written}"


def _misprints(words: list[str], min_length: int) -> dict[str, str]:
    """Every form one letter away from a word of at least `min_length` letters: a letter left out
    ('gubenur'), one added ('assisten') or two neighbours swapped ('sekertaris'); never a real word."""
    known = non_name_words() | set(words)
    out: dict[str, str] = {}
    for word in (w for w in words if len(w) >= min_length):
        for slip in _one_slip(word):
            if slip not in known:
                out.setdefault(slip, word)
    return out


def _one_slip(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(len(word) + 1):
        for letter in string.ascii_lowercase:
            yield word[:i] + letter + word[i:]


@cache
def title_expansions() -> dict[str, str]:
    """Lowercase short form -> title written out ('sekda' -> 'Sekretaris Daerah')."""
    return {k.lower(): v for k, v in title_lexicon().abbreviations.items()}


def expand_title(title: str) -> str:
    """Expand a short form opening a title: 'Sekda' -> 'Sekretaris Daerah', 'Kadis Kesehatan' -> 'Kepala Dinas
    Kesehatan'."""
    table = title_expansions()
    if title.lower() in table:
        return table[title.lower()]
    words = title.split()
    for size in (2, 1):
        head = " ".join(words[:size]).lower()
        if len(words) > size and head in table:
            return " ".join([table[head], *words[size:]])
    return title
