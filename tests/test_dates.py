"""Table tests of the Indonesian date normaliser, one row per expression of issue 4,
plus property tests (never raises, values always in FORMAT.md form) and bounded-time
checks on adversarial input.  All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar_cli.dates import DateMatch, find_dates, find_published, infer_anchor, scan_dates
from kabar_cli.dates.model import KINDS, is_valid_value

D = dt.date
RABU = D(2024, 9, 4)  # a Wednesday
FORMAT_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$")


def one(text: str, anchor: dt.date | None, expr: str) -> DateMatch:
    """The single match whose text is ``expr``."""
    found = [m for m in find_dates(text, anchor) if m.text == expr]
    assert len(found) == 1, [(m.text, m.value) for m in find_dates(text, anchor)]
    return found[0]


# (sentence, anchor, expected span text, expected value, expected kind)
ROWS = [
    # full dates
    (
        "Ia lahir di Jember pada 15 September 1966 dari keluarga petani.",
        None,
        "15 September 1966",
        "1966-09-15",
        "day",
    ),
    (
        "Festival dibuka Kamis, 25 April 2024 di alun-alun kota.",
        None,
        "Kamis, 25 April 2024",
        "2024-04-25",
        "day",
    ),
    ("Sabtu, 23 Des 2017 09:24 WIB\nWarga memadati pantai.", None, "Sabtu, 23 Des 2017", "2017-12-23", "day"),
    ("Surat edaran itu bertanggal 25/04/2024 dan sudah diedarkan.", None, "25/04/2024", "2024-04-25", "day"),
    ("Basis data terakhir diperbarui 2024-04-25 oleh operator.", None, "2024-04-25", "2024-04-25", "day"),
    ("Rapat pertama diadakan 3 Jan 2020 di aula.", None, "3 Jan 2020", "2020-01-03", "day"),
    ("Laporan diserahkan 4 Peb 2021 kepada dewan.", None, "4 Peb 2021", "2021-02-04", "day"),
    ("Laporan diserahkan 5 Feb 2021 kepada dewan.", None, "5 Feb 2021", "2021-02-05", "day"),
    ("Pawai budaya digelar 6 Agu 2022 sore.", None, "6 Agu 2022", "2022-08-06", "day"),
    ("Pawai budaya digelar 7 Agt 2022 sore.", None, "7 Agt 2022", "2022-08-07", "day"),
    ("Sidang dimulai 8 Sept 2023 pagi.", None, "8 Sept 2023", "2023-09-08", "day"),
    ("Lomba desa dinilai 9 Okt 2023 oleh tim.", None, "9 Okt 2023", "2023-10-09", "day"),
    ("Pasar murah dibuka 10 Nop 2023 di kecamatan.", None, "10 Nop 2023", "2023-11-10", "day"),
    ("Pasar murah dibuka 11 Nov 2023 di kecamatan.", None, "11 Nov 2023", "2023-11-11", "day"),
    ("Jembatan diresmikan 12 Des 2023 oleh gubernur.", None, "12 Des 2023", "2023-12-12", "day"),
    # news convention, against the anchor
    ("Bupati meninjau lokasi banjir, Rabu (4/9).", RABU, "Rabu (4/9)", "2024-09-04", "day"),
    ("Bupati meninjau lokasi banjir, Rabu (4/9).", D(2025, 1, 10), "Rabu (4/9)", "2024-09-04", "day"),
    ("Rombongan tiba di pendopo, Rabu (9/3/2022).", None, "Rabu (9/3/2022)", "2022-03-09", "day"),
    ("Pesta rakyat digelar Selasa (10/12/2024) malam.", None, "Selasa (10/12/2024)", "2024-12-10", "day"),
    ("Tim kembali ke kabupaten pada Sabtu (27/2).", D(2021, 2, 26), "Sabtu (27/2)", "2021-02-27", "day"),
    ("kata Camat kepada wartawan di Lumajang, Jumat.", RABU, "Jumat", "2024-08-30", "weekday"),
    ("kata Camat kepada wartawan di Lumajang, Jumat.", None, "Jumat", None, "weekday"),
    (
        "Pelantikan dijadwalkan pada hari Minggu di gedung negara.",
        D(2022, 5, 22),
        "hari Minggu",
        "2022-05-22",
        "weekday",
    ),
    ("Kepala desa itu dipanggil Senin lalu.", RABU, "Senin lalu", "2024-09-02", "weekday"),
    ("Kepala desa itu dipanggil Senin lalu.", D(2024, 9, 2), "Senin lalu", "2024-08-26", "weekday"),
    ("Hal itu disampaikan camat kepada wartawan, kemarin.", RABU, "kemarin", "2024-09-03", "relative"),
    ("Hal itu disampaikan camat kepada wartawan, kemarin.", None, "kemarin", None, "relative"),
    ("Pendaftaran ditutup hari ini pukul 16.00.", RABU, "hari ini", "2024-09-04", "relative"),
    ("Jenazah akan dimakamkan siang ini di Blitar.", RABU, "siang ini", "2024-09-04", "relative"),
    ("Kepala desa itu ditahan tadi malam oleh jaksa.", RABU, "tadi malam", "2024-09-04", "relative"),
    ("Rapat lanjutan digelar sore nanti di kantor bupati.", RABU, "sore nanti", "2024-09-04", "relative"),
    ("Hasil seleksi diumumkan besok di laman resmi.", RABU, "besok", "2024-09-05", "relative"),
    ("Gudang itu terbakar pekan lalu.", RABU, "pekan lalu", "2024-08-26/2024-09-01", "relative"),
    ("Tarif baru berlaku bulan depan.", RABU, "bulan depan", "2024-10", "relative"),
    ("Anggaran tahun lalu tidak terserap.", RABU, "tahun lalu", "2023", "relative"),
    ("Bantuan itu cair dua hari lalu.", RABU, "dua hari lalu", "2024-09-02", "relative"),
    ("Realisasi pajak tahun ini melampaui target.", RABU, "tahun ini", "2024", "relative"),
    # months and years
    ("Pada Oktober 2022, dinas meluncurkan aplikasi antrean.", None, "Oktober 2022", "2022-10", "month"),
    ("Kabupaten itu dimekarkan pada 2012 dari induknya.", None, "2012", "2012", "year"),
    ("Gedung baru rampung pada akhir 2022.", None, "akhir 2022", "2022", "year"),
    ("Program itu dimulai awal 2023.", None, "awal 2023", "2023", "year"),
    ("Survei dilakukan pertengahan 2021.", None, "pertengahan 2021", "2021", "year"),
    ("Terminal ditargetkan beroperasi pada 2027 mendatang.", None, "2027 mendatang", "2027", "year"),
    ("Desa itu juara pada ajang Village Awards 2023 tingkat nasional.", None, "2023", "2023", "year"),
    ("Kedua calon bertarung dalam Pilkada 2024 ini.", None, "2024 ini", "2024", "year"),
    ("Perda itu terbit pada Tahun Anggaran 2022.", None, "Tahun Anggaran 2022", "2022", "year"),
    ("Desember mendatang pemilu digelar serentak.", D(2015, 4, 22), "Desember mendatang", "2015-12", "month"),
    # intervals and open intervals
    (
        "Pameran berlangsung 8-9 Maret 2022 di gedung serbaguna.",
        None,
        "8-9 Maret 2022",
        "2022-03-08/2022-03-09",
        "interval",
    ),
    (
        "Lomba digelar 8 hingga 10 Maret di lapangan.",
        D(2022, 3, 11),
        "8 hingga 10 Maret",
        "2022-03-08/2022-03-10",
        "interval",
    ),
    ("Ia menjabat kepala dinas 2010-2015.", None, "2010-2015", "2010/2015", "interval"),
    ("Ia bertugas di Sumenep 2010 hingga 2019.", None, "2010 hingga 2019", "2010/2019", "interval"),
    ("Ia mengabdi mulai 2010 hingga 2019 di sana.", None, "2010 hingga 2019", "2010/2019", "interval"),
    ("Ia terpilih untuk periode 2016-2021.", None, "2016-2021", "2016/2021", "interval"),
    ("Program itu berjalan sejak 2016 di seluruh desa.", None, "sejak 2016", "2016/..", "open"),
    ("Ia memimpin dinas itu 2019 hingga sekarang.", None, "2019 hingga sekarang", "2019/..", "open"),
    ("Ia tinggal di desa itu 2015 sampai saat ini.", None, "2015 sampai saat ini", "2015/..", "open"),
    (
        "Pengiriman berlangsung 8 Maret hingga 10 April 2022.",
        None,
        "8 Maret hingga 10 April 2022",
        "2022-03-08/2022-04-10",
        "interval",
    ),
    (
        "Musim tanam berlangsung Oktober-Desember 2024.",
        None,
        "Oktober-Desember 2024",
        "2024-10/2024-12",
        "interval",
    ),
    (
        "Bazar digelar Sabtu-Minggu (7-8/9/2024) di lapangan.",
        None,
        "Sabtu-Minggu (7-8/9/2024)",
        "2024-09-07/2024-09-08",
        "interval",
    ),
    (
        "Pendaftaran dibuka 1 Desember 2023 s.d. 31 Januari 2024.",
        None,
        "1 Desember 2023 s.d. 31 Januari 2024",
        "2023-12-01/2024-01-31",
        "interval",
    ),
    (
        "Pameran digelar Senin (9/9/2024) hingga Rabu (11/9/2024) di GOR.",
        None,
        "Senin (9/9/2024) hingga Rabu (11/9/2024)",
        "2024-09-09/2024-09-11",
        "interval",
    ),
    ("Warga sudah menunggu sejak Januari 2023.", None, "sejak Januari 2023", "2023-01/..", "open"),
    ("Tunjangan naik sejak tahun lalu.", RABU, "sejak tahun lalu", "2023/..", "open"),
    ("Masa jabatannya habis 30 Juni nanti.", D(2015, 4, 22), "30 Juni nanti", "2015-06-30", "day"),
    ("Masa jabatannya habis 23 November ini.", D(2015, 4, 22), "23 November ini", "2015-11-23", "day"),
    ("Pelantikan digelar 6 Februari mendatang.", D(2025, 1, 28), "6 Februari mendatang", "2025-02-06", "day"),
    ("Pasar itu terbakar pada 10 September lalu.", RABU, "10 September lalu", "2023-09-10", "day"),
    (
        "Kunjungan dimulai dari tanggal 22 Maret di Kupang.",
        D(2021, 3, 27),
        "tanggal 22 Maret",
        "2021-03-22",
        "day",
    ),
    # a day opening an interval: a tenure from that day on
    ("Ia bertugas sebagai camat mulai 14 Juni 2022.", None, "mulai 14 Juni 2022", "2022-06-14/..", "open"),
    ("Kantor itu dikosongkan sejak 3 Maret 2018.", None, "sejak 3 Maret 2018", "2018-03-03/..", "open"),
    (
        "Terhitung sejak tanggal 2 Mei, Sekda menjalankan tugas bupati.",
        D(2020, 5, 4),
        "sejak tanggal 2 Mei",
        "2020-05-02/..",
        "open",
    ),
    # two days, either of them; the n-th or last week of a month
    (
        "Musyawarah desa digelar 11 atau 12 Juni mendatang.",
        D(2023, 6, 1),
        "11 atau 12 Juni mendatang",
        "2023-06-11/2023-06-12",
        "interval",
    ),
    (
        "Vaksinasi ditargetkan rampung pekan terakhir Maret 2022.",
        None,
        "pekan terakhir Maret 2022",
        "2022-03-25/2022-03-31",
        "interval",
    ),
    (
        "Lomba dimulai minggu kedua bulan Juli 2019.",
        None,
        "minggu kedua bulan Juli 2019",
        "2019-07-08/2019-07-14",
        "interval",
    ),
    # a month named alone: the one nearest the anchor, or the year the text gave it
    ("Rotasi pejabat direncanakan pada Mei, kata Sekda.", D(2023, 3, 2), "Mei", "2023-05", "month"),
    ("Anggaran cair Januari, ujar bendahara desa.", D(2022, 11, 20), "Januari", "2023-01", "month"),
    (
        "Pelantikan digelar 2 April 2019. Sejak April, kantor itu ramai.",
        D(2019, 9, 1),
        "Sejak April",
        "2019-04/..",
        "open",
    ),
    ("Bantuan itu turun pada bulan Agustus.", None, "bulan Agustus", None, "month"),
    # English month names of a byline
    ("Rilis pers tertanggal 3 March 2021 itu dibagikan.", None, "3 March 2021", "2021-03-03", "day"),
    (
        "Tadi siang warga sudah berkumpul di balai desa.",
        D(2024, 1, 9),
        "Tadi siang",
        "2024-01-09",
        "relative",
    ),
    # a weekday that fits only a year away: the digits are trusted
    ("Tim tiba di Kendari, Sabtu (5/6) sore.", D(2022, 6, 5), "Sabtu (5/6)", "2022-06-05", "day"),
    ("Pelantikan dijadwalkan Jumat (26/10) malam.", D(2019, 10, 25), "Jumat (26/10)", "2019-10-26", "day"),
    # ... unless the digits point months ahead and the weekday fits the year before (an older photo)
    ("Warga mengantre di posko bantuan, Kamis (21/7).", D(2017, 5, 17), "Kamis (21/7)", "2016-07-21", "day"),
    # a year counted back from a birth; a year or month counted from the one the text just named
    ("Bupati kelahiran 52 tahun lalu itu dilantik.", RABU, "52 tahun lalu", "1972", "relative"),
    ("Pagu dana desa 2021 naik dari tahun sebelumnya.", RABU, "tahun sebelumnya", "2020", "relative"),
    ("Kunjungan wisata naik dibanding tahun sebelumnya.", RABU, "tahun sebelumnya", "2023", "relative"),
    (
        "Gaji ke-13 cair pada Juni 2023. Tunjangan menyusul bulan berikutnya.",
        RABU,
        "bulan berikutnya",
        "2023-07",
        "relative",
    ),
    # part of this year or month
    ("Laporan keuangan harus rampung menjelang akhir tahun.", RABU, "akhir tahun", "2024", "relative"),
    ("Insentif guru ngaji cair awal bulan.", RABU, "awal bulan", "2024-09", "relative"),
    # a month name misspelt by one letter
    ("Pemilihan kepala desa digelar 14 Desembet 2025.", None, "14 Desembet 2025", "2025-12-14", "day"),
    ("Rapat pleno digelar 3 Nopembr 2021 di aula.", None, "3 Nopembr 2021", "2021-11-03", "day"),
    ("Tugu itu diresmikan 17 Agsutus 1995.", None, "17 Agsutus 1995", "1995-08-17", "day"),
    ("Tim 10 Besar 2020 diumumkan panitia.", None, "2020", "2020", "year"),  # no month one letter away
    # a year before a capitalised count noun opening the next clause (its full stop missing)
    ("Sebelumnya pada 2022 Warga Dusun Krajan menutup jalan.", None, "2022", "2022", "year"),
]


@pytest.mark.parametrize("text, anchor, expr, value, kind", ROWS)
def test_expression(text, anchor, expr, value, kind):
    m = one(text, anchor, expr)
    assert (m.value, m.kind) == (value, kind)
    assert text[m.start : m.end] == expr


NOT_DATES = [
    "Ia berkarier sebagai guru selama 35 tahun.",
    "Rombongan menginap selama dua hari di desa.",
    "Kota itu merayakan HUT ke-246 dengan pawai.",
    "Sebanyak 2024 orang mengikuti gerak jalan.",
    "Anggaran yang disiapkan Rp2.500.000 per desa.",
    "Informasi lebih lanjut hubungi 0812-3456-7890.",
    "Acara dimulai pukul 09.00 WIB.",
    "Kakek itu kini berusia 57 tahun.",
    "Ia masih menjabat hingga sekarang.",
    "Pasar itu ramai setiap Minggu pagi.",
    "Surat bernomor 131.420/926/011.2/2018 itu beredar.",
    "Skor kota itu 3,57 dari 4.",
    "Kami bekerja lebih baik dari 4 tahun lalu.",
    "Pemungutan suara dalam pilkada kemarin berjalan tertib.",
    "Gedung itu dibangun pada tahun 2000-an.",
    "COPYRIGHT \u00a9 Kabar Desa 2021",
    "Rombongan berkunjung selama lima hari.",
    "Harga cabai naik hari-hari ini.",
    "Ibu Juni Astuti dan Dewi April hadir di balai desa.",
    "Hujan turun di bulan maret kata warga.",
    "Setiap akhir tahun warga menggelar doa bersama.",
    "Masjid ramai di awal Bulan Suci Ramadhan.",
    "Ia bertugas lebih lama dari tahun-tahun sebelumnya.",
    "Seragam dibagikan pada awal tahun ajaran.",
    "Ada 2024 ASN yang ikut apel.",
    "Jembatan itu rusak dua tahun sebelumnya.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text, RABU) == []


def test_colloquial_kemarin_has_no_value():
    m = one("“Kemarin sudah ada rekrutmen pegawai baru,” ujar Kepala Dinas.", RABU, "Kemarin")
    assert m.value is None


def test_each_year_of_a_pair():
    found = find_dates("Desa itu juara dua kali, pada 2020 dan 2021.", None)
    assert [(m.text, m.value) for m in found] == [("2020", "2020"), ("2021", "2021")]


def test_day_only_takes_the_month_of_the_narrative():
    text = "Pada tanggal 1 Juli surat itu turun. Tanggal 4 ia berangkat."
    assert one(text, D(2022, 7, 15), "Tanggal 4").value == "2022-07-04"


def test_same_month_anaphora_and_context_year():
    text = (
        "Penghargaan itu diterima pada 4 April 2016. "
        "Di bulan yang sama, 9-16 April, kota itu jadi tuan rumah."
    )
    assert one(text, None, "bulan yang sama").value == "2016-04"
    assert one(text, None, "9-16 April").value == "2016-04-09/2016-04-16"


def test_impossible_day_is_fixed_by_its_weekday():
    assert one("Peresmian digelar Selasa (31/11/2023).", None, "Selasa (31/11/2023)").value == "2023-10-31"


def test_malformed_separators():
    assert one("Pelantikan Jumat (24//5/2024) pagi.", None, "Jumat (24//5/2024)").value == "2024-05-24"
    assert one("Mulai hari, Kamis (13/9/ 2018) ini.", None, "Kamis (13/9/ 2018)").value == "2018-09-13"


@pytest.mark.parametrize(
    "expr", ["Rabu ( 4/9 )", "Rabu(4/9)", "Rabu, (4/9)", "Rabu (4/9/24)", "Rabu 4/9/2024"]
)
def test_spacing_and_short_year_variants(expr):
    assert one(f"Bupati hadir {expr} di pendopo.", RABU, expr).value == "2024-09-04"


def test_sejak_with_a_day_is_the_day():
    m = one("SK itu sudah diterima sejak Rabu (22/5/2024).", None, "Rabu (22/5/2024)")
    assert (m.value, m.kind) == ("2024-05-22", "day")


# ---- publication date and anchor ----

PUBLISHED = [
    (
        "Bupati Meresmikan Pasar\n\nJumat, 11 Maret 2022\n\nBanyuwangi - Bupati meresmikan pasar.",
        D(2022, 3, 11),
    ),
    ("Judul Berita\nSabtu, 23 Des 2017 09:24 WIB\nIsi berita dimulai di sini.", D(2017, 12, 23)),
    ("Judul Berita\nKamis, 25 April 2024 | 10:15 WIB\nIsi berita.", D(2024, 4, 25)),
    (
        "oleh Penulis diperbarui 05 Sep 2023, 09:39 WIB\nDiterbitkan 04 Sep 2023, 09:29 WIB\nIsi.",
        D(2023, 9, 4),
    ),
    ("Sumber: https://contoh.co.id/2025/05/09/judul-berita\nIsi berita.", D(2025, 5, 9)),
    (
        "Sumber: https://contoh.co.id/arsip12/2025/05/09/judul\nIsi berita.",
        None,
    ),  # a digit before the first '/'
    (
        "Sumber: https://contoh.co.id//2025/05/09/x dan /2024/01/02/y\nIsi berita.",
        D(2024, 1, 2),
    ),  # '//' then a URL
    ("Judul\nDiposting pada 4 September 2024\nIsi berita.", D(2024, 9, 4)),
    ("Judul\nPenulis: Ani | Editor: Budi | Jumat, 6 September 2024 13:00 WIB\nIsi.", D(2024, 9, 6)),
    ("Judul\n\nSABTU, 14 SEPTEMBER 2024 | 08:15 WIB | LAPORAN: RINA SARI\n\nIsi berita.", D(2024, 9, 14)),
    ("Judul\nRabu, 3 Juli 2019 - 07:45 | 12.5k\nIsi berita.", D(2019, 7, 3)),
    ("Judul\nBudi Santoso \u2022 14 August 2024 09:12\nIsi berita.", D(2024, 8, 14)),
    (
        "Judul\nKamis, 5 Mei 2022 | 10:00 WIB | Oleh: Ani\nIsi.\n"
        "Terpopuler\nMinggu, 11 Januari 2026 | 04:59\n",
        D(2022, 5, 5),
    ),  # the article's header before the dates of a sidebar
    ("Judul\nSelasa, 28 Oktober 2025 menjadi hari bersejarah bagi warga desa.\n", None),
    ("Warga berkumpul. “Kami senang,” kata Camat pada Senin, 24 Februari 2025, di kantornya.", None),
    ("Tidak ada tanggal di sini.", None),
]


@pytest.mark.parametrize("text, want", PUBLISHED)
def test_find_published(text, want):
    assert find_published(text) == want


ANCHORS = [
    ("Isi berita.", D(2022, 3, 11), (D(2022, 3, 11), "published")),
    ("“Kami siap,” kata Bupati di pendopo, Selasa (10/12/2024).", None, (D(2024, 12, 10), "dated-event")),
    (
        "Camat menghadiri upacara, Jumat (26/03/2021). Bupati melantik pejabat Sabtu (27/03/2021).",
        None,
        (D(2021, 3, 27), "dated-event"),
    ),
    (
        "Ambon (ANTARA) - Gubernur memastikan pelantikan penjabat digelar 22 Mei 2022 di ibu kota provinsi "
        "sesuai jadwal yang telah ditetapkan Kementerian Dalam Negeri.",
        None,
        (D(2022, 5, 22), "dated-event"),
    ),
    (
        "Ia maju dalam Pilkada 2024 ini. “Mohon doa restu,” ujar Sekda, Rabu (4/9). "
        "Ia lahir 15 September 1966.",
        None,
        (D(2024, 9, 4), "weekday+year"),
    ),
    ("“Penghargaan ini milik warga,” kata Sekda kepada wartawan, Jumat.", None, (None, None)),
    (
        "“Kami siap,” kata Ketua DPRD, Selasa, 8 Agustus 2023. Berkas dikirim pada Kamis, 10 Agustus 2023.",
        None,
        (D(2023, 8, 8), "dated-event"),
    ),  # the day of the statement, not the day of a plan
    (
        "SK itu berlaku per 2 Maret 2017. Bupati meninjau pasar, Kamis (2/3).",
        None,
        (D(2017, 3, 2), "weekday+year"),
    ),  # the year of a stated full date
    (
        "Penunjukan berlaku 1 Juli 2016. Bupati hadir di panen raya, Senin (3/7).",
        None,
        (D(2016, 7, 3), "weekday+year"),
    ),  # the stated year over a weekday that fits 2017
    (
        "Ia lahir 15 September 1966. Pilkada 2024 ini ramai, ujar Sekda, Rabu (4/9).",
        None,
        (D(2024, 9, 4), "weekday+year"),
    ),  # a birth date is no year the article speaks from
    (
        "Jenazah dimakamkan Sabtu 12 Maret 2022 besok di Klaten. "
        "Almarhum wafat hari ini, Jumat 11 Maret 2022.",
        None,
        (D(2022, 3, 11), "day-word"),
    ),  # a day word written against a full date: the day the text speaks from
    (
        "Almarhum wafat Jumat 11 Maret 2022 dan dimakamkan Sabtu 12 Maret 2022 besok.",
        None,
        (D(2022, 3, 11), "day-word"),
    ),
]


@pytest.mark.parametrize("text, published, want", ANCHORS)
def test_infer_anchor(text, published, want):
    assert infer_anchor(text, published) == want


# ---- properties ----

TOKENS = [
    "Senin",
    "Rabu",
    "Jumat",
    "Minggu",
    "hari",
    "ini",
    "kemarin",
    "lalu",
    "depan",
    "pekan",
    "bulan",
    "tahun",
    "sejak",
    "hingga",
    "sekarang",
    "akhir",
    "tanggal",
    "Maret",
    "Des",
    "Mei",
    "Agt",
    "(",
    ")",
    "/",
    "//",
    "-",
    ",",
    ".",
    "\n",
    " ",
    "1",
    "9",
    "12",
    "29",
    "31",
    "00",
    "2019",
    "2024",
    "1966",
    "0",
    "ke-",
    "Rp",
    "pukul",
    "WIB",
    "09:24",
    "|",
    "https://x.id/2025/02/30/",
    "yang",
    "sama",
    "İ",
    "ß",
    "Oktober",
    "s.d.",
    "\u2013",
    "Sabtu-Minggu",
    "2000-an",
    "tanggal",
    "mendatang",
    "Tahun",
    "©",
]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), anchor=st.one_of(st.none(), st.dates()))
def test_never_raises_on_any_text(text, anchor):
    check_matches(text, find_dates(text, anchor))
    find_published(text)
    infer_anchor(text, None)


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.sampled_from(TOKENS), max_size=40),
    anchor=st.one_of(st.none(), st.dates(), st.sampled_from([D(1, 1, 1), D(9999, 12, 31)])),
)
def test_values_are_format_md_on_date_like_text(parts, anchor):
    text = "".join(parts)
    check_matches(text, find_dates(text, anchor))
    published = find_published(text)
    got, source = infer_anchor(text, published)
    assert source in {"published", "dated-event", "weekday+year", None}
    assert (got is None) == (source is None)


def check_matches(text: str, matches: list[DateMatch]):
    last_end = 0
    for m in matches:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS
        if m.value is not None:
            assert FORMAT_RE.match(m.value) and is_valid_value(m.value), m
        last_end = m.end


# ---- bounded time on adversarial input (a sanity bound, not a benchmark) ----

ADVERSARIAL = [
    "1/" * 50000,
    "Senin " * 50000,
    "Rabu (" + "1/" * 50000,
    "(1/" * 30000,
    "2020-" * 30000,
    "Senin" + " " * 100000 + "x",
    "tanggal " * 30000,
    "1-" * 50000,
    "sejak " * 50000 + "2019",
    "1 Mei " * 20000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:8]))
def test_adversarial_input_yields_only_spans_of_the_text(text):
    # one scan handed to the three readers, as extract_article does; a pattern that backtracks
    # catastrophically hangs here (the regex sweep of test_robustness.py measures growth)
    scanned = scan_dates(text)
    found = find_dates(text, RABU, scanned)
    find_published(text, scanned)
    infer_anchor(text, None, scanned)
    assert all(text[d.start : d.end] == d.text for d in found)


def test_dateparser_is_not_imported():
    import importlib
    import subprocess

    code = (
        "import kabar_cli.dates as d, sys; d.find_dates('Rabu (4/9)', None); "
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert importlib.import_module("kabar_cli.dates").find_dates


@pytest.mark.parametrize("text, anchor, expr, value, kind", ROWS)
def test_every_rule_match_holds_what_the_rule_needs(text, anchor, expr, value, kind) -> None:
    """The scanner skips windows without a rule's need (`DateRule.need` in rules.py): no match of the rule
    may lack it."""
    from kabar_cli.dates.grammar import lower_same_length, needs, rules

    low = lower_same_length(text)
    for rule in rules():
        for match in rule.pattern.finditer(low):
            if rule.needs and match.end() > match.start():
                assert needs()[rule.needs].search(low, match.start(), match.end()), (rule.name, match.group())
