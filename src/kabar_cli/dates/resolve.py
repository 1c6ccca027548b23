"""``find_dates``: scanned expressions turned into FORMAT.md values, against the anchor
and the narrative.

Resolution reads the text in order and remembers the last explicit month ("1 Juli")
so that "tanggal 3" or "di bulan yang sama" can be fixed; a day and month without a
year takes the year of an earlier explicit mention of the same day, else the anchor.
Without an anchor, relative expressions ("kemarin", "Jumat") get ``None``.  Each rule's
``family`` (``rules.py``) picks its resolver in :data:`RESOLVERS`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from pydantic import TypeAdapter

from kabar_cli.dates import model as M
from kabar_cli.dates.model import Context, DateMatch, Resolved
from kabar_cli.dates.relative import (
    anaphoric_unit,
    day_only,
    day_word,
    rel_unit,
    same_ref,
    unit_part,
    weekday,
)
from kabar_cli.dates.scan import Raw, Scanned, scan_dates
from kabar_cli.lexicon.dates import load_date_lexicon

DATE_MATCHES = TypeAdapter(list[DateMatch])
PLAN_AHEAD = 31  # days after the anchor a day written without its year may still be (a plan announced)
PAST, CURRENT, FUTURE = -1, 0, 1  # the tense of a suffix ("2 Maret lalu", "2024 ini", "Desember mendatang")


@lru_cache(maxsize=1)
def _tenses() -> dict[str, int]:
    """Suffix -> PAST, CURRENT or FUTURE, from ``dates.json``: ``{"lalu": -1, "ini": 0, "nanti": 1, ...}``."""
    words = load_date_lexicon().words
    tenses = {word: PAST for word in words("past_suffixes")}
    tenses.update({word: CURRENT for word in words("current_suffixes")})
    tenses.update({word: FUTURE for word in words("future_suffixes")})
    return tenses


def tense(suffix: str | None) -> int | None:
    """The tense of a lowercase suffix, None for no suffix or another word: ``tense("silam") == PAST``."""
    return _tenses().get(suffix) if suffix else None


def _int(s: str | None) -> int | None:
    """A matched number, or None when its group did not match: ``_int("09") == 9``."""
    return int(s) if s is not None else None


def full_year(s: str | None) -> int | None:
    """'2024' -> 2024, '24' -> 2024 (two-digit years in "(9/3/22)")."""
    if s is None:
        return None
    y = int(s)
    return y + 2000 if len(s) == 2 else y


def weekday_of(raw: Raw) -> int | None:
    """'Rabu (4/9)' -> 2 (Monday = 0); None without a weekday."""
    wd = raw.get("wd")
    return load_date_lexicon().weekdays.get(wd.lower()) if wd else None


def month_of(raw: Raw) -> int | None:
    """'25 April' -> 4, '(4/9)' -> 9."""
    mon = raw.get("mon")
    if mon is not None:
        return load_date_lexicon().months.get(mon.lower())
    return _int(raw.get("m"))


def fix_invalid(y: int, m: int, d: int, wd: int | None) -> dt.date | None:
    """A day that does not exist, fixed by its weekday: 'Selasa (31/11/2023)' -> 2023-10-31."""
    date = M.valid_day(y, m, d)
    if date is not None or wd is None:
        return date
    for delta in (-1, 1):
        yy, mm = M.shift_month(y, m, delta)
        cand = M.valid_day(yy, mm, d)
        if cand is not None and cand.weekday() == wd:
            return cand
    return None


def guess_year(d: int, m: int, wd: int | None, suf: str | None, ctx: Context) -> int | None:
    """The year of a day and month written without one ('Sabtu (27/2)', '30 Juni nanti')."""
    if (d, m) in ctx.by_day:
        return ctx.by_day[(d, m)]
    if ctx.anchor is None:
        return ctx.by_month.get(m)
    return anchor_year(d, m, wd, (suf or "").lower(), ctx.anchor)


@lru_cache(maxsize=1024)
def anchor_year(d: int, m: int, wd: int | None, suf: str, a: dt.date) -> int | None:
    """Year near the anchor: the weekday must agree; 'nanti'/'mendatang' look ahead, 'lalu' looks back
    ('2 Maret lalu'); otherwise the nearest such day ('6 Februari' written on 28 January -> this year)."""
    days = {y: day for y in (a.year - 1, a.year, a.year + 1) if (day := M.valid_day(y, m, d)) is not None}
    if wd is not None and (fit := _weekday_fit(days, wd, a)) is not None:
        return fit
    suffix_tense = tense(suf)
    if suffix_tense == PAST:
        past = [y for y, day in days.items() if day <= a]
        return max(past) if past else None
    this_year = days.get(a.year)
    if suffix_tense == CURRENT or (suffix_tense == FUTURE and this_year and (this_year - a).days > -62):
        return a.year
    if suffix_tense == FUTURE:
        return a.year + 1
    if not days:
        return None
    return min(days, key=lambda y: abs((days[y] - a).days))


def _weekday_fit(days: dict[int, dt.date], wd: int, a: dt.date) -> int | None:
    """The year whose day has the written weekday: the nearest within half a year of the anchor; else one
    within the year before it, unless a candidate lies between half a year before the anchor and a month
    after it (a plan the article announces): 'Kamis (21/7)' in the caption of an older photo, anchor
    2017-05-17, is 2016-07-21. Otherwise the digits are trusted over the weekday (None)."""
    fits = [y for y, day in days.items() if day.weekday() == wd and abs((day - a).days) <= 183]
    if fits:
        return min(fits, key=lambda y: abs((days[y] - a).days))
    if any(-PLAN_AHEAD <= (a - day).days <= 183 for day in days.values()):
        return None
    past = [y for y, day in days.items() if day.weekday() == wd and 0 <= (a - day).days <= 366]
    return max(past) if past else None


def _day(raw: Raw, ctx: Context, d: int, m: int, y: int | None) -> Resolved:
    """Day `d` of month `m`, in year `y` or the one guessed from the context and the anchor."""
    wd = weekday_of(raw)
    explicit = y is not None
    if y is None:
        y = guess_year(d, m, wd, raw.get("suf"), ctx)
    if y is None:
        return Resolved(None, "day")
    date = fix_invalid(y, m, d, wd)
    if date is None:
        return Resolved(None, "day")
    ctx.note(date.year, date.month, date.day, explicit)
    return Resolved(M.fmt_day(date), "day")


def _day_point(raw: Raw, ctx: Context) -> Resolved | None:
    """'Rabu (4/9)', '25/04/2024', '2024-04-25', 'Kamis, 25 April 2024'; None for '45/13/2024'."""
    d, m = int(raw.get("d")), month_of(raw)
    if m is None or not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    return _day(raw, ctx, d, m, full_year(raw.get("y")))


def _day_range(raw: Raw, ctx: Context) -> Resolved | None:
    """'8-9 Maret 2022' -> 2022-03-08/2022-03-09; '9-16 April' takes the year from context."""
    d1, d2, m = int(raw.get("d1")), int(raw.get("d2")), month_of(raw)
    if m is None:
        return None
    y = full_year(raw.get("y"))
    if y is None:
        y = guess_year(d1, m, None, raw.get("suf"), ctx)
    lo, hi = (M.valid_day(y, m, d1), M.valid_day(y, m, d2)) if y else (None, None)
    if y is None:
        return Resolved(None, "interval") if 1 <= d1 < d2 <= 31 else None
    if lo is None or hi is None or lo >= hi:
        return None
    ctx.note(y, m, d1, raw.get("y") is not None)
    return Resolved(f"{lo.isoformat()}/{hi.isoformat()}", "interval")


def _month_range(raw: Raw, ctx: Context) -> Resolved | None:
    """'Oktober-Desember 2024' -> 2024-10/2024-12; 'Desember-Februari 2025' starts in 2024."""
    m1, y = month_of(raw), int(raw.get("y"))
    m2 = load_date_lexicon().months[raw.get("mon2").lower()]
    if m1 is None or m1 == m2:
        return None
    y1 = y if m1 < m2 else y - 1
    ctx.note(y, m2, None, True)
    return Resolved(f"{M.fmt_month(y1, m1)}/{M.fmt_month(y, m2)}", "interval")


def _year_range(raw: Raw, ctx: Context) -> Resolved | None:
    """'2010-2015' -> 2010/2015; '2015-2010' is no range."""
    y1, y2 = int(raw.get("y1")), int(raw.get("y2"))
    return Resolved(f"{y1}/{y2}", "interval") if y1 < y2 else None


def _month(raw: Raw, ctx: Context) -> Resolved | None:
    """'Oktober 2022' -> 2022-10; 'Desember mendatang' -> the next December after the anchor."""
    m, y = month_of(raw), full_year(raw.get("y"))
    if m is None:
        return None
    if y is None:
        y = month_year(m, raw.get("suf"), ctx)
        if y is None or not 1 <= y <= 9999:
            return Resolved(None, "month")
    ctx.note(y, m, None, raw.get("y") is not None)
    return Resolved(M.fmt_month(y, m), "month")


def month_year(m: int, suf: str | None, ctx: Context) -> int | None:
    """The year of month `m` written without one: 'Desember mendatang' -> the next December after the
    anchor, 'Maret lalu' the last one; a bare 'Maret' takes the year of an earlier 'Maret 2025' in the
    text, else the March nearest the anchor (written in January 2025 -> 2025, in November 2024 -> 2025)."""
    a = ctx.anchor
    if suf is None and m in ctx.by_month:
        return ctx.by_month[m]
    if a is None:
        return None
    suffix_tense = tense(suf.lower()) if suf else None
    if suffix_tense == FUTURE:
        return a.year + 1 if m < a.month else a.year
    if suffix_tense == PAST:
        return a.year - 1 if m >= a.month else a.year
    if suffix_tense == CURRENT:
        return a.year
    return min((a.year, a.year - 1, a.year + 1), key=lambda y: abs((y - a.year) * 12 + m - a.month))


def _month_week(raw: Raw, ctx: Context) -> Resolved | None:
    """'pekan terakhir Februari 2021' -> its last seven days, 2021-02-22/2021-02-28; 'pekan kedua Mei
    2022' -> 2022-05-08/2022-05-14 (the n-th seven days of the month)."""
    m, y = month_of(raw), full_year(raw.get("y"))
    if m is None:
        return None
    if y is None:
        y = month_year(m, raw.get("suf"), ctx)
        if y is None or not 1 <= y <= 9999:
            return Resolved(None, "interval")
    ctx.note(y, m, None, raw.get("y") is not None)
    n = load_date_lexicon().week_ordinals[" ".join(raw.get("ord").lower().split())]
    last = calendar.monthrange(y, m)[1]
    first = last - 6 if n < 0 else 7 * (n - 1) + 1
    return Resolved(f"{M.fmt_day(dt.date(y, m, first))}/{M.fmt_day(dt.date(y, m, first + 6))}", "interval")


def _year(raw: Raw, ctx: Context) -> Resolved:
    """'2022' -> 2022 (and the year the narrative speaks of from here on)."""
    y = int(raw.get("y"))
    ctx.note(y)
    return Resolved(M.fmt_year(y), "year")


Resolver = Callable[[Raw, Context], "Resolved | None"]

#: `DateRule.family` -> how a match of it resolves: a value and kind, or None when it is no date at all
RESOLVERS: dict[str, Resolver] = {
    "day": _day_point,
    "day_range": _day_range,
    "month_range": _month_range,
    "year_range": _year_range,
    "month": _month,
    "month_week": _month_week,
    "year": _year,
    "rel_unit": rel_unit,
    "anaphoric_unit": anaphoric_unit,
    "unit_part": unit_part,
    "day_word": day_word,
    "weekday": weekday,
    "same_ref": same_ref,
    "day_only": day_only,
}


def point(raw: Raw, ctx: Context) -> Resolved | None:
    """Value and kind of a single point expression, or None when it is no date at all."""
    return RESOLVERS[raw.rule.family](raw, ctx)


def value_of(raw: Raw, ctx: Context) -> Resolved | None:
    """Resolve one scanned expression (ranges and open intervals included)."""
    if raw.upper is not None:
        return _range(raw, ctx)
    res = point(raw, ctx)
    if res is None or not raw.open_end:
        return res
    return Resolved(f"{res.value}/.." if res.value else None, "open")


def _range(raw: Raw, ctx: Context) -> Resolved | None:
    """'2010 hingga 2019' -> 2010/2019; '8 Maret - 10 April 2022' -> day interval."""
    assert raw.upper is not None
    first = replace(raw, end=raw.upper.start, upper=None, open_end=False)
    hi = point(raw.upper, ctx)
    if hi is None or hi.value is None:
        return None
    if first.get("y") is None:
        first = replace(first, groups={**first.groups, "y": hi.value[:4]})
    lo = point(first, ctx)
    if lo is None or lo.value is None or lo.value >= hi.value:
        return None
    return Resolved(f"{lo.value}/{hi.value}", "interval")


def _safe_value(raw: Raw, ctx: Context) -> Resolved | None:
    """``value_of``, with None for a day pushed past the calendar's ends (anchor 0001-01-01)."""
    try:
        return value_of(raw, ctx)
    except OverflowError:
        return Resolved(None, "relative")


def _resolve_all(scanned: Scanned, anchor: dt.date | None) -> list[tuple[Raw, Resolved]]:
    """Each expression with its resolution, in text order; the ones that are no date are left out."""
    ctx = Context(anchor=anchor)
    out = []
    memo: dict[tuple, Resolved | None] = {}  # expressions whose value depends on the anchor alone
    for raw in scanned:
        ctx.cursor = raw.end
        if raw.rule.anchor_only and raw.upper is None:
            key = (raw.rule, raw.open_end, *raw.groups.values())
            res = memo.get(key)
            if res is None:
                res = memo[key] = _safe_value(raw, ctx)
        else:
            res = _safe_value(raw, ctx)
        if res is not None:
            out.append((raw, res))
    return out


def find_dates(text: str, anchor: dt.date | None, scanned: Scanned | None = None) -> list[DateMatch]:
    """Every date expression of ``text``, sorted by start and non-overlapping; `scanned` is
    ``scan_dates(text)`` when the caller has it already.

    >>> [m.value for m in find_dates("Rapat digelar Rabu (4/9) di Banyuwangi.", dt.date(2024, 9, 4))]
    ['2024-09-04']
    """
    if not text:
        return []
    resolved = _resolve_all(scan_dates(text) if scanned is None else scanned, anchor)
    out = [
        {"start": raw.start, "end": raw.end, "text": text[raw.start : raw.end], "value": value, "kind": kind}
        for raw, (value, kind) in resolved
    ]
    return DATE_MATCHES.validate_python(out)  # one call for the list: faster than a record at a time
