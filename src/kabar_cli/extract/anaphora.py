"""Binders of a title said of the person the text is about, without naming them again.

'Mantan Kapolda Jambi itu ...', 'Ketua DPC PDIP Sikka tersebut meminta ...': a title followed by a
demonstrative refers back to the person named last before the sentence (the context's `topic`), who holds it.
The same holds for a short phrase about one person closing with a demonstrative at the start of a
sentence ('Pria kelahiran Makassar itu menjabat ...'): the predicate's subject is that person.
"""

from __future__ import annotations

from collections.abc import Iterator

from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.hits import Role, TitleHit
from kabar_cli.extract.org_words import rank_words
from kabar_cli.extract.person_words import words_of
from kabar_cli.extract.title_words import first_words
from kabar_cli.extract.tokens import cap_at, lowers, name_at, next_word, prev_word, punct_at
from kabar_cli.lexicon import function_words, people
from kabar_cli.lexicon.title_grammar import title_lexicon

REFERRING_REACH = 7  # words of a phrase opening the sentence that refers back ('Pria kelahiran Makassar itu')


def demonstrative_title(ctx: SentenceContext) -> Iterator[Role]:
    """'Mantan Kepala Perwakilan Provinsi Jambi itu sebelumnya ...' -> the person the text is about holds
    'Kepala Perwakilan' (former). Not 'Bupati Sleman Budi itu', where a name follows the title."""
    if ctx.topic is None:
        return
    for title in ctx.titles:
        if referring_title(ctx, title):
            yield Role(ctx.topic, title, ctx.sent)


def referring_title(ctx: SentenceContext, title: TitleHit) -> bool:
    """The title opens the sentence (or its clause after a comma) and a demonstrative closes it, maybe after
    where the post is ('Kepala Perwakilan Jambi di Jakarta itu'); no name of this sentence is beside it."""
    doc, low = ctx.doc, lowers(ctx.doc)
    before = prev_word(doc, title.start)
    if before >= ctx.sent.start and low[before] != ",":
        return False  # 'kepemimpinan Bupati ini': a title inside a phrase, not the subject
    k = next_word(doc, title.end)
    if k < ctx.sent.end and low[k] in _place_prepositions():
        k = next_word(doc, k + 1)
        while k < ctx.sent.end and cap_at(doc, k):
            k = next_word(doc, k + 1)
    if k >= ctx.sent.end or low[k] not in words_of("demonstratives") or name_at(doc, title.end):
        return False
    return not any(p.start < k + 1 and p.end > title.start - 2 for p in ctx.persons)


def _place_prepositions() -> frozenset[str]:
    return function_words().place_prepositions


def referring_opener(ctx: SentenceContext, k: int) -> bool:
    """'Jenderal bintang dua itu ... menjadi Komandan Yonif ...', 'Pria kelahiran Makassar itu menjabat ...':
    the sentence opens with a short phrase about one person (a person noun, rank, occupation or title word
    in it; no count, no name, no mark), closed by a demonstrative before the predicate at k: it refers to the
    person named last. Not 'Tiga dari lima penjabat tersebut', 'penundaan pelantikan tersebut'."""
    doc, low = ctx.doc, lowers(ctx.doc)
    first = next_word(doc, ctx.sent.start)
    end = min(k, first + REFERRING_REACH)
    close = next((j for j in range(first + 1, end) if low[j] in words_of("demonstratives")), None)
    if close is None or any(p.start < close for p in ctx.persons):
        return False
    words = [low[j] for j in range(first, close)]
    if any(punct_at(doc, j) for j in range(first, close)) or not _single_person(words):
        return False
    return True


def _single_person(words: list[str]) -> bool:
    """The words name one person: a person noun, rank, occupation or title word, no count word opening
    them and no group noun."""
    people_words = people()
    if words[0] in people_words["count_words"] or any(w in people_words["group_nouns"] for w in words):
        return False  # 'Tiga dari lima penjabat tersebut'; not 'Jenderal bintang dua itu'
    one = set(people_words["person_nouns"]) | rank_words() | set(title_lexicon().occupations) | first_words()
    return any(w in one for w in words)
