"""The query commands through typer's CliRunner: who, timeline, quotes, entities, search, show, schema.

One small store of invented articles: a Mujiono who is Sekda and later Wakil Bupati of Banyuwangi, and a
namesake police chief in Jember.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from tests.test_cli import make_runner

from kabar_cli.cli import app

ARTICLES = {
    "sekda.txt": "Sekda Banyuwangi Mujiono Resmikan Kantor Baru\n\n"
    "Banyuwangi - Sekretaris Daerah Kabupaten Banyuwangi Mujiono meresmikan kantor kecamatan baru pada 12 "
    "Februari 2024.\n"
    "“Kantor ini untuk melayani warga lebih cepat,” kata Mujiono.\n"
    "Mujiono adalah lulusan Universitas Jember.\n",
    "polisi.txt": "Kapolres Jember Tinjau Pos Mudik\n\n"
    "Jember - Kepala Kepolisian Resor Jember AKBP Mujiono meninjau pos mudik di Kecamatan Ambulu pada 5 "
    "April 2024.\n"
    "“Kami siagakan personel selama arus mudik,” ujar Mujiono.\n",
    "wabup.txt": "Wakil Bupati Banyuwangi Mujiono Terima Penghargaan\n\n"
    "Banyuwangi - Wakil Bupati Banyuwangi Mujiono meraih penghargaan Pembina Inovasi Terbaik dari "
    "Kementerian Dalam Negeri pada 3 Maret 2026.\n"
    "Bupati Banyuwangi Ipuk Fiestiandani mengucapkan selamat kepada Mujiono.\n"
    "“Penghargaan ini milik seluruh warga,” kata Ipuk.\n"
    "Pemkab Banyuwangi juga menggelar Festival Gandrung pada 10-12 Maret 2026.\n",
    "lomba.txt": "Camat Genteng Slamet Riyadi membuka lomba desa pada 17 Agustus 2022.\n"
    "Lomba itu digelar setiap tahun mulai 2021 hingga 2023.\n"
    "Lomba serupa digelar kembali pada Oktober 2024 di Kecamatan Genteng.\n",
}
runner = make_runner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(tmp_path_factory.mktemp("store") / "kabar.db")
    result = runner.invoke(app, ["extract", str(folder), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def run(db: str, *args: str, code: int = 0):
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr, result.exception)
    return result


def data(db: str, *args: str):
    return json.loads(run(db, *args, "--json").stdout)


def lines(db: str, *args: str) -> list[dict]:
    return [json.loads(line) for line in run(db, *args, "--jsonl").stdout.splitlines()]


# -- who ---------------------------------------------------------------------


def test_who_namesakes_are_two_entities(db: str) -> None:
    result = run(db, "who", "Mujiono", code=1)
    assert "matches 2 persons" in result.stderr
    assert "Mujiono (Banyuwangi)" in result.stderr and "Mujiono (Jember)" in result.stderr


def test_who_profile_json(db: str) -> None:
    profile = data(db, "who", "mujiono (BANYUWANGI)")
    assert profile["name"] == "Mujiono (Banyuwangi)" and "Mujiono" in profile["aliases"]
    assert profile["articles"] == ["sekda", "wabup"]
    career = [(p["title"], p["status"]) for p in profile["positions"]]
    assert career == [("Sekretaris Daerah", "former"), ("Wakil Bupati", "current")]
    assert profile["positions"][0]["left_by"] == "2026-03-03"
    assert [a["name"] for a in profile["awards"]] == ["Pembina Inovasi Terbaik"]
    assert (
        profile["awards"][0]["giver"] == "Kementerian Dalam Negeri" and profile["awards"][0]["year"] == "2026"
    )
    assert [e["institution"] for e in profile["education"]] == ["Universitas Jember"]
    assert profile["appears_with"] == [{"name": "Ipuk Fiestiandani", "articles": 1}]
    assert {"name", "aliases", "positions", "born", "quotes", "articles"} <= set(profile)


def test_who_table_fits_80_columns(db: str) -> None:
    result = runner.invoke(
        app, ["who", "Mujiono (Jember)", "--db", db], env={"COLUMNS": "80"}, terminal_width=80
    )
    assert result.exit_code == 0
    assert "Kepala Kepolisian Resor" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


@pytest.mark.parametrize(
    ("name", "hint"), [("Mujiyono", "Mujiono"), ("Ipuk Fiestiandany", "Ipuk Fiestiandani")]
)
def test_who_near_miss_suggests(db: str, name: str, hint: str) -> None:
    result = run(db, "who", name, code=1)
    assert "no person named" in result.stderr and hint in result.stderr


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Bupati Ipuk", "Ipuk Fiestiandani"),  # a title before the short form
        ("Bupati Banyuwangi Ipuk Fiestiandani", None),  # a region after the title is not stripped
        ("Hj. Ipuk Fiestiandani", "Ipuk Fiestiandani"),  # an honorific
        ("Fiestiandani", "Ipuk Fiestiandani"),  # the last word of one name
        ("Slamet", "Slamet Riyadi"),  # the first word of one name
        ("Camat Slamet Riyadi", "Slamet Riyadi"),
    ],
)
def test_who_title_prefixed_and_partial_names(db: str, query: str, name: str | None) -> None:
    if name is None:
        assert "no person named" in run(db, "who", query, code=1).stderr
    else:
        assert data(db, "who", query)["name"] == name


def test_who_partial_name_of_several_is_ambiguous(db: str) -> None:
    result = run(db, "who", "Kapolres Mujiono", code=1)  # the title goes; 'Mujiono' is two persons
    assert "matches 2 persons" in result.stderr


def test_who_no_match_and_accents(db: str) -> None:
    assert "Did you mean" not in run(db, "who", "Zzyzx", code=1).stderr
    assert data(db, "who", "ÍPUK")["name"] == "Ipuk Fiestiandani"


# -- timeline ----------------------------------------------------------------


def test_timeline_year_keeps_overlapping_intervals_sorted(db: str) -> None:
    events = data(db, "timeline", "--year", "2022")
    assert [e["date"] for e in events] == ["2021/2023", "2022-08-17"]
    assert all(e["date"] <= "2022-12" or e["date"].startswith("2021/") for e in events)


def test_timeline_table_shows_precision_as_written(db: str) -> None:
    out = run(db, "timeline", "--year", "2024").stdout
    assert "Oktober 2024" in out and "12 Februari 2024" in out


def test_timeline_interval_shows_both_ends(db: str) -> None:
    events = data(db, "timeline", "--from", "2026-03", "--to", "2026-03")
    assert "2026-03-10/2026-03-12" in [e["date"] for e in events]
    wide = runner.invoke(app, ["timeline", "--from", "2026-03", "--db", db], env={"COLUMNS": "200"})
    assert "10 Maret 2026 – 12 Maret 2026" in wide.stdout


def test_timeline_person_and_place(db: str) -> None:
    assert {e["article"] for e in lines(db, "timeline", "--person", "Mujiono (Jember)")} == {"polisi"}
    assert {e["article"] for e in data(db, "timeline", "--place", "Jember")} == {"polisi"}
    banyuwangi = data(db, "timeline", "--place", "banyuwangi", "--year", "2026")
    assert [e["date"] for e in banyuwangi] == ["2026-03-03", "2026-03-10/2026-03-12"]
    assert "no place named" in run(db, "timeline", "--place", "Atlantis", code=1).stderr
    assert "matches 2 persons" in run(db, "timeline", "--person", "Mujiono", code=1).stderr


# -- quotes, entities --------------------------------------------------------


def test_quotes_newest_first(db: str) -> None:
    quotes = data(db, "quotes")
    assert [q["date"] for q in quotes] == sorted((q["date"] for q in quotes), reverse=True)
    assert {q["speaker"] for q in quotes} >= {"Ipuk Fiestiandani", "Mujiono (Jember)", "Mujiono (Banyuwangi)"}
    assert [q["text"] for q in lines(db, "quotes", "Ipuk")] == ["Penghargaan ini milik seluruh warga,"]
    assert "Kami siagakan" in run(db, "quotes", "Mujiono (Jember)").stdout
    assert "no person named" in run(db, "quotes", "Nobody", code=1).stderr
    assert run(db, "quotes", "Mujiono", code=1).stderr


def test_entities_with_counts_and_labels(db: str) -> None:
    everything = data(db, "entities")
    assert {e["label"] for e in everything} == {"PERSON", "ORG", "PLACE"}
    orgs = {e["name"]: e for e in lines(db, "entities", "--label", "org")}
    assert (
        "Pemerintah Kabupaten Banyuwangi" in orgs
        and "Pemkab Banyuwangi" in orgs["Pemerintah Kabupaten Banyuwangi"]["aliases"]
    )
    places = {e["name"]: e["articles"] for e in data(db, "entities", "--label", "PLACE")}
    assert places["Banyuwangi"] == 1 or places["Banyuwangi"] >= 2
    assert "Banyuwangi" in run(db, "entities", "--label", "PLACE").stdout
    assert run(db, "entities", "--label", "TITLE", code=2).stderr


# -- search, show, schema ----------------------------------------------------


def test_search_ranked_and_highlighted(db: str) -> None:
    hits = data(db, "search", "lomba desa")
    assert hits[0]["article"] == "lomba" and "lomba desa" in hits[0]["text"]
    start, end = hits[0]["matches"][0]
    assert hits[0]["text"][start:end].lower() in {"lomba", "desa"}
    assert [h["article"] for h in lines(db, "search", "penghargaan", "--limit", "1")] == ["wabup"]
    assert data(db, "search", "tidakada") == []
    assert "Ambulu" in run(db, "search", "ambulu").stdout
    assert run(db, "search", "?!", code=2).stderr


def test_show_article(db: str) -> None:
    view = data(db, "show", "sekda")
    assert view["id"] == "sekda" and view["text"].startswith("Sekda Banyuwangi")
    assert {m["label"] for m in view["mentions"]} >= {"PERSON", "DATE", "TITLE"}
    assert {f["predicate"] for f in view["facts"]} >= {"holds_title", "said", "education"}
    assert data(db, "show", "wab")["id"] == "wabup"  # a unique prefix
    out = run(db, "show", "polisi").stdout
    assert "Kami siagakan personel" in out and "Fakta" in out
    assert "no article" in run(db, "show", "nope", code=1).stderr
    assert "Did you mean: sekda" in run(db, "show", "sekdaa", code=1).stderr


def test_show_ambiguous_prefix(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    for name in ("x1.txt", "x2.txt"):
        (folder / name).write_text(
            "Bupati Jember Hendy Siswanto hadir pada 5 Maret 2025.\n", encoding="utf-8"
        )
    db = str(tmp_path / "k.db")
    run(db, "extract", str(folder))
    assert "x1" in run(db, "show", "x", code=1).stderr


@pytest.mark.parametrize(
    "command", ["articles", "mentions", "facts", "who", "timeline", "quotes", "entities", "search", "show"]
)
def test_schema_per_command(command: str) -> None:
    result = runner.invoke(app, ["schema", command])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["title"] == f"kabar {command} --json"
    assert document.get("type") in {"array", "object"}


def test_schema_all_and_unknown(db: str) -> None:
    every = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert set(every) >= {"who", "timeline", "search"}
    assert set(every["who"]["properties"]) >= {
        "name",
        "aliases",
        "positions",
        "born",
        "quotes",
        "articles",
        "awards",
    }
    assert runner.invoke(app, ["schema", "extract"]).exit_code == 1


#: one invocation of every command with --json output
JSON_COMMANDS = [
    ("articles",),
    ("mentions",),
    ("facts",),
    ("who", "Mujiono (Banyuwangi)"),
    ("who", "Ipuk"),
    ("timeline",),
    ("quotes",),
    ("entities",),
    ("search", "kantor"),
    ("show", "wabup"),
]


@pytest.mark.parametrize("args", JSON_COMMANDS)
def test_schema_matches_output(db: str, args: tuple[str, ...]) -> None:
    """What a command prints with --json is valid under the JSON Schema `kabar schema COMMAND` prints."""
    document = json.loads(runner.invoke(app, ["schema", args[0]]).stdout)
    jsonschema.Draft202012Validator.check_schema(document)
    jsonschema.validate(data(db, *args), document)


@pytest.mark.parametrize("args", JSON_COMMANDS)
def test_output_validates_against_its_view(db: str, args: tuple[str, ...]) -> None:
    """pydantic reads the view behind each command and accepts exactly what the command printed."""
    from pydantic import TypeAdapter

    from kabar_cli.schema import OUTPUTS

    view, is_list = OUTPUTS[args[0]]
    adapter = TypeAdapter(list[view] if is_list else view)
    printed = data(db, *args)
    assert printed
    assert adapter.dump_python(adapter.validate_python(printed), mode="json") == printed


def test_query_commands_do_not_import_pydantic(db: str) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from kabar_cli.cli import main; "
        "sys.argv = ['kabar', 'who', 'Ipuk', '--db', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('pydantic', 'spacy', 'dateparser')], "
        "'heavy import'"
    )
    done = subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Ipuk Fiestiandani" in done.stdout


HEAVY = (
    "pydantic",
    "spacy",
    "dateparser",
    "trafilatura",
    "kabar_cli.extract",
    "kabar_cli.nlp",
    "kabar_cli.dates",
)
#: every read command with --json, and the tables of a few
READ_RUNS = [(*args, "--json") for args in JSON_COMMANDS] + [("articles",), ("facts",), ("who", "Ipuk")]


@pytest.mark.parametrize("args", READ_RUNS, ids=" ".join)
def test_read_commands_import_no_extraction_module(db: str, args: tuple[str, ...]) -> None:
    """Every read command goes through query.py and never imports pydantic, spaCy, dateparser, trafilatura
    or the extraction stage."""
    import subprocess
    import sys

    code = (
        "import sys; from kabar_cli.cli import main; "
        "sys.argv = ['kabar', *sys.argv[2:], '--db', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert not done.code, done.code\n"
        f"heavy = {HEAVY!r}\n"
        "print(sorted(m for m in sys.modules if m in heavy or m.split('.')[0] in heavy), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, db, *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"
