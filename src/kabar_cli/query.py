"""The query stage, behind every read command: the article, mention and fact listings, finding entities by
name, the `who` profile, the timeline, quotes, entity lists, full-text search and one article."""

from __future__ import annotations

import difflib
import functools
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from kabar_cli.careers import body_key, positions  # noqa: F401  (re-exported: the query stage's career rules)
from kabar_cli.errors import Ambiguous, NotFound, UsageError
from kabar_cli.profile import profile_of
from kabar_cli.store import read
from kabar_cli.store.entities import name_key
from kabar_cli.views import (
    ArticleView,
    EntityRow,
    Event,
    Evidence,
    FactRow,
    MentionRow,
    Profile,
    QuoteRow,
    SearchHit,
)

LABEL_WORDS = {"PERSON": "person", "ORG": "institution", "PLACE": "place"}


def articles(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """The stored articles in id order, streamed as plain dicts with ArticleRow's fields."""
    return (dict(row) for row in read.articles(conn))


def mentions(
    conn: sqlite3.Connection, article: str | None = None, label: str | None = None
) -> Iterator[dict[str, Any]]:
    """Mentions (of one article, of one label) in text order, streamed as dicts with MentionRow's fields."""
    return (dict(row) for row in read.mentions(conn, article, label))


def facts(
    conn: sqlite3.Connection, predicate: str | None = None, article: str | None = None
) -> Iterator[dict[str, Any]]:
    """Facts (of one predicate, one article) and their evidence, streamed as dicts with FactRow's fields."""
    return (fact_dict(row) for row in read.facts(conn, predicate, article))


def find_entity(conn: sqlite3.Connection, name: str, label: str = "PERSON") -> tuple[int, str]:
    """The one entity a name means; NotFound (with the closest names) or Ambiguous otherwise.

    A person's name is looked up as written, then without the titles before it ('Bupati Ipuk', 'Sekda
    Mujiono'), then as the first or last words of one name ('Irvan' for 'Irvan Widyanto')."""
    found = read.entities_named(conn, name, label)
    if not found and label == "PERSON":
        bare = without_titles(name)
        found = (bare != name and read.entities_named(conn, bare, label)) or read.entities_by_words(
            conn, bare, label
        )
    if len(found) == 1:
        return found[0]["id"], found[0]["name"]
    word = LABEL_WORDS[label]
    if found:
        names = [row["name"] for row in found]
        raise Ambiguous(f"'{name}' matches {len(names)} {word}s: {', '.join(names)}", names)
    close = closest_names(name, read.alias_names(conn, label))
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise NotFound(f"no {word} named '{name}' in the store.{hint}")


def find_person(conn: sqlite3.Connection, name: str) -> tuple[int, str]:
    return find_entity(conn, name, "PERSON")


def profile(conn: sqlite3.Connection, name: str) -> Profile:
    """`who`: the profile of the one person a name means (NotFound or Ambiguous otherwise)."""
    return profile_of(conn, *find_person(conn, name))


@functools.cache
def title_words() -> frozenset[str]:
    """Name keys of the titles, acting and candidate words, honorifics and ranks written before a name."""
    from kabar_cli import lexicon

    titles, people = lexicon.titles(), lexicon.people()
    words = [
        *titles["titles"],
        *titles["abbreviations"],
        *titles["acting_prefixes"],
        *titles["candidate_prefixes"],
        *titles["former_prefixes"],
        *people["honorifics"],
        *people["ranks"],
    ]
    return frozenset(filter(None, (name_key(w) for w in words)))


def without_titles(name: str) -> str:
    """'Bupati Ipuk' -> 'Ipuk'; 'Plt Sekda H. Mujiono' -> 'Mujiono'; a name that is only a title stays
    as it is."""
    words, known = name.split(), title_words()
    dropped = True
    while dropped:
        dropped = False
        for size in (3, 2, 1):
            if len(words) > size and name_key(" ".join(words[:size])) in known:
                words, dropped = words[size:], True
                break
    return " ".join(words)


def closest_names(name: str, aliases: dict[str, str], limit: int = 3) -> list[str]:
    """Entity names whose name, alias or one word of it is spelled closest to `name`
    ('Mujiyono' -> 'Mujiono')."""
    wanted = name_key(name)
    scored: dict[str, float] = {}
    for alias, entity in aliases.items():
        key = name_key(alias)
        parts = [key, *key.split()] if len(wanted.split()) == 1 else [key]
        ratio = max(difflib.SequenceMatcher(None, wanted, part).ratio() for part in parts)
        if ratio >= 0.75:
            scored[entity] = max(ratio, scored.get(entity, 0.0))
    return sorted(scored, key=lambda n: (-scored[n], n))[:limit]


def bounds(value: str) -> tuple[str, str]:
    """The first and last day a date value covers, as sortable strings:
    '2022' -> ('2022-01-01', '2022-12-99')."""
    first, _, last = value.partition("/")
    last = last or first
    low = first if first != ".." else "0000"
    high = "9999-99-99" if last == ".." else last + "-99-99"[: 10 - len(last)]
    return {4: f"{low}-01-01", 7: f"{low}-01"}.get(len(low), low), high


def timeline(
    conn: sqlite3.Connection,
    year: int | None = None,
    first: str | None = None,
    last: str | None = None,
    person: str | None = None,
    place: str | None = None,
) -> list[Event]:
    """Dated sentences in time order; an interval sorts by its start and is kept when it overlaps the
    window."""
    return [Event(**event) for event in timeline_events(conn, year, first, last, person, place)]


def timeline_events(
    conn: sqlite3.Connection,
    year: int | None = None,
    first: str | None = None,
    last: str | None = None,
    person: str | None = None,
    place: str | None = None,
    limit: int | None = None,
    counted: dict | None = None,
) -> Iterator[dict]:
    """The timeline as plain dicts (date, text, article, persons), streamed from one query; `limit`: at most
    this many; `counted["total"]` is set to the number of events without the limit once the first row is
    read."""
    if year is not None:
        first, last = f"{year}-01-01", f"{year}-12-99"
    keep = _sentences_of(conn, person, place)
    low, high = bounds(first)[0] if first else "0000", bounds(last)[1] if last else "9999-99-99"

    @functools.cache  # a store holds few distinct date values: each is judged once
    def overlaps(value: str) -> bool:
        start, end = bounds(value)
        if value.endswith("/.."):
            end = start[:4] + "-99-99"  # 'sejak 2016' is an event of 2016, not of every year since
        return not (end < low or start > high)

    cached = functools.lru_cache(maxsize=None)(bounds)
    rows = read.dated_events(
        conn,
        first,
        last,
        overlaps,
        lambda v: cached(v)[:2],
        keep=(lambda a, s: (a, s) in keep) if keep is not None else None,
        limit=limit,
    )
    for row in rows:
        if counted is not None:
            counted["total"] = row["total"]
        yield {
            "date": row["value"],
            "text": row["text"],
            "article": row["article"],
            "persons": row["persons"].split("\x1f") if row["persons"] else [],
        }


def _sentences_of(
    conn: sqlite3.Connection, person: str | None, place: str | None
) -> set[tuple[str, int]] | None:
    """The sentences that name the person and the place asked for (None: no filter)."""
    keep = None
    if person:
        keep = read.sentences_naming(conn, {find_entity(conn, person, "PERSON")[0]}, "PERSON")
    if place:
        places = _place_entities(conn, place)
        named = read.sentences_naming(conn, places, "PLACE") | read.sentences_naming(
            conn, _bodies_in(conn, place), "ORG"
        )
        keep = named if keep is None else keep & named
    return keep


def _place_entities(conn: sqlite3.Connection, place: str) -> set[int]:
    found = read.entities_named(conn, place, "PLACE")
    if not found:
        find_entity(conn, place, "PLACE")  # raises NotFound with suggestions
    return {row["id"] for row in found}


def _bodies_in(conn: sqlite3.Connection, place: str) -> set[int]:
    """Institutions named after the place: 'Pemkab Banyuwangi' for 'Banyuwangi'."""
    words = name_key(place).split()
    return {
        row["id"]
        for row in read.entity_list(conn, "ORG")
        if body_key(row["name"]).split()[-len(words) :] == words
    } or {-1}


def quotes(conn: sqlite3.Connection, name: str | None = None) -> list[QuoteRow]:
    """Quotes newest first, of one person or of everyone."""
    entity = find_person(conn, name)[0] if name else None
    return [
        QuoteRow(speaker=r["speaker"], text=r["text"], article=r["article"], date=r["date"])
        for r in read.quotes(conn, entity)
    ]


def entities(conn: sqlite3.Connection, label: str | None = None) -> list[EntityRow]:
    if label and label.upper() not in LABEL_WORDS:
        raise UsageError(f"unknown label {label!r} (use PERSON, ORG or PLACE)")
    return [
        EntityRow(
            name=r["name"],
            label=r["label"],
            articles=r["articles"],
            mentions=r["mentions"],
            aliases=[a for a in read.aliases(conn, r["id"]) if a != r["name"]],
        )
        for r in read.entity_list(conn, label)
    ]


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    """Sentences matching every word of `text` (accent- and case-insensitive), best match first."""
    words = re.findall(r"\w+", text)
    if not words:
        raise UsageError("nothing to search for")
    match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
    return [_hit(row) for row in read.search(conn, match, limit)]


def _hit(row: sqlite3.Row) -> SearchHit:
    matches, plain, pos = [], [], 0
    for part in re.split(r"(\x02[^\x03]*\x03)", row["marked"]):
        if part.startswith("\x02"):
            word = part[1:-1]
            matches.append((pos, pos + len(word)))
            part = word
        plain.append(part)
        pos += len(part)
    return SearchHit(
        article=row["article"],
        sentence=row["idx"],
        text=row["text"],
        matches=matches,
        score=round(row["score"], 4),
    )


def show(conn: sqlite3.Connection, article_id: str) -> ArticleView:
    """One article: its text, mentions and facts. A unique id prefix is enough."""
    ids = read.article_ids(conn)
    chosen = [article_id] if article_id in ids else [i for i in ids if i.startswith(article_id)]
    if len(chosen) > 1:
        raise Ambiguous(f"'{article_id}' matches {len(chosen)} articles", chosen)
    if not chosen:
        close = difflib.get_close_matches(article_id, ids, n=3, cutoff=0.6)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise NotFound(f"no article '{article_id}' in the store.{hint}")
    row = read.article(conn, chosen[0])
    if row is None:  # deleted since its id was read
        raise NotFound(f"no article '{chosen[0]}' in the store.")
    return ArticleView(
        id=row["id"],
        path=row["path"],
        outlet=row["outlet"],
        headline=row["headline"],
        published=row["published"],
        anchor=row["anchor"],
        text=row["text"],
        mentions=[MentionRow(**dict(m)) for m in read.mentions(conn, row["id"])],
        facts=[fact_row(f) for f in read.facts(conn, article=row["id"])],
    )


def fact_dict(r: sqlite3.Row) -> dict[str, Any]:
    """A stored fact as FactRow's fields, the evidence as a nested dict."""
    return {
        "article": r["article"],
        "predicate": r["predicate"],
        "subject": r["subject"],
        "object": r["object"],
        "of": r["of"],
        "status": r["status"],
        "start": r["start"],
        "end": r["end"],
        "place": r["place"],
        "evidence": {"sentence": r["ev_sentence"], "start": r["ev_start"], "end": r["ev_end"]},
    }


def fact_row(r: sqlite3.Row) -> FactRow:
    fields = fact_dict(r)
    return FactRow(**{**fields, "evidence": Evidence(**fields["evidence"])})
