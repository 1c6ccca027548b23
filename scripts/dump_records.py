#!/usr/bin/env python3
"""Extract articles and write one ArticleRecord per line, for comparing two versions of the code byte for byte.

    .venv/bin/python scripts/dump_records.py OUT.jsonl seeds ../shared/corpus/dev/articles ...

A refactor should leave OUT.jsonl identical (`cmp old.jsonl new.jsonl`); a rule change shows in `diff`.
"""

from __future__ import annotations

import sys

from kabar_cli.extract import extract_article
from kabar_cli.ingest import Skipped, discover, read_article


def main(out: str, folders: list[str]) -> None:
    with open(out, "w", encoding="utf-8") as sink:
        for path in sorted(p for p in discover(folders) if not isinstance(p, Skipped)):
            raw = read_article(path, path.name)
            if not isinstance(raw, Skipped):
                sink.write(extract_article(raw).model_dump_json() + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
