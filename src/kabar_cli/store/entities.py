"""Entities across the whole store: every article's canonical names grouped into one entity per person or body.

Within an article extraction already maps short forms to the fullest name ('Ipuk' -> 'Ipuk Fiestiandani').
Across articles a one-word name ('Ipuk', 'Mujiono') joins the single longer name that opens or closes with it;
when two longer names compete, the one-word name stays its own entity.
"""
from __future__ import annotations

import sqlite3
import unicodedata
from collections import defaultdict


def name_key(name: str) -> str:
    """Case- and accent-insensitive comparison form of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


def group_names(names: set[str]) -> dict[str, str]:
    """Each name -> the entity name it belongs to."""
    multi = [n for n in names if len(n.split()) > 1]
    by_word: dict[str, set[str]] = defaultdict(set)
    for name in multi:
        words = name.split()
        by_word[name_key(words[0])].add(name)
        by_word[name_key(words[-1])].add(name)
    mapping = {}
    for name in names:
        owners = by_word.get(name_key(name), set()) if len(name.split()) == 1 else set()
        mapping[name] = next(iter(owners)) if len(owners) == 1 else name
    return mapping


def rebuild_entities(conn: sqlite3.Connection) -> None:
    """Recompute the entities and aliases tables from the stored mentions (inside the caller's transaction)."""
    conn.execute("DELETE FROM aliases")
    conn.execute("DELETE FROM entities")
    rows = conn.execute("SELECT DISTINCT label, entity, text FROM mentions WHERE label IN ('PERSON', 'ORG', 'PLACE') AND entity IS NOT NULL")
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        forms[row["label"]][row["entity"]].add(row["text"])
    for label, by_entity in forms.items():
        mapping = group_names(set(by_entity)) if label == "PERSON" else {n: n for n in by_entity}
        for entity_name in sorted(set(mapping.values())):
            cursor = conn.execute("INSERT INTO entities (label, name) VALUES (?, ?)", (label, entity_name))
            members = [n for n, target in mapping.items() if target == entity_name]
            aliases = {entity_name} | set(members) | {t for n in members for t in by_entity[n]}
            conn.executemany("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)",
                             [(cursor.lastrowid, alias, name_key(alias)) for alias in aliases])
