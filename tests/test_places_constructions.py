"""Place constructions of issue 13, each in a sentence written for the test: the exact places the real
pipeline finds, in text order."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity) for m in run_pipeline(text).mentions if m.label == "PLACE"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # regencies' short forms in regional news
        (
            "Rombongan Pemkab Lambar tiba di Bandar Lampung.",
            [("Lambar", "Lambar"), ("Bandar Lampung", "Bandar Lampung")],
        ),
        ("Bupati Mateng membuka rapat di Mamuju.", [("Mateng", "Mateng"), ("Mamuju", "Mamuju")]),
        # 'Kab' without its dot is an admin prefix too
        (
            "Bantuan disalurkan ke warga Kab Ngawi dan Kota Madiun.",
            [("Kab Ngawi", "Ngawi"), ("Kota Madiun", "Madiun")],
        ),
        (
            "Ia lahir di Tulungagung dan besar di Kec. Kalidawir.",
            [("Tulungagung", "Tulungagung"), ("Kec. Kalidawir", "Kalidawir")],
        ),
        # a name that is also a word is a place after a title or a head that calls for one
        ("Bupati Batang meninjau lokasi.", [("Batang", "Batang")]),
        ("Pasien dirawat di RSUD Batang sejak Senin.", [("Batang", "Batang")]),
        # a district the gazetteer lacks, named by its prefix
        ("Luas Kecamatan Ngabeyan Lor paling kecil.", [("Kecamatan Ngabeyan Lor", "Ngabeyan Lor")]),
        (
            "Banjir melanda Kecamatan Ngabeyan Lor Banyuwangi.",
            [("Kecamatan Ngabeyan Lor", "Ngabeyan Lor"), ("Banyuwangi", "Banyuwangi")],
        ),
        # a chain of areas from small to large; a village is named without its head word
        (
            "Peristiwa itu terjadi di Dusun Krajan Lor, Sumber Wuluh, Kecamatan Candipuro.",
            [
                ("Dusun Krajan Lor", "Krajan Lor"),
                ("Sumber Wuluh", "Sumber Wuluh"),
                ("Kecamatan Candipuro", "Candipuro"),
            ],
        ),
        # the region closing a school's name is a place of the story
        ("Siswa SMAN 1 Bekasi berlibur ke Bogor.", [("Bekasi", "Bekasi"), ("Bogor", "Bogor")]),
    ],
)
def test_places(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text) == expected


def persons(text: str) -> list[str]:
    return [m.text for m in run_pipeline(text).mentions if m.label == "PERSON"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village or a natural feature named with its kind needs no other context
        ("Bantuan diterima warga Desa Wanasigra pada Senin.", [("Desa Wanasigra", "Wanasigra")]),
        ("Erupsi Gunung Lokon membuat warga mengungsi.", [("Gunung Lokon", "Gunung Lokon")]),
        ("Bantuan untuk Kampung Sereh disalurkan.", [("Kampung Sereh", "Kampung Sereh")]),
        # a word saying what kind of village it is, is not its name
        ("Pengelola Desa Wisata menerima kunjungan.", []),
        # after a title the village is one when its district follows, and then wherever it is named so
        (
            "Kepala Desa Karangmekar, Kecamatan Wonosalam, ditahan jaksa. Sekretaris Desa Karangmekar"
            " diperiksa.",
            [
                ("Desa Karangmekar", "Karangmekar"),
                ("Kecamatan Wonosalam", "Wonosalam"),
                ("Desa Karangmekar", "Karangmekar"),
            ],
        ),
        ("Kepala Desa Budi Santoso menyerahkan bantuan.", []),
        # villages listed after their kind in lower case
        (
            "Banjir merendam tiga desa yakni Hila, Kaitetu dan Wakal pada Jumat.",
            [("Hila", "Hila"), ("Kaitetu", "Kaitetu"), ("Wakal", "Wakal")],
        ),
        # without a word opening the list, the name after a lowercase kind may be a person's
        ("Menurut kepala desa Suparman, warga sudah mengungsi.", []),
    ],
)
def test_places_named_by_kind(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kepala Desa Karangmekar, Kecamatan Wonosalam, ditahan jaksa.", []),
        ("Banjir merendam tiga desa yakni Hila, Kaitetu dan Wakal pada Jumat.", []),
        ("Kepala Desa Budi Santoso menyerahkan bantuan.", ["Budi Santoso"]),
    ],
)
def test_a_village_is_no_person(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


LEAD = "Pemerintah daerah membagikan bantuan beras kepada ratusan warga di halaman kantor pada Senin pagi."


@pytest.mark.parametrize(
    "dateline, expected",
    [
        # the town a dateline files the story from, beside its outlet, is a place though no region
        ("LEWOLEBA, Florespos.com –", [("LEWOLEBA", "Lewoleba")]),
        ("Lewoleba, (Florespos) –", [("Lewoleba", "Lewoleba")]),
        # without an outlet, in capitals and two words or more
        ("KUALA KURUN –", [("KUALA KURUN", "Kuala Kurun")]),
        ("Andi Saputra –", []),
        # or one word that is no common word and no title's short form
        ("Semarapura –", [("Semarapura", "Semarapura")]),
        ("Saat –", []),
        ("Mendagri –", []),
        # not a common word, nor an outlet beside a known region
        ("FLORES POS, LOKAL –", []),
        ("LEMBATA, Lewoleba Pos –", [("LEMBATA", "Lembata")]),
    ],
)
def test_dateline_town(dateline: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(f"Warga Antre Bantuan\n\n{dateline} {LEAD}") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # region names that are also words or a title's short form need a title or a preposition before them
        ("Kaur Keuangan ikut diperiksa jaksa.", []),
        ("Bupati Kaur meresmikan pasar.", [("Kaur", "Kaur")]),
        ("Kasi Intel memberi keterangan di Sanana.", [("Sanana", "Sanana")]),
        ("Ayah Bertugas di Ternate Saat Ia Lahir", [("Ternate", "Ternate")]),
        ("Ia memimpin Bidang Tumbuh Kembang Anak.", []),
        ("Warga Merayakan Hasil Kerja Bareng", []),
    ],
)
def test_words_that_are_also_regions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a doubled name written with a hyphen, its second half in lower case
        ("Rombongan tiba di Pare-pare pada Jumat.", [("Pare-pare", "Pare-pare")]),
        # a district whose own name opens with an admin prefix
        (
            "Ia dirawat di Kota Jantho, Kabupaten Aceh Besar.",
            [("Kota Jantho", "Kota Jantho"), ("Kabupaten Aceh Besar", "Aceh Besar")],
        ),
        # a hamlet between a detention house and its region
        (
            "Tersangka ditahan di Rutan Pondok Bambu, Semanggi, Jaksel.",
            [("Semanggi", "Semanggi"), ("Jaksel", "Jaksel")],
        ),
    ],
)
def test_names_as_written(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # short forms regional news gives regencies, and a province's former name
        ("Bupati Lutim meninjau jalan ke Malili.", [("Lutim", "Lutim"), ("Malili", "Malili")]),
        ("KPU Tanjab Timur menetapkan hasil pleno.", [("Tanjab Timur", "Tanjab Timur")]),
        ("Ia pernah bertugas di Timor Timur.", [("Timor Timur", "Timor Timur")]),
    ],
)
def test_short_and_former_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text) == expected
