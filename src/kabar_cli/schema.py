"""JSON Schema of every read command's `--json` output, generated from the pydantic views."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, TypeAdapter

from kabar_cli.errors import NotFound
from kabar_cli.views import (ArticleRow, ArticleView, EntityRow, Event, FactRow, MentionRow, Profile, QuoteRow,
                             SearchHit)

#: command -> (model, whether --json prints a list of it)
OUTPUTS: dict[str, tuple[type[BaseModel], bool]] = {
    "articles": (ArticleRow, True),
    "mentions": (MentionRow, True),
    "facts": (FactRow, True),
    "who": (Profile, False),
    "timeline": (Event, True),
    "quotes": (QuoteRow, True),
    "entities": (EntityRow, True),
    "search": (SearchHit, True),
    "show": (ArticleView, False),
}


def schema(command: str) -> dict[str, Any]:
    """The JSON Schema of `kabar COMMAND --json` (with --jsonl each line is one item of a list schema)."""
    if command not in OUTPUTS:
        raise NotFound(f"no command '{command}' with JSON output (one of: {', '.join(OUTPUTS)})")
    model, is_list = OUTPUTS[command]
    document = TypeAdapter(list[model] if is_list else model).json_schema()
    document["title"] = f"kabar {command} --json"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **document}


def schemas() -> dict[str, dict[str, Any]]:
    return {command: schema(command) for command in OUTPUTS}
