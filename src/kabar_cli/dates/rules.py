"""The date rules, each declared once: one :class:`DateRule` row of :data:`RULES` per expression form.

A row holds everything kabar knows about a rule: its pattern template over lowercase text, what its
matches open with, the windows it runs in, what a window must hold for it, the context filter that
drops false matches, how it joins into ranges and how it resolves.  ``grammar.py`` compiles the rows,
``scan.py`` finds and filters their matches, ``resolve.py`` and ``anchor.py`` read their values; none
of them keeps a table keyed by rule name.

A template's ``{X}`` are word classes filled from ``lexicon/dates.json`` (see :data:`WORD_CLASSES`):
``"(?P<wd>{WD})"`` becomes an alternation of the weekday names, "senin" ... "ahad".  The row's place
in :data:`RULES` is its tie-break priority: of two matches of the same length the earlier rule wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

NO_LETTER_BEFORE = r"(?<![^\W\d_])"
NO_LETTER_AFTER = r"(?![^\W\d_])"
YEAR = r"(?:19|20)\d{2}"
COMMA = r"\s*(?:,\s*)?"  # "Kamis, 25 April" / "Kamis 25 April"
DAY_START = r"(?<!\d[.,/:])(?<!\d)"  # "dua,20 Februari" is fine, "3,20 Mei" is not
DIGIT = r"\d"  # an opener: the match opens with a digit

#: word class of the templates -> the ``dates.json`` key whose words fill it ("{MON}" -> month names and
#: abbreviations); the mapping keys (``lexicon.dates.MAPPING_KEYS``) give their words, every other key
#: its list
WORD_CLASSES = {
    "WD": "weekdays",  # Senin ... Ahad
    "WDW": "weekday_words",  # "hari Minggu"
    "WDSUF": "weekday_suffixes",  # "Senin lalu"
    "MON": "months",  # Maret, Mrt
    "MONW": "month_words",  # "bulan Oktober"
    "TOD": "time_of_day",  # "Kamis pagi"
    "CONN": "range_connectives",  # "8 hingga 10 Maret"
    "ALT": "day_alternatives",  # "25 atau 26 Mei"
    "WEEK": "week_words",  # "pekan terakhir Mei"
    "ORD": "week_ordinals",  # "pekan kedua Mei"
    "YCONN": "year_range_connectives",  # "2019 s.d. 2024"
    "SUF": "year_suffixes",  # "2027 mendatang"
    "PRE": "year_prefixes",  # "akhir 2022"
    "LAB": "year_labels",  # "Tahun Anggaran 2022"
    "DECADE": "decade_suffixes",  # "2000-an" is no year
    "DPFX": "day_prefixes",  # "tanggal 13"
    "DAYW": "day_words",  # kemarin, besok
    "UNIT": "units",  # hari, pekan, bulan
    "SAME": "same_units",  # "bulan yang sama"
    "SAMEW": "same_markers",  # "yang sama"
    "DIR": "directions",  # lalu, depan
    "ANADIR": "anaphoric_directions",  # "tahun sebelumnya"
    "ANAU": "anaphoric_units",  # bulan, tahun
    "PART": "unit_parts",  # "akhir tahun"
    "PARTX": "unit_part_blockers",  # "akhir tahun itu" is that year's end, not this one's
    "NUMW": "number_words",  # dua, tiga
}

#: the windows a rule may run in (`DateRule.near`): around digits, around any date keyword, or around
#: the keywords of one family (a year is four digits alone, '19..' or '20..')
NEAR_DIGITS, NEAR_KEYWORDS = "digits", "keywords"
KEYWORD_FAMILIES = ("month", "weekday", "unit", "day", "year")


@dataclass(frozen=True, eq=False)
class DateRule:
    """One date rule: ``DateRule("day_only", "tanggal 13", r"{DPFX}\\.?\\s*(?P<d>\\d{1,2})", ...)``.

    ``family`` names how a match resolves (a key of ``resolve.RESOLVERS``: "day" for a stated day
    and month, "year", "weekday", ...); ``check`` names the context filter that may drop a match
    (a key of ``scan.CHECKS``: "year" drops "2024 orang"); ``need`` what every match holds (a key
    of :data:`NEEDS`), so that a window without it is skipped.
    """

    name: str
    example: str  # a few expressions the rule reads, " · " between them
    template: str  # regular expression over lowercase text; {X} are WORD_CLASSES
    openers: tuple[str, ...]  # what a match opens with: word classes or DIGIT
    near: str  # NEAR_DIGITS, NEAR_KEYWORDS or one of KEYWORD_FAMILIES
    family: str  # how it resolves: a key of resolve.RESOLVERS
    need: str | None = None  # a key of NEEDS
    check: str | None = None  # a key of scan.CHECKS
    join_precision: str | None = None  # "2010 hingga 2019": two points of one precision join into a range
    join_needs_year: bool = False  # ... only when the match states its year ("Rabu (4/9/2024)", "Mei 2022")
    openable: bool = False  # "sejak 2016", "2019 hingga sekarang" (a unit only of months or years)
    anchor_only: bool = False  # its value depends on the anchor alone, not on the narrative
    weekday_fixes_year: bool = False  # "Rabu (4/9)": its weekday may fix the year of an undated article


class Need(NamedTuple):
    """What every match of a rule holds: ``Need(r"\\(\\s*\\d{1,2}\\s*/")`` for "(4/9)".

    A need that opens with a digit or a bracket is searched fast (the regex engine skips to those
    characters); one opening with a word is compiled behind a lookahead for its ``openers``."""

    template: str
    openers: tuple[str, ...] = ()


#: need -> what a window must hold for the rules needing it to run there, searched once per window
NEEDS = {
    "paren_date": Need(r"\(\s*\d{1,2}\s*/"),  # (4/9)
    "paren_range": Need(r"\(\s*\d{1,2}\s*[-\u2013]"),  # (7-8/9)
    "numeric_date": Need(r"\d([/.-])\d{1,2}\1\d{4}"),  # 25/04/2024
    "iso_date": Need(YEAR + r"-[01]\d-[0-3]\d"),  # 2024-04-25
    "day_span": Need(r"\d\s*(?:{CONN}|\s{ALT}\s)\s*\d{1,2}\s+{MON}"),  # 8-9 Maret · 8 atau 9 Maret
    "month": Need(NO_LETTER_BEFORE + "{MON}", ("MON",)),  # one search for the four rules needing a month
    "day_prefix": Need("{DPFX}"),  # tanggal
}

WEEKDAY = r"(?P<wd>{WD})" + NO_LETTER_AFTER + r"(?:\s+{TOD})?" + COMMA  # "Kamis pagi, "
WEEKDAY_PREFIX = "(?:" + WEEKDAY + ")?"  # "Kamis, 25 April" · "25 April"
PAREN_YEAR = (
    r"(?:(?:\s*/{1,2}\s*|\s+(?=\d{4}\s*\)))(?P<y>\d{4}|\d{2}))?\s*\)"  # "/2024)" · "/ 2018)" · " 2024)"
)
YEAR_AFTER = COMMA + r"(?P<y>" + YEAR + r")(?!\d)"  # ", 2024"
SUFFIX_AFTER = r"\s+(?P<suf>{SUF})" + NO_LETTER_AFTER  # " mendatang"
DAY_PREFIX = r"(?:{DPFX}\.?\s+)?" + DAY_START  # "tanggal 22 Mei"
WEEKDAY_SUFFIX = r"(?:\s+(?P<suf>{WDSUF})" + NO_LETTER_AFTER + ")"  # "Senin lalu"
YEAR_LEAD = (
    r"(?:" + NO_LETTER_BEFORE + r"(?P<pre>{PRE})\s+)?(?:" + NO_LETTER_BEFORE + r"(?P<lab>{LAB})\.?\s*)?"
)
MONTH_NAME = r"(?P<mon>{MON})" + NO_LETTER_AFTER
#: a word that may be a month name misspelt by one letter ('Desembet'): `scan.CHECKS["misspelt_month"]` says
MISSPELT_MONTH = r"(?P<mon>[^\W\d_]{5,10})"
MONTH_LEAD = NO_LETTER_BEFORE + r"(?:(?P<pre>{PRE})\s+)?(?:{MONW}\s+)?" + MONTH_NAME  # "akhir bulan Mei"
YEAR_OR_SUFFIX = "(?:" + YEAR_AFTER + "|" + SUFFIX_AFTER + ")"  # "Mei 2022" · "Mei mendatang"
YEAR_ALONE = r"(?<![\w.,/:+-])(?P<y>" + YEAR + r")(?![\w%]|[.,:/-]\d|{DECADE}" + NO_LETTER_AFTER + ")"

_DAY_RULES = [
    DateRule(
        "wd_paren",
        "Rabu (4/9) · Selasa, (5/9/2023) · Kamis pagi (14/11) · Jumat (24//5/2024) · Kamis (13/9/ 2018)"
        " · Kamis (15/8 2024)",
        NO_LETTER_BEFORE + WEEKDAY + r"\(\s*(?P<d>\d{1,2})\s*/{1,2}\s*(?P<m>\d{1,2})" + PAREN_YEAR,
        openers=("WD",),
        near=NEAR_DIGITS,
        family="day",
        need="paren_date",
        join_precision="day",
        join_needs_year=True,
        weekday_fixes_year=True,
    ),
    DateRule(
        "num_date",
        "25/04/2024 · Kamis, 25-04-2024",
        NO_LETTER_BEFORE + WEEKDAY_PREFIX + r"(?<![\d/.])(?P<d>\d{1,2})(?P<sep>[/.-])"
        r"(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/])",
        openers=("WD", DIGIT),
        near=NEAR_DIGITS,
        family="day",
        need="numeric_date",
        join_precision="day",
    ),
    DateRule(
        "iso",
        "2024-04-25",
        r"(?<![\d/.-])(?P<y>" + YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])",
        openers=(DIGIT,),
        near=NEAR_DIGITS,
        family="day",
        need="iso_date",
        join_precision="day",
    ),
    DateRule(
        "wd_paren_range",
        "Sabtu-Minggu (7-8/9/2024) · Senin (2-3/9)",
        NO_LETTER_BEFORE + r"(?:{WD}\s*{CONN}\s*)?" + WEEKDAY + r"\(\s*(?P<d1>\d{1,2})\s*[-\u2013]\s*"
        r"(?P<d2>\d{1,2})\s*/{1,2}\s*(?P<m>\d{1,2})" + PAREN_YEAR,
        openers=("WD",),
        near=NEAR_DIGITS,
        family="day_range",
        need="paren_range",
    ),
    DateRule(
        "day_range",
        "8-9 Maret 2022 · 8 hingga 10 Maret · 11 atau 12 Juni mendatang",
        DAY_START
        + r"(?P<d1>\d{1,2})\s*(?:{CONN}|\s{ALT}\s)\s*(?P<d2>\d{1,2})\s+"
        + MONTH_NAME
        + YEAR_OR_SUFFIX
        + "?",
        openers=(DIGIT,),
        near=NEAR_DIGITS,
        family="day_range",
        need="day_span",
    ),
    DateRule(
        "text_date",
        "Kamis, 25 April 2024 · tanggal 22 Mei 2022 · 30 Juni nanti · Sabtu, 23 Des 2017",
        NO_LETTER_BEFORE
        + WEEKDAY_PREFIX
        + DAY_PREFIX
        + r"(?P<d>\d{1,2})\s+"
        + MONTH_NAME
        + YEAR_OR_SUFFIX
        + "?",
        openers=("WD", "DPFX", DIGIT),
        near=NEAR_DIGITS,
        family="day",
        need="month",
        join_precision="day",
        openable=True,
    ),
    DateRule(
        "month_day_year",
        "November 16, 2022 · Oktober 3, 2019",
        NO_LETTER_BEFORE + MONTH_NAME + r"\s+(?P<d>\d{1,2}),\s*(?P<y>" + YEAR + r")(?!\d)",
        openers=("MON",),
        near=NEAR_DIGITS,
        family="day",
        need="month",
        join_precision="day",
    ),
    DateRule(
        "misspelt_month_date",
        "9 Desembet 2020 · 17 Agsutus 1945 · 5 Oktoebr 2021",
        NO_LETTER_BEFORE
        + DAY_START
        + r"(?P<d>\d{1,2})\s+"
        + MISSPELT_MONTH
        + r"\s+(?P<y>"
        + YEAR
        + r")(?!\d)",
        openers=(DIGIT,),
        near="year",
        family="day",
        check="misspelt_month",
        join_precision="day",
    ),
]

_MONTH_AND_YEAR_RULES = [
    DateRule(
        "year_range",
        "2010-2015 · periode 2019- 2024 · 2019 s.d. 2024",
        r"(?<![\w.,/:-])(?P<y1>" + YEAR + r")\s*{YCONN}\s*(?P<y2>" + YEAR + r")(?![\w%]|[.,:/-]\d)",
        openers=(DIGIT,),
        near="year",
        family="year_range",
    ),
    DateRule(
        "month_range",
        "Oktober-Desember 2024 · Maret hingga Mei 2022",
        MONTH_LEAD + r"\s*{CONN}\s*(?P<mon2>{MON})" + NO_LETTER_AFTER + YEAR_AFTER,
        openers=("PRE", "MONW", "MON"),
        near=NEAR_DIGITS,
        family="month_range",
        need="month",
    ),
    DateRule(
        "month",
        "Oktober 2022 · akhir Agustus 2025 · Desember mendatang",
        MONTH_LEAD + YEAR_OR_SUFFIX,
        openers=("PRE", "MONW", "MON"),
        near=NEAR_KEYWORDS,
        family="month",
        need="month",
        check="month",
        join_precision="month",
        join_needs_year=True,
        openable=True,
    ),
    DateRule(
        "month_week",
        "pekan terakhir Februari 2021 · minggu kedua bulan Juli 2019 · pekan pertama Mei mendatang",
        NO_LETTER_BEFORE + r"{WEEK}\s+(?P<ord>{ORD})\s+(?:{MONW}\s+)?" + MONTH_NAME + YEAR_OR_SUFFIX + "?",
        openers=("WEEK",),
        near="unit",
        family="month_week",
        need="month",
    ),
    DateRule(
        "month_alone",
        "pada Maret · bulan Oktober",
        NO_LETTER_BEFORE + r"(?:{MONW}\s+)?" + MONTH_NAME,
        openers=("MONW", "MON"),
        near=NEAR_KEYWORDS,
        family="month",
        need="month",
        check="month_alone",
        openable=True,
    ),
    DateRule(
        "year",
        "2022 · akhir 2022 · Tahun Anggaran 2022 · 2027 mendatang · (2019)",
        YEAR_LEAD + YEAR_ALONE + r"(?:" + SUFFIX_AFTER + ")?",
        openers=("PRE", "LAB", DIGIT),
        near="year",
        family="year",
        check="year",
        join_precision="year",
        openable=True,
    ),
]

_RELATIVE_RULES = [
    DateRule(
        "rel_unit",
        "dua hari lalu · pekan lalu · tahun ini · bulan depan",
        r"(?<![\w-])(?:(?P<n>\d{1,2}|{NUMW})\s+)?(?P<unit>{UNIT})\s+(?P<dir>{DIR})" + NO_LETTER_AFTER,
        openers=(DIGIT, "NUMW", "UNIT"),
        near="unit",
        family="rel_unit",
        check="rel_unit",
        openable=True,
        anchor_only=True,
    ),
    DateRule(
        "day_word",
        "kemarin · besok · kemarin lusa",
        r"(?<![\w-])(?P<w>{DAYW})" + NO_LETTER_AFTER,  # not "hari-hari ini"
        openers=("DAYW",),
        near="day",
        family="day_word",
        check="day_word",
        anchor_only=True,
    ),
    DateRule(
        "anaphoric_unit",
        "tahun sebelumnya · bulan berikutnya",
        r"(?<![\w-])(?P<unit>{ANAU})\s+(?P<dir>{ANADIR})" + NO_LETTER_AFTER,  # not "tahun-tahun sebelumnya"
        openers=("ANAU",),
        near="unit",
        family="anaphoric_unit",
        check="anaphoric_unit",
    ),
    DateRule(
        "unit_part",
        "akhir tahun · awal bulan · pertengahan tahun",
        NO_LETTER_BEFORE
        + r"(?P<pre>{PART})\s+(?P<unit>{ANAU})"
        + NO_LETTER_AFTER
        + r"(?!\s+(?:{DIR}|{ANADIR}|{PARTX}|{MON}|\d)"
        + NO_LETTER_AFTER
        + ")",
        openers=("PART",),
        near="unit",
        family="unit_part",
        check="unit_part",
        anchor_only=True,
    ),
    DateRule(
        "same_ref",
        "di bulan yang sama · pada tahun yang sama",
        NO_LETTER_BEFORE + r"(?P<unit>{SAME})\s+{SAMEW}" + NO_LETTER_AFTER,
        openers=("SAME",),
        near="unit",
        family="same_ref",
    ),
    DateRule(
        "day_only",
        "tanggal 13 · tgl. 5",
        NO_LETTER_BEFORE + r"{DPFX}\.?\s*(?P<d>\d{1,2})(?!\d|[/.,:-]\d)" + NO_LETTER_AFTER,
        openers=("DPFX",),
        near=NEAR_DIGITS,
        family="day_only",
        need="day_prefix",
    ),
    DateRule(
        "weekday",
        "Jumat · hari Minggu · Senin lalu",
        NO_LETTER_BEFORE + r"(?:(?P<wdw>{WDW})\s+)?(?P<wd>{WD})" + NO_LETTER_AFTER + WEEKDAY_SUFFIX + "?",
        openers=("WDW", "WD"),
        near="weekday",
        family="weekday",
        check="weekday",
        anchor_only=True,
    ),
]

#: every date rule, in tie-break order (of two matches of one length, the earlier rule wins)
RULES: tuple[DateRule, ...] = (*_DAY_RULES, *_MONTH_AND_YEAR_RULES, *_RELATIVE_RULES)
