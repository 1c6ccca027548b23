"""Token tests and a longest-match phrase index over spaCy tokens, shared by the extractors."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Generic, NamedTuple, TypeVar

from spacy.tokens import Doc, Token

from kabar_cli import lexicon
from kabar_cli.extract.hits import Sent

T = TypeVar("T")
_MISSING = object()
INITIAL = re.compile(r"^[A-Z]\.$")
NAME_LETTERS = re.compile(r"[A-Za-z][A-Za-z'’]*")
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def is_cap(token: Token) -> bool:
    """A word written with a capital first letter ('Banyuwangi', 'DPRD', 'Sa'bani')."""
    return cap_text(token.text)


def is_name_word(token: Token) -> bool:
    """A token that can be part of a person's name: capitalised letters, an initial ('M.'), or a name particle."""
    following = token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else ""
    return name_text(token.text, following)


@lru_cache(maxsize=65536)
def cap_text(text: str) -> bool:
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def name_text(text: str, following: str) -> bool:
    """`is_name_word` on plain strings; `following` is the next token's text (two capitals need a name after them)."""
    if not text[:1].isupper():
        return False  # the common case, decided without the rest
    if len(text) == 2 and text.isupper() and text.isalpha():
        return following[:1].isupper() and _name_shape(text)  # 'MS Ruslan': initials only before a name
    return _name_shape(text)


@lru_cache(maxsize=65536)
def _name_shape(text: str) -> bool:
    if INITIAL.match(text):
        return True
    if not cap_text(text) or not NAME_LETTERS.fullmatch(text):
        return False
    if INNER_CAPITAL.search(text) and not text.startswith(("Mc", "Mac")):
        return False  # 'JatimNow', 'iNews': brands, not names
    if text.isupper() and len(text) > 2 and text not in particles():
        return False  # 'DPRD', 'HAPK'
    return text.lower() not in non_name_words()


@cache
def non_name_words() -> frozenset[str]:
    """Capitalised words that never belong to a name: our list, month and weekday names, title words."""
    words = set(lexicon.non_name_words())
    for title in [*lexicon.titles()["titles"], *lexicon.titles()["abbreviations"]]:
        words.update(w.lower() for w in title.split())
    for word in [*lexicon.people()["honorifics"], *lexicon.people()["ranks"]]:
        if len(word.rstrip(".")) > 1 or word.rstrip(".") in {"H"}:
            words.add(word.rstrip(".").lower())
    words.update({"dt", "datuk"})
    words.update(
        w.lower() for w in lexicon.people()["cues_before_name"]
    )  # 'Pasangan Ipuk ...' opens with a cue
    for head in lexicon.orgs()["heads"]:
        words.update(w.lower() for w in head.split())
    dates = lexicon.load_json("dates.json")
    for key in ("months", "weekdays"):
        table = dates.get(key, {})
        items = table.items() if isinstance(table, dict) else enumerate(table)
        for name, forms in items:
            words.add(str(name).lower())
            if isinstance(forms, list):
                words.update(str(f).lower() for f in forms)
            elif isinstance(forms, dict):
                words.update(
                    str(f).lower() for f in forms.get("names", [])
                )  # 'Agus' is a name, 'Agustus' is not
    return frozenset(words - {"i"})


@cache
def particles() -> frozenset[str]:
    return frozenset(lexicon.people()["particles"])


@cache
def word_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase split the way spaCy splits words from brackets and commas, lowercased."""
    return tuple(t.lower() for t in re.findall(r"[^\s(),]+|[(),]", phrase))


@dataclass
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
        # first word -> (the lengths of what follows it, longest first; {the words after it: payload}): a lookup per
        # length, not a comparison per phrase ('Pulau' opens some 50 place names)
        self.by_rest: dict[str, tuple[list[int], dict[tuple[str, ...], T]]] = {}
        for first, entries in self.by_first.items():
            entries.sort(key=lambda entry: -len(entry[0]))
            table: dict[tuple[str, ...], T] = {}
            for rest, payload in entries:
                table.setdefault(tuple(rest), payload)  # the first of equal phrases wins
            self.by_rest[first] = (sorted({len(rest) for rest in table}, reverse=True), table)

    def match_at(self, doc: Doc, i: int) -> Match[T] | None:
        low = (state if (state := _recent).doc is doc else _switch(doc)).lowers
        entry = self.by_rest.get(low[i])
        if entry is None:
            return None
        lengths, table = entry
        for length in lengths:
            end = i + 1 + length
            if end <= len(low):
                payload = table.get(tuple(low[i + 1 : end]), _MISSING)
                if payload is not _MISSING:
                    return Match(i, end, payload)
        return None

    def __contains__(self, phrase: str) -> bool:
        words = word_tokens(phrase)
        return bool(words) and any(tuple(rest) == words[1:] for rest, _ in self.by_first.get(words[0], ()))


class _Recent(NamedTuple):
    """The Doc the extractors asked about last, with its caches. The accessors below are called thousands of times
    per article; comparing the Doc with this one is cheaper than reading `doc.user_data` each time. It is one
    tuple, rebound whole (never changed in place), so a thread that reads `_recent` once sees one Doc's caches
    even while another thread switches it to its own Doc."""

    doc: Doc | None
    lowers: list[str]
    flags: Flags | None
    memo: dict


_NONE = _recent = _Recent(None, [], None, {})


def _switch(doc: Doc) -> _Recent:
    global _recent
    data = doc.user_data
    if "kabar_lowers" not in data:
        data["kabar_lowers"] = [t.lower_ for t in doc]
    state = _recent = _Recent(
        doc,
        data["kabar_lowers"],
        data.get("kabar_flags") or _make_flags(doc),
        data.setdefault("kabar_memo", {}),
    )
    return state


def release(doc: Doc) -> None:
    """Drop the reference to `doc` once its article is extracted, so the Doc and its caches are freed before the
    next article is parsed (whose Doc then reuses that memory, still in the processor's caches)."""
    global _recent
    if _recent.doc is doc:
        _recent = _NONE


def lowers(doc: Doc) -> list[str]:
    """Every token's lowercase text, computed once per Doc (Token objects are costly to create)."""
    return (state if (state := _recent).doc is doc else _switch(doc)).lowers


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indexes of every sentence, computed once per Doc."""
    cached = doc.user_data.get("kabar_sents")
    if cached is None:
        cached = doc.user_data["kabar_sents"] = [(sent.start, sent.end) for sent in doc.sents]
    return cached


@lru_cache(maxsize=65536)
def punct_text(text: str) -> bool:
    """spaCy's `is_punct` on a string: every character is punctuation (',', '“', '--')."""
    return bool(text) and all(unicodedata.category(ch).startswith("P") for ch in text)


def punct_at(doc: Doc, i: int) -> bool:
    return punct_text((state if (state := _recent).doc is doc else _switch(doc)).flags.text[i])


def words_in(doc: Doc, start: int, end: int) -> list[str]:
    """The lowercase words of tokens [start, end), whitespace tokens left out: ['untuk', 'kabupaten', 'belu', ',']."""
    low, space = lowers(doc), flags(doc).space
    return [low[k] for k in range(start, end) if not space[k]]


def sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence holding token i (`doc[i].sent.start`, without Token and Span objects)."""
    starts = doc.user_data.get("kabar_sent_starts")
    if starts is None:
        starts = doc.user_data["kabar_sent_starts"] = [start for start, _ in sentence_bounds(doc)]
    return starts[bisect_right(starts, i) - 1] if starts else 0


def memo(doc: Doc, compute: Callable[..., T], *args) -> T:
    """`compute(doc, *args)`, computed once per Doc: the matchers are asked about the same token many times."""
    table = (state if (state := _recent).doc is doc else _switch(doc)).memo
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
    """The indexes of the tokens whose lowercase text is one of `words`, in order, computed once per Doc and set
    (extractors look for their cue words here instead of testing every token)."""
    return memo(doc, _positions, words)


def _positions(doc: Doc, words: frozenset[str]) -> list[int]:
    return [i for i, word in enumerate(lowers(doc)) if word in words]


def within(indexes: list[int], start: int, end: int) -> list[int]:
    """The sorted `indexes` in [start, end)."""
    return indexes[bisect_left(indexes, start) : bisect_left(indexes, end)]


@dataclass
class Flags:
    """Per-token facts the extractors ask for again and again, computed once per Doc (Token objects are costly
    to create: these plain lists answer without them)."""

    text: list[str]
    space: list[bool]
    cap: list[bool]
    name: list[bool]
    offset: list[int]  # each token's first character in `source`
    source: str  # the Doc's text
    capitals: list[int] = field(default_factory=list)  # the indexes where `cap` is true, in order


def flags(doc: Doc) -> Flags:
    return (state if (state := _recent).doc is doc else _switch(doc)).flags


def _make_flags(doc: Doc) -> Flags:
    data = doc.user_data
    text = data.get("kabar_texts") or [t.text for t in doc]
    capitals = [
        i for i, word in enumerate(text) if word[0].isupper() and (word.isalpha() or cap_text(word))
    ]  # never empty
    cap, name = [False] * len(text), [False] * len(text)
    for i in capitals:  # names and capitals are both capitalised: the other tokens keep False
        cap[i] = True
        name[i] = name_text(text[i], text[i + 1] if i + 1 < len(text) else "")
    data["kabar_flags"] = Flags(
        text=text,
        space=data.get("kabar_spaces") or [t.is_space for t in doc],
        cap=cap,
        name=name,
        offset=data.get("kabar_offsets") or [t.idx for t in doc],
        source=data.get("kabar_source") or doc.text,
        capitals=capitals,
    )
    return data["kabar_flags"]


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The characters tokens [start, end) cover, as `doc[start:end].start_char, .end_char` (without a Span)."""
    f = (state if (state := _recent).doc is doc else _switch(doc)).flags
    if end <= start:
        at = f.offset[start] if start < len(f.offset) else len(f.source)
        return at, at
    return f.offset[start], f.offset[end - 1] + len(f.text[end - 1])


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` without a Span: 'Ipuk Fiestiandani'."""
    f = (state if (state := _recent).doc is doc else _switch(doc)).flags
    if end <= start:
        return ""
    return f.source[f.offset[start] : f.offset[end - 1] + len(f.text[end - 1])]


def cap_at(doc: Doc, i: int) -> bool:
    return (state if (state := _recent).doc is doc else _switch(doc)).flags.cap[i]


def name_at(doc: Doc, i: int) -> bool:
    return (state if (state := _recent).doc is doc else _switch(doc)).flags.name[i]


def next_word(doc: Doc, i: int) -> int:
    """The index of the first non-space token at or after i (len(doc) when none)."""
    space = (state if (state := _recent).doc is doc else _switch(doc)).flags.space
    while i < len(space) and space[i]:
        i += 1
    return i


def prev_word(doc: Doc, i: int) -> int:
    """The index of the last non-space token before i (-1 when none)."""
    space = (state if (state := _recent).doc is doc else _switch(doc)).flags.space
    i -= 1
    while i >= 0 and space[i]:
        i -= 1
    return i
