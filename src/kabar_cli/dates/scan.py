"""Find date expressions: run the grammar, keep the longest non-overlapping matches,
drop the ones the context says are not dates, and join ranges and open intervals.

The result of :func:`scan_dates` is a tuple of :class:`Raw` expressions in text order, not
yet resolved to values (that needs the anchor and the narrative context, see ``resolve.py``).
It is computed once per article and handed to ``find_published``, ``infer_anchor`` and
``find_dates``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter

from kabar_cli import lexicon
from kabar_cli.dates.grammar import helpers, lower_same_length, needs, rules, windows
from kabar_cli.dates.rules import DateRule
from kabar_cli.lexicon.dates import load_date_lexicon


@dataclass(slots=True)
class Raw:
    """One expression as written: its rule, span and the named groups it matched (from the
    lowercased text): "Rabu (4/9)" -> ``Raw(0, 10, <wd_paren>, {"wd": "rabu", "d": "4", ...})``.
    Shared by the three readers of one scan: never mutate one."""

    start: int
    end: int
    rule: DateRule
    groups: dict = field(default_factory=dict)
    upper: Raw | None = None  # second end point of a joined range ("2010 hingga 2019")
    open_end: bool = False  # "sejak 2016", "2019 hingga sekarang"

    def get(self, key: str):
        """A named group, None when absent or unmatched: ``raw.get("y")`` is "2024" in "Rabu (4/9/2024)"."""
        return self.groups.get(key)


#: what `scan_dates` gives: the expressions of one text in order
Scanned = tuple[Raw, ...]
Candidate = tuple[int, int, int, int, DateRule, dict]


def _candidates(text: str) -> list[Candidate]:
    """Every match of every rule inside its windows: (-length, priority, start, end, rule, groups).

    A rule runs in a window only when the window holds what every match of the rule holds (a bracket, a
    month name, a year: `DateRule.need`), searched once per window and need."""
    low = lower_same_length(text)
    found = []
    spans_near = windows(low)
    held: dict[tuple[str, int, int], bool] = {}
    for rule in rules():
        need = rule.spec.need
        for ws, we in spans_near[rule.spec.near]:
            if need and not _holds(held, need, low, ws, we):
                continue
            for m in rule.pattern.finditer(low, ws, we):
                start, end = m.span()
                if end > start:
                    found.append((start - end, rule.priority, start, end, rule.spec, m.groupdict()))
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


Check = Callable[[str, int, int, dict], "dict | None"]


def _year_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'2024 orang' is a count, 'No. 2019' a number, '© ANTARA 2021' the page's date: no year of the story."""
    words = load_date_lexicon().words
    if _in_copyright_line(text, start):
        return None
    if not groups["suf"] and _counts(text, end):
        return None
    if groups["lab"] or _prev_word(text, start) not in words("not_year_before"):
        return groups
    return None


def _counts(text: str, end: int) -> bool:
    """Whether the word after a number makes it a count: '2024 orang', '2024 ASN'; a capitalised word opens
    the next clause of a sentence whose full stop is missing ('pada 2023 Warga Desa unjuk rasa')."""
    m = helpers()["next_word"].match(text, end)
    word = m.group(1) if m else ""
    return word.lower() in load_date_lexicon().words("count_nouns") and not word.istitle()


def _weekday_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'Jumat' and 'hari minggu' name a day; a lowercase 'minggu' alone is a week, 'setiap Minggu' a
    repetition."""
    if not (groups["wdw"] or text[start].isupper()):
        return None
    return groups if _prev_word(text, start) not in load_date_lexicon().words("repeat_words") else None


def _month_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'Mei 2022' and 'Desember mendatang' are months; 'Des mendatang' is not ('des' is no full name)."""
    return groups if groups["y"] or groups["mon"] in load_date_lexicon().month_names else None


def _month_alone_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """A month name alone is a month when written in full with a capital ('pada Maret', 'bulan Oktober');
    'maret' in lowercase is none, nor 'April' in a name ('Juni Astuti', 'Dewi April')."""
    mon_start = end - len(groups["mon"])
    if groups["mon"] not in load_date_lexicon().month_names or not text[mon_start].isupper():
        return None
    nxt = helpers()["next_word"].match(text, end)
    if nxt and nxt.group(1)[0].isupper():
        return None
    prev = helpers()["word_gap"].search(text, max(0, start - 30), start)
    if (
        prev
        and prev.end() == start
        and prev.group(1)[0].isupper()
        and not _opens_sentence(text, prev.start())
    ):
        return None  # "Dewi April"; not "Sejak April"
    return groups


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quotation."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in '.!?\n"\u201c'


def _day_word_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'dalam pilkada kemarin' (= the recent election) is no date; 'Kemarin sudah ada ...' is one
    without a day (``"vague"``)."""
    if groups["w"].lower() not in load_date_lexicon().words("recent_sense_words"):
        return groups
    if _recent_sense(text, start):
        return None
    return {**groups, "vague": "1"} if _runs_into_clause(text, end) else groups


def _rel_unit_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'dua hari lalu' is a date; '4 tahun lalu' and 'dua hari ini' read as spans of time."""
    lex = load_date_lexicon()
    unit = lex.units[groups["unit"].lower()]
    offset = lex.directions[" ".join(groups["dir"].lower().split())]
    if groups["n"]:
        if unit == "year" and offset < 0 and _prev_word(text, start) in birth_words():
            return groups  # 'kelahiran 55 tahun lalu': a birth year
        return groups if unit != "year" and offset != 0 else None
    return None if unit == "day" and offset != 0 else groups


@lru_cache(maxsize=1)
def birth_words() -> frozenset[str]:
    """The cue words of a birth (lexicon/birth.json): 'lahir', 'kelahiran'."""
    return frozenset(lexicon.load_json("birth.json")["birth_cues"])


def _anaphoric_unit_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'tahun sebelumnya' is the year before the one named; 'dua tahun sebelumnya' is a span back from an
    event the text does not date."""
    prev = _prev_word(text, start)
    return None if prev.isdigit() or prev in load_date_lexicon().number_words else groups


def _unit_part_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'jelang akhir tahun' is the end of this year; 'setiap akhir tahun' is every year's, and 'awal Bulan
    Suci' opens a name."""
    unit_start = end - len(groups["unit"])
    if text[unit_start].isupper() and not text[start].isupper():
        return None
    return None if _prev_word(text, start) in load_date_lexicon().words("repeat_words") else groups


def _misspelt_month_ok(text: str, start: int, end: int, groups: dict) -> dict | None:
    """'9 Desembet 2020': a word one letter away from exactly one full month name of five letters or more
    that begins as it does; the groups then hold that name."""
    word = groups["mon"]
    names = load_date_lexicon().month_names
    if word in names:
        return None  # read by the rules of the month names
    near = {
        name: names[name] for name in names if len(name) >= 5 and name[0] == word[0] and one_edit(word, name)
    }
    if len(set(near.values())) != 1:
        return None
    return {**groups, "mon": next(iter(near))}


def one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one substitution, insertion, deletion or swap of neighbours:
    ``one_edit("desembet", "desember")`` and ``one_edit("agsutus", "agustus")`` are True."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] + a[i : i + 1] == b[i : i + 2]
        return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


#: `DateRule.check` -> the context filter: the groups to keep for a match, or None when it is no date
CHECKS: dict[str, Check] = {
    "year": _year_ok,
    "weekday": _weekday_ok,
    "month": _month_ok,
    "month_alone": _month_alone_ok,
    "day_word": _day_word_ok,
    "rel_unit": _rel_unit_ok,
    "anaphoric_unit": _anaphoric_unit_ok,
    "unit_part": _unit_part_ok,
    "misspelt_month": _misspelt_month_ok,
}


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


def _runs_into_clause(text: str, end: int) -> bool:
    """'Kemarin sudah ada pengangkatan' (= recently): 'kemarin' running straight into a clause."""
    nxt = _next_word(text, end)
    return bool(nxt) and text[end : end + 1] == " " and nxt not in load_date_lexicon().words("time_of_day")


_SORT_KEY = itemgetter(0, 1, 2)  # longest first, then grammar order, then text order


def _select(text: str, found: list[Candidate]) -> list[Raw]:
    """Longest match first; ties go to the earlier rule in the grammar; `CHECKS` drop the false ones."""
    taken = bytearray(len(text))
    kept = []
    found.sort(key=_SORT_KEY)
    for _neg_len, _prio, start, end, rule, groups in found:
        if taken.find(1, start, end) >= 0:
            continue
        if rule.check is not None:
            checked = CHECKS[rule.check](text, start, end, groups)
            if checked is None:
                continue
            groups = checked
        taken[start:end] = b"\x01" * (end - start)
        kept.append(Raw(start, end, rule, groups))
    kept.sort(key=lambda r: r.start)
    return kept


def _join_precision(raw: Raw) -> str | None:
    """The precision at which `raw` joins a range: "year" for "2010", "day" for "Rabu (4/9/2024)", None for
    "Rabu (4/9)" (`DateRule.join_needs_year`) and for rules that never join."""
    if raw.rule.join_needs_year and not raw.get("y"):
        return None
    return raw.rule.join_precision


def _joinable(text: str, a: Raw, b: Raw) -> bool:
    """Two points of the same precision around a connective: "2010 hingga 2019",
    "8 Maret - 10 April 2022", "1 Desember 2023 s.d. 31 Januari 2024"."""
    pa, pb = _join_precision(a), _join_precision(b)
    if pa is None or pa != pb:
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


def _openable(raw: Raw) -> bool:
    """Whether "sejak ..." / "... hingga sekarang" may open `raw`: a year, a month, "tahun lalu", "bulan
    ini" (`DateRule.openable`; of the units only months and years)."""
    if raw.upper is not None or not raw.rule.openable:
        return False
    unit = raw.get("unit")
    return unit is None or load_date_lexicon().units[unit] in ("month", "year")


def _open(text: str, raws: list[Raw]) -> list[Raw]:
    """ "sejak 2016" -> open from 2016; "2019 hingga sekarang" -> open from 2019."""
    h = helpers()
    out: list[Raw] = []
    skip_until = -1
    for raw in raws:
        if raw.start < skip_until:
            continue
        if _openable(raw):
            tail = h["open_end"].match(text, raw.end)
            if tail:
                raw = replace(raw, end=tail.end(), open_end=True)
                skip_until = tail.end()
            head = h["open_start"].search(text, max(0, raw.start - 12), raw.start)
            if head:
                raw = replace(raw, start=head.start(), open_end=True)
        out.append(raw)
    return out


def scan_dates(text: str) -> Scanned:
    """All date expressions of ``text`` in order, unresolved: computed once per article and handed to
    ``find_published``, ``infer_anchor`` and ``find_dates``.

    >>> [raw.rule.name for raw in scan_dates("Sejak 2016, dan Rabu (4/9) lalu")]
    ['year', 'wd_paren']
    """
    raws = _select(text, _candidates(text))
    return tuple(_open(text, _join(text, raws)))
