"""End to end: the installed `kabar` console script, run as a subprocess on seeds/ into a temporary store.

The expectations are the project's seed expectations; they describe what kabar must find in seeds/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS

A000, A001, A002, A003, A004 = (
    "000_662ad364d82ee357",
    "001_cd26278af67e74d8",
    "002_f56a2e8d176fc81d",
    "003_c4c2a3533f64005c",
    "004_b4a4d3082cf3711c",
)
DPUCK = "Dinas Pekerjaan Umum Cipta Karya"


def kabar_script() -> str:
    beside = Path(sys.executable).parent / "kabar"
    found = str(beside) if beside.exists() else shutil.which("kabar")
    assert found, "the kabar console script is not installed"
    return found


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("e2e") / "seeds.db"
    result = run("extract", str(SEEDS), db=db)
    assert result.returncode == 0, result.stderr
    assert "articles: 5 extracted" in result.stderr
    return db


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KABAR_DB": str(db), "COLUMNS": "200"}
    return subprocess.run(
        [kabar_script(), *args], capture_output=True, text=True, env=env, timeout=300, encoding="utf-8"
    )


def run_json(*args: str, db: Path):
    result = run(*args, db=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def mujiono(seed_db: Path) -> dict:
    return run_json("who", "Mujiono", "--json", db=seed_db)


def held(profile: dict) -> list[tuple[str, str | None, str]]:
    return [(p["title"], p["of"], p["status"]) for p in profile["positions"]]


def test_mujiono_articles(mujiono: dict) -> None:
    assert mujiono["name"] == "Mujiono"
    assert mujiono["articles"] == [A000, A001, A003]


def test_mujiono_sekretaris_daerah_of_banyuwangi(mujiono: dict) -> None:
    assert any(t == "Sekretaris Daerah" and of and "Banyuwangi" in of for t, of, _ in held(mujiono))


@pytest.mark.parametrize("status", ["candidate", "current"])
def test_mujiono_wakil_bupati(mujiono: dict, status: str) -> None:
    assert ("Wakil Bupati", "Banyuwangi", status) in [(t, of, s) for t, of, s in held(mujiono)]


@pytest.mark.parametrize("title", ["Kepala Dinas", "Sekretaris Dinas"])
def test_mujiono_dinas_posts(mujiono: dict, title: str) -> None:
    assert (title, DPUCK) in [(t, of) for t, of, _ in held(mujiono)]


def test_mujiono_birth(mujiono: dict) -> None:
    assert mujiono["born"] == {"date": "1966-09-15", "place": "Banyuwangi"}


def test_mujiono_nine_quotes(mujiono: dict) -> None:
    quotes = mujiono["quotes"]
    assert len(quotes) == 9
    assert {q["article"] for q in quotes} == {A000, A001, A003}
    assert len({q["text"] for q in quotes}) == 9


def test_ipuk(seed_db: Path) -> None:
    ipuk = run_json("who", "Ipuk", "--json", db=seed_db)
    assert ipuk["name"] == "Ipuk Fiestiandani"
    assert len(ipuk["articles"]) == 3


def test_articles_dates(seed_db: Path) -> None:
    rows = {r["id"]: r for r in run_json("articles", "--json", db=seed_db)}
    assert sorted(rows) == [A000, A001, A002, A003, A004]
    assert {k: r["published"] for k, r in rows.items()} == {
        A000: None,
        A001: None,
        A002: "2022-03-11",
        A003: None,
        A004: None,
    }
    anchors = {k: r["anchor"] for k, r in rows.items()}
    assert {k: anchors[k] for k in (A000, A001, A003, A004)} == {
        A000: "2024-09-04",
        A001: None,
        A003: "2026-01-28",
        A004: "2024-12-10",
    }


def _bounds(value: str) -> tuple[str, str]:
    first, _, last = value.partition("/")
    last = last or first
    low = (
        "0000-01-01" if first == ".." else (first + "-01-01"[len(first) - 4 :] if len(first) < 10 else first)
    )
    high = "9999-12-31" if last == ".." else (last + "-12-31"[len(last) - 4 :] if len(last) < 10 else last)
    return low, high


def test_bounds_helper() -> None:
    assert _bounds("2022") == ("2022-01-01", "2022-12-31")
    assert _bounds("2022-10") == ("2022-10-01", "2022-10-31")
    assert _bounds("2022-03-08/2022-03-09") == ("2022-03-08", "2022-03-09")
    assert _bounds("2016/..") == ("2016-01-01", "9999-12-31")


def test_timeline_2022(seed_db: Path) -> None:
    events = run_json("timeline", "--year", "2022", "--json", db=seed_db)
    dates = [e["date"] for e in events]
    for expected in ("2022-03-08/2022-03-09", "2022-03-09", "2022-10"):
        assert expected in dates
    for event in events:
        low, high = _bounds(event["date"])
        assert low <= "2022-12-31" and high >= "2022-01-01", event
    assert [_bounds(d)[0] for d in dates] == sorted(_bounds(d)[0] for d in dates)


def test_rerun_is_unchanged(seed_db: Path) -> None:
    result = run("extract", str(SEEDS), db=seed_db)
    assert result.returncode == 0
    assert "articles: 0 extracted, 5 unchanged" in result.stderr


def test_missing_store_exit_code(tmp_path: Path) -> None:
    result = run("who", "Mujiono", db=tmp_path / "kosong.db")
    assert result.returncode == 2
    assert "no kabar store" in result.stderr
