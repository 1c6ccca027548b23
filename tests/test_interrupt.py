"""Issue 7: an extract killed part-way leaves a valid store of whole articles, and the next run completes it
to exactly what an uninterrupted run gives; `kabar who` answers while an extract is writing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kabar_cli.cli import app
from kabar_cli.run import BATCH
from test_robustness import runner

pytestmark = pytest.mark.slow

FIRST = [
    "Ahmad",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fajar",
    "Gita",
    "Hadi",
    "Indah",
    "Joko",
    "Kartika",
    "Lukman",
]
LAST = [
    "Santoso",
    "Wibowo",
    "Lestari",
    "Pratama",
    "Susanto",
    "Hidayat",
    "Rahayu",
    "Nugroho",
    "Saputra",
    "Kurniawan",
]
PLACES = ["Banyuwangi", "Lumajang", "Jember", "Situbondo", "Bondowoso", "Probolinggo", "Pasuruan", "Malang"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
COUNT = max(300, 2 * BATCH)  # the kill lands after the first batch commits, well before the last


def article(i: int) -> str:
    name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
    place = PLACES[i % len(PLACES)]
    day, month, year = i % 28 + 1, MONTHS[i % 12], 2015 + i % 10
    return (
        f"Camat {name} Resmikan Pasar Desa di {place}\n\n"
        f"{place} - Camat {place} {name} meresmikan pasar desa pada {day} {month} {year}. "
        f"Pasar itu dibangun sejak {year - 1} dengan dana desa.\n"
        f"“Pasar ini untuk warga {place},” kata {name.split()[0]}.\n"
        f"{name} lahir di {place} pada {day} {month} {1960 + i % 30}.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch") / "artikel"
    folder.mkdir()
    for i in range(COUNT):
        (folder / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    done = kabar("extract", str(corpus), db=db)
    assert done.returncode == 0, done.stderr
    return db


def kabar(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kabar_cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "KABAR_DB": str(db), "COLUMNS": "200"},
    )


def start_extract(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kabar_cli", "extract", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "KABAR_DB": str(db)},
    )


def stored_articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def wait_for_articles(proc: subprocess.Popen, db: Path, at_least: int, limit: float = 300) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        count = stored_articles(db)
        if count >= at_least or proc.poll() is not None:
            return count
        time.sleep(0.02)
    raise AssertionError("the extract never committed a batch")


TABLES = {
    "articles": (
        "SELECT id, path, sha256, outlet, headline, published, anchor, anchor_source, chars, text "
        "FROM articles"
    ),
    "sentences": "SELECT * FROM sentences",
    "mentions": 'SELECT article, label, text, start, "end", sentence, value, entity FROM mentions',
    "facts": (
        'SELECT article, predicate, subject, object, "of", status, start, "end", place, '
        "ev_sentence, ev_start, ev_end FROM facts"
    ),
    "entities": "SELECT label, name FROM entities",
    "aliases": (
        "SELECT e.label, e.name, a.alias, a.alias_key FROM aliases a JOIN entities e ON e.id = a.entity"
    ),
}


def dump(db: Path, articles: set[str] | None = None) -> dict[str, list[tuple]]:
    """Every row kabar stores, without row ids and timestamps, sorted (optionally only these
    articles' rows)."""
    with sqlite3.connect(db) as conn:
        out = {}
        for table, sql in TABLES.items():
            rows = [tuple(r) for r in conn.execute(sql)]
            if articles is not None and table in ("articles", "sentences", "mentions", "facts"):
                rows = [r for r in rows if r[0] in articles]
            out[table] = sorted(rows, key=repr)
        return out


def test_sigkill_leaves_whole_articles_and_the_rerun_completes(
    corpus: Path, reference: Path, tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    proc = start_extract(corpus, db)
    try:
        committed = wait_for_articles(proc, db, BATCH)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the extract finished before it could be killed"
    assert BATCH <= committed < COUNT

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = {row[0] for row in conn.execute("SELECT id FROM articles")}
    assert len(ids) % BATCH == 0 and len(ids) < COUNT  # whole batches only
    partial, full = dump(db, ids), dump(reference, ids)
    for table in ("articles", "sentences", "mentions", "facts"):
        assert partial[table] == full[table], (
            table
        )  # every stored article is whole and as a full run stores it

    rerun = kabar("extract", str(corpus), db=db)
    assert rerun.returncode == 0, rerun.stderr
    assert f"articles: {COUNT - len(ids)} extracted, {len(ids)} unchanged" in rerun.stderr
    assert dump(db) == dump(reference)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_who_answers_while_an_extract_writes(corpus: Path, reference: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "busy.db"
    first = tmp_path / "first"
    first.mkdir()
    shutil.copy(corpus / "a000.txt", first / "a000.txt")
    assert kabar("extract", str(first), db=db).returncode == 0
    proc = start_extract(corpus, db)
    answers = []
    try:
        wait_for_articles(proc, db, 2)
        while proc.poll() is None:
            answers.append(runner.invoke(app, ["who", "Ahmad Santoso", "--json", "--db", str(db)]))
    finally:
        proc.wait(timeout=600)
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == 0
    assert len(answers) >= 3
    for answer in answers:
        assert (
            "locked" not in answer.stderr
            and answer.exception is None
            or isinstance(answer.exception, SystemExit)
        )
        assert answer.exit_code == 0, answer.stderr
        assert '"name": "Ahmad Santoso"' in answer.stdout


def test_who_answers_during_an_open_write_transaction(reference: Path, tmp_path: Path) -> None:
    """A writer in the middle of a batch (BEGIN IMMEDIATE, rows written, no COMMIT): readers see the last
    commit."""
    import shutil

    db = tmp_path / "open.db"
    shutil.copy(reference, db)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM aliases")
    writer.execute("DELETE FROM entities")
    try:
        started = time.monotonic()
        answer = runner.invoke(app, ["who", "Ahmad Santoso", "--json", "--db", str(db)])
        assert time.monotonic() - started < 10
        assert answer.exit_code == 0, answer.stderr
        assert '"name": "Ahmad Santoso"' in answer.stdout
    finally:
        writer.execute("ROLLBACK")
        writer.close()
