"""The one output layer: JSON documents, JSON lines and Rich tables for every read command.

List commands stream: `emit` takes any iterable of models or plain dicts and writes each item as it comes,
so `kabar articles --json | head` prints before the last row is read. `--json` is still one JSON array
(formatted as `json.dumps(list, indent=2)` would), non-ASCII is kept as written."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring  # json's C string encoder (ensure_ascii=False)
from typing import Any


def as_data(item: Any) -> Any:
    """Plain JSON-ready data from a view (a dataclass), a pydantic record, a list of them, or plain data."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    if hasattr(item, "model_dump"):
        return item.model_dump(mode="json")
    if isinstance(item, (list, tuple)):
        return [as_data(x) for x in item]
    return item


def emit_json(data: Any) -> None:
    """One JSON document on stdout, non-ASCII kept as written."""
    sys.stdout.write(dumps_indented(as_data(data)) + "\n")


def emit_json_stream(items: Iterable[Any]) -> None:
    """One JSON array on stdout, written item by item (the same text `emit_json(list(items))` writes)."""
    out = sys.stdout
    first = True
    for item in items:
        out.write(("[\n  " if first else ",\n  ") + dumps_indented(as_data(item), 1))
        first = False
    out.write("[]\n" if first else "\n]\n")


def dumps_indented(data: Any, level: int = 0) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, as nested `level` deep. json's C encoder only
    runs without `indent` (a 20,000-event timeline spent most of its time in the pure-Python one): strings
    go to its C string encoder here and the layout is written around them."""
    parts: list[str] = []
    _dump(data, level, parts.append)
    return "".join(parts)


def _dump(value: Any, level: int, out: Callable[[str], None]) -> None:
    if isinstance(value, str):
        out(encode_basestring(value))
    elif value is None or value is True or value is False:
        out("null" if value is None else "true" if value else "false")
    elif isinstance(value, int):
        out(int.__repr__(value))
    elif isinstance(value, dict) and value and all(isinstance(key, str) for key in value):
        inner = "\n" + "  " * (level + 1)
        out("{")
        for k, (key, item) in enumerate(value.items()):
            out(("," if k else "") + inner + encode_basestring(key) + ": ")
            _dump(item, level + 1, out)
        out("\n" + "  " * level + "}")
    elif isinstance(value, (list, tuple)) and value:
        inner = "\n" + "  " * (level + 1)
        out("[")
        for k, item in enumerate(value):
            out(("," if k else "") + inner)
            _dump(item, level + 1, out)
        out("\n" + "  " * level + "]")
    else:  # floats, empty containers, other keys: json itself (its errors too), indented to this level
        out(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level))


def emit_jsonl(items: Iterable[Any]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(as_data(item), ensure_ascii=False) + "\n")


def emit_table(rows: Iterable[Any], columns: Sequence[str], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        data = as_data(row)
        table.add_row(*(_cell(data.get(c)) for c in columns))
    Console().print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return (
            value.get("sentence", "")[:80] if "sentence" in value else json.dumps(value, ensure_ascii=False)
        )
    return str(value)


def emit(
    rows: Iterable[Any], columns: Sequence[str], as_json: bool, as_jsonl: bool, title: str | None = None
) -> None:
    """A list the way the user asked for it: --json (one array), --jsonl, or a table; rows may be a
    generator."""
    if as_json:
        emit_json_stream(rows)
    elif as_jsonl:
        emit_jsonl(rows)
    else:
        emit_table(rows, columns, title)
