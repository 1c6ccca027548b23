"""The extractors' questions about tokens, answered from the Doc's token view (`kabar_cli.tokenview`, built
once per Doc by `kabar_cli.nlp.parse`), and a longest-match phrase index over lowercase tokens."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

from spacy.tokens import Doc

from kabar_cli.extract.hits import Sent
from kabar_cli.tokenview import INITIAL as INITIAL
from kabar_cli.tokenview import TokenView
from kabar_cli.tokenview import cap_text as cap_text
from kabar_cli.tokenview import name_text as name_text
from kabar_cli.tokenview import non_name_words as non_name_words
from kabar_cli.tokenview import particles as particles

T = TypeVar("T")
_MISSING = object()


@cache
def word_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase split the way spaCy splits words from brackets and commas, lowercased."""
    return tuple(t.lower() for t in re.findall(r"[^\s(),]+|[(),]", phrase))


@dataclass(slots=True)
class Match(Generic[T]):
    start: int
    end: int
    payload: T


class PhraseIndex(Generic[T]):
    """Longest match of lowercase word sequences at a token position."""

    def __init__(self, phrases: Iterable[tuple[str, T]]):
        # first word -> (the words after it, payload), longest first
        self.by_first: dict[str, list[tuple[list[str], T]]] = {}
        for phrase, payload in phrases:
            words = word_tokens(phrase)
            if words:
                self.by_first.setdefault(words[0], []).append((list(words[1:]), payload))
        # first word -> (the lengths of what follows it, longest first; {the words after it: payload}): a
        # lookup per length, not a comparison per phrase ('Pulau' opens some 50 place names)
        self.by_rest: dict[str, tuple[list[int], dict[tuple[str, ...], T]]] = {}
        for first, entries in self.by_first.items():
            entries.sort(key=lambda entry: -len(entry[0]))
            table: dict[tuple[str, ...], T] = {}
            for rest, payload in entries:
                table.setdefault(tuple(rest), payload)  # the first of equal phrases wins
            self.by_rest[first] = (sorted({len(rest) for rest in table}, reverse=True), table)

    def match_at(self, doc: Doc, i: int) -> Match[T] | None:
        last = _last
        low = (last[1] if last[0] is doc else _switch(doc)).lower
        entry = self.by_rest.get(low[i])
        if entry is None:
            return None
        lengths, table = entry
        for length in lengths:
            end = i + 1 + length
            if end <= len(low):
                rest = tuple(low[i + 1 : end])
                if rest in table:
                    return Match(i, end, table[rest])
        return None

    def __contains__(self, phrase: str) -> bool:
        words = word_tokens(phrase)
        return bool(words) and any(tuple(rest) == words[1:] for rest, _ in self.by_first.get(words[0], ()))


_NO_VIEW = TokenView.build("", [], [], [], [])
_last: tuple[Doc | None, TokenView] = (None, _NO_VIEW)


def view(doc: Doc) -> TokenView:
    """The token view of `doc` (`doc._.kabar`, set by `kabar_cli.nlp.parse`).

    The functions below ask for it thousands of times per article and reading `doc._` makes an object each
    time, so the last Doc asked about is kept here with its view: one tuple, rebound whole (never changed in
    place), so a thread that reads it sees one Doc with that Doc's own view. `release` drops it. The hottest
    accessors below (`lowers`, `flags`, `next_word`, ...) repeat this one-line lookup instead of calling
    `view`: they are asked millions of times per thousand articles, and a call is their main cost."""
    last = _last
    return last[1] if last[0] is doc else _switch(doc)


def _switch(doc: Doc) -> TokenView:
    global _last
    found = doc._.kabar
    if not isinstance(found, TokenView):
        raise ValueError("this Doc has no token view: make it with kabar_cli.nlp.parse")
    _last = (doc, found)
    return found


def release(doc: Doc) -> None:
    """Drop the reference to `doc` once its article is extracted, so the Doc and its view are freed before the
    next article is parsed (whose Doc then reuses that memory, still in the processor's caches)."""
    global _last
    if _last[0] is doc:
        _last = (None, _NO_VIEW)


def lowers(doc: Doc) -> list[str]:
    """Every token's lowercase text (`TokenView.lower`)."""
    last = _last
    return (last[1] if last[0] is doc else _switch(doc)).lower


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indexes of every sentence."""
    return view(doc).sents


@lru_cache(maxsize=65536)
def punct_text(text: str) -> bool:
    """spaCy's `is_punct` on a string: every character is punctuation (',', '“', '--')."""
    return bool(text) and all(unicodedata.category(ch).startswith("P") for ch in text)


def punct_at(doc: Doc, i: int) -> bool:
    return punct_text(view(doc).text[i])


def words_in(doc: Doc, start: int, end: int) -> list[str]:
    """The lowercase words of tokens [start, end), whitespace tokens left out:
    ['untuk', 'kabupaten', 'belu', ',']."""
    tv = view(doc)
    low, space = tv.lower, tv.space
    return [low[k] for k in range(start, end) if not space[k]]


def sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence holding token i (`doc[i].sent.start`, without Token or Span)."""
    starts = view(doc).sent_starts
    return starts[bisect_right(starts, i) - 1] if starts else 0


def sentence_end(doc: Doc, i: int) -> int:
    """The token after the sentence holding token i (`doc[i].sent.end`)."""
    starts = view(doc).sent_starts
    k = bisect_right(starts, i)
    return starts[k] if k < len(starts) else len(view(doc).text)


def word_of(doc: Doc, k: int) -> str:
    """Token k's text, without the sentence's full stop a unit's letter carries at a sentence end ('Komisi
    B.' -> 'B': the tokenizer keeps a capital and its dot together)."""
    text = view(doc).text[k]
    if len(text) == 2 and text[1] == "." and text[0].isupper() and sentence_end(doc, k) == k + 1:
        return text[0]
    return text


def memo(doc: Doc, compute: Callable[..., T], *args) -> T:
    """`compute(doc, *args)`, computed once per Doc: the matchers ask about the same token many times."""
    last = _last
    table = (last[1] if last[0] is doc else _switch(doc)).memo
    key = (compute, *args)
    value = table.get(key, _MISSING)  # most questions are new ones: no KeyError raised for them
    if value is _MISSING:
        value = table[key] = compute(doc, *args)
    return value


def sentences(doc: Doc) -> list[Sent]:
    """Every sentence as a `Sent` (token and character bounds), computed once per Doc."""
    return memo(doc, _sentences)


def _sentences(doc: Doc) -> list[Sent]:
    return [Sent(start, end, *char_bounds(doc, start, end)) for start, end in sentence_bounds(doc)]


def positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indexes of the tokens whose lowercase text is one of `words`, in order, computed once per Doc and
    set (extractors look for their cue words here instead of testing every token)."""
    return memo(doc, _positions, words)


def _positions(doc: Doc, words: frozenset[str]) -> list[int]:
    index = memo(doc, _token_index)
    found = index.keys() & words  # iterates the smaller of the two
    if len(found) == 1:
        return list(index[found.pop()])
    return sorted([i for word in found for i in index[word]])


def _token_index(doc: Doc) -> dict[str, list[int]]:
    """Every lowercase word of the Doc -> the indexes of its tokens, in order: one pass serves every
    `positions` question."""
    index: dict[str, list[int]] = {}
    for i, word in enumerate(lowers(doc)):
        at = index.get(word)
        if at is None:
            index[word] = [i]
        else:
            at.append(i)
    return index


def within(indexes: list[int], start: int, end: int) -> list[int]:
    """The sorted `indexes` in [start, end)."""
    return indexes[bisect_left(indexes, start) : bisect_left(indexes, end)]


def flags(doc: Doc) -> TokenView:
    """The token view itself, by the name the extractors read its columns with (`flags(doc).text[i]`)."""
    last = _last
    return last[1] if last[0] is doc else _switch(doc)


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The characters tokens [start, end) cover, as `doc[start:end].start_char, .end_char` (without a Span);
    an empty range covers nothing at token `start` (at the end of the text past the last token)."""
    last = _last
    tv = last[1] if last[0] is doc else _switch(doc)
    if end <= start:
        at = tv.offset[start] if start < len(tv.offset) else len(tv.source)
        return at, at
    return tv.offset[start], tv.offset[end - 1] + len(tv.text[end - 1])


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` without a Span: 'Ipuk Fiestiandani' (`char_bounds` read in place: one lookup of
    the view, not two)."""
    last = _last
    tv = last[1] if last[0] is doc else _switch(doc)
    if end <= start:
        return ""
    return tv.source[tv.offset[start] : tv.offset[end - 1] + len(tv.text[end - 1])]


def glued(doc: Doc, i: int) -> bool:
    """Token i is written right after token i - 1, no space between ('P2KB' split into 'P2' and 'KB')."""
    tv = view(doc)
    return i > 0 and tv.offset[i] == tv.offset[i - 1] + len(tv.text[i - 1])


def cap_at(doc: Doc, i: int) -> bool:
    last = _last
    return (last[1] if last[0] is doc else _switch(doc)).cap[i]


def name_at(doc: Doc, i: int) -> bool:
    last = _last
    return (last[1] if last[0] is doc else _switch(doc)).name[i]


def next_word(doc: Doc, i: int) -> int:
    """The index of the first non-space token at or after i (len(doc) when none)."""
    last = _last
    space = (last[1] if last[0] is doc else _switch(doc)).space
    while i < len(space) and space[i]:
        i += 1
    return i


def prev_word(doc: Doc, i: int) -> int:
    """The index of the last non-space token before i (-1 when none)."""
    last = _last
    space = (last[1] if last[0] is doc else _switch(doc)).space
    i -= 1
    while i >= 0 and space[i]:
        i -= 1
    return i
