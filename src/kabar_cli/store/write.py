"""Writing articles: one transaction per batch, a changed file replaces its own rows, an unchanged one
is skipped.

Records become plain row tuples first (`record_rows`, cheap to send between processes), then `save_rows`
writes a batch of them. Every saved batch marks the entities table stale (`PRAGMA user_version = 1`) in the
same transaction; `rebuild_entities_if_stale` recomputes it and clears the mark, so an interrupted run's
entities are rebuilt by the next one even when no file changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from kabar_cli.records import ArticleRecord
from kabar_cli.store.db import transaction

ArticleRows = tuple[tuple, list[tuple], list[tuple], list[tuple]]

ARTICLE_SQL = (
    "INSERT INTO articles "
    "(id, path, sha256, outlet, headline, published, anchor, anchor_source, chars, text, extracted_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))"
)
SENTENCE_SQL = 'INSERT INTO sentences (article, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)'
MENTION_SQL = (
    'INSERT INTO mentions (article, label, text, start, "end", sentence, value, entity)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
FACT_SQL = (
    "INSERT INTO facts "
    '(article, predicate, subject, object, "of", status, start, "end", place, ev_sentence, ev_start, ev_end)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
STALE, FRESH = 1, 0


def stored_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """article id -> sha256 of the text stored for it."""
    return {row[0]: row[1] for row in conn.execute("SELECT id, sha256 FROM articles")}


def stored_paths(conn: sqlite3.Connection) -> dict[str, str]:
    """article id -> the path stored for it."""
    return {row[0]: row[1] for row in conn.execute("SELECT id, path FROM articles")}


def record_rows(record: ArticleRecord, text: str) -> ArticleRows:
    """One article's rows for the articles, sentences, mentions and facts tables."""
    a = record.article
    return (
        (a.id, a.path, a.sha256, a.outlet, a.headline, a.published, a.anchor, a.anchor_source, a.chars, text),
        [(s.article, s.index, s.start, s.end, s.text) for s in record.sentences],
        [
            (m.article, m.label, m.text, m.start, m.end, m.sentence, m.value, m.entity)
            for m in record.mentions
        ],
        [
            (
                f.article,
                f.predicate,
                f.subject,
                f.object,
                f.of,
                f.status,
                f.start,
                f.end,
                f.place,
                f.evidence.sentence,
                f.evidence.start,
                f.evidence.end,
            )
            for f in record.facts
        ],
    )


def save_rows(conn: sqlite3.Connection, batch: Iterable[ArticleRows]) -> int:
    """Store a batch of articles' rows in one transaction; an interrupted run leaves only whole articles."""
    count = 0
    with transaction(conn):
        for article, sentences, mentions, facts in batch:
            conn.execute("DELETE FROM articles WHERE id = ?", (article[0],))
            conn.execute(ARTICLE_SQL, article)
            conn.executemany(SENTENCE_SQL, sentences)
            conn.executemany(MENTION_SQL, mentions)
            conn.executemany(FACT_SQL, facts)
            count += 1
        if count:
            conn.execute(f"PRAGMA user_version = {STALE}")
    return count


def save_articles(conn: sqlite3.Connection, records: Iterable[tuple[ArticleRecord, str]]) -> int:
    """Store (record, text) pairs in one transaction."""
    return save_rows(conn, (record_rows(record, text) for record, text in records))


def rebuild_entities_if_stale(conn: sqlite3.Connection, force: bool = False) -> bool:
    """Recompute entities and aliases when articles were saved since the last rebuild; True when it ran."""
    from kabar_cli.store.entities import rebuild_entities

    if not force and conn.execute("PRAGMA user_version").fetchone()[0] != STALE:
        return False
    with transaction(conn):
        rebuild_entities(conn)
        conn.execute(f"PRAGMA user_version = {FRESH}")
    return True
