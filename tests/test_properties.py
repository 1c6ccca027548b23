"""Issue 7 property tests (hypothesis): on arbitrary Unicode text extraction never raises, every mention's
offsets lie inside the text and slice out its `text`, and every DATE value is a FORMAT.md ISO 8601 value or
null. Decoding arbitrary bytes never raises either, and what it stores has no carriage returns."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import raw_article
from kabar_cli.extract import extract_article
from kabar_cli.ingest import Skipped, decode, normalise_text, read_article

SINGLE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def valid_single(value: str) -> bool:
    if not SINGLE.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def valid_date_value(value: str | None) -> bool:
    """FORMAT.md: '2024-09-04', '2022-10', '2022', '2010/2019', '2022-03-08/2022-03-09', '2016/..' (and
    '../2020')."""
    if value is None:
        return True
    if "/" not in value:
        return valid_single(value)
    first, _, last = value.partition("/")
    if first == ".." and last == "..":
        return False
    if not all(part == ".." or valid_single(part) for part in (first, last)):
        return False
    return first == ".." or last == ".." or first <= last + "\uffff"


def check(text: str) -> None:
    record = extract_article(raw_article(text))
    for m in record.mentions:
        assert 0 <= m.start <= m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m
        if m.label == "DATE":
            assert valid_date_value(m.value), m
    for f in record.facts:
        assert 0 <= f.evidence.start <= f.evidence.end <= len(text), f
    for value in (record.article.published, record.article.anchor):
        assert value is None or valid_single(value)


WORDS = [
    "Bupati",
    "Wakil",
    "Camat",
    "Sekretaris",
    "Daerah",
    "Kabupaten",
    "Kota",
    "Banyuwangi",
    "Ipuk",
    "Fiestiandani",
    "Mujiono",
    "H.",
    "Dr.",
    "Pj.",
    "Plt.",
    "Kab.",
    "Kec.",
    "dan",
    "/",
    "kata",
    "mengatakan",
    "ujarnya",
    "lahir",
    "di",
    "pada",
    "sejak",
    "hingga",
    "sekarang",
    "tahun",
    "lalu",
    "kemarin",
    "Senin",
    "Jumat",
    "(4/9)",
    "Januari",
    "Februari",
    "Desember",
    "1",
    "12",
    "31",
    "29",
    "2022",
    "2024",
    "1966",
    "0000",
    "9999",
    "13/13/2024",
    "2024-02-30",
    "ke-5",
    "-",
    "–",
    ",",
    ".",
    ":",
    "“",
    "”",
    '"',
    "(",
    ")",
    "(ANTARA)",
    "\n",
    "\n\n",
    " ",
    "meraih",
    "penghargaan",
    "yang",
    "ia",
    "raih",
    "(2023)",
    "dari",
    "Dinas",
    "Pekerjaan",
    "Umum",
    "mantan",
    "calon",
    "Baca",
    "juga:",
    "🙂",
    "é",
    "\u00a0",
    "\u200b",
    "İ",
    "ß",
    "ﬁ",
]

word_soup = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
mixed = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=40).map(
    lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts))
)
PROPERTY = settings(
    max_examples=int(__import__("os").environ.get("KABAR_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTY
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    check(text)


@PROPERTY
@given(word_soup)
def test_indonesian_word_soup(text: str) -> None:
    check(text)


@PROPERTY
@given(mixed)
@example("BupatiBupati Ipuk ,\n ")  # a comma after a name, then only blanks: nothing to look at after it
@example("kata Ipuk , \n\n")
def test_words_and_noise(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_arbitrary_bytes_never_raises(data: bytes) -> None:
    text = normalise_text(decode(data))
    assert "\r" not in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_reading_arbitrary_files_never_raises(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("bytes") / "artikel.txt"
    path.write_bytes(data)
    raw = read_article(path)
    if not isinstance(raw, Skipped):
        assert raw.text.strip() and "\x00" not in raw.text and "\r" not in raw.text
        check(raw.text)


def test_date_value_checker() -> None:
    good = [
        "2024-09-04",
        "2022-10",
        "2022",
        "2010/2019",
        "2022-03-08/2022-03-09",
        "2016/..",
        "../2020",
        "2024-02-29",
    ]
    bad = [
        "2024-13",
        "2023-02-29",
        "24",
        "2022/",
        "../..",
        "2022-1",
        "2024-09-04T10:00",
        "2020/2010",
        "",
        "0000",
    ]
    assert all(valid_date_value(v) for v in good)
    assert not any(valid_date_value(v) for v in bad)


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, st.integers(min_value=0, max_value=3))
def test_json_output_is_what_json_dumps_writes(value, level: int) -> None:
    """The output layer's indented JSON (written around json's C string encoder) is json.dumps(indent=2)
    text."""
    import json

    from kabar_cli.output import dumps_indented

    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
    assert dumps_indented(value, level) == expected
