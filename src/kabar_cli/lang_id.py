"""A fast-building Indonesian language: `spacy.blank("id")`'s tokenization without its 1.5 s start-up.

The stock Indonesian tokenizer carries ~16,000 special cases, ~15,600 of them hyphenated reduplications
('kupu-kupu', 'masing-masing') whose only effect is to keep the word whole. Registering each one costs
a tokenization and a PhraseMatcher pattern, which is what makes `spacy.blank("id")` slow to build.

Here those words live in a frozenset and the infix finder consults it instead: a chunk that is such a
word is not split, and a chunk that merely contains one ('kupu-kupu-kupu', 'x-kupu-kupu') keeps it whole
exactly as the stock tokenizer's special-case pass does (longest match first). Special cases that are not
plain hyphenated words (emoticons like ':-)', abbreviations, 'Jan.') stay real special cases.
`tests/test_nlp.py` checks the tokenization equals the stock pipeline's.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.lang.id import Indonesian, IndonesianDefaults
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex


def _plain_hyphenated(orth: str, pieces: list[dict]) -> bool:
    """A special case that only keeps a hyphenated word whole, and that no prefix or suffix rule touches."""
    return (
        "-" in orth
        and len(pieces) == 1
        and set(pieces[0]) == {ORTH}
        and pieces[0][ORTH] == orth
        and orth[0].isalnum()
        and orth[-1].isalnum()
    )


HYPHENATED = frozenset(
    orth for orth, pieces in TOKENIZER_EXCEPTIONS.items() if _plain_hyphenated(orth, pieces)
)
LONGEST = max(map(len, HYPHENATED))
OTHER_EXCEPTIONS = {orth: pieces for orth, pieces in TOKENIZER_EXCEPTIONS.items() if orth not in HYPHENATED}


class _Split:
    """A stand-in for a regex match: spaCy only calls start() and end()."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _pieces(string: str, matches: list) -> list[tuple[int, int]]:
    """The tokens spaCy's tokenizer makes of `string` from these infix matches (mirrors
    Tokenizer._attach_tokens)."""
    out, start = [], 0
    for match in matches:
        infix_start, infix_end = match.start(), match.end()
        if infix_start == 0:
            continue
        if infix_start != start:
            out.append((start, infix_start))
        if infix_start != infix_end:
            out.append((infix_start, infix_end))
        start = infix_end
    if start < len(string):
        out.append((start, len(string)))
    return out


def hyphen_aware_finditer(stock_finditer):
    """Wrap the stock infix finder so hyphenated exception words stay whole."""

    def finditer(string: str) -> list:
        matches = list(stock_finditer(string))
        if not matches or "-" not in string:
            return matches
        if string in HYPHENATED:
            return []
        pieces = _pieces(string, matches)
        # pieces are non-empty, so no word spans more than LONGEST pieces: without the bound a
        # hyphen-only chunk ('ke-ke-ke-...', 10,000 characters) took 40 s (issue 7)
        found = [
            (i, j)
            for i in range(len(pieces))
            for j in range(i + 1, min(len(pieces), i + LONGEST))
            if string[pieces[i][0] : pieces[j][1]] in HYPHENATED
        ]
        if not found:
            return matches
        # the stock special-case pass: longest first (ties: the earlier start), skipping overlaps at
        # either end
        found.sort(key=lambda ij: (ij[1] - ij[0], -ij[0]))
        seen: set[int] = set()
        keep = []
        for i, j in reversed(found):
            if i not in seen and j not in seen:
                keep.append((i, j))
            seen.update(range(i, j + 1))
        merged, k = [], 0
        starts = dict(keep)
        while k < len(pieces):
            if k in starts:
                merged.append((pieces[k][0], pieces[starts[k]][1]))
                k = starts[k] + 1
            else:
                merged.append(pieces[k])
                k += 1
        return [_Split(s, e) for s, e in merged[1:]]

    return finditer


class FastIndonesianDefaults(IndonesianDefaults):
    tokenizer_exceptions = OTHER_EXCEPTIONS


class FastIndonesian(Indonesian):
    """`Indonesian` with the hyphenated exceptions handled by the infix finder (not registered: build it
    directly)."""

    lang = "id"
    Defaults = FastIndonesianDefaults


def fast_indonesian(single_tokens: Iterable[str] = ()) -> Language:
    """A blank Indonesian pipeline tokenizing as `spacy.blank("id")` does, plus `single_tokens` kept whole."""
    rules = dict(OTHER_EXCEPTIONS)
    rules.update({word: [{ORTH: word}] for word in single_tokens})

    def create_tokenizer(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(d.prefixes or ()).search,
            suffix_search=compile_suffix_regex(d.suffixes or ()).search,
            infix_finditer=hyphen_aware_finditer(compile_infix_regex(d.infixes or ()).finditer),
            token_match=d.token_match,
            url_match=d.url_match,
        )

    return FastIndonesian(create_tokenizer=create_tokenizer)
