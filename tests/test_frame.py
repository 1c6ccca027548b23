"""The article frame: outlet and headline detection, boilerplate and sign-offs blanked with offsets kept."""

from __future__ import annotations

import pytest

from kabar_cli.frame import blank, lines, read_frame

FRAME_ROWS = [
    pytest.param(
        "Banyuwangi (ANTARA) - Bupati Banyuwangi Ipuk Fiestiandani meresmikan pasar rakyat di Kecamatan "
        "Genteng.",
        "ANTARA",
        None,
        id="bracketed-agency-dateline",
    ),
    pytest.param(
        "KabarJatim.com\nPasar Genteng Diresmikan Bupati Banyuwangi\nSenin, 12 Februari 2024\n"
        "Banyuwangi – Bupati Banyuwangi Ipuk Fiestiandani meresmikan pasar rakyat di Kecamatan Genteng.",
        "KabarJatim.com",
        "Pasar Genteng Diresmikan Bupati Banyuwangi",
        id="masthead-domain-and-headline",
    ),
    pytest.param(
        "Lumajang, iNewsLumajang - Sekretaris Daerah Kabupaten Lumajang Joko Santoso memimpin rapat "
        "anggaran tahunan.",
        "iNewsLumajang",
        None,
        id="mixed-case-brand",
    ),
    pytest.param(
        "Jember, RADAR JEMBER – Bupati Jember Hendy Siswanto meninjau proyek jalan di Kecamatan Ambulu pagi "
        "ini.",
        "RADAR JEMBER",
        None,
        id="uppercase-brand",
    ),
    pytest.param(
        "Bupati Tinjau Banjir di Demak\n\nDemak – Bupati Demak meninjau banjir yang merendam tiga desa "
        "sejak kemarin sore.",
        None,
        "Bupati Tinjau Banjir di Demak",
        id="headline-without-outlet",
    ),
    pytest.param(
        "Warga memadati pasar sejak pagi. Pedagang menyambut baik pasar baru itu.",
        None,
        None,
        id="plain-prose",
    ),
    pytest.param(
        "Senin, 12 Februari 2024\nWarga memadati pasar sejak pagi.",
        None,
        None,
        id="weekday-line-is-no-headline",
    ),
]


@pytest.mark.parametrize(("text", "outlet", "headline"), FRAME_ROWS)
def test_outlet_and_headline(text: str, outlet: str | None, headline: str | None) -> None:
    frame = read_frame(text)
    assert (frame.outlet, frame.headline) == (outlet, headline)
    assert len(frame.clean) == len(text)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Warga memadati pasar sejak pagi.\nBaca juga: Harga Cabai Naik\nPedagang menyambut baik.",
            ["Warga memadati pasar sejak pagi.", "Pedagang menyambut baik."],
            ["Baca juga", "Harga Cabai"],
        ),
        (
            "Warga memadati pasar sejak pagi.\nBerita Terkait\nGubernur Tinjau Banjir\nBupati Resmikan Jalan",
            ["Warga memadati pasar sejak pagi."],
            ["Berita Terkait", "Gubernur", "Bupati"],
        ),
        (
            "Pedagang menyambut baik pasar baru itu. (rin)",
            ["Pedagang menyambut baik pasar baru itu."],
            ["(rin)"],
        ),
        ("Harga cabai turun.(*)", ["Harga cabai turun."], ["(*)"]),
        ("Harga cabai turun. [rin/suf]", ["Harga cabai turun."], ["rin/suf"]),
        ("Editor: Rina Wulandari\nHarga cabai turun.", ["Harga cabai turun."], ["Editor", "Rina"]),
        ("Harga cabai turun (Bulog) pekan ini.", ["Harga cabai turun (Bulog) pekan ini."], []),
    ],
)
def test_boilerplate_blanked_in_place(text: str, kept: list[str], gone: list[str]) -> None:
    clean = read_frame(text).clean
    assert len(clean) == len(text)
    assert clean.count("\n") == text.count("\n")
    for piece in kept:
        assert clean[text.index(piece) : text.index(piece) + len(piece)] == piece
    for piece in gone:
        assert piece not in clean


def test_blank_keeps_newlines_and_length() -> None:
    text = "satu\ndua tiga\nempat"
    out = blank(text, 2, 12)
    assert out == "sa  \n       a\nempat"
    assert len(out) == len(text)


def test_lines_cover_every_line() -> None:
    text = "satu\n\ndua tiga\nempat"
    assert [text[s:e] for s, e in lines(text) if e > s] == ["satu", "dua tiga", "empat"]
    assert all(e == len(text) or text[e] == "\n" for s, e in lines(text))
