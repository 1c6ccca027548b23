"""Find date expressions: run the grammar, keep the longest non-overlapping matches,
drop the ones the context says are not dates, and join ranges and open intervals.

The result is a list of :class:`Raw` expressions in text order, not yet resolved to
values (that needs the anchor and the narrative context, see ``resolve.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter

from kabar_cli.dates.grammar import (
    DIGIT_RULES,
    RULE_FAMILY,
    helpers,
    lower_same_length,
    needs,
    rules,
    windows,
)
from kabar_cli.lexicon.dates import load_date_lexicon


@dataclass(slots=True)
class Raw:
    """One expression as written: rule name, span and the named groups it matched
    (from the lowercased text).  Shared through the ``scan`` cache: never mutate one."""

    start: int
    end: int
    rule: str
    groups: dict = field(default_factory=dict)
    upper: Raw | None = None  # second end point of a joined range ("2010 hingga 2019")
    open_end: bool = False  # "sejak 2016", "2019 hingga sekarang"

    def get(self, key: str):
        return self.groups.get(key)


def _candidates(text: str) -> list[tuple[int, int, int, int, str, dict]]:
    """Every match of every rule inside its windows: (-length, priority, start, end, rule, groups).

    A rule runs in a window only when the window holds what every match of the rule holds (a bracket, a
    month name, a year: `grammar.RULE_NEEDS`), searched once per window and need."""
    low = lower_same_length(text)
    found = []
    digit_windows, word_windows, family_windows = windows(low)
    held: dict[tuple[str, int, int], bool] = {}
    for rule in rules():
        if rule.name in RULE_FAMILY:
            spans = family_windows[RULE_FAMILY[rule.name]]
        else:
            spans = digit_windows if rule.name in DIGIT_RULES else word_windows
        for ws, we in spans:
            if rule.needs and not _holds(held, rule.needs, low, ws, we):
                continue
            for m in rule.pattern.finditer(low, ws, we):
                start, end = m.span()
                if end > start:
                    found.append((start - end, rule.priority, start, end, rule.name, m.groupdict()))
    return found


def _holds(held: dict[tuple[str, int, int], bool], need: str, low: str, ws: int, we: int) -> bool:
    """Whether the window [ws, we) holds what `need` names (searched once per window)."""
    key = (need, ws, we)
    if key not in held:
        held[key] = needs()[need].search(low, ws, we) is not None
    return held[key]


def _prev_word(text: str, start: int) -> str:
    """The word before ``start``, without its dots ("No. 2019" -> "no")."""
    parts = text[max(0, start - 16) : start].split()
    return parts[-1].strip(".").lower() if parts else ""


def _next_word(text: str, end: int) -> str:
    """The word after ``end`` ("2024 orang" -> "orang")."""
    m = helpers()["next_word"].match(text, end)
    return m.group(1).lower() if m else ""


def _is_date(text: str, start: int, end: int, name: str, groups: dict) -> bool:
    """Context filters: counts ("2024 orang"), repetition ("setiap Minggu"), "pilkada kemarin"."""
    lex = load_date_lexicon()
    if name == "year":
        if _in_copyright_line(text, start):
            return False
        if not groups["suf"] and _next_word(text, end) in lex.words("count_nouns"):
            return False
        return bool(groups["lab"]) or _prev_word(text, start) not in lex.words("not_year_before")
    if name == "weekday":
        if not (groups["hari"] or text[start].isupper()):
            return False
        return _prev_word(text, start) not in lex.words("repeat_words")
    if name == "month":
        return bool(groups["y"]) or groups["mon"] in lex.month_names
    if name == "day_word" and groups["w"].lower() == "kemarin":
        return not _recent_sense(text, start)
    if name == "rel_unit":
        return _rel_unit_ok(groups)
    return True


def _in_copyright_line(text: str, start: int) -> bool:
    """'COPYRIGHT \u00a9 ANTARA News Jawa Timur 2021' dates the page, not the story."""
    window = max(0, start - 120)
    line = text[max(window, text.rfind("\n", window, start) + 1) : start].lower()
    return any(marker in line for marker in load_date_lexicon().words("copyright_markers"))


def _recent_sense(text: str, start: int) -> bool:
    """'dalam pilkada kemarin' means 'the recent election', not 'yesterday'."""
    m = helpers()["word_gap"].search(text, max(0, start - 30), start)
    if not m or m.end() != start:
        return False
    word = m.group(1)
    return word.islower() and word not in load_date_lexicon().words("kemarin_preceders")


def _vague(text: str, end: int, groups: dict) -> bool:
    """'Kemarin sudah ada pengangkatan' (= recently): 'kemarin' running straight into a clause."""
    if groups["w"].lower() != "kemarin":
        return False
    nxt = _next_word(text, end)
    return bool(nxt) and text[end : end + 1] == " " and nxt not in load_date_lexicon().words("time_of_day")


def _rel_unit_ok(groups: dict) -> bool:
    """'dua hari lalu' is a date; '4 tahun lalu' and 'dua hari ini' read as spans of time."""
    unit, direction = groups["unit"].lower(), " ".join(groups["dir"].lower().split())
    if groups["n"]:
        return unit != "tahun" and direction != "ini"
    return not (unit == "hari" and direction != "ini")


_SORT_KEY = itemgetter(0, 1, 2)  # longest first, then grammar order, then text order


def _select(text: str, found) -> list[Raw]:
    """Longest match first; ties go to the earlier rule in the grammar."""
    taken = bytearray(len(text))
    kept = []
    found.sort(key=_SORT_KEY)
    for _neg_len, _prio, start, end, name, groups in found:
        if taken.find(1, start, end) >= 0 or not _is_date(text, start, end, name, groups):
            continue
        taken[start:end] = b"\x01" * (end - start)
        if name == "day_word" and _vague(text, end, groups):
            groups = {**groups, "vague": "1"}
        kept.append(Raw(start, end, name, groups))
    kept.sort(key=lambda r: r.start)
    return kept


def _precision(raw: Raw) -> str | None:
    if raw.rule in {"year", "year_range"}:
        return "year"
    if raw.rule == "month":
        return "month" if raw.get("y") else None
    if raw.rule in {"text_date", "num_date", "iso"} or (raw.rule == "wd_paren" and raw.get("y")):
        return "day"
    return None


def _joinable(text: str, a: Raw, b: Raw) -> bool:
    """Two points of the same precision around a connective: "2010 hingga 2019",
    "8 Maret - 10 April 2022", "1 Desember 2023 s.d. 31 Januari 2024"."""
    pa, pb = _precision(a), _precision(b)
    if pa is None or pa != pb or a.rule == "year_range" or b.rule == "year_range":
        return False
    if a.get("suf") or (pa != "year" and b.get("y") is None):
        return False
    gap = helpers()["conn_gap"].fullmatch(text, a.end, b.start)
    return gap is not None


def _join(text: str, raws: list[Raw]) -> list[Raw]:
    """Joinable neighbours become one range whose ``upper`` is the second point."""
    out: list[Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        if i + 1 < len(raws) and _joinable(text, a, raws[i + 1]):
            b = raws[i + 1]
            out.append(replace(a, end=b.end, upper=b))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _open(text: str, raws: list[Raw]) -> list[Raw]:
    """ "sejak 2016" -> open from 2016; "2019 hingga sekarang" -> open from 2019."""
    h = helpers()
    out: list[Raw] = []
    skip_until = -1
    for raw in raws:
        if raw.start < skip_until:
            continue
        openable = raw.upper is None and (
            raw.rule in {"year", "month"}
            or (raw.rule == "rel_unit" and raw.get("unit") in {"tahun", "bulan"})
        )
        if openable:
            tail = h["open_end"].match(text, raw.end)
            if tail:
                raw = replace(raw, end=tail.end(), open_end=True)
                skip_until = tail.end()
            head = h["open_start"].search(text, max(0, raw.start - 12), raw.start)
            if head:
                raw = replace(raw, start=head.start(), open_end=True)
        out.append(raw)
    return out


@lru_cache(maxsize=16)
def scan(text: str) -> tuple[Raw, ...]:
    """All date expressions of ``text`` in order, unresolved."""
    raws = _select(text, _candidates(text))
    return tuple(_open(text, _join(text, raws)))
