"""The query stage and the naming rules behind it: date bounds, body keys, entity grouping, profiles,
timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar_cli.errors import Ambiguous, NotFound
from kabar_cli.normalise import canonical_persons
from kabar_cli.query import body_key, bounds, find_person, profile, timeline
from kabar_cli.run import extract_paths
from kabar_cli.store import open_store
from kabar_cli.store.entities import group_names, name_key


@pytest.mark.parametrize(
    ("value", "low", "last_day", "after"),
    [
        ("2022", "2022-01-01", "2022-12-31", "2023-01-01"),
        ("2022-10", "2022-10-01", "2022-10-31", "2022-11-01"),
        ("2022-03-09", "2022-03-09", "2022-03-09", "2022-03-10"),
        ("2022-03-08/2022-03-09", "2022-03-08", "2022-03-09", "2022-03-10"),
        ("2010/2019", "2010-01-01", "2019-12-31", "2020-01-01"),
        ("2016/..", "2016-01-01", "9999-12-31", None),
    ],
)
def test_bounds(value: str, low: str, last_day: str, after: str | None) -> None:
    first, last = bounds(value)
    assert first == low
    assert last >= last_day  # an upper bound that sorts after every day the value covers ...
    assert after is None or last < after  # ... and before the next period


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("Pemerintah Kabupaten Banyuwangi", "banyuwangi"),
        ("Pemkab Banyuwangi", "banyuwangi"),
        ("Kabupaten Banyuwangi", "banyuwangi"),
        ("Banyuwangi", "banyuwangi"),
        ("Provinsi Jawa Timur", "jawa timur"),
        ("Dinas Pekerjaan Umum Cipta Karya", "dinas pekerjaan umum cipta karya"),
        (None, ""),
    ],
)
def test_body_key(body: str | None, key: str) -> None:
    assert body_key(body) == key


@pytest.mark.parametrize(
    ("name", "key"), [("Ipuk  Fiestiandani", "ipuk fiestiandani"), ("Sutrisnó", "sutrisno")]
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            {"Ipuk", "Ipuk Fiestiandani"},
            {"Ipuk": "Ipuk Fiestiandani", "Ipuk Fiestiandani": "Ipuk Fiestiandani"},
        ),
        ({"Santoso", "Joko Santoso"}, {"Santoso": "Joko Santoso", "Joko Santoso": "Joko Santoso"}),
        (
            {"Joko", "Joko Santoso", "Joko Widodo"},
            {"Joko": "Joko", "Joko Santoso": "Joko Santoso", "Joko Widodo": "Joko Widodo"},
        ),
        ({"Mujiono"}, {"Mujiono": "Mujiono"}),
    ],
)
def test_group_names(names: set[str], expected: dict[str, str]) -> None:
    assert group_names(names) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["Ipuk Fiestiandani", "Ipuk"],
            {"Ipuk Fiestiandani": "Ipuk Fiestiandani", "Ipuk": "Ipuk Fiestiandani"},
        ),
        (
            ["Khofifah Indar", "Khofifah Indar Parawansa", "Khofifah"],
            {
                "Khofifah Indar": "Khofifah Indar Parawansa",
                "Khofifah Indar Parawansa": "Khofifah Indar Parawansa",
                "Khofifah": "Khofifah Indar Parawansa",
            },
        ),
        (
            ["Aras Tammauni", "Arsal Aras Tammauni", "Aras"],
            {
                "Aras Tammauni": "Aras Tammauni",
                "Arsal Aras Tammauni": "Arsal Aras Tammauni",
                "Aras": "Aras Tammauni",
            },
        ),
        (["Joko Santoso", "Santoso"], {"Joko Santoso": "Joko Santoso", "Santoso": "Joko Santoso"}),
    ],
)
def test_canonical_persons(names: list[str], expected: dict[str, str]) -> None:
    assert canonical_persons(names) == expected


ARTICLES = {
    "a.txt": "Bupati Jember Hendy Siswanto meninjau proyek jalan pada 17 Agustus 2022.\n"
    "“Jalan ini harus selesai bulan depan,” kata Hendy.\n",
    "b.txt": "Mantan Bupati Jember Hendy Siswanto hadir dalam acara itu pada 5 Maret 2025.\n"
    "Camat Ambulu Joko Santoso menyambut rombongan pada 5 Maret 2025.\nJoko meminta warga tertib.\n",
    "c.txt": "Camat Genteng Joko Widodo membuka lomba desa pada 1 Mei 2023.\nJoko mengajak warga ikut "
    "lomba.\n",
}


@pytest.fixture
def conn(tmp_path: Path, isolated_store: Path):
    folder = tmp_path / "artikel"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    summary = extract_paths([folder], None)
    assert summary.articles == 3
    return open_store()


def test_profile_merges_articles(conn) -> None:
    hendy = profile(conn, "hendy")
    assert hendy.name == "Hendy Siswanto"
    assert hendy.articles == ["a", "b"]
    assert [q.text for q in hendy.quotes] == ["Jalan ini harus selesai bulan depan,"]
    assert {(p.title, p.of) for p in hendy.positions} == {("Bupati", "Jember")}


def test_find_person_ambiguous_and_not_found(conn) -> None:
    with pytest.raises(Ambiguous) as caught:
        find_person(conn, "Joko")
    assert caught.value.candidates == ["Joko Santoso", "Joko Widodo"]
    with pytest.raises(NotFound, match="Did you mean: Hendy Siswanto"):
        find_person(conn, "Hendy Siswant")


def test_timeline_filters(conn) -> None:
    assert [(e.date, e.article) for e in timeline(conn)] == [
        ("2022-08-17", "a"),
        ("2023-05-01", "c"),
        ("2025-03-05", "b"),
        ("2025-03-05", "b"),
    ]
    assert [e.date for e in timeline(conn, year=2023)] == ["2023-05-01"]
    assert [e.date for e in timeline(conn, first="2023", last="2024")] == ["2023-05-01"]
    assert [(e.date, e.persons) for e in timeline(conn, person="Joko Santoso")] == [
        ("2025-03-05", ["Joko Santoso"])
    ]
