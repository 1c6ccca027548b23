"""The extract job: discover files, skip unchanged ones, extract the rest and store them in batches."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kabar_cli.ingest import Skipped, discover, read_article
from kabar_cli.store import open_store
from kabar_cli.store.entities import rebuild_entities
from kabar_cli.store.write import save_articles, stored_hashes

BATCH = 50


@dataclass
class Summary:
    articles: int = 0
    unchanged: int = 0
    persons: int = 0
    facts: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def extract_paths(paths: Iterable[str | Path], db: str | Path | None,
                  on_file: Callable[[str, int], None] = lambda path, total: None) -> Summary:
    """Extract every article under `paths` into the store at `db`; `on_file` is told of each file as it goes."""
    from kabar_cli.extract import extract_article  # spaCy loads here, never for read commands

    found = list(discover(paths))
    files = [f for f in found if isinstance(f, Path)]
    summary = Summary(skipped=[f for f in found if isinstance(f, Skipped)])
    conn = open_store(db, create=True)
    known = stored_hashes(conn)
    batch: list = []
    for path in files:
        on_file(str(path), len(files))
        raw = read_article(path)
        if isinstance(raw, Skipped):
            summary.skipped.append(raw)
            continue
        if known.get(raw.id) == raw.sha256:
            summary.unchanged += 1
            continue
        try:
            record = extract_article(raw)
        except Exception as exc:  # one bad article never loses the run
            summary.skipped.append(Skipped(str(path), f"extraction failed: {exc}"))
            continue
        batch.append((record, raw.text))
        summary.articles += 1
        summary.persons += len({m.entity for m in record.mentions if m.label == "PERSON"})
        summary.facts += len(record.facts)
        if len(batch) >= BATCH:
            save_articles(conn, batch)
            batch = []
    save_articles(conn, batch)
    conn.execute("BEGIN IMMEDIATE")
    rebuild_entities(conn)
    conn.execute("COMMIT")
    conn.close()
    return summary
