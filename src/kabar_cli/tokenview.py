"""The token view: one article's tokens as plain lists, built once per Doc by the `kabar_sentences` component
in `kabar_cli.nlp` and kept as `doc._.kabar`; the extractors read it through `kabar_cli.extract.tokens`
(Token and Span objects are costly to create, and the extractors ask about the same tokens again and again).

Also here: the word-shape tests behind its `cap` and `name` columns (`cap_text`, `name_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.lexicon.title_grammar import title_lexicon

INITIAL = re.compile(r"^[A-Z]\.$")
NAME_LETTERS = re.compile(r"[A-Za-z][A-Za-z'’]*")
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")

Doc.set_extension("kabar", default=None, force=True)


@dataclass(frozen=True, slots=True)
class TokenView:
    """Everything the extractors read about one Doc's tokens. Lists indexed by token: `text`, `lower`,
    `space`, `offset`, `cap`, `name`; the rest describe the whole Doc. Built by `TokenView.build`, never
    changed afterwards except for `memo`, the extractors' per-Doc cache."""

    source: str  # the Doc's text
    text: list[str]
    lower: list[str]  # spaCy's `lower_`, title-word misprints read right ('sekertaris' -> 'sekretaris')
    space: list[bool]  # a whitespace token ('\n', '  ')
    offset: list[int]  # the token's first character in `source`
    cap: list[bool]  # written with a capital first letter ('Banyuwangi', 'DPRD', "Sa'bani")
    name: list[bool]  # can be part of a person's name (`name_text`)
    capitals: list[int]  # the indexes where `cap` is true, in order
    sents: list[tuple[int, int]]  # (start, end) tokens of every sentence
    sent_starts: list[int]  # the first token of every sentence
    memo: dict[tuple[Any, ...], Any]  # `extract.tokens.memo`: answers computed once per Doc

    @classmethod
    def build(
        cls, source: str, text: list[str], space: list[bool], offset: list[int], sents: list[tuple[int, int]]
    ) -> TokenView:
        misprint_or_word, lows = _misprints().get, list(map(str.lower, text))  # 'Sekertaris': 'sekretaris'
        capitals = [  # no token is empty: word[0] is safe
            i for i, word in enumerate(text) if word[0].isupper() and (word.isalpha() or cap_text(word))
        ]
        cap, name = [False] * len(text), [False] * len(text)
        for i in capitals:  # names and capitals are both capitalised: the other tokens keep False
            cap[i] = True
            name[i] = name_text(text[i], text[i + 1] if i + 1 < len(text) else "")
        return cls(
            source=source,
            text=text,
            lower=list(map(misprint_or_word, lows, lows)),
            space=space,
            offset=offset,
            cap=cap,
            name=name,
            capitals=capitals,
            sents=sents,
            sent_starts=[start for start, _ in sents],
            memo={},
        )


@cache
def _misprints() -> dict[str, str]:
    """`title_lexicon().spelling` as a plain dict (a lookup per token: a dict answers faster than a
    mapping proxy)."""
    return dict(title_lexicon().spelling)


@lru_cache(maxsize=65536)
def cap_text(text: str) -> bool:
    """A word written with a capital first letter ('Banyuwangi', 'DPRD', "Sa'bani")."""
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def name_text(text: str, following: str) -> bool:
    """A word that can be part of a person's name: capitalised letters, an initial ('M.'), or a name particle;
    `following` is the next token's text (two capitals need a name after them)."""
    if not text[:1].isupper():
        return False  # the common case, decided without the rest
    if len(text) == 2 and text.isupper() and text.isalpha():
        return following[:1].isupper() and _name_shape(text)  # 'MS Ruslan': initials only before a name
    if _name_shape(text):
        return True
    return text in particles() and following[:1].isupper()  # 'Al Hamidi': 'al' is a word, but opens a name


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
    words, extra = set(lexicon.non_name_words()), lexicon.name_words()
    for title in [*lexicon.titles()["titles"], *lexicon.titles()["abbreviations"]]:
        words.update(w.lower() for w in title.split())
    for word in [*lexicon.people()["honorifics"], *lexicon.people()["ranks"]]:
        if len(word.rstrip(".")) > 1 or word.rstrip(".") in extra.one_letter_honorifics:
            words.add(word.rstrip(".").lower())
    # 'Pasangan Ipuk ...' opens with a cue
    words.update(w.lower() for w in lexicon.people()["cues_before_name"])
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
                # 'Agus' is a name, 'Agustus' is not
                words.update(str(f).lower() for f in forms.get("names", []))
    return frozenset(words - extra.name_words)


@cache
def particles() -> frozenset[str]:
    return frozenset(lexicon.people()["particles"])
