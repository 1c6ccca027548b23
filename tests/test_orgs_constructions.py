"""One row per institution construction of issue 13, each in a sentence written for the test: the exact
institutions the real pipeline finds, in text order (a body named inside an organ's name is found too)."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def orgs(text: str) -> list[str]:
    return [m.text for m in run_pipeline(text).mentions if m.label == "ORG"]


def org_entities(text: str) -> list[str | None]:
    return [m.entity for m in run_pipeline(text).mentions if m.label == "ORG"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # regional chapters of national bodies and the wings of mass organisations
        ("Relawan PMI Kabupaten Gresik membagikan masker.", ["PMI Kabupaten Gresik"]),
        ("Atlet binaan KONI Kota Kediri berlatih setiap pagi.", ["KONI Kota Kediri"]),
        ("Kader Pemuda Muhammadiyah dan Fatayat NU ikut kerja bakti.", ["Pemuda Muhammadiyah", "Fatayat NU"]),
        # schools: a head, 'Negeri', a number, and a region or a name
        ("Siswa SMA Negeri 2 Kupang ikut lomba cerdas cermat.", ["SMA Negeri 2 Kupang"]),
        ("Ia lulus dari SMPN 4 Jember tahun lalu.", ["SMPN 4 Jember"]),
        ("Anak itu bersekolah di SD Negeri 017 Samarinda sejak kecil.", ["SD Negeri 017 Samarinda"]),
        ("Ia belajar di MI Miftahul Ulum lalu di MTsN 1 Blitar.", ["MI Miftahul Ulum", "MTsN 1 Blitar"]),
        ("Lulusan MA Negeri Kediri II itu kini menjadi guru.", ["MA Negeri Kediri II"]),
        ("Ia menamatkan pendidikan di SMA Santa Maria dan melanjutkan kuliah.", ["SMA Santa Maria"]),
        ("Ia menempuh pendidikan di SMA 1 Jember pada 1990.", ["SMA 1 Jember"]),
        (
            "Ia lulusan UIN Walisongo Semarang dan pernah mondok di Pondok Pesantren Al-Hikmah 2 Brebes.",
            ["UIN Walisongo Semarang", "Pondok Pesantren Al-Hikmah 2 Brebes"],
        ),
        # universities: a date as a name, a faculty with its university
        ("Ia meraih gelar sarjana di Universitas 11 Maret pada 1998.", ["Universitas 11 Maret"]),
        (
            "Ia kuliah di Fakultas Teknik Universitas Hasanuddin dan lulus tahun 2001.",
            ["Fakultas Teknik Universitas Hasanuddin", "Universitas Hasanuddin"],
        ),
        ("Ia lulus dari Akademi Kepolisian (Akpol) pada 1995.", ["Akademi Kepolisian (Akpol)"]),
        (
            "Ia kuliah di Institut Teknologi Sepuluh Nopember (ITS) Surabaya.",
            ["Institut Teknologi Sepuluh Nopember (ITS) Surabaya"],
        ),
        ("Ia lulusan Universitas Muhammadiyah Malang.", ["Universitas Muhammadiyah Malang"]),
        (
            "Pengurus Pusat Muhammadiyah menggelar rapat.",
            ["Pengurus Pusat Muhammadiyah", "Muhammadiyah"],
        ),
        ("Ia pernah menjadi anggota DPRD dari PAN.", ["PAN"]),
        ("Surat itu diteken Menteri PAN-RB pekan lalu.", []),
        (
            "Pemerintah Kabupaten (Pemkab) Blora menyiapkan posko.",
            ["Pemerintah Kabupaten (Pemkab) Blora"],
        ),
        ("Lulusan Universitas Negeri Semarang itu kini menjadi dosen.", ["Universitas Negeri Semarang"]),
        (
            "Kasus itu kini ditangani Kejari Banyuwangi dan Kejati Jatim.",
            ["Kejari Banyuwangi", "Kejati Jatim"],
        ),
        ("Prajurit Kodam V/Brawijaya berjaga.", ["Kodam V/Brawijaya"]),
        # police and military units, with their numbers
        ("Personel Kodim 0811/Tuban membantu warga membersihkan sungai.", ["Kodim 0811/Tuban"]),
        ("Prajurit Korem 084/Bhaskara Jaya ikut mengamankan acara itu.", ["Korem 084/Bhaskara Jaya"]),
        ("Kasus itu ditangani Polres Lumajang dan Polsek Tempeh.", ["Polres Lumajang", "Polsek Tempeh"]),
        # a unit named only inside a title's short form, with the institution it belongs to
        (
            "Kasat Reskrim Polres Sidrap, AKP Budi Santoso, membenarkan penangkapan itu.",
            ["Kasat Reskrim Polres Sidrap", "Polres Sidrap"],
        ),
        ("Kabid Humas Polda Riau Kombes Budi Santoso menjelaskan.", ["Kabid Humas Polda Riau", "Polda Riau"]),
        ("Kaban BKD Budi Santoso hadir.", ["BKD"]),
        # the numbered unit a short-form title heads, by its number and seat
        (
            "Ia pernah menjabat Pangdam XIV/Hasanuddin dan Danrem 141/Toddopuli.",
            ["Pangdam XIV/Hasanuddin", "Danrem 141/Toddopuli"],
        ),
        ("Kapolres Sidrap AKBP Budi Santoso hadir.", []),
        # courts and prosecutors
        ("Perkara itu disidangkan di Pengadilan Negeri Gresik.", ["Pengadilan Negeri Gresik"]),
        ("Kejaksaan Tinggi Sulawesi Tengah menahan dua tersangka.", ["Kejaksaan Tinggi Sulawesi Tengah"]),
        # parties, their boards and factions, with their short forms
        (
            "Ia diusung Partai Kebangkitan Bangsa (PKB) dan Gerindra dalam pemilihan itu.",
            ["Partai Kebangkitan Bangsa (PKB)", "Gerindra"],
        ),
        ("Anggota Partai Golkar dan PKS hadir.", ["Partai Golkar", "PKS"]),
        # a party named alone in a list of parties, also right after another party's name
        (
            "Pasangan itu didukung Nasdem, Demokrat, PBB dan Ummat.",
            ["Nasdem", "Demokrat", "PBB", "Ummat"],
        ),
        ("Ia diusung PDI-P dan Perindo.", ["PDI-P", "Perindo"]),
        ("Calon itu diusung Partai Demokrat Hanura dan PKS.", ["Partai Demokrat", "Hanura", "PKS"]),
        # a party organ named with the party, whatever its name, and a region the gazetteer spells otherwise
        ("Keputusan DPP Partai Berkarya sudah final.", ["DPP Partai Berkarya", "Partai Berkarya"]),
        (
            "DPD Partai Golkar Kabupaten Tulangbawang menggelar musda.",
            ["DPD Partai Golkar Kabupaten Tulangbawang", "Partai Golkar"],
        ),
        # national bodies by their short form; the police's name inside a rank is no body of the story
        ("Jenderal Polri Adi Wibowo melantik pejabat baru.", []),
        ("Sekretaris Jenderal Kemendagri, Adi Wibowo, hadir.", ["Kemendagri"]),
        ("Peringatan dini itu dikeluarkan BMKG.", ["BMKG"]),
        ("Kepala BNN Kabupaten Gowa memimpin razia.", ["BNN Kabupaten Gowa"]),
        (
            "Partai Demokrasi Indonesia Perjuangan (PDIP) menang di Kabupaten Blitar.",
            ["Partai Demokrasi Indonesia Perjuangan (PDIP)"],
        ),
        ("Menurut Ketua DPC PKB Pasuruan, Hadi Sutrisno, koalisi sudah solid.", ["DPC PKB Pasuruan", "PKB"]),
        ("Rapat Fraksi PDI Perjuangan digelar tertutup.", ["Fraksi PDI Perjuangan", "PDI Perjuangan"]),
        (
            "DPD Partai Golkar Jawa Barat menggelar musyawarah daerah.",
            ["DPD Partai Golkar Jawa Barat", "Partai Golkar"],
        ),
        (
            "Dewan Pimpinan Cabang (DPC) Partai Demokrat Kota Malang menggelar rapat.",
            ["Dewan Pimpinan Cabang (DPC) Partai Demokrat Kota Malang", "Partai Demokrat"],
        ),
        # mass organisations and election bodies with their region
        (
            "Pengurus PCNU Gresik menggelar istigasah bersama warga NU dan Muhammadiyah.",
            ["PCNU Gresik", "NU", "Muhammadiyah"],
        ),
        (
            "Bawaslu Kabupaten Sampang mengawasi tahapan kampanye bersama KPU Sampang.",
            ["Bawaslu Kabupaten Sampang", "KPU Sampang"],
        ),
        # outlets named in the body after a cue
        ('"Semua berjalan lancar," ujar Rina kepada detikcom, Kamis (2/3/2023).', ["detikcom"]),
        ("Seperti dilansir dari Antara, rapat itu digelar tertutup.", ["Antara"]),
        ("Pernyataan itu disampaikan dalam rilis yang diterima Kompas.com, Selasa.", ["Kompas.com"]),
        ("Ia menyampaikan terima kasih kepada Budi Santoso.", []),
        # organs named with the body they belong to
        (
            "Pegawai Sekretariat DPRD Kabupaten Gresik menyiapkan ruang rapat.",
            ["Sekretariat DPRD Kabupaten Gresik", "DPRD Kabupaten Gresik"],
        ),
        ("Ia juga aktif di Tim Penggerak PKK Kabupaten Sragen.", ["Tim Penggerak PKK Kabupaten Sragen"]),
        ("Ketua TP PKK Kab Sragen hadir.", ["TP PKK Kab Sragen"]),
        (
            "Jenderal itu pernah menjabat di Direktorat Jenderal Bina Keuangan Daerah.",
            ["Direktorat Jenderal Bina Keuangan Daerah"],
        ),
        # a body named with the regional government that owns it: both are found
        (
            "Petugas Dinas Kesehatan Pemkab Jember memeriksa warga.",
            ["Dinas Kesehatan Pemkab Jember", "Pemkab Jember"],
        ),
        (
            "Rombongan belajar ke Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) "
            "Pemkab Gianyar.",
            [
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Pemkab Gianyar",
                "Pemkab Gianyar",
            ],
        ),
        # in a list of officials, the holder's name after the body is no part of it
        (
            "Hadir Kepala Dinas Perikanan Rudi Hartono, Kepala Dinas P2KB Siti M. Rahma, dan Kepala Dinas "
            "Komunikasi dan Informatika, Agus Salim.",
            ["Dinas Perikanan", "Dinas P2KB", "Dinas Komunikasi dan Informatika"],
        ),
        ("Petugas Dinas Pemuda dan Olahraga memeriksa lapangan.", ["Dinas Pemuda dan Olahraga"]),
        # common words after the body are its name, not the holder's: no name follows the title
        (
            "Ia pernah menjabat Kepala Dinas Lingkungan Hidup dan Ruang Terbuka Hijau sebelum pensiun.",
            ["Dinas Lingkungan Hidup dan Ruang Terbuka Hijau"],
        ),
        # fields listed with commas inside a body's name when a 'dan' closes the list
        (
            "Ia dilantik menjadi Kepala Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman (PUPKP) "
            "Kabupaten Tegal.",
            ["Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman (PUPKP) Kabupaten Tegal"],
        ),
        (
            "Badan Pemberdayaan Perempuan, Perlindungan Anak, dan Keluarga Berencana membuka layanan baru.",
            ["Badan Pemberdayaan Perempuan, Perlindungan Anak, dan Keluarga Berencana"],
        ),
        (
            "Hadir Dinas Pertanian, Perikanan dan Pangan serta Dinas Sosial, Bupati dan Wakil Bupati.",
            ["Dinas Pertanian, Perikanan dan Pangan", "Dinas Sosial"],
        ),
        (
            "Kepala Dinas Kesehatan, Budi Santoso, dan Kepala Dinas Sosial, Rudi, hadir.",
            ["Dinas Kesehatan", "Dinas Sosial"],
        ),
        # a unit is an institution unless a title opens it
        ("Kepala Bagian Humas Pemkot Blitar Agus Salim menjelaskan.", ["Pemkot Blitar"]),
        ("Bupati memerintahkan Bagian Protokol menyiapkan acara itu.", ["Bagian Protokol"]),
        ("Kepala Bagian Umum Setda Kabupaten Ngawi, Rudi Hartono, membuka acara.", ["Setda Kabupaten Ngawi"]),
        ("Komisi II DPRD Kabupaten Kediri membahas anggaran.", ["Komisi II", "DPRD Kabupaten Kediri"]),
        # companies and hospitals with a proper name
        ("Layanan PDAM Tirta Kencana sempat terhenti sehari.", ["PDAM Tirta Kencana"]),
        ("Ia pernah bekerja di PT Bank Jatim.", ["PT Bank Jatim"]),
        ("Korban dirujuk ke RSUD Soedono Madiun.", ["RSUD Soedono Madiun"]),
        ("Acara itu dihadiri Forkopimda dan Pemkab Sragen.", ["Forkopimda", "Pemkab Sragen"]),
        # two institutions joined by 'dan' stay two
        (
            "Penghargaan itu diberikan Kementerian PANRB dan Kementerian Dalam Negeri (Kemendagri).",
            ["Kementerian PANRB", "Kementerian Dalam Negeri (Kemendagri)"],
        ),
        # a headline's capitals are no institution's name
        ("KPK OTT Bupati Sidoarjo", ["KPK"]),
        ("DPRD Sigap Tangani Banjir", []),
        ("Pusat perbelanjaan itu ramai pengunjung.", []),
        ("Pusat Kota Jember macet saat libur.", []),
        ("Majelis Hakim menolak eksepsi terdakwa.", []),
        ("Kata Bupati Sumenep kepada Tempo, program berjalan.", ["Tempo"]),
        ("Menurut Kapolres Jember kepada wartawan, kasus itu diselidiki.", []),
    ],
)
def test_institutions(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bracketed abbreviation after a closing region is the alias, not part of the name
        (
            "Ia bergabung dengan Ikatan Guru Honorer Seluruh Indonesia (IGHSI) sejak 2015.",
            ["Ikatan Guru Honorer Seluruh Indonesia"],
        ),
        # the text's own spacing: a double space before the region is one space in the name
        (
            "Rapat digelar Dewan Perwakilan Rakyat Daerah (DPRD)  Kota Kendari kemarin.",
            ["Dewan Perwakilan Rakyat Daerah Kota Kendari"],
        ),
        # a short form takes the full name the article writes out
        (
            "Partai Keadilan Sejahtera (PKS) membuka pendaftaran. Menurut PKS, kuota sudah terisi.",
            ["Partai Keadilan Sejahtera", "Partai Keadilan Sejahtera"],
        ),
        # without the full name, the short form stays as written
        ("Kader NU di Situbondo menggelar pengajian.", ["NU"]),
        ("Ia lulus dari Akademi Kepolisian (Akpol) pada 1995.", ["Akademi Kepolisian"]),
        # a university's name leaves out the city it sits in after a proper name, not after common words
        ("Ia alumni Universitas Hasanuddin (Unhas) Makassar.", ["Universitas Hasanuddin"]),
        ("Lulusan Universitas Brawijaya Malang itu kini dosen.", ["Universitas Brawijaya"]),
        ("Ia kuliah di Universitas Sriwijaya Sumatera Selatan.", ["Universitas Sriwijaya"]),
        ("Lulusan Universitas Negeri Padang itu kini guru.", ["Universitas Negeri Padang"]),
        ("Ia lulusan UIN Walisongo Semarang.", ["UIN Walisongo Semarang"]),
        # the unit a title's short form names is written out
        (
            "Kasat Reskrim Polres Sidrap, AKP Budi, hadir.",
            ["Satuan Reserse Kriminal Polres Sidrap", "Polres Sidrap"],
        ),
        # the numbered unit a short-form title heads
        ("Ia pernah menjabat Pangdam XIV/Hasanuddin.", ["Kodam XIV/Hasanuddin"]),
    ],
)
def test_institution_names(text: str, expected: list[str]) -> None:
    assert org_entities(text) == expected
