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
from kabar_cli.dates.model import Context, Resolved
from kabar_cli.dates.scan import Raw
from kabar_cli.lexicon.dates import load_date_lexicon

NEAR_CONTEXT = 300  # characters back to the date a 'tahun sebelumnya' counts from: about one sentence


def _count(raw: Raw) -> int:
    """'dua hari lalu' -> 2, '3 pekan lalu' -> 3, 'pekan lalu' -> 1."""
    n = raw.get("n")
    if n is None:
        return 1
    return int(n) if n.isdigit() else load_date_lexicon().number_words[n.lower()]


def rel_unit(raw: Raw, ctx: Context) -> Resolved:
    """'pekan lalu', 'dua hari lalu', 'bulan depan', 'tahun ini'."""
    lex = load_date_lexicon()
    unit = lex.units[raw.get("unit").lower()]
    if ctx.anchor is None:
        return Resolved(None, "relative")
    direction = lex.directions[" ".join(raw.get("dir").lower().split())]
    return unit_value(unit, direction * _count(raw), ctx.anchor)


def unit_part(raw: Raw, ctx: Context) -> Resolved:
    """'akhir tahun' -> the anchor's year, 'awal bulan' -> its month."""
    if ctx.anchor is None:
        return Resolved(None, "relative")
    return unit_value(load_date_lexicon().units[raw.get("unit").lower()], 0, ctx.anchor)


def anaphoric_unit(raw: Raw, ctx: Context) -> Resolved:
    """'tahun sebelumnya' after 'APBD tahun 2023' -> 2022: a step from the year or month the text named
    within the last sentence or so (`NEAR_CONTEXT` characters), else from the anchor's."""
    lex = load_date_lexicon()
    unit = lex.units[raw.get("unit").lower()]
    step = lex.anaphoric_directions[raw.get("dir").lower()]
    recent = raw.start - ctx.noted_at <= NEAR_CONTEXT
    if unit == "year" and recent and ctx.year is not None:
        return Resolved(M.fmt_year(ctx.year + step), "relative")
    if unit == "month" and recent and ctx.month is not None:
        return Resolved(M.fmt_month(*M.shift_month(*ctx.month, step)), "relative")
    if ctx.anchor is None:
        return Resolved(None, "relative")
    return unit_value(unit, step, ctx.anchor)


def unit_value(unit: str, step: int, anchor: dt.date) -> Resolved:
    """`step` units ("day", "week", "month", "year") from the anchor: ``unit_value("week", -1, a)`` is the
    week before the anchor's ("pekan lalu")."""
    kind = "relative"
    if unit == "day":
        return Resolved(M.fmt_day(anchor + dt.timedelta(days=step)), kind)
    if unit == "week":
        return Resolved(M.week_interval(anchor, step), kind)
    if unit == "month":
        y, m = M.shift_month(anchor.year, anchor.month, step)
        return Resolved(M.fmt_month(y, m) if 1 <= y <= 9999 else None, kind)
    y = anchor.year + step
    return Resolved(M.fmt_year(y) if 1 <= y <= 9999 else None, kind)


def day_word(raw: Raw, ctx: Context) -> Resolved:
    """'hari ini', 'kemarin', 'besok'; 'Kemarin sudah ada ...' (= recently) stays None."""
    if ctx.anchor is None or raw.get("vague"):
        return Resolved(None, "relative")
    offset = load_date_lexicon().day_words[" ".join(raw.get("w").lower().split())]
    return Resolved(M.fmt_day(ctx.anchor + dt.timedelta(days=offset)), "relative")


def weekday(raw: Raw, ctx: Context) -> Resolved:
    """'Jumat' -> on or before the anchor; 'Senin lalu' -> strictly before; 'Senin depan' -> after."""
    lex = load_date_lexicon()
    word, suf = raw.get("wd").lower(), (raw.get("suf") or "").lower()
    direction = lex.directions.get(suf, 0)
    if word in lex.units and suf and not raw.get("wdw"):  # "minggu lalu" / "Minggu depan": the week
        if ctx.anchor is None:
            return Resolved(None, "relative")
        return unit_value(lex.units[word], direction, ctx.anchor)
    return Resolved(_weekday_value(ctx.anchor, lex.weekdays[word], direction), "weekday")


@lru_cache(maxsize=256)
def _weekday_value(anchor: dt.date | None, wd: int, direction: int) -> str | None:
    """The day of weekday `wd` the suffix points to: after the anchor (direction 1, "depan"), strictly
    before (-1, "lalu"), or on or before it (0: "ini" or no suffix)."""
    if anchor is None:
        return None
    if direction > 0:
        return M.fmt_day(M.weekday_after(anchor, wd))
    return M.fmt_day(M.weekday_on_or_before(anchor, wd, strict=direction < 0))


def same_ref(raw: Raw, ctx: Context) -> Resolved:
    """'Di bulan yang sama' after '4 April 2016' -> 2016-04."""
    unit = load_date_lexicon().units[raw.get("unit").lower()]
    if unit == "year" and ctx.year is not None:
        return Resolved(M.fmt_year(ctx.year), "relative")
    if unit == "month" and ctx.month is not None:
        return Resolved(M.fmt_month(*ctx.month), "relative")
    return Resolved(None, "relative")


def day_only(raw: Raw, ctx: Context) -> Resolved:
    """'Tanggal 13 sampai di sini' after '7 Juli' -> day 13 of that July."""
    if ctx.month is None:
        return Resolved(None, "day")
    date = M.valid_day(ctx.month[0], ctx.month[1], int(raw.get("d")))
    return Resolved(M.fmt_day(date) if date else None, "day")
