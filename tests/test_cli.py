"""The command line through typer's CliRunner: extract a small folder of articles, then every read command."""

from __future__ import annotations

import inspect
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kabar_cli.cli import app

PASAR = """Bupati Banyuwangi Ipuk Fiestiandani Resmikan Pasar Genteng

Banyuwangi (ANTARA) - Bupati Banyuwangi Ipuk Fiestiandani meresmikan Pasar Genteng di Kecamatan Genteng \
pada Senin, 12 Februari 2024.
“Pasar ini kami bangun agar pedagang lebih nyaman berjualan,” kata Ipuk.
“Kami juga menyiapkan tempat parkir yang luas,” imbuhnya.
"""
SEKDA = """Sekretaris Daerah Kabupaten Lumajang, Joko Santoso memimpin rapat anggaran pada 3 Maret 2023.
Joko Santoso mengatakan, “Belanja pegawai harus ditekan tahun depan.”
Joko lahir di Lumajang pada 20 Mei 1970.
"""
LOMBA = """Camat Genteng Slamet Riyadi membuka lomba desa pada 17 Agustus 2022.
Lomba itu digelar setiap tahun mulai 2021 hingga 2023.
Lomba serupa digelar kembali pada Oktober 2024 di Kecamatan Genteng.
"""
QUOTE_PASAR_1 = "Pasar ini kami bangun agar pedagang lebih nyaman berjualan,"
QUOTE_PASAR_2 = "Kami juga menyiapkan tempat parkir yang luas,"
QUOTE_SEKDA = "Belanja pegawai harus ditekan tahun depan."


def make_runner() -> CliRunner:
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()  # click >= 8.2 keeps stderr apart by default


runner = make_runner()


def invoke(*args: str, code: int = 0):
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    return result


def as_json(*args: str):
    return json.loads(invoke(*args).stdout)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pasar.txt").write_text(PASAR, encoding="utf-8")
    (folder / "sekda.txt").write_text(SEKDA, encoding="utf-8")
    (folder / "lomba.txt").write_text(LOMBA, encoding="utf-8")
    return folder


@pytest.fixture
def store(corpus: Path, isolated_store: Path) -> Path:
    result = invoke("extract", str(corpus))
    assert "articles: 3 extracted, 0 unchanged" in result.stderr
    assert isolated_store.exists()
    return isolated_store


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("articles", "sentences", "mentions", "facts", "entities", "aliases")
        }


def test_store_goes_to_kabar_db_env(store: Path, tmp_path: Path) -> None:
    assert store.parent.parent == tmp_path
    assert not Path("kabar.db").exists() or Path("kabar.db").resolve() != store.resolve()


def test_articles_json(store: Path) -> None:
    rows = as_json("articles", "--json")
    assert [r["id"] for r in rows] == ["lomba", "pasar", "sekda"]
    pasar = rows[1]
    assert pasar["outlet"] == "ANTARA"
    assert pasar["headline"] == "Bupati Banyuwangi Ipuk Fiestiandani Resmikan Pasar Genteng"
    assert (pasar["published"], pasar["anchor"]) == (None, "2024-02-12")
    assert pasar["path"].endswith("pasar.txt")


def test_mentions_json_person(store: Path) -> None:
    rows = as_json("mentions", "--json", "--label", "PERSON")
    assert [(r["article"], r["text"], r["start"], r["end"], r["entity"]) for r in rows] == [
        ("lomba", "Slamet Riyadi", 14, 27, "Slamet Riyadi"),
        (
            "pasar",
            "Ipuk Fiestiandani",
            PASAR.index("Ipuk Fiestiandani meresmikan"),
            PASAR.index("Ipuk Fiestiandani meresmikan") + 17,
            "Ipuk Fiestiandani",
        ),
        ("pasar", "Ipuk", PASAR.index("Ipuk."), PASAR.index("Ipuk.") + 4, "Ipuk Fiestiandani"),
        ("sekda", "Joko Santoso", 38, 50, "Joko Santoso"),
        (
            "sekda",
            "Joko Santoso",
            SEKDA.index("Joko Santoso mengatakan"),
            SEKDA.index(" mengatakan"),
            "Joko Santoso",
        ),
        ("sekda", "Joko", SEKDA.index("Joko lahir"), SEKDA.index(" lahir"), "Joko Santoso"),
    ]
    assert {r["label"] for r in rows} == {"PERSON"}


def test_mentions_jsonl_one_object_per_line(store: Path) -> None:
    lines = invoke("mentions", "--jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) > 6
    assert {r["label"] for r in rows} >= {"PERSON", "PLACE", "TITLE", "DATE"}
    texts = {"lomba": LOMBA, "pasar": PASAR, "sekda": SEKDA}
    for row in rows:
        assert texts[row["article"]][row["start"] : row["end"]] == row["text"]


def test_facts_json_said(store: Path) -> None:
    rows = as_json("facts", "--json", "--predicate", "said")
    assert [(r["article"], r["subject"], r["object"]) for r in rows] == [
        ("pasar", "Ipuk Fiestiandani", QUOTE_PASAR_1),
        ("pasar", "Ipuk Fiestiandani", QUOTE_PASAR_2),
        ("sekda", "Joko Santoso", QUOTE_SEKDA),
    ]
    first = rows[0]["evidence"]
    assert PASAR[first["start"] : first["end"]] == QUOTE_PASAR_1
    assert first["sentence"].startswith("“Pasar ini")


def test_who_json(store: Path) -> None:
    ipuk = as_json("who", "ipuk", "--json")
    assert ipuk["name"] == "Ipuk Fiestiandani"
    assert ipuk["aliases"] == ["Ipuk"]
    assert [(p["title"], p["of"], p["status"]) for p in ipuk["positions"]] == [
        ("Bupati", "Banyuwangi", "current")
    ]
    assert ipuk["positions"][0]["sources"] == ["pasar"]
    assert [(q["text"], q["article"], q["date"]) for q in ipuk["quotes"]] == [
        (QUOTE_PASAR_1, "pasar", "2024-02-12"),
        (QUOTE_PASAR_2, "pasar", "2024-02-12"),
    ]
    assert ipuk["born"] is None
    assert ipuk["articles"] == ["pasar"]

    joko = as_json("who", "Joko Santoso", "--json")
    assert [(p["title"], p["of"], p["status"]) for p in joko["positions"]] == [
        ("Sekretaris Daerah", "Kabupaten Lumajang", "current")
    ]
    assert joko["born"] == {"date": "1970-05-20", "place": "Lumajang"}
    assert [q["text"] for q in joko["quotes"]] == [QUOTE_SEKDA]


def test_who_no_match_exits_1_with_message_on_stderr(store: Path) -> None:
    result = invoke("who", "Sutrisno Wibowo", "--json", code=1)
    assert result.stdout == ""
    assert "kabar: no person named 'Sutrisno Wibowo'" in result.stderr


def test_read_command_without_store_exits_2(isolated_store: Path) -> None:
    result = invoke("articles", "--json", code=2)
    assert "no kabar store" in result.stderr
    assert not isolated_store.exists()


def test_timeline_year_keeps_overlapping_events_sorted(store: Path) -> None:
    events = as_json("timeline", "--year", "2022", "--json")
    assert [(e["date"], e["article"]) for e in events] == [("2021/2023", "lomba"), ("2022-08-17", "lomba")]
    assert events[1]["persons"] == ["Slamet Riyadi"]
    everything = as_json("timeline", "--json")
    dates = [e["date"] for e in everything]
    assert dates == ["1970-05-20", "2021/2023", "2022-08-17", "2023-03-03", "2024-02-12", "2024-10"]


def test_timeline_from_to_and_jsonl(store: Path) -> None:
    lines = invoke("timeline", "--from", "2023-03", "--to", "2024-02", "--jsonl").stdout.splitlines()
    assert [json.loads(line)["date"] for line in lines] == ["2021/2023", "2023-03-03", "2024-02-12"]


def test_timeline_limit_table_and_json(store: Path) -> None:
    table = invoke("timeline", "--limit", "2")
    assert "4 more events not shown" in table.stderr and "--limit 0" in table.stderr
    assert "more events" not in invoke("timeline", "--limit", "0").stderr
    assert "more events" not in invoke("timeline").stderr  # 6 events: under the default 100
    assert [e["date"] for e in as_json("timeline", "--json", "--limit", "2")] == ["1970-05-20", "2021/2023"]
    assert len(invoke("timeline", "--jsonl").stdout.splitlines()) == 6
    assert as_json("timeline", "--year", "1900", "--json") == []


def test_list_commands_stream_one_json_array(store: Path) -> None:
    articles = as_json("articles", "--json")
    assert articles and set(articles[0]) == {
        "id",
        "path",
        "outlet",
        "headline",
        "published",
        "anchor",
        "anchor_source",
    }
    facts = as_json("facts", "--json")
    assert set(facts[0]["evidence"]) == {"sentence", "start", "end"}
    lines = [json.loads(line) for line in invoke("mentions", "--jsonl").stdout.splitlines()]
    assert lines == as_json("mentions", "--json")


@pytest.mark.parametrize("bad", ["bad", "2022-13", "22-01-01", "2022-02-30x"])
def test_timeline_bad_date_exits_2(store: Path, bad: str) -> None:
    result = invoke("timeline", "--from", bad, code=2)
    assert "not a date" in result.stderr


def test_extract_missing_path_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada"
    result = invoke("extract", str(missing), code=2)
    assert f"kabar: no such file or folder: {missing}" in " ".join(result.stderr.split())  # Rich may wrap


def test_extract_skips_non_txt_with_note(corpus: Path, isolated_store: Path) -> None:
    (corpus / "foto.pdf").write_bytes(b"%PDF-1.4 bukan artikel")
    result = invoke("extract", str(corpus), code=1)
    assert "skipped" in result.stderr and "foto.pdf" in result.stderr
    assert "articles: 3 extracted" in result.stderr
    assert counts(isolated_store)["articles"] == 3


def test_rerun_adds_nothing_twice(store: Path, corpus: Path) -> None:
    before = counts(store)
    result = invoke("extract", str(corpus))
    assert "articles: 0 extracted, 3 unchanged" in result.stderr
    assert counts(store) == before
    invoke("extract", str(corpus), str(corpus / "pasar.txt"))
    assert counts(store) == before


def test_changed_file_replaces_its_own_facts(store: Path, corpus: Path) -> None:
    before = as_json("facts", "--json")
    changed = SEKDA.replace(QUOTE_SEKDA, "Belanja modal untuk jalan desa harus naik.")
    (corpus / "sekda.txt").write_text(changed, encoding="utf-8")
    result = invoke("extract", str(corpus))
    assert "articles: 1 extracted, 2 unchanged" in result.stderr
    after = as_json("facts", "--json")
    assert [f for f in after if f["article"] != "sekda"] == [f for f in before if f["article"] != "sekda"]
    said = [
        (f["subject"], f["object"]) for f in after if f["article"] == "sekda" and f["predicate"] == "said"
    ]
    assert said == [("Joko Santoso", "Belanja modal untuk jalan desa harus naik.")]
    assert len([f for f in after if f["article"] == "sekda"]) == len(
        [f for f in before if f["article"] == "sekda"]
    )


def test_json_keeps_non_ascii(store: Path) -> None:
    out = invoke("facts", "--json", "--predicate", "said").stdout
    assert "“Pasar ini" in out
    assert "\\u201c" not in out
    out = invoke("mentions", "--jsonl", "--article", "pasar").stdout
    assert "\\u" not in out


def test_db_option_overrides_env(corpus: Path, tmp_path: Path, isolated_store: Path) -> None:
    other = tmp_path / "lain.db"
    invoke("extract", str(corpus / "pasar.txt"), "--db", str(other))
    assert other.exists() and not isolated_store.exists()
    assert [r["id"] for r in as_json("articles", "--json", "--db", str(other))] == ["pasar"]


def test_table_output_runs(store: Path) -> None:
    assert "Ipuk" in invoke("who", "Ipuk").stdout
    assert "pasar" in invoke("articles").stdout
