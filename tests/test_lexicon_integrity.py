"""The lexicon is the one home of kabar's language data: every key of its files is read by the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kabar_cli"
LEXICON = SRC / "lexicon"


def _code() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in SRC.rglob("*.py"))


def _keys(data: object, prefix: str = "") -> list[str]:
    """Every key of a JSON document that names data (keys opening with '_' are comments), nested ones too,
    but the keys of a table whose keys are themselves data (words, abbreviations: values of one kind)."""
    if not isinstance(data, dict):
        return []
    keys = []
    for key, value in data.items():
        if key.startswith("_"):
            continue
        keys.append(key)
        if isinstance(value, dict) and not _is_table(value):
            keys += _keys(value)
    return keys


def _is_table(value: dict) -> bool:
    """A mapping of words to values ('Sekda' -> 'Sekretaris Daerah', 'satu' -> 1), not of named fields."""
    entries = {k: v for k, v in value.items() if not k.startswith("_")}
    scalars = all(
        isinstance(v, (str, int, float)) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        for v in entries.values()
    )
    return scalars or not all(re.fullmatch(r"[a-z_]+", key) for key in entries)


@pytest.mark.parametrize("name", sorted(p.name for p in LEXICON.glob("*.json")))
def test_every_lexicon_key_is_read_by_the_code(name: str) -> None:
    code = _code()
    data = json.loads((LEXICON / name).read_text(encoding="utf-8"))
    unread = [key for key in _keys(data) if f'"{key}"' not in code and f"'{key}'" not in code]
    assert not unread, f"{name}: keys no module reads: {unread}"
