"""The date rules of ``rules.py`` compiled once, with the word classes of ``dates.json``.

Each rule is a regular expression over word tokens whose word classes (month names,
weekdays, relative words, connectives) come from the lexicon.  Every quantifier is
either bounded or separated from its neighbours by a mandatory non-space token, so no
rule backtracks catastrophically ("1/" * 50000 and "Senin " * 50000 stay linear).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kabar_cli.dates.rules import (
    DIGIT,
    NEAR_DIGITS,
    NEAR_KEYWORDS,
    NEEDS,
    NO_LETTER_AFTER,
    NO_LETTER_BEFORE,
    RULES,
    WORD_CLASSES,
    DateRule,
)
from kabar_cli.lexicon.dates import load_date_lexicon

WORD_CLASS = re.compile(r"\{([A-Z]+)\}")  # "{MON}" in a template
DIGITS = re.compile(r"\d+")


def alt(words: Iterable[str]) -> str:
    """Alternation of words, longest first, inner spaces matching any whitespace:
    ``alt(["s/d", "sampai dengan"]) == r"(?:sampai\\s+dengan|s/d)"``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@dataclass(frozen=True)
class Rule:
    """One compiled rule: its row of ``rules.RULES``, its pattern and its tie-break priority (lower wins)."""

    spec: DateRule
    pattern: re.Pattern
    priority: int

    @property
    def name(self) -> str:
        """The rule's name in `rules.RULES`: "wd_paren"."""
        return self.spec.name

    @property
    def needs(self) -> str | None:
        """A key of `needs()`: what a window must hold for this rule to match in it."""
        return self.spec.need


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The word classes as word lists and as alternations: ``{"MON": ("januari", ...)}`` and
    ``{"MON": "(?:september|desember|...)"}``."""
    lex = load_date_lexicon()
    lists = {name: lex.class_words(key) for name, key in WORD_CLASSES.items()}
    return lists, {name: alt(words) for name, words in lists.items()}


def _opening(openers: tuple[str, ...], lists: dict[str, tuple[str, ...]]) -> str:
    """A lookahead for the first characters of `openers`: '(?=[\\dat])' for a digit, 'akhir' and 'tahun'.

    The regex engine then drops most positions after one test instead of trying every optional
    opening ('akhir', 'tahun', a weekday) at each."""
    firsts = {word[0] for opener in openers if opener != DIGIT for word in lists[opener]}
    digit = DIGIT if DIGIT in openers else ""
    return "(?=[" + digit + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def _fill(template: str) -> str:
    """The template with its word classes filled in: ``"{DPFX}"`` -> ``"(?:tanggal|tgl)"``."""
    classes = _vocabulary()[1]
    return WORD_CLASS.sub(lambda m: classes[m.group(1)], template)


@lru_cache(maxsize=1)
def needs() -> dict[str, re.Pattern]:
    """The patterns of `rules.NEEDS`: one search per window replaces a scan by each rule that needs it."""
    lists = _vocabulary()[0]
    return {
        name: re.compile((_opening(need.openers, lists) if need.openers else "") + _fill(need.template))
        for name, need in NEEDS.items()
    }


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """All grammar rules, compiled once, each behind the lookahead of its openers."""
    lists = _vocabulary()[0]
    return tuple(
        Rule(spec, re.compile(_opening(spec.openers, lists) + _fill(spec.template)), priority)
        for priority, spec in enumerate(RULES)
    )


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


def _merge(spans: list[tuple[int, int]], size: int, before: int, after: int) -> list[tuple[int, int]]:
    """Widen each span and merge the ones that touch: ``_merge([(50, 54), (60, 64)], 200, 40, 45)``
    is ``[(10, 109)]``."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        s, e = max(0, s - before), min(size, e + after)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _keyword_spans(low: str) -> dict[str, list[tuple[int, int]]]:
    """Where each family's keywords occur ("kemarin" at 10 -> ``{"day": [(10, 17)], ...}``), by ``str.find``,
    much faster than a regex alternation."""
    families: dict[str, list[tuple[int, int]]] = {}
    for family, words in keywords().items():
        spans = families[family] = []
        for word in words:
            i = low.find(word)
            while i >= 0:
                spans.append((i, i + len(word)))
                i = low.find(word, i + 1)
    return families


def windows(low: str, before: int = 40, after: int = 45) -> dict[str, list[tuple[int, int]]]:
    """Stretches of lowercase text a rule runs in, by `DateRule.near`: around digits ("digits"), around
    any date keyword ("keywords"), and around the keywords of each family ("weekday", "year", ...).

    The rules only run inside these windows: most of an article holds no date.  Every
    expression holds a digit or a keyword ("kemarin", "Jumat", "pekan"), and none reaches
    further than ``before``/``after`` characters from it ("pertengahan Oktober-Desember 2024").
    """
    size = len(low)
    digit_spans = [m.span() for m in DIGITS.finditer(low)]
    families = _keyword_spans(low)
    word_spans = [span for spans in families.values() for span in spans]
    families["year"] = [(s, e) for s, e in digit_spans if e - s == 4 and low[s : s + 2] in ("19", "20")]
    found = {family: _merge(spans, size, before, after) for family, spans in families.items()}
    found[NEAR_DIGITS] = _merge(digit_spans, size, before, after)
    found[NEAR_KEYWORDS] = _merge(word_spans, size, before, after)
    return found


def lower_same_length(text: str) -> str:
    """``text.lower()`` keeping every offset (rules are compiled for lowercase text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=1)
def helpers() -> dict[str, re.Pattern]:
    """Small patterns used around a match (on the original text, case-insensitive): "conn_gap" is the
    " hingga " of "2010 hingga 2019", "open_end" the " hingga sekarang" of "2019 hingga sekarang"."""
    words = load_date_lexicon().words
    return {
        "conn_gap": re.compile(r"\s*" + alt(words("range_connectives")) + r"\s*", re.IGNORECASE),
        "open_end": re.compile(
            r"\s*" + alt(words("open_end_connectives")) + r"\s+" + alt(words("open_ends")) + NO_LETTER_AFTER,
            re.IGNORECASE,
        ),
        "open_start": re.compile(NO_LETTER_BEFORE + alt(words("open_starts")) + r"\s+$", re.IGNORECASE),
        "next_word": re.compile(r"\s+([^\W\d_]+)"),
        "word_gap": re.compile(r"([^\W\d_]+)[ \t]+$"),
    }
