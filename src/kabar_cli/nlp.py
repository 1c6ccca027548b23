"""The spaCy pipeline: `spacy.blank("id")`'s tokenizer, abbreviations kept whole, and sentence boundaries.

The language comes from `kabar_cli.lang_id`: it tokenizes exactly as `spacy.blank("id")` but builds in a
fraction of the time (its ~15,600 hyphenated exceptions are looked up, not registered one by one).
Only the extract stage imports this module; query commands never load spaCy.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.lang_id import fast_indonesian
from kabar_cli.tokenview import TokenView

EXTRA_ABBREVIATIONS = ("Kab.", "Kec.", "Kel.", "Prov.", "Jl.", "No.", "Tbk.", "Sdr.", "St.", "Ds.")
SENTENCE_END = {".", "!", "?"}
CLOSERS = {"”", '"', "’", "'", ")", "]"}
MARKS = SENTENCE_END | CLOSERS


def abbreviations() -> list[str]:
    """Dotted words that must stay single tokens, so sentences do not break after them ('Pj.', 'Plh.',
    'Kab.')."""
    people = lexicon.people()
    words = [
        *people["honorifics"],
        *people["ranks"],
        *people["degrees"],
        *lexicon.titles()["acting_prefixes"],
        *EXTRA_ABBREVIATIONS,
    ]
    return sorted({w for w in words if w.endswith(".") and " " not in w})


@Language.component("kabar_sentences")
def set_sentence_starts(doc: Doc, source: str | None = None) -> Doc:
    """Sentences end at '.', '!' or '?' (after any closing quotes) and at every line break; the Doc's token
    view (`doc._.kabar`, a `TokenView`) is built here, once, with the sentences in it. `source`: the Doc's
    text, when the caller has it (`doc.text` joins every token again).

    Only the tokens that can end a sentence are visited. The sentences live in the token view alone: nothing
    reads spaCy's `is_sent_start`, and setting it (one `from_array`) cost a fifth of this component.
    """
    source = doc.text if source is None else source
    if not len(doc):
        doc._.kabar = TokenView.build(source, [], [], [], [])
        return doc
    columns = doc.to_array([IDX, LENGTH, IS_SPACE, SPACY])
    offsets, lengths, trailing = columns[:, 0].tolist(), columns[:, 1].tolist(), columns[:, 3].tolist()
    texts = [source[at : at + length] for at, length in zip(offsets, lengths, strict=True)]
    space_at = numpy.flatnonzero(columns[:, 2]).tolist()
    spaces = columns[:, 2].astype(bool).tolist()
    single = numpy.flatnonzero(columns[:, 1] == 1).tolist()  # every mark is one character
    double = numpy.flatnonzero(columns[:, 1] == 2).tolist()  # 'B.' in 'Komisi B. Sebelum'
    # marks, a unit's letter with the full stop, then line breaks
    ends = _sentence_ends(texts, trailing, single) + [i for i in double if _lettered_end(texts, trailing, i)]
    ends += [i for i in space_at if "\n" in texts[i]]
    firsts = sorted({0, *(_next_word(spaces, i + 1) for i in ends)} - {len(texts)})
    bounds = list(zip(firsts, [*firsts[1:], len(texts)], strict=True))
    doc._.kabar = TokenView.build(source, texts, spaces, offsets, bounds)
    return doc


def _sentence_ends(texts: list[str], trailing: list[int], single: list[int]) -> list[int]:
    """The tokens after which a new sentence starts: '.', '!' or '?' not followed by a closer, and a closer
    right after one of those when a space follows it ('.” Lalu'). `single`: the one-character tokens."""
    last = len(texts) - 1
    ends = []
    for i in [i for i in single if texts[i] in MARKS]:
        text = texts[i]
        if text in SENTENCE_END:
            if i == last or texts[i + 1] not in CLOSERS:
                ends.append(i)
        elif i > 0 and texts[i - 1] in SENTENCE_END and trailing[i]:
            ends.append(i)
    return ends


def _lettered_end(texts: list[str], trailing: list[int], i: int) -> bool:
    """'Ketua Komisi B. Sebelum ...': a capital letter and a dot after a noun a letter names, a space and a
    capitalised word after it, ends the sentence (elsewhere 'B.' is an initial: 'Hendra B. Santoso')."""
    text = texts[i]
    if text[1] != "." or not text[0].isupper() or i == 0 or i + 1 == len(texts) or not trailing[i]:
        return False
    return texts[i - 1].lower() in lexicon.function_words().lettered_nouns and texts[i + 1][:1].isupper()


def _next_word(spaces: list[bool], i: int) -> int:
    while i < len(spaces) and spaces[i]:
        i += 1
    return i


def set_sentence_starts_slow(doc: Doc) -> Doc:
    """The reference implementation of `set_sentence_starts` (one token at a time); tests compare the two."""
    start_next, words, trailing = True, [t.text for t in doc], [len(t.whitespace_) for t in doc]
    for i, token in enumerate(doc):
        if token.is_space:
            token.is_sent_start = start_next if i == 0 else False
            if "\n" in token.text:
                start_next = True
            continue
        token.is_sent_start = start_next or i == 0
        start_next = "\n" in token.whitespace_ or (token.text in SENTENCE_END and not _closer_follows(doc, i))
        if len(token) == 2:
            start_next = start_next or _lettered_end(words, trailing, i)
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
    """`build_nlp()(text)`, told its text (see `set_sentence_starts`): a Doc with sentences, token view."""
    return set_sentence_starts(build_nlp().make_doc(text), text)
