"""The indexes titles are read with: title words and short forms, status prefixes, unit heads, and the
numerals and function words the title grammar reads (`kabar_cli.extract.titles`, `.title_units`)."""

from __future__ import annotations

from functools import cache

from kabar_cli.extract.tokens import PhraseIndex
from kabar_cli.lexicon import function_words
from kabar_cli.lexicon.title_grammar import title_lexicon

AND = function_words().coordinator  # 'dan'
FIELD = title_lexicon().field_word  # 'bidang'
OPENING_BRACKET = frozenset({"("})
ROMAN = {
    tens + ones
    for tens in ("", "X", "XX")
    for ones in ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    if tens + ones
}  # I to XXIX: the numbers of units ('Kodam XVII'), assistants ('Asisten III'), commissions ('Komisi IV')


@cache
def title_index() -> PhraseIndex[str]:
    data = title_lexicon()
    canonical = {t.lower(): t for t in data.titles}
    entries = [(t, t) for t in data.titles]
    entries += [(abbr, full) for abbr, full in data.abbreviations.items()]
    return PhraseIndex((phrase, canonical.get(full.lower(), full)) for phrase, full in entries)


@cache
def status_indexes() -> tuple[PhraseIndex[str], ...]:
    words = title_lexicon().words
    return (
        PhraseIndex((p, "former") for p in sorted(words["former_prefixes"])),
        PhraseIndex((p, "acting") for p in sorted(words["acting_prefixes"])),
        PhraseIndex((p, "candidate") for p in sorted(words["candidate_prefixes"])),
    )


@cache
def unit_heads() -> frozenset[str]:
    data = title_lexicon()
    written = [*data.titles, *data.abbreviations.values()]  # 'Kaursubag' = 'Kepala Urusan Subbagian'
    return frozenset(t.lower() for t in data.words["unit_heads"]) | {
        t.lower() for t in written if t.split()[-1] in data.words["unit_words"]
    }


@cache
def first_words() -> frozenset[str]:
    """Lowercase words a title or its status prefix can start with: no other token needs a closer look."""
    indexes = (title_index(), *status_indexes())
    return frozenset(word for index in indexes for word in index.by_first)


def placeless(title: str) -> bool:
    """A court panel's post ('Hakim Ketua', 'Jaksa Penuntut Umum'): no region follows it, a place name after
    it opens the holder's name ('Hakim Ketua Lingga Prasetyo')."""
    return title in title_lexicon().words["panel_titles"]
