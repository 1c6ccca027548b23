"""The lexicon is the one home of kabar's language data: every key of its files is read by the code, and no
Indonesian word is written in a module outside it (but the few of `ALLOWED`)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kabar_cli"
LEXICON = SRC / "lexicon"


def _code() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in SRC.rglob("*.py"))


def _keys(data: object, prefix: str = "") -> list[str]:
    """Every key of a JSON document that names data (keys opening with '_' are comments), nested ones too,
    but the keys of a table whose keys are themselves data (words, abbreviations: values of one kind)."""
    if not isinstance(data, dict):
        return []
    keys = []
    for key, value in data.items():
        if key.startswith("_"):
            continue
        keys.append(key)
        if isinstance(value, dict) and not _is_table(value):
            keys += _keys(value)
    return keys


def _is_table(value: dict) -> bool:
    """A mapping of words to values ('Sekda' -> 'Sekretaris Daerah', 'satu' -> 1), not of named fields."""
    entries = {k: v for k, v in value.items() if not k.startswith("_")}
    scalars = all(
        isinstance(v, (str, int, float)) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        for v in entries.values()
    )
    return scalars or not all(re.fullmatch(r"[a-z_]+", key) for key in entries)


@pytest.mark.parametrize("name", sorted(p.name for p in LEXICON.glob("*.json")))
def test_every_lexicon_key_is_read_by_the_code(name: str) -> None:
    code = _code()
    data = json.loads((LEXICON / name).read_text(encoding="utf-8"))
    unread = [key for key in _keys(data) if f'"{key}"' not in code and f"'{key}'" not in code]
    assert not unread, f"{name}: keys no module reads: {unread}"


# --- no Indonesian word literal outside the lexicon ---------------------------------------------------------

#: the lexicon's word files (one entry a line, '#' comments); root_words.txt is the filter, not the vocabulary
WORD_FILES = ("words.txt", "region_stopwords.txt", "foreign_places.txt")
#: words of the lexicon that are also code, English or SQL ('unit' is a regex group, 'per' and 'not' English,
#: 'dim' a rich style, 'PERSON' a mention label, 'kabar' the program), so a literal holding them is not
#: Indonesian for that
CODE_WORDS = frozenset(
    {"alias", "dim", "kabar", "min", "net", "not", "per", "person", "sep", "skip", "status", "unit", "words"}
)
#: a literal of documentation passed to a call, by the callee's name: its positional index and keyword (the
#: 'example' of a `DateRule` lists expressions the rule reads, for the reader and tests/test_date_rules.py)
DOC_ARGUMENTS = {"DateRule": (1, "example")}
#: (file under src/kabar_cli, literal) -> why it is still there. Every entry must still be found, so the list
#: only shrinks. The extractors marked 'to move' are another engineer's: their words go to titles.json,
#: people.json and function_words.json as those files are reworked.
ALLOWED: dict[tuple[str, str], str] = {}
SQL = re.compile(r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA|DROP|ALTER)\b")
IDENTIFIER = re.compile(r"[a-z]+(?:_[a-z]+)+")  # a key or field name ('weekday_words'), not words
NOT_WORDS = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\{[^{}]*\}")  # regex group names, format placeholders


def _words_of(value: object) -> list[str]:
    """The strings of a JSON value that are data: its strings, and the keys of its tables ('Sekda' -> ...),
    not the field names of its records or the '_comment' keys."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [w for item in value for w in _words_of(item)]
    if isinstance(value, dict):
        keys = [k for k in value if not k.startswith("_")]
        table = _is_table(value) or all(re.fullmatch(r"\d+", k) for k in keys)
        return [*(keys if table else []), *(w for k in keys for w in _words_of(value[k]))]
    return []


def _vocabulary() -> frozenset[str]:
    """Indonesian words as kabar knows them: the words of the lexicon's data that are root words."""
    texts = [w for p in LEXICON.glob("*.json") for w in _words_of(json.loads(p.read_text(encoding="utf-8")))]
    for name in WORD_FILES:
        texts += [
            line for line in (LEXICON / name).read_text(encoding="utf-8").splitlines() if line[:1] != "#"
        ]
    roots = set((LEXICON / "root_words.txt").read_text(encoding="utf-8").split())
    words = {w.lower() for text in texts for w in re.findall(r"[^\W\d_]+", text)}
    return frozenset(words & roots - CODE_WORDS)


def _documentation(tree: ast.AST) -> set[int]:
    """The ids of the constants that are documentation: docstrings and the `DOC_ARGUMENTS` of calls."""
    docs = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body:
            if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docs.add(id(body[0].value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in DOC_ARGUMENTS:
            index, keyword = DOC_ARGUMENTS[node.func.id]
            args = [*node.args[index : index + 1], *(k.value for k in node.keywords if k.arg == keyword)]
            docs.update(id(arg) for arg in args)
    return docs


def indonesian_literals(source: str, vocabulary: frozenset[str]) -> list[tuple[int, str, list[str]]]:
    """(line, literal, its Indonesian words) of every string constant of `source` that holds Indonesian words,
    docstrings, SQL, regex group names and format placeholders aside."""
    tree = ast.parse(source)
    docs = _documentation(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docs:
            continue
        if SQL.match(node.value) or IDENTIFIER.fullmatch(node.value):
            continue
        words = [
            w for w in re.findall(r"[^\W\d_]+", NOT_WORDS.sub(" ", node.value)) if w.lower() in vocabulary
        ]
        if words:
            found.append((node.lineno, node.value, words))
    return sorted(found)


def test_the_scanner_finds_an_indonesian_word_in_code() -> None:
    """A word of the vocabulary in a literal is found, in an f-string too; docstrings, documentation
    arguments, regex group names, format placeholders, SQL and key names are not literals of words."""
    vocabulary = frozenset({"bupati", "dan", "tahun"})
    code = (
        '"""Docstrings may say \'bupati\'."""\n'
        'def f(word, m, n):\n    """Nor here: \'dan\'."""\n'
        '    if word == "bupati":\n        return m["tahun"]\n'
        '    return f"{n} dan {word}" or re.compile(r"(?P<tahun>\\d{4})(?P=tahun)")\n'
        'FORMAT = "{tahun}".format(tahun=1)\n'
        'RULE = DateRule("year", "tahun 2024", example="dan") or "SELECT tahun FROM t" or m["tahun_dan"]\n'
        'KEPT = "Kepala Dinas"  # no word of the vocabulary\n'
    )
    found = indonesian_literals(code, vocabulary)
    assert found == [(4, "bupati", ["bupati"]), (5, "tahun", ["tahun"]), (6, " dan ", ["dan"])]


def test_the_vocabulary_holds_the_lexicons_words() -> None:
    """The scan is only as good as its vocabulary: the words of titles.json, function_words.json, dates.json
    and render.json are in it, the code words are not."""
    vocabulary = _vocabulary()
    assert {"bupati", "dan", "yang", "tahun", "kemarin", "mantan"} <= vocabulary
    assert not vocabulary & CODE_WORDS


def test_no_indonesian_word_literal_outside_the_lexicon() -> None:
    vocabulary = _vocabulary()
    found, seen = [], set()
    for path in sorted(SRC.rglob("*.py")):
        if LEXICON in path.parents:
            continue
        name = path.relative_to(SRC).as_posix()
        for line, literal, words in indonesian_literals(path.read_text(encoding="utf-8"), vocabulary):
            if (name, literal) not in ALLOWED:
                found.append(f"{name}:{line}: {literal[:60]!r} {words}")
            seen.add((name, literal))
    assert not found, "Indonesian words in code; move them to src/kabar_cli/lexicon/:\n" + "\n".join(found)
    assert not set(ALLOWED) - seen, f"allowed literals no longer in code, drop them: {set(ALLOWED) - seen}"
