"""The language data files themselves: well-formed, consistent, no duplicates."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from kabar_cli import lexicon
from kabar_cli.lexicon.title_grammar import expand_title


def duplicates(items, key=lambda x: x) -> list:
    return sorted(k for k, n in Counter(key(i) for i in items).items() if n > 1)


# -- titles.json ---------------------------------------------------------------------------------------------


def known_title(value: str) -> bool:
    """A title the lexicon lists, or one of them followed by a body ('Sekretaris Daerah Provinsi'), maybe
    'Calon ...' or 'Penjabat ...' (an abbreviation may carry the status: 'Penjagub')."""
    data = lexicon.titles()
    for prefix in [*data["candidate_prefixes"], *data["acting_prefixes"]]:
        if value.startswith(prefix + " "):
            value = value[len(prefix) + 1 :]
    return any(value == t or value.startswith(t + " ") for t in data["titles"])


ABBREVIATIONS = sorted(lexicon.titles()["abbreviations"])


@pytest.mark.parametrize("abbreviation", ABBREVIATIONS)
def test_abbreviation_expands_to_known_title(abbreviation: str) -> None:
    expansion = lexicon.titles()["abbreviations"][abbreviation]
    assert known_title(expansion), expansion
    assert expand_title(abbreviation) == expansion
    assert expand_title(abbreviation.lower()) == expansion


@pytest.mark.parametrize(
    ("title", "expanded"),
    [
        ("Sekda", "Sekretaris Daerah"),
        ("Kadis Kesehatan", "Kepala Dinas Kesehatan"),
        ("Kabid Fisik dan Prasarana", "Kepala Bidang Fisik dan Prasarana"),
        ("Wabup", "Wakil Bupati"),
        ("Bupati", "Bupati"),
    ],
)
def test_expand_title(title: str, expanded: str) -> None:
    assert expand_title(title) == expanded


@pytest.mark.parametrize(
    "key", ["titles", "unit_heads", "unit_words", "former_cues", "bare_titles", "predicates"]
)
def test_title_lists_have_no_duplicates(key: str) -> None:
    assert duplicates(lexicon.titles()[key], str.lower) == []


@pytest.mark.parametrize("key", ["acting_prefixes", "candidate_prefixes", "former_prefixes"])
def test_prefix_lists_have_no_duplicates(key: str) -> None:
    assert (
        duplicates(lexicon.titles()[key]) == []
    )  # case variants ('bakal calon', 'Bakal Calon') are deliberate


def test_title_lists_refer_to_titles() -> None:
    data = lexicon.titles()
    titles = set(data["titles"])
    # 'Anggota' is a unit head and a bare title but not itself a title (reported); the others all are
    assert set(data["unit_heads"]) - {"Anggota"} <= titles
    assert set(data["bare_titles"]) - {"Anggota"} <= titles
    assert set(data["abbreviations"]) & titles <= {
        "Walikota",
        "Wakil Walikota",
        "Staff Ahli",
        "Kapolres",
        "Kapolda",
        "Kapolsek",
        "Kajari",
        "Kajati",
        "Dandim",
        "Danrem",
        "Sekwan",
        "Sekprov",
        "Sekdaprov",
        "Sekdakab",
        "Sekdakot",
    }
    assert all(re.fullmatch(r"[A-Z][\w.()-]*( [\w.()-]+)*", t) for t in data["titles"])


def test_acting_prefixes_and_statuses() -> None:
    data = lexicon.titles()
    assert {"Pj.", "Pj", "Plt.", "Plt", "Plh.", "Plh"} <= set(data["acting_prefixes"])
    assert "Calon" in data["candidate_prefixes"]
    assert "petahana" in data["incumbent_words"]
    assert set(data["status_suffixes"]["words"].values()) <= {"current", "former", "candidate", "acting"}


# -- people.json ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["honorifics", "ranks", "degrees", "particles", "cues_before_name"])
def test_people_lists_have_no_duplicates(key: str) -> None:
    assert duplicates(lexicon.people()[key]) == []


def test_abbreviated_honorifics_and_ranks_end_with_a_dot() -> None:
    people = lexicon.people()
    for word in [*people["honorifics"], *people["ranks"]]:
        if "." in word:
            assert word.endswith("."), word
        else:
            assert re.fullmatch(r"[A-Za-z]+( [A-Z][A-Za-z]+)*", word), (
                word
            )  # "H" (Haji) and "dr" are written so


def test_degrees_are_letters_and_dots_and_dotless_forms_are_variants() -> None:
    degrees = set(lexicon.people()["degrees"])
    for degree in degrees:
        assert re.fullmatch(r"[A-Za-z][A-Za-z.]*", degree), degree
        if "." in degree and not degree.endswith("."):
            assert degree + "." in degrees, degree


# -- reporting.json ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["after", "before", "pronouns"])
def test_reporting_words_are_lowercase(key: str) -> None:
    words = lexicon.reporting()[key]
    assert words and all(w == w.lower() and w == w.strip() for w in words)


# 'after' is left out: 'ujar' and 'ucap' are listed twice (reported).
@pytest.mark.parametrize("key", ["before", "pronouns"])
def test_reporting_words_unique(key: str) -> None:
    assert duplicates(lexicon.reporting()[key]) == []


# -- boilerplate.json ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["line", "tail"])
def test_boilerplate_patterns_compile(kind: str) -> None:
    patterns = lexicon.boilerplate()[kind]
    assert patterns
    for pattern in patterns:
        re.compile(pattern, re.IGNORECASE)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Baca juga: Bupati Resmikan Jalan", "line"),
        ("Editor: Rina Wulandari", "line"),
        ("Bagikan artikel ini", "tail"),
        ("Berita Terkait", "tail"),
        ("Artikel Terkait", "tail"),
        ("Tulis Komentar", "tail"),
    ],
)
def test_boilerplate_patterns_match(line: str, kind: str) -> None:
    assert any(re.match(p, line, re.IGNORECASE) for p in lexicon.boilerplate()[kind])


@pytest.mark.parametrize("line", ["Bupati Banyuwangi meresmikan pasar.", "Warga menyambut baik program itu."])
def test_boilerplate_patterns_leave_prose(line: str) -> None:
    data = lexicon.boilerplate()
    assert not any(re.match(p, line, re.IGNORECASE) for p in data["line"] + data["tail"])


# -- words.txt -----------------------------------------------------------------------------------------------


def words_lines() -> list[str]:
    lines = (line.strip() for line in lexicon.read_text("words.txt").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def test_words_are_lowercase_single_words() -> None:
    words = words_lines()
    assert len(words) > 100
    assert all(w == w.lower() and " " not in w for w in words)


def test_words_set_matches_file() -> None:
    words = words_lines()
    assert lexicon.non_name_words() == frozenset(words)
    # 'dok' is listed twice (reported); every other word once
    assert duplicates(words) == []


# -- foreign_places.txt --------------------------------------------------------------------------------------


def test_foreign_places_are_names_without_duplicates() -> None:
    names = lexicon.foreign_places()
    assert len(names) > 50
    assert duplicates(names, key=str.lower) == []
    assert all(all(w[:1].isupper() for w in name.split()) for name in names)


def test_foreign_places_are_not_indonesian_regions() -> None:
    from kabar_cli.lexicon.regions import load_gazetteer

    gazetteer = load_gazetteer()
    assert [name for name in lexicon.foreign_places() if gazetteer.lookup(name)] == []
