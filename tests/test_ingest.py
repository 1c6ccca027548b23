"""Finding and decoding article files: encodings, line ends, empty and binary files, offsets that stay
valid."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from kabar_cli.errors import UsageError
from kabar_cli.extract import extract_article
from kabar_cli.ingest import Skipped, decode, discover, read_article

TEXT = (
    "Bupati Banyuwangi Ipuk Fiestiandani meresmikan pasar di Kecamatan Genteng.\n"
    "“Pasar ini untuk warga,” kata Ipuk.\n"
)
NEWLINE_TEXT = TEXT.replace("\n", "\r\n")

ENCODED = [
    pytest.param(TEXT.encode("utf-8"), id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
    pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(TEXT.encode("cp1252"), id="cp1252"),
    pytest.param(NEWLINE_TEXT.encode("utf-8"), id="crlf"),
    pytest.param(codecs.BOM_UTF8 + NEWLINE_TEXT.encode("utf-8"), id="utf-8-bom-crlf"),
    pytest.param(TEXT.replace("\n", "\r").encode("cp1252"), id="cr-cp1252"),
]


@pytest.mark.parametrize("data", ENCODED)
def test_decoding_gives_the_same_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "pasar.txt"
    path.write_bytes(data)
    raw = read_article(path)
    assert not isinstance(raw, Skipped)
    assert raw.text == TEXT
    assert (raw.id, raw.path) == ("pasar", str(path))
    assert raw.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("data", ENCODED)
def test_offsets_point_into_the_decoded_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "pasar.txt"
    path.write_bytes(data)
    raw = read_article(path)
    record = extract_article(raw)
    persons = [(m.text, m.entity) for m in record.mentions if m.label == "PERSON"]
    assert persons == [("Ipuk Fiestiandani", "Ipuk Fiestiandani"), ("Ipuk", "Ipuk Fiestiandani")]
    for m in record.mentions:
        assert raw.text[m.start : m.end] == m.text
    said = [f for f in record.facts if f.predicate == "said"]
    assert [(f.subject, raw.text[f.evidence.start : f.evidence.end]) for f in said] == [
        ("Ipuk Fiestiandani", "Pasar ini untuk warga,")
    ]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Caf\xe9 \x93Kopi\x94 dibuka", "Café “Kopi” dibuka"),
        ("Café “Kopi” dibuka".encode(), "Café “Kopi” dibuka"),
        (b"\x81\x8d harga", "\x81\x8d harga"),  # bytes cp1252 leaves undefined fall back to latin-1
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\r\n\t  ", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"teks\x00dengan\x00nol", "binary file"),
    ],
)
def test_empty_and_binary_files_are_skipped(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    assert read_article(path) == Skipped(str(path), reason)


def test_discover_walks_folders_in_order_once(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("satu dua", encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("tiga empat", encoding="utf-8")
    (tmp_path / "b" / "d.TXT").write_text("lima enam", encoding="utf-8")
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8")
    found = list(discover([tmp_path, tmp_path / "a.txt"]))
    files = [p for p in found if isinstance(p, Path)]
    assert files == [tmp_path / "a.txt", tmp_path / "b" / "c.md", tmp_path / "b" / "d.TXT"]
    assert [s.path for s in found if isinstance(s, Skipped)] == [str(tmp_path / "foto.jpg")]
    assert "not a .txt/.md file" in [s for s in found if isinstance(s, Skipped)][0].reason


def test_discover_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file or folder"):
        list(discover([tmp_path / "hilang"]))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_broken_symlink_is_skipped(tmp_path: Path) -> None:
    link = tmp_path / "rusak.txt"
    link.symlink_to(tmp_path / "tidak-ada.txt")
    assert list(discover([tmp_path])) == [Skipped(str(link), "broken symbolic link")]
