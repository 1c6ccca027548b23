"""Turn the extractors' token hits into the records the store keeps (mentions, facts, sentences)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from pydantic import TypeAdapter
from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.dates import DateMatch
from kabar_cli.extract.awards import career_facts
from kabar_cli.extract.binding import bind_roles
from kabar_cli.extract.hits import OrgHit, PersonHit, PlaceHit, Sent, TitleHit, tokens_of
from kabar_cli.extract.org_words import head_index, is_country, is_region
from kabar_cli.extract.person_cues import nickname_links
from kabar_cli.extract.person_words import predicates
from kabar_cli.extract.quotes import NamedSpan, find_quotes
from kabar_cli.extract.tokens import char_bounds, flags, lowers, next_word, prev_word, sentences
from kabar_cli.frame import Frame
from kabar_cli.lexicon.regions import load_gazetteer
from kabar_cli.normalise import body_written_out, canonical_orgs, canonical_persons, settle_career
from kabar_cli.records import Article, ArticleRecord, Evidence, Fact, Mention, Sentence

WORD = re.compile(r"[^\W\d_]+")  # a word of letters

MENTIONS, SENTENCES = TypeAdapter(list[Mention]), TypeAdapter(list[Sentence])


@cache
def birth_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cue of a birth ('kelahiran', 'lahir') and the cue right before its place ('asli', 'lahir di'), from
    lexicon/birth.json."""
    data = lexicon.load_json("birth.json")
    alt = lambda words: "|".join(re.escape(w) for w in words)  # noqa: E731
    return (
        re.compile(rf"\b{lexicon.opening(data['birth_cues'])}({alt(data['birth_cues'])})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{alt(data['birth_place_cues'])})\s+$", re.IGNORECASE),
    )


class Builder:
    def __init__(self, article: Article, doc: Doc, frame: Frame):
        self.article, self.doc, self.frame = article, doc, frame
        self.sentences = _sentences(article.id, doc, frame.clean)
        self.starts = [sentence.start for sentence in self.sentences]
        self.mention_rows: list[dict] = []  # validated together by mentions()
        self.facts: list[Fact] = []

    def sentence_of(self, char: int) -> Sentence:
        """The sentence holding a character offset (the one before it when the offset falls between
        sentences)."""
        if not self.sentences:
            return Sentence(article=self.article.id, index=0, start=0, end=0, text="")
        at = bisect_right(self.starts, char) - 1
        return self.sentences[max(at, 0)]

    def mention(
        self, label: str, start: int, end: int, entity: str | None = None, value: str | None = None
    ) -> None:
        self.mention_rows.append(
            {
                "article": self.article.id,
                "label": label,
                "text": self.frame.clean[start:end],
                "start": start,
                "end": end,
                "sentence": self.sentence_of(start).index,
                "entity": entity,
                "value": value,
            }
        )

    def mentions(self) -> list[Mention]:
        """The mentions, validated in one call (pydantic-core checks a list faster than it builds each
        record)."""
        return MENTIONS.validate_python(self.mention_rows)

    def char_span(self, start_tok: int, end_tok: int) -> tuple[int, int]:
        return char_bounds(self.doc, start_tok, end_tok)

    def evidence(self, start: int, end: int) -> Evidence:
        sentence = self.sentence_of(start)
        return Evidence(sentence=sentence.text, start=start, end=end)


def _sentences(article_id: str, doc: Doc, source: str) -> list[Sentence]:
    """The doc's sentences as records; `source` is the text the doc was made from (Doc.text would join every
    token again)."""
    rows: list[dict] = []
    for sentence in sentences(doc):
        raw = source[sentence.start_char : sentence.end_char]
        text = raw.strip()
        if text:
            begin = sentence.start_char + (len(raw) - len(raw.lstrip()))
            rows.append(
                {
                    "article": article_id,
                    "index": len(rows),
                    "start": begin,
                    "end": begin + len(text),
                    "text": text,
                }
            )
    return SENTENCES.validate_python(rows)


def build_record(
    article: Article,
    doc: Doc,
    frame: Frame,
    places: list[PlaceHit],
    orgs: list[OrgHit],
    titles: list[TitleHit],
    persons: list[PersonHit],
    dates: list[DateMatch],
) -> ArticleRecord:
    b = Builder(article, doc, frame)
    canonical = canonical_persons(p.name for p in persons)
    people = dict(canonical)
    for nickname, name in nickname_links(doc, persons).items():
        people[nickname] = people.get(
            name, name
        )  # 'Marlina Sari atau yang akrab disapa Lina': Lina is Marlina Sari
    org_names = canonical_orgs((o.name, o.alias) for o in orgs)
    _place_mentions(b, _story_places(doc, places, persons, orgs, titles))
    for org in orgs:
        b.mention("ORG", *b.char_span(org.start, org.end), entity=org_names.get(org.name, org.name))
    for person in persons:
        b.mention("PERSON", *b.char_span(person.start, person.end), entity=people[person.name])
    for title in titles:
        b.mention("TITLE", *b.char_span(title.start, title.end), entity=title.title)
    for date in dates:
        b.mention("DATE", date.start, date.end, value=date.value)
    _role_facts(b, bind_roles(doc, persons, titles, orgs, canonical), people, dates)
    _quote_facts(b, persons, people)
    _birth_facts(b, persons, people, places, dates)
    mentions = b.mentions()
    career_facts(article.id, b.sentences, mentions, b.facts)  # awards and education (extract/awards.py)
    settle_career(b.facts, int(article.anchor[:4]) if article.anchor else None)
    return ArticleRecord(article=article, sentences=b.sentences, mentions=mentions, facts=b.facts)


def _story_places(
    doc: Doc, places: list[PlaceHit], persons: list[PersonHit], orgs: list[OrgHit], titles: list[TitleHit]
) -> list[PlaceHit]:
    """The places the story names: not a word of a person's name, not a country qualifying a title, a
    document or an institution ('Keppres RI'), and inside an institution only a region, or a district whose
    region is named too and which does not merely name a facility ('RSUD Genteng')."""
    in_persons, in_orgs = tokens_of(persons), tokens_of(orgs)
    qualified = in_orgs | tokens_of(titles)
    places = [p for p in places if in_persons.isdisjoint(range(p.start, p.end))]
    places = [p for p in places if not (is_country(doc, p) and _qualifies(doc, p, qualified))]
    named_by = {k: org for org in orgs for k in range(org.start + 1, org.end)}
    return [
        p
        for p in places
        if in_orgs.isdisjoint(range(p.start, p.end))
        or is_region(doc, p)
        or (_near(p, places) and not _after_region_head(doc, named_by.get(p.start), p))
    ]


def _qualifies(doc: Doc, place: PlaceHit, inside: set[int]) -> bool:
    """A country that qualifies the words around it: inside a title or an institution, right after a
    capitalised word or a bracket ('Keputusan Presiden (Keppres) RI'), or opening a longer name ('Indonesia
    Raya')."""
    f = flags(doc)
    before = f.text[place.start - 1] if place.start > 0 else ""
    after = place.end < len(f.text) and f.cap[place.end]
    return place.start in inside or before == ")" or (before != "" and f.cap[place.start - 1]) or after


def _after_region_head(doc: Doc, org: OrgHit | None, place: PlaceHit) -> bool:
    """'RSUD Genteng': a district right after a head that takes a region is the facility's own name."""
    head = head_index().match_at(doc, org.start) if org else None
    return head is not None and head.payload == "region" and head.end == place.start


def _near(place: PlaceHit, places: list[PlaceHit]) -> bool:
    """A district named inside an institution counts when its regency or province is named too ('MTS Negeri
    Srono' in a Banyuwangi story), not when it is only a word of the name ('Dinas PU Bina Marga')."""
    gazetteer = load_gazetteer()
    named = {
        r.code
        for other in places
        if other is not place
        for r in gazetteer.lookup(other.name)
        if r.level != "district"
    }
    return any(set(r.ancestor_codes) & named for r in gazetteer.lookup(place.name))


def _place_mentions(b: Builder, places: list[PlaceHit]) -> None:
    written = {place.name.lower() for place in places}  # names without their admin prefix
    for place in places:
        start, end = b.char_span(place.start, place.end)
        b.mention("PLACE", start, end, entity=_full_name(place.name, written) or _place_name(place.name))


def _full_name(name: str, written: set[str]) -> str | None:
    """A short form takes the full name the article also writes out ('Jatim' -> 'Jawa Timur'); a short form
    alone, or a name that is itself a region's full name, stays as written."""
    regions = load_gazetteer().lookup(name)
    if any(r.name.lower() == name.lower() for r in regions):
        return None
    full = {r.name for r in regions if r.name.lower() in written}
    return full.pop() if len(full) == 1 else None


def _place_name(name: str) -> str:
    """A place as written, a dateline's capitals in title case: 'BANYUWANGI' -> 'Banyuwangi' (not 'TTS')."""
    return name.title() if name.isupper() and len(name) > 4 else name


def _role_facts(b: Builder, roles, people: dict[str, str], dates: list[DateMatch]) -> None:
    """One holds_title fact per person, title, status and body, with the time span of its first statement
    (or of a later statement in the same sentence, when the first gives none)."""
    held: dict[tuple[str, str, str | None, str | None], tuple[Fact, Sent]] = {}
    intervals = [
        date for date in dates if date.value and "/" in date.value
    ]  # only intervals give a title its time
    roles = list(roles)
    titles_at = sorted({b.char_span(r.title.start, r.title.end) for r in roles})
    for role in roles:
        subject = people[role.person.name]
        key = (subject, role.title.title, role.title.status, role.title.of)
        if key in held and (held[key][0].start is not None or held[key][1] != role.sentence):
            continue  # one statement of the title gave it already, or its span
        own = b.char_span(role.title.start, role.title.end)
        start, end = _span_of(b.frame.clean, role.sentence, own, intervals, titles_at)
        if start is None and _continues_previous(b.doc, role.sentence):
            start, end = _span_in(_previous_sentence(b.doc, role.sentence), intervals)
        if key in held:  # 'Baru menjabat sejak 2018, Bupati X adalah bupati ...': the span of one sentence
            held[key][0].start, held[key][0].end = start, end
            continue
        fact = Fact(
            article=b.article.id,
            predicate="holds_title",
            subject=subject,
            object=role.title.title,
            of=body_written_out(role.title.of),
            status=role.title.status,
            start=start,
            end=end,
            evidence=b.evidence(role.sentence.start_char, role.sentence.end_char),
        )
        held[key] = (fact, role.sentence)
        b.facts.append(fact)


def _span_of(
    text: str,
    sentence: Sent,
    own: tuple[int, int],
    intervals: list[DateMatch],
    titles_at: list[tuple[int, int]],
) -> tuple[str | None, str | None]:
    """The time span of the title at characters `own`: an interval of its sentence nearest to it, else one no
    predicate parts from it ('Bupati dan Wakil Bupati Ngawi periode 2021-2026' dates both titles; in
    'menjabat Camat pada 2010 hingga 2015, lalu menjadi Kepala Bappeda' the years are the Camat's alone)."""
    here = [t for t in titles_at if sentence.start_char <= t[0] < sentence.end_char]
    dated = [d for d in intervals if sentence.start_char <= d.start < sentence.end_char]
    nearest = [d for d in dated if _nearest_title(d, here) == own]
    return _span_in(sentence, nearest or [d for d in dated if not _predicate_between(text, own, d)])


def _predicate_between(text: str, own: tuple[int, int], date: DateMatch) -> bool:
    """A predicate ('menjadi', 'sebagai') or a relative pronoun ('Gubernur periode 1993-2003 yang juga mantan
    Pangdam') stands between the title and the interval: another clause."""
    low, high = (own[1], date.start) if date.start >= own[1] else (date.end, own[0])
    relative = lexicon.function_words().relative_pronoun
    return any(w.lower() in predicates() or w.lower() == relative for w in WORD.findall(text, low, high))


def _nearest_title(date: DateMatch, titles_at: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The title an interval dates: the nearest one, the one before it on a tie. In 'menjabat Camat Kedamean
    pada 2010 hingga 2015, lalu menjadi Kepala Bappeda' the years are the Camat's."""

    def gap(title: tuple[int, int]) -> tuple[int, int]:
        before = title[1] <= date.start
        return (date.start - title[1], 0) if before else (title[0] - date.end, 1)

    return min(titles_at, key=gap, default=None)


def _span_in(sentence: Sent, intervals: list[DateMatch]) -> tuple[str | None, str | None]:
    """The time span a sentence gives its title: 'sejak 2007' -> (2007, None); 'mulai 2010 hingga 2019' ->
    (2010, 2019)."""
    for date in intervals:
        if date.value and sentence.start_char <= date.start < sentence.end_char:
            first, _, last = date.value.partition("/")
            return first, (None if last == ".." else last)
    return None, None


def _continues_previous(doc: Doc, sentence: Sent) -> bool:
    """'Dia menjabat sebagai ...': a sentence opened by a pronoun goes on with the previous sentence's
    time."""
    first = next_word(doc, sentence.start)
    return first < sentence.end and lowers(doc)[first] in lexicon.function_words().personal_pronouns


def _previous_sentence(doc: Doc, sentence: Sent) -> Sent:
    k = max(prev_word(doc, sentence.start), 0)
    return next(s for s in sentences(doc) if s.start <= k < s.end)


def _quote_facts(b: Builder, persons: list[PersonHit], people: dict[str, str]) -> None:
    named = [NamedSpan(*b.char_span(p.start, p.end), name=people[p.name]) for p in persons]
    for quote in find_quotes(b.frame.clean, named):
        if quote.speaker is None:
            continue  # a Fact needs its subject (find_quotes gives each quote its speaker)
        b.facts.append(
            Fact(
                article=b.article.id,
                predicate="said",
                subject=quote.speaker,
                object=quote.text,
                evidence=Evidence(sentence=b.sentence_of(quote.start).text, start=quote.start, end=quote.end),
            )
        )


def _birth_facts(
    b: Builder,
    persons: list[PersonHit],
    people: dict[str, str],
    places: list[PlaceHit],
    dates: list[DateMatch],
) -> None:
    """'pria asli Banyuwangi kelahiran 15 September 1966' -> born(person the text is about, 1966-09-15,
    Banyuwangi)."""
    text = b.frame.clean
    for date in dates:
        if not date.value or len(date.value) != 10:
            continue
        sentence = b.sentence_of(date.start)
        cue = birth_cues()[0].search(text, sentence.start, date.start)
        if not cue:
            continue
        before = [p for p in persons if b.char_span(p.start, p.end)[1] <= date.start]
        if not before:
            continue
        place = None
        for hit in places:
            start, end = b.char_span(hit.start, hit.end)
            if sentence.start <= start < date.start and birth_cues()[1].search(text, sentence.start, start):
                place = text[start:end]
        b.facts.append(
            Fact(
                article=b.article.id,
                predicate="born",
                subject=people[before[-1].name],
                object=date.value,
                place=place,
                evidence=b.evidence(sentence.start, sentence.end),
            )
        )
