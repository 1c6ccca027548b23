"""``find_dates``: scanned expressions turned into FORMAT.md values, against the anchor
and the narrative.

Resolution reads the text in order and remembers the last explicit month ("1 Juli")
so that "tanggal 3" or "di bulan yang sama" can be fixed; a day and month without a
year takes the year of an earlier explicit mention of the same day, else the anchor.
Without an anchor, relative expressions ("kemarin", "Jumat") get ``None``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pydantic import TypeAdapter

from kabar_cli.dates import model as M
from kabar_cli.dates.model import DateMatch
from kabar_cli.dates.relative import relative
from kabar_cli.dates.scan import Raw, scan
from kabar_cli.lexicon.dates import load_date_lexicon

FUTURE = {"nanti", "mendatang", "depan"}
PAST = {"lalu", "yang lalu", "silam"}
ANCHOR_ONLY = {"weekday", "day_word", "rel_unit"}  # rules that neither read nor change the context
DATE_MATCHES = TypeAdapter(list[DateMatch])


@dataclass
class Context:
    """What the text has fixed so far."""

    anchor: dt.date | None
    month: tuple[int, int] | None = None  # last (year, month) mentioned
    year: int | None = None  # last year mentioned
    by_day: dict = field(default_factory=dict)  # (day, month) -> explicit year
    by_month: dict = field(default_factory=dict)  # month -> explicit year

    def note(self, y: int | None, m: int | None = None, d: int | None = None, explicit=False):
        if y is None:
            return
        self.year = y
        if m is not None:
            self.month = (y, m)
            if explicit:
                self.by_month[m] = y
                if d is not None:
                    self.by_day[(d, m)] = y


def _int(s) -> int | None:
    return int(s) if s is not None else None


def _year(s: str | None) -> int | None:
    """'2024' -> 2024, '24' -> 2024 (two-digit years in "(9/3/22)")."""
    if s is None:
        return None
    y = int(s)
    return y + 2000 if len(s) == 2 else y


def weekday_of(raw: Raw) -> int | None:
    wd = raw.get("wd")
    return load_date_lexicon().weekdays.get(wd.lower()) if wd else None


def month_of(raw: Raw) -> int | None:
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
    """Year near the anchor: the weekday must agree; 'nanti'/'mendatang' look ahead,
    'lalu' looks back ('2 Maret lalu'); otherwise the nearest such day ('6 Februari' written on 28 January -> this year)."""
    years = [y for y in (a.year - 1, a.year, a.year + 1) if M.valid_day(y, m, d)]
    if wd is not None:
        fits = [y for y in years if M.valid_day(y, m, d).weekday() == wd]
        if fits:
            return min(fits, key=lambda y: abs((M.valid_day(y, m, d) - a).days))
    if suf in PAST:
        past = [y for y in years if M.valid_day(y, m, d) <= a]
        return max(past) if past else None
    this_year = M.valid_day(a.year, m, d)
    if suf == "ini" or (suf in FUTURE and this_year and (this_year - a).days > -62):
        return a.year
    if suf in FUTURE:
        return a.year + 1
    if not years:
        return None
    return min(years, key=lambda y: abs((M.valid_day(y, m, d) - a).days))


def _day(raw: Raw, ctx: Context, d: int, m: int, y: int | None):
    wd = weekday_of(raw)
    explicit = y is not None
    if y is None:
        y = guess_year(d, m, wd, raw.get("suf"), ctx)
    if y is None:
        return None, "day"
    date = fix_invalid(y, m, d, wd)
    if date is None:
        return None, "day"
    ctx.note(date.year, date.month, date.day, explicit)
    return M.fmt_day(date), "day"


def point(raw: Raw, ctx: Context):
    """Value and kind of a single point expression, or None when it is no date at all."""
    r = raw.rule
    if r in {"wd_paren", "num_date", "iso", "text_date"}:
        d, m = _int(raw.get("d")), month_of(raw)
        if not (1 <= d <= 31 and 1 <= m <= 12):
            return None
        return _day(raw, ctx, d, m, _year(raw.get("y")))
    if r in {"day_range", "wd_paren_range"}:
        return _day_range(raw, ctx)
    if r == "month_range":
        return _month_range(raw, ctx)
    if r == "year_range":
        y1, y2 = int(raw.get("y1")), int(raw.get("y2"))
        return (f"{y1}/{y2}", "interval") if y1 < y2 else None
    if r == "month":
        return _month(raw, ctx)
    if r == "year":
        y = int(raw.get("y"))
        ctx.note(y)
        return M.fmt_year(y), "year"
    return relative(raw, ctx)


def _day_range(raw: Raw, ctx: Context):
    """'8-9 Maret 2022' -> 2022-03-08/2022-03-09; '9-16 April' takes the year from context."""
    d1, d2, m = int(raw.get("d1")), int(raw.get("d2")), month_of(raw)
    y = _year(raw.get("y"))
    if y is None:
        y = guess_year(d1, m, None, None, ctx)
    lo, hi = (M.valid_day(y, m, d1), M.valid_day(y, m, d2)) if y else (None, None)
    if y is not None and (lo is None or hi is None or lo >= hi):
        return None
    if y is None:
        return (None, "interval") if 1 <= d1 < d2 <= 31 else None
    ctx.note(y, m, d1, raw.get("y") is not None)
    return f"{lo.isoformat()}/{hi.isoformat()}", "interval"


def _month_range(raw: Raw, ctx: Context):
    """'Oktober-Desember 2024' -> 2024-10/2024-12; 'Desember-Februari 2025' starts in 2024."""
    m1, y = month_of(raw), int(raw.get("y"))
    m2 = load_date_lexicon().months[raw.get("mon2").lower()]
    if m1 == m2:
        return None
    y1 = y if m1 < m2 else y - 1
    ctx.note(y, m2, None, True)
    return f"{M.fmt_month(y1, m1)}/{M.fmt_month(y, m2)}", "interval"


def _month(raw: Raw, ctx: Context):
    """'Oktober 2022' -> 2022-10; 'Desember mendatang' -> the next December after the anchor."""
    m, y = month_of(raw), _year(raw.get("y"))
    if y is None:
        a, suf = ctx.anchor, raw.get("suf").lower()
        if a is None:
            return None, "month"
        y = a.year
        if suf in FUTURE and m < a.month:
            y += 1
        elif suf in PAST and m >= a.month:
            y -= 1
        if not 1 <= y <= 9999:
            return None, "month"
    ctx.note(y, m, None, raw.get("y") is not None)
    return M.fmt_month(y, m), "month"


def value_of(raw: Raw, ctx: Context):
    """Resolve one scanned expression (ranges and open intervals included)."""
    if raw.upper is not None:
        return _range(raw, ctx)
    res = point(raw, ctx)
    if res is None or not raw.open_end:
        return res
    value, kind = res
    return (f"{value}/.." if value else None), "open"


def _range(raw: Raw, ctx: Context):
    """'2010 hingga 2019' -> 2010/2019; '8 Maret - 10 April 2022' -> day interval."""
    first = replace(raw, end=raw.upper.start, upper=None, open_end=False)
    hi = point(raw.upper, ctx)
    if hi is None or hi[0] is None:
        return None
    if first.get("y") is None:
        first = replace(first, groups={**first.groups, "y": hi[0][:4]})
    lo = point(first, ctx)
    if lo is None or lo[0] is None or lo[0] >= hi[0]:
        return None
    return f"{lo[0]}/{hi[0]}", "interval"


def _safe_value(raw: Raw, ctx: Context):
    """``value_of``, with None for a day pushed past the calendar's ends (anchor 0001-01-01)."""
    try:
        return value_of(raw, ctx)
    except OverflowError:
        return None, "relative"


def find_dates(text: str, anchor: dt.date | None) -> list[DateMatch]:
    """Every date expression of ``text``, sorted by start and non-overlapping.

    >>> [m.value for m in find_dates("Rapat digelar Rabu (4/9) di Banyuwangi.", dt.date(2024, 9, 4))]
    ['2024-09-04']
    """
    if not text:
        return []
    ctx = Context(anchor=anchor)
    out: list[dict] = []
    memo: dict = {}  # expressions whose value depends on the anchor alone
    for raw in scan(text):
        if raw.rule in ANCHOR_ONLY and raw.upper is None:
            key = (raw.rule, raw.open_end, *raw.groups.values())
            res = memo.get(key)
            if res is None:
                res = memo[key] = _safe_value(raw, ctx)
        else:
            res = _safe_value(raw, ctx)
        if res is None:
            continue
        value, kind = res
        out.append(
            {
                "start": raw.start,
                "end": raw.end,
                "text": text[raw.start : raw.end],
                "value": value,
                "kind": kind,
            }
        )
    return DATE_MATCHES.validate_python(out)  # one call for the list: faster than a record at a time
