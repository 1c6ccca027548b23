#!/usr/bin/env python3
"""kabar at scale: extraction speed, memory, re-runs and query latency, printed as one table.

    .venv/bin/python benchmarks/bench.py                    # 10,000 articles, 100,000-article store
    .venv/bin/python benchmarks/bench.py --articles 500 --store 5000   # a quick look

What it does (everything it writes goes under bench-out/, which git ignores):

1. Corpus: `--articles` files made from the seed and dev articles, each with its person names, places
   and years varied (name words from the persons kabar finds in those articles, regency and city names
   from the gazetteer, years shifted), so no cache sees the same text twice.
2. Extraction: `kabar extract --jsonl-out` on that corpus with `--jobs 1` and `--jobs 2`, timed, with peak
   memory (the largest of `os.wait4`'s rusage and the sampled sum over kabar and its workers); words are
   whitespace-separated words. Reference: the spaCy tokenizer alone (`nlp.tokenizer.pipe`) on the same
   texts, kabar's (kabar_cli.lang_id) and the stock `spacy.blank("id")`'s.
3. Re-run: the `--jobs 2` records are stored with `kabar load` (rows, then the entity rebuild), then
   `kabar extract` runs again on the unchanged corpus (content hashes, nothing re-parsed).
4. Pipeline build: `build_nlp()` in a fresh process (spaCy already imported), beside `spacy.blank("id")`;
   the gazetteer's load (`load_gazetteer()`) in a fresh process.
5. A `--store`-article store, built fast: a few hundred varied articles are extracted once, then their rows
   are written again under new ids (`<id>~rNNNN`) straight through the store's writer (`save_rows`), each
   copy with its years shifted (spread over 25 years) and its persons' surnames varied, then entities are
   rebuilt once. It is kept in bench-out/ and reused while its size and kabar's migrations match.
6. Query wall times (best of 5, start-up included) on that store: `kabar who`, `kabar timeline --year 2022`,
   `kabar articles --json | head`, beside `python -c pass`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "bench-out"
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent
KABAR = str(BIN / "kabar")
TEMPLATE_DIRS = [ROOT / "seeds", SHARED / "corpus" / "dev" / "articles"]
YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
SYLLABLES = [
    "ba",
    "di",
    "har",
    "ja",
    "ka",
    "li",
    "ma",
    "ni",
    "pra",
    "ra",
    "sa",
    "su",
    "ta",
    "to",
    "wi",
    "yo",
    "an",
    "gus",
    "man",
    "na",
    "no",
    "ri",
    "ti",
    "wan",
    "yah",
    "dja",
    "ko",
    "lo",
    "mo",
    "ha",
]


# ---------------------------------------------------------------- corpus


def templates() -> list[tuple[str, str]]:
    out = []
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.glob("*.txt")):
            out.append((path.stem, path.read_text(encoding="utf-8", errors="replace")))
    return out


def analyse(items: list[tuple[str, str]]) -> tuple[list[dict], list[str]]:
    """Per template: its person name words and its place names (as written); and the pool of name words."""
    from kabar_cli import lexicon
    from kabar_cli.extract import extract_article
    from kabar_cli.ingest import normalise_text
    from kabar_cli.records import RawArticle

    people = lexicon.people()
    not_names = {
        w.rstrip(".").lower()
        for w in [*people["honorifics"], *people["ranks"], *people["degrees"], *people["particles"]]
    }
    info, pool = [], set()
    for stem, text in items:
        text = normalise_text(text)
        record = extract_article(RawArticle(id=stem, path=stem, text=text, sha256=""))
        words, places = set(), set()
        for m in record.mentions:
            if m.label == "PERSON":
                for w in re.findall(r"[A-Z][a-z]{2,}", m.text):
                    if w.lower() not in not_names:
                        words.add(w)
            elif m.label == "PLACE" and re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)?", m.text):
                places.add(m.text)
        pool |= words
        info.append({"stem": stem, "text": text, "names": sorted(words), "places": sorted(places - words)})
    return info, sorted(pool)


def make_corpus(folder: Path, count: int) -> list[Path]:
    """`count` articles varied from the templates; reused when already there."""
    stamp = folder.with_name(folder.name + ".count")
    if stamp.exists() and stamp.read_text() == str(count):
        return sorted(folder.glob("*.txt"))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    from kabar_cli.lexicon.regions import load_gazetteer

    info, pool = analyse(templates())
    gazetteer = load_gazetteer()
    regions = sorted({r.name for level in ("regency", "city") for r in gazetteer.regions(level)})
    paths = []
    for i in range(count):
        rnd = random.Random(i)
        t = info[i % len(info)]
        swap = {w: rnd.choice(pool) for w in t["names"]}
        swap.update({p: rnd.choice(regions) for p in t["places"]})
        shift = rnd.randint(-8, 3)
        text = t["text"]
        if swap:
            pattern = re.compile(
                r"\b(" + "|".join(re.escape(k) for k in sorted(swap, key=len, reverse=True)) + r")\b"
            )
            text = pattern.sub(lambda m, swap=swap: swap[m.group(1)], text)
        text = YEAR.sub(lambda m, shift=shift: str(int(m.group(1)) + shift), text)
        path = folder / f"{i:05d}_{t['stem'][:40]}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    stamp.write_text(str(count))
    return paths


# ---------------------------------------------------------------- measuring processes


def run_child(args: list[str], shell: bool = False) -> tuple[float, int, int]:
    """Wall seconds, peak memory in MB, exit code. Peak memory: the largest resident set among the child and
    the processes it waited for (`os.wait4`'s rusage), or, when psutil is there, the largest sampled sum over
    the child's whole process tree (kabar and its workers together), whichever is larger."""
    import threading

    start = time.perf_counter()
    proc = subprocess.Popen(
        args,
        shell=shell,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    tree_peak = [0]
    done = threading.Event()

    def sample() -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(proc.pid)
            while not done.wait(0.2):
                total = 0
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                tree_peak[0] = max(tree_peak[0], total)
        except psutil.Error:
            return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, max(usage.ru_maxrss // 1024, tree_peak[0] // (1024 * 1024)), proc.returncode


def best_wall(args, shell: bool = False, times: int = 5) -> tuple[float, int]:
    results = [run_child(args, shell) for _ in range(times)]
    return min(r[0] for r in results), results[-1][2]


def build_times() -> tuple[float, float]:
    code = "import time, spacy\nt = time.perf_counter()\n{body}\nprint(time.perf_counter() - t)"
    ours = [
        float(
            subprocess.check_output(
                [sys.executable, "-c", code.format(body="from kabar_cli.nlp import build_nlp; build_nlp()")]
            )
        )
        for _ in range(3)
    ]
    stock = float(subprocess.check_output([sys.executable, "-c", code.format(body="spacy.blank('id')")]))
    return min(ours), stock


def gazetteer_load() -> float:
    """`load_gazetteer()` in a fresh process (its module imported first), best of three."""
    code = (
        "import time\nfrom kabar_cli.lexicon.regions import load_gazetteer\n"
        "t = time.perf_counter()\nload_gazetteer()\nprint(time.perf_counter() - t)"
    )
    return min(float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(3))


def tokenizer_rate(texts: list[str], words: int) -> tuple[float, float]:
    import spacy

    from kabar_cli.nlp import build_nlp

    rates = []
    for tokenizer in (build_nlp().tokenizer, spacy.blank("id").tokenizer):
        start = time.perf_counter()
        for _ in tokenizer.pipe(texts):
            pass
        rates.append(words / (time.perf_counter() - start))
    return rates[0], rates[1]


# ---------------------------------------------------------------- stores


def fill_store(db: Path, jsonl: Path) -> tuple[float, int, int]:
    """`kabar load` of an `extract --jsonl-out` file into a new store (rows and the entity rebuild), as a
    finished `kabar extract` leaves it: wall seconds, peak MB and exit code."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    result = run_child([KABAR, "load", str(jsonl), "--db", str(db)])
    jsonl.unlink()
    return result


def shift_years(value, offset: int):
    if value is None or not offset:
        return value
    return YEAR.sub(lambda m: str(int(m.group(1)) + offset), value)


def surname(k: int, name: str) -> str:
    rnd = random.Random(f"{k}:{name}")
    return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()


def make_store(db: Path, size: int, corpus: list[Path], seed_count: int, variants: int) -> tuple[float, str]:
    """A `size`-article store from `seed_count` extracted articles replicated with new ids;
    (seconds, who-name)."""
    from kabar_cli.ingest import read_article
    from kabar_cli.parallel import Extracted, run
    from kabar_cli.store import open_store
    from kabar_cli.store.migrations import MIGRATIONS
    from kabar_cli.store.write import rebuild_entities_if_stale, save_rows

    stamp = db.with_suffix(".json")
    spec = {
        "size": size,
        "seeds": seed_count,
        "variants": variants,
        "migrations": [name for name, _ in MIGRATIONS],
    }
    if db.exists() and stamp.exists() and json.loads(stamp.read_text()).get("spec") == spec:
        return json.loads(stamp.read_text())["seconds"], json.loads(stamp.read_text())["who"]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    seeds = [
        o.payload
        for o in run((read_article(p) for p in corpus[:seed_count]), jobs=2)
        if isinstance(o, Extracted)
    ]
    conn = open_store(db, create=True)
    conn.execute("PRAGMA synchronous = OFF")
    batch, written, k = [], 0, 0
    top = max(
        (
            (sum(1 for m in rows[2] if m[1] == "PERSON" and m[7] == e), e)
            for rows in seeds
            for e in {m[7] for m in rows[2] if m[1] == "PERSON" and m[7] and " " in m[7]}
        ),
        default=(0, None),
    )[1]
    while written < size:
        offset = k % 25 - 12 if k else 0
        variant = k % variants
        for article, sentences, mentions, facts in seeds:
            if written >= size:
                break
            new_id = f"{article[0]}~r{k:04d}" if k else article[0]
            persons = {m[7] for m in mentions if m[1] == "PERSON" and m[7]}
            rename = {p: (p if not variant else f"{p.split()[0]} {surname(variant, p)}") for p in persons}
            a = list(article)
            a[0], a[5], a[6] = new_id, shift_years(a[5], offset), shift_years(a[6], offset)
            batch.append(
                (
                    tuple(a),
                    [(new_id, *s[1:]) for s in sentences],
                    [
                        (
                            new_id,
                            m[1],
                            m[2],
                            m[3],
                            m[4],
                            m[5],
                            shift_years(m[6], offset),
                            rename.get(m[7], m[7]),
                        )
                        for m in mentions
                    ],
                    [
                        (
                            new_id,
                            f[1],
                            rename.get(f[2], f[2]),
                            shift_years(f[3], offset) if f[1] == "born" else f[3],
                            f[4],
                            f[5],
                            shift_years(f[6], offset),
                            shift_years(f[7], offset),
                            *f[8:],
                        )
                        for f in facts
                    ],
                )
            )
            written += 1
            if len(batch) >= 2000:
                save_rows(conn, batch)
                batch = []
        k += 1
    save_rows(conn, batch)
    rebuild_entities_if_stale(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    seconds = time.perf_counter() - start
    who = f"{top.split()[0]} {surname(1, top)}" if top else "Mujiono"
    stamp.write_text(json.dumps({"spec": spec, "seconds": seconds, "who": who}))
    return seconds, who


# ---------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--articles", type=int, default=10_000, help="corpus size for extraction (default 10,000)"
    )
    ap.add_argument("--store", type=int, default=100_000, help="store size for queries (default 100,000)")
    ap.add_argument(
        "--seeds", type=int, default=300, help="articles extracted to fill the big store (default 300)"
    )
    ap.add_argument(
        "--name-variants",
        type=int,
        default=4,
        help="surname variants of each person across the store's copies (default 4)",
    )
    ap.add_argument("--skip-extract", action="store_true", help="only the store and the queries")
    args = ap.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    rows: list[tuple[str, str, str]] = []

    def add(what: str, value: str, note: str = "") -> None:
        rows.append((what, value, note))
        print(f"  {what}: {value} {note}", file=sys.stderr, flush=True)

    print(f"making a {args.articles:,}-article corpus in bench-out/ ...", file=sys.stderr, flush=True)
    corpus = make_corpus(OUT / f"corpus-{args.articles}", args.articles)
    texts = [p.read_text(encoding="utf-8") for p in corpus]
    words = sum(len(t.split()) for t in texts)
    add("corpus", f"{len(corpus):,} articles", f"{words:,} words, {sum(map(len, texts)) / 1e6:.1f} MB")

    ours_build, stock_build = build_times()
    add(
        "pipeline build (build_nlp)",
        f"{ours_build * 1000:.0f} ms",
        f"stock spacy.blank('id'): {stock_build * 1000:.0f} ms; target < 300 ms",
    )
    add("gazetteer load (load_gazetteer)", f"{gazetteer_load() * 1000:.0f} ms", "target < 100 ms")

    tok, stock_tok = tokenizer_rate(texts, words)
    add(
        "tokenizer alone (nlp.tokenizer.pipe)",
        f"{tok:,.0f} words/s",
        f"stock spacy.blank('id') tokenizer: {stock_tok:,.0f} words/s",
    )
    del texts

    if not args.skip_extract:
        rates = {}
        for jobs in (1, 2):  # extraction proper: records to JSONL, no store
            out = OUT / f"extract-j{jobs}.jsonl"
            wall, peak, code = run_child(
                [KABAR, "extract", str(corpus[0].parent), "--jsonl-out", str(out), "--jobs", str(jobs)]
            )
            rates[jobs] = len(corpus) / wall
            add(
                f"extract --jobs {jobs} --jsonl-out",
                f"{rates[jobs]:,.1f} articles/s",
                f"{words / wall:,.0f} words/s; {wall:.1f} s; peak {peak} MB; exit {code}",
            )
            if jobs == 1:
                out.unlink(missing_ok=True)
        add(
            "extraction / tokenizer (one process)",
            f"{rates[1] * words / len(corpus) / tok:.1%}",
            f"vs stock tokenizer {rates[1] * words / len(corpus) / stock_tok:.1%}; target >= 40%",
        )
        add("--jobs 2 / --jobs 1", f"{rates[2] / rates[1]:.2f}x", "target >= 1.7x")
        db = OUT / "extract-j2.db"
        wall, peak, code = fill_store(db, OUT / "extract-j2.jsonl")
        add(
            "kabar load of the --jobs 2 records",
            f"{wall:.1f} s",
            f"{len(corpus) / wall:,.0f} articles/s, entities rebuilt; peak {peak} MB; exit {code}",
        )
        wall, peak, code = run_child([KABAR, "extract", str(corpus[0].parent), "--db", str(db)])
        add("re-run on the unchanged corpus", f"{wall:.2f} s", f"peak {peak} MB; exit {code}; target < 10 s")

    print(f"making a {args.store:,}-article store ...", file=sys.stderr, flush=True)
    store = OUT / f"store-{args.store}.db"
    seconds, who = make_store(store, args.store, corpus, min(args.seeds, len(corpus)), args.name_variants)
    add(
        "store",
        f"{args.store:,} articles",
        f"built in {seconds:.0f} s from {min(args.seeds, len(corpus))} extracted articles; "
        f"{store.stat().st_size / 1e6:.0f} MB",
    )
    base, _ = best_wall([sys.executable, "-c", "pass"])
    add("python -c pass", f"{base * 1000:.0f} ms")
    for label, cmd, shell in (
        (f"kabar who '{who}'", [KABAR, "who", who, "--db", str(store)], False),
        (f"kabar who '{who}' --json", [KABAR, "who", who, "--db", str(store), "--json"], False),
        ("kabar timeline --year 2022", [KABAR, "timeline", "--year", "2022", "--db", str(store)], False),
        (
            "kabar timeline --year 2022 --json",
            [KABAR, "timeline", "--year", "2022", "--db", str(store), "--json"],
            False,
        ),
        ("kabar articles --json | head", f"'{KABAR}' articles --json --db '{store}' | head", True),
    ):
        wall, code = best_wall(cmd, shell)
        if (
            label.startswith("kabar timeline") and "--json" in label
        ):  # an export, not the command the target is for
            note = "; every event of the year (the table above shows the first 100)"
        else:
            note = "; target < 250 ms" if "who" in label or "timeline" in label else ""
        add(label, f"{wall * 1000:.0f} ms", f"exit {code}{note}")

    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>{vwidth}}  notes")
    for what, value, note in rows:
        print(f"{what:<{width}}  {value:>{vwidth}}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
