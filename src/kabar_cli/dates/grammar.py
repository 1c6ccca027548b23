"""Token-pattern grammar of Indonesian date expressions, compiled once from ``dates.json``.

Each rule is a regular expression over word tokens whose word classes (month names,
weekdays, relative words, connectives) come from the lexicon.  Every quantifier is
either bounded or separated from its neighbours by a mandatory non-space token, so no
rule backtracks catastrophically ("1/" * 50000 and "Senin " * 50000 stay linear).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kabar_cli.lexicon.dates import DateLexicon, load_date_lexicon

NO_LETTER_BEFORE = r"(?<![^\W\d_])"
NO_LETTER_AFTER = r"(?![^\W\d_])"
YEAR = r"(?:19|20)\d{2}"
COMMA = r"\s*(?:,\s*)?"  # "Kamis, 25 April" / "Kamis 25 April"
DAY_START = r"(?<!\d[.,/:])(?<!\d)"  # "dua,20 Februari" is fine, "3,20 Mei" is not


def alt(words) -> str:
    """Alternation of words, longest first, inner spaces matching any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@dataclass(frozen=True)
class Rule:
    """One grammar rule: its name, compiled pattern and tie-break priority (lower wins)."""

    name: str
    pattern: re.Pattern
    priority: int
    needs: str | None = None  # a key of `needs()`: what a window must hold for this rule to match in it


def _word_lists(lex: DateLexicon) -> dict[str, list[str]]:
    w = lex.words
    return {
        "WD": list(lex.weekdays),
        "MON": list(lex.months),
        "TOD": list(w("time_of_day")),
        "CONN": list(w("range_connectives")),
        "SUF": list(w("year_suffixes")),
        "PRE": list(w("year_prefixes")),
        "LAB": list(w("year_labels")),
        "DPFX": list(w("day_prefixes")),
        "DAYW": list(lex.day_words),
        "UNIT": list(lex.units),
        "DIR": list(lex.directions),
        "NUMW": list(lex.number_words),
        "WDSUF": ["lalu", "kemarin", "depan", "mendatang", "ini"],
    }


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, list[str]], dict[str, str]]:
    """The word classes as word lists and as the alternations the patterns use ({X} in `_sources`)."""
    lists = _word_lists(load_date_lexicon())
    return lists, {name: alt(words) for name, words in lists.items()}


#: rule -> what its matches may open with: word classes, words, or a digit ('\\d'). Each rule is compiled behind a
#: lookahead for those first characters: the regex engine then drops most positions after one test instead of
#: trying every optional opening ('akhir', 'tahun', a weekday) at each.
OPENERS = {
    "wd_paren": ("WD",),
    "num_date": ("WD", r"\d"),
    "iso": (r"\d",),
    "wd_paren_range": ("WD",),
    "day_range": (r"\d",),
    "text_date": ("WD", "DPFX", r"\d"),
    "year_range": (r"\d",),
    "month_range": ("PRE", "bulan", "MON"),
    "month": ("PRE", "bulan", "MON"),
    "year": ("PRE", "LAB", r"\d"),
    "rel_unit": (r"\d", "NUMW", "UNIT"),
    "day_word": ("DAYW",),
    "same_ref": ("hari", "bulan", "tahun"),
    "day_only": ("DPFX",),
    "weekday": ("hari", "WD"),
}


def _opening(openers: tuple[str, ...], lists: dict[str, list[str]]) -> str:
    """A lookahead for the first characters of `openers`: '(?=[\\dat])' for a digit, 'akhir' and 'tahun'."""
    firsts = set()
    for opener in openers:
        if opener == r"\d":
            continue
        firsts.update(word[0] for word in lists.get(opener, [opener]))
    digit = r"\d" if r"\d" in openers else ""
    return "(?=[" + digit + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def _sources() -> list[tuple[str, str]]:
    """(rule name, pattern template); ``{X}`` are word classes from the lexicon."""
    wd_prefix = r"(?:(?P<wd>{WD})" + NO_LETTER_AFTER + r"(?:\s+{TOD})?" + COMMA + r")?"
    return [
        # Rabu (4/9) · Selasa, (5/9/2023) · Kamis pagi (14/11) · Jumat (24//5/2024) · Kamis (13/9/ 2018)
        (
            "wd_paren",
            NO_LETTER_BEFORE
            + r"(?P<wd>{WD})"
            + NO_LETTER_AFTER
            + r"(?:\s+{TOD})?"
            + COMMA
            + r"\(\s*(?P<d>\d{1,2})\s*/{1,2}\s*(?P<m>\d{1,2})(?:\s*/{1,2}\s*(?P<y>\d{4}|\d{2}))?\s*\)",
        ),
        # 25/04/2024 · Kamis, 25-04-2024
        (
            "num_date",
            NO_LETTER_BEFORE + wd_prefix + r"(?<![\d/.])(?P<d>\d{1,2})(?P<sep>[/.-])"
            r"(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/])",
        ),
        # 2024-04-25
        ("iso", r"(?<![\d/.-])(?P<y>" + YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"),
        # Sabtu-Minggu (7-8/9/2024) · Senin (2-3/9)
        (
            "wd_paren_range",
            NO_LETTER_BEFORE
            + r"(?:{WD}\s*{CONN}\s*)?(?P<wd>{WD})"
            + NO_LETTER_AFTER
            + r"(?:\s+{TOD})?"
            + COMMA
            + r"\(\s*(?P<d1>\d{1,2})\s*[-\u2013]\s*(?P<d2>\d{1,2})\s*/{1,2}\s*"
            r"(?P<m>\d{1,2})(?:\s*/{1,2}\s*(?P<y>\d{4}|\d{2}))?\s*\)",
        ),
        # 8-9 Maret 2022 · 8 hingga 10 Maret
        (
            "day_range",
            DAY_START
            + r"(?P<d1>\d{1,2})\s*{CONN}\s*(?P<d2>\d{1,2})\s+(?P<mon>{MON})"
            + NO_LETTER_AFTER
            + r"(?:"
            + COMMA
            + r"(?P<y>"
            + YEAR
            + r")(?!\d))?",
        ),
        # Kamis, 25 April 2024 · tanggal 22 Mei 2022 · 30 Juni nanti · Sabtu, 23 Des 2017
        (
            "text_date",
            NO_LETTER_BEFORE
            + wd_prefix
            + r"(?:{DPFX}\.?\s+)?"
            + DAY_START
            + r"(?P<d>\d{1,2})\s+(?P<mon>{MON})"
            + NO_LETTER_AFTER
            + r"(?:"
            + COMMA
            + r"(?P<y>"
            + YEAR
            + r")(?!\d)|\s+(?P<suf>{SUF})"
            + NO_LETTER_AFTER
            + ")?",
        ),
        # 2010-2015 · periode 2019- 2024
        (
            "year_range",
            r"(?<![\w.,/:-])(?P<y1>"
            + YEAR
            + r")\s*(?:[-\u2013\u2014]|s\.?d\.?|s/d)\s*(?P<y2>"
            + YEAR
            + r")(?![\w%]|[.,:/-]\d)",
        ),
        # Oktober-Desember 2024 · Maret hingga Mei 2022
        (
            "month_range",
            NO_LETTER_BEFORE
            + r"(?:(?P<pre>{PRE})\s+)?(?:bulan\s+)?(?P<mon>{MON})"
            + NO_LETTER_AFTER
            + r"\s*{CONN}\s*(?P<mon2>{MON})"
            + NO_LETTER_AFTER
            + COMMA
            + r"(?P<y>"
            + YEAR
            + r")(?!\d)",
        ),
        # Oktober 2022 · akhir Agustus 2025 · Desember mendatang
        (
            "month",
            NO_LETTER_BEFORE
            + r"(?:(?P<pre>{PRE})\s+)?(?:bulan\s+)?(?P<mon>{MON})"
            + NO_LETTER_AFTER
            + r"(?:"
            + COMMA
            + r"(?P<y>"
            + YEAR
            + r")(?!\d)|\s+(?P<suf>{SUF})"
            + NO_LETTER_AFTER
            + ")",
        ),
        # 2022 · akhir 2022 · Tahun Anggaran 2022 · 2027 mendatang · (2019)
        (
            "year",
            r"(?:"
            + NO_LETTER_BEFORE
            + r"(?P<pre>{PRE})\s+)?(?:"
            + NO_LETTER_BEFORE
            + r"(?P<lab>{LAB})\.?\s*)?(?<![\w.,/:+-])(?P<y>"
            + YEAR
            + r")(?![\w%]|[.,:/-]\d|-an"
            + NO_LETTER_AFTER
            + ")"
            r"(?:\s+(?P<suf>{SUF})" + NO_LETTER_AFTER + ")?",
        ),
        # dua hari lalu · pekan lalu · tahun ini · bulan depan
        (
            "rel_unit",
            r"(?<![\w-])(?:(?P<n>\d{1,2}|{NUMW})\s+)?(?P<unit>{UNIT})\s+(?P<dir>{DIR})" + NO_LETTER_AFTER,
        ),
        # kemarin · hari ini · besok
        ("day_word", r"(?<![\w-])(?P<w>{DAYW})" + NO_LETTER_AFTER),  # not "hari-hari ini"
        # di bulan yang sama
        ("same_ref", NO_LETTER_BEFORE + r"(?P<unit>hari|bulan|tahun)\s+yang\s+sama" + NO_LETTER_AFTER),
        # tanggal 13
        ("day_only", NO_LETTER_BEFORE + r"{DPFX}\.?\s*(?P<d>\d{1,2})(?!\d|[/.,:-]\d)" + NO_LETTER_AFTER),
        # Jumat · hari Minggu · Senin lalu
        (
            "weekday",
            NO_LETTER_BEFORE
            + r"(?:(?P<hari>hari)\s+)?(?P<wd>{WD})"
            + NO_LETTER_AFTER
            + r"(?:\s+(?P<suf>{WDSUF})"
            + NO_LETTER_AFTER
            + ")?",
        ),
    ]


#: rule -> what every match of it holds; a window without it is not scanned for that rule. A need that opens with a
#: digit or a bracket is searched fast (the regex engine skips to those characters), so most are the core of their
#: rule without the optional words before it; a month name is searched once per window for the four rules needing it.
RULE_NEEDS = {
    "wd_paren": "paren_date",
    "wd_paren_range": "paren_range",
    "num_date": "numeric_date",
    "iso": "iso_date",
    "day_range": "day_span",
    "text_date": "month",
    "month_range": "month",
    "month": "month",
    "day_only": "day_prefix",
}  # the year rules run in windows around years (`RULE_FAMILY`)


@lru_cache(maxsize=1)
def needs() -> dict[str, re.Pattern]:
    """The patterns of `RULE_NEEDS`: one search per window replaces a scan by each rule that needs it."""
    lists, c = _vocabulary()
    sources = {
        "paren_date": r"\(\s*\d{1,2}\s*/",  # (4/9)
        "paren_range": r"\(\s*\d{1,2}\s*[-\u2013]",  # (7-8/9)
        "numeric_date": r"\d([/.-])\d{1,2}\1\d{4}",  # 25/04/2024
        "iso_date": YEAR + r"-[01]\d-[0-3]\d",  # 2024-04-25
        "day_span": r"\d\s*" + c["CONN"] + r"\s*\d{1,2}\s+" + c["MON"],  # 8-9 Maret
        "month": _opening(("MON",), lists) + NO_LETTER_BEFORE + c["MON"],
        "day_prefix": c["DPFX"],
    }
    return {name: re.compile(source) for name, source in sources.items()}


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """All grammar rules, compiled once."""
    lists, classes = _vocabulary()
    out = []
    for prio, (name, template) in enumerate(_sources()):
        source = _opening(OPENERS[name], lists) + re.sub(
            r"\{([A-Z]+)\}", lambda m: classes[m.group(1)], template
        )
        out.append(Rule(name, re.compile(source), prio, RULE_NEEDS.get(name)))
    return tuple(out)


# rules whose matches always hold a digit; the others hold a keyword (see ``keywords``)
DIGIT_RULES = {
    "wd_paren",
    "wd_paren_range",
    "month_range",
    "num_date",
    "iso",
    "day_range",
    "text_date",
    "year_range",
    "year",
    "day_only",
}
DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1)
def keywords() -> dict[str, tuple[str, ...]]:
    """Words that start a date expression without digits ("Desember mendatang", "kemarin"), by family."""
    lex = load_date_lexicon()
    return {
        "month": tuple(lex.month_names),
        "weekday": tuple(lex.weekdays),
        "unit": tuple(lex.units),
        "day": tuple(sorted({w.split()[0] for w in lex.day_words})),
    }


#: rule -> the family every match of it holds (a keyword, or a year: four digits alone, '19..' or '20..');
#: it runs only in the windows around that family
RULE_FAMILY = {
    "weekday": "weekday",
    "rel_unit": "unit",
    "same_ref": "unit",
    "day_word": "day",
    "year": "year",
    "year_range": "year",
}


def _merge(spans: list[tuple[int, int]], size: int, before: int, after: int) -> list[tuple[int, int]]:
    """Widen each span and merge the ones that touch."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        s, e = max(0, s - before), min(size, e + after)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def windows(low: str, before: int = 40, after: int = 45) -> tuple[list, list, dict[str, list]]:
    """Stretches of lowercase text around digits, around date keywords, and around each family of keywords.

    The rules only run inside these windows: most of an article holds no date.  Every
    expression holds a digit or a keyword ("kemarin", "Jumat", "pekan"), and none reaches
    further than ``before``/``after`` characters from it ("pertengahan Oktober-Desember 2024").
    ``str.find`` is used for keywords because it is much faster than a regex alternation.
    """
    size = len(low)
    digit_spans = [m.span() for m in DIGITS.finditer(low)]
    families: dict[str, list[tuple[int, int]]] = {}
    for family, words in keywords().items():
        spans = families[family] = []
        for word in words:
            i = low.find(word)
            while i >= 0:
                spans.append((i, i + len(word)))
                i = low.find(word, i + 1)
    word_spans = [span for spans in families.values() for span in spans]
    families["year"] = [(s, e) for s, e in digit_spans if e - s == 4 and low[s : s + 2] in ("19", "20")]
    by_family = {family: _merge(spans, size, before, after) for family, spans in families.items()}
    return _merge(digit_spans, size, before, after), _merge(word_spans, size, before, after), by_family


def lower_same_length(text: str) -> str:
    """``text.lower()`` keeping every offset (rules are compiled for lowercase text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=1)
def helpers() -> dict[str, re.Pattern]:
    """Small patterns used around a match (on the original text, case-insensitive)."""
    lex = load_date_lexicon()
    w = lex.words
    return {
        "conn_gap": re.compile(r"\s*" + alt(w("range_connectives")) + r"\s*", re.IGNORECASE),
        "open_end": re.compile(
            r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d)\s+" + alt(w("open_ends")) + NO_LETTER_AFTER,
            re.IGNORECASE,
        ),
        "open_start": re.compile(NO_LETTER_BEFORE + alt(w("open_starts")) + r"\s+$", re.IGNORECASE),
        "next_word": re.compile(r"\s+([^\W\d_]+)"),
        "word_gap": re.compile(r"([^\W\d_]+)[ \t]+$"),
    }
