"""The extractors' shortcuts answer as the longer way they replace: each is checked against that longer way on
every token (or pair of tokens) of Indonesian sentences, so a shortcut that skipped a real case fails here."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kabar_cli.nlp import parse

SENTENCES = [
    "Bupati dan Wakil Bupati Situbondo terpilih Karna Suswandi dan Khoirani hadir di Pendopo, Senin (2/9).",
    "Bupati/Wakil Bupati Buru Ramly Umasugi dan Amus Besan dilantik oleh Gubernur Maluku Murad Ismail.",
    "Zacharias Moruk untuk Kabupaten Belu, Viktorius Manek di Malaka dan Ayub Titu Eki di Kupang.",
    "Andap Budhi, Bahtiar serta Akmal Malik dilantik sebagai penjabat gubernur oleh Mendagri Tito Karnavian.",
    "Dia menjabat sebagai Kepala Bidang, Sekretaris Dinas, dan Kepala Dinas Pendidikan sejak 2016.",
    "Sebelumnya, Eddy yang kini menjadi Plt Sekda adalah Kepala Satpol PP Kota Malang.",
    "PELANTIKAN PEJABAT BARU DI LINGKUNGAN PEMKAB BANYUWANGI DIGELAR MERIAH",
    "Warga Desa Sukaraja, Kecamatan Mekar, menggelar Festival Kopi Rakyat di daratan Timor pekan lalu.",
    "Peresmian Gedung Baru Rumah Sakit Umum Daerah Genteng Dihadiri Menteri Kesehatan",
    "“Kami siap melayani warga,” kata Sekda Banyuwangi Mujiono, Rabu (4/9/2024).",
    "Ketua DPRD Jawa Timur Kusnadi dan Wakil Ketua Anik Maslachah menerima HB X di Surabaya.",
    "Menurut Ani, walaupun menjabat Plh Camat Genteng, Budi tidak pernah absen dari rapat.",
    "Banjir melanda empat desa masing-masing Hila, Kaitetu dan Wakal, juga kampung Mamala di sungai Wae.",
]


@pytest.fixture(scope="module", params=SENTENCES)
def doc(request):
    return parse(request.param)


def test_titles_joined_by_dan_or_slash(doc) -> None:
    from kabar_cli.extract.roles import _joined
    from kabar_cli.extract.tokens import words_in

    for end in range(len(doc)):
        for start in range(end, len(doc) + 1):
            assert _joined(doc, end, start) == (words_in(doc, end, start) in (["dan"], ["/"])), (end, start)


def test_names_joined_into_a_list(doc) -> None:
    from kabar_cli.extract.persons import _joins, _parallel_item
    from kabar_cli.extract.tokens import words_in

    for end in range(len(doc)):
        for start in range(end, len(doc) + 1):
            between = [","] if _parallel_item(doc, end, start) else words_in(doc, end, start)
            assert _joins(doc, end, start) == (between in (["dan"], [","], ["serta"], ["-"])), (end, start)


def test_sentences_passed_as_running_text_are_not_title_case(doc) -> None:
    """`_mostly_lowercase` may pass a sentence by only when the whole-sentence share of capitals is under
    0.7."""
    from kabar_cli.extract.person_words import title_words
    from kabar_cli.extract.persons import _mostly_lowercase
    from kabar_cli.extract.tokens import flags, sentence_bounds

    text, titled = flags(doc).text, title_words()
    for start, end in sentence_bounds(doc):
        words = [w for w in text[start:end] if len(w) > 3 and w.isalpha()]
        counted = [w for w in words if w.lower() not in titled] or words
        if _mostly_lowercase(doc, start, end):
            assert len([w for w in counted if w[0].isupper()]) / len(counted) < 0.7


@pytest.mark.parametrize(
    "text, headline_like",
    [
        ("PELANTIKAN PEJABAT BARU DI LINGKUNGAN PEMKAB BANYUWANGI DIGELAR MERIAH", True),
        ("Peresmian Gedung Baru Rumah Sakit Umum Daerah Genteng Dihadiri Menteri Kesehatan", True),
        ("Warga Desa Sukaraja menggelar festival kopi rakyat di lapangan desa pada pekan lalu.", False),
        (
            "Festival Kopi Lestari Meriah Digelar Warga Sukaraja untuk menyambut panen",
            True,
        ),  # 7 capitals in 10: 0.7
        ("Festival Kopi Lestari Meriah Digelar Warga Sukaraja untuk menyambut musim panen", False),  # 7 in 11
    ],
)
def test_title_case_sentences(text: str, headline_like: bool) -> None:
    from kabar_cli.extract.persons import _title_case_sentences

    assert (0 in _title_case_sentences(parse(text))) is headline_like


def test_predicates_pass_by_only_words_no_title_list_opens_with(doc) -> None:
    from kabar_cli.extract.predicates import _title_list, title_openers
    from kabar_cli.extract.tokens import lowers

    low = lowers(doc)
    for k in range(len(doc)):
        if low[k] not in title_openers():
            assert list(_title_list(doc, k, len(doc))) == [], k


def test_hamlets_sought_only_before_a_comma(doc) -> None:
    from kabar_cli.extract.places import _comma_after_name, match_hamlet
    from kabar_cli.extract.tokens import flags, lowers

    f = flags(doc)
    for i in range(len(doc)):
        if f.name[i] and not _comma_after_name(lowers(doc), f.name, i):
            assert match_hamlet(doc, i) is None, i


def test_features_and_listed_villages_sought_only_where_they_can_be(doc) -> None:
    from kabar_cli.extract.local_places import first_list_opener, listed_after_kind
    from kabar_cli.extract.places import feature_starts, match_feature

    features, items_after = feature_starts(doc), first_list_opener(doc)
    for i in range(len(doc)):
        if i not in features:
            assert match_feature(doc, i) is None, i
        if i <= items_after:
            assert listed_after_kind(doc, i) == i, i


def test_name_runs_go_on_only_over_capitals_and_inner_particles(doc) -> None:
    from kabar_cli.extract.hits import Occupied
    from kabar_cli.extract.person_words import words_of
    from kabar_cli.extract.persons import _closing_initials, _inner_particle, _name_at, _run_together
    from kabar_cli.extract.tokens import flags, lowers

    free, f = Occupied(), flags(doc)
    for j in range(len(doc)):
        if not (f.cap[j] or lowers(doc)[j] in words_of("inner_particles")):
            assert not (
                _name_at(doc, j, free) or _inner_particle(doc, j, free) or _run_together(doc, j, free)
            )
        if not f.cap[j]:
            assert _closing_initials(doc, j, free) == j, j


def test_span_text_is_the_span_s_text(doc) -> None:
    from kabar_cli.extract.tokens import char_bounds, span_text

    for start in range(len(doc) + 1):
        first, stop = char_bounds(doc, start, start - 1)
        assert span_text(doc, start, start - 1) == doc.text[first:stop] == "", start  # an empty range
        for end in range(start, len(doc) + 1):
            first, stop = char_bounds(doc, start, end)
            assert span_text(doc, start, end) == doc.text[first:stop] == doc[start:end].text, (start, end)


def test_institutions_and_honorifics_open_only_at_their_first_words(doc) -> None:
    from kabar_cli.extract.orgs import _match_org, match_org
    from kabar_cli.extract.person_words import honorific_index

    for i in range(len(doc)):
        assert match_org(doc, i) == _match_org(doc, i), i
        if doc[i].lower_ not in honorific_index().by_rest:
            assert honorific_index().match_at(doc, i) is None, i


@pytest.mark.parametrize(
    "text",
    [
        "Rabu (4/9) · Sabtu-Minggu (7-8/9/2024) · 25/04/2024 · 2024-04-25 · 8-9 Maret 2022 · tanggal 13",
        "akhir 2022 · Tahun Anggaran 2023 · 2027 mendatang · sejak 2016 · 2010 hingga 2019 · "
        "periode 2019- 2024",
        "pertengahan Oktober-Desember 2024 · akhir Agustus 2025 · Desember mendatang · "
        "Kamis pagi, 25 April 2024",
        "dua hari lalu · pekan lalu · tahun ini · kemarin · hari Minggu · di bulan yang sama · (2019) · "
        "Jumat",
    ],
)
def test_every_rule_opens_with_a_character_of_its_lookahead(text: str) -> None:
    """Each rule is compiled behind a lookahead for its first characters (grammar.OPENERS): the same pattern
    without it finds nothing that the lookahead would turn away."""
    from kabar_cli.dates.grammar import lower_same_length, rules

    low = lower_same_length(text)
    for rule in rules():
        opening, _, bare = rule.pattern.pattern.partition("])")
        lookahead = re.compile(opening + "])")
        for match in re.compile(bare).finditer(low):
            if match.end() > match.start():
                assert lookahead.match(low, match.start()), (rule.name, match.group())


def test_blanking_spans_at_once_equals_one_at_a_time() -> None:
    from kabar_cli.frame import blank, blank_spans

    text = "Menu Utama\nBaca juga: Pasar Genteng\nBupati meresmikan pasar.\nBagikan: FB | WA\n"
    spans = [(0, 10), (11, 35), (61, 77)]
    one_at_a_time = text
    for start, end in spans:
        one_at_a_time = blank(one_at_a_time, start, end)
    assert blank_spans(text, spans) == one_at_a_time
    assert len(blank_spans(text, spans)) == len(text)


def test_discover_tells_each_file_its_real_path_through_linked_folders(tmp_path: Path) -> None:
    from kabar_cli.ingest import discover

    real = tmp_path / "arsip"
    real.mkdir()
    (real / "berita.txt").write_text("Bupati Ipuk meresmikan pasar.", encoding="utf-8")
    (tmp_path / "tautan").symlink_to(real, target_is_directory=True)
    (real / "salinan.txt").symlink_to(real / "berita.txt")
    resolved: dict[str, str] = {}
    list(discover([tmp_path / "tautan", real], resolved))
    assert resolved and all(where == os.path.realpath(path) for path, where in resolved.items())


def test_sentence_marks_are_one_character() -> None:
    """The sentence component looks for marks among the one-character tokens only."""
    from kabar_cli.nlp import MARKS

    assert MARKS and all(len(mark) == 1 for mark in MARKS)
