"""Writing articles: one transaction per batch, a changed file replaces its own rows, an unchanged one is skipped."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from kabar_cli.records import ArticleRecord


def stored_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """article id -> sha256 of the text stored for it."""
    return {row["id"]: row["sha256"] for row in conn.execute("SELECT id, sha256 FROM articles")}


def save_articles(conn: sqlite3.Connection, records: Iterable[tuple[ArticleRecord, str]]) -> int:
    """Store (record, text) pairs in one transaction; an interrupted run leaves only whole articles."""
    count = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for record, text in records:
            _save_one(conn, record, text)
            count += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count


def _save_one(conn: sqlite3.Connection, record: ArticleRecord, text: str) -> None:
    a = record.article
    conn.execute("DELETE FROM articles WHERE id = ?", (a.id,))
    conn.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
        (a.id, a.path, a.sha256, a.outlet, a.headline, a.published, a.anchor, a.anchor_source, a.chars, text),
    )
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                     [(s.article, s.index, s.start, s.end, s.text) for s in record.sentences])
    conn.executemany(
        "INSERT INTO mentions (article, label, text, start, \"end\", sentence, value, entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(m.article, m.label, m.text, m.start, m.end, m.sentence, m.value, m.entity) for m in record.mentions],
    )
    conn.executemany(
        "INSERT INTO facts (article, predicate, subject, object, \"of\", status, start, \"end\", place, ev_sentence, ev_start, ev_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(f.article, f.predicate, f.subject, f.object, f.of, f.status, f.start, f.end, f.place,
          f.evidence.sentence, f.evidence.start, f.evidence.end) for f in record.facts],
    )
