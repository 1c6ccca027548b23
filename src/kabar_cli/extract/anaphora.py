"""Binders of a title said of the person the text is about, without naming them again.

'Mantan Kapolda Jambi itu ...', 'Ketua DPC PDIP Sikka tersebut meminta ...': a title followed by a
demonstrative refers back to the person named last before the sentence (the context's `topic`), who holds it.
"""

from __future__ import annotations

from collections.abc import Iterator

from kabar_cli.extract.context import SentenceContext
from kabar_cli.extract.hits import Role, TitleHit
from kabar_cli.extract.tokens import cap_at, lowers, name_at, next_word, prev_word
from kabar_cli.lexicon import function_words, people


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
    if k >= ctx.sent.end or low[k] not in _demonstratives() or name_at(doc, title.end):
        return False
    return not any(p.start < k + 1 and p.end > title.start - 2 for p in ctx.persons)


def _place_prepositions() -> frozenset[str]:
    return function_words().place_prepositions


def _demonstratives() -> frozenset[str]:
    return frozenset(people()["demonstratives"])
