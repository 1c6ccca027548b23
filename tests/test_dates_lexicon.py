"""Tests of the date vocabulary file itself (src/kabar_cli/lexicon/dates.json)."""

from __future__ import annotations

import re

import pytest

from kabar_cli.lexicon.dates import load_date_lexicon, load_raw, parse_lexicon

RAW = load_raw()


def all_words(raw=RAW):
    """Every word of the file, with the key it sits under."""
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if key == "months":
            for num, entry in value.items():
                for word in entry["names"] + entry["abbr"] + entry.get("english", []):
                    yield f"months.{num}", word
        elif isinstance(value, dict):
            for sub, words in value.items():
                if isinstance(words, list):
                    yield from ((f"{key}.{sub}", w) for w in words)
                else:
                    yield key, sub
        else:
            yield from ((key, w) for w in value)


def test_twelve_months_each_with_a_name():
    months = RAW["months"]
    assert sorted(int(k) for k in months) == list(range(1, 13))
    for entry in months.values():
        assert entry["names"], entry


@pytest.mark.parametrize(
    "num, names, abbrs",
    [
        (1, ["januari"], ["jan"]),
        (2, ["februari", "pebruari"], ["feb", "peb"]),
        (3, ["maret"], ["mar"]),
        (4, ["april"], ["apr"]),
        (5, ["mei"], []),
        (6, ["juni"], ["jun"]),
        (7, ["juli"], ["jul"]),
        (8, ["agustus"], ["agu", "agt"]),
        (9, ["september"], ["sep", "sept"]),
        (10, ["oktober"], ["okt"]),
        (11, ["november", "nopember"], ["nov", "nop"]),
        (12, ["desember"], ["des"]),
    ],
)
def test_month_names_and_abbreviations(num, names, abbrs):
    lex = load_date_lexicon()
    for name in names:
        assert lex.month_names[name] == num
    for abbr in abbrs:
        assert lex.month_abbr[abbr] == num


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def test_abbreviations_are_shortenings_of_a_name():
    # "agt" of "agustus", "mrt" of "maret": same first letter, letters in order
    for entry in RAW["months"].values():
        for abbr in entry["abbr"]:
            assert any(name[0] == abbr[0] and _subsequence(abbr, name) for name in entry["names"]), abbr


def test_seven_weekdays_monday_first():
    lex = load_date_lexicon()
    assert sorted(int(k) for k in RAW["weekdays"]) == list(range(7))
    assert lex.weekdays["senin"] == 0
    assert lex.weekdays["jumat"] == 4
    assert lex.weekdays["minggu"] == lex.weekdays["ahad"] == 6


@pytest.mark.parametrize("key, word", list(all_words()))
def test_every_entry_is_lowercase_and_trimmed(key, word):
    assert word == word.lower(), key
    assert word == word.strip() and "  " not in word, key
    assert word, key


def test_no_duplicates_within_a_list():
    seen: dict[str, set] = {}
    for key, word in all_words():
        group = key.split(".")[0]
        assert word not in seen.setdefault(key, set()), (key, word)
        seen[key].add(word)
        if group in {"months", "weekdays"}:
            seen.setdefault(group, set())


def test_month_and_weekday_words_are_unique_across_entries():
    month_words = [w for e in RAW["months"].values() for w in e["names"] + e["abbr"] + e.get("english", [])]
    weekday_words = [w for ws in RAW["weekdays"].values() for w in ws]
    assert len(month_words) == len(set(month_words))
    assert len(weekday_words) == len(set(weekday_words))
    assert not set(month_words) & set(weekday_words)


def test_relative_words_have_numeric_offsets():
    for word, offset in RAW["day_words"].items():
        assert isinstance(offset, int), word
    assert RAW["day_words"]["kemarin"] == -1
    assert RAW["day_words"]["besok"] == 1
    assert set(RAW["units"].values()) == {"day", "week", "month", "year"}
    assert RAW["directions"]["lalu"] == -1 and RAW["directions"]["depan"] == 1
    assert [RAW["number_words"][w] for w in ("satu", "dua", "sepuluh")] == [1, 2, 10]


def test_required_word_lists_present():
    lex = load_date_lexicon()
    for key in (
        "range_connectives",
        "open_starts",
        "open_ends",
        "year_prefixes",
        "year_suffixes",
        "time_of_day",
        "repeat_words",
        "count_nouns",
        "published_labels",
        "updated_labels",
    ):
        assert lex.words(key), key
    assert "hingga" in lex.words("range_connectives")
    assert "sejak" in lex.words("open_starts")
    assert "sekarang" in lex.words("open_ends")


def test_words_are_plain_tokens():
    # the grammar escapes every word; still, no entry should smuggle in regex syntax
    for key, word in all_words():
        assert not re.search(r"[\\()\[\]{}*+?|^$]", word), (key, word)


def test_parse_is_pure():
    assert parse_lexicon(load_raw()) == load_date_lexicon()
