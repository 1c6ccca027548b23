"""Issue 7: bad input, broken stores and hostile queries. Every case is a folder or store the test builds;
none stops the rest of a run, every user error is one line on stderr and never a traceback.

Exit codes: 0 everything read, 1 some files skipped (the summary lists them), 2 usage errors.
"""

from __future__ import annotations

import codecs
import inspect
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kabar_cli.cli import app
from kabar_cli.ingest import MAX_CHARS

TEXT = (
    "Bupati Banyuwangi Ipuk Fiestiandani meresmikan Café Gandrung di Kecamatan Genteng pada 12 Februari "
    "2024.\n"
    "“Kafe ini untuk warga,” kata Ipuk.\n"
)
LIMIT = f"longer than the {MAX_CHARS:,}-character article limit"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def make_runner() -> CliRunner:
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


runner = make_runner()


def invoke(*args: str, code: int = 0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    return result


def one_line_error(result) -> str:
    """The stderr of a failed command: exactly one line starting 'kabar:', no traceback."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kabar: ") and "Traceback" not in result.stderr
    return lines[0]


def flat(text: str) -> str:
    return " ".join(text.split())  # Rich may wrap long lines


def stored_texts(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, text FROM articles"))


def check_offsets(db: Path) -> list[dict]:
    """Every mention `kabar mentions --json` reports is text[start:end] of the article text as stored."""
    texts = stored_texts(db)
    rows = json.loads(invoke("mentions", "--json").stdout)
    for row in rows:
        assert texts[row["article"]][row["start"] : row["end"]] == row["text"], row
    return rows


# --- input: encodings and line ends -------------------------------------------------------------------

ENCODINGS = {
    "utf-8": TEXT.encode("utf-8"),
    "cp1252": TEXT.encode("cp1252"),
    "latin-1": TEXT.replace("“", '"').replace("”", '"').encode("latin-1"),
    "utf-8-bom": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "crlf": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "lone-cr": TEXT.replace("\n", "\r").encode("utf-8"),
    "utf-16-bom-crlf": codecs.BOM_UTF16_LE + TEXT.replace("\n", "\r\n").encode("utf-16-le"),
    "cp1252-lone-cr": TEXT.replace("\n", "\r").encode("cp1252"),
}


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_encoding_offsets_match_stored_text(tmp_path: Path, isolated_store: Path, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{name}.txt").write_bytes(ENCODINGS[name])
    invoke("extract", folder)
    texts = stored_texts(isolated_store)
    expected = TEXT if name != "latin-1" else TEXT.replace("“", '"').replace("”", '"')
    assert texts == {name: expected}  # decoded, BOM dropped, line ends are "\n"
    rows = check_offsets(isolated_store)
    persons = [(r["text"], r["entity"]) for r in rows if r["label"] == "PERSON"]
    assert persons == [("Ipuk Fiestiandani", "Ipuk Fiestiandani"), ("Ipuk", "Ipuk Fiestiandani")]
    assert [r["value"] for r in rows if r["label"] == "DATE"] == ["2024-02-12"]


def test_all_encodings_in_one_folder(tmp_path: Path, isolated_store: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in ENCODINGS.items():
        (folder / f"{name}.txt").write_bytes(data)
    result = invoke("extract", folder)
    assert f"articles: {len(ENCODINGS)} extracted" in result.stderr
    check_offsets(isolated_store)


# --- input: files that are not articles -------------------------------------------------------------

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)

NOT_ARTICLES = {
    "kosong.txt": (b"", "empty file"),
    "spasi.txt": (b"  \n\r\n\t \r  ", "empty file"),
    "bom-saja.txt": (codecs.BOM_UTF8 + b"\r\n", "empty file"),
    "nol.txt": (b"teks\x00dengan\x00nol " * 20, "binary file"),
    "gambar.txt": (PNG, "binary file"),
    "gambar.png": (PNG, "not a .txt/.md file"),
    "kendali.md": (bytes(range(1, 9)) * 50 + b" kata", "binary file"),
}


def test_empty_and_binary_files_are_skipped_with_a_note(tmp_path: Path, isolated_store: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baik.txt").write_text(TEXT, encoding="utf-8")
    for name, (data, _) in NOT_ARTICLES.items():
        (folder / name).write_bytes(data)
    result = invoke("extract", folder, code=1)
    err = flat(result.stderr)
    for name, (_, reason) in NOT_ARTICLES.items():
        assert f"skipped {folder / name}: {reason}" in err
    assert "articles: 1 extracted" in err and f"skipped: {len(NOT_ARTICLES)}" in err
    assert list(stored_texts(isolated_store)) == ["baik"]


@pytest.mark.parametrize("shape", ["20mb-text", "1mb-line", "limit-plus-one"])
def test_oversized_files_are_refused_naming_the_limit(
    tmp_path: Path, isolated_store: Path, shape: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baik.txt").write_text(TEXT, encoding="utf-8")
    big = folder / "besar.txt"
    if shape == "20mb-text":
        big.write_bytes(
            (TEXT.encode("utf-8") * (20 * 1024 * 1024 // len(TEXT.encode("utf-8")) + 1))[: 20 * 1024 * 1024]
        )
    elif shape == "1mb-line":
        big.write_bytes((b"Bupati Ipuk Fiestiandani 12 Februari 2024 kata Ipuk, " * 20_000)[: 1024 * 1024])
    else:
        big.write_text("a" * (MAX_CHARS + 1), encoding="utf-8")
    started = time.monotonic()
    result = invoke("extract", folder, code=1)
    assert time.monotonic() - started < 30
    assert f"skipped {big}: {LIMIT}" in flat(result.stderr)
    assert list(stored_texts(isolated_store)) == ["baik"]


def test_article_at_the_limit_is_read(tmp_path: Path) -> None:
    from kabar_cli.ingest import read_article

    path = tmp_path / "pas.txt"
    path.write_text("a" * (MAX_CHARS - 1) + "\n", encoding="utf-8")
    assert len(read_article(path).text) == MAX_CHARS
    path.write_text(("a\r\n" * (MAX_CHARS // 2)), encoding="utf-16")  # 4 bytes a stored "\n": still read
    assert len(read_article(path).text) == MAX_CHARS


@pytest.mark.skipif(IS_ROOT, reason="permissions do not bite for root (see the simulated case)")
def test_unreadable_file_and_folder_are_skipped(tmp_path: Path, isolated_store: Path) -> None:
    folder = tmp_path / "in"
    (folder / "terkunci").mkdir(parents=True)
    (folder / "baik.txt").write_text(TEXT, encoding="utf-8")
    (folder / "rahasia.txt").write_text(TEXT, encoding="utf-8")
    (folder / "terkunci" / "di-dalam.txt").write_text(TEXT, encoding="utf-8")
    (folder / "rahasia.txt").chmod(0)
    (folder / "terkunci").chmod(0)
    try:
        result = invoke("extract", folder, code=1)
    finally:
        (folder / "rahasia.txt").chmod(0o644)
        (folder / "terkunci").chmod(0o755)
    err = flat(result.stderr)
    assert f"skipped {folder / 'rahasia.txt'}: cannot read: Permission denied" in err
    assert f"{folder / 'terkunci'}: folder not readable: Permission denied" in err
    assert list(stored_texts(isolated_store)) == ["baik"]


def test_unreadable_file_simulated(
    tmp_path: Path, isolated_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baik.txt").write_text(TEXT, encoding="utf-8")
    secret = folder / "rahasia.txt"
    secret.write_text(TEXT, encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):
        if self.name == "rahasia.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    result = invoke("extract", folder, code=1)
    assert f"skipped {secret}: cannot read: Permission denied" in flat(result.stderr)
    assert list(stored_texts(isolated_store)) == ["baik"]


def test_unreadable_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kabar_cli import ingest

    folder = tmp_path / "in"
    (folder / "terkunci").mkdir(parents=True)
    (folder / "baik.txt").write_text(TEXT, encoding="utf-8")
    real_walk = os.walk

    def walk(top, **kwargs):
        def scandir_error(path):
            kwargs["onerror"](PermissionError(13, "Permission denied", str(path)))

        for root, dirs, files in real_walk(top, **kwargs):
            yield root, [], files
            for name in dirs:
                scandir_error(Path(root) / name)

    monkeypatch.setattr(ingest.os, "walk", walk)
    found = list(ingest.discover([folder]))
    assert found == [
        folder / "baik.txt",
        ingest.Skipped(str(folder / "terkunci"), "folder not readable: Permission denied"),
    ]


def test_links_fifos_and_repeated_paths(tmp_path: Path, isolated_store: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / "baik.txt"
    good.write_text(TEXT, encoding="utf-8")
    (folder / "rusak.txt").symlink_to(folder / "tidak-ada.txt")
    (folder / "putar-a.txt").symlink_to(folder / "putar-b.txt")
    (folder / "putar-b.txt").symlink_to(folder / "putar-a.txt")
    (folder / "salinan.txt").symlink_to(good)  # the same file under a second name: read once
    (folder / "dir-loop").symlink_to(folder)  # a folder link is not followed, so no walk loop
    os.mkfifo(folder / "pipa.txt")  # reading it would block forever
    relative = os.path.relpath(good)
    result = invoke("extract", folder, good, relative, folder / "putar-a.txt", code=1)
    err = flat(result.stderr)
    assert f"skipped {folder / 'rusak.txt'}: broken symbolic link" in err
    assert f"skipped {folder / 'putar-a.txt'}: symbolic link loop" in err
    assert f"skipped {folder / 'putar-b.txt'}: symbolic link loop" in err
    assert f"skipped {folder / 'pipa.txt'}: not a regular file" in err
    assert "articles: 1 extracted" in err
    assert list(stored_texts(isolated_store)) == ["baik"]


def test_same_file_twice_is_read_once(tmp_path: Path, isolated_store: Path) -> None:
    good = tmp_path / "baik.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = invoke("extract", good, good, tmp_path)
    assert "articles: 1 extracted, 0 unchanged" in result.stderr and "skipped: 0" in result.stderr


def test_nonexistent_path_is_a_usage_error(tmp_path: Path, isolated_store: Path) -> None:
    (tmp_path / "baik.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("extract", tmp_path / "baik.txt", tmp_path / "hilang.txt", code=2)
    assert one_line_error(result) == f"kabar: no such file or folder: {tmp_path / 'hilang.txt'}"


def test_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "baik.txt").write_text(TEXT, encoding="utf-8")
    invoke("extract", tmp_path / "baik.txt", code=0)
    (tmp_path / "kosong.txt").write_bytes(b"")
    invoke("extract", tmp_path, code=1)
    invoke("extract", code=2)
    invoke("extract", tmp_path / "hilang", code=2)
    invoke("timeline", "--year", "dua ribu", code=2)


def test_one_failing_article_does_not_stop_the_run(
    tmp_path: Path, isolated_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kabar_cli.extract as extract

    real = extract.extract_article

    def flaky(raw):
        if raw.id == "rusak":
            raise ValueError("kerusakan buatan")
        return real(raw)

    monkeypatch.setattr(extract, "extract_article", flaky)
    (tmp_path / "baik.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "rusak.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("extract", tmp_path, code=1)
    assert f"skipped {tmp_path / 'rusak.txt'}: extraction failed: kerusakan buatan" in flat(result.stderr)
    assert list(stored_texts(isolated_store)) == ["baik"]


# --- the store ----------------------------------------------------------------------------------------


@pytest.fixture
def small_store(tmp_path: Path, isolated_store: Path) -> Path:
    (tmp_path / "ipuk.txt").write_text(TEXT, encoding="utf-8")
    invoke("extract", tmp_path / "ipuk.txt")
    return isolated_store


def test_not_a_store(tmp_path: Path) -> None:
    junk = tmp_path / "catatan.db"
    junk.write_text("ini bukan basis data, hanya catatan rapat\n" * 200, encoding="utf-8")
    for args in (["who", "Ipuk"], ["articles"], ["extract", tmp_path]):
        line = one_line_error(invoke(*args, "--db", junk, code=2))
        assert "is not a kabar store" in line
    assert junk.read_text(encoding="utf-8").startswith("ini bukan")  # never overwritten


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    other = tmp_path / "toko.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    for args in (["who", "Ipuk"], ["extract", tmp_path]):
        assert "not a kabar store" in one_line_error(invoke(*args, "--db", other, code=2))


def test_newer_schema(small_store: Path, tmp_path: Path) -> None:
    with sqlite3.connect(small_store) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('m999_masa_depan', datetime('now'))")
    for args in (["who", "Ipuk"], ["extract", tmp_path / "ipuk.txt"]):
        assert "newer kabar" in one_line_error(invoke(*args, code=2))


def test_folder_as_store(tmp_path: Path) -> None:
    assert "is a folder" in one_line_error(invoke("articles", "--db", tmp_path, code=2))
    assert "is a folder" in one_line_error(invoke("extract", tmp_path, "--db", tmp_path, code=2))


def test_store_in_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "ipuk.txt").write_text(TEXT, encoding="utf-8")
    line = one_line_error(
        invoke("extract", tmp_path / "ipuk.txt", "--db", tmp_path / "tidak" / "ada.db", code=2)
    )
    assert "cannot open the store" in line


def test_read_only_store_uri(small_store: Path, tmp_path: Path) -> None:
    uri = f"file:{small_store}?mode=ro"
    assert json.loads(invoke("who", "Ipuk", "--json", "--db", uri).stdout)["name"] == "Ipuk Fiestiandani"
    (tmp_path / "baru.txt").write_text(TEXT.replace("Genteng", "Rogojampi"), encoding="utf-8")
    assert "is read-only" in one_line_error(invoke("extract", tmp_path / "baru.txt", "--db", uri, code=2))
    assert list(stored_texts(small_store)) == ["ipuk"]


@pytest.mark.skipif(IS_ROOT, reason="root writes to read-only files (see the mode=ro case)")
def test_read_only_store_file(small_store: Path, tmp_path: Path) -> None:
    (tmp_path / "baru.txt").write_text(TEXT.replace("Genteng", "Rogojampi"), encoding="utf-8")
    small_store.chmod(0o444)
    try:
        assert json.loads(invoke("who", "Ipuk", "--json").stdout)["name"] == "Ipuk Fiestiandani"
        assert "is read-only" in one_line_error(invoke("extract", tmp_path / "baru.txt", code=2))
    finally:
        small_store.chmod(0o644)


def test_busy_store_is_one_line(small_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kabar_cli.store import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    writer = sqlite3.connect(small_store, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        line = one_line_error(invoke("extract", tmp_path / "ipuk.txt", code=2))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert "busy" in line and "try again" in line


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "catatan.db"
    junk.write_text("bukan basis data\n" * 100, encoding="utf-8")
    env = {**os.environ, "KABAR_DB": str(junk)}
    plain = subprocess.run(
        [sys.executable, "-m", "kabar_cli", "who", "Ipuk"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert plain.stderr.strip().count("\n") == 0 and "not a kabar store" in plain.stderr
    debug = subprocess.run(
        [sys.executable, "-m", "kabar_cli", "--debug", "who", "Ipuk"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert debug.returncode != 0 and "Traceback" in debug.stderr and "StoreError" in debug.stderr


def test_non_utf8_argument_is_a_usage_error(small_store: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kabar_cli", "who", b"Ipuk\xff"], capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert b"not valid UTF-8" in result.stderr and b"Traceback" not in result.stderr


# --- hostile queries ----------------------------------------------------------------------------------

HOSTILE = [
    "Ipuk'",
    'Ipuk"',
    "O'Brien",
    "“Ipuk”",
    "Ipuk%",
    "%",
    "%%",
    "_",
    "Ipu_",
    "I%k",
    "Ipuk\\",
    "\\%",
    "\\",
    "Ipuk'; DROP TABLE articles; --",
    "' OR '1'='1",
    "SELECT * FROM entities",
    "NULL",
    "Ipuk\x00Fiestiandani",
    "🙂",
    "Ipuk 🙂",
    "[bold]Ipuk[/bold]",
    "\u202eIpuk",
    "Ipuk" * 2500,
    "x" * 100_000,
    " ",
    "\t\n",
]


@pytest.mark.parametrize("name", HOSTILE, ids=range(len(HOSTILE)))
def test_who_hostile_names_no_match(small_store: Path, name: str) -> None:
    result = invoke("who", name, "--json", code=1)
    assert result.stdout == ""
    assert one_line_error(result).startswith("kabar: no person named")
    assert invoke("who", name, code=1).stdout == ""
    assert one_line_error(invoke("timeline", "--person", name, code=1)).startswith("kabar: no person named")


@pytest.mark.parametrize("name", HOSTILE[:20], ids=range(20))
def test_filters_with_hostile_values_match_nothing(small_store: Path, name: str) -> None:
    assert json.loads(invoke("mentions", "--json", "--article", name).stdout) == []
    assert json.loads(invoke("mentions", "--json", "--label", name).stdout) == []
    assert json.loads(invoke("facts", "--json", "--predicate", name).stdout) == []
    assert json.loads(invoke("facts", "--json", "--article", name).stdout) == []
    assert stored_texts(small_store) == {"ipuk": TEXT}  # nothing dropped


@pytest.mark.parametrize("name", ["Ipuk", "ipuk", "IPUK FIESTIANDANI", "  Ipuk   Fiestiandani ", "Ípuk"])
def test_who_right_answer(small_store: Path, name: str) -> None:
    assert json.loads(invoke("who", name, "--json").stdout)["name"] == "Ipuk Fiestiandani"


def test_names_with_quotes_and_wildcards_are_found_literally(tmp_path: Path, isolated_store: Path) -> None:
    """Store a person whose alias holds LIKE and quote characters, then find exactly that alias."""
    from kabar_cli.store import open_store
    from kabar_cli.store.entities import name_key

    (tmp_path / "ipuk.txt").write_text(TEXT, encoding="utf-8")
    invoke("extract", tmp_path / "ipuk.txt")
    conn = open_store()
    entity = conn.execute("SELECT id FROM entities WHERE name = 'Ipuk Fiestiandani'").fetchone()[0]
    odd = ["Ipuk 'Nyai' Fiesti", "Ipuk_F%", "Ipuk \\ F", "Ipuk 🙂"]
    conn.executemany("INSERT INTO aliases VALUES (?, ?, ?)", [(entity, a, name_key(a)) for a in odd])
    conn.close()
    for alias in odd:
        assert json.loads(invoke("who", alias, "--json").stdout)["name"] == "Ipuk Fiestiandani"
    for near in ["Ipuk 'Nyai' F", "IpukXF%", "Ipuk_FF", "Ipuk \\\\ F", "Ipuk 🙃"]:
        invoke("who", near, code=1)
    # whole opening words of one alias, quotes included, still find it
    assert json.loads(invoke("who", "Ipuk 'Nyai'", "--json").stdout)["name"] == "Ipuk Fiestiandani"


@pytest.mark.parametrize(
    "args",
    [
        ["--year", "abc"],
        ["--year", "0"],
        ["--year", "10000"],
        ["--year", "-5"],
        ["--year", "2022.5"],
        ["--year", ""],
        ["--from", "2022-02-30"],
        ["--from", "2022-13"],
        ["--from", "0000"],
        ["--from", "2022-1"],
        ["--to", "22"],
        ["--from", "2022/2023"],
        ["--from", "2022-01-01T00:00"],
        ["--to", "2022%"],
        ["--from", "'; DROP TABLE x"],
        ["--from", "2023", "--to", "2022-06"],
    ],
    ids=lambda a: " ".join(a),
)
def test_bad_timeline_options_are_usage_errors(small_store: Path, args: list[str]) -> None:
    result = invoke("timeline", *args, code=2)
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_good_timeline_options(small_store: Path) -> None:
    for args in (
        ["--year", "2024"],
        ["--from", "2024-02-12", "--to", "2024-02-12"],
        ["--from", "2024-02", "--to", "2024"],
        ["--to", "2024-02-29"],
    ):
        assert [e["date"] for e in json.loads(invoke("timeline", "--json", *args).stdout)] == ["2024-02-12"]
    assert json.loads(invoke("timeline", "--json", "--year", "1999").stdout) == []


# --- regular expressions on long adversarial strings --------------------------------------------------
# Every pattern kabar compiles (module constants, lexicon-built boilerplate, date grammar, quote cues, award
# cues) runs on long adversarial strings, the way kabar uses it: `finditer` for patterns that scan text,
# `match` at one position for the anchored ones. The sweep runs in a child process (a runaway regex cannot be
# interrupted in-process); doubling the input must not more than ~double the time.

SCANNED = (
    "dates.rule.",
    "kabar_cli.frame.SIGN_OFF",
    "kabar_cli.ingest.",
    "kabar_cli.extract.tokens.WORD",
    "kabar_cli.extract.build.",
    "kabar_cli.extract.awards.",
    "awards.cue.",
    "quotes.cue_before",
    "kabar_cli.dates.grammar.DIGITS",
    "kabar_cli.lexicon.regions._KEP_RE",
    "kabar_cli.lexicon.regions._SPACE_RE",
)


def all_patterns() -> dict:
    import importlib
    import pkgutil
    import re

    import kabar_cli
    from kabar_cli import frame
    from kabar_cli.dates import grammar
    from kabar_cli.extract import awards, quotes

    found = {}
    for info in pkgutil.walk_packages(kabar_cli.__path__, "kabar_cli."):
        if info.name.endswith(("__main__", ".cli")):
            continue
        for name, value in vars(importlib.import_module(info.name)).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
    found["frame.boilerplate_line"], found["frame.boilerplate_tail"] = frame._patterns()
    found.update({f"dates.rule.{rule.name}": rule.pattern for rule in grammar.rules()})
    found.update({f"dates.helper.{name}": pattern for name, pattern in grammar.helpers().items()})
    found["quotes.cue_after"], found["quotes.cue_before"] = quotes.cue_patterns()
    found["quotes.reported_speech"] = quotes.reported_speech()
    found.update({f"awards.cue.{name}": p for name, p in awards.cues().items() if isinstance(p, re.Pattern)})
    return found


def adversarial(n: int) -> dict[str, str]:
    import random

    from kabar_cli.dates import grammar

    rng = random.Random(7)
    words = [
        *(w for family in grammar.keywords().values() for w in family),
        "hingga",
        "sampai",
        "dengan",
        "s.d.",
        "s/d",
        "sejak",
        "tanggal",
        "tahun",
        "lalu",
        "dari",
        "atas",
        "Bupati",
        "Wakil",
        "Ipuk",
        "Fiestiandani",
        "kata",
        "mengatakan",
        "meraih",
        "penghargaan",
        "yang",
        "di",
        "pada",
        "ke-",
        "Kab.",
        "Dr.",
        "H.",
        "A.",
        "(ANTARA)",
        "-",
        "–",
        "—",
        ",",
        ".",
        "“",
        "”",
        '"',
        "/",
        "(",
        ")",
        "[",
        "]",
        "*",
        "2024",
        "12",
        "1",
        "31/12/2024",
        "2022-03-08",
        "www.kabar.co.id",
        "Baca",
        "juga:",
        "Share",
        "\n",
    ]
    units = {
        "a": "a",
        "A": "A",
        "space": " ",
        "newline": "\n",
        "tab": "\t",
        "digit": "1",
        "digit-space": "1 ",
        "slash": "12/",
        "dash": "1-",
        "dot-space": ". ",
        "paren": "(",
        "a-dot": "a.",
        "a-dash": "a-",
        "month": "januari ",
        "month-year": "januari 2024 ",
        "weekday": "senin, ",
        "tanggal": "tanggal 1 ",
        "hingga": "hingga ",
        "title": "Bupati ",
        "name": "Ipuk Fiestiandani ",
        "quote": "“",
        "dquote": '"a',
        "iso": "2024-",
        "ke": "ke-",
        "sd": "s.d. ",
        "sejak": "sejak ",
        "initial": "A. ",
        "honorific": "Dr. ",
        "emdash": "— ",
        "www": "www.",
        "domain": "a.b.",
        "word-dot": "kata. ",
        "comma": "a, ",
        "sign-off": ".(a/",
        "caps": "BUPATI BANYUWANGI ",
        "underscore": "_",
        "nbsp": "\u00a0",
        "mixed": "Aa1.-/ ",
        "dari": "a dari ",
        "atas": "a atas ",
        "award": "meraih penghargaan yang ia raih, ",
    }
    out = {name: (unit * (n // len(unit) + 1))[:n] for name, unit in units.items()}
    out["spaces-then-x"] = " " * n + "x"
    out["dot-spaces-x"] = "." + " " * n + "x"
    out["soup"] = " ".join(rng.choice(words) for _ in range(n // 5))[:n]
    out["soup-tight"] = "".join(rng.choice(words) for _ in range(n // 4))[:n]
    return out


def _sweep(n: int) -> None:
    """Child process: one JSON line per (pattern, input) with the seconds at n and at 2n characters."""
    import re

    def timed(pattern, text: str, scan: bool) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            if scan:
                for _ in pattern.finditer(text):
                    pass
            pattern.match(text)
            pattern.fullmatch(text)
            best = min(best, time.perf_counter() - started)
        return best

    small, large = adversarial(n), adversarial(2 * n)
    for name, pattern in sorted(all_patterns().items()):
        scan = name.startswith(SCANNED)
        for key in small:
            for fold in (False, True) if not pattern.flags & re.IGNORECASE else (False,):
                a, b = (small[key].lower(), large[key].lower()) if fold else (small[key], large[key])
                print(
                    json.dumps(
                        {
                            "pattern": name,
                            "input": key + ("/lower" if fold else ""),
                            "n": timed(pattern, a, scan),
                            "2n": timed(pattern, b, scan),
                        }
                    ),
                    flush=True,
                )


@pytest.mark.slow
def test_no_regex_backtracks_catastrophically() -> None:
    n = 4_000
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--sweep", str(n)], capture_output=True, text=True, timeout=240
        )
    except subprocess.TimeoutExpired as exc:
        last = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        pytest.fail(f"regex sweep did not finish; last line: {last.strip().splitlines()[-1:]}")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len({r["pattern"] for r in rows}) > 40
    slow = [r for r in rows if r["2n"] > 2.0 or (r["2n"] > 0.25 and r["2n"] > 3 * r["n"])]
    assert slow == [], "super-linear patterns (seconds at n and at 2n characters)"


if __name__ == "__main__" and sys.argv[1:2] == ["--sweep"]:
    _sweep(int(sys.argv[2]))


@pytest.mark.slow
def test_extraction_on_long_adversarial_text_is_bounded() -> None:
    """The whole pipeline (frame, tokenizer, names, titles, dates, quotes, awards) on 10,000-character
    adversarial texts; before issue 7 'ke-ke-...' took 40 s (tokenizer) and spaces after an award cue minutes
    (awards)."""
    from conftest import run_pipeline

    texts = adversarial(10_000)
    texts["award-spaces"] = (
        "Bupati Ipuk Fiestiandani memamerkan penghargaan yang ia raih, yaitu Adipura" + " " * 10_000 + "x."
    )
    run_pipeline("Pemanasan.")
    for name, text in texts.items():
        started = time.monotonic()
        record = run_pipeline(text)
        assert time.monotonic() - started < 10, name
        assert all(text[m.start : m.end] == m.text for m in record.mentions), name
