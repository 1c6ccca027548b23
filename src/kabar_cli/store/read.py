"""Reading the store: parameterised queries only; every LIKE pattern escaped."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator

from kabar_cli.store.entities import name_key

ENTITY_OF_MENTION = (
    "JOIN members b ON b.article = m.article AND b.name = m.entity "
    "JOIN entities e ON e.id = b.entity AND e.label = m.label"
)


def articles(conn: sqlite3.Connection) -> Iterator[sqlite3.Row]:
    yield from conn.execute(
        "SELECT id, path, outlet, headline, published, anchor, anchor_source FROM articles ORDER BY id"
    )


def article(conn: sqlite3.Connection, article_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()


def article_ids(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]


def _filtered(sql: str, equal: dict[str, object]) -> tuple[str, list]:
    """`sql` (ending in a WHERE clause) with ' AND column = ?' for each filter that was given."""
    given = {column: value for column, value in equal.items() if value}
    return sql + "".join(f" AND {column} = ?" for column in given), list(given.values())


def mentions(
    conn: sqlite3.Connection, article: str | None = None, label: str | None = None
) -> Iterator[sqlite3.Row]:
    sql, params = _filtered(
        'SELECT article, label, text, start, "end", value, entity FROM mentions WHERE 1 = 1',
        {"article": article, "label": label.upper() if label else None},
    )
    yield from conn.execute(sql + " ORDER BY article, start, id", params)


def facts(
    conn: sqlite3.Connection,
    predicate: str | None = None,
    article: str | None = None,
    subjects: list[str] | None = None,
) -> Iterator[sqlite3.Row]:
    sql, params = _filtered(
        "SELECT f.*, a.published, a.anchor FROM facts f JOIN articles a ON a.id = f.article WHERE 1 = 1",
        {"f.predicate": predicate, "f.article": article},
    )
    if subjects is not None:
        sql += f" AND f.subject IN ({', '.join('?' * len(subjects))})"
        params.extend(subjects)
    yield from conn.execute(sql + " ORDER BY f.article, f.ev_start, f.id", params)


def entity_facts(conn: sqlite3.Connection, entity_id: int, predicate: str | None = None) -> list[sqlite3.Row]:
    """The facts whose subject is one of the entity's members (its canonical name in that article)."""
    sql = (
        "SELECT f.*, a.published, a.anchor FROM facts f JOIN articles a ON a.id = f.article "
        "JOIN members b ON b.article = f.article AND b.name = f.subject WHERE b.entity = ?"
    )
    sql, params = _filtered(sql, {"f.predicate": predicate})
    return list(conn.execute(sql + " ORDER BY f.article, f.ev_start, f.id", [entity_id, *params]))


def quotes(conn: sqlite3.Connection, entity_id: int | None = None) -> list[sqlite3.Row]:
    """Every quote with its speaker's entity name and its article's date.

    A quote whose speaker is a member of a person entity takes the entity's name; one whose speaker belongs
    to no entity keeps the name written. Inner joins and a UNION (not `LEFT JOIN ... OR ... IS NULL`) keep the
    indexes usable; one entity's quotes are read from its members."""
    columns = (
        "f.object AS text, f.article, f.ev_start, {speaker} AS speaker, "
        "COALESCE(a.published, a.anchor) AS date"
    )
    named = (
        f"SELECT {columns.format(speaker='e.name')} FROM members b "
        "JOIN entities e ON e.id = b.entity AND e.label = 'PERSON' "
        "JOIN facts f ON f.article = b.article AND f.subject = b.name AND f.predicate = 'said' "
        "JOIN articles a ON a.id = f.article"
    )
    order = " ORDER BY date DESC, f.article, f.ev_start"
    if entity_id is not None:  # CROSS JOIN: SQLite keeps this join order (the entity's members first)
        return list(
            conn.execute(
                named.replace(" JOIN ", " CROSS JOIN ") + " WHERE b.entity = ?" + order, (entity_id,)
            )
        )
    unnamed = (
        f"SELECT {columns.format(speaker='f.subject')} FROM facts f JOIN articles a ON a.id = f.article "
        "WHERE f.predicate = 'said' AND NOT EXISTS "
        "(SELECT 1 FROM members b WHERE b.article = f.article AND b.name = f.subject)"
    )
    return list(
        conn.execute(f"SELECT * FROM ({named} UNION ALL {unnamed}) ORDER BY date DESC, article, ev_start")
    )


def entities_named(conn: sqlite3.Connection, name: str, label: str = "PERSON") -> list[sqlite3.Row]:
    """Entities with this name or alias (case- and accent-insensitive)."""
    return list(
        conn.execute(
            "SELECT DISTINCT e.id, e.name FROM entities e JOIN aliases a ON a.entity = e.id "
            "WHERE e.label = ? AND a.alias_key = ? ORDER BY e.name",
            (label, name_key(name)),
        )
    )


def entities_by_words(conn: sqlite3.Connection, name: str, label: str = "PERSON") -> list[sqlite3.Row]:
    """Entities with an alias that opens or closes with these whole words ('irvan' -> 'Irvan Widyanto')."""
    key = name_key(name)
    if not key:
        return []
    return list(
        conn.execute(
            "SELECT DISTINCT e.id, e.name FROM entities e JOIN aliases a ON a.entity = e.id "
            "WHERE e.label = ? AND ((a.alias_key >= ? AND a.alias_key < ?) OR substr(a.alias_key, -?) = ?) "
            "ORDER BY e.name",
            (label, key + " ", key + "!", len(key) + 1, " " + key),
        )
    )


def alias_names(conn: sqlite3.Connection, label: str = "PERSON") -> dict[str, str]:
    """Every alias -> the entity name it belongs to (for suggestions)."""
    return {
        row[0]: row[1]
        for row in conn.execute(
            "SELECT a.alias, e.name FROM aliases a JOIN entities e ON e.id = a.entity WHERE e.label = ?",
            (label,),
        )
    }


def aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    return [
        row[0]
        for row in conn.execute("SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", (entity_id,))
    ]


def entity_articles(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT article FROM members WHERE entity = ? ORDER BY article", (entity_id,)
        )
    ]


def companions(conn: sqlite3.Connection, entity_id: int, limit: int = 5) -> list[sqlite3.Row]:
    """The persons who share most articles with an entity: name and shared article count."""
    return list(
        conn.execute(
            "SELECT e.name, COUNT(DISTINCT o.article) AS articles FROM members me "
            "JOIN members o ON o.article = me.article JOIN entities e ON e.id = o.entity "
            "WHERE me.entity = ? AND o.entity != me.entity AND e.label = 'PERSON' "
            "GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?",
            (entity_id, limit),
        )
    )


def entity_list(conn: sqlite3.Connection, label: str | None = None) -> list[sqlite3.Row]:
    """Entities with the number of articles and mentions behind them, most written about first."""
    sql = (
        "SELECT e.id, e.label, e.name, COUNT(DISTINCT b.article) AS articles, "
        "(SELECT COUNT(*) FROM mentions m JOIN members b2 ON b2.article = m.article AND b2.name = m.entity "
        " WHERE b2.entity = e.id AND m.label = e.label) AS mentions "
        "FROM entities e JOIN members b ON b.entity = e.id"
    )
    params: list = []
    if label:
        sql += " WHERE e.label = ?"
        params.append(label.upper())
    return list(conn.execute(sql + " GROUP BY e.id ORDER BY articles DESC, e.label, e.name", params))


PERSONS_OF_SENTENCE = (  # the person entities one sentence names, in text order, joined by U+001F
    "(SELECT group_concat(name, char(31)) FROM (SELECT e.name AS name, MIN(p.start) AS first "
    "FROM mentions p CROSS JOIN members b ON b.article = p.article AND b.name = p.entity "
    "CROSS JOIN entities e ON e.id = b.entity AND e.label = p.label "
    "WHERE p.article = x.article AND p.sentence = x.sentence AND p.label = 'PERSON' "
    "GROUP BY e.id ORDER BY first))"
)


def dated_events(
    conn: sqlite3.Connection,
    first: str | None,
    last: str | None,
    overlaps: Callable[[str], bool],
    order: Callable[[str], tuple],
    keep: Callable[[str, int], bool] | None = None,
    limit: int | None = None,
) -> Iterator[sqlite3.Row]:
    """Dated sentences, one row per (article, sentence, value), in time order, with the persons they name.

    `first`/`last` bound the value's text order loosely (so the index narrows the values); `overlaps(value)`
    keeps the values in the window (judged once per distinct value), `keep(article, sentence)` the sentences
    asked for; rows sort by `order(value)`, then article, value and sentence. Rows: article, value, sentence,
    text, persons (names joined by U+001F, or None) and total (how many rows there are without the limit).
    The persons are looked up only for the rows returned (`limit`: at most this many)."""
    # the distinct values, one index seek each (a skip-scan), instead of reading every DATE mention's entry
    sql = (
        "WITH RECURSIVE v(value) AS "
        "(SELECT MIN(value) FROM mentions WHERE label = 'DATE' AND value IS NOT NULL "
        "UNION ALL SELECT (SELECT MIN(value) FROM mentions WHERE label = 'DATE' AND value > v.value) FROM v "
        "WHERE v.value IS NOT NULL AND v.value <= ?) "
        "SELECT value FROM v WHERE value IS NOT NULL AND value <= ?"
    )
    params: list[str] = [last + "\uffff" if last else "\uffff"] * 2
    if first:
        sql += " AND (value >= ? OR value LIKE '%/%')"
        params.append(first[:4])
    values = sorted((row[0] for row in conn.execute(sql, params) if overlaps(row[0])), key=order)
    ranks, rank, previous = [], -1, None
    for value in values:  # values that sort together share a rank, so the article decides between them
        if order(value) != previous:
            rank, previous = rank + 1, order(value)
        ranks.append([value, rank])
    where = ""
    if keep is not None:
        conn.create_function("kabar_keep", 2, lambda a, s: 1 if keep(a, s) else 0)
        where = " WHERE kabar_keep(m.article, m.sentence)"
    # the window is sorted and cut from the index alone; sentence texts and persons are read for the
    # kept rows only
    inner = (
        "WITH w(value, rank) AS "
        "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) "
        "SELECT d.article, d.value, d.sentence, d.rank, COUNT(*) OVER () AS total FROM "
        "(SELECT DISTINCT m.article, m.value, m.sentence, w.rank FROM w CROSS JOIN mentions m "
        f"ON m.label = 'DATE' AND m.value = w.value{where}) d "
        "ORDER BY d.rank, d.article, d.value, d.sentence LIMIT ?"
    )
    yield from conn.execute(
        f"SELECT x.article, x.value, x.sentence, s.text, {PERSONS_OF_SENTENCE} AS persons, x.total "
        f"FROM ({inner}) x JOIN sentences s ON s.article = x.article AND s.idx = x.sentence "
        "ORDER BY x.rank, x.article, x.value, x.sentence",
        [json.dumps(ranks), -1 if limit is None else limit],
    )


def sentences_naming(conn: sqlite3.Connection, entity_ids: set[int], label: str) -> set[tuple[str, int]]:
    """(article, sentence) pairs that mention one of these entities."""
    marks = ", ".join("?" * len(entity_ids))
    return {
        (row[0], row[1])
        for row in conn.execute(
            f"SELECT DISTINCT m.article, m.sentence FROM mentions m {ENTITY_OF_MENTION} "
            f"WHERE m.label = ? AND e.id IN ({marks})",
            [label, *entity_ids],
        )
    }


def search(conn: sqlite3.Connection, match: str, limit: int) -> list[sqlite3.Row]:
    """Sentences matching an FTS5 query, best first, with the match marked by \\x02 ... \\x03."""
    return list(
        conn.execute(
            "SELECT s.article, s.idx, s.text, highlight(sentence_search, 0, char(2), char(3)) AS marked, "
            "bm25(sentence_search) AS score FROM sentence_search "
            "JOIN sentences s ON s.rowid = sentence_search.rowid "
            "WHERE sentence_search MATCH ? ORDER BY score, s.article, s.idx LIMIT ?",
            (match, limit),
        )
    )
