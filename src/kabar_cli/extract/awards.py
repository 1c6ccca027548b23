"""Awards ('meraih penghargaan X dari Y, 2024') and education ('lulusan Universitas Z') as facts of a person.

Plain patterns over the sentences and the person and institution mentions already found; the cue words are
in lexicon/awards.json. A person is the subject when named before the cue in the same sentence (with no
'yang' clause in between that makes something else the winner), or, for education, in the sentence before.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from kabar_cli import lexicon
from kabar_cli.records import Evidence, Fact, Mention, Sentence

YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
MAX_GAP = 90


@functools.cache
def cues() -> dict:
    data, rel = lexicon.load_json("awards.json"), re.escape(lexicon.function_words().relative_pronoun)
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    giver, reason = alt(data["award_giver_cues"]), alt(data["award_reason_cues"])
    return {
        "award": re.compile(
            rf"\b{lexicon.opening(data['award_verbs'])}(?:{alt(data['award_verbs'])})\s+(?:{alt(data['award_nouns'])})\b"
            rf"(?:\s+(?:{alt(data['award_as'])}))?\s*",
            re.IGNORECASE,
        ),
        "list": re.compile(
            rf"\b{lexicon.opening(data['award_nouns'])}(?:{alt(data['award_nouns'])})\s+{rel}\s+\w+\s+(?:{alt(data['award_received'])})\b[^,]*,\s*"
            rf"(?:{alt(data['award_list_cues'])})\s+",
            re.IGNORECASE,
        ),
        # Bounded, non-space-led parts: unbounded lazy parts over the same spaces backtracked for minutes on a
        # long run of spaces after an award cue (issue 7); no award name, giver or reason runs past 150
        # characters, and an item is only tried where a '(year)' follows within reach.
        "item": re.compile(
            rf"(?=[^()]{{1,500}}\(\d{{4}}\))(?:(?:{alt(data['award_item_joiners'])})\s+)?"
            r"(?P<name>[^,()\s][^,()]{0,150}?)"
            rf"(?:\s+(?:{giver})\s+(?P<giver>[^,()\s][^,()]{{0,150}}?))?(?:\s+(?:{reason})\s+[^()]{{1,150}}?)?"
            r"\s*\((?P<year>\d{4})\)"
        ),
        "giver": re.compile(
            rf"\b(?:{giver})\s+([^,.;]+?)(?=\s+(?:{alt(data['award_giver_ends'])})\b|[,.;]|$)"
        ),
        "clause": re.compile(rf"\b{rel}\b"),
        "winner_clause": re.compile(rf"\b{rel}\s+\w+\s+(?:{alt(data['award_clause_verbs'])})"),
        "event": re.compile(rf"^\s*(?:{alt(data['award_event_cues'])})\s+([^,.;]+)", re.IGNORECASE),
        "stops": data["award_stops"],
        "education": re.compile(
            rf"\b{lexicon.opening(data['education_cues'])}(?:{alt(data['education_cues'])})\s+", re.IGNORECASE
        ),
        # the first words of the award nouns and education cues: a sentence without one of them is skipped
        "firsts": tuple(
            sorted({w.split()[0].lower() for w in [*data["award_nouns"], *data["education_cues"]]})
        ),
        "levels": data["education_levels"],
    }


def career_facts(article: str, sentences: list[Sentence], mentions: list[Mention], facts: list[Fact]) -> None:
    """Append award and education facts found in the article's sentences."""
    persons = [m for m in mentions if m.label == "PERSON" and m.entity]
    orgs = [m for m in mentions if m.label == "ORG"]
    lows = [sentence.text.lower() for sentence in sentences]
    joined = "\n".join(lows)
    firsts = [word for word in cues()["firsts"] if word in joined]  # most articles hold none of them
    for k, sentence in enumerate(sentences):
        if not any(word in lows[k] for word in firsts):  # substring tests beat a regex alternation here
            continue
        facts.extend(_awards(article, sentence, persons))
        facts.extend(_education(article, sentence, sentences[k - 1] if k else None, persons, orgs))


def _fact(
    article: str,
    predicate: Literal["award", "education"],
    subject: str,
    obj: str,
    sentence: Sentence,
    *,
    of: str | None,
    start: str | None,
) -> Fact:
    return Fact(
        article=article,
        predicate=predicate,
        subject=subject,
        object=obj,
        of=of,
        start=start,
        evidence=Evidence(sentence=sentence.text, start=sentence.start, end=sentence.end),
    )


def _speaker_before(sentence: Sentence, persons: list[Mention], at: int, strict: bool) -> str | None:
    """The person named last before char `at` of the sentence; `strict`: no 'yang' clause in between."""
    before = [p for p in persons if sentence.start <= p.start and p.end <= at]
    if not before:
        return None
    gap = sentence.text[before[-1].end - sentence.start : at - sentence.start]
    if strict and (
        len(gap) > MAX_GAP or cues()["clause"].search(gap) and not cues()["winner_clause"].search(gap)
    ):
        return None
    return before[-1].entity


def _awards(article: str, sentence: Sentence, persons: list[Mention]) -> list[Fact]:
    found = []
    for match in cues()["list"].finditer(sentence.text):
        subject = _speaker_before(sentence, persons, sentence.start + match.start(), strict=False)
        if not subject:
            continue
        for item in cues()["item"].finditer(sentence.text, match.end()):
            found.append(
                _fact(
                    article,
                    "award",
                    subject,
                    item["name"].strip(),
                    sentence,
                    of=item["giver"],
                    start=item["year"],
                )
            )
    if found:
        return found
    for match in cues()["award"].finditer(sentence.text):
        subject = _speaker_before(sentence, persons, sentence.start + match.start(), strict=True)
        if subject:
            name, giver, year = _award_parts(sentence.text[match.end() :])
            if name:
                found.append(_fact(article, "award", subject, name, sentence, of=giver, start=year))
    return found


def _award_parts(rest: str) -> tuple[str, str | None, str | None]:
    """'X dalam ajang Y 2024 dari Z.' -> ('X (Y 2024)', 'Z', '2024')."""
    name = _until(rest, cues()["stops"])
    tail = rest[len(name) :]
    event = cues()["event"].match(tail)
    label = f"{name} ({event[1].strip()})" if event else name
    giver = cues()["giver"].search(rest)
    year = YEAR.search(label) or YEAR.search(rest[:200])
    return label.strip(), giver[1].strip() if giver else None, year[1] if year else None


def _until(text: str, stops: list[str]) -> str:
    cut = min((i for i in (text.find(s) for s in stops) if i > 0), default=len(text))
    return text[:cut]


def _education(
    article: str, sentence: Sentence, previous: Sentence | None, persons: list[Mention], orgs: list[Mention]
) -> list[Fact]:
    found = []
    for match in cues()["education"].finditer(sentence.text):
        at = sentence.start + match.end()
        school = next((o for o in orgs if at <= o.start <= at + 40 and o.start < sentence.end), None)
        if school is None:
            continue
        subject = _speaker_before(sentence, persons, sentence.start + match.start(), strict=False)
        if subject is None and previous is not None:
            subject = _speaker_before(previous, persons, previous.end, strict=False)
        if subject:
            found.append(
                _fact(
                    article,
                    "education",
                    subject,
                    school.entity or school.text,
                    sentence,
                    of=_level(school.text),
                    start=None,
                )
            )
    return found


def _level(school: str) -> str | None:
    low = school.lower()
    return next(
        (level for word, level in cues()["levels"].items() if re.match(rf"{re.escape(word)}\b", low)), None
    )
