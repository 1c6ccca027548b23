#!/usr/bin/env python3
"""Derive src/kabar_cli/lexicon/root_words.txt from the Sastrawi wheel.

This is a one-off maintenance script. It is NOT run at install or run time and kabar does not depend on
Sastrawi; the generated data file is committed.

Source: Sastrawi 1.0.1 (MIT, https://pypi.org/project/Sastrawi/, https://github.com/har07/sastrawi), file
``Sastrawi/Stemmer/data/kata-dasar.txt``: Indonesian root words (kata dasar), one a line, lowercase.
kabar reads the list to tell a capitalised common word from a name: 'Diketahui' (di-tahu-i) and
'Pemberhentian' (pem-ber-henti-an) are affixed forms of root words, 'Sutarmidji' is no word at all.

Usage (to regenerate)::

    pip download --no-deps Sastrawi==1.0.1 -d /tmp/sw && cd /tmp/sw \
        && python -m zipfile -e Sastrawi-1.0.1-py2.py3-none-any.whl x
    python scripts/build_root_words.py /tmp/sw/x/Sastrawi/Stemmer/data/kata-dasar.txt

Output: a '#' comment header, then the root words of letters only (a-z), lowercase, sorted, unique.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "kabar_cli" / "lexicon" / "root_words.txt"
HEADER = (
    "# Indonesian root words (kata dasar), from Sastrawi 1.0.1 (MIT), Stemmer/data/kata-dasar.txt.\n"
    "# Written by scripts/build_root_words.py; see LICENSE-root_words.txt. Do not edit by hand.\n"
)
WORD = re.compile(r"[a-z]+")


def root_words(source: str) -> list[str]:
    """The lines of kata-dasar.txt that are one word of letters, lowercase, sorted and unique."""
    words = {line.strip().lower() for line in source.splitlines()}
    return sorted(w for w in words if WORD.fullmatch(w))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, help="Sastrawi's kata-dasar.txt")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    words = root_words(args.source.read_text(encoding="utf-8"))
    args.out.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} root words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
