"""The word lists and word shapes the person extractor reads: honorifics, ranks, degrees, predicates,
speech verbs and cues of a name, and the test of a title word written wrong ('Gubenur', 'Sekertaris')."""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.tokens import PhraseIndex, lowers, prev_word
from kabar_cli.extract.words import affixed_word


@cache
def words_of(key: str) -> frozenset[str]:
    """A word list of people.json as a set: 'nickname_cues', 'coordinators', 'familiar', ..."""
    return frozenset(lexicon.people()[key])


def relative_adverb(doc: Doc, k: int) -> bool:
    """Token k is an adverb right after a relative pronoun: the 'juga' of 'Rusdi yang juga Ketua PWNU'."""
    low = lowers(doc)
    if not 0 < k < len(low) or low[k] not in words_of("apposition_adverbs"):
        return False
    return low[prev_word(doc, k)] == lexicon.function_words().relative_pronoun


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names ('Senin', 'Agustus'): capitalised words that may follow a name."""
    dates = lexicon.load_json("dates.json")
    months = (w for forms in dates["months"].values() for w in forms["names"])
    return frozenset([*months, *(w for forms in dates["weekdays"].values() for w in forms)])


@cache
def honorific_index() -> PhraseIndex[str]:
    people = lexicon.people()
    return PhraseIndex((w, "rank") for w in [*people["honorifics"], *people["ranks"]])


@cache
def predicates() -> frozenset[str]:
    """Words that give the name before them a title: 'Askari selaku Sekda', 'Dia menjabat sebagai Kepala
    Dinas'."""
    return frozenset(lexicon.titles()["predicates"])


@cache
def degree_words() -> frozenset[str]:
    return frozenset(lexicon.people()["degrees"])


@cache
def speech_words() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon.reporting()
    after = frozenset(w for w in data["after"] if " " not in w and not w.endswith("nya"))
    return after, frozenset(data["before"])


def common_word(word: str) -> bool:
    """A capitalised word that is no name word: an affixed common word or a title word written wrong."""
    return affixed_word(word) or misspelt_title_word(word)


@lru_cache(maxsize=65536)
def misspelt_title_word(word: str) -> bool:
    """A title word written wrong, which no name is: 'Gubenur', 'Seketatis', 'Assisten'. A word of seven
    letters or more, no root word, one edit from a title word of the same first letter (two from a word of
    nine or more)."""
    low = word.lower()
    if len(low) < 7 or not low.isalpha() or low in lexicon.root_words():
        return False
    allowed, index = 2 if len(low) >= 9 else 1, title_deletions()
    if low[0] not in index:
        return False
    near = {t for form in _deletions(low[1:], allowed) for t in index[low[0]].get(form, ())}
    return any(_edits(low, t) <= allowed for t in near)


@cache
def title_deletions() -> dict[str, dict[str, tuple[str, ...]]]:
    """The title words of six letters or more by their first letter, then by the forms one or two deleted
    letters leave of the rest: a word one edit from a title word shares such a form with it ('gubenur' and
    'gubernur' both give 'g' + 'uberur')."""
    table: dict[str, dict[str, set[str]]] = {}
    for word in title_words():
        if len(word) >= 6 and word.isalpha():
            for form in _deletions(word[1:], 2):
                table.setdefault(word[0], {}).setdefault(form, set()).add(word)
    return {first: {f: tuple(sorted(w)) for f, w in forms.items()} for first, forms in table.items()}


def _deletions(word: str, times: int) -> set[str]:
    """`word` and the forms deleting up to `times` of its letters leave: 'abc' -> {'abc', 'bc', 'ac',
    'ab'}."""
    forms = {word}
    for _ in range(times):
        forms |= {f[:k] + f[k + 1 :] for f in forms for k in range(len(f))}
    return forms


def _edits(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of two neighbours that make `a` of `b`: 'sekertaris' is
    one swap from 'sekretaris'."""
    before, row = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


@cache
def rank_index() -> PhraseIndex[str]:
    return PhraseIndex((w, "rank") for w in lexicon.people()["ranks"])


@cache
def opener_index() -> PhraseIndex[str]:
    return PhraseIndex((w, "opener") for w in lexicon.people()["name_openers"])


@cache
def clan_names() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.people()["clan_names"])


@cache
def acting_index() -> PhraseIndex[str]:
    return PhraseIndex((w, "acting") for w in lexicon.titles()["acting_prefixes"])


@cache
def name_cues() -> frozenset[str]:
    return frozenset(lexicon.people()["cues_before_name"])


@cache
def title_words() -> frozenset[str]:
    data = lexicon.titles()
    return frozenset(w.lower() for title in [*data["titles"], *data["abbreviations"]] for w in title.split())
