#!/usr/bin/env python3
"""Issue 5's acceptance check: every gold person is one entity whose positions hold the gold titles.

    .venv/bin/python benchmarks/check_entities.py            # seeds + ../shared/corpus/dev
    .venv/bin/python benchmarks/check_entities.py --misses   # list each failure
    .venv/bin/python benchmarks/check_entities.py --misses --without dev3   # dev3's misses left unread

It extracts the seeds and every annotated corpus into one temporary store (so the same person across
articles must resolve to one entity), then asks `who` for each gold person's name and reports:
- found: the name gives exactly one entity (not NotFound, not Ambiguous);
- titles: each gold title is among that entity's positions (compared as the scorer compares titles),
  and how many of those also name the gold body (region or institution);
- merged: a name the gold uses in several articles gives one entity that cites all of them;
- aliases: each other form the gold gives ('Ipuk' for 'Ipuk Fiestiandani') leads to the same entity.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KABAR = str(Path(sys.executable).parent / "kabar")


def article_sets() -> list[tuple[Path, Path]]:
    sets = [(ROOT / "seeds", SHARED / "gold")]
    for corpus in sorted((SHARED / "corpus").glob("*/")):
        if (corpus / "articles").is_dir() and (corpus / "gold").is_dir():
            sets.append((corpus / "articles", corpus / "gold"))
    return sets


def gold_persons(sets: list[tuple[Path, Path]]) -> dict[str, dict]:
    """Gold name -> {"titles": {(title, status, of)}, "articles": {slug}, "aliases": {short form}}."""
    persons: dict[str, dict] = {}
    for _, gold_dir in sets:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            for person in gold.get("persons", []):
                entry = persons.setdefault(
                    person["name"], {"titles": set(), "articles": set(), "aliases": set()}
                )
                entry["aliases"].update(a for a in person.get("aliases", []) if a != person["name"])
                entry["articles"].add(gold["article"])
                entry["titles"].update(
                    (t["title"], t.get("status"), t.get("of")) for t in person.get("titles", [])
                )
    return persons


def extract_all(sets: list[tuple[Path, Path]], env: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for articles, _ in sets:  # one folder of links, so stems stay the article slugs
            for path in articles.glob("*.txt"):
                os.symlink(path, Path(folder) / path.name)
        subprocess.run([KABAR, "extract", folder], env=env, check=True, stderr=subprocess.DEVNULL)


def who(name: str, env: dict) -> tuple[dict | None, str]:
    done = subprocess.run([KABAR, "who", name, "--json"], env=env, capture_output=True, text=True)
    if done.returncode:
        return None, done.stderr.strip().splitlines()[0] if done.stderr.strip() else f"exit {done.returncode}"
    return json.loads(done.stdout), ""


def scorer():
    """The scorer's own title and name normalisation, so this check and `make eval` agree on what matches."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def has_title(profile: dict, title: str, status: str | None, of: str | None, rules, with_body: bool) -> bool:
    wanted = rules.norm_title(title, status)
    for position in profile["positions"]:
        if rules.norm_title(position["title"], position["status"]) != wanted:
            continue
        if (
            not with_body
            or not of
            or rules.core(of) in rules.core(position["of"])
            or rules.core(position["of"]) in rules.core(of)
        ):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each failure")
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="CORPUS",
        help="leave out ../shared/corpus/CORPUS (a held-out set whose misses stay unread); repeatable",
    )
    args = parser.parse_args()
    sets = [(a, g) for a, g in article_sets() if a.parent.name not in args.without]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KABAR_DB": str(Path(tmp) / "check.db")}
        extract_all(sets, env)
        persons = gold_persons(sets)
        rules = scorer()
        counts = {
            "found": 0,
            "titles": 0,
            "bodies": 0,
            "titles_total": 0,
            "merged": 0,
            "merged_total": 0,
            "aliases": 0,
            "aliases_total": 0,
        }
        misses: list[str] = []
        for name, gold in sorted(persons.items()):
            profile, problem = who(name, env)
            counts["titles_total"] += len(gold["titles"])
            counts["merged_total"] += len(gold["articles"]) > 1
            if profile is None:
                misses.append(f"not one entity: {name}: {problem}")
                continue
            counts["found"] += 1
            for title, status, of in sorted(gold["titles"], key=str):
                if not has_title(profile, title, status, of, rules, with_body=False):
                    misses.append(f"title missing: {name}: {title} ({status}) {of or ''}".rstrip())
                    continue
                counts["titles"] += 1
                if has_title(profile, title, status, of, rules, with_body=True):
                    counts["bodies"] += 1
                else:
                    misses.append(f"body differs: {name}: {title} {of or ''}".rstrip())
            for alias in sorted(gold["aliases"]):
                counts["aliases_total"] += 1
                other, problem = who(alias, env)
                if other is not None and other["name"] == profile["name"]:
                    counts["aliases"] += 1
                else:
                    misses.append(
                        f"alias elsewhere: {name}: {alias!r} -> {other['name'] if other else problem}"
                    )
            if len(gold["articles"]) > 1:
                cited = {a.split("~")[0] for a in profile["articles"]}
                if gold["articles"] <= cited:
                    counts["merged"] += 1
                else:
                    misses.append(f"not merged: {name}: {sorted(gold['articles'] - cited)}")
    print(f"persons one entity  {counts['found']}/{len(persons)}")
    print(
        f"gold titles held    {counts['titles']}/{counts['titles_total']} (with the gold body: "
        f"{counts['bodies']})"
    )
    print(f"merged across files {counts['merged']}/{counts['merged_total']}")
    print(f"aliases to the same {counts['aliases']}/{counts['aliases_total']}")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
