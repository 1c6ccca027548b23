#!/usr/bin/env python3
"""Benchmark kabar's date normaliser against dateparser's ``search_dates`` on gold articles.

    .venv/bin/python benchmarks/bench_dates.py                      # seeds + dev
    .venv/bin/python benchmarks/bench_dates.py --articles A --gold G [--articles A2 --gold G2]
    .venv/bin/python benchmarks/bench_dates.py --misses             # list every wrong date

Both tools get the anchor kabar infers (``find_published`` + ``infer_anchor``); a
dateparser result is given the precision its substring states ("2024" -> year,
"Oktober 2022" -> month, anything with a day number or a relative word -> day).  Dates are
scored like ``score.py``: a gold date is found by span overlap with a predicted mention and
is right when an overlapping mention has the gold value; a value given where the gold says
null is "invented"; a mention overlapping no gold date is "extra".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar_cli.dates import find_dates, find_published, infer_anchor, scan_dates  # noqa: E402
from kabar_cli.lexicon.dates import load_date_lexicon  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT_SETS = [
    (SHARED / "seeds", SHARED / "gold"),
    (SHARED / "corpus/dev/articles", SHARED / "corpus/dev/gold"),
]


@dataclass
class Score:
    """Tallies for one tool on one set of articles."""

    ok: int = 0
    total: int = 0
    found: int = 0
    extra: int = 0
    invented: int = 0
    nulls: int = 0
    pub_ok: int = 0
    anchor_ok: int = 0
    articles: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)


def load_set(articles: Path, gold: Path) -> list[tuple[str, str, dict]]:
    out = []
    for g in sorted(gold.glob("*.json")):
        text_file = articles / f"{g.stem}.txt"
        if text_file.exists():
            out.append(
                (
                    g.stem,
                    text_file.read_text(encoding="utf-8", errors="replace"),
                    json.loads(g.read_text(encoding="utf-8")),
                )
            )
    return out


def gold_span(text: str, d: dict) -> tuple[int, int]:
    start = -1
    for _ in range(d["occurrence"]):
        start = text.find(d["text"], start + 1)
    return start, start + len(d["text"])


def norm_value(v) -> str | None:
    if v is None:
        return None
    v = str(v).strip()
    return (v[:-1] + "/.." if v.endswith("/") else v) or None


def score_article(score: Score, slug: str, text: str, gold: dict, preds: list[tuple[int, int, str | None]]):
    covered = [False] * len(preds)
    for d in gold["dates"]:
        start, end = gold_span(text, d)
        over = [i for i, (s, e, _) in enumerate(preds) if s < end and e > start]
        for i in over:
            covered[i] = True
        want = norm_value(d["value"])
        got = [preds[i][2] for i in over]
        if want is None:
            score.nulls += 1
            if any(norm_value(v) for v in got):
                score.invented += 1
                score.misses.append(f"{slug}: {d['text']!r} want null got {got}")
            continue
        score.total += 1
        score.found += bool(over)
        if want in {norm_value(v) for v in got}:
            score.ok += 1
        else:
            score.misses.append(f"{slug}: {d['text']!r} want {want} got {got}")
    for (s, e, v), hit in zip(preds, covered, strict=True):
        if not hit:
            score.extra += 1
            score.misses.append(f"{slug}: extra {text[s:e]!r} = {v}")


def run_kabar(text: str):
    scanned = scan_dates(text)
    published = find_published(text, scanned)
    anchor, _source = infer_anchor(text, published, scanned)
    preds = [(m.start, m.end, m.value) for m in find_dates(text, anchor, scanned)]
    return published, anchor, preds


def run_dateparser(text: str, anchor: dt.date | None, search_dates):
    settings = {"RELATIVE_BASE": dt.datetime.combine(anchor, dt.time())} if anchor else {}
    found = search_dates(text, languages=["id"], settings=settings) or []
    preds, pos = [], 0
    for sub, when in found:
        start = text.find(sub, pos)
        if start < 0:
            start = text.find(sub)
        if start < 0:
            continue
        pos = start + len(sub)
        preds.append((start, start + len(sub), dateparser_value(sub, when)))
    return preds


def dateparser_value(sub: str, when: dt.datetime) -> str:
    """The value at the precision the substring states: '2024' -> year, 'Oktober 2022' -> month."""
    numbers = re.findall(r"\d+", sub)
    if not numbers or any(len(n) <= 2 for n in numbers):
        return when.date().isoformat()
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", sub)}
    if words & set(load_date_lexicon().months):
        return f"{when.year:04d}-{when.month:02d}"
    return f"{when.year:04d}"


def bench_set(articles: list[tuple[str, str, dict]]) -> tuple[Score, Score]:
    from dateparser.search import search_dates

    search_dates("Rabu, 4 September 2024", languages=["id"])  # warm up both tools
    run_kabar("Rabu, 4 September 2024")
    kabar, dp = Score(), Score()
    anchors = {}
    t0 = time.perf_counter()
    rounds = 0
    while rounds < 1 or time.perf_counter() - t0 < 0.5:
        for slug, text, _gold in articles:
            anchors[slug] = run_kabar(text)
        rounds += 1
    kabar.seconds = (time.perf_counter() - t0) / rounds
    for slug, text, gold in articles:
        published, anchor, preds = anchors[slug]
        kabar.articles += 1
        pub_hit = str(published) == str(gold.get("published"))
        anchor_hit = str(anchor) == str(gold.get("anchor_date"))
        kabar.pub_ok += pub_hit
        kabar.anchor_ok += anchor_hit
        if not pub_hit:
            kabar.misses.append(f"{slug}: published want {gold.get('published')} got {published}")
        if not anchor_hit:
            kabar.misses.append(f"{slug}: anchor want {gold.get('anchor_date')} got {anchor}")
        score_article(kabar, slug, text, gold, preds)
        t1 = time.perf_counter()
        dpreds = run_dateparser(text, anchor, search_dates)
        dp.seconds += time.perf_counter() - t1
        dp.articles += 1
        score_article(dp, slug, text, gold, dpreds)
    return kabar, dp


def row(name: str, tool: str, s: Score) -> str:
    acc = s.ok / s.total if s.total else 0.0
    rate = s.articles / s.seconds if s.seconds else float("inf")
    pub = f"{s.pub_ok}/{s.articles}" if tool == "kabar" else "-"
    anc = f"{s.anchor_ok}/{s.articles}" if tool == "kabar" else "-"
    return (
        f"{name:<10} {tool:<11} {acc:>6.3f} {s.ok:>4}/{s.total:<4} {s.found:>4} {s.extra:>5} "
        f"{s.invented:>3}/{s.nulls:<3} {pub:>7} {anc:>7} {rate:>10.1f}"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, action="append", default=[])
    ap.add_argument("--gold", type=Path, action="append", default=[])
    ap.add_argument("--misses", action="store_true", help="list every wrong, missing or extra date")
    args = ap.parse_args(argv)
    if len(args.articles) != len(args.gold):
        ap.error("give one --gold per --articles")
    sets = list(zip(args.articles, args.gold, strict=True)) or DEFAULT_SETS
    print(
        f"{'set':<10} {'tool':<11} {'acc':>6} {'ok/total':>9} {'found':>4} {'extra':>5} "
        f"{'invented':>7} {'pub':>7} {'anchor':>7} {'articles/s':>10}"
    )
    for articles_dir, gold_dir in sets:
        name = articles_dir.parent.name if articles_dir.name == "articles" else articles_dir.name
        kabar, dp = bench_set(load_set(articles_dir, gold_dir))
        print(row(name, "kabar", kabar))
        print(row(name, "dateparser", dp))
        ratio = (
            (kabar.articles / kabar.seconds) / (dp.articles / dp.seconds)
            if dp.seconds and kabar.seconds
            else 0
        )
        print(f"{name:<10} speed ratio kabar/dateparser: {ratio:.0f}x")
        if args.misses:
            for line in kabar.misses:
                print(f"  kabar miss  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
