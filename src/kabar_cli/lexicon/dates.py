"""Loader for the Indonesian date vocabulary in ``dates.json``.

The JSON file is the single source of language data for :mod:`kabar_cli.dates`:
month names with their abbreviations ("Agustus", "Agu", "Agt"), weekday names
("Jumat", "Jum'at"), relative words ("kemarin", "pekan lalu"), range connectives
("hingga", "s.d.") and the small word lists that tell a year from a count.  The rules of
``kabar_cli/dates/rules.py`` name their word classes by these keys ("MON" is ``months``,
"SAME" is ``same_units``); every key is read by the code (``tests/test_date_rules.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("dates.json")
#: the keys whose JSON value maps words to numbers or units; every other key is a list of words
MAPPING_KEYS = (
    "months",
    "weekdays",
    "day_words",
    "units",
    "directions",
    "anaphoric_directions",
    "number_words",
    "week_ordinals",
)


@dataclass(frozen=True)
class DateLexicon:
    """Typed view of ``dates.json``; every word is lowercase."""

    month_names: dict[str, int]  # full names: "maret" -> 3
    month_abbr: dict[str, int]  # abbreviations: "mrt" -> 3
    month_english: dict[str, int]  # English names a byline may use ("28 October 2025"): "october" -> 10
    weekdays: dict[str, int]  # "jumat" -> 4 (Monday = 0)
    day_words: dict[str, int]  # "kemarin" -> -1
    units: dict[str, str]  # "pekan" -> "week"
    directions: dict[str, int]  # "lalu" -> -1
    anaphoric_directions: dict[str, int]  # from the time the text last named: "sebelumnya" -> -1
    number_words: dict[str, int]  # "dua" -> 2
    week_ordinals: dict[str, int]  # "pekan kedua Maret": "kedua" -> 2, "terakhir" -> -1
    lists: dict[str, tuple[str, ...]]  # every other word list, by its JSON key

    def words(self, key: str) -> tuple[str, ...]:
        """A word list by its JSON key, e.g. ``words("open_starts")``."""
        return self.lists[key]

    def class_words(self, key: str) -> tuple[str, ...]:
        """The words of any key, a mapping's or a list's: ``class_words("units")`` is
        ``("hari", "pekan", "minggu", "bulan", "tahun")``."""
        if key in MAPPING_KEYS:
            return tuple(getattr(self, key))
        return self.words(key)

    @property
    def months(self) -> dict[str, int]:
        """Full names, abbreviations and English names together."""
        return {**self.month_names, **self.month_abbr, **self.month_english}


def _invert(groups: dict[str, list[str]]) -> dict[str, int]:
    """``{"4": ["jumat", "jum'at"]}`` -> ``{"jumat": 4, "jum'at": 4}``."""
    return {word: int(key) for key, words in groups.items() for word in words}


def parse_lexicon(raw: dict) -> DateLexicon:
    """Build a :class:`DateLexicon` from the decoded JSON object."""
    months = raw["months"]
    lists = {k: tuple(v) for k, v in raw.items() if k not in MAPPING_KEYS and isinstance(v, list)}
    return DateLexicon(
        month_names=_invert({k: v["names"] for k, v in months.items()}),
        month_abbr=_invert({k: v["abbr"] for k, v in months.items()}),
        month_english=_invert({k: v.get("english", []) for k, v in months.items()}),
        weekdays=_invert(raw["weekdays"]),
        day_words=dict(raw["day_words"]),
        units=dict(raw["units"]),
        directions=dict(raw["directions"]),
        anaphoric_directions=dict(raw["anaphoric_directions"]),
        number_words=dict(raw["number_words"]),
        week_ordinals=dict(raw["week_ordinals"]),
        lists=lists,
    )


def load_raw(path: Path = DATA_FILE) -> dict:
    """The decoded JSON object, for tests of the data file itself."""
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_date_lexicon() -> DateLexicon:
    """The date lexicon, read once per process."""
    return parse_lexicon(load_raw())
