"""Opening the store: path resolution, pragmas, migrations, and refusing files that are not kabar stores."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kabar_cli.errors import StoreError
from kabar_cli.store.migrations import MIGRATIONS

ENV_VAR = "KABAR_DB"
DEFAULT_NAME = "kabar.db"


def default_path(explicit: str | Path | None = None) -> Path:
    """--db PATH, else $KABAR_DB, else ./kabar.db."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_NAME)


def open_store(path: str | Path | None = None, create: bool = False) -> sqlite3.Connection:
    """A connection with the schema up to date. Read commands pass create=False and get an error for a missing store."""
    path = default_path(path)
    if not path.exists() and not create:
        raise StoreError(f"no kabar store at {path} (run 'kabar extract PATH' first, or pass --db)")
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        if create:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, writable=create)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a kabar store ({exc})") from exc
    return conn


def _migrate(conn: sqlite3.Connection, writable: bool) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "schema_migrations" not in tables:
        raise StoreError("the file is an SQLite database but not a kabar store")
    applied = set()
    if "schema_migrations" in tables:
        applied = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    known = {name for name, _ in MIGRATIONS}
    if applied - known:
        raise StoreError(f"the store was written by a newer kabar (unknown migrations: {', '.join(sorted(applied - known))})")
    pending = [(name, sql) for name, sql in MIGRATIONS if name not in applied]
    if pending and not writable:
        if not applied:
            raise StoreError("the store is empty; run 'kabar extract PATH' first")
        writable = True
    for name, sql in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            for statement in (s.strip() for s in sql.split(";")):
                if statement:
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, datetime('now'))", (name,))
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
