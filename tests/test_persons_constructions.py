"""One row per person or quote construction of issue 13, each in a sentence written for the test (other names,
other regions than the corpora), run through the real pipeline with exact results."""

from __future__ import annotations

import pytest

from conftest import run_pipeline

LEAD = "Kabar daerah hari ini\n\n"  # the first line of a text is its headline


def persons(text: str) -> set[str]:
    return {m.entity for m in run_pipeline(LEAD + text).mentions if m.label == "PERSON"}


def speakers(text: str) -> list[tuple[str, str]]:
    facts = run_pipeline(LEAD + text).facts
    return [(f.subject, f.object.split()[0]) for f in facts if f.predicate == "said"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a common word opening the sentence is no word of the name after it ('Karier'); a given name is
        ("Ia lahir di Ende. Karier Lukas Mbaru dimulai sebagai Camat Ruteng.", {"Lukas Mbaru"}),
        ("Ia lahir di Ende. Bagus Wirawan menjelaskan jalan itu rusak.", {"Bagus Wirawan"}),
        # Sasak names: 'Baiq' opens one; 'Lalu' is a name word before a name, not an adverb opening a sentence
        ("Lomba itu dimenangi Baiq Ratna Sari dari Lombok Tengah.", {"Baiq Ratna Sari"}),
        ("Gubernur NTB Lalu Gita Ariadi membuka acara.", {"Lalu Gita Ariadi"}),
        ("Rapat itu molor. Lalu Sekda datang terlambat.", set()),
        # a Batak woman's name with 'br' (boru) before her clan name
        ("Ketua panitia, Lamria br Sitompul, membuka lomba itu.", {"Lamria br Sitompul"}),
        # names listed together, each opened by a given name, with no other cue
        (
            "Turut hadir Budi Prasetyo, Dewi Lestari, dan Agus Wibowo di balai desa.",
            {"Budi Prasetyo", "Dewi Lestari", "Agus Wibowo"},
        ),
        # 'bernama' after a noun for a person names one; after a band it does not
        ("Seorang pedagang bernama Sumarni Wati kehilangan dagangannya.", {"Sumarni Wati"}),
        ("Ia membentuk grup musik bernama Lentera Senja bersama kawan kuliah.", set()),
        # a Javanese honorific before a name is no word of it
        ("Sesepuh desa, Mbah Sastro Wiyono, memimpin doa.", {"Sastro Wiyono"}),
        # who is born is a person
        ("Warga desa berkumpul. Yosef Lenggu lahir di Kupang pada 1975.", {"Yosef Lenggu"}),
        # a party's nominee, a defendant, a suspect: the name after the word
        ("Partai Gerindra resmi mengusung Surya Atmaja di pilkada kota.", {"Surya Atmaja"}),
        ("Sidang kasus itu menghadirkan terdakwa Joko Waluyo di ruang utama.", {"Joko Waluyo"}),
        # appointment lists 'TITLE PLACE NAME, TITLE PLACE NAME dan TITLE PLACE NAME' are running text
        (
            "Kemudian Penjabat Bupati Sikka Jonas Ratu, Penjabat Bupati Ende Paulus Wora dan Penjabat Bupati "
            "Nagekeo Tobias Dhae.",
            {"Jonas Ratu", "Paulus Wora", "Tobias Dhae"},
        ),
        (
            "Bupati Sleman Rina Ayu, Bupati Bantul Dodi Hasan dan Bupati Kulon Progo, Ida Sari hadir dalam "
            "rapat.",
            {"Rina Ayu", "Dodi Hasan", "Ida Sari"},
        ),
        # a name particle opens the name; a degree after it is no word of a longer phrase
        ("Sementara itu, Sekda Kabupaten Bone Al Rasyid Amiruddin hadir.", {"Al Rasyid Amiruddin"}),
        ("Kata Kepala Bidang Humas Polda Sulsel, Kombes Pol. Hendra Wijaya SE, Senin.", {"Hendra Wijaya"}),
        # an Acehnese honorific is not part of the name
        ("Tgk Hasan Basri, mantan Bupati Pidie periode 2007-2012, meninggal dunia.", {"Hasan Basri"}),
        # the spouse named after 'menikah dengan'
        (
            "Bupati Sigi Irwan Lapatta menikah dengan Rina Marlina pada 1998.",
            {"Irwan Lapatta", "Rina Marlina"},
        ),
        # a ticket's number before its names; an en dash between the two
        ("Pasangan nomor urut 3, Yohanes Lado – Maria Bete, unggul di Belu.", {"Yohanes Lado", "Maria Bete"}),
        # a name's initials in brackets after it (an honorific's may open them); not common words' short form
        ("Pasalnya, bupatinya Yohanes Lado Bete (YLB) terjaring OTT.", {"Yohanes Lado Bete"}),
        ("Rumah itu bersebelahan dengan rumah H Agus Wirya (HAW) di Tabanan.", {"Agus Wirya"}),
        ("Mahasiswa itu mengikuti Kuliah Kerja Nyata (KKN) di Tabanan.", set()),
        # a capitalised word numbered after a title is no holder; common words in title case are no names
        ("Hadir pula Anggota DPRD Belu Dapil 2 dalam rapat itu.", set()),
        (
            "Jabatan Kepala Dinas Sosial dan Jajaran Kepala Satuan Kerja hadir dalam Pilkada Serentak 2024.",
            set(),
        ),
        # a first name confirmed alone confirms it with a surname elsewhere, not with a headline's words
        ("Seperti Yosef Lalong. Kini Yosef menempati Kepala Biro Humas.", {"Yosef Lalong"}),
        ("Yosef Segera Dilantik\n\nKini Yosef menempati Kepala Biro Humas.", {"Yosef"}),
        # a unit's seat after its number is no name
        ("Ia pernah menjabat Danbrigif 20/Ima Jaya Keramo dan Pangdam XIV/Hasanuddin.", set()),
        # a title and its abbreviation in brackets, then the region, then the name
        ("Hadir pula Sekretaris Daerah (Sekda) Sikka Agus Dua dalam rapat itu.", {"Agus Dua"}),
        # a title we do not know, then a rank: the name is after the rank
        (
            "Kapolresta Manado Kombes Yosef Lendo meninjau pos pengamanan.",
            {"Yosef Lendo"},
        ),
        # a title word written wrong is no name, nor is the region after it
        ("Surat itu diteken oleh Gubenur Sulawesi Utara Olly Pangemanan pekan lalu.", {"Olly Pangemanan"}),
        ("Rapat dipimpin Seketatis Daerah Halmahera Barat.", set()),
        # regional naming systems, with no cue at all
        (
            "Acara itu dihadiri Ni Made Ayu Lestari dan I Gusti Ngurah Wirawan.",
            {"Ni Made Ayu Lestari", "I Gusti Ngurah Wirawan"},
        ),
        ("Upacara itu dipimpin Ida Bagus Ketut Rai di pura desa.", {"Ida Bagus Ketut Rai"}),
        (
            "Hadir pula Anak Agung Gde Putra serta Cokorda Gede Raka dalam rapat tersebut.",
            {"Anak Agung Gde Putra", "Cokorda Gede Raka"},
        ),
        (
            "Pelatihan itu diikuti Made Sukerta, Komang Ariani dan Nyoman Suastika.",
            {"Made Sukerta", "Komang Ariani", "Nyoman Suastika"},
        ),
        ("Dalam kesempatan itu, Pj Bupati Buton La Ode Mustari menyerahkan bantuan.", {"La Ode Mustari"}),
        ("Wakil Bupati Bone Andi Sudirman Rahman meninjau sawah.", {"Andi Sudirman Rahman"}),
        ("Kunjungan itu disambut hangat Rudi Hartono Siregar bersama warga.", {"Rudi Hartono Siregar"}),
        # a status word between the title and the name; an acting marker between the predicate and the title
        ("Hadir pula Bupati Sinjai nonaktif Andi Seto Asapa.", {"Andi Seto Asapa"}),
        ("Sejak 2020, Haris Lamanda menjabat sebagai Pejabat Sementara Bupati.", {"Haris Lamanda"}),
        # the years a title is held for, between the title and the name
        (
            "Hadir Wakil Ketua DPRD Sulteng 2019-2024 Rina Lamato dan Ketua DPRD Sulteng periode 2014-2019 "
            "Aminuddin Ponulele.",
            {"Rina Lamato", "Aminuddin Ponulele"},
        ),
        # a calling right before the name, not one in apposition before a place
        ("Lagu itu digarap bersama musisi ternama Fajar Teguh dan Wulan.", {"Fajar Teguh", "Wulan"}),
        ('"Tradisi itu harus dijaga," kata Ratmi, budayawan Tembokrejo, usai acara.', {"Ratmi"}),
        ("Kritik itu disampaikan politikus Gerindra di Jakarta.", set()),
        # initials before a surname
        ("Rapat itu dipimpin AB Setiawan dari dinas koperasi.", {"AB Setiawan"}),
        # honorifics and ranks are not part of the name
        ("Hi Umar Baswedan hadir dalam rapat koordinasi itu.", {"Umar Baswedan"}),
        ("Kapolsek Rappocini Kompol Syamsuardi Lolo meninjau pos jaga.", {"Syamsuardi Lolo"}),
        (
            "Turut hadir Dandim 1408 Makassar Kolonel Inf Franky Susanto dan Kapolrestabes Makassar "
            "Kombes Pol Mokhamad Ngajib.",
            {"Franky Susanto", "Mokhamad Ngajib"},
        ),
        # ', dan' before the last name of a list
        (
            "Ketiganya yaitu Abdul Haris, Sitti Nurhaedah, dan Muh Yunus.",
            {"Abdul Haris", "Sitti Nurhaedah", "Muh Yunus"},
        ),
        # an honorific written together with an initial
        ("Dia mendampingi Calon Bupati Bojonegoro HM Santoso dalam pilkada.", {"M Santoso"}),
        # a name and its alias
        (
            "Orang itu dekat sekali. Marlina Rosa Dewi, alias Marlina Tani, kini menjadi kepala desa.",
            {"Marlina Rosa Dewi"},
        ),
        # capitalised common words are never persons
        ("Diketahui, Wahyuni Sari saat ini menjabat Kepala Dinas Sosial.", {"Wahyuni Sari"}),
        ("Menjabat sebagai bupati dua periode, dia dikenal dekat dengan petani.", set()),
        (
            "Pemberhentian Rosdiana Tiro dan Jufri Malla sebagai kepala desa diumumkan kemarin.",
            {"Rosdiana Tiro", "Jufri Malla"},
        ),
        ("Apalagi kata dia, jalan itu rusak parah sejak lama.", set()),
        ("Sebenarnya kata itu dipilih sebagai nama acara.", set()),
        # a common word opening a sentence before a name named before
        (
            "Bupati Sinjai Andi Seto Asapa membuka pasar. Karier Seto di dunia politik dimulai sejak muda.",
            {"Andi Seto Asapa"},
        ),
    ],
)
def test_person_constructions(text: str, expected: set[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speaker written with a title before the name is that person
        (
            '"Kami akan menindak tegas pelaku," kata Kapolda Sulut Irjen Pol Roycke Langie.',
            [("Roycke Langie", "Kami")],
        ),
        (
            '"Stok beras cukup sampai akhir tahun," ujar Kepala Bulog Sulsel, Yusri Daeng Mattola.',
            [("Yusri Daeng Mattola", "Stok")],
        ),
        (
            '"Target kami tercapai," tutur Direktur RSUD Daya, dr. Nurhasanah Syam.',
            [("Nurhasanah Syam", "Target")],
        ),
        # a short form two names share stands for the one named first
        (
            "Bupati Gianyar I Made Mahayastra membuka pasar murah. Ketua TP PKK Gianyar "
            "Ni Luh Ayu Mahayastra turut hadir. Mahayastra mengatakan pasar digelar rutin. "
            '"Harga harus terjangkau," katanya.',
            [("I Made Mahayastra", "Harga")],
        ),
        # a name inside a title the extractor kept whole
        (
            "Jabatan itu kini dipegang oleh Sugiarto Rahman. "
            '"Semua sudah sesuai aturan," ujar Kabag Humas dan Protokol Sugiarto Rahman.',
            [("Sugiarto Rahman", "Semua")],
        ),
        # a leading cue before the speaker: 'Menurut NAME, “…”'
        (
            'Menurut Kepala Dinas Sosial Maluku Tengah, Rahman Tuasikal, "Bantuan disalurkan pekan depan."',
            [("Rahman Tuasikal", "Bantuan")],
        ),
        # a bare title after the cue: the person given it before, else no one
        (
            "Pelantikan dipimpin Bupati Wakatobi Haliana didampingi Wakil Bupati Ilmiati Daud.\n"
            '"Saya berharap para pejabat bekerja keras," harap Bupati dalam sambutannya.',
            [("Haliana", "Saya")],
        ),
        ('"Semua berjalan lancar," kata Sekda. Rapat digelar besok.', []),
        (
            "Rombongan dipimpin Wakil Bupati Luwu Timur, H. Budiman Hakim.\n"
            '"Kami datang untuk belajar," kata Wakil Bupati Luwu Timur dalam siaran pers.',
            [("Budiman Hakim", "Kami")],
        ),
        # a capitalised word after the cue that is no one we know: no speaker rather than the wrong one
        (
            '"Kami belum tahu," kata Lina Marlina.\n'
            '"Pelantikan digelar besok," ujar RTZ, dikutip media lokal.',
            [("Lina Marlina", "Kami")],
        ),
        # a pronoun cue points to the person of the paragraph who spoke, not to one named after it
        (
            "Kasi Intel Kejari Alor, Yusuf Tanone, membenarkan penahanan Kades Lembur inisial Dus. "
            '"Tersangka kami tahan dua puluh hari," ujarnya.',
            [("Yusuf Tanone", "Tersangka")],
        ),
        # a pronoun cue after 'Menurut dia' points to the person of that paragraph
        (
            '"Kami belum tahu," kata Lina Marlina.\n'
            "Wakapolres Bitung Kompol Hendra Tuwo membenarkan kabar itu. Menurut dia, prosesnya panjang.\n"
            '"Resminya belum diputuskan," ujarnya.',
            [("Lina Marlina", "Kami"), ("Hendra Tuwo", "Resminya")],
        ),
    ],
)
def test_quote_constructions(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


# -- the data files behind these constructions -------------------------------------------------------------


def test_root_words_are_lowercase_letters_and_include_common_roots() -> None:
    from kabar_cli import lexicon

    roots = lexicon.root_words()
    assert len(roots) > 29000
    assert all(w.isalpha() and w == w.lower() for w in roots)
    assert {"tahu", "henti", "kata", "jabat", "bangun"} <= roots


def test_root_words_file_is_what_the_script_writes() -> None:
    """The header names the source and the script; the words are sorted and unique, as the script writes."""
    from kabar_cli import lexicon

    lines = lexicon.read_text("root_words.txt").splitlines()
    header = [line for line in lines if line.startswith("#")]
    words = [line for line in lines if not line.startswith("#")]
    assert "Sastrawi" in header[0] and "build_root_words.py" in header[1]
    assert words == sorted(set(words))


def test_given_names_are_lowercase_letters_and_hold_names_that_are_root_words_too() -> None:
    from kabar_cli import lexicon

    names = lexicon.given_names()
    assert len(names) > 800
    assert all(w.isalpha() and w == w.lower() for w in names)
    assert {"siti", "rahayu", "bambang"} <= names & lexicon.root_words()


def test_given_names_file_is_what_the_script_writes() -> None:
    from kabar_cli import lexicon

    lines = lexicon.read_text("given_names.txt").splitlines()
    header = [line for line in lines if line.startswith("#")]
    words = [line for line in lines if not line.startswith("#")]
    assert "Faker" in header[0] and "build_given_names.py" in header[1]
    assert words == sorted(set(words))


def test_added_given_names_are_sorted_new_lowercase_names() -> None:
    from kabar_cli import lexicon

    lines = lexicon.read_text("given_names_added.txt").splitlines()
    words = [line for line in lines if not line.startswith("#")]
    assert words == sorted(set(words)) and all(w.isalpha() and w == w.lower() for w in words)
    assert not set(words) & lexicon.word_set("given_names.txt")  # only names Faker's list lacks
    assert {"sri", "ahmad", "yohanes"} <= lexicon.given_names()


def test_affixes_read_as_a_typed_view() -> None:
    from kabar_cli import lexicon

    affix = lexicon.affixes()
    assert affix.min_root >= 3
    assert affix.verb_prefixes <= set(affix.prefixes) and affix.inner_prefixes <= set(affix.prefixes)
    assert all(p.isalpha() and p == p.lower() for p in affix.prefixes)
    assert all(s.isalpha() for s in [*affix.inflections, *affix.derivations])


@pytest.mark.parametrize(
    "word, affixed",
    [
        ("Diketahui", True),  # di-ke-tahu-i
        ("Pemberhentian", True),  # pem-ber-henti-an
        ("Katanya", True),  # kata-nya
        ("Menjabat", True),  # men-jabat
        ("Tambunan", False),  # a suffix alone: a Batak clan name
        ("Sebayang", False),  # se- alone: a Karo clan name
        ("Meliana", False),  # me- alone makes no affixed word
        ("Budi", False),  # a root word may be a name
        ("Sutarmidji", False),
    ],
)
def test_affixed_words(word: str, affixed: bool) -> None:
    from kabar_cli.extract.words import affixed_word

    assert affixed_word(word) is affixed


@pytest.mark.parametrize(
    "word, misspelt",
    [("Gubenur", True), ("Sekertaris", True), ("Assisten", True), ("Mentari", False), ("Hermawan", False)],
)
def test_misspelt_title_words(word: str, misspelt: bool) -> None:
    from kabar_cli.extract.person_words import misspelt_title_word

    assert misspelt_title_word(word) is misspelt


@pytest.mark.parametrize(
    "key",
    [
        "name_openers",
        "clan_names",
        "nickname_cues",
        "alias_cues",
        "nickname_gap",
        "coordinators",
        "item_cues",
        "familiar",
        "inner_particles",
        "demonstratives",
        "list_joiners",
        "occupations_of_an_institution",
        "occupation_adjectives",
        "period_words",
        "fused_honorifics",
    ],
)
def test_people_word_lists_are_unique_and_read(key: str) -> None:
    from kabar_cli import lexicon

    words = lexicon.people()[key]
    assert words and len(words) == len(set(words))


def test_one_list_of_occupations_and_of_status_words() -> None:
    """Occupations and the status words after a title are titles.json's; people.json only says which
    occupations come before an institution rather than a name."""
    from kabar_cli import lexicon
    from kabar_cli.lexicon.title_grammar import title_lexicon

    people = lexicon.people()
    assert "occupations" not in people and "status_words" not in people
    assert set(people["occupations_of_an_institution"]) <= set(title_lexicon().occupations)
    assert {"nonaktif", "terpilih", "petahana", "terdahulu"} <= set(title_lexicon().status_suffixes)


def test_name_openers_and_clan_names_are_capitalised_names() -> None:
    from kabar_cli import lexicon

    people = lexicon.people()
    for word in [*people["name_openers"], *people["clan_names"]]:
        assert all(part[:1].isupper() for part in word.split()), word
