"""The public entry point: ``find_dates(text, anchor)``."""
from __future__ import annotations

import datetime as dt

from kabar_cli.dates.model import DateMatch
from kabar_cli.dates.resolve import Context, value_of
from kabar_cli.dates.scan import scan


def find_dates(text: str, anchor: dt.date | None) -> list[DateMatch]:
    """Every date expression of ``text``, sorted by start and non-overlapping.

    >>> [m.value for m in find_dates("Rapat digelar Rabu (4/9) di Banyuwangi.", dt.date(2024, 9, 4))]
    ['2024-09-04']
    """
    if not text:
        return []
    ctx = Context(anchor=anchor)
    out = []
    for raw in scan(text):
        res = value_of(raw, ctx)
        if res is None:
            continue
        value, kind = res
        out.append(DateMatch(start=raw.start, end=raw.end, text=text[raw.start:raw.end],
                             value=value, kind=kind))
    return out
