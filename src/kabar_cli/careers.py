"""A person's career as Wikidata models 'position held': one statement per title, body and mandate.

Statements from several articles merge ('Sekda sejak 2019' in 2024 and 'Sekda' in 2023 are one mandate);
a candidacy ('Calon Wakil Bupati', 2024) and the mandate that follows it ('Wakil Bupati', 2026) stay two
statements, the candidacy first; a position that later evidence shows was left gets `left_by` (the first
date the evidence shows it left) and `end` as far as `last_held` and `left_by` agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from kabar_cli import lexicon
from kabar_cli.store.entities import name_key, org_key
from kabar_cli.views import Position

KIND_ORDER = {"candidate": 0, "acting": 1, "held": 2}


def body_key(body: str | None) -> str:
    """'Pemerintah Kabupaten Banyuwangi', 'Pemkab Banyuwangi', 'Kabupaten Banyuwangi' -> 'banyuwangi'."""
    key, prefix = org_key(body) if body else "", body_prefix()
    while prefix.match(key):
        key = prefix.sub("", key, count=1)
    return key


@cache
def body_prefix() -> re.Pattern[str]:
    """A word opening the name of a region or its government ('Pemkab ', 'Kabupaten '), of bodies.json."""
    words = "|".join(re.escape(w) for w in lexicon.bodies().region_government_prefixes)
    return re.compile(rf"^({words})\s+", re.IGNORECASE)


def kind(status: str | None) -> str:
    return status if status in ("candidate", "acting") else "held"


def article_date(row) -> str | None:
    return row["published"] or row["anchor"]


def positions(rows: Iterable) -> list[Position]:
    """Merge holds_title rows into positions, settle their ends from later evidence, order them by time."""
    rows = list(rows)
    merged = _merge(rows)
    _settle(list(merged.values()))
    return sorted(merged.values(), key=_order)


def _merge(rows: list) -> dict[tuple[str, str, str], Position]:
    bodies: dict[str, set[str]] = {}
    for row in rows:
        if row["of"]:
            bodies.setdefault(name_key(row["object"]), set()).add(body_key(row["of"]))
    merged: dict[tuple[str, str, str], Position] = {}
    for row in sorted(rows, key=lambda r: article_date(r) or ""):
        title, status = row["object"], row["status"] or "current"
        key_body = body_key(row["of"])
        if not key_body and len(bodies.get(name_key(title), ())) == 1:
            key_body = next(
                iter(bodies[name_key(title)])
            )  # 'bupati petahana' joins the one Bupati post the store knows
        key = (name_key(title), key_body, kind(status))
        pos = merged.get(key)
        if pos is None:
            pos = merged[key] = Position(title=title, of=row["of"], status=status)
        _absorb(pos, row, status)
    return merged


def _absorb(pos: Position, row, status: str) -> None:
    if row["of"] and (pos.of is None or len(row["of"]) < len(pos.of)):
        pos.of = row["of"]
    pos.start = min(filter(None, [pos.start, row["start"]]), default=None)
    pos.end = max(filter(None, [pos.end, row["end"]]), default=None)
    date = article_date(row)
    if status == "former":
        pos.status = "former"
        if date and not row["end"]:
            pos.left_by = min(filter(None, [pos.left_by, date]))
    elif date and status in ("current", "acting") and not row["end"]:
        pos.last_held = max(filter(None, [pos.last_held, date]))
        if pos.status == "former" and pos.left_by and date > pos.left_by:
            pos.status, pos.left_by = status, None  # held again after a statement that it was left
    _add(pos.as_of, date)
    _add(pos.sources, row["article"])


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)
        items.sort()


def first_seen(pos: Position) -> str | None:
    return pos.start or (pos.as_of[0] if pos.as_of else None)


def _settle(found: list[Position]) -> None:
    """Close candidacies a mandate followed, and posts at the same body a later post replaced."""
    for pos in found:
        for later in found:
            if later is pos or kind(later.status) != "held" or body_key(later.of) != body_key(pos.of):
                continue
            begun = first_seen(later)
            if kind(pos.status) == "candidate" and name_key(later.title) == name_key(pos.title):
                _left(pos, begun, keep_status=True)
            elif (
                kind(pos.status) == "held"
                and name_key(later.title) != name_key(pos.title)
                and pos.of
                and begun
                and (last := _last(pos))
                and begun > last
                and not pos.end
            ):
                _left(pos, begun)
        if pos.status == "former" and pos.start and not pos.end:
            # 'sejak 2007 Kabid' left by 2010, when the next post began
            _left(pos, _next_start(pos.start, found))
        if pos.left_by and not pos.end:
            pos.end = _shared_period(pos.last_held or pos.start, pos.left_by)


def _left(pos: Position, when: str | None, keep_status: bool = False) -> None:
    if not keep_status:
        pos.status = "former"
    if when:
        pos.left_by = min(filter(None, [pos.left_by, when]))


def _next_start(start: str, found: list[Position]) -> str | None:
    """The first start, after the year of `start`, of a post held (not a candidacy or an acting one)."""
    later = [p.start for p in found if p.start and p.start[:4] > start[:4] and kind(p.status) == "held"]
    return min(later, default=None)


def _last(pos: Position) -> str | None:
    return pos.last_held or (pos.as_of[-1] if pos.as_of else None)


def _shared_period(low: str | None, high: str | None) -> str | None:
    """The year (or month) both bounds fall in: ('2025-03-01', '2025-09-15') -> '2025'; otherwise None."""
    if not low or not high:
        return None
    if low[:7] == high[:7] and len(low) >= 7 and len(high) >= 7:
        return high[:7]
    return high[:4] if low[:4] == high[:4] else None


def _order(pos: Position) -> tuple:
    return (
        first_seen(pos) or "9999",
        KIND_ORDER[kind(pos.status) if pos.status != "former" else "held"],
        pos.title,
    )
