"""The query stage: a person's profile and the timeline, assembled from store rows into view models."""
from __future__ import annotations

import difflib
import re
import sqlite3


from kabar_cli.errors import Ambiguous, NotFound
from kabar_cli.store import read
from kabar_cli.store.entities import name_key
from kabar_cli.views import Born, Event, Position, Profile, Quote

BODY_PREFIX = re.compile(r"^(pemerintah|kabupaten|kota|provinsi|pemkab|pemkot|pemko|pemprov|kab\.|prov\.)\s+", re.IGNORECASE)


def body_key(body: str | None) -> str:
    """'Pemerintah Kabupaten Banyuwangi', 'Pemkab Banyuwangi', 'Kabupaten Banyuwangi' -> 'banyuwangi'."""
    key = name_key(body or "")
    while BODY_PREFIX.match(key):
        key = BODY_PREFIX.sub("", key, count=1)
    return key


def find_person(conn: sqlite3.Connection, name: str) -> tuple[int, str]:
    """The one entity a name means; NotFound (with the closest names) or Ambiguous otherwise."""
    found = read.entities_named(conn, name)
    if len(found) == 1:
        return found[0]["id"], found[0]["name"]
    if found:
        names = [row["name"] for row in found]
        raise Ambiguous(f"'{name}' matches {len(names)} persons: {', '.join(names)}", names)
    everyone = read.entity_names(conn)
    close = difflib.get_close_matches(name, everyone, n=3, cutoff=0.75)
    close += [n for n in everyone if any(difflib.SequenceMatcher(None, name_key(name), name_key(w)).ratio() >= 0.8 for w in n.split())
              and n not in close][:3]
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise NotFound(f"no person named '{name}' in the store.{hint}")


def profile(conn: sqlite3.Connection, name: str) -> Profile:
    entity_id, canonical = find_person(conn, name)
    aliases = read.aliases(conn, entity_id)
    rows = list(read.facts(conn, subjects=aliases))
    return Profile(
        name=canonical,
        aliases=sorted(a for a in aliases if a != canonical),
        positions=positions(r for r in rows if r["predicate"] == "holds_title"),
        born=_born([r for r in rows if r["predicate"] == "born"]),
        quotes=sorted((Quote(text=r["object"], article=r["article"], date=_article_date(r)) for r in rows if r["predicate"] == "said"),
                      key=lambda q: q.date or "", reverse=True),
        articles=read.person_articles(conn, aliases),
    )


def _article_date(row: sqlite3.Row) -> str | None:
    return row["published"] or row["anchor"]


def positions(rows) -> list[Position]:
    """One entry per title, body and status; statements from several articles merge, dated evidence kept."""
    rows = list(rows)
    merged: dict[tuple[str, str, str], Position] = {}
    bodies: dict[str, set[str]] = {}
    for row in rows:
        if row["of"]:
            bodies.setdefault(row["object"], set()).add(body_key(row["of"]))
    for row in rows:
        title, status = row["object"], row["status"] or "current"
        key_body = body_key(row["of"])
        if not key_body and len(bodies.get(title, ())) == 1:
            key_body = next(iter(bodies[title]))  # 'bupati petahana' joins the one Bupati post the store knows
        key = (title, key_body, "candidate" if status == "candidate" else "held")
        pos = merged.get(key)
        if pos is None:
            pos = merged[key] = Position(title=title, of=row["of"], status=status)
        if row["of"] and (pos.of is None or len(row["of"]) < len(pos.of)):
            pos.of = row["of"]
        pos.start = min(filter(None, [pos.start, row["start"]]), default=None)
        pos.end = max(filter(None, [pos.end, row["end"]]), default=None)
        if status == "former" or pos.status == "former" and status == "current":
            pos.status = "former" if not _newer(row, pos) else status
        _add(pos.as_of, _article_date(row))
        _add(pos.sources, row["article"])
    return sorted(merged.values(), key=lambda p: (p.start or (p.as_of[0] if p.as_of else "9999"), p.title))


def _newer(row, pos: Position) -> bool:
    date = _article_date(row)
    return bool(date and pos.as_of and date > max(pos.as_of))


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)
        items.sort()


def _born(rows) -> Born | None:
    if not rows:
        return None
    row = max(rows, key=lambda r: (r["place"] is not None, len(r["object"] or "")))
    return Born(date=row["object"], place=row["place"])


def bounds(value: str) -> tuple[str, str]:
    """The first and last day a date value covers, as sortable strings: '2022' -> ('2022-01-01', '2022-12-99')."""
    first, _, last = value.partition("/")
    last = last or first
    low = first if first != ".." else "0000"
    high = "9999-99-99" if last == ".." else last + "-99-99"[: 10 - len(last)]
    return {4: f"{low}-01-01", 7: f"{low}-01"}.get(len(low), low), high


def timeline(conn: sqlite3.Connection, year: int | None = None, first: str | None = None, last: str | None = None,
             person: str | None = None) -> list[Event]:
    """Dated sentences in time order; an interval sorts by its start and is kept when it overlaps the window."""
    if year is not None:
        first, last = f"{year}-01-01", f"{year}-12-99"
    names = set(read.aliases(conn, find_person(conn, person)[0])) if person else None
    low, high = bounds(first)[0] if first else "0000", bounds(last)[1] if last else "9999-99-99"
    events, seen = [], set()
    for row in read.dated_sentences(conn, first, last):
        start, end = bounds(row["value"])
        if row["value"].endswith("/.."):
            end = start[:4] + "-99-99"  # 'sejak 2016' is an event of 2016, not of every year since
        if end < low or start > high or (row["article"], row["sentence"], row["value"]) in seen:
            continue
        persons = read.persons_in_sentence(conn, row["article"], row["sentence"])
        if names is not None and not names & set(persons):
            continue
        seen.add((row["article"], row["sentence"], row["value"]))
        events.append(Event(date=row["value"], text=row["text"], article=row["article"], persons=persons))
    return sorted(events, key=lambda e: (bounds(e.date)[0], e.article))


