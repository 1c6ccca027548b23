"""The spaCy pipeline: `spacy.blank("id")`'s tokenizer, abbreviations kept whole, and sentence boundaries.

The language comes from `kabar_cli.lang_id`: it tokenizes exactly as `spacy.blank("id")` but builds in a
fraction of the time (its ~15,600 hyphenated exceptions are looked up, not registered one by one).
Only the extract stage imports this module; query commands never load spaCy.
"""
from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.lang_id import fast_indonesian

EXTRA_ABBREVIATIONS = ("Kab.", "Kec.", "Kel.", "Prov.", "Jl.", "No.", "Tbk.", "Sdr.", "St.", "Ds.")
SENTENCE_END = {".", "!", "?"}
CLOSERS = {"”", '"', "’", "'", ")", "]"}


def abbreviations() -> list[str]:
    """Dotted words that must stay single tokens so sentences do not break after them ('Pj.', 'Plh.', 'Kab.')."""
    people = lexicon.people()
    words = [*people["honorifics"], *people["ranks"], *people["degrees"], *lexicon.titles()["acting_prefixes"], *EXTRA_ABBREVIATIONS]
    return sorted({w for w in words if w.endswith(".") and " " not in w})


@Language.component("kabar_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    """Sentences end at '.', '!' or '?' (after any closing quotes) and at every line break."""
    start_next = True
    for i, token in enumerate(doc):
        if token.is_space:
            token.is_sent_start = start_next if i == 0 else False
            if "\n" in token.text:
                start_next = True
            continue
        token.is_sent_start = start_next or i == 0
        start_next = "\n" in token.whitespace_ or (token.text in SENTENCE_END and not _closer_follows(doc, i))
        if token.text in CLOSERS and i > 0 and doc[i - 1].text in SENTENCE_END:
            start_next = start_next or token.whitespace_ != ""
    return doc


def _closer_follows(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].text in CLOSERS


@cache
def build_nlp() -> Language:
    nlp = fast_indonesian(abbreviations())
    nlp.add_pipe("kabar_sentences")
    return nlp


def parse(text: str) -> Doc:
    return build_nlp()(text)
