"""Election tickets: two names that run together, the first for the post the election fills, the second for
its deputy ('pasangan Budi Santoso-Rina Marlina' in a story about the election of a governor).

The post comes from the article: the nearest place before the ticket (else the first after it) where the
text names what the election fills: a candidate's title ('calon Bupati Sleman'), a head post after an
election word ('pemilihan Wali Kota', 'Paslon Gubernur-Wakil Gubernur'), or the short form of the election
or its candidates ('Pilgub', 'Cabup'). Without one, a pair of names is no ticket.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from kabar_cli.extract.context import ElectionCue, SentenceContext
from kabar_cli.extract.hits import PersonHit, Role, TitleHit, tokens_of
from kabar_cli.extract.person_words import words_of
from kabar_cli.extract.roles import word_set
from kabar_cli.extract.tokens import lowers, next_word, positions, prev_word
from kabar_cli.lexicon import function_words
from kabar_cli.lexicon.title_grammar import title_lexicon

DEPUTY = title_lexicon().deputy_prefix  # 'Wakil'


@cache
def _head_posts() -> dict[tuple[str, ...], str]:
    """The head posts by their lowercase words: ('wali', 'kota') -> 'Wali Kota'."""
    return {tuple(post.lower().split()): post for post in word_set("election_head_posts")}


def election_cues(doc: Doc, titles: list[TitleHit]) -> list[ElectionCue]:
    """Every place the article names the post its election fills, in order of the text."""
    heads = set(_head_posts().values())
    cues = [
        ElectionCue(t.start, t.title.removeprefix(f"{DEPUTY} "))
        for t in titles
        if t.status == "candidate" and t.title.removeprefix(f"{DEPUTY} ") in heads
    ]
    low, posts = lowers(doc), title_lexicon().election_posts
    cues += [ElectionCue(i, posts[low[i]]) for i in positions(doc, frozenset(posts))]
    cues += [cue for i in positions(doc, word_set("election_openers")) if (cue := _post_after(doc, i))]
    return sorted((_with_region(cue, titles) for cue in cues), key=lambda cue: cue.at)


def _with_region(cue: ElectionCue, titles: list[TitleHit]) -> ElectionCue:
    """The region of the first title with one that the cue's words open: 'calon gubernur dan wakil gubernur
    Bengkulu' -> Bengkulu, 'Paslon Bupati-Wakil Bupati Kaur' -> Kaur."""
    posts = {cue.post, f"{DEPUTY} {cue.post}"}
    near = (t for t in titles if t.end > cue.at and t.start < cue.at + 8 and t.title in posts and t.of)
    return ElectionCue(cue.at, cue.post, next((t.of for t in near), None))


def _post_after(doc: Doc, i: int) -> ElectionCue | None:
    """'pemilihan Wali Kota', 'Paslon Gubernur-Wakil Gubernur': a head post right after an election word
    (a hyphenated pair of posts is read by its first)."""
    low, j = lowers(doc), next_word(doc, i + 1)
    while j < len(low) and low[j] in word_set("candidate_words"):
        j = next_word(doc, j + 1)
    for words, post in _head_posts().items():
        end = j + len(words)
        if end <= len(low) and tuple(low[j : end - 1]) + (low[end - 1].split("-")[0],) == words:
            return ElectionCue(j, post)
    return None


def post_at(cues: list[ElectionCue], i: int) -> ElectionCue | None:
    """The cue nearest before token i, else the first after it."""
    k = bisect_right([cue.at for cue in cues], i)
    return cues[k - 1] if k else (cues[0] if cues else None)


def tickets(ctx: SentenceContext) -> Iterator[Role]:
    """A ticket's two names: 'pasangan Budi Santoso-Rina Marlina', 'paslon nomor urut 2, Budi dan Rina',
    'Budi berpasangan dengan Rina' -> Budi Calon Gubernur, Rina Calon Wakil Gubernur (when the article is
    about the election of a governor). A name given a candidate's title already keeps it."""
    cues = ctx.article.elections
    if not cues or len(ctx.persons) < 2:
        return
    titled = {r.person.name for r in ctx.found if r.title.status == "candidate"}
    for first, second in zip(ctx.persons, ctx.persons[1:], strict=False):
        cue = post_at(cues, first.start)
        if cue is None or first.name in titled or second.name in titled or not _ticket(ctx, first, second):
            continue
        for person, post in ((first, cue.post), (second, f"{DEPUTY} {cue.post}")):
            title = TitleHit(person.start, person.end, title=post, of=cue.of, status="candidate")
            yield Role(person, title, ctx.sent)
        titled |= {first.name, second.name}


def _ticket(ctx: SentenceContext, first: PersonHit, second: PersonHit) -> bool:
    """The words between two names join them into a ticket: a dash ('Budi-Rina'), 'dan' after a ticket noun
    ('pasangan Budi dan Rina'), or a running mate's verb ('Budi berpasangan dengan Rina')."""
    gap = _gap_words(ctx, first.end, second.start)
    if len(gap) == 1 and gap[0] in word_set("ticket_joiners"):
        return gap[0] not in function_words().conjunctions or _ticket_noun_before(ctx, first.start)
    return (
        bool(gap)
        and gap[0] in word_set("running_mate_verbs")
        and gap[1:] in ([], [function_words().comitative])
    )


def _gap_words(ctx: SentenceContext, start: int, end: int) -> list[str]:
    """The lowercase words between two names, without what brackets hold and the titles written there
    ('Budi (mantan Bupati) dan Rina' -> ['dan'], 'berpasangan dengan Bupati Sleman Rina' -> ['berpasangan',
    'dengan'])."""
    low, words, depth, k = lowers(ctx.doc), [], 0, next_word(ctx.doc, start)
    covered = tokens_of(ctx.titles)
    while k < end:
        depth += (low[k] == "(") - (low[k] == ")")
        if depth == 0 and low[k] != ")" and k not in covered:
            words.append(low[k])
        k = next_word(ctx.doc, k + 1)
    return words


def _ticket_noun_before(ctx: SentenceContext, start: int) -> bool:
    """'pasangan calon nomor urut 2, Budi ...': a ticket noun before the name, over numbers and fillers."""
    low, k = lowers(ctx.doc), prev_word(ctx.doc, start)
    covered = tokens_of(ctx.titles)
    fillers = word_set("ticket_fillers") | words_of("ticket_numbers")
    while k >= ctx.sent.start and (low[k] in fillers or low[k].isdigit() or k in covered):
        if low[k] in word_set("ticket_nouns"):
            return True
        k = prev_word(ctx.doc, k)
    return k >= ctx.sent.start and low[k] in word_set("ticket_nouns")
