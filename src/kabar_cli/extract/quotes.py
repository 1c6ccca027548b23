"""Attributed quotations.

Handles: '“…,” kata Askari', '“…,” ujar Mujiono, Rabu (4/9)', '“…,” kata Sekda Mujiono kepada wartawan', 'Iwan
mengatakan, “…”', '"…" demikian Mujiono', pronoun cues ('“…,” imbuhnya', 'katanya', 'ujar dia') that point
back to the person last named, quotes over several paragraphs, a quote with no cue right after another quote
of the same speaker, and a paragraph of direct speech written without marks that ends with its cue ('Kami
siap. Semua desa kami datangi, ungkap Bupati.'). An unbalanced quotation mark skips that quote only. A
document's wording ('“…,” demikian bunyi Keppres') has no speaker, and a name after 'kepada' is the one spoken
to ('pesan Sultan kepada Sutedjo')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kabar_cli import lexicon
from kabar_cli.extract.hits import QuoteHit
from kabar_cli.extract.person_words import title_words

OPENERS, CLOSERS, STRAIGHT = "“„«", "”»", '"'
ANY_MARK = re.compile(f"[{OPENERS}{CLOSERS}{STRAIGHT}]")
QUOTE_MARKS = re.compile(f"[{re.escape(OPENERS + CLOSERS + STRAIGHT)}]")
MAX_QUOTE_CHARS = 3000
CUE_WINDOW = 80
BARE_TITLE = re.compile(r"[ \t]+((?:[A-Z][\w-]*(?:[ \t]+|(?=[,.\n])|$)){1,4})(?=[a-z,.\n]|$)")
CAPITALISED = re.compile(r"\s+[A-Z]")  # a capitalised word after the cue
# not the dot of 'dr.', 'H.', 'Drs.'; the lookahead passes every other character at once
CLAUSE_END = re.compile(r"(?=[;\n.])(?:[;\n]|(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)\.)")


@dataclass
class NamedSpan:
    """A person mention by character offsets, with the canonical name it refers to."""

    start: int
    end: int
    name: str


@cache
def cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.reporting()
    after = "|".join(sorted((re.escape(w) for w in data["after"]), key=len, reverse=True))
    before = "|".join(sorted((re.escape(w) for w in data["before"]), key=len, reverse=True))
    cue_after = re.compile(rf"^[\s,.]{{0,3}}(?P<cue>{after})(?![\w-])", re.IGNORECASE)
    between = "|".join([*data["complementisers"], *(rf"{w}\s+\w+" for w in data["before_addressees"])])
    cue_before = re.compile(rf"(?P<cue>{before})(?:\s+(?:{between}))?\s*[,:]?\s*$", re.IGNORECASE)
    return cue_after, cue_before


def quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each quoted passage, without its marks; a second opening mark continues a quote across
    paragraphs."""
    open_at: int | None = None
    for mark in QUOTE_MARKS.finditer(text):
        pos, ch = mark.start(), mark.group()
        opening = ch in OPENERS or (ch == STRAIGHT and _opens(text, pos))
        if opening:
            if open_at is None or not _opens_paragraph(text, open_at):
                open_at = pos  # a mark opened mid-paragraph and never closed is unbalanced: start again here
            continue
        if open_at is not None:
            if pos - open_at <= MAX_QUOTE_CHARS:
                yield open_at + 1, pos
            open_at = None


def _opens_paragraph(text: str, pos: int) -> bool:
    """A quote that opens its paragraph may go on in the next one, whose opening mark continues it."""
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


def _opens(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    return (before.isspace() or before in "([") and not after.isspace()


def unmarked_spans(text: str) -> Iterator[tuple[int, int]]:
    """Paragraphs of direct speech with no quotation marks, closed by their cue: 'Kami siap. Semua desa kami
    datangi, ungkap Bupati.' -> the paragraph up to the comma. Two sentences or a first-person word tell
    direct speech from a reported one ('Jalan itu rusak, kata Budi.')."""
    closing, first_person = unmarked_cue(), frozenset(lexicon.reporting()["first_person"])
    start = 0
    for line in text.split("\n"):
        match = (
            closing.search(line) if "," in line and not ANY_MARK.search(line) else None
        )  # the cue follows a comma
        if match:
            body = line[: match.start()].strip()
            words = {w.strip(",.!?").lower() for w in body.split()}
            if len(body.split()) >= 6 and (". " in body or words & first_person):
                yield start + len(line) - len(line.lstrip()), start + match.start()
        start += len(line) + 1


@cache
def unmarked_cue() -> re.Pattern[str]:
    """', ungkap Bupati.' or ', katanya.' closing a paragraph: a cue, then a capitalised name or a pronoun."""
    cues = "|".join(
        sorted(
            (
                re.escape(w)
                for w in lexicon.reporting()["after"]
                if w not in lexicon.reporting()["not_closing"]
            ),
            key=len,
            reverse=True,
        )
    )
    pronouns = "|".join(word_pronouns())
    return re.compile(rf",\s+(?:{cues})(?:\s+(?:[A-Z][\w.'-]*|{pronouns})){{0,4}}\s*[.!]?\s*$")


def _all_spans(text: str) -> list[tuple[int, int]]:
    return sorted([*quote_spans(text), *unmarked_spans(text)])


def find_quotes(text: str, persons: list[NamedSpan]) -> Iterator[QuoteHit]:
    """Quotes with their speaker, left to right; the last speaker carries over to pronoun cues. A statement
    repeated word for word by the same speaker (a teaser above the story) is one quote."""
    cue_after, cue_before = cue_patterns()
    last_speaker: str | None = None
    last_end, said = -1, set()
    for start, end in _all_spans(text):
        body = text[start:end].replace("“", "").replace("”", "").strip()
        if not body or _documented(text, end):
            continue
        speaker, cue = _speaker_after(text, end, persons, cue_after, start, last_speaker, last_end)
        if len(body.split()) < 2 and speaker is None:
            continue  # a quoted word is a name or a term unless a speech cue follows it ('“Iya,” kata dia')
        if speaker is None:
            speaker, cue = _speaker_before(text, start, persons, cue_before)
        if speaker is None and last_speaker and _continues(text, last_end, start, body):
            speaker, cue = last_speaker, (start, start)
        if not speaker:
            continue  # no cue, or a bare title no one was given ('harap Bupati')
        last_speaker, last_end = speaker, end
        if (speaker, body) in said:
            continue
        said.add((speaker, body))
        yield QuoteHit(start, end, body, speaker, cue[0], cue[1])


def _documented(text: str, end: int) -> bool:
    """'“…,” demikian bunyi Keppres': the wording of a document, no one's speech."""
    return bool(document_cue().match(text, end + 1))


@cache
def document_cue() -> re.Pattern[str]:
    words = "|".join(
        sorted((re.escape(w) for w in lexicon.reporting()["document_words"]), key=len, reverse=True)
    )
    openers = "|".join(lexicon.reporting()["document_openers"])
    return re.compile(rf"[\s,.]{{0,3}}(?:{openers})?\s*(?:{words})\b", re.IGNORECASE)


def _reports(text: str, end: int) -> bool:
    """A speech verb right after a name: 'Syaifullah mengatakan', 'Ipuk juga menjelaskan'."""
    return bool(reported_speech().match(text, end))


def _speaks_on(text: str, end: int) -> bool:
    """'Kompol Andi Yuda membenarkan kabar ini. Menurut dia, proses ...': a cue with a pronoun later in the
    paragraph of the name reports what the person said."""
    paragraph_end = text.find("\n", end)
    stop = paragraph_end if paragraph_end >= 0 else len(text)
    cue, pronoun = pronoun_cue()
    # the pronoun after a blank is searched first: most paragraphs hold none, and it is the cheaper search
    return pronoun.search(text, end, stop) is not None and cue.search(text, end, stop) is not None


@cache
def pronoun_cue() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'menurut dia', 'kata beliau': a one-word cue, then a pronoun; and the blank and pronoun alone, which
    every such cue holds. The cue's first letters open the pattern as a lookahead, so the search passes most
    positions after one test."""
    words = [w for w in lexicon.reporting()["after"] if " " not in w]
    cues = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    pronouns = "|".join(word_pronouns())
    return (
        re.compile(rf"\b{lexicon.opening(words)}(?:{cues})\s+(?:{pronouns})\b", re.IGNORECASE),
        re.compile(rf"\s(?:{pronouns})\b", re.IGNORECASE),
    )


@cache
def reported_speech() -> re.Pattern[str]:
    verbs = "|".join(sorted((re.escape(w) for w in lexicon.reporting()["before"]), key=len, reverse=True))
    return re.compile(
        rf"[\s,]*(?:[a-z]+\s+){{0,3}}(?:{verbs})\b", re.IGNORECASE
    )  # 'Fauzan dalam sambutannya mengatakan'


def _speaker_after(text, end, persons, cue_after, start, last_speaker, last_end=-1):
    """'“…,” kata Askari', '“…,” ujar Kabag Humas Sugeng Widodo', '“…,” harap Bupati' (the Bupati named
    before), '“…,” imbuhnya' (whoever spoke last). A bare title no one was given before, or a capitalised word
    that is no one we know ('ujar MTA'), leaves the quote unattributed ('')."""
    tail = text[end + 1 : end + 1 + CUE_WINDOW].split("\n")[0]
    match = cue_after.match(tail)
    if not match:
        return None, None
    cue_start, cue_end = end + 1 + match.start("cue"), end + 1 + match.end("cue")
    if not _points_back(match.group("cue").lower()):
        near = _named_after(text, cue_end, persons)
        if near is not None:
            return near.name, (cue_start, near.end)
        title, honorific = _bare_title(text, cue_end)
        holder = _holder(text, title, start, persons) if title else None
        if holder or (title and not honorific) or (not title and CAPITALISED.match(text, cue_end)):
            return (holder or ""), (cue_start, cue_end)  # 'ujar MTA': a capitalised word, no one we know
    return _last_named(text, start, persons, last_speaker, last_end), (cue_start, cue_end)


def _points_back(cue: str) -> bool:
    """'imbuhnya', 'kata dia': the cue names no one, it points back to a person named before."""
    words = cue.split()
    return (len(words) > 1 and words[-1] in word_pronouns()) or cue.endswith(
        tuple(lexicon.reporting()["pronoun_suffixes"])
    )


@cache
def word_pronouns() -> tuple[str, ...]:
    """The pronouns written as words ('dia', 'beliau'), not as a suffix ('-nya')."""
    data = lexicon.reporting()
    return tuple(w for w in data["pronouns"] if w not in data["pronoun_suffixes"])


def _named_after(text: str, cue_end: int, persons: list[NamedSpan]) -> NamedSpan | None:
    """The first person named after the cue in its clause (which the dot of 'dr.' or 'H.' does not end), not
    the one spoken to ('kepada Sutedjo'); a name written inside a title we did not take for a person ('ujar
    Kabag Humas dan Infokom Sugeng Widodo') too."""
    window = CLAUSE_END.split(text[cue_end : cue_end + 60])[0]
    spoken_to = addressee().search(window)
    window = window[: spoken_to.start()] if spoken_to else window
    near = [p for p in persons if cue_end <= p.start and p.end <= cue_end + len(window)]
    if near:
        return near[0]
    found = []
    for surface, name in {text[p.start : p.end]: p.name for p in persons}.items():
        if len(surface) <= 2 or surface not in window:
            continue
        hit = re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", window)
        if hit:
            found.append(NamedSpan(cue_end + hit.start(), cue_end + hit.end(), name))
    return min(found, key=lambda p: p.start) if found else None


def _bare_title(text: str, cue_end: int) -> tuple[str, bool]:
    """'harap Bupati dalam sambutannya', 'kata Wakil Bupati Bangli dalam siaran pers': the title words opening
    the capitalised words after the cue, with no name after them, and whether they are an honorific ('pesan
    Sultan kepada ...'); ('', False) when none."""
    match = BARE_TITLE.match(text[cue_end : cue_end + 60])
    head: list[str] = []
    for word in match.group(1).split() if match else []:
        if word.lower() not in title_words() and word not in lexicon.people()["honorifics"]:
            break
        head.append(word)
    honorific = bool(head) and all(w in lexicon.people()["honorifics"] for w in head)
    return " ".join(head), honorific


def _holder(text: str, title: str, start: int, persons: list[NamedSpan]) -> str | None:
    """The last person before `start` written with `title` before the name ('Bupati Saipul Mbuinga', 'Bupati
    Pohuwato, H. Saipul'), not with a longer title ending so ('Wakil Bupati Suharsi')."""
    written = re.compile(rf"(?:^|[^\w\s]|\b[a-z]\w*)\s*{re.escape(title)},?\s+(?:[A-Z][\w.-]*,?\s+){{0,3}}$")
    for p in reversed([p for p in persons if p.end <= start]):
        if written.search(text[max(0, p.start - len(title) - 40) : p.start]):
            return p.name
    return None


@cache
def addressee() -> re.Pattern[str]:
    """'kepada Sutedjo': the words before a name spoken to, not a speaker."""
    words = "|".join(
        sorted((re.escape(w) for w in lexicon.reporting()["addressee_words"]), key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _last_named(
    text: str, start: int, persons: list[NamedSpan], last_speaker: str | None, last_end: int
) -> str | None:
    """The person a pronoun cue points to: named earlier in the same paragraph (the last one a speech verb
    follows: 'Hadiarto membenarkan telah menahan Kades inisial Jar. “...,” ujarnya' is Hadiarto's), else
    whoever spoke last, in a quote or in reported speech ('Syaifullah mengatakan masyarakat ...')."""
    para_start = text.rfind("\n", 0, start) + 1
    in_para = [p for p in persons if para_start <= p.start < start]
    if in_para:
        speaking = [p for p in in_para if _reports(text, p.end)]
        return (speaking or in_para)[-1].name
    reported = [
        p
        for p in persons
        if last_end < p.start < start and (_reports(text, p.end) or _speaks_on(text, p.end))
    ]
    if reported:
        return reported[-1].name
    if last_speaker:
        return last_speaker
    earlier = [p for p in persons if p.end <= start]
    return _subject_of_sentence(text, earlier) if earlier else None


def _subject_of_sentence(text: str, earlier: list[NamedSpan]) -> str:
    """The first person of the sentence that names someone last: a pronoun points back to the subject, not to
    a name after 'oleh' ('X membenarkan pelantikan oleh Y. “Iya,” kata dia.' -> X)."""
    last = earlier[-1]
    opening = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start))
    return next(p.name for p in earlier if p.start > opening)


def _speaker_before(text, start, persons, cue_before):
    """'Iwan mengatakan, “…”', 'Sekda Iwan menjelaskan kepada wartawan, “…”', 'Menurut Kepala Dinas Sosial,
    Rahman Tuasikal, “…”': the person of the clause before the quote."""
    line_start = max(
        text.rfind("\n", 0, start - 1) + 1, start - 1 - CUE_WINDOW * 3
    )  # the cue stands close by
    head = text[line_start : start - 1]
    match = cue_before.search(head)
    if not match:
        return _leading_speaker(text, line_start, head, persons)
    cue_at = line_start + match.start("cue")
    in_clause = [p for p in persons if line_start <= p.start and p.end <= cue_at]
    if not in_clause:
        return None, None
    return in_clause[-1].name, (in_clause[-1].start, line_start + match.end("cue"))


def _leading_speaker(text, line_start, head, persons):
    """'Menurut Rahman Tuasikal, “…”': a leading cue, the speaker, a comma, the quote."""
    match = leading_cue().search(head)
    if not match:
        return None, None
    named = [
        p for p in persons if line_start + match.end("cue") <= p.start and p.end <= line_start + len(head)
    ]
    if not named:
        return None, None
    return named[-1].name, (line_start + match.start("cue"), named[-1].end)


@cache
def leading_cue() -> re.Pattern[str]:
    """A leading cue and at most 80 characters of one clause (the speaker, a title) before ', “'."""
    cues = "|".join(re.escape(w) for w in lexicon.reporting()["leading"])
    return re.compile(rf"(?<!\w)(?P<cue>{cues})\s+[^.;:“”\"]{{1,80}},\s*$", re.IGNORECASE)


def _continues(text: str, last_end: int, start: int, body: str) -> bool:
    """A quote with no cue of its own right after another one: the same speaker goes on."""
    if last_end < 0 or start - last_end > 400 or len(body.split()) < 4:
        return False
    between = text[last_end:start]
    return between.count("\n") <= 3 and bool(re.search(r"[.,!?]$", body.rstrip('”"')))
