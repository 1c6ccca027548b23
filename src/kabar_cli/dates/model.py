"""Typed results of the date normaliser and the calendar helpers they need.

Values follow ``FORMAT.md``: day "2024-09-04", month "2022-10", year "2022",
interval "2010/2019" or "2022-03-08/2022-03-09", open interval "2016/..".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

KINDS = ("day", "month", "year", "interval", "open", "weekday", "relative")

_POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
VALUE_RE = re.compile(rf"^{_POINT}(?:/(?:{_POINT}|\.\.))?$")


class DateMatch(BaseModel):
    """One date expression found in a text.

    ``Rabu (4/9)`` in an article anchored on 2024-09-04 gives
    ``DateMatch(start=.., end=.., text="Rabu (4/9)", value="2024-09-04", kind="day")``.
    """

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    value: str | None
    kind: str


class Resolved(NamedTuple):
    """What one expression resolves to: ``Resolved("2024-09-04", "day")`` for "Rabu (4/9)" anchored on
    2024-09-04; ``Resolved(None, "relative")`` for "kemarin" without an anchor.  ``kind`` is one of KINDS."""

    value: str | None
    kind: str


@dataclass
class Context:
    """What the text has fixed so far: after "1 Juli 2024", ``month == (2024, 7)`` and
    ``by_day[(1, 7)] == 2024``, so that "tanggal 3" and "3 Juli" later resolve."""

    anchor: dt.date | None
    month: tuple[int, int] | None = None  # last (year, month) mentioned
    year: int | None = None  # last year mentioned
    by_day: dict[tuple[int, int], int] = field(default_factory=dict)  # (day, month) -> explicit year
    by_month: dict[int, int] = field(default_factory=dict)  # month -> explicit year
    cursor: int = 0  # where the expression being resolved ends in the text
    noted_at: int = -1  # where the expression that gave `year` ends

    def note(self, y: int | None, m: int | None = None, d: int | None = None, explicit: bool = False) -> None:
        """Remember a year (and month, and day); an `explicit` one fixes later mentions without a year."""
        if y is None:
            return
        self.year, self.noted_at = y, self.cursor
        if m is not None:
            self.month = (y, m)
            if explicit:
                self.by_month[m] = y
                if d is not None:
                    self.by_day[(d, m)] = y


def valid_day(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist ("31/11/2023")."""
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1 <= y <= 9999):
        return None
    if d > calendar.monthrange(y, m)[1]:
        return None
    return dt.date(y, m, d)


def fmt_day(d: dt.date) -> str:
    """``fmt_day(date(2024, 9, 4)) == "2024-09-04"``."""
    return d.isoformat()


def fmt_month(y: int, m: int) -> str:
    """``fmt_month(2022, 10) == "2022-10"``."""
    return f"{y:04d}-{m:02d}"


def fmt_year(y: int) -> str:
    """``fmt_year(2022) == "2022"``."""
    return f"{y:04d}"


def shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    """("bulan depan" of December 2024) ``shift_month(2024, 12, 1) == (2025, 1)``."""
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def week_interval(anchor: dt.date, delta_weeks: int) -> str:
    """Monday-to-Sunday week ``delta_weeks`` from the anchor's week ("pekan lalu" = -1)."""
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=delta_weeks)
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def weekday_on_or_before(anchor: dt.date, weekday: int, strict: bool = False) -> dt.date:
    """Most recent ``weekday`` on or before the anchor ("Jumat" in a Sunday article)."""
    back = (anchor.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def weekday_after(anchor: dt.date, weekday: int) -> dt.date:
    """Next ``weekday`` strictly after the anchor ("Senin depan")."""
    ahead = (weekday - anchor.weekday()) % 7 or 7
    return anchor + dt.timedelta(days=ahead)


def is_valid_value(value: str) -> bool:
    """True when ``value`` is one of the FORMAT.md forms and names real dates."""
    if not VALUE_RE.match(value):
        return False
    for part in value.split("/"):
        if part == "..":
            continue
        bits = [int(x) for x in part.split("-")]
        if len(bits) >= 2 and not 1 <= bits[1] <= 12:
            return False
        if len(bits) == 3 and valid_day(*bits) is None:
            return False
    return True
