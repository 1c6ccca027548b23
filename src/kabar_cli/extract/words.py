"""Word shapes of the language that tell a common word from a name word: 'Pemberhentian' is pem-ber-henti-an,
an affixed form of a root word, which no name is; 'Budi' or 'Tambunan' may be names."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from kabar_cli import lexicon


@lru_cache(maxsize=65536)
def affixed_word(word: str) -> bool:
    """An affixed form of a root word, which no name is: 'Diketahui' (di-ke-tahu-i), 'Pemberhentian'
    (pem-ber-henti-an), 'Katanya' (kata-nya), 'Menjabat' (men-jabat). A root itself ('Budi', 'Wahyu') may be a
    name, and so may a suffix or a prefix alone ('Tambunan', 'Sebayang')."""
    low, affix = word.lower(), lexicon.affixes()
    if not low.startswith(affix.starts) and not low.endswith(affix.inflections):
        return False  # most names: no prefix opens them, no inflection closes them
    if not low.isalpha() or low in lexicon.root_words():
        return False
    return any(_prefixed_root(stem, inflected, derived) for stem, inflected, derived in _stems(low))


def _stems(low: str) -> Iterator[tuple[str, bool, bool]]:
    """The word without its suffixes, each way they come off: ('diketahu', False, True) for 'diketahui'."""
    affix = lexicon.affixes()
    yield low, False, False
    bases = [(low, False)] + [(low[: -len(s)], True) for s in affix.inflections if low.endswith(s)]
    for base, inflected in bases:
        if inflected:
            yield base, True, False
        for suffix in affix.derivations:
            if base.endswith(suffix) and len(base) > len(suffix):
                yield base[: -len(suffix)], inflected, True


def _prefixed_root(stem: str, inflected: bool, derived: bool, inner: bool = False) -> bool:
    """`stem` is a root with an inflection, or a root behind one or two prefixes that make a word with the
    suffixes taken off ('kedatang' of 'kedatangan': ke-datang; 'berhenti' of 'pemberhentian': ber-henti)."""
    affix, roots = lexicon.affixes(), lexicon.root_words()
    if inflected and len(stem) >= affix.min_root and stem in roots:
        return True
    for prefix, restores in affix.prefixes.items():
        if not stem.startswith(prefix) or (inner and prefix not in affix.inner_prefixes):
            continue
        licensed = inflected or derived or prefix in affix.verb_prefixes
        for restore in restores:
            rest = restore + stem[len(prefix) :]
            if len(rest) >= affix.min_root and rest in roots and licensed:
                return True
            if (
                not inner
                and rest.startswith(affix.inner_starts)
                and _prefixed_root(rest, licensed, licensed, True)
            ):
                return True
    return False


def common_run(words: list[str]) -> bool:
    """Every word of a capitalised run is a root word or an affixed form of one ('Pers', 'Penunjang'), and
    none a given name ('Siti Rahayu' is one, though both are root words): the run may be common words
    written with capitals, not a name."""
    roots, names = lexicon.root_words(), lexicon.given_names()
    return all((w.lower() in roots or affixed_word(w)) and w.lower() not in names for w in words)


@lru_cache(maxsize=65536)
def derived_word(word: str) -> bool:
    """A root word or one derived from a root by any prefix, 'ber-' and 'pe-' alone included ('Berencana':
    ber-rencana, 'Penduduk': pen-duduk): looser than `affixed_word`, for words already inside an institution's
    name, where a person's name is not expected."""
    low = word.lower()
    if not low.isalpha():
        return False
    return low in lexicon.root_words() or affixed_word(word) or _prefixed_root(low, True, True)
