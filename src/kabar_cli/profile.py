"""`who`: one person's profile assembled from the facts of every article the entity's members appear in."""

from __future__ import annotations

import sqlite3

from kabar_cli.careers import article_date, positions
from kabar_cli.store import read
from kabar_cli.views import Award, Born, Companion, Education, Profile, Quote


def profile_of(conn: sqlite3.Connection, entity_id: int, canonical: str) -> Profile:
    """The profile of the person entity `entity_id`, named `canonical` (query.profile finds the entity)."""
    rows = read.entity_facts(conn, entity_id)
    by_predicate: dict[str, list[sqlite3.Row]] = {}
    for row in rows:
        by_predicate.setdefault(row["predicate"], []).append(row)
    return Profile(
        name=canonical,
        aliases=[a for a in read.aliases(conn, entity_id) if a != canonical],
        positions=positions(by_predicate.get("holds_title", [])),
        born=_born(by_predicate.get("born", [])),
        quotes=[
            Quote(text=r["text"], article=r["article"], date=r["date"]) for r in read.quotes(conn, entity_id)
        ],
        articles=read.entity_articles(conn, entity_id),
        education=_education(by_predicate.get("education", [])),
        awards=_awards(by_predicate.get("award", [])),
        appears_with=[
            Companion(name=r["name"], articles=r["articles"]) for r in read.companions(conn, entity_id)
        ],
    )


def _born(rows: list[sqlite3.Row]) -> Born | None:
    if not rows:
        return None
    row = max(rows, key=lambda r: (r["place"] is not None, len(r["object"] or "")))
    return Born(date=row["object"], place=row["place"])


def _awards(rows: list[sqlite3.Row]) -> list[Award]:
    seen, found = set(), []
    for row in rows:
        key = (row["object"].casefold(), row["start"])
        if key not in seen:
            seen.add(key)
            found.append(
                Award(name=row["object"], year=row["start"], giver=row["of"], article=row["article"])
            )
    return sorted(found, key=lambda a: (a.year or article_date_of(rows, a.article) or "", a.name))


def article_date_of(rows: list[sqlite3.Row], article: str) -> str | None:
    return next((article_date(r) for r in rows if r["article"] == article), None)


def _education(rows: list[sqlite3.Row]) -> list[Education]:
    seen, found = set(), []
    for row in rows:
        if row["object"].casefold() not in seen:
            seen.add(row["object"].casefold())
            found.append(
                Education(
                    institution=row["object"],
                    level=row["of"],
                    start=row["start"],
                    end=row["end"],
                    article=row["article"],
                )
            )
    return sorted(found, key=lambda e: e.start or e.end or "")
