"""Reading the store: parameterised queries only; every LIKE pattern escaped."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from kabar_cli.store.entities import name_key


def articles(conn: sqlite3.Connection) -> Iterator[sqlite3.Row]:
    yield from conn.execute("SELECT id, path, outlet, headline, published, anchor, anchor_source FROM articles ORDER BY id")


def mentions(conn: sqlite3.Connection, article: str | None = None, label: str | None = None) -> Iterator[sqlite3.Row]:
    sql = 'SELECT article, label, text, start, "end", value, entity FROM mentions WHERE 1 = 1'
    params: list[str] = []
    if article:
        sql += " AND article = ?"
        params.append(article)
    if label:
        sql += " AND label = ?"
        params.append(label.upper())
    yield from conn.execute(sql + " ORDER BY article, start, id", params)


def facts(conn: sqlite3.Connection, predicate: str | None = None, article: str | None = None,
          subjects: list[str] | None = None) -> Iterator[sqlite3.Row]:
    sql = 'SELECT f.*, a.published, a.anchor FROM facts f JOIN articles a ON a.id = f.article WHERE 1 = 1'
    params: list[str] = []
    if predicate:
        sql += " AND f.predicate = ?"
        params.append(predicate)
    if article:
        sql += " AND f.article = ?"
        params.append(article)
    if subjects is not None:
        sql += f" AND f.subject IN ({', '.join('?' * len(subjects))})"
        params.extend(subjects)
    yield from conn.execute(sql + " ORDER BY f.article, f.ev_start, f.id", params)


def entities_named(conn: sqlite3.Connection, name: str, label: str = "PERSON") -> list[sqlite3.Row]:
    """Entities with this name or alias (case- and accent-insensitive)."""
    return list(conn.execute(
        "SELECT DISTINCT e.id, e.name FROM entities e JOIN aliases a ON a.entity = e.id WHERE e.label = ? AND a.alias_key = ? ORDER BY e.name",
        (label, name_key(name))))


def entity_names(conn: sqlite3.Connection, label: str = "PERSON") -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM entities WHERE label = ? ORDER BY name", (label,))]


def aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    return [row[0] for row in conn.execute("SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", (entity_id,))]


def person_articles(conn: sqlite3.Connection, names: list[str]) -> list[str]:
    marks = ", ".join("?" * len(names))
    return [row[0] for row in conn.execute(
        f"SELECT DISTINCT article FROM mentions WHERE label = 'PERSON' AND entity IN ({marks}) ORDER BY article", names)]


def dated_sentences(conn: sqlite3.Connection, first: str | None, last: str | None) -> Iterator[sqlite3.Row]:
    """DATE mentions with a value and the sentence they stand in; `first`/`last` bound the value's text order loosely."""
    sql = ("SELECT m.article, m.value, m.sentence, s.text, s.start, s.\"end\" FROM mentions m "
           "JOIN sentences s ON s.article = m.article AND s.idx = m.sentence "
           "WHERE m.label = 'DATE' AND m.value IS NOT NULL")
    params: list[str] = []
    if last:
        sql += " AND m.value <= ?"
        params.append(last + "\uffff")
    if first:
        sql += " AND (m.value >= ? OR m.value LIKE '%/%')"
        params.append(first[:4])
    yield from conn.execute(sql + " ORDER BY m.value, m.article, m.sentence", params)


def persons_in_sentence(conn: sqlite3.Connection, article: str, sentence: int) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT DISTINCT entity FROM mentions WHERE article = ? AND sentence = ? AND label = 'PERSON' ORDER BY start",
        (article, sentence))]
