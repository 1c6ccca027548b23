"""Scale: --jobs, --dask and --jsonl-out + load give the same store as a plain run; re-runs skip;
queries stay light."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kabar_cli.run import extract_paths, load_jsonl

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every stored row that extraction decides, without row ids or timestamps."""
    with sqlite3.connect(db) as conn:
        return {
            "articles": conn.execute(
                "SELECT id, path, sha256, outlet, headline, published, anchor, anchor_source, chars, text "
                "FROM articles ORDER BY id"
            ).fetchall(),
            "sentences": conn.execute("SELECT * FROM sentences ORDER BY article, idx").fetchall(),
            "mentions": conn.execute(
                'SELECT article, label, text, start, "end", sentence, value, entity FROM mentions '
                'ORDER BY article, start, "end", label, entity'
            ).fetchall(),
            "facts": conn.execute(
                'SELECT article, predicate, subject, object, "of", status, start, "end", place, ev_sentence, '
                "ev_start, ev_end FROM facts ORDER BY article, ev_start, predicate, subject, object"
            ).fetchall(),
            "entities": conn.execute("SELECT label, name FROM entities ORDER BY label, name").fetchall(),
        }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("korpus")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    summary = extract_paths([corpus], db)
    assert summary.articles == 5 and not summary.skipped
    return dump(db)


def test_jobs_two_equals_one(corpus: Path, tmp_path: Path, reference: dict) -> None:
    db = tmp_path / "j2.db"
    summary = extract_paths([corpus], db, jobs=2)
    assert (summary.articles, summary.skipped) == (5, [])
    assert dump(db) == reference


def test_jsonl_shards_load_into_one_store(corpus: Path, tmp_path: Path, reference: dict) -> None:
    files = sorted(corpus.glob("*.txt"))
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    extract_paths(files[:2], None, jsonl_out=first)
    extract_paths(files[2:], None, jsonl_out=second, jobs=2)
    assert len(first.read_text(encoding="utf-8").splitlines()) == 2
    db = tmp_path / "merged.db"
    assert load_jsonl([second, first], db).articles == 5
    assert dump(db) == reference
    again = load_jsonl([first, second], db)
    assert (again.articles, again.unchanged) == (0, 5)


def test_load_reports_bad_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"record": {}}\nnot json\n\n', encoding="utf-8")
    summary = load_jsonl([bad], tmp_path / "x.db")
    assert summary.articles == 0 and len(summary.skipped) == 2


def test_rerun_skips_unchanged_and_entities_survive_an_interrupted_run(
    corpus: Path, tmp_path: Path, reference: dict
) -> None:
    db = tmp_path / "k.db"
    extract_paths([corpus], db)
    with sqlite3.connect(db) as conn:  # as if the run had stopped after its last batch, before the entities
        conn.execute("DELETE FROM aliases")
        conn.execute("DELETE FROM entities")
        conn.execute("PRAGMA user_version = 1")
    summary = extract_paths([corpus], db)
    assert (summary.articles, summary.unchanged) == (0, 5)
    assert dump(db) == reference


def test_dask_local_cluster_equals_local_run(corpus: Path, tmp_path: Path, reference: dict) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        db = tmp_path / "dask.db"
        summary = extract_paths([corpus], db, dask=client)
        assert (summary.articles, summary.skipped) == (5, [])
        assert dump(db) == reference
        shard = tmp_path / "dask.jsonl"
        extract_paths([corpus], None, dask=cluster.scheduler_address, jsonl_out=shard)
        assert len(shard.read_text(encoding="utf-8").splitlines()) == 5


def test_query_commands_import_neither_spacy_nor_dateparser() -> None:
    code = (
        "import sys; from kabar_cli import cli, query, render; from kabar_cli.store import read; "
        "print(sorted(m for m in ('spacy', 'dateparser', 'kabar_cli.nlp', 'kabar_cli.extract') "
        "if m in sys.modules))"
    )
    assert subprocess.check_output([sys.executable, "-c", code], text=True).strip() == "[]"


def test_threads_extracting_at_once_get_the_records_of_one_at_a_time() -> None:
    """Dask workers may run several extraction threads in one process: the per-Doc caches of extract.tokens
    must never hand one thread another article's tokens."""
    from concurrent.futures import ThreadPoolExecutor

    from kabar_cli.extract import extract_article
    from kabar_cli.ingest import read_article

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    raws = [read_article(path) for path in seeds] * 4
    alone = [extract_article(raw).model_dump_json() for raw in raws]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can: a race shows at once
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(lambda raw: extract_article(raw).model_dump_json(), raws))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone
