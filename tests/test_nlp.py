"""The fast Indonesian pipeline tokenizes exactly as the stock `spacy.blank("id")` and builds quickly."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.symbols import ORTH

from kabar_cli.lang_id import HYPHENATED, fast_indonesian
from kabar_cli.nlp import abbreviations, build_nlp

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (
    "Kupu-kupu terbang di antara anak-anak, masing-masing membawa (bendera-bendera) kecil. "
    "Pj. Bupati Kab. Banyuwangi, Drs. H. Mujiono, M.Si., meninjau kupu-kupu-kupu dan x-kupu-kupu; "
    "anak-anak-nya, Anak-Anak, ANAK-ANAK, sebaik-baiknya, ke-2, 2-3 Mei 2022, 10-12 km, COVID-19, "
    'e-KTP, Sabtu-Minggu, jalan-jalan—lalu, "sama-sama", :-) dan Jum\'at 4 Jan. 2024 pukul 10.00 WIB.'
)


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.blank("id")
    for word in abbreviations():
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp


def texts_of(nlp, text):
    return [(t.text, t.whitespace_) for t in nlp.tokenizer(text)]


def test_sample_tokenizes_as_stock(stock):
    assert texts_of(build_nlp(), SAMPLE) == texts_of(stock, SAMPLE)


def test_seed_articles_tokenize_as_stock(stock):
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert texts_of(build_nlp(), text) == texts_of(stock, text), path.name


def test_every_hyphenated_exception_in_context(stock):
    """Each of the ~15,600 words alone, bracketed, suffixed and run together with another."""
    rnd = random.Random(6)
    words = sorted(HYPHENATED)
    forms = [
        "{w}",
        "({w})",
        "{w},",
        "{w}-{v}",
        "x-{w}",
        "{w}-nya",
        "{w}.",
        '"{w}"',
        "{w}-{v}-{w}",
        "{w}/{v}",
        "-{w}",
        "{w}-",
        "{w}—{v}",
        "{w}-2",
        "2-{w}",
        "{w}-ku",
    ]
    fast = build_nlp()
    for i in range(0, len(words), 200):
        text = " ".join(rnd.choice(forms).format(w=w, v=rnd.choice(words)) for w in words[i : i + 200])
        assert texts_of(fast, text) == texts_of(stock, text)


def test_stock_exceptions_are_covered(stock):
    fast = fast_indonesian()
    assert len(HYPHENATED) > 15000
    assert set(fast.tokenizer.rules) | HYPHENATED >= set(spacy.blank("id").tokenizer.rules)


def test_sentence_starts_match_the_reference():
    from kabar_cli.nlp import set_sentence_starts_slow

    nlp = build_nlp()
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [
        SAMPLE,
        "",
        " ",
        "\n\nHalo.",
        'Ia berkata, "Selesai." Lalu pergi!) Baru? "Ya."\nBaris',
        "Pj. Bupati tiba. (Foto.) Akhir",
        'Akhir."',
        "Satu.  \n  Dua",
        "Apa?! Ya",
        "Kata. ” Lalu",
        "  \n Awal. ",
        ".",
        "\n",
        "Ia Ketua Komisi B. Sebelum itu guru. Hendra B. Santoso hadir di Blok C.",
    ]
    for text in texts:
        fast = nlp(text)._.kabar.sent_starts
        slow = [i for i, t in enumerate(set_sentence_starts_slow(nlp.make_doc(text))) if t.is_sent_start]
        assert fast == slow, text[:40]
