"""The one output layer: JSON documents, JSON lines and Rich tables for every read command."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table


def as_data(item: Any) -> Any:
    if isinstance(item, BaseModel):
        return item.model_dump(mode="json")
    if isinstance(item, (list, tuple)):
        return [as_data(x) for x in item]
    return item


def emit_json(data: Any) -> None:
    """One JSON document on stdout, non-ASCII kept as written."""
    sys.stdout.write(json.dumps(as_data(data), ensure_ascii=False, indent=2) + "\n")


def emit_jsonl(items: Iterable[Any]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(as_data(item), ensure_ascii=False) + "\n")


def emit_table(rows: Sequence[BaseModel], columns: Sequence[str], title: str | None = None) -> None:
    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        data = row.model_dump(mode="json")
        table.add_row(*(_cell(data.get(c)) for c in columns))
    Console().print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return value.get("sentence", "")[:80] if "sentence" in value else json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(rows: Sequence[BaseModel], columns: Sequence[str], as_json: bool, as_jsonl: bool, title: str | None = None) -> None:
    """A list the way the user asked for it: --json, --jsonl, or a table."""
    if as_json:
        emit_json(list(rows))
    elif as_jsonl:
        emit_jsonl(rows)
    else:
        emit_table(rows, columns, title)
