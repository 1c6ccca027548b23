"""Tests for the region gazetteer (src/kabar_cli/lexicon/regions.py and its data files)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
try:
    import kabar_cli  # noqa: F401
except ImportError:  # package not installed into the venv: test the source tree
    sys.path.insert(0, str(SRC))

from kabar_cli.lexicon.regions import Gazetteer, Region, load_gazetteer  # noqa: E402

LEXICON = SRC / "kabar_cli" / "lexicon"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _rows() -> list[list[str]]:
    lines = (LEXICON / "regions.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["code", "level", "name", "parent_code", "province"]
    return [line.split("\t") for line in lines[1:]]


# -- counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("levels", "low", "high"),
    [
        (("country",), 1, 1),
        (("province",), 38, 38),
        (("regency", "city"), 514, 514),
        (("regency",), 416, 416),
        (("city",), 98, 98),
        (("district",), 7000, 7400),
    ],
)
def test_counts_per_level(gaz: Gazetteer, levels: tuple[str, ...], low: int, high: int) -> None:
    n = sum(1 for r in gaz.regions() if r.level in levels)
    assert low <= n <= high


# -- data file sanity -----------------------------------------------------------


def test_rows_well_formed() -> None:
    rows = _rows()
    assert all(len(r) == 5 for r in rows)
    assert all(r[2].strip() == r[2] and r[2] for r in rows), "empty or padded name"
    assert {r[1] for r in rows} == {"country", "province", "regency", "city", "district"}


def test_codes_unique() -> None:
    codes = [r[0] for r in _rows()]
    assert len(codes) == len(set(codes))


def test_every_parent_exists_and_is_one_level_up() -> None:
    rows = _rows()
    by_code = {r[0]: r for r in rows}
    parent_level = {"regency": "province", "city": "province", "district": {"regency", "city"}}
    for code, level, _name, parent, province in rows:
        if level in ("country", "province"):
            assert parent == ""
            continue
        assert parent in by_code, code
        assert code.startswith(parent + "."), code
        assert by_code[parent][1] in parent_level[level], code
        assert province == by_code[code.split(".")[0]][2], code


@pytest.mark.parametrize(
    "prefix", ["Kabupaten ", "Kota ", "Kab. ", "Provinsi ", "KABUPATEN", "KOTA ", "Kep. ", "Gn. "]
)
def test_no_admin_prefixes_or_abbreviations_in_names(prefix: str) -> None:
    bad = [r for r in _rows() if r[1] != "district" and r[2].startswith(prefix)]
    bad += [r for r in _rows() if prefix.strip() in ("Kep.", "Gn.") and prefix.strip() in r[2]]
    assert not bad


def test_names_not_shouted() -> None:
    # Only Roman numerals and a few real acronyms may be all caps.
    allowed = {"DKI", "BTS", "STL"}
    for r in _rows():
        for word in r[2].replace("-", " ").split():
            if len(word) > 1 and word.isupper() and word not in allowed:
                assert set(word) <= set("IVXLC"), r


def test_aliases_point_to_existing_codes(gaz: Gazetteer) -> None:
    # Gazetteer() raises on unknown codes; also check every alias is a surface name.
    names = set(gaz.names())
    for alias in ("Jatim", "Sulbar", "NTT", "DIY", "Jogja", "Kepri", "Babel", "Malut"):
        assert alias in names


def test_no_villages() -> None:
    assert max(r[0].count(".") for r in _rows()) == 2


# -- lookup ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # (code, level) of every candidate, in code order
        ("Banyuwangi", [("35.10", "regency"), ("35.10.16", "district")]),
        ("banyuwangi", [("35.10", "regency"), ("35.10.16", "district")]),
        ("Kabupaten Banyuwangi", [("35.10", "regency")]),
        ("Kab. Banyuwangi", [("35.10", "regency")]),
        ("Kecamatan Banyuwangi", [("35.10.16", "district")]),
        ("Kec. Banyuwangi", [("35.10.16", "district")]),
        ("Genteng", [("35.10.09", "district"), ("35.78.07", "district")]),
        ("Kecamatan Rogojampi", [("35.10.13", "district")]),
        ("Kota Surabaya", [("35.78", "city")]),
        ("Surabaya", [("35.78", "city")]),
        ("Mamuju Tengah", [("76.06", "regency")]),
        ("Pohuwato", [("75.04", "regency")]),
        ("Jawa Timur", [("35", "province")]),
        ("Provinsi Jawa Timur", [("35", "province")]),
        ("Prov. Jawa Timur", [("35", "province")]),
        ("Jatim", [("35", "province")]),
        ("JATIM", [("35", "province")]),
        ("Sulbar", [("76", "province")]),
        ("NTT", [("53", "province")]),
        ("Kepri", [("21", "province")]),
        ("Kep. Riau", [("21", "province")]),
        ("Kepulauan Bangka Belitung", [("19", "province")]),
        ("Babel", [("19", "province")]),
        ("DKI Jakarta", [("31", "province")]),
        ("Jakarta", [("31", "province")]),
        ("Jakarta Selatan", [("31.74", "city")]),
        ("DIY", [("34", "province")]),
        ("Daerah Istimewa Yogyakarta", [("34", "province")]),
        ("Yogyakarta", [("34", "province"), ("34.71", "city")]),
        ("Jogja", [("34", "province"), ("34.71", "city")]),
        ("Solo", [("33.72", "city")]),
        ("Indonesia", [("ID", "country")]),
        ("Kota Baru", [("15.71.07", "district"), ("32.15.25", "district"), ("53.08.13", "district")]),
        ("  Kabupaten   Mamuju   Tengah ", [("76.06", "regency")]),
        ("Atlantis", []),
        ("", []),
    ],
)
def test_lookup(gaz: Gazetteer, query: str, expected: list[tuple[str, str]]) -> None:
    got = sorted((r.code, r.level) for r in gaz.lookup(query))
    assert got == sorted(expected)


def test_lookup_level_filter(gaz: Gazetteer) -> None:
    assert [r.code for r in gaz.lookup("Banyuwangi", level="district")] == ["35.10.16"]


def test_region_fields(gaz: Gazetteer) -> None:
    r = gaz.get("76.06")
    assert r == Region("76.06", "regency", "Mamuju Tengah", "76", "Sulawesi Barat")
    assert gaz.get("35").parent_code is None
    assert gaz.get("ID").province is None
    assert gaz.get("nope") is None


# -- resolve ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "context", "code"),
    [
        ("Genteng", ["Banyuwangi"], "35.10.09"),
        ("Genteng", ["Kabupaten Banyuwangi", "Jawa Timur"], "35.10.09"),
        ("Genteng", ["Surabaya"], "35.78.07"),
        ("Genteng", ["Kota Surabaya"], "35.78.07"),
        ("Banyuwangi", [], "35.10"),  # regency beats district
        ("Banyuwangi", ["Banyuwangi", "Genteng"], "35.10"),  # the name itself is not context
        ("Kecamatan Banyuwangi", [], "35.10.16"),
        ("Kecamatan Rogojampi", [], "35.10.13"),
        ("Mamuju Tengah", [], "76.06"),
        ("Pohuwato", [], "75.04"),
        ("Jatim", [], "35"),
        ("Gorontalo", [], "75"),  # province beats regency and city
        ("Kabupaten Gorontalo", [], "75.01"),
        ("Kota Gorontalo", [], "75.71"),
        ("Bandung", [], "32.73"),  # city beats regency of the same name
        ("Bandung", ["Soreang"], "32.04"),  # Soreang is a district of Kabupaten Bandung
        ("Yogyakarta", [], "34"),
        ("Kota Yogyakarta", [], "34.71"),
        ("kota Banyuwangi", [], "35.10"),  # no such city: fall back to the regency
        ("Atlantis", ["Banyuwangi"], None),
    ],
)
def test_resolve(gaz: Gazetteer, query: str, context: list[str], code: str | None) -> None:
    r = gaz.resolve(query, context)
    assert (r.code if r else None) == code


def test_resolve_district_gets_province(gaz: Gazetteer) -> None:
    r = gaz.resolve("Genteng", ["Banyuwangi"])
    assert r is not None and r.level == "district" and r.parent_code == "35.10" and r.province == "Jawa Timur"


# -- names / ambiguity ---------------------------------------------------------------------


def test_names(gaz: Gazetteer) -> None:
    names = list(gaz.names())
    assert len(names) == len(set(names))
    for n in ("Banyuwangi", "Surabaya", "Jawa Timur", "Mamuju Tengah", "Jatim", "Indonesia", "Kota Baru"):
        assert n in names
    assert "Kota Surabaya" not in names
    assert all(n == n.strip() and n for n in names)


@pytest.mark.parametrize(
    ("word", "ambiguous"),
    [
        ("Guntur", True),
        ("guntur", True),
        ("Sumber", True),
        ("Baru", True),
        ("Barat", True),
        ("Selatan", True),
        ("Kota", True),
        ("Jaya", True),
        ("Batu", True),
        ("Malang", True),
        ("Kecamatan Guntur", False),
        ("Banyuwangi", False),
        ("Surabaya", False),
        ("Jawa Timur", False),
    ],
)
def test_is_ambiguous_word(gaz: Gazetteer, word: str, ambiguous: bool) -> None:
    assert gaz.is_ambiguous_word(word) is ambiguous


# -- loading ---------------------------------------------------------------------------------


def test_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_bad_alias_rejected() -> None:
    with pytest.raises(ValueError):
        Gazetteer([("35", "province", "Jawa Timur", "", "Jawa Timur")], [("Jatim", "99")])


def test_data_files_are_package_data() -> None:
    counts = Counter(p.name for p in LEXICON.iterdir())
    for name in ("regions.tsv", "region_aliases.tsv", "region_stopwords.txt", "LICENSE-regions.txt"):
        assert counts[name] == 1
    assert (LEXICON / "regions.tsv").stat().st_size < 400_000


@pytest.mark.parametrize(
    "joined, name",
    [("Muaraenim", "Muara Enim"), ("Muarojambi", "Muaro Jambi"), ("Tanjungjabung", None)],
)
def test_two_word_names_written_as_one(gaz: Gazetteer, joined: str, name: str | None) -> None:
    """News writes some two-word regions as one word; the gazetteer knows them so."""
    found = {r.name for r in gaz.lookup(joined)}
    assert (name in found) if name else not found
