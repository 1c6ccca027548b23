"""One row per title construction a binder or the title grammar reads, each in a sentence written for the
test (other names, other regions than any corpus article): (sentence, the holds_title facts as
(subject, title, of, status))."""

from __future__ import annotations

import pytest

from conftest import run_pipeline
from kabar_cli.extract.binding import BINDERS
from kabar_cli.lexicon.title_grammar import expand_title, title_lexicon


def titles(text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (f.subject, f.object, f.of, f.status)
        for f in run_pipeline(text).facts
        if f.predicate == "holds_title"
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # composed short forms: a head prefix glued to a unit's short form
        (
            "Kapolresta Sidoarjo Kombes Pol. Hadi Prasetyo meninjau pos mudik.",
            {("Hadi Prasetyo", "Kepala Kepolisian Resor Kota", "Sidoarjo", "current")},
        ),
        (
            "Wakapolres Kediri Kompol Rudi Setiawan memimpin apel.",
            {("Rudi Setiawan", "Wakil Kepala Kepolisian Resor", "Kediri", "current")},
        ),
        (
            "Hal itu dikatakan Kasat Reskrim Polres Blitar AKP Dedi Kurniawan.",
            {("Dedi Kurniawan", "Kepala Satuan Reserse Kriminal", "Polres Blitar", "current")},
        ),
        # a unit's number and seat after a military title
        (
            "Upacara dipimpin Dandim 0812/Lamongan Letkol Inf. Sugeng Raharjo.",
            {("Sugeng Raharjo", "Komandan Kodim", "Lamongan", "current")},
        ),
        # a misprinted title word is read as the word
        (
            "Rapat itu dibuka Sekertaris Daerah Kabupaten Sumba Timur Yohanes Praing pada pagi hari.",
            {("Yohanes Praing", "Sekretaris Daerah", "Kabupaten Sumba Timur", "current")},
        ),
        (
            "Assisten Perekonomian Setda Ngawi Hendra Wijaya hadir.",
            {("Hendra Wijaya", "Asisten Perekonomian", "Setda Ngawi", "current")},
        ),
        # status words after the title or its body
        (
            "Bupati Terpilih Klaten, Hamenang Wajar, akan dilantik bulan depan.",
            {("Hamenang Wajar", "Bupati", "Klaten", "candidate")},
        ),
        (
            "Wakil Ketua Sementara DPRD Kabupaten Gresik Yanuar Pratama memimpin sidang.",
            {("Yanuar Pratama", "Wakil Ketua DPRD", "Kabupaten Gresik", "acting")},
        ),
        # a title written in lowercase with its body
        (
            "Menurut ketua DPRD Kota Kendari Subhan Taufik, rapat itu ditunda.",
            {("Subhan Taufik", "Ketua DPRD", "Kota Kendari", "current")},
        ),
        # a term between the title and the name
        (
            "Ketua DPRD Sumbar periode 2019-2024 Supardi Hasan hadir.",
            {("Supardi Hasan", "Ketua DPRD", "Sumatera Barat", "current")},
        ),
        # a ticket: two titles, a number, then two names
        (
            "Pasangan calon Bupati dan Wakil Bupati Jember nomor urut 2, Fawait Hidayat dan Djoko Susanto, "
            "mendaftar ke KPU.",
            {
                ("Fawait Hidayat", "Bupati", "Jember", "candidate"),
                ("Djoko Susanto", "Wakil Bupati", "Jember", "candidate"),
            },
        ),
        # election tickets: the first name runs for the post the article's election fills, the second
        # for its deputy
        (
            "Tiga pasangan calon gubernur dan wakil gubernur Bengkulu mendaftar ke KPU. "
            "Mereka adalah pasangan Rudi Hartono-Sri Wahyuni dan Helmi Yahya – Nur Aini.",
            {
                ("Rudi Hartono", "Gubernur", "Bengkulu", "candidate"),
                ("Sri Wahyuni", "Wakil Gubernur", "Bengkulu", "candidate"),
                ("Helmi Yahya", "Gubernur", "Bengkulu", "candidate"),
                ("Nur Aini", "Wakil Gubernur", "Bengkulu", "candidate"),
            },
        ),
        (
            "Paslon Bupati-Wakil Bupati Kaur nomor urut satu, Gusril Pausi-Herlian Muchrim, unggul.",
            {
                ("Gusril Pausi", "Bupati", "Kaur", "candidate"),
                ("Herlian Muchrim", "Wakil Bupati", "Kaur", "candidate"),
            },
        ),
        (
            "Pilwalkot Kendari diikuti dua pasangan. Pasangan Andi Mappasessu dan Siska Damayanti "
            "mendaftar lebih dulu.",
            {
                ("Andi Mappasessu", "Wali Kota", None, "candidate"),
                ("Siska Damayanti", "Wakil Wali Kota", None, "candidate"),
            },
        ),
        (
            "KPU menetapkan pasangan calon gubernur Sulawesi Tengah. Bupati Sigi Irwan Lapatta "
            "berpasangan dengan Komandan Korem 132 Tadulako Hendra Wijaya.",
            {
                ("Irwan Lapatta", "Bupati", "Sigi", "current"),
                ("Irwan Lapatta", "Gubernur", "Sulawesi Tengah", "candidate"),
                ("Hendra Wijaya", "Komandan Korem", "132 Tadulako", "current"),
                ("Hendra Wijaya", "Wakil Gubernur", "Sulawesi Tengah", "candidate"),
            },
        ),
        # no election in the story: a pair of names is no ticket
        (
            "Pertemuan Rudi Hartono-Sri Wahyuni membahas pasar di Kota Kendari.",
            set(),
        ),
        # two names before two titles joined by 'dan' hold one title each; a candidacy covers both titles
        (
            "Pilkada Kabupaten Bantul: Joko Purnomo dan Sri Lestari sebagai bakal calon bupati dan wakil "
            "bupati Bantul.",
            {
                ("Joko Purnomo", "Bupati", "Bantul", "candidate"),
                ("Sri Lestari", "Wakil Bupati", "Bantul", "candidate"),
            },
        ),
        # a passive verb behind a title gives it to the name after it; a former holder's clause between
        (
            "Sedangkan jabatan Kepala Dinas Sosial Kabupaten Blitar kini diisi oleh Hendra Wijaya.",
            {("Hendra Wijaya", "Kepala Dinas Sosial", "Kabupaten Blitar", "current")},
        ),
        (
            "Berikutnya jabatan Kasatpol PP Kabupaten Blitar yang sebelumnya dipegang Agus Salim, kini "
            "diserahkan kepada Dedi Kurnia.",
            {
                ("Agus Salim", "Kepala Satuan Polisi Pamong Praja", "Kabupaten Blitar", "former"),
                ("Dedi Kurnia", "Kepala Satuan Polisi Pamong Praja", "Kabupaten Blitar", "current"),
            },
        ),
        # the one replaced held the post before; an acting holder replaces no holder of his post
        (
            "Rina Marlina dilantik sebagai Bupati Sleman menggantikan Budi Santoso yang meninggal.",
            {
                ("Rina Marlina", "Bupati", "Sleman", "current"),
                ("Budi Santoso", "Bupati", "Sleman", "former"),
            },
        ),
        (
            "Joko Susilo ditunjuk sebagai Pj Bupati Sleman menggantikan Budi Santoso.",
            {("Joko Susilo", "Bupati", "Sleman", "acting")},
        ),
        # a rotation list: 'NAME semula A dirotasi menjadi B', item after item
        (
            "Mereka di antaranya Joko Susilo, yang semula menjabat Kepala Dinas Pendidikan dirotasi menjadi "
            "Kepala Pelaksana BPBD, dan Sri Wahyuni semula Kepala Dinas Sosial menjadi Sekretaris DPRD.",
            {
                ("Joko Susilo", "Kepala Dinas Pendidikan", None, "former"),
                ("Joko Susilo", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", None, "current"),
                ("Sri Wahyuni", "Kepala Dinas Sosial", None, "former"),
                ("Sri Wahyuni", "Sekretaris DPRD", None, "current"),
            },
        ),
        # a unit's name ends where its holder's name or rank begins
        (
            "Hadir pula Kepala Dinas Pertanian Yosef Lalong dan Kadis Pariwisata Ketut Wirya.",
            {
                ("Yosef Lalong", "Kepala Dinas Pertanian", None, "current"),
                ("Ketut Wirya", "Kepala Dinas Pariwisata", None, "current"),
            },
        ),
        (
            "Kepala Pusat Penerangan Mabes TNI Mayor Jenderal Budi Santoso mengatakan hal itu.",
            {("Budi Santoso", "Kepala Pusat Penerangan Mabes TNI", None, "current")},
        ),
        # ... not at common words coordinated inside the unit
        (
            "Hadir Wakil Direktur Pelayanan dan Penunjang RSUD Blitar Rina Marlina.",
            {("Rina Marlina", "Wakil Direktur Pelayanan dan Penunjang", "RSUD Blitar", "current")},
        ),
        # a minister's and a director general's field is their unit
        (
            "Penghargaan diberikan Menteri Pemberdayaan Perempuan dan Perlindungan Anak (PPPA) Sri Wahyuni.",
            {("Sri Wahyuni", "Menteri Pemberdayaan Perempuan dan Perlindungan Anak", None, "current")},
        ),
        (
            "Direktur Jendral Otonomi Daerah Hendra Wijaya mengatakan hal itu.",
            {("Hendra Wijaya", "Direktur Jenderal Otonomi Daerah", None, "current")},
        ),
        # a short form with the unit's numeral; a numbered unit's seat and the holder's rank after it
        (
            "Turut hadir Asda III Setda Provinsi Jambi Deni Kurnia.",
            {("Deni Kurnia", "Asisten Daerah III", "Setda Provinsi Jambi", "current")},
        ),
        (
            "Mayjen TNI Budi Santoso kini menjabat Pangdam XIV/Hasanuddin.",
            {("Budi Santoso", "Panglima Kodam", "Hasanuddin", "current")},
        ),
        (
            "Kasdam XVII/Cenderawasih Brigjen TNI Yosef Lalong meninjau pos.",
            {("Yosef Lalong", "Kepala Staf Kodam", "Cenderawasih", "current")},
        ),
        # 'yakni' between a title and its holder; 'juga' between a name's comma and its title
        (
            "Sebelum rapat dimulai, salah seorang anggota DPRD yakni Joko Susilo melakukan interupsi.",
            {("Joko Susilo", "Anggota DPRD", None, "current")},
        ),
        (
            "Agus Salim, juga Bupati Merangin mengaku menang di lima daerah.",
            {("Agus Salim", "Bupati", "Merangin", "current")},
        ),
        # paired titles after two joined names and a comma; a title joined to an apposition's title
        (
            "Pasangan Hendra Wijaya-Rina Marlina, Gubernur dan Wakil Gubernur Bengkulu, pecah kongsi.",
            {
                ("Hendra Wijaya", "Gubernur", "Bengkulu", "current"),
                ("Rina Marlina", "Wakil Gubernur", "Bengkulu", "current"),
            },
        ),
        (
            "Figur itu adalah Hendra Wijaya, Bupati Blitar sekaligus Ketua DPC PDI Perjuangan Blitar.",
            {
                ("Hendra Wijaya", "Bupati", "Blitar", "current"),
                ("Hendra Wijaya", "Ketua DPC PDI Perjuangan", "Blitar", "current"),
            },
        ),
        # a unit's numeral and seat without a slash; a retired rank in brackets before the holder
        (
            "Almarhum yang juga mantan Pangdam VI Mulawarman, Mayjen TNI (Purn) H Budi Santoso dimakamkan.",
            {("Budi Santoso", "Panglima Kodam", "Mulawarman", "former")},
        ),
        # more predicates of holding; a former cue fronted before the subject; an institution after the
        # title's body is no award name
        (
            "Dalam mutasi kali ini, Budi Santoso mendapat promosi menempati Kepala Biro Humas dan Protokol.",
            {("Budi Santoso", "Kepala Biro Humas dan Protokol", None, "current")},
        ),
        (
            "Rina Marlina menduduki jabatan Sekretaris Daerah Kabupaten Blitar.",
            {("Rina Marlina", "Sekretaris Daerah", "Kabupaten Blitar", "current")},
        ),
        (
            "Hal itu dikatakan Budi Santoso. Sebelumnya Budi menjabat Kabid Aset pada BKD Pemprov Gorontalo.",
            {("Budi Santoso", "Kepala Bidang Aset", "BKD", "former")},
        ),
        # a field's short form inside a unit is written out
        (
            "Rudi Hartono yang sebelumnya menjabat Kepala Dinas Kominfo kini Kepala Dinas Sosial.",
            {
                ("Rudi Hartono", "Kepala Dinas Komunikasi dan Informatika", None, "former"),
                ("Rudi Hartono", "Kepala Dinas Sosial", None, "current"),
            },
        ),
        # a short form the article defines in brackets stands for the institution it names
        (
            "Kepala Dinas Perhubungan dan Pertanahan (Dishubtan) Blitar hadir. Joko Susilo, yang semula "
            "Kepala Dishubtan, dirotasi menjadi Kepala BPKAD (Badan Pengelolaan Keuangan dan Aset Daerah).",
            {
                ("Joko Susilo", "Kepala Dinas Perhubungan dan Pertanahan", None, "former"),
                ("Joko Susilo", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", None, "current"),
            },
        ),
        # two names joined by a dash before two titles joined by 'dan' hold one each; a field's name after
        # 'Bidang' is no holder
        (
            "Rakyat memilih Budi Santoso – Rina Marlina sebagai Gubernur dan Wakil Gubernur Bengkulu.",
            {
                ("Budi Santoso", "Gubernur", "Bengkulu", "current"),
                ("Rina Marlina", "Wakil Gubernur", "Bengkulu", "current"),
            },
        ),
        (
            "Hadir Analis Kebijakan Utama Bidang Sabhara Baharkam Polri, Irjen Yosef Lalong.",
            {("Yosef Lalong", "Analis Kebijakan Utama Bidang Sabhara Baharkam", "Polri", "current")},
        ),
        # titles written right after the name, the first with its status word, the second joined by 'dan'
        (
            "Hal itu dijelaskan Hendra Wijaya mantan Bupati Kabupaten Sigi dan Ketua DPD Golkar Sulteng.",
            {
                ("Hendra Wijaya", "Bupati", "Kabupaten Sigi", "former"),
                ("Hendra Wijaya", "Ketua DPD Golkar", "Sulawesi Tengah", "current"),
            },
        ),
        # 'baru' after a title before the comma and the holder; a unit's short form the lexicon knows is
        # written out, a numbered unit's too
        (
            "Hal itu dikatakan Kapolda Bengkulu baru, Irjen Pol Yosef Lalong, di Bengkulu.",
            {("Yosef Lalong", "Kepala Kepolisian Daerah", "Bengkulu", "current")},
        ),
        (
            "Hadir pula Kepala Bakesbangpol Blitar Agus Salim.",
            {("Agus Salim", "Kepala Badan Kesatuan Bangsa dan Politik", "Blitar", "current")},
        ),
        (
            "Hal itu dikatakan Komandan Yonif 741/GN Atambua, Letkol Inf Budi Santoso.",
            {("Budi Santoso", "Komandan Batalyon Infanteri", "GN Atambua", "current")},
        ),
        # a title closed by a demonstrative refers back to the person named last: it holds the title, and
        # the predicate after it gives that person its titles; not a title inside a phrase
        (
            "Seperti Yosef Lalong. Mantan Kepala Perwakilan Provinsi Jambi di Jakarta itu sebelumnya "
            "menjabat sebagai Sekretaris Kesbangpol Provinsi Jambi. Kini Yosef menempati Kepala Biro Humas.",
            {
                ("Yosef Lalong", "Kepala Perwakilan", "Provinsi Jambi", "former"),
                ("Yosef Lalong", "Sekretaris Badan Kesatuan Bangsa dan Politik", "Provinsi Jambi", "former"),
                ("Yosef Lalong", "Kepala Biro Humas", None, "current"),
            },
        ),
        (
            "Hal itu dikatakan Budi Santoso. “Kepemimpinan Bupati ini harus dilanjutkan,” katanya.",
            set(),
        ),
        # an honorific ends a unit's name; 'TP-PKK' written with its hyphen
        (
            "Rombongan diterima Sekda Bone Andi Rasyid, Kepala DPMDes Drs Yosef Lalong, dan jajarannya.",
            {
                ("Andi Rasyid", "Sekretaris Daerah", "Bone", "current"),
                ("Yosef Lalong", "Kepala Dinas Pemberdayaan Masyarakat dan Desa", None, "current"),
            },
        ),
        (
            "Hadir Kepala BKD Joko Susilo, Ketua TP-PKK Kota Kendari Rina Marlina, serta para pejabat.",
            {
                ("Joko Susilo", "Kepala Badan Kepegawaian Daerah", "BKD", "current"),
                ("Rina Marlina", "Ketua Tim Penggerak PKK", "Kota Kendari", "current"),
            },
        ),
        # a candidate for an acting post is a candidate
        (
            "Ada Sekretaris Daerah Kabupaten Blitar, Hendra Wijaya, sebagai calon Pj Wali Kota Blitar.",
            {
                ("Hendra Wijaya", "Sekretaris Daerah", "Kabupaten Blitar", "current"),
                ("Hendra Wijaya", "Wali Kota", "Blitar", "candidate"),
            },
        ),
        # two names joined by 'dan' appointed 'untuk' two titles joined by 'dan' take one each
        (
            "Partai itu mendukung pasangan Rina Marlina dan Hendra Wijaya untuk Calon Gubernur dan Calon "
            "Wakil Gubernur Jambi.",
            {
                ("Rina Marlina", "Gubernur", "Jambi", "candidate"),
                ("Hendra Wijaya", "Wakil Gubernur", "Jambi", "candidate"),
            },
        ),
        # a phrase about one person closed by a demonstrative opens the sentence: the predicate's subject
        # is the person named last; not a phrase about several, nor about a thing
        (
            "Hal itu dikatakan Budi Santoso. Pria kelahiran Makassar itu sebelumnya menjabat sebagai Kepala "
            "Dinas Sosial.",
            {("Budi Santoso", "Kepala Dinas Sosial", None, "former")},
        ),
        (
            "Hal itu dikatakan Budi Santoso. Jenderal bintang dua itu pernah menjadi Komandan Yonif 751/BS "
            "Jayapura.",
            {("Budi Santoso", "Komandan Batalyon Infanteri", "BS Jayapura", "former")},
        ),
        (
            "Hal itu dikatakan Budi Santoso. Tiga dari lima penjabat tersebut merupakan Asisten Setprov.",
            set(),
        ),
        (
            "Hal itu dikatakan Budi Santoso. Dalam kesempatan ini, mereka adalah Pj Gubernur Bali.",
            set(),
        ),
        # the title's short form in brackets after its unit, with the unit's own short form
        (
            "Direktur Jendral Otonomi Daerah (Dirjen Otda) Hendra Wijaya mengatakan hal itu.",
            {("Hendra Wijaya", "Direktur Jenderal Otonomi Daerah", None, "current")},
        ),
        # a status word written apart after the title's body
        (
            "Hadir pula Wali Kota Kendari Non Aktif Yosef Lalong dalam acara itu.",
            {("Yosef Lalong", "Wali Kota", "Kendari", "current")},
        ),
        # a composed short form that heads a unit takes the unit's name; years between a title and its holder
        (
            "Hal itu disampaikan Kaursubag Humas Polres Blitar, Iptu Rina Marlina, Senin.",
            {("Rina Marlina", "Kepala Urusan Subbagian Humas", "Polres Blitar", "current")},
        ),
        (
            "Tampak Wakil ketua DPRD Provinsi Jambi 2019-2024 Hendra Wijaya di ruang sidang.",
            {("Hendra Wijaya", "Wakil Ketua DPRD", "Provinsi Jambi", "current")},
        ),
        # 'inkumben' between a title and its holder
        (
            "Gubernur Jambi inkumben Ahmad Rifai hadir.",
            {("Ahmad Rifai", "Gubernur", "Jambi", "current")},
        ),
        # 'sebagai' right after an object names what the object is
        (
            "Gubernur Bali Wayan Koster menunjuk Dewa Made Indra sebagai Plh Bupati Tabanan.",
            {
                ("Wayan Koster", "Gubernur", "Bali", "current"),
                ("Dewa Made Indra", "Bupati", "Tabanan", "acting"),
            },
        ),
        # ... but after 'menggantikan' the title is the subject's
        (
            "Sekda Kota Bima Hasan Basri dilantik menggantikan H. Mukhtar Landa sebagai Kepala Dinas Sosial.",
            {
                ("Hasan Basri", "Sekretaris Daerah", "Kota Bima", "current"),
                ("Hasan Basri", "Kepala Dinas Sosial", None, "current"),
            },
        ),
        # a relative clause after a comma
        (
            "Ia digantikan oleh H. Burhan Lubis, yang menjabat sebagai Plt Bupati hingga 2016.",
            {("Burhan Lubis", "Bupati", None, "acting")},
        ),
        # the post a name is appointed to, after 'untuk'
        (
            "Mendagri melantik Kepala Dinas Kesehatan Riau Rudi Hartono untuk Pj Bupati Kampar.",
            {
                ("Rudi Hartono", "Kepala Dinas Kesehatan", "Riau", "current"),
                ("Rudi Hartono", "Bupati", "Kampar", "acting"),
            },
        ),
        # ... but a passive of appointment keeps it for its subject
        (
            "Sekda Kabupaten Kediri Dedy Suryanto ditunjuk oleh Gubernur Jatim Soekarno Hadi "
            "sebagai Plh Bupati Kediri.",
            {
                ("Dedy Suryanto", "Sekretaris Daerah", "Kabupaten Kediri", "current"),
                ("Dedy Suryanto", "Bupati", "Kediri", "acting"),
                ("Soekarno Hadi", "Gubernur", "Jawa Timur", "current"),
            },
        ),
        # a title as the subject of 'adalah'
        (
            "Bahkan kata dia, Ketua DPRD Situbondo yang tak lain adalah H. Ahmad Fauzan juga hadir.",
            {("Ahmad Fauzan", "Ketua DPRD", "Situbondo", "current")},
        ),
        (
            "Ketua panitia seleksi jabatan itu adalah Kepala Badan Kepegawaian Daerah Provinsi Bali, "
            "Rina Wati.",
            {
                ("Rina Wati", "Kepala Badan Kepegawaian Daerah", "Provinsi Bali", "current"),
                ("Rina Wati", "Ketua Panitia Seleksi", None, "current"),
            },
        ),
        # ... not when the title names the post ('jabatan Sekda')
        (
            "Ketua pansel lelang jabatan Sekda Sampang sendiri adalah Kepala BKD Jatim, Rina Wati.",
            {("Rina Wati", "Kepala Badan Kepegawaian Daerah", "Jawa Timur", "current")},
        ),
        # a head whose principal follows
        (
            "Hal itu disampaikan Koordinator Staf Khusus Presiden Ari Santoso kepada wartawan.",
            {("Ari Santoso", "Koordinator Staf Khusus Presiden", None, "current")},
        ),
        # a title after a comma that has its own holder (after an honorific) is not the name's before it
        (
            "Acara itu dihadiri Gubernur Jambi Budi Santoso, Wali Kota Jambi H. Maulana Yusuf dan tamu lain.",
            {
                ("Budi Santoso", "Gubernur", "Jambi", "current"),
                ("Maulana Yusuf", "Wali Kota", "Jambi", "current"),
            },
        ),
        # a region after a national body locates its office; the name starts after it
        (
            "Kepala Kantor Wilayah Kementerian Hukum Sulawesi Selatan Hendra Gunawan membuka rapat.",
            {("Hendra Gunawan", "Kepala Kantor Wilayah", "Kementerian Hukum", "current")},
        ),
        # a place or an affiliation between a title and the comma before its holder
        (
            "Kepala Desa Mekarsari Kecamatan Cipatat, Asep Saepudin, menyalurkan bantuan.",
            {("Asep Saepudin", "Kepala Desa", "Mekarsari", "current")},
        ),
        (
            "Anggota DPRD Kabupaten Ponorogo dari Fraksi Demokrat, Sri Wahyuni Lestari, menolak usulan itu.",
            {("Sri Wahyuni Lestari", "Anggota DPRD", "Kabupaten Ponorogo", "current")},
        ),
        # two appointments joined by 'dan': the second name is no word of the first unit
        (
            "Wali Kota melantik Rudi Hartanto sebagai Kepala Dinas Perindustrian dan Sinta Maharani sebagai "
            "Kepala Dinas Perikanan.",
            {
                ("Rudi Hartanto", "Kepala Dinas Perindustrian", None, "current"),
                ("Sinta Maharani", "Kepala Dinas Perikanan", None, "current"),
            },
        ),
        # a ministry's name ends where its spokesman's name begins
        (
            "Juru Bicara Kementerian Perhubungan Adita Irawati menjelaskan jadwal mudik.",
            {("Adita Irawati", "Juru Bicara", "Kementerian Perhubungan", "current")},
        ),
        # a field after a whole title
        (
            "Staf Khusus Wakil Presiden Bidang Ekonomi Lukmanul Hakim hadir di Kupang.",
            {("Lukmanul Hakim", "Staf Khusus Wakil Presiden Bidang Ekonomi", None, "current")},
        ),
        # 'yang juga' after a name gives it the title
        (
            "Hasyim Asari yang juga Ketua PCNU Kabupaten Jombang membuka pengajian.",
            {("Hasyim Asari", "Ketua Pengurus Cabang Nahdlatul Ulama", "Kabupaten Jombang", "current")},
        ),
        # the body a faction sits in, between the title and its holder
        (
            "Ketua Fraksi Golkar DPRD Kabupaten Bantul Agus Subagyo menyampaikan pandangan fraksi.",
            {("Agus Subagyo", "Ketua Fraksi", "Golkar", "current")},
        ),
        # a Balinese name after a province is no roman numeral of the body
        (
            "Ketua KPU Provinsi Bali I Dewa Agung Lidartawan menerima berkas calon.",
            {("I Dewa Agung Lidartawan", "Ketua KPU", "Provinsi Bali", "current")},
        ),
        # a holder whose name is root words too ('Siti', 'Rahayu') closes the unit before it
        (
            "Rapat itu dipimpin Kepala Dinas Perikanan Siti Rahayu.",
            {("Siti Rahayu", "Kepala Dinas Perikanan", None, "current")},
        ),
        # a post's deputy, for any post ('Wakil' + a title no list holds whole)
        (
            "Wakil Menteri Pertanian Sudaryono meninjau lumbung pangan di Merauke.",
            {("Sudaryono", "Wakil Menteri Pertanian", None, "current")},
        ),
        # a police directorate or unit written as one word
        (
            "Dirlantas Polda Sumatera Utara Kombes Pol Muji Ediyanto memantau arus mudik.",
            {("Muji Ediyanto", "Direktur Lalu Lintas", "Polda Sumatera Utara", "current")},
        ),
        # the subject of 'menggantikan' holds the post after 'sebagai', the one replaced held it before
        (
            "Dedi Kurniawan menggantikan Heru Santoso sebagai Kepala Dinas Perhubungan.",
            {
                ("Dedi Kurniawan", "Kepala Dinas Perhubungan", None, "current"),
                ("Heru Santoso", "Kepala Dinas Perhubungan", None, "former"),
            },
        ),
        # a sector that is also an institution's head opens the unit ('Dinas Koperasi', not 'Koperasi X')
        (
            "Rapat dihadiri Kepala Dinas Koperasi Rahmat Hidayat dan camat se-kabupaten.",
            {("Rahmat Hidayat", "Kepala Dinas Koperasi", None, "current")},
        ),
        # a province after a regency's body, before the holder
        (
            "Kepala Kejaksaan Negeri Sikka Nusa Tenggara Timur Henderina Malo menahan dua tersangka.",
            {("Henderina Malo", "Kepala Kejaksaan Negeri", "Sikka", "current")},
        ),
        # a navy rank with its corps in brackets before the name
        (
            "Upacara dipimpin Danlanal Cilacap Kolonel Laut (P) Hendra Saputra di dermaga.",
            {("Hendra Saputra", "Komandan Lanal", "Cilacap", "current")},
        ),
        # a bare head before a body of a body ('Ketua Badan Kehormatan DPRD ...') and the holder after both
        (
            "Ketua Badan Kehormatan DPRD Kabupaten Jepara Nur Kholis memanggil dua anggota dewan.",
            {("Nur Kholis", "Ketua Badan Kehormatan", "Badan Kehormatan", "current")},
        ),
        # judges and the chair of a bench
        (
            "Hakim Ketua Pengadilan Negeri Ende, Maria Magdalena, membacakan putusan.",
            {("Maria Magdalena", "Hakim Ketua", "Pengadilan Negeri Ende", "current")},
        ),
        # the Indonesian Ulema Council of a regency, an honorific before the holder
        (
            "Ketua MUI Kabupaten Garut KH Sirojul Munir membuka pengajian akbar.",
            {("Sirojul Munir", "Ketua Majelis Ulama Indonesia", "Kabupaten Garut", "current")},
        ),
        # a village no gazetteer lists, named after 'Kepala Desa' before a comma, then its holder
        (
            "Warga mengungsi. Kepala Desa Wonokerto, Kecamatan Bancak, Yohanes Sarwono, mendata korban.",
            {("Yohanes Sarwono", "Kepala Desa", "Wonokerto", "current")},
        ),
        (
            "Hadir Kepala Desa Sumarno, Sekretaris Desa Budi Lestari dan warga.",
            {
                ("Sumarno", "Kepala Desa", None, "current"),
                ("Budi Lestari", "Sekretaris Desa", None, "current"),
            },
        ),
        # a unit's short form the tokenizer splits is read whole ('P2KB' -> 'P2' 'KB')
        (
            "Kepala Dinas P2KB Kabupaten Ngada Maria Bupu membuka pelatihan kader.",
            {
                (
                    "Maria Bupu",
                    "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana",
                    "Kabupaten Ngada",
                    "current",
                )
            },
        ),
        # a pronoun after an opening 'Sebelumnya,' is the subject the sentence goes on about
        (
            "Bupati Ende Yosef Badeoda membuka rapat. Sebelumnya, dia menjadi Camat Nangapanda.",
            {
                ("Yosef Badeoda", "Bupati", "Ende", "current"),
                ("Yosef Badeoda", "Camat", "Nangapanda", "former"),
            },
        ),
        # a commissioner of an election body
        (
            "Komisioner KPU Kabupaten Sikka Herminus Hewa menjelaskan jadwal pleno.",
            {("Herminus Hewa", "Komisioner KPU", "Kabupaten Sikka", "current")},
        ),
        # one word of the seat between the body and the holder's rank
        (
            "Kapolsek Tuban Kota AKP Yohanes Mari menangkap dua pencuri.",
            {("Yohanes Mari", "Kepala Kepolisian Sektor", "Tuban", "current")},
        ),
        # the faction after 'dari', between the title and its holder
        (
            "Anggota DPRD Jawa Timur dari Fraksi PKB Ahmad Iwan Zunaih hadir dalam rapat.",
            {("Ahmad Iwan Zunaih", "Anggota DPRD", "Jawa Timur", "current")},
        ),
        # a head title with no unit, its holder's given name right after it
        (
            "Direktur Utama Yohana Kristiani mengatakan laba perusahaan naik.",
            {("Yohana Kristiani", "Direktur Utama", None, "current")},
        ),
        # a title ending in a rank word ('Jenderal'), its holder right after it
        (
            "Rapat itu dihadiri Sekretaris Jenderal Bambang Riyadi dan para direktur.",
            {("Bambang Riyadi", "Sekretaris Jenderal", None, "current")},
        ),
        (
            "Turut hadir Inspektur Jenderal Sri Mulatsih dalam pelantikan itu.",
            {("Sri Mulatsih", "Inspektur Jenderal", None, "current")},
        ),
        # a court panel: no region after its posts, lowercase before a name, a post several hold at once
        (
            "Sidang dipimpin Hakim Ketua Sambas Wiryawan dengan hakim anggota Rini Astuti dan Yusuf Harahap.",
            {
                ("Sambas Wiryawan", "Hakim Ketua", None, "current"),
                ("Rini Astuti", "Hakim Anggota", None, "current"),
                ("Yusuf Harahap", "Hakim Anggota", None, "current"),
            },
        ),
        (
            "Hadir pula anggota DPRD Lumajang Hasan Basri, Nur Aini dan Eko Susilo dalam rapat itu.",
            {
                ("Hasan Basri", "Anggota DPRD", "Lumajang", "current"),
                ("Nur Aini", "Anggota DPRD", "Lumajang", "current"),
                ("Eko Susilo", "Anggota DPRD", "Lumajang", "current"),
            },
        ),
        # one person heads a region: the name after 'dan' does not share the post
        (
            "Bupati Lumajang Thoriqul Haq dan Sri Wahyuni meninjau pasar.",
            {("Thoriqul Haq", "Bupati", "Lumajang", "current")},
        ),
        # a passive verb gives the post to the name after the holder's rank; the one replaced held it
        (
            "Jabatan Kasat Reskrim Polres Bima kini diemban AKP Lalu Hamzani.",
            {("Lalu Hamzani", "Kepala Satuan Reserse Kriminal", "Polres Bima", "current")},
        ),
        (
            "AKBP Yudha Pratama resmi menjabat Kapolres Dompu menggantikan AKBP Heru Santoso.",
            {
                ("Yudha Pratama", "Kepala Kepolisian Resor", "Dompu", "current"),
                ("Heru Santoso", "Kepala Kepolisian Resor", "Dompu", "former"),
            },
        ),
        # a commission's letter with the full stop ends the sentence, and the title with it
        (
            "Anggota DPRD Sragen Joko Santosa pernah menjabat Ketua Komisi C. Sebelum itu ia berdagang.",
            {
                ("Joko Santosa", "Anggota DPRD", "Sragen", "current"),
                ("Joko Santosa", "Ketua Komisi C", None, "former"),
            },
        ),
        # a numbered unit's seat: without a slash, of several words before the holder's rank
        (
            "Dandim 0812 Lamongan Letkol Inf. Sutrisno Adi hadir dalam apel.",
            {("Sutrisno Adi", "Komandan Kodim", "Lamongan", "current")},
        ),
        (
            "Komandan Korem 173/Praja Vira Braja Brigjen TNI Yusuf Ragainaga meninjau lokasi.",
            {("Yusuf Ragainaga", "Komandan Korem", "173/Praja Vira Braja", "current")},
        ),
        # a date after a title is no unit's number and seat
        (
            "Sejak pemilihan kepala daerah 27 November 2024, Bupati Blitar Rijanto jarang hadir.",
            {("Rijanto", "Bupati", "Blitar", "current")},
        ),
        # village heads of every region, the village's kind between the title and the place
        (
            "Perbekel Desa Sidan I Ketut Darmawan meninjau saluran irigasi.",
            {("I Ketut Darmawan", "Perbekel", "Desa Sidan", "current")},
        ),
        (
            "Geuchik Gampong Meunasah Baro Zainal Abidin menyambut rombongan.",
            {("Zainal Abidin", "Geuchik", "Gampong Meunasah Baro", "current")},
        ),
        # an unlisted village: its words end at the first given name of the run
        (
            "Kadus Ngasem Sugeng Widodo melaporkan jalan yang rusak.",
            {("Sugeng Widodo", "Kepala Dusun", "Ngasem", "current")},
        ),
        (
            "Kepala Kampung Wersar Yohanis Kambu menerima bantuan beras.",
            {("Yohanis Kambu", "Kepala Kampung", "Wersar", "current")},
        ),
        # a plain occupation in apposition
        (
            '"Program itu bagus," kata Sukirno, budayawan Osing, usai acara.',
            {("Sukirno", "Budayawan", None, "current")},
        ),
    ],
)
def test_title_construction(text: str, expected: set) -> None:
    assert titles(text) == expected


@pytest.mark.parametrize(
    "short, written_out",
    [
        ("Kapolres", "Kepala Kepolisian Resor"),
        ("Kapolda", "Kepala Kepolisian Daerah"),
        ("Wakapolda", "Wakil Kepala Kepolisian Daerah"),
        ("Kajari", "Kepala Kejaksaan Negeri"),
        ("Wakajati", "Wakil Kepala Kejaksaan Tinggi"),
        ("Dandim", "Komandan Kodim"),
        ("Danrem", "Komandan Korem"),
        ("Pangdam", "Panglima Kodam"),
        ("Kasi", "Kepala Seksi"),
        ("Kaur", "Kepala Urusan"),
        ("Kasatlantas", "Kepala Satuan Lalu Lintas"),
        ("Kasatreskrim", "Kepala Satuan Reserse Kriminal"),
        ("Kasipidsus", "Kepala Seksi Pidana Khusus"),
        ("Dirreskrimsus", "Direktur Reserse Kriminal Khusus"),
        ("Wadirlantas", "Wakil Direktur Lalu Lintas"),
        ("Sekkab", "Sekretaris Kabupaten"),
        ("Bacabup", "Bakal Calon Bupati"),
    ],
)
def test_composed_short_forms(short: str, written_out: str) -> None:
    assert expand_title(short) == written_out


@pytest.mark.parametrize(
    "misprint, word",
    [("sekertaris", "sekretaris"), ("assisten", "asisten"), ("gubenur", "gubernur"), ("bupatti", "bupati")],
)
def test_misprints_one_letter_away(misprint: str, word: str) -> None:
    assert title_lexicon().spelling[misprint] == word


def test_no_misprint_is_a_listed_word() -> None:
    data = title_lexicon()
    assert not set(data.spelling) & {t.lower() for t in data.titles}


def test_every_binder_names_its_construction_with_an_example() -> None:
    for binder in BINDERS:
        doc = binder.__doc__ or ""
        assert "'" in doc, binder.__name__  # an example sentence in quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        # an interval dates the title nearest to it, not the next post of the sentence
        (
            "Yulius Rante menjabat Camat Sesean pada 2011 hingga 2016, lalu menjadi Kepala Bappeda.",
            {
                ("Yulius Rante", "Camat", "2011", "2016", "former"),
                ("Yulius Rante", "Kepala Badan Perencanaan Pembangunan Daerah", None, None, "current"),
            },
        ),
        # ... and every title it is written for when no predicate parts them
        (
            "Bupati dan Wakil Bupati Ngawi periode 2021-2026, Ony Anwar dan Dwi Rianto, menghadiri rapat.",
            {
                ("Ony Anwar", "Bupati", "2021", "2026", "current"),
                ("Dwi Rianto", "Wakil Bupati", "2021", "2026", "current"),
            },
        ),
        (
            "Almarhum Yohanis Bora, mantan Bupati Sumba Barat periode 1995-2000 yang juga mantan "
            "Dandim 1613, "
            "dimakamkan di Waikabubak.",
            {
                ("Yohanis Bora", "Bupati", "1995", "2000", "former"),
                ("Yohanis Bora", "Komandan Kodim", None, None, "former"),
            },
        ),
        # a career written as posts with their years in brackets
        (
            "Ia lahir di Tuban. Karier Lukas Mbaru dimulai sebagai Camat Ruteng (2006-2010), kemudian Kepala "
            "Bagian Umum (2010-2013), dan Kepala Dinas Sosial (2013-2018).",
            {
                ("Lukas Mbaru", "Camat", "2006", "2010", "former"),
                ("Lukas Mbaru", "Kepala Bagian Umum", "2010", "2013", "former"),
                ("Lukas Mbaru", "Kepala Dinas Sosial", "2013", "2018", "former"),
            },
        ),
        (
            "Sejak 2019, Maria Goreti menjabat Kepala Dinas Pariwisata.",
            {
                ("Maria Goreti", "Kepala Dinas Pariwisata", "2019", None, "current"),
            },
        ),
    ],
)
def test_title_spans(text: str, expected: set) -> None:
    facts = run_pipeline("Makale, Senin (7/10/2024) - " + text).facts
    assert {
        (f.subject, f.object, f.start, f.end, f.status) for f in facts if f.predicate == "holds_title"
    } == expected
