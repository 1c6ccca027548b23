"""The article's publication date and its anchor for relative expressions.

``find_published`` reads only a stated publication date: a header line near the top
("Jumat, 11 Maret 2022" alone on its line, "Sabtu, 23 Des 2017 09:24 WIB",
"Diterbitkan 05 Sep 2023, 09:29 WIB") or a URL path "/2025/05/09/" in the text.
``infer_anchor`` falls back to the article's dated events ("kata Hendy, Selasa
(28/1/2025)"), then to a "Rabu (4/9)" whose weekday fits exactly one year near the
years the article mentions ("Pilkada 2024 ini"), then to a full date in the lead's
first sentence ("Ambon (ANTARA) - ... berakhir pada 22 Mei 2022.").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kabar_cli.dates import model as M
from kabar_cli.dates.grammar import alt
from kabar_cli.dates.resolve import CURRENT, FUTURE, fix_invalid, full_year, month_of, tense, weekday_of
from kabar_cli.dates.scan import Raw, Scanned, scan_dates
from kabar_cli.lexicon.dates import load_date_lexicon

HEADER_SPAN = 3000  # characters at the top of the text searched for a header line
LEAD_SPAN = 600  # characters of the lead searched for a dated event
# '/2024/09/04/' in a URL; the character before the first '/' is tested apart (`_url_date`): a pattern opening
# with a literal '/' is searched much faster than one opening with a lookbehind
URL_DATE = re.compile(r"/((?:19|20)\d{2})/([01]?\d)/([0-3]?\d)/")
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\u201c\"]|\s*$)")


@lru_cache(maxsize=1)
def _line_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What may follow a header date on its line (", 09:24 WIB"), a time right after it, and a label
    ending the text before it ("Diterbitkan pada ")."""
    lex = load_date_lexicon()
    time = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    tail = re.compile(
        r"[\s,|\-\u2013\u2014]*(?:" + time + r")?\s*(?:" + alt(lex.words("time_zones")) + r")?[\s|]*$",
        re.IGNORECASE,
    )
    has_time = re.compile(r"[\s,|\-\u2013\u2014]*" + time)
    labels = alt(lex.words("published_labels") + lex.words("updated_labels"))
    joiners = alt(lex.words("label_joiners"))  # "Diterbitkan pada", "Terbit tanggal"
    label = r"(?<![^\W\d_])(?P<lab>" + labels + r")(?:\s+" + joiners + r")?"
    label_end = re.compile(label + r"\s*:?\s*$", re.IGNORECASE)
    return tail, has_time, label_end


def explicit_day(raw: Raw) -> dt.date | None:
    """The date of an expression that states day, month and year ('Rabu (9/3/2022)')."""
    if raw.rule.family != "day":
        return None
    year = full_year(raw.get("y"))
    if year is None:
        return None
    d, m = int(raw.get("d")), month_of(raw)
    if m is None or not (1 <= m <= 12):
        return None
    return fix_invalid(year, m, d, weekday_of(raw))


def _header_kind(text: str, raw: Raw) -> str | None:
    """'published', 'updated' or 'plain' when the date stands as a header line; else None."""
    tail_re, has_time, label_end = _line_patterns()
    line_start = text.rfind("\n", 0, raw.start) + 1
    line_end = text.find("\n", raw.end)
    line_end = len(text) if line_end < 0 else line_end
    alone = tail_re.match(text, raw.end, line_end) is not None  # nothing but a time after it on its line
    timed = has_time.match(text, raw.end, line_end) is not None  # a time right after it
    if not (alone or timed):
        return None
    before = text[line_start : raw.start]
    label = label_end.search(before)
    if label:
        lab = label.group("lab").lower()
        return "updated" if lab in load_date_lexicon().words("updated_labels") else "published"
    if not before.strip(" \t|-"):  # the date opens its line: "Senin, 12 Oktober 2020 - 19:23 | 1,2k"
        return "plain"
    return "plain" if alone and timed else None  # "Penulis: Ani | Jumat, 6 September 2024 13:00 WIB"


def _url_date(text: str) -> re.Match[str] | None:
    """The first URL_DATE match not right after a digit or a '/' (as a lookbehind '(?<![0-9/])' before it
    would say)."""
    pos = 0
    while (match := URL_DATE.search(text, pos)) is not None:
        before = text[match.start() - 1] if match.start() else ""
        if not (before.isdecimal() or before == "/"):
            return match
        pos = match.start() + 1
    return None


def find_published(text: str, scanned: Scanned | None = None) -> dt.date | None:
    """The publication date when the text states it, else None; `scanned` is ``scan_dates(text)`` when the
    caller has it already.

    >>> find_published("Judul berita\\n\\nJumat, 11 Maret 2022\\n\\nBanyuwangi - Bupati ...")
    datetime.date(2022, 3, 11)
    """
    if not text:
        return None
    url = _url_date(text)
    if url and M.valid_day(*map(int, url.groups())):
        return M.valid_day(*map(int, url.groups()))
    found: dict[str, dt.date] = {}
    for raw in scan_dates(text) if scanned is None else scanned:
        if raw.start > HEADER_SPAN:
            break
        date = explicit_day(raw)
        if date is None:
            continue
        kind = _header_kind(text, raw)
        if kind and kind not in found:
            found[kind] = date
    for kind in ("published", "plain", "updated"):
        if kind in found:
            return found[kind]
    return None


@lru_cache(maxsize=1)
def _statement_end() -> re.Pattern:
    """A statement verb and its speaker before a date that closes the clause: '“...,” kata Ani, ' in
    '“...,” kata Ani, Senin, 7 Agustus 2023.' (also 'ujarnya di kantornya, ')."""
    verbs = alt(load_date_lexicon().words("statement_verbs"))
    return re.compile(
        r"(?<![^\W\d_])" + verbs + r"(?:nya)?(?![^\W\d_])[^.!?\"\u201c\u201d\n]{0,60}$", re.IGNORECASE
    )


def _weekday_dated(text: str, raws: Scanned) -> dt.date | None:
    """Latest full date written with its weekday ('Senin (7/8/2023)', 'Senin, 24 Februari 2025'); when some
    date a statement ('kata Ani, Senin, 7 Agustus 2023'), the latest of those: the others may be plans
    ('berkas dikirim pada Rabu, 9 Agustus 2023')."""
    points = [p for r in raws for p in (r, r.upper) if p is not None]
    dated = [(date, p) for p in points if p.get("wd") and (date := explicit_day(p)) is not None]
    said = [date for date, p in dated if _statement_end().search(text, max(0, p.start - 90), p.start)]
    if said:
        return max(said)
    return max(date for date, _ in dated) if dated else None


def _lead_dated(text: str, raws: Scanned) -> dt.date | None:
    """A full date in the first sentence of the lead ('Ambon (ANTARA) - ... pada 22 Mei 2022.').

    Of the day rules only those without a weekday can give one here: a 'Rabu (4/9/2024)' anywhere made
    `_weekday_dated` answer before."""
    start, end = _lead_span(text)
    for raw in raws:
        if start <= raw.start < end and raw.rule.family == "day":
            date = explicit_day(raw)
            if date:
                return date
    return None


def _lead_span(text: str) -> tuple[int, int]:
    """The first sentence of the first paragraph of running text (a line of 100+ characters)."""
    pos = 0
    for line in text.split("\n"):
        if len(line.strip()) >= 100:
            stop = SENTENCE_END.search(line)
            return pos, pos + min(stop.end() if stop else len(line), LEAD_SPAN)
        pos += len(line) + 1
    return 0, 0


def _year_hints(raws: Scanned) -> set[int]:
    """Years the article speaks from: 'Pilkada 2024 ini' first, else the latest past year."""
    current, past = set(), set()
    for raw in raws:
        if raw.upper is None and (date := explicit_day(raw)) is not None:
            past.add(date.year)  # "9 Agustus 2015"
            continue
        if raw.rule.family != "year" or raw.open_end or raw.upper is not None:
            continue
        y, suffix_tense = int(raw.get("y")), tense((raw.get("suf") or "").lower())
        if suffix_tense == CURRENT:
            current.add(y)
        elif suffix_tense != FUTURE:
            past.add(y)
    base = current or ({max(past)} if past else set())
    return {y + k for y in base for k in (-1, 0, 1)}


def _weekday_year(raws: Scanned) -> dt.date | None:
    """'Rabu (4/9)' + 'Pilkada 2024 ini' -> 2024-09-04, when exactly one year fits; 'Jumat (26/10)' after
    '25 Oktober 2019' -> 2019-10-26, the year of a stated date in its month, when that year is one the
    article speaks from (the digits trusted over the weekday)."""
    years = _year_hints(raws)
    stated: dict[int, int] = {}  # month -> the year of a full date stated in it
    for raw in raws:
        if raw.upper is None and (date := explicit_day(raw)) is not None and date.year in years:
            stated.setdefault(date.month, date.year)  # not the "15 September 1966" of a birth
    for raw in raws:
        if not raw.rule.weekday_fixes_year or raw.get("y") is not None:
            continue
        d, m, wd = int(raw.get("d")), int(raw.get("m")), weekday_of(raw)
        if m in stated and (day := M.valid_day(stated[m], m, d)) is not None:
            return day
        fits = [M.valid_day(y, m, d) for y in sorted(years)]
        fits = [f for f in fits if f and f.weekday() == wd]
        if len(fits) == 1:
            return fits[0]
    return None


def _pinned_by_day_word(text: str, raws: Scanned) -> dt.date | None:
    """A day word written against a full date tells the day the text speaks from: 'meninggal hari ini,
    Rabu 2 Oktober 2019' and 'dimakamkan Kamis 3 Oktober 2019 besok' both give 2019-10-02."""
    offsets = load_date_lexicon().day_words
    for i, raw in enumerate(raws):
        if raw.rule.family != "day_word" or raw.get("vague"):
            continue
        for other in (raws[j] for j in (i - 1, i + 1) if 0 <= j < len(raws)):
            gap = text[raw.end : other.start] if other.start >= raw.end else text[other.end : raw.start]
            if len(gap) <= 3 and not gap.strip(" ,") and (date := explicit_day(other)) is not None:
                return date - dt.timedelta(days=offsets[" ".join(raw.get("w").lower().split())])
    return None


def _dated_event(text: str, raws: Scanned) -> tuple[dt.date | None, str | None]:
    """The anchor from the article's dated events: a full date with its weekday, else a 'Rabu (4/9)' that
    fits one year, else a full date in the lead."""
    event = _weekday_dated(text, raws)
    if event is not None:
        return event, "dated-event"
    guessed = _weekday_year(raws)
    if guessed is not None:
        return guessed, "weekday+year"
    event = _lead_dated(text, raws)
    return (event, "dated-event") if event is not None else (None, None)


def infer_anchor(
    text: str, published: dt.date | None, scanned: Scanned | None = None
) -> tuple[dt.date | None, str | None]:
    """(anchor, source): source is 'published', 'day-word', 'dated-event', 'weekday+year' or
    None; `scanned` is ``scan_dates(text)`` when the caller has it already.

    >>> infer_anchor("Ujar Mujiono, Rabu (4/9). Pada Pilkada 2024 ini ...", None)
    (datetime.date(2024, 9, 4), 'weekday+year')
    """
    if published is not None:
        return published, "published"
    raws = scan_dates(text or "") if scanned is None else scanned
    pinned = _pinned_by_day_word(text or "", raws)
    if pinned is not None:
        return pinned, "day-word"
    return _dated_event(text or "", raws)
