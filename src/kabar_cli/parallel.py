"""Running extraction on batches of articles: in this process, in a pool of processes, or on a Dask cluster.

Workers turn a batch of RawArticles into outcomes (plain tuples, cheap to send back); the caller writes them.
Every runner keeps only a few batches in flight and yields outcomes in input order, so memory stays flat
whatever the corpus size and the store ends up the same however the work was spread.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from kabar_cli.records import RawArticle

if TYPE_CHECKING:
    from kabar_cli.store.write import ArticleRows

TASK_SIZE = 16  # articles per task sent to a worker


class Extracted(NamedTuple):
    """One article done: `payload` is its store rows, or its JSON line when extracting to JSONL."""

    id: str
    payload: str | ArticleRows
    persons: int
    facts: int


class Failed(NamedTuple):
    path: str
    reason: str


Outcome = Extracted | Failed


def _warm() -> None:
    from kabar_cli.nlp import build_nlp

    build_nlp()


def jsonl_line(record, text: str) -> str:
    """One article as a JSONL line: {"record": ArticleRecord, "text": the stored text}."""
    return f'{{"record": {record.model_dump_json()}, "text": {json.dumps(text, ensure_ascii=False)}}}'


def extract_batch(raws: list[RawArticle], as_json: bool = False) -> list[Outcome]:
    """Extract each article; a failing article becomes a Failed outcome and never loses the batch."""
    from kabar_cli.extract import extract_article
    from kabar_cli.store.write import record_rows

    out: list[Outcome] = []
    for raw in raws:
        try:
            record = extract_article(raw)
        except Exception as exc:  # one bad article never loses the run
            out.append(Failed(raw.path, f"extraction failed: {exc}"))
            continue
        payload = jsonl_line(record, raw.text) if as_json else record_rows(record, raw.text)
        persons = len({m.entity for m in record.mentions if m.label == "PERSON"})
        out.append(Extracted(raw.id, payload, persons, len(record.facts)))
    return out


def chunked(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_local(raws: Iterable[RawArticle], as_json: bool = False) -> Iterator[Outcome]:
    for batch in chunked(raws, TASK_SIZE):
        yield from extract_batch(batch, as_json)


def run_pool(raws: Iterable[RawArticle], jobs: int, as_json: bool = False) -> Iterator[Outcome]:
    """`jobs` worker processes (forkserver: safe beside the progress bar's thread), each loading spaCy
    once."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["kabar_cli.extract"])
    with ctx.Pool(jobs, initializer=_warm) as pool:
        pending: deque = deque()
        for batch in chunked(raws, TASK_SIZE):
            pending.append(pool.apply_async(extract_batch, (batch, as_json)))
            while len(pending) >= 3 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def run_dask(raws: Iterable[RawArticle], address, as_json: bool = False) -> Iterator[Outcome]:
    """Batches go to the Dask cluster at `address` (a scheduler address, 'local' for a LocalCluster on this
    machine, or a distributed.Client); results come back in order and are written by the caller."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        from kabar_cli.errors import UsageError

        raise UsageError("--dask needs the dask extra: pip install 'kabar-cli[dask]'") from exc
    cluster = None
    if isinstance(address, Client):
        client, own = address, False
    elif address == "local":
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True)
        client, own = Client(cluster), True
    else:
        client, own = Client(address), True
    try:
        slots = max(1, sum(client.nthreads().values()))
        pending: deque = deque()
        for batch in chunked(raws, TASK_SIZE):
            pending.append(client.submit(extract_batch, batch, as_json, pure=False))
            while len(pending) >= 3 * slots:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if own:
            client.close()
        if cluster is not None:
            cluster.close()


def run(raws: Iterable[RawArticle], jobs: int = 1, dask=None, as_json: bool = False) -> Iterator[Outcome]:
    if dask is not None:
        return run_dask(raws, dask, as_json)
    if jobs > 1:
        return run_pool(raws, jobs, as_json)
    return run_local(raws, as_json)
