"""The extract and load jobs: discover files, skip unchanged ones, extract the rest and store them in batches.

Articles stream through: files are read one at a time, extraction runs in this process, in `jobs` worker
processes or on a Dask cluster (kabar_cli.parallel) with only a few batches in flight, and records are
written BATCH articles per transaction. `jsonl_out` writes the records to a JSONL file instead of the store;
`load_jsonl` stores such files, so shards extracted anywhere merge into one store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kabar_cli.ingest import ArticleIds, Skipped, discover, read_article
from kabar_cli.store import open_store
from kabar_cli.store.write import rebuild_entities_if_stale, save_rows, stored_hashes, stored_paths

BATCH = 200  # articles per write transaction


@dataclass
class Summary:
    articles: int = 0
    unchanged: int = 0
    persons: int = 0
    facts: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def extract_paths(
    paths: Iterable[str | Path],
    db: str | Path | None,
    on_file: Callable[[str, int], None] = lambda path, total: None,
    jobs: int = 1,
    dask=None,
    jsonl_out: str | Path | None = None,
) -> Summary:
    """Extract every article under `paths` into the store at `db` (or into the JSONL file `jsonl_out`);
    `on_file` is told of each file as it is read. Unchanged articles (same content hash) are not re-parsed."""
    from kabar_cli.parallel import (
        Failed,
        run,
    )  # spaCy loads in whichever process extracts, never for read commands

    resolved: dict[str, str] = {}
    found = list(discover(paths, resolved))
    files = [f for f in found if isinstance(f, Path)]
    summary = Summary(skipped=[f for f in found if isinstance(f, Skipped)])
    conn = None if jsonl_out else open_store(db, create=True)
    known = stored_hashes(conn) if conn is not None else {}
    ids = ArticleIds(
        stored_paths(conn) if conn is not None else {}, resolved
    )  # a stem another path holds gets 'stem~<sha1>'

    def changed() -> Iterator:
        for path in files:
            on_file(str(path), len(files))
            raw = read_article(path, ids.id_for(path))
            if isinstance(raw, Skipped):
                summary.skipped.append(raw)
            elif known.get(raw.id) == raw.sha256:
                summary.unchanged += 1
            else:
                yield raw

    out = open(jsonl_out, "w", encoding="utf-8") if jsonl_out else None
    try:
        batch: list = []
        for outcome in run(changed(), jobs=jobs, dask=dask, as_json=out is not None):
            if isinstance(outcome, Failed):
                summary.skipped.append(Skipped(outcome.path, outcome.reason))
                continue
            summary.articles += 1
            summary.persons += outcome.persons
            summary.facts += outcome.facts
            if out is not None:
                assert isinstance(outcome.payload, str)  # as_json: the article's JSON line
                out.write(outcome.payload + "\n")
                continue
            # no jsonl_out: rows for the store
            assert conn is not None and not isinstance(outcome.payload, str)
            batch.append(outcome.payload)
            if len(batch) >= BATCH:
                save_rows(conn, batch)
                batch = []
        if conn is not None:
            save_rows(conn, batch)
            rebuild_entities_if_stale(conn)
    finally:
        if out is not None:
            out.close()
        if conn is not None:
            conn.close()
    return summary


def load_jsonl(
    files: Iterable[str | Path], db: str | Path | None, on_line: Callable[[str], None] = lambda source: None
) -> Summary:
    """Store the records of JSONL files written by `extract --jsonl-out`; an article already stored with the
    same content hash is left alone, a changed one replaces its rows."""
    from kabar_cli.errors import UsageError
    from kabar_cli.records import ArticleRecord
    from kabar_cli.store.write import record_rows

    summary = Summary()
    conn = open_store(db, create=True)
    known = stored_hashes(conn)
    try:
        batch: list = []
        for name in files:
            path = Path(name)
            if not path.is_file():
                raise UsageError(f"no such file: {path}")
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if not line.strip():
                        continue
                    on_line(f"{path}:{number}")
                    try:
                        data = json.loads(line)
                        record = ArticleRecord.model_validate(data["record"])
                        text = data["text"]
                    except (ValueError, KeyError, TypeError) as exc:
                        summary.skipped.append(
                            Skipped(f"{path}:{number}", f"not a kabar record ({str(exc).splitlines()[0]})")
                        )
                        continue
                    if known.get(record.article.id) == record.article.sha256:
                        summary.unchanged += 1
                        continue
                    known[record.article.id] = record.article.sha256
                    summary.articles += 1
                    summary.persons += len({m.entity for m in record.mentions if m.label == "PERSON"})
                    summary.facts += len(record.facts)
                    batch.append(record_rows(record, text))
                    if len(batch) >= BATCH:
                        save_rows(conn, batch)
                        batch = []
        save_rows(conn, batch)
        rebuild_entities_if_stale(conn)
    finally:
        conn.close()
    return summary
