#!/usr/bin/env python3
"""Where extraction spends its time: milliseconds per article for each stage of `extract_article`, in
one process.

    .venv/bin/python benchmarks/stages.py              # the first 1,000 articles of bench-out/corpus-10000
    .venv/bin/python benchmarks/stages.py --articles 300 --folder seeds

Each stage function is wrapped with a timer (generators are drained inside the timer); the articles are
extracted twice, so the first line is cold (new words, empty caches, as in `kabar extract`; the pipeline and
the word indexes are built before) and the second warm.
`make bench` makes the corpus; any folder of .txt articles will do.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

STAGES = [
    "read_frame",
    "scan_dates",
    "find_published",
    "infer_anchor",
    "parse",
    "find_places",
    "find_titles",
    "find_orgs",
    "find_persons",
    "find_dates",
    "build_record",
]


def timed(module, name: str, totals: dict[str, float]) -> None:
    """Replace `module.name` by a version that adds its wall time to totals[name]."""
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = original(*args, **kwargs)
        if type(result).__name__ == "generator":
            result = list(result)
        totals[name] += time.perf_counter() - start
        return result

    setattr(module, name, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", default=str(ROOT / "bench-out" / "corpus-10000"))
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()

    import kabar_cli.extract as extract
    from kabar_cli.ingest import read_article
    from kabar_cli.records import RawArticle

    # the pipeline and the word indexes are built once, outside the timing
    extract.extract_article(
        RawArticle(
            id="-",
            path="-",
            sha256="",
            text="Bupati Banyuwangi Ipuk meresmikan Pasar Genteng, Rabu (4/9/2024).",
        )
    )
    paths = sorted(Path(args.folder).glob("*.txt"))[: args.articles]
    if not paths:
        sys.exit(f"no .txt articles in {args.folder} (make bench builds bench-out/corpus-10000)")
    raws = [read_article(path) for path in paths]
    totals: dict[str, float] = defaultdict(float)
    for name in STAGES:
        timed(extract, name, totals)
    for label in ("cold", "warm"):
        totals.clear()
        start = time.perf_counter()
        for raw in raws:
            extract.extract_article(raw)
        whole = (time.perf_counter() - start) / len(raws) * 1000
        stages = "  ".join(
            f"{name} {seconds / len(raws) * 1000:.3f}"
            for name, seconds in sorted(totals.items(), key=lambda item: -item[1])
        )
        print(f"{label}: {whole:.3f} ms/article  ({stages})")


if __name__ == "__main__":
    main()
