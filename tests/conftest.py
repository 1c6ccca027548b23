"""Shared fixtures: every test gets its own store, so no test ever touches the user's ./kabar.db
or $KABAR_DB."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kabar_cli.records import ArticleRecord, RawArticle

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point $KABAR_DB at a fresh path under tmp_path (the store does not exist until a test extracts)."""
    db = tmp_path / "store" / "kabar.db"
    db.parent.mkdir()
    monkeypatch.setenv("KABAR_DB", str(db))
    return db


def raw_article(text: str, article_id: str = "t") -> RawArticle:
    return RawArticle(
        id=article_id,
        path=f"{article_id}.txt",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def run_pipeline(text: str, article_id: str = "t") -> ArticleRecord:
    """The real extract stage on one text."""
    from kabar_cli.extract import extract_article

    return extract_article(raw_article(text, article_id))


@pytest.fixture
def extract():
    return run_pipeline
