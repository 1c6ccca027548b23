"""The real extract pipeline on Indonesian sentences written for these tests: titles, statuses, persons,
quotes, institutions, places, boilerplate and births. Every row asserts the exact result."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def titles_of(record) -> set[tuple[str, str, str | None, str]]:
    return {(f.subject, f.object, f.of, f.status) for f in record.facts if f.predicate == "holds_title"}


def labelled(record, label: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity) for m in record.mentions if m.label == label]


# -- titles and their status ---------------------------------------------------------------------------------

TITLE_ROWS = [
    pytest.param(
        "Bupati Banyuwangi Ipuk Fiestiandani meresmikan pasar rakyat di Kecamatan Genteng pada Senin pagi.",
        {("Ipuk Fiestiandani", "Bupati", "Banyuwangi", "current")},
        id="title-before-name",
    ),
    pytest.param(
        "Gubernur Jawa Timur Khofifah Indar Parawansa membuka pameran batik di Surabaya.",
        {("Khofifah Indar Parawansa", "Gubernur", "Jawa Timur", "current")},
        id="title-before-three-word-name",
    ),
    pytest.param(
        "Wali Kota Kediri Abdullah Abu Bakar menyerahkan bantuan kepada warga.",
        {("Abdullah Abu Bakar", "Wali Kota", "Kediri", "current")},
        id="two-word-title",
    ),
    pytest.param(
        "Wakil Bupati Lumajang Indah Amperawati meninjau posko pengungsian di Kecamatan Candipuro.",
        {("Indah Amperawati", "Wakil Bupati", "Lumajang", "current")},
        id="wakil-bupati",
    ),
    pytest.param(
        "“Anggaran tahun ini kami fokuskan untuk perbaikan jalan desa,” kata Askari, Sekda Mamuju Tengah.",
        {("Askari", "Sekretaris Daerah", "Mamuju Tengah", "current")},
        id="appositive-abbreviation",
    ),
    pytest.param(
        "Kegiatan itu dihadiri Hendra Wijaya, Kepala Dinas Kesehatan Kabupaten Jember.",
        {("Hendra Wijaya", "Kepala Dinas Kesehatan", "Kabupaten Jember", "current")},
        id="appositive-unit-head",
    ),
    pytest.param(
        "Sekretaris Daerah (Sekda) Kabupaten Lumajang, Joko Santoso membuka rapat koordinasi di pendopo.",
        {("Joko Santoso", "Sekretaris Daerah", "Kabupaten Lumajang", "current")},
        id="bracketed-abbreviation-comma",
    ),
    pytest.param(
        "Rapat dibuka oleh Sekretaris Daerah (Sekda) Kabupaten Lumajang, Joko Santoso.",
        {("Joko Santoso", "Sekretaris Daerah", "Kabupaten Lumajang", "current")},
        id="bracketed-abbreviation-mid",
    ),
    pytest.param(
        "Pj. Gubernur Jawa Tengah Nana Sudjana meninjau lokasi banjir di Demak.",
        {("Nana Sudjana", "Gubernur", "Jawa Tengah", "acting")},
        id="pj-dot",
    ),
    pytest.param(
        "Pj Bupati Bondowoso Bambang Soekwanto membuka festival kopi.",
        {("Bambang Soekwanto", "Bupati", "Bondowoso", "acting")},
        id="pj",
    ),
    pytest.param(
        "Plt. Bupati Probolinggo Timbul Prihanjoko meminta camat bergerak cepat.",
        {("Timbul Prihanjoko", "Bupati", "Probolinggo", "acting")},
        id="plt-dot",
    ),
    pytest.param(
        "Plh. Sekretaris Daerah Provinsi Jawa Timur Adhy Karyono memimpin apel pagi.",
        {("Adhy Karyono", "Sekretaris Daerah", "Provinsi Jawa Timur", "acting")},
        id="plh-dot",
    ),
    pytest.param(
        "Pelaksana Tugas (Plt) Bupati Sidoarjo Subandi menerima penghargaan.",
        {("Subandi", "Bupati", "Sidoarjo", "acting")},
        id="pelaksana-tugas-bracket",
    ),
    pytest.param(
        "Penjabat (Pj) Gubernur Jawa Timur Adhy Karyono meninjau bendungan.",
        {("Adhy Karyono", "Gubernur", "Jawa Timur", "acting")},
        id="penjabat-bracket",
    ),
    pytest.param(
        "Calon Wakil Bupati Jember Djoko Susanto berkampanye di Kecamatan Ambulu.",
        {("Djoko Susanto", "Wakil Bupati", "Jember", "candidate")},
        id="calon-wakil-bupati",
    ),
    pytest.param(
        "Calon Bupati Banyuwangi Ipuk Fiestiandani mendaftar ke KPU.",
        {("Ipuk Fiestiandani", "Bupati", "Banyuwangi", "candidate")},
        id="calon-bupati",
    ),
    pytest.param(
        "Mantan Bupati Banyuwangi Abdullah Azwar Anas hadir dalam acara itu.",
        {("Abdullah Azwar Anas", "Bupati", "Banyuwangi", "former")},
        id="mantan",
    ),
    pytest.param(
        "Kepala Dinas Pendidikan Situbondo, Bambang Sutejo, resmi maju dalam Pilkada. "
        "Dia didaulat sebagai Calon Bupati Situbondo oleh koalisi partai.",
        {
            ("Bambang Sutejo", "Kepala Dinas Pendidikan", "Situbondo", "current"),
            ("Bambang Sutejo", "Bupati", "Situbondo", "candidate"),
        },
        id="dia-didaulat-sebagai",
    ),
    pytest.param(
        "Bupati Jember Hendy Siswanto meninjau proyek jalan. "
        "Dia didaulat sebagai Calon Bupati Jember oleh koalisi partai.",
        {
            ("Hendy Siswanto", "Bupati", "Jember", "current"),
            ("Hendy Siswanto", "Bupati", "Jember", "candidate"),
        },
        id="incumbent-becomes-candidate",
    ),
    pytest.param(
        "Camat Genteng Slamet Riyadi lama berkarier di Dinas Pekerjaan Umum Bina Marga. "
        "Dia menjabat sebagai Kepala Bidang, Sekretaris Dinas, dan Kepala Dinas.",
        {
            ("Slamet Riyadi", "Camat", "Genteng", "current"),
            ("Slamet Riyadi", "Kepala Bidang", "Dinas Pekerjaan Umum Bina Marga", "current"),
            ("Slamet Riyadi", "Sekretaris Dinas", "Dinas Pekerjaan Umum Bina Marga", "current"),
            ("Slamet Riyadi", "Kepala Dinas", "Dinas Pekerjaan Umum Bina Marga", "current"),
        },
        id="title-list-takes-previous-org",
    ),
    pytest.param("Warga memadati alun-alun sejak pagi untuk melihat pawai budaya.", set(), id="no-official"),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_ROWS)
def test_titles(text: str, expected: set) -> None:
    assert titles_of(run_pipeline(text)) == expected


@pytest.mark.parametrize(
    ("text", "mention", "title"),
    [
        (
            "Pj. Gubernur Jawa Tengah Nana Sudjana meninjau lokasi banjir di Demak.",
            "Pj. Gubernur Jawa Tengah",
            "Gubernur",
        ),
        (
            "Sekretaris Daerah (Sekda) Kabupaten Lumajang, Joko Santoso membuka rapat.",
            "Sekretaris Daerah (Sekda) Kabupaten Lumajang",
            "Sekretaris Daerah",
        ),
        (
            "Kegiatan itu dihadiri Hendra Wijaya, Kepala Dinas Kesehatan Kabupaten Jember.",
            "Kepala Dinas Kesehatan Kabupaten Jember",
            "Kepala Dinas Kesehatan",
        ),
    ],
)
def test_title_mention_span(text: str, mention: str, title: str) -> None:
    record = run_pipeline(text)
    found = [m for m in record.mentions if m.label == "TITLE"]
    assert [(m.text, m.entity) for m in found] == [(mention, title)]
    assert text[found[0].start : found[0].end] == mention


def test_title_list_mentions_stop_before_the_comma() -> None:
    text = (
        "Camat Genteng Slamet Riyadi lama berkarier di Dinas Pekerjaan Umum Bina Marga. "
        "Dia menjabat sebagai Kepala Bidang, Sekretaris Dinas, dan Kepala Dinas."
    )
    found = [m for m in run_pipeline(text).mentions if m.label == "TITLE"]
    assert [(m.text, m.entity) for m in found] == [
        ("Camat Genteng", "Camat"),
        ("Kepala Bidang", "Kepala Bidang"),
        ("Sekretaris Dinas", "Sekretaris Dinas"),
        ("Kepala Dinas", "Kepala Dinas"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


# -- persons: short forms resolve to the full name within an article -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bupati Banyuwangi Ipuk Fiestiandani menghadiri panen raya. "
            "Ipuk meminta petani menjaga kualitas gabah.",
            [("Ipuk Fiestiandani", "Ipuk Fiestiandani"), ("Ipuk", "Ipuk Fiestiandani")],
        ),
        (
            "Sekretaris Daerah Kabupaten Lumajang, Joko Santoso memimpin upacara. "
            "Joko meminta pegawai disiplin.",
            [("Joko Santoso", "Joko Santoso"), ("Joko", "Joko Santoso")],
        ),
        (
            "Bupati Situbondo Karna Suswandi menggelar rapat bersama camat. "
            "“Semua desa harus punya data stunting yang akurat,” tegas Karna.",
            [("Karna Suswandi", "Karna Suswandi"), ("Karna", "Karna Suswandi")],
        ),
        ("Warga memadati alun-alun sejak pagi untuk melihat pawai budaya.", []),
        # a nickname given next to the name is the same person
        (
            "Kepala Desa Sukamaju Ahmad Sopian alias Opi membuka acara. "
            "Menurut Opi, acara digelar tiap tahun.",
            [("Ahmad Sopian", "Ahmad Sopian"), ("Opi", "Ahmad Sopian"), ("Opi", "Ahmad Sopian")],
        ),
        (
            "Ketua Komisi I DPRD Jember, Wulan Anggraeni atau yang akrab disapa Rere, "
            "mengatakan rapat ditunda. "
            "“Kami tunggu datanya,” ujar Rere.",
            [
                ("Wulan Anggraeni", "Wulan Anggraeni"),
                ("Rere", "Wulan Anggraeni"),
                ("Rere", "Wulan Anggraeni"),
            ],
        ),
    ],
)
def test_persons_and_short_forms(text: str, expected: list) -> None:
    assert labelled(run_pipeline(text), "PERSON") == expected


# -- quotes --------------------------------------------------------------------------------------------------

QUOTE_ROWS = [
    pytest.param(
        "“Anggaran tahun ini kami fokuskan untuk perbaikan jalan desa,” kata Askari, Sekda Mamuju Tengah.",
        [("Askari", "Anggaran tahun ini kami fokuskan untuk perbaikan jalan desa,")],
        id="cue-after",
    ),
    pytest.param(
        '"Jalan ini harus selesai sebelum musim hujan," kata Wali Kota Kediri Abdullah Abu Bakar.',
        [("Abdullah Abu Bakar", "Jalan ini harus selesai sebelum musim hujan,")],
        id="straight-quotes-title-before-speaker",
    ),
    pytest.param(
        "Bupati Banyuwangi Ipuk Fiestiandani berdialog dengan warga. "
        '"Kami ingin pelayanan makin cepat," ujar Ipuk.',
        [("Ipuk Fiestiandani", "Kami ingin pelayanan makin cepat,")],
        id="cue-after-short-form",
    ),
    pytest.param(
        "“Harga gabah tahun ini cukup baik,” kata Bupati Ipuk Fiestiandani. "
        "“Kami akan terus mendampingi kelompok tani,” imbuhnya.",
        [
            ("Ipuk Fiestiandani", "Harga gabah tahun ini cukup baik,"),
            ("Ipuk Fiestiandani", "Kami akan terus mendampingi kelompok tani,"),
        ],
        id="pronoun-cue-last-speaker",
    ),
    pytest.param(
        "Camat Genteng Slamet Riyadi menyerahkan bantuan. "
        "“Bantuan ini untuk keluarga yang rumahnya rusak,” ujarnya. "
        "“Kami akan mendata ulang minggu depan,” imbuhnya.",
        [
            ("Slamet Riyadi", "Bantuan ini untuk keluarga yang rumahnya rusak,"),
            ("Slamet Riyadi", "Kami akan mendata ulang minggu depan,"),
        ],
        id="pronoun-cues-only",
    ),
    pytest.param(
        "Camat Genteng Slamet Riyadi mengatakan, “Pasar ini akan buka setiap hari mulai pukul lima pagi.”",
        [("Slamet Riyadi", "Pasar ini akan buka setiap hari mulai pukul lima pagi.")],
        id="cue-before",
    ),
    pytest.param(
        "Spanduk bertuliskan “Jaga kebersihan pasar kita” terpasang di pintu masuk.", [], id="no-speaker"
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_ROWS)
def test_quotes(text: str, expected: list) -> None:
    record = run_pipeline(text)
    said = [f for f in record.facts if f.predicate == "said"]
    assert [(f.subject, f.object) for f in said] == expected
    for fact in said:
        assert text[fact.evidence.start : fact.evidence.end].strip() == fact.object


# -- institutions and places ---------------------------------------------------------------------------------


def test_institution_with_bracketed_abbreviation() -> None:
    text = (
        "Pemerintah berkoordinasi dengan Kementerian Dalam Negeri (Kemendagri) terkait penataan pegawai. "
        "Surat dari Kemendagri sudah diterima."
    )
    orgs = [m for m in run_pipeline(text).mentions if m.label == "ORG"]
    assert [m.entity for m in orgs] == ["Kementerian Dalam Negeri", "Kementerian Dalam Negeri"]
    assert orgs[0].start == text.index("Kementerian")
    assert orgs[0].text.startswith("Kementerian Dalam Negeri")
    assert (orgs[1].text, orgs[1].start) == ("Kemendagri", text.rindex("Kemendagri"))


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Badan Perencanaan Pembangunan Daerah (Bappeda) Jember menggelar musyawarah.",
            "Badan Perencanaan Pembangunan Daerah Jember",
        ),
        ("Calon Bupati Banyuwangi Ipuk Fiestiandani mendaftar ke KPU.", "KPU"),
        (
            "Kegiatan itu dihadiri Hendra Wijaya, Kepala Dinas Kesehatan Kabupaten Jember.",
            "Dinas Kesehatan Kabupaten Jember",
        ),
    ],
)
def test_institutions(text: str, entity: str) -> None:
    assert [m.entity for m in run_pipeline(text).mentions if m.label == "ORG"] == [entity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bupati Banyuwangi Ipuk Fiestiandani meresmikan pasar rakyat di Kecamatan Genteng pada Senin "
            "pagi.",
            [("Banyuwangi", "Banyuwangi"), ("Kecamatan Genteng", "Genteng")],
        ),
        (
            "Gubernur Jawa Timur Khofifah Indar Parawansa membuka pameran batik di Surabaya.",
            [("Jawa Timur", "Jawa Timur"), ("Surabaya", "Surabaya")],
        ),
        (
            "Rombongan tiba di Kota Malang, lalu melanjutkan perjalanan ke Kabupaten Pasuruan.",
            [("Kota Malang", "Malang"), ("Kabupaten Pasuruan", "Pasuruan")],
        ),
        (
            "Wakil Bupati Lumajang Indah Amperawati meninjau posko di Kecamatan Candipuro, "
            "Kabupaten Lumajang, Jawa Timur.",
            [
                ("Lumajang", "Lumajang"),
                ("Kecamatan Candipuro", "Candipuro"),
                ("Kabupaten Lumajang", "Lumajang"),
                ("Jawa Timur", "Jawa Timur"),
            ],
        ),
    ],
)
def test_places(text: str, expected: list) -> None:
    record = run_pipeline(text)
    assert labelled(record, "PLACE") == expected
    assert all(text[m.start : m.end] == m.text for m in record.mentions)


# -- boilerplate ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Baca juga: Bupati Jember Hendy Siswanto Resmikan Jalan Baru",
        "Berita Terkait\nGubernur Jawa Timur Khofifah Indar Parawansa Tinjau Banjir",
        "Baca juga: Bupati Jember Hendy Siswanto Resmikan Jalan Baru\nBerita Terkait\nWali Kota Kediri "
        "Abdullah Abu Bakar Bagikan Bantuan",
    ],
)
def test_boilerplate_only_yields_nothing(text: str) -> None:
    record = run_pipeline(text)
    assert record.mentions == []
    assert record.facts == []


def test_boilerplate_lines_are_skipped_in_a_body() -> None:
    text = (
        "Camat Genteng Slamet Riyadi meninjau pasar.\n"
        "Baca juga: Bupati Jember Hendy Siswanto Resmikan Jalan Baru\n"
        "Warga Kecamatan Genteng memadati pasar sejak pagi.\n"
        "Berita Terkait\n"
        "Gubernur Jawa Timur Khofifah Indar Parawansa Tinjau Banjir"
    )
    record = run_pipeline(text)
    assert labelled(record, "PERSON") == [("Slamet Riyadi", "Slamet Riyadi")]
    assert titles_of(record) == {("Slamet Riyadi", "Camat", "Genteng", "current")}
    baca = (text.index("Baca juga"), text.index("Warga"))
    assert not [
        m for m in record.mentions if baca[0] <= m.start < baca[1] or m.start >= text.index("Berita Terkait")
    ]


# -- births --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Camat Genteng Slamet Riyadi, pria kelahiran 15 September 1966, dikenal dekat dengan warga.",
            [("Slamet Riyadi", "1966-09-15", None)],
        ),
        (
            "Bupati Jember Hendy Siswanto lahir di Jember pada 20 Mei 1970.",
            [("Hendy Siswanto", "1970-05-20", "Jember")],
        ),
        ("Camat Genteng Slamet Riyadi meresmikan pasar pada 15 September 2023.", []),
    ],
)
def test_births(text: str, expected: list) -> None:
    record = run_pipeline(text)
    assert [(f.subject, f.object, f.place) for f in record.facts if f.predicate == "born"] == expected


def test_record_offsets_point_into_the_text() -> None:
    text = "Bupati Banyuwangi Ipuk Fiestiandani meresmikan pasar.\n\nIpuk meminta warga menjaga kebersihan."
    record = run_pipeline(text, "abc")
    assert record.article.id == "abc"
    assert record.article.chars == len(text)
    for m in record.mentions:
        assert text[m.start : m.end] == m.text
        assert m.article == "abc"
    for s in record.sentences:
        assert text[s.start : s.end] == s.text
