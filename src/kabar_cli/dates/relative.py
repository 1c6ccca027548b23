"""Relative expressions, resolved against the anchor or the narrative context.

"kemarin" -> anchor - 1 day; "dua hari lalu" -> anchor - 2 days; "pekan lalu" -> the
Monday-Sunday week before the anchor's; "bulan depan" -> next month; "tahun lalu" ->
the year before; "Jumat" -> the most recent Friday on or before the anchor; "Senin lalu"
-> the Monday strictly before; "tanggal 13" -> day 13 of the month last mentioned;
"di bulan yang sama" -> that month.  No anchor (or no context) -> value ``None``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from kabar_cli.dates import model as M
from kabar_cli.dates.scan import Raw
from kabar_cli.lexicon.dates import load_date_lexicon


def _count(raw: Raw) -> int:
    n = raw.get("n")
    if n is None:
        return 1
    return int(n) if n.isdigit() else load_date_lexicon().number_words[n.lower()]


def _direction(raw: Raw) -> int:
    return load_date_lexicon().directions[" ".join(raw.get("dir").lower().split())]


def rel_unit(raw: Raw, anchor: dt.date | None):
    """'pekan lalu', 'dua hari lalu', 'bulan depan', 'tahun ini'."""
    unit = load_date_lexicon().units[raw.get("unit").lower()]
    kind = "relative"
    if anchor is None:
        return None, kind
    step = _direction(raw) * _count(raw)
    if unit == "day":
        return M.fmt_day(anchor + dt.timedelta(days=step)), kind
    if unit == "week":
        return M.week_interval(anchor, step), kind
    if unit == "month":
        y, m = M.shift_month(anchor.year, anchor.month, step)
        return (M.fmt_month(y, m) if 1 <= y <= 9999 else None), kind
    y = anchor.year + step
    return (M.fmt_year(y) if 1 <= y <= 9999 else None), kind


def day_word(raw: Raw, anchor: dt.date | None):
    """'hari ini', 'kemarin', 'besok'; 'Kemarin sudah ada ...' (= recently) stays None."""
    if anchor is None or raw.get("vague"):
        return None, "relative"
    offset = load_date_lexicon().day_words[" ".join(raw.get("w").lower().split())]
    return M.fmt_day(anchor + dt.timedelta(days=offset)), "relative"


def weekday(raw: Raw, anchor: dt.date | None):
    """'Jumat' -> on or before the anchor; 'Senin lalu' -> strictly before; 'Senin depan' -> after."""
    word, suf = raw.get("wd").lower(), (raw.get("suf") or "").lower()
    if word == "minggu" and suf and not raw.get("hari"):
        # "minggu lalu" / "Minggu depan": the week, not Sunday
        return rel_unit(Raw(raw.start, raw.end, "rel_unit", {"unit": "minggu", "dir": suf}), anchor)
    return _weekday_value(anchor, load_date_lexicon().weekdays[word], suf), "weekday"


@lru_cache(maxsize=256)
def _weekday_value(anchor: dt.date | None, wd: int, suf: str) -> str | None:
    if anchor is None:
        return None
    if suf in {"depan", "mendatang"}:
        return M.fmt_day(M.weekday_after(anchor, wd))
    return M.fmt_day(M.weekday_on_or_before(anchor, wd, strict=suf in {"lalu", "kemarin"}))


def relative(raw: Raw, ctx):
    """Dispatch on the rule; ``ctx`` is the resolver's :class:`Context`."""
    r = raw.rule
    if r == "rel_unit":
        return rel_unit(raw, ctx.anchor)
    if r == "day_word":
        return day_word(raw, ctx.anchor)
    if r == "weekday":
        return weekday(raw, ctx.anchor)
    if r == "same_ref":
        return same_ref(raw, ctx)
    if r == "day_only":
        return day_only(raw, ctx)
    return None


def same_ref(raw: Raw, ctx):
    """'Di bulan yang sama' after '4 April 2016' -> 2016-04."""
    unit = raw.get("unit").lower()
    if unit == "tahun" and ctx.year is not None:
        return M.fmt_year(ctx.year), "relative"
    if unit == "bulan" and ctx.month is not None:
        return M.fmt_month(*ctx.month), "relative"
    return None, "relative"


def day_only(raw: Raw, ctx):
    """'Tanggal 13 sampai di sini' after '7 Juli' -> day 13 of that July."""
    if ctx.month is None:
        return None, "day"
    date = M.valid_day(ctx.month[0], ctx.month[1], int(raw.get("d")))
    return (M.fmt_day(date) if date else None), "day"
