"""Schema changes as named, ordered migrations; each applied name is recorded in `schema_migrations`."""

from __future__ import annotations

M001_INITIAL = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, outlet TEXT, headline TEXT,
    published TEXT, anchor TEXT, anchor_source TEXT, chars INTEGER NOT NULL, text TEXT NOT NULL,
    extracted_at TEXT NOT NULL
);
CREATE TABLE sentences (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx)
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY, article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    label TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence INTEGER NOT NULL, value TEXT, entity TEXT
);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY, article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    predicate TEXT NOT NULL, subject TEXT NOT NULL, object TEXT, "of" TEXT, status TEXT,
    start TEXT, "end" TEXT, place TEXT, ev_sentence TEXT NOT NULL, ev_start INTEGER NOT NULL,
    ev_end INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article, start);
CREATE INDEX mentions_label_entity ON mentions(label, entity);
CREATE INDEX mentions_date ON mentions(label, value);
CREATE INDEX facts_article ON facts(article);
CREATE INDEX facts_subject ON facts(subject, predicate);
CREATE INDEX facts_predicate ON facts(predicate);
"""

M002_ENTITIES = """
CREATE TABLE entities (
    id INTEGER PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (label, name)
);
CREATE TABLE aliases (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, alias TEXT NOT NULL,
    alias_key TEXT NOT NULL, PRIMARY KEY (entity, alias)
);
CREATE INDEX aliases_key ON aliases(alias_key);
"""

M003_MEMBERS = """
CREATE TABLE members (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, article TEXT NOT NULL,
    name TEXT NOT NULL, PRIMARY KEY (entity, article, name)
);
CREATE INDEX members_article ON members(article, name);
INSERT OR IGNORE INTO members
    SELECT DISTINCT a.entity, m.article, m.entity FROM mentions m
    JOIN aliases a ON a.alias = m.entity JOIN entities e ON e.id = a.entity AND e.label = m.label
    WHERE m.entity IS NOT NULL
"""

M004_SEARCH = """
CREATE VIRTUAL TABLE sentence_search USING fts5(
    text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO sentence_search(sentence_search) VALUES ('rebuild')
"""

M005_INDEXES = """
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(article, sentence, label, entity)
"""

M006_DATE_SENTENCES = """
CREATE INDEX IF NOT EXISTS mentions_date_sentence ON mentions(label, value, article, sentence)
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("m001_initial", M001_INITIAL),
    ("m002_entities", M002_ENTITIES),
    ("m003_members", M003_MEMBERS),
    ("m004_search", M004_SEARCH),
    ("m005_indexes", M005_INDEXES),
    (
        "m006_date_sentences",
        M006_DATE_SENTENCES,
    ),  # the timeline reads (article, sentence) of dates from the index
]
