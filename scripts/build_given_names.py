#!/usr/bin/env python3
"""Derive src/kabar_cli/lexicon/given_names.txt from the Faker wheel's Indonesian person names.

This is a one-off maintenance script. It is NOT run at install or run time and kabar does not depend on
Faker; the generated data file is committed.

Source: Faker (MIT, https://pypi.org/project/Faker/, https://github.com/joke2k/faker), file
``faker/providers/person/id_ID/__init__.py``: the tuples ``first_names_male``, ``first_names_female``,
``last_names_male`` and ``last_names_female`` of the Indonesian person provider.
kabar reads the list to keep a name from being taken for common words: 'Siti Rahayu' and 'Akmal Malik'
are root words of the language too ('siti', 'rahayu', 'malik'), yet a name after a title.

Usage (to regenerate)::

    pip download --no-deps faker -d /tmp/fk && cd /tmp/fk && python -m zipfile -e faker-*.whl x
    python scripts/build_given_names.py /tmp/fk/x/faker/providers/person/id_ID/__init__.py

Output: a '#' comment header, then the names of letters only, lowercase, sorted, unique.
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "kabar_cli" / "lexicon" / "given_names.txt"
TUPLES = ("first_names_male", "first_names_female", "last_names_male", "last_names_female")
HEADER = (
    "# Indonesian given names and surnames, from Faker (MIT), providers/person/id_ID: "
    + ", ".join(TUPLES)
    + ".\n# Written by scripts/build_given_names.py; see LICENSE-given_names.txt. Do not edit by hand.\n"
)
WORD = re.compile(r"[a-z]+")


def names(source: str) -> list[str]:
    """The one-word names of the provider's name tuples, lowercase, sorted and unique."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") in TUPLES for t in node.targets):
            found.update(elt.value.lower() for elt in getattr(node.value, "elts", []) if isinstance(elt, ast.Constant))
    return sorted(n for n in found if WORD.fullmatch(n))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="faker/providers/person/id_ID/__init__.py")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    words = names(args.source.read_text(encoding="utf-8"))
    args.out.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} names -> {args.out}")


if __name__ == "__main__":
    main()
