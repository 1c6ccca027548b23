"""Integrity of the date rule table (src/kabar_cli/dates/rules.py): each row complete, every name it
holds (word class, need, filter, resolver) real, every example read by its own rule, and every key of
dates.json read by the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kabar_cli.dates import rules as R
from kabar_cli.dates.grammar import WORD_CLASS, lower_same_length, rules
from kabar_cli.dates.resolve import RESOLVERS
from kabar_cli.dates.scan import CHECKS, scan_dates
from kabar_cli.lexicon.dates import MAPPING_KEYS, load_raw

ROWS = {rule.name: rule for rule in R.RULES}
EXAMPLES = [(rule.name, example) for rule in R.RULES for example in rule.example.split(" · ")]


def test_rule_names_are_unique() -> None:
    assert len(ROWS) == len(R.RULES)


@pytest.mark.parametrize("name", ROWS)
def test_each_row_is_complete(name: str) -> None:
    rule = ROWS[name]
    assert rule.example and rule.template and rule.openers, name
    assert all(opener == R.DIGIT or opener in R.WORD_CLASSES for opener in rule.openers), name
    assert rule.near in (R.NEAR_DIGITS, R.NEAR_KEYWORDS, *R.KEYWORD_FAMILIES), name
    assert rule.family in RESOLVERS, name
    assert rule.check is None or rule.check in CHECKS, name
    assert rule.need is None or rule.need in R.NEEDS, name
    assert rule.join_precision in (None, "day", "month", "year"), name
    assert rule.join_precision or not rule.join_needs_year, name


def test_every_word_class_is_real_and_used() -> None:
    templates = [rule.template for rule in R.RULES] + [need.template for need in R.NEEDS.values()]
    used = {m.group(1) for template in templates for m in WORD_CLASS.finditer(template)}
    used |= {opener for rule in R.RULES for opener in rule.openers if opener != R.DIGIT}
    assert used == set(R.WORD_CLASSES)
    keys = set(load_raw())
    assert set(R.WORD_CLASSES.values()) <= keys


def test_every_need_filter_and_resolver_is_used() -> None:
    assert {rule.need for rule in R.RULES} - {None} == set(R.NEEDS)
    assert {rule.check for rule in R.RULES} - {None} == set(CHECKS)
    assert {rule.family for rule in R.RULES} == set(RESOLVERS)


def test_compiled_rules_follow_the_table() -> None:
    assert [(rule.name, rule.priority, rule.needs) for rule in rules()] == [
        (row.name, priority, row.need) for priority, row in enumerate(R.RULES)
    ]


@pytest.mark.parametrize("name, example", EXAMPLES)
def test_each_example_is_read_by_its_rule(name: str, example: str) -> None:
    compiled = next(rule for rule in rules() if rule.name == name)
    assert compiled.pattern.search(lower_same_length(example)), example
    assert name in {raw.rule.name for raw in scan_dates(example)}, example


def test_every_key_of_dates_json_is_read_by_the_code() -> None:
    src = Path(R.__file__).parent
    code = "\n".join(
        p.read_text(encoding="utf-8") for p in [*src.glob("*.py"), src.parent / "lexicon/dates.py"]
    )
    keys = [key for key in load_raw() if not key.startswith("_")]
    unread = [key for key in keys if not re.search(rf"[\"']{key}[\"']", code)]
    assert not unread
    assert set(MAPPING_KEYS) <= set(keys)


def test_one_scan_handed_to_the_readers_gives_what_each_finds_alone() -> None:
    import datetime as dt

    from kabar_cli.dates import find_dates, find_published, infer_anchor

    text = "Banyuwangi\n\nJumat, 11 Maret 2022\n\nBupati Ipuk, Rabu (9/3), meresmikan pasar sejak 2016."
    scanned = scan_dates(text)
    assert find_published(text, scanned) == find_published(text) == dt.date(2022, 3, 11)
    assert infer_anchor(text, None, scanned) == infer_anchor(text, None)
    assert find_dates(text, dt.date(2022, 3, 11), scanned) == find_dates(text, dt.date(2022, 3, 11))


@pytest.mark.parametrize("name, example", EXAMPLES)
def test_each_example_resolves_to_a_typed_result(name: str, example: str) -> None:
    import datetime as dt

    from kabar_cli.dates.model import KINDS, Context, Resolved
    from kabar_cli.dates.resolve import value_of

    ctx = Context(anchor=dt.date(2024, 9, 4))
    for raw in scan_dates(example):
        res = value_of(raw, ctx)
        assert res is None or (isinstance(res, Resolved) and res.kind in KINDS), (example, res)


def test_the_scan_is_not_cached_on_the_text() -> None:
    assert not hasattr(scan_dates, "cache_info")  # one scan per article is handed along instead
