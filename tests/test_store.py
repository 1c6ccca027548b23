"""The SQLite store: migrations, refusing foreign or newer files, and integrity after an extract."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import run_pipeline
from kabar_cli.errors import StoreError
from kabar_cli.run import extract_paths
from kabar_cli.store import default_path, open_store
from kabar_cli.store.migrations import MIGRATIONS
from kabar_cli.store.write import save_articles, stored_hashes

TEXT = (
    "Bupati Banyuwangi Ipuk Fiestiandani meresmikan pasar di Kecamatan Genteng. "
    "“Pasar ini untuk warga,” kata Ipuk."
)


def test_default_path_follows_env(isolated_store: Path, tmp_path: Path) -> None:
    assert default_path() == isolated_store
    assert default_path(tmp_path / "x.db") == tmp_path / "x.db"


def test_migrations_are_recorded(isolated_store: Path) -> None:
    conn = open_store(create=True)
    names = [row[0] for row in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names[:4] == ["m001_initial", "m002_entities", "m003_members", "m004_search"]
    assert [name for name, _ in MIGRATIONS] == names  # every migration, in order, recorded once
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "articles",
        "sentences",
        "mentions",
        "facts",
        "entities",
        "aliases",
        "schema_migrations",
    } <= tables
    conn.close()
    again = open_store()  # reopening applies nothing twice
    assert again.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_missing_store_is_an_error_for_readers(isolated_store: Path) -> None:
    with pytest.raises(StoreError, match="no kabar store"):
        open_store()
    assert not isolated_store.exists()


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "lain.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    for create in (False, True):
        with pytest.raises(StoreError, match="not a kabar store"):
            open_store(other, create=create)


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "catatan.db"
    junk.write_text("ini bukan basis data, hanya catatan rapat " * 200, encoding="utf-8")
    with pytest.raises(StoreError):
        open_store(junk, create=True)


def test_newer_schema_is_refused(isolated_store: Path) -> None:
    open_store(create=True).close()
    with sqlite3.connect(isolated_store) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('m999_masa_depan', datetime('now'))")
    for create in (False, True):
        with pytest.raises(StoreError, match="newer kabar"):
            open_store(create=create)


def test_save_and_replace_one_article(isolated_store: Path) -> None:
    conn = open_store(create=True)
    record = run_pipeline(TEXT, "pasar")
    save_articles(conn, [(record, TEXT)])
    assert stored_hashes(conn) == {"pasar": record.article.sha256}
    facts = conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    assert facts == len(record.facts) == 2
    save_articles(conn, [(record, TEXT)])
    assert conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == facts
    assert conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == len(record.mentions)


def test_failed_batch_leaves_nothing(isolated_store: Path) -> None:
    conn = open_store(create=True)
    good = run_pipeline(TEXT, "pasar")

    def records():
        yield good, TEXT
        raise RuntimeError("terputus")

    with pytest.raises(RuntimeError):
        save_articles(conn, records())
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0


def test_integrity_after_extract(isolated_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / "pasar.txt").write_text(TEXT, encoding="utf-8")
    (folder / "camat.txt").write_text(
        "Camat Genteng Slamet Riyadi membuka lomba desa pada 17 Agustus 2022.", encoding="utf-8"
    )
    summary = extract_paths([folder], None)
    assert (summary.articles, summary.unchanged, summary.skipped) == (2, 0, [])
    with sqlite3.connect(isolated_store) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        persons = {row[0] for row in conn.execute("SELECT name FROM entities WHERE label = 'PERSON'")}
        assert persons == {"Ipuk Fiestiandani", "Slamet Riyadi"}
        aliases = {
            row[0]
            for row in conn.execute(
                "SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity "
                "WHERE e.name = 'Ipuk Fiestiandani'"
            )
        }
        assert aliases == {"Ipuk", "Ipuk Fiestiandani"}


def test_same_stem_in_two_folders_gets_two_stable_ids(isolated_store: Path, tmp_path: Path) -> None:
    from kabar_cli.ingest import hashed_id

    first, second = tmp_path / "a" / "berita.txt", tmp_path / "b" / "berita.txt"
    for path, text in (
        (first, TEXT),
        (second, "Camat Genteng Slamet Riyadi membuka lomba desa pada 17 Agustus 2022."),
    ):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    summary = extract_paths([tmp_path], None)
    assert summary.articles == 2
    with sqlite3.connect(isolated_store) as conn:
        ids = dict(conn.execute("SELECT path, id FROM articles").fetchall())
    assert ids == {str(first): "berita", str(second): hashed_id(second)}
    assert ids[str(second)].startswith("berita~") and len(ids[str(second)]) == len("berita~") + 8
    again = extract_paths([tmp_path], None)  # nothing overwritten, nothing re-extracted
    assert (again.articles, again.unchanged) == (0, 2)
    assert extract_paths([second], None).unchanged == 1  # the second file alone keeps its id
    with sqlite3.connect(isolated_store) as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
