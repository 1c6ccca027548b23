"""Entities across articles, careers over time, awards/education patterns and their word list."""

from __future__ import annotations

import pytest

from kabar_cli import lexicon
from kabar_cli.careers import positions
from kabar_cli.extract.awards import career_facts
from kabar_cli.records import Mention, Sentence
from kabar_cli.store.entities import Member, entity_names, org_key, person_clusters
from kabar_cli.store.regions import compatible, regions_in


def clusters_of(members: list[Member]) -> dict[str, list[tuple[str, str]]]:
    return {
        name: sorted((m.article, m.name) for m in c.members)
        for c, name in entity_names(person_clusters(members))
    }


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        ("Kabupaten Banyuwangi", {"35.10"}),
        ("Polres Jember", {"35.09"}),
        ("Pemprov Jatim", {"35"}),
        ("Dinas Pekerjaan Umum Cipta Karya", set()),
        (None, set()),
    ],
)
def test_regions_in(body, codes) -> None:
    assert set(regions_in(body)) == codes


@pytest.mark.parametrize(
    ("first", "second", "fits"),
    [
        ({"35.10"}, {"35"}, True),
        ({"35.10"}, {"35.09"}, False),
        (set(), {"35.09"}, True),
        ({"35.10"}, {"35.10"}, True),
    ],
)
def test_compatible(first, second, fits) -> None:
    assert compatible(first, second) is fits


def test_namesakes_stay_apart_when_regions_contradict() -> None:
    found = clusters_of(
        [
            Member("a", "Mujiono", regions={"35.10"}),
            Member("b", "Mujiono", regions={"35.09"}),
            Member("c", "Mujiono", regions={"35"}),
            Member("d", "Mujiono", places={"35.09"}),
        ]
    )
    assert set(found) == {"Mujiono (Banyuwangi)", "Mujiono (Jember)"}
    assert ("d", "Mujiono") in found["Mujiono (Jember)"]  # no post, but the article is about Jember


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([("a", "Ipuk Fiestiandani"), ("b", "Ipuk")], {"Ipuk Fiestiandani": 2}),
        ([("a", "Muhammad Tito Karnavian"), ("b", "Tito Karnavian")], {"Muhammad Tito Karnavian": 2}),
        (
            [("a", "Joko Santoso"), ("b", "Joko Widodo"), ("c", "Joko")],
            {"Joko Santoso": 1, "Joko Widodo": 1, "Joko": 1},
        ),
        (
            [("a", "Arsal Aras Tammauni"), ("a", "Aras Tammauni")],
            {"Arsal Aras Tammauni": 1, "Aras Tammauni": 1},
        ),
        ([("a", "Mujiono"), ("b", "Mujiono"), ("c", "mujiono")], {"Mujiono": 3}),
    ],
)
def test_short_and_same_names_join(names, expected) -> None:
    found = clusters_of([Member(article, name) for article, name in names])
    assert {name: len(members) for name, members in found.items()} == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kemendagri", "Kementerian Dalam Negeri"),
        ("Pemkab Banyuwangi", "Pemerintah Kabupaten Banyuwangi"),
        ("Kementrian Dalam Negeri RI", "Kementerian Dalam Negeri"),
        ("Pemprov Jatim", "Pemerintah Provinsi Jawa Timur"),
    ],
)
def test_org_key_joins_abbreviations(first: str, second: str) -> None:
    assert org_key(first) == org_key(second)


def test_org_key_keeps_different_bodies_apart() -> None:
    assert org_key("Pemkab Banyuwangi") != org_key("Kabupaten Banyuwangi")


def row(article, title, of=None, status="current", start=None, end=None, date=None):
    return {
        "article": article,
        "object": title,
        "of": of,
        "status": status,
        "start": start,
        "end": end,
        "published": date,
        "anchor": None,
    }


def test_positions_merge_order_and_end() -> None:
    career = positions(
        [
            row("c", "Wakil Bupati", "Banyuwangi", date="2026-01-28"),
            row("a", "Sekretaris Daerah", "Kabupaten Banyuwangi", start="2019", date="2024-09-04"),
            row("b", "Sekretaris Daerah", "Pemkab Banyuwangi", date="2023-05-01"),
            row("a", "Wakil Bupati", "Banyuwangi", status="candidate", date="2024-09-04"),
            row("a", "Kepala Bidang", "Bappeda Banyuwangi", status="former", start="2007", date="2024-09-04"),
            row(
                "a", "Kepala Dinas", "Dinas PU", status="former", start="2010", end="2019", date="2024-09-04"
            ),
        ]
    )
    assert [(p.title, p.status) for p in career] == [
        ("Kepala Bidang", "former"),
        ("Kepala Dinas", "former"),
        ("Sekretaris Daerah", "former"),
        ("Wakil Bupati", "candidate"),
        ("Wakil Bupati", "current"),
    ]
    sekda = career[2]
    assert sekda.as_of == ["2023-05-01", "2024-09-04"] and sekda.sources == ["a", "b"]
    assert (sekda.start, sekda.last_held, sekda.left_by) == ("2019", "2024-09-04", "2026-01-28")
    assert career[0].left_by == "2010"  # the next post began then
    assert career[3].left_by == "2026-01-28"  # the candidacy ended in the mandate


def test_position_end_where_bounds_agree() -> None:
    career = positions(
        [
            row("a", "Camat", "Genteng Banyuwangi", date="2025-03-01"),
            row("b", "Sekretaris Daerah", "Genteng Banyuwangi", date="2025-09-15"),
        ]
    )
    assert (career[0].status, career[0].end) == ("former", "2025")


def sentence(text: str, index: int = 0, start: int = 0) -> Sentence:
    return Sentence(article="t", index=index, start=start, end=start + len(text), text=text)


def person(text: str, name: str, sent: Sentence, label: str = "PERSON") -> Mention:
    at = sent.start + sent.text.index(text)
    return Mention(article="t", label=label, text=text, start=at, end=at + len(text), entity=name)


@pytest.mark.parametrize(
    ("text", "who", "award", "giver", "year"),
    [
        (
            "Bupati Ipuk Fiestiandani meraih penghargaan Pembina Terbaik dari Kemendagri pada 2024.",
            "Ipuk Fiestiandani",
            "Pembina Terbaik",
            "Kemendagri",
            "2024",
        ),
        (
            "Wali Kota Danny menerima penghargaan terbaik ketiga dalam penyelenggaraan pemerintah daerah.",
            "Danny",
            "terbaik ketiga dalam penyelenggaraan pemerintah daerah",
            None,
            None,
        ),
    ],
)
def test_award_sentences(text, who, award, giver, year) -> None:
    sent = sentence(text)
    facts: list = []
    career_facts("t", [sent], [person(who, who, sent)], facts)
    assert [(f.predicate, f.subject, f.object, f.of, f.start) for f in facts] == [
        ("award", who, award, giver, year)
    ]


def test_award_list_and_not_someone_elses_award() -> None:
    listed = sentence(
        "Untuk Maidi, penghargaan yang ia terima, antara lain Lencana Melati (2020), "
        "Manggala Karya Kencana dari BKKBN atas program KB (2021), hingga ASN Award dari Gubernur Jatim "
        "(2022)."
    )
    airport = sentence("Mujiono membangun bandara yang meraih penghargaan Aga Khan Award.", 1, 500)
    facts: list = []
    career_facts(
        "t",
        [listed, airport],
        [person("Maidi", "Maidi", listed), person("Mujiono", "Mujiono", airport)],
        facts,
    )
    assert [(f.object, f.of, f.start) for f in facts] == [
        ("Lencana Melati", None, "2020"),
        ("Manggala Karya Kencana", "BKKBN", "2021"),
        ("ASN Award", "Gubernur Jatim", "2022"),
    ]


def test_education_subject_from_previous_sentence() -> None:
    first = sentence("Mujiono lahir di Banyuwangi.")
    second = sentence("Birokrat itu menempuh pendidikan di MTs Negeri Srono.", 1, 40)
    school = person("MTs Negeri Srono", "Madrasah Tsanawiyah Negeri Srono", second, "ORG")
    facts: list = []
    career_facts("t", [first, second], [person("Mujiono", "Mujiono", first), school], facts)
    assert [(f.predicate, f.subject, f.object, f.of) for f in facts] == [
        ("education", "Mujiono", "Madrasah Tsanawiyah Negeri Srono", "MTs")
    ]


def test_awards_word_list() -> None:
    data = lexicon.load_json("awards.json")
    for key in (
        "award_verbs",
        "award_nouns",
        "award_stops",
        "award_event_cues",
        "award_list_cues",
        "education_cues",
    ):
        words = data[key]
        assert words and len(words) == len(set(words)), key
        assert all(isinstance(w, str) and w == w.lower() for w in words if w.strip()), key
    assert "penghargaan" in data["award_nouns"] and "meraih" in data["award_verbs"]
    assert set(data["education_levels"].values()) >= {"S1", "S2", "S3"}
