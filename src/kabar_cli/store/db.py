"""Opening the store: path resolution, pragmas, migrations, and refusing files that are not kabar stores.

The store runs in WAL mode with a busy timeout, so read commands answer while an extract is writing.
Every way a store can fail to open (not SQLite, not kabar's, a newer schema, read-only, busy, missing)
becomes one StoreError line. `--db` also takes an SQLite URI (`file:kabar.db?mode=ro`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlparse

from kabar_cli.errors import StoreError
from kabar_cli.store.migrations import MIGRATIONS

ENV_VAR = "KABAR_DB"
DEFAULT_NAME = "kabar.db"
BUSY_TIMEOUT_MS = 30_000


def default_path(explicit: str | Path | None = None) -> Path:
    """--db PATH, else $KABAR_DB, else ./kabar.db."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_NAME)


def _file_of(path: Path) -> tuple[str, Path, bool]:
    """(what sqlite3.connect gets, the file on disk, whether it is a URI)."""
    given = str(path)
    if given.startswith("file:"):
        return given, Path(unquote(urlparse(given).path)), True
    return given, path, False


def open_store(path: str | Path | None = None, create: bool = False) -> sqlite3.Connection:
    """A connection with the schema up to date. Read commands pass create=False and get an error for a
    missing store."""
    path = default_path(path)
    target, file, uri = _file_of(path)
    if not file.exists() and not create:
        raise StoreError(f"no kabar store at {path} (run 'kabar extract PATH' first, or pass --db)")
    if file.is_dir():
        raise StoreError(f"{path} is a folder, not a kabar store")
    conn = None
    try:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, uri=uri)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(
            "SELECT COUNT(*) FROM sqlite_master"
        ).fetchone()  # reads the header: 'file is not a database'
        if create:
            conn.execute("BEGIN IMMEDIATE")  # fails now, not half-way, when the store cannot be written
            conn.execute("ROLLBACK")
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, writable=create)
    except StoreError:
        _close(conn)
        raise
    except sqlite3.OperationalError as exc:
        _close(conn)
        raise StoreError(describe(exc, path)) from exc
    except sqlite3.DatabaseError as exc:
        _close(conn)
        raise StoreError(f"{path} is not a kabar store ({exc})") from exc
    return conn


def describe(exc: sqlite3.Error, path: str | Path | None = None) -> str:
    """One line for an SQLite error on the store at `path`."""
    message = str(exc)
    store = f"the store {path}" if path else "the store"
    if "readonly" in message or "read-only" in message:
        return f"{store} is read-only (kabar extract needs to write to it)"
    if "locked" in message or "busy" in message:
        return (
            f"{store} stayed busy for {BUSY_TIMEOUT_MS // 1000} s (another kabar extract is writing); "
            "try again"
        )
    if "unable to open" in message:
        return f"cannot open {store} ({message}); check the folder exists and is writable"
    if "not a database" in message or "malformed" in message:
        return f"{path or 'the store'} is not a kabar store ({message})"
    return f"store error at {path}: {message}" if path else f"store error: {message}"


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        conn.close()


def _migrate(conn: sqlite3.Connection, writable: bool) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "schema_migrations" not in tables:
        raise StoreError("the file is an SQLite database but not a kabar store")
    applied = set()
    if "schema_migrations" in tables:
        applied = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    known = {name for name, _ in MIGRATIONS}
    if applied - known:
        raise StoreError(
            "the store was written by a newer kabar (unknown migrations: "
            f"{', '.join(sorted(applied - known))})"
        )
    pending = [(name, sql) for name, sql in MIGRATIONS if name not in applied]
    if pending and not writable and not applied:
        raise StoreError("the store is empty; run 'kabar extract PATH' first")
    for name, sql in pending:
        with transaction(conn):
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            for statement in (s.strip() for s in sql.split(";")):
                if statement:
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, datetime('now'))", (name,))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (an interrupted write leaves the store as it
    was)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
