"""One row per construction the extraction issue names, each in a sentence written for the test."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def persons(text: str) -> set[str]:
    return {m.entity for m in run_pipeline(text).mentions if m.label == "PERSON"}


def titles(text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (f.subject, f.object, f.of, f.status)
        for f in run_pipeline(text).facts
        if f.predicate == "holds_title"
    }


def speakers(text: str) -> list[tuple[str, str]]:
    return [(f.subject, f.object.split()[0]) for f in run_pipeline(text).facts if f.predicate == "said"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # honorifics and ranks before the name
        ("Acara itu dihadiri H. Sulaiman Hadi dan tokoh masyarakat.", {"Sulaiman Hadi"}),
        ("Pengajian dipimpin KH. Ahmad Mudzakir di masjid desa.", {"Ahmad Mudzakir"}),
        ("Menurut Prof. Budi Santoso, program itu perlu dievaluasi.", {"Budi Santoso"}),
        ("Kapolres Jember AKBP Bayu Pratama meninjau lokasi banjir.", {"Bayu Pratama"}),
        ("Dandim Banyuwangi Letkol Inf. Yuli Hartono hadir dalam apel pagi.", {"Yuli Hartono"}),
        ("Hadir pula Kombes Pol. Agus Salim dalam rapat koordinasi itu.", {"Agus Salim"}),
        # degrees after the name
        (
            "Kepala Dinas Kesehatan, Rina Wulandari, S.H., M.Si., memaparkan data stunting.",
            {"Rina Wulandari"},
        ),
        # particles
        ("Ahmad bin Abdullah, Kepala Desa Sukamaju, menerima bantuan itu.", {"Ahmad bin Abdullah"}),
        # a short form is the same person
        (
            "Bupati Banyuwangi Ipuk Fiestiandani membuka festival. "
            "Menurut Ipuk, festival digelar setiap tahun.",
            {"Ipuk Fiestiandani"},
        ),
        ("Wakil Bupati Sidoarjo Ali Mahmud meninjau pasar. Pak Ali meminta pedagang tertib.", {"Ali Mahmud"}),
        # a list of names after 'adalah', each with its place
        (
            "Ketiga penjabat Bupati yang dilantik hari ini adalah Rudolfus Tanaem untuk Kabupaten Kupang, "
            "Yohanes Bria di "
            "Timor Tengah Utara dan Markus Lelo untuk Belu.",
            {"Rudolfus Tanaem", "Yohanes Bria", "Markus Lelo"},
        ),
        # initials closing a name; initials standing for the words of a name named before
        ("Jabatan itu sebelumnya dipegang oleh Rahmat HSB yang kini pensiun.", {"Rahmat HSB"}),
        (
            "Bupati Sleman Bambang Wira Kusuma membuka acara. Menurut BW Kusuma, acara digelar setiap tahun.",
            {"Bambang Wira Kusuma"},
        ),
        # two name words written without a space between them
        ("Hadir dalam acara itu Camat Genteng Rina KusumaDewi Lestari.", {"Rina KusumaDewi Lestari"}),
        # capitalised words that are not names
        (
            "Senin pagi, warga memanfaatkan aplikasi Smart Kampung dan MPP Digital untuk mengurus dokumen.",
            set(),
        ),
        ("Selain itu, Sikawan juga dipakai pegawai di Kantor Kecamatan.", set()),
    ],
)
def test_person_names(text: str, expected: set[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bupati Banyuwangi Ipuk Fiestiandani meninjau pasar.",
            {("Ipuk Fiestiandani", "Bupati", "Banyuwangi", "current")},
        ),
        (
            "Rapat dibuka Ipuk Fiestiandani, Bupati Banyuwangi, pada pagi hari.",
            {("Ipuk Fiestiandani", "Bupati", "Banyuwangi", "current")},
        ),
        (
            "Rombongan dipimpin Sekretaris Daerah (Sekda) Kabupaten Mamuju Tengah, Askari.",
            {("Askari", "Sekretaris Daerah", "Kabupaten Mamuju Tengah", "current")},
        ),
        (
            "Plt. Kepala Dinas Sosial, Rudi Hartono, menyerahkan bantuan.",
            {("Rudi Hartono", "Kepala Dinas Sosial", None, "acting")},
        ),
        (
            "Cawabup Banyuwangi Budi Santoso menyapa warga.",
            {("Budi Santoso", "Wakil Bupati", "Banyuwangi", "candidate")},
        ),
        (
            "Mantan Bupati Jember Hendra Wijaya hadir dalam acara itu.",
            {("Hendra Wijaya", "Bupati", "Jember", "former")},
        ),
        # a bare head title takes its unit from the institution after it; a region closing the institution is
        # the body
        (
            "Kepala BIN Daerah Jambi Rahmat Hidayat hadir.",
            {("Rahmat Hidayat", "Kepala Badan Intelijen Negara Daerah", "Jambi", "current")},
        ),
        # an election body's short form stays in the title, as 'DPRD' does
        (
            "Ketua KPU Jember Rina Safitri membuka rapat.",
            {("Rina Safitri", "Ketua KPU", "Jember", "current")},
        ),
        (
            "Kepala BPBD Jember Rina Safitri meninjau banjir.",
            {("Rina Safitri", "Kepala Badan Penanggulangan Bencana Daerah", "Jember", "current")},
        ),
        # a region's short form as the body is written out
        (
            "Pj Gubernur Kaltim Rahmat Santoso membuka rapat.",
            {("Rahmat Santoso", "Gubernur", "Kalimantan Timur", "acting")},
        ),
        (
            "Bupati Kukar Dewi Lestari meninjau jembatan.",
            {("Dewi Lestari", "Bupati", "Kutai Kartanegara", "current")},
        ),
        ("Wabup Pohuwato Iwan Adam tiba di bandara.", {("Iwan Adam", "Wakil Bupati", "Pohuwato", "current")}),
        (
            "Pasangan Ipuk Fiestiandani dan Mujiono mendaftar ke KPU. "
            "Mujiono adalah Calon Wakil Bupati Banyuwangi.",
            {  # the ticket's first runs for the post its deputy's title names
                ("Ipuk Fiestiandani", "Bupati", "Banyuwangi", "candidate"),
                ("Mujiono", "Wakil Bupati", "Banyuwangi", "candidate"),
            },
        ),
        (
            "Eddy Santoso yang sebelumnya menjabat Kepala Satpol PP kini menjadi Kepala Dinas Sosial.",
            {
                ("Eddy Santoso", "Kepala Satuan Polisi Pamong Praja", None, "former"),
                ("Eddy Santoso", "Kepala Dinas Sosial", None, "current"),
            },
        ),
        (
            "Gubernur melantik Budi Hartono sebagai Penjabat Bupati Buru.",
            {("Budi Hartono", "Bupati", "Buru", "acting")},
        ),
        (
            "Bupati dan Wakil Bupati Situbondo terpilih Karna Suswandi dan Khoirani dilantik hari ini.",
            {
                ("Karna Suswandi", "Bupati", "Situbondo", "candidate"),
                ("Khoirani", "Wakil Bupati", "Situbondo", "candidate"),
            },
        ),
        # a counted group with a title, then the list of its members
        (
            "Ketiga penjabat Bupati yang dilantik hari ini adalah Rudolfus Tanaem untuk Kabupaten Kupang, "
            "Yohanes Bria di "
            "Timor Tengah Utara dan Markus Lelo untuk Belu.",
            {
                ("Rudolfus Tanaem", "Bupati", "Kabupaten Kupang", "acting"),
                ("Yohanes Bria", "Bupati", "Timor Tengah Utara", "acting"),
                ("Markus Lelo", "Bupati", "Belu", "acting"),
            },
        ),
        (
            "Arif Santoso menyiapkan tiga nama yang akan diseleksi sebagai calon Sekretaris Daerah (Sekda) "
            "Jatim. "
            "Yakni Hadi Prasetyo (Asisten I), Lina Marlina (Asisten II), serta Joko Widagdo (Asisten III).",
            {
                ("Hadi Prasetyo", "Asisten I", None, "current"),
                ("Lina Marlina", "Asisten II", None, "current"),
                ("Joko Widagdo", "Asisten III", None, "current"),
                ("Hadi Prasetyo", "Sekretaris Daerah", "Jawa Timur", "candidate"),
                ("Lina Marlina", "Sekretaris Daerah", "Jawa Timur", "candidate"),
                ("Joko Widagdo", "Sekretaris Daerah", "Jawa Timur", "candidate"),
            },
        ),
        # 'sebagai' gives the title to its subject, not to the name written after it
        (
            "Gubernur menunjuk Hasan Basri (Kepala Dinas Pertanian) sebagai Pj Bupati Paser Rahmat Hidayat "
            "yang masa "
            "jabatannya habis Agustus ini.",
            {
                ("Hasan Basri", "Kepala Dinas Pertanian", None, "current"),
                ("Hasan Basri", "Bupati", "Paser", "acting"),
            },
        ),
        (
            "Penjabatnya yakni Sekda Buru Umar Fauzi sebagai Penjabat Bupati Buru, "
            "Staf Ahli Gubernur Hasan Basri menjadi "
            "Penjabat Bupati Seram Bagian Barat.",
            {
                ("Umar Fauzi", "Sekretaris Daerah", "Buru", "current"),
                ("Umar Fauzi", "Bupati", "Buru", "acting"),
                ("Hasan Basri", "Staf Ahli Gubernur", None, "current"),
                ("Hasan Basri", "Bupati", "Seram Bagian Barat", "acting"),
            },
        ),
        # a relative clause on an object reaches the predicate
        (
            "Ia menggantikan Robert Latuheru yang sudah dua tahun menjabat sebagai Pj Wali Kota Ambon.",
            {("Robert Latuheru", "Wali Kota", "Ambon", "acting")},
        ),
        # a rotation: the earlier post is past, the new one current
        (
            "Budi Setiawan sebelumnya Asisten Pemerintahan kini diganti menjadi staff ahli Bidang Ekonomi "
            "dan Keuangan.",
            {
                ("Budi Setiawan", "Asisten Pemerintahan", None, "former"),
                ("Budi Setiawan", "Staf Ahli Bidang Ekonomi dan Keuangan", None, "current"),
            },
        ),
        (
            "Kemudian Rina Kusuma yang sebelumnya Kepala Dinas Sosial (Dinsos) menjadi naik jabatan ke "
            "Asisten Administrasi Umum.",
            {
                ("Rina Kusuma", "Kepala Dinas Sosial", None, "former"),
                ("Rina Kusuma", "Asisten Administrasi Umum", None, "current"),
            },
        ),
        # a bracketed abbreviation of several words between the title and the name
        (
            "Acara dibuka Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan RB) Hendra "
            "Gunawan.",
            {
                (
                    "Hendra Gunawan",
                    "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
                    None,
                    "current",
                )
            },
        ),
        # the name after a passive verb behind a title holds it now
        (
            "Kepala Dinas Sosial digantikan oleh Rina Kusuma yang sebelumnya menjabat Kepala Satpol PP.",
            {
                ("Rina Kusuma", "Kepala Dinas Sosial", None, "current"),
                ("Rina Kusuma", "Kepala Satuan Polisi Pamong Praja", None, "former"),
            },
        ),
        # 'wakilnya' gives the deputy title of the person named before
        (
            "Bupati Kediri Andi Wijaya membuka acara itu. “Kami siap bekerja,” kata Mas Andi dan wakilnya, "
            "Rina Lestari.",
            {
                ("Andi Wijaya", "Bupati", "Kediri", "current"),
                ("Rina Lestari", "Wakil Bupati", "Kediri", "current"),
            },
        ),
        # pairs in a list: a name with a title before it leaves the title after it to the next name
        (
            "Tito juga melantik penjabat lainnya, mereka adalah Pj Gubernur Bali; Agus Wirawan, "
            "Pj Gubernur Papua; "
            "Yohanes Kambu, Pj Gubernur Jambi; Rahmat Hidayat.",
            {
                ("Agus Wirawan", "Gubernur", "Bali", "acting"),
                ("Yohanes Kambu", "Gubernur", "Papua", "acting"),
                ("Rahmat Hidayat", "Gubernur", "Jambi", "acting"),
            },
        ),
        # a title naming its own body does not take an institution named nearby
        (
            "Pemkot Malang merombak Dinas Pendidikan. Rina Kusuma yang sebelumnya menjabat Staf Ahli Wali "
            "Kota kini menjadi "
            "Kepala Dinas Sosial.",
            {
                ("Rina Kusuma", "Staf Ahli Wali Kota", None, "former"),
                ("Rina Kusuma", "Kepala Dinas Sosial", None, "current"),
            },
        ),
        # a predicate opening a clause before its subject; the name after 'Menurut' only reports it
        (
            "Menurut Andi Wijaya, walaupun menjabat Plh Bupati Jember, "
            "Rudi Hartono tidak berhak mengambil kebijakan.",
            {("Rudi Hartono", "Bupati", "Jember", "acting")},
        ),
        # a run-together name keeps its title
        (
            "Hadir dalam acara itu Camat Genteng Rina KusumaDewi Lestari.",
            {("Rina KusumaDewi Lestari", "Camat", "Genteng", "current")},
        ),
        # a hospital's director is 'Direktur' of it; a new post makes the post named before past
        (
            "Di antara pejabat yang dimutasi adalah Kepala Puskesmas Sempu, Rina Lestari. "
            "Dia mendapat jabatan baru sebagai "
            "Plt. Direktur RSUD Tegalsari.",
            {
                ("Rina Lestari", "Kepala Puskesmas Sempu", "Puskesmas Sempu", "former"),
                ("Rina Lestari", "Direktur", "RSUD Tegalsari", "acting"),
            },
        ),
        # an incumbent with no title heads the region named before with its kind
        (
            "“Kami bekerja untuk warga Kota Blitar,” kata Hendra Wijaya. "
            "Sebagai petahana, semangat Hendra dalam melayani "
            "masyarakat tidak pernah surut.",
            {("Hendra Wijaya", "Wali Kota", "Blitar", "current")},
        ),
        # the running mate in an election is the deputy of the candidate's post
        (
            "Bupati Blitar Hendra Wijaya meresmikan pasar. "
            "Hendra yang berpasangan dengan Rudi Hartono meraih 50.000 suara "
            "dalam pilkada.",
            {
                ("Hendra Wijaya", "Bupati", "Blitar", "current"),
                ("Rudi Hartono", "Wakil Bupati", "Blitar", "current"),
            },
        ),
    ],
)
def test_titles_bound_to_persons(text: str, expected: set) -> None:
    assert titles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Surat itu dikirim ke Kementerian Dalam Negeri (Kemendagri) pekan lalu.",
            [("Kementerian Dalam Negeri (Kemendagri)", "Kementerian Dalam Negeri")],
        ),
        (
            "Laporan disusun Badan Perencanaan Pembangunan Daerah (Bappeda) Banyuwangi.",
            [
                (
                    "Badan Perencanaan Pembangunan Daerah (Bappeda) Banyuwangi",
                    "Badan Perencanaan Pembangunan Daerah Banyuwangi",
                )
            ],
        ),
        (
            "Pemkab Banyuwangi dan Pemerintah Kabupaten Banyuwangi adalah satu lembaga.",
            [
                ("Pemkab Banyuwangi", "Pemerintah Kabupaten Banyuwangi"),
                ("Pemerintah Kabupaten Banyuwangi", "Pemerintah Kabupaten Banyuwangi"),
            ],
        ),
        # a national ministry is not a regional office: the city after it is a place
        ("Rapat digelar di Kantor Kemendagri Jakarta pekan lalu.", [("Kemendagri", "Kemendagri")]),
        # a branch of the armed forces, several words with no head word
        (
            "Latihan itu melibatkan TNI Angkatan Udara dan warga.",
            [("TNI Angkatan Udara", "TNI Angkatan Udara")],
        ),
        # a ministry written out, then the city it sits in: the ministry alone
        (
            "Rapat digelar di Kementerian Dalam Negeri Jakarta pekan lalu.",
            [("Kementerian Dalam Negeri", "Kementerian Dalam Negeri")],
        ),
        # a ministry's regional office, named with the admin prefix, keeps its region
        (
            "Surat dikirim ke Kementerian Agama Kabupaten Jember.",
            [("Kementerian Agama Kabupaten Jember", "Kementerian Agama Kabupaten Jember")],
        ),
        # a section of a body is no institution of its own: only the body after it
        ("Kepala Bagian Umum Pemkab Jember Budi Santoso hadir.", [("Pemkab Jember", "Pemkab Jember")]),
        # a kind of institution is no institution
        ("Desa itu mengelola BUMDes (Badan Usaha Milik Desa) dengan baik.", []),
    ],
)
def test_institutions_and_aliases(text: str, expected: list) -> None:
    found = [(m.text, m.entity) for m in run_pipeline(text).mentions if m.label == "ORG"]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pasar baru dibuka di Kecamatan Genteng, Kabupaten Banyuwangi.",
            ["Kecamatan Genteng", "Kabupaten Banyuwangi"],
        ),
        ("Guntur Wibowo berjalan kaki ke balai desa.", []),
        ("Banjir melanda wilayah Sumber dan sekitarnya.", ["Sumber"]),
        ("Gubernur Jatim meninjau Surabaya dan Sidoarjo.", ["Jatim", "Surabaya", "Sidoarjo"]),
        (
            "Bantuan disalurkan di Desa Sumberagung, Kecamatan Pesanggaran.",
            ["Desa Sumberagung", "Kecamatan Pesanggaran"],
        ),
        ("Warga membersihkan Pantai Boom setiap pekan.", ["Pantai Boom"]),  # a feature named with its kind
        ("Pengunjung memadati Pantai Padang pada akhir pekan.", ["Pantai Padang"]),
        ("Program Desa Wisata terus dikembangkan.", []),
        # a country qualifying a document, a title or an institution is no place of the story
        ("Surat Keputusan Presiden (Keppres) RI dibacakan di Surabaya.", ["Surabaya"]),
        ("Ia dilantik atas keputusan Menteri Dalam Negeri Republik Indonesia kemarin.", []),
        ("Surat Kemendagri RI tiba di Sidoarjo.", ["Sidoarjo"]),
        # a country opening a longer name ('Indonesia Raya') is part of that name; a free one counts
        ("Upacara dibuka dengan lagu Indonesia Raya.", []),
        ("Ia meraih penghargaan terbaik se-Indonesia.", ["Indonesia"]),
        # a district right after a head that takes a region names the facility ('RSUD Genteng')
        ("Pasien dirujuk ke RSUD Genteng di Banyuwangi.", ["Banyuwangi"]),
        # a district inside a school name counts when its regency is named
        ("Ia bersekolah di MTS Negeri Srono, Banyuwangi.", ["Srono", "Banyuwangi"]),
        # a facility word opening a building's name is no place, even when a district has that name
        ("Tamu disambut di Pendopo Sekar Wangi, Jember.", ["Jember"]),
        ("Penyambutan digelar di Pendopo Kabupaten Lumajang.", ["Kabupaten Lumajang"]),
        # a district named right after a facility word names the building
        ("Revitalisasi Pasar Genteng dimulai di Banyuwangi.", ["Banyuwangi"]),
        # a hamlet after 'di' and before the village or district holding it
        (
            "Rombongan bermalam di Watuagung, Desa Mekarsari, Kecamatan Kaliwates.",
            ["Watuagung", "Desa Mekarsari", "Kecamatan Kaliwates"],
        ),
        (
            "Ia pulang ke rumahnya di Karangrejo, Kecamatan Sumbersari.",
            ["Karangrejo", "Kecamatan Sumbersari"],
        ),
        # a quarter between a building and its city
        ("Rapat digelar di Gedung Serbaguna, Batumerah, Ambon.", ["Batumerah", "Ambon"]),
        # names listed with commas are no hamlets
        ("Hadir dalam acara itu Budi, Ani, dan warga Surabaya.", ["Surabaya"]),
        # foreign places the gazetteer lacks: holy cities, capitals
        ("Jamaah berangkat dari Tanah Suci Makkah menuju Madinah.", ["Makkah", "Madinah"]),
        ("Delegasi dari Kuala Lumpur tiba di Surabaya.", ["Kuala Lumpur", "Surabaya"]),
        # a foreign place that is also a language needs a preposition
        ("Ia fasih berbahasa Inggris sejak kecil.", []),
        # a lower-case geographic noun makes the name after it a place, without the noun
        ("Rombongan berkeliling ke tiga kabupaten di daratan Flores.", ["Flores"]),
        ("Banjir meluap di sepanjang sungai Brantas.", ["Brantas"]),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [m.text for m in run_pipeline(text).mentions if m.label == "PLACE"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short form takes the full name the article also writes out
        (
            "Gubernur Jatim meninjau banjir di Jawa Timur.",
            [("Jatim", "Jawa Timur"), ("Jawa Timur", "Jawa Timur")],
        ),
        # a short form alone stays as written
        ("Gubernur Jatim meninjau Surabaya.", [("Jatim", "Jatim"), ("Surabaya", "Surabaya")]),
    ],
)
def test_place_entities(text: str, expected: list) -> None:
    assert [(m.text, m.entity) for m in run_pipeline(text).mentions if m.label == "PLACE"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # cue after, straight and curly marks
        ('"Kami siap bekerja keras," ujar Camat Genteng Slamet Riyadi.', [("Slamet Riyadi", "Kami")]),
        (
            "“Semua warga harus terlayani,” tegas Bupati Banyuwangi Ipuk Fiestiandani.",
            [("Ipuk Fiestiandani", "Semua")],
        ),
        # cue before
        (
            "Bupati Jember Hendra Wijaya mengatakan, “Jalan ini akan selesai tahun depan.”",
            [("Hendra Wijaya", "Jalan")],
        ),
        # pronoun cue after a named speaker
        (
            "“Kami datang untuk belajar,” kata Askari.\n\n“Kami juga ingin bekerja sama,” imbuhnya.",
            [("Askari", "Kami"), ("Askari", "Kami")],
        ),
        # a quote over two paragraphs
        (
            "“Program ini sudah berjalan lima tahun.\n\n“Tahun depan kami perluas ke semua desa,” jelas "
            "Ipuk.",
            [("Ipuk", "Program")],
        ),
        # an unbalanced mark skips that quote, not the next one
        (
            "Warga menyebut jalan itu “jalan tikus. Lalu ia pulang.\n\n“Kami akan perbaiki,” kata Askari.",
            [("Askari", "Kami")],
        ),
        # a document's wording has no speaker
        (
            "Bupati Jember Hendra Wijaya membuka rapat.\n\n“Menetapkan jam kerja baru mulai bulan depan,” "
            "demikian bunyi "
            "surat edaran itu.",
            [],
        ),
        # the name after 'kepada' is the one spoken to
        (
            "Gubernur Bali Made Surya mengatakan desa itu maju.\n\n"
            "“Jaga terus semangat warga desa,” pesan Gubernur kepada "
            "Ketut Arya.",
            [("Made Surya", "Jaga")],
        ),
        # a pronoun points back to the subject of the sentence, not to a name after 'oleh'
        (
            "Camat Genteng Slamet Riyadi membenarkan bahwa lomba dibuka oleh Ipuk Fiestiandani.\n\n"
            "“Betul sekali,” kata dia.",
            [("Slamet Riyadi", "Betul")],
        ),
        # a paragraph of direct speech without marks, closed by its cue
        (
            "Bupati Jember Hendra Wijaya mengatakan jalan desa terus dibangun.\n\n"
            "Tahun ini kami bangun sepuluh ruas jalan "
            "di desa terpencil, ungkap Bupati.",
            [("Hendra Wijaya", "Tahun")],
        ),
        ("Jalan desa itu rusak parah sejak musim hujan tahun lalu, kata Hendra Wijaya.", []),
        # the same statement repeated (a teaser above the story) is one quote
        (
            "“Kami siap bekerja keras,” kata Askari.\n\nRapat digelar pagi.\n\n"
            "“Kami siap bekerja keras,” kata Askari.",
            [("Askari", "Kami")],
        ),
    ],
)
def test_quotes(text: str, expected: list) -> None:
    assert speakers(text) == expected
