"""The spaCy pipeline: `spacy.blank("id")`'s tokenizer, abbreviations kept whole, and sentence boundaries.

The language comes from `kabar_cli.lang_id`: it tokenizes exactly as `spacy.blank("id")` but builds in a
fraction of the time (its ~15,600 hyphenated exceptions are looked up, not registered one by one).
Only the extract stage imports this module; query commands never load spaCy.
"""
from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START, SPACY
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
    """Sentences end at '.', '!' or '?' (after any closing quotes) and at every line break.

    The flags are computed on plain lists and set in one `from_array`: setting `token.is_sent_start` one by one
    rescans the whole Doc each time (quadratic on long articles).
    """
    if not len(doc):
        return doc
    # read as arrays: a Token object per token costs more
    orths, space_flags, trailing_flags, offsets = doc.to_array([ORTH, IS_SPACE, SPACY, IDX]).T.tolist()
    strings = doc.vocab.strings
    texts, spaces = [strings[orth] for orth in orths], [flag == 1 for flag in space_flags]
    trailing = [" " if flag else "" for flag in trailing_flags]
    # extract.tokens reads these caches (lowers(), flags()): spaCy's `lower_` is `text.lower()`
    doc.user_data["kabar_lowers"] = [text.lower() for text in texts]
    doc.user_data["kabar_texts"], doc.user_data["kabar_spaces"] = texts, spaces
    doc.user_data["kabar_offsets"] = offsets
    starts = []
    start_next = True
    last = len(texts) - 1
    for i, text in enumerate(texts):
        if spaces[i]:
            starts.append(start_next if i == 0 else False)
            if "\n" in text:
                start_next = True
            continue
        starts.append(start_next or i == 0)
        start_next = "\n" in trailing[i] or (text in SENTENCE_END and not (i < last and texts[i + 1] in CLOSERS))
        if text in CLOSERS and i > 0 and texts[i - 1] in SENTENCE_END:
            start_next = start_next or trailing[i] != ""
    doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64"))
    firsts = [i for i, start in enumerate(starts) if start]
    doc.user_data["kabar_sents"] = list(zip(firsts, [*firsts[1:], len(texts)]))  # what extract.tokens.sentence_bounds() reads
    return doc


def set_sentence_starts_slow(doc: Doc) -> Doc:
    """The reference implementation of `set_sentence_starts` (one token at a time); tests compare the two."""
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
    doc = build_nlp()(text)
    doc.user_data["kabar_source"] = text  # the Doc's text, kept so extract.tokens.span_text() needs no Doc.text
    return doc
