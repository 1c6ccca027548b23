"""Person names: runs of capitalised name words confirmed by the words around them.

A run becomes a person when a title stands before it ('Bupati Banyuwangi Ipuk Fiestiandani'), a title
follows it ('Askari, Sekda Mamuju Tengah'), an honorific or rank precedes it ('H. Mujiono', 'AKBP Budi'),
a speech verb points at it ('kata Askari', 'Iwan mengatakan'), or a nickname cue names it ('akrab disapa
Rifa'). Every later run made of the same name or one word of it ('Ipuk', 'Bupati Ipuk') is that person.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc

from kabar_cli import lexicon
from kabar_cli.extract.hits import Occupied, PersonHit, TitleHit
from kabar_cli.extract.org_words import is_region
from kabar_cli.extract.person_evidence import (
    evidence,
    is_place,
    rank_follows,
    title_before_brackets,
    word_at,
)
from kabar_cli.extract.person_words import (
    common_word,
    honorific_index,
    misspelt_title_word,
    title_words,
    words_of,
)
from kabar_cli.extract.places import match_place
from kabar_cli.extract.title_words import placeless
from kabar_cli.extract.tokens import (
    INITIAL,
    cap_at,
    flags,
    lowers,
    name_at,
    next_word,
    non_name_words,
    prev_word,
    sentence_bounds,
    sentence_start,
    span_text,
    words_in,
)
from kabar_cli.extract.words import common_run

WEAK = {"predicate", "cue"}  # 'predicate-next' (the name, then 'adalah/menjadi' and a title) is strong
STRONG = {"title-before", "title-after", "honorific", "degree"}  # what a word opening a sentence may keep


def name_runs(doc: Doc, occupied: Occupied) -> Iterator[tuple[int, int]]:
    """Maximal runs of name words not claimed by a title, institution or place: 'Ipuk Fiestiandani'."""
    f, low, inner, after = flags(doc), lowers(doc), words_of("inner_particles"), 0
    for i in f.capitals:  # a name word is capitalised
        if i < after or not f.name[i] or not _name_at(doc, i, occupied):
            continue
        j = i + 1
        while (
            j < len(low)
            and (f.cap[j] or low[j] in inner)  # what each of the three tests below needs first
            and (
                _name_at(doc, j, occupied)
                or _inner_particle(doc, j, occupied)
                or _run_together(doc, j, occupied)
            )
        ):
            j += 1
        while j > i + 1 and low[j - 1] in inner:
            j -= 1
        if j < len(low) and f.cap[j]:  # initials are capitals
            j = _closing_initials(doc, j, occupied)
        yield i, j
        after = j


def _name_at(doc: Doc, i: int, occupied: Occupied) -> bool:
    """A name word here, not one opening an honorific ('H.', 'Sri Sultan')."""
    f = flags(doc)
    if not f.name[i] or not occupied.free(i, i + 1, "TITLE", "ORG") or common_word(f.text[i]):
        return False
    index = honorific_index()
    honorific = index.match_at(doc, i) if f.lower[i] in index.by_rest else None
    return not (honorific and (INITIAL.match(f.text[i]) or honorific.end - honorific.start > 1))


def _closing_initials(doc: Doc, end: int, occupied: Occupied) -> int:
    """'Makmur HAPK yang ...': an unknown all-capital word closing a name, before a lowercase word or a mark,
    is the name's initials (not 'DPRD', an institution, a place or a word of our lists)."""
    text = flags(doc).text[end] if end < len(doc) else ""
    if not (3 <= len(text) <= 5 and text.isalpha() and text.isupper()) or not occupied.free(
        end, end + 1, "TITLE", "ORG"
    ):
        return end
    after = next_word(doc, end + 1)
    if text.lower() in non_name_words() or match_place(doc, end) or (after < len(doc) and cap_at(doc, after)):
        return end
    return end + 1


def _run_together(doc: Doc, j: int, occupied: Occupied) -> bool:
    """'Rina KusumaDewi Lestari': two name words written without a space (a capital inside a word, which alone
    marks a brand like 'JatimNow') between two name words are part of the name."""
    text = flags(doc).text
    word = text[j]
    if not (
        word[:1].isupper() and word.isalpha() and not word.isupper() and any(c.isupper() for c in word[1:])
    ):
        return False
    return j + 1 < len(text) and _name_at(doc, j + 1, occupied) and occupied.free(j, j + 1, "TITLE", "ORG")


def _inner_particle(doc: Doc, j: int, occupied: Occupied) -> bool:
    low = lowers(doc)
    return low[j] in words_of("inner_particles") and j + 1 < len(low) and _name_at(doc, j + 1, occupied)


def familiar_start(doc: Doc, start: int) -> int:
    """Include a familiar form of address in the mention: 'Pak Sutiaji', 'Mas Dhito'."""
    before = start - 1
    return (
        before
        if before >= 0
        and lowers(doc)[before] in words_of("familiar")
        and flags(doc).text[before][:1].isupper()
        else start
    )


def find_persons(doc: Doc, occupied: Occupied, titles: list[TitleHit]) -> Iterator[PersonHit]:
    """Confirmed names first, then every run that repeats a confirmed name or one word of it."""
    ends = {t.end: t for t in titles}
    headline_like = _title_case_sentences(doc)
    runs, titled = _runs(doc, occupied, ends)
    confirmed, openers = _confirm_by_evidence(doc, runs, ends, {t.start: t for t in titles}, headline_like)
    confirmed.update(dict.fromkeys(titled, "title-before"))
    names = {span_text(doc, s, e) for s, e in confirmed}
    for (
        start,
        end,
    ) in runs:  # a name confirmed anywhere is confirmed everywhere, before coordination looks at it
        if span_text(doc, start, end) in names and (start, end) not in confirmed:
            if sentence_start(doc, start) not in headline_like:
                confirmed[(start, end)] = "repeat"
    runs = _settle_openers(doc, runs, openers, confirmed)
    _confirm_coordinated(doc, runs, confirmed)
    known = {span_text(doc, s, e): why for (s, e), why in confirmed.items()}
    known_words = [name.split() for name in known]
    for start, end in runs:
        text = span_text(doc, start, end)
        why = confirmed.get((start, end)) or (
            "repeat" if text in known or _part_of_known(text, known_words) else ""
        )
        if not why and _extends_known(text, known_words) and sentence_start(doc, start) not in headline_like:
            why = "repeat"  # 'Seperti Wardoyo Pongoliu.'; not a headline's 'Ipuk Fiestiandani Resmikan
        if why and (why != "repeat" or end - start > 1 or not is_place(doc, start, end)):
            yield PersonHit(
                familiar_start(doc, start), end, name=_without_fused_honorific(text), evidence=why
            )


def _without_fused_honorific(name: str) -> str:
    """'HM Santoso' -> 'M Santoso': an honorific written together with an initial (Haji M) is not part of
    the name; 'HB X' (Hamengku Buwono X) is no such thing: a name of letters must follow."""
    first, _, rest = name.partition(" ")
    initial = lexicon.people()["fused_honorifics"].get(first)
    if initial and len(rest.split()[0]) >= 3:
        return f"{initial} {rest}"
    return name


def _confirm_by_evidence(
    doc: Doc,
    runs: list[tuple[int, int]],
    ends: dict[int, TitleHit],
    starts: dict[int, TitleHit],
    headline_like: set[int],
) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """The runs the words around them confirm, and the runs opening a sentence with a common word whose
    evidence is not strong ('Karier Sutarmidji dimulai ...'), left for `_settle_openers`."""
    confirmed: dict[tuple[int, int], str] = {}
    openers: dict[tuple[int, int], str] = {}
    for start, end in runs:
        if sentence_start(doc, start) in headline_like:
            continue
        why = evidence(doc, start, end, ends, starts)
        opens = start == next_word(doc, sentence_start(doc, start))
        if why in WEAK and end - start == 1 and opens:
            continue  # 'Ditanya ... sebagai', 'Nomor ...': one capitalised word opening a sentence needs more
        if opens and end - start > 1 and why not in STRONG and lowers(doc)[start] in lexicon.root_words():
            openers[(start, end)] = why
        elif why:
            confirmed[(start, end)] = why
    return confirmed, openers


def _settle_openers(
    doc: Doc,
    runs: list[tuple[int, int]],
    openers: dict[tuple[int, int], str],
    confirmed: dict[tuple[int, int], str],
) -> list[tuple[int, int]]:
    """'Karier Sutarmidji di dunia politik ...', 'Seperti Wardoyo Pongoliu.': a common word opens the
    sentence, capitalised for that alone, before a name confirmed elsewhere (or the first words of one); the
    run is the name after it. Otherwise the run keeps its evidence
    ('Budi Santoso mengatakan ...')."""
    known = [span_text(doc, s, e).split() for s, e in confirmed]
    settled = []
    for start, end in runs:
        if (start, end) in openers:
            rest = span_text(doc, start + 1, end).split()
            if any(rest == name or _is_part(rest, name) or _is_part(name, rest) for name in known):
                confirmed[(start + 1, end)] = "repeat"
                start += 1
            elif openers[(start, end)] and lowers(doc)[start] not in lexicon.given_names():
                confirmed[(start + 1, end)] = openers[(start, end)]  # 'Karier Hendra Gunawan dimulai ...'
                start += 1
            elif openers[(start, end)]:
                confirmed[(start, end)] = openers[(start, end)]  # 'Bagus Prasetyo menjelaskan ...'
        settled.append((start, end))
    return settled


def _runs(
    doc: Doc, occupied: Occupied, ends: dict[int, TitleHit]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """The name runs, and those that a title gives a name after its region: 'Sekda (Sekda) Pohuwato
    Iskandar'."""
    runs, titled = [], set()
    for start, end in name_runs(doc, occupied):
        run = _after_leading_place(doc, start, end, ends)
        if run != (start, end):
            titled.add(run)
        runs.append(run)
    return runs, titled


def _after_leading_place(doc: Doc, start: int, end: int, ends: dict[int, TitleHit]) -> tuple[int, int]:
    """'Sekretaris Daerah (Sekda) Pohuwato Iskandar Datau', 'Gubenur Jawa Timur Soekarwo', 'Kepala Kanwil
    Kemenag Jawa Timur Husnul': after a title (its abbreviation in brackets, or a title word written wrong),
    a region opening the run is the title's, not a word of the name (no region follows a court panel's post:
    'Hakim Ketua Lingga Prasetyo')."""
    before = prev_word(doc, start)
    bracketed = word_at(doc, before) == ")" and title_before_brackets(doc, before, ends) >= 0
    marked = bracketed or misspelt_title_word(word_at(doc, before))
    place = match_place(doc, start, expected=True) if marked or start in ends else None
    panel = start in ends and placeless(ends[start].title)
    if place is None or place.end >= end or not name_at(doc, place.end) or panel:
        return start, end
    return (place.end, end) if marked or is_region(doc, place) else (start, end)  # not 'Guntur Wahono'


def _confirm_coordinated(
    doc: Doc, runs: list[tuple[int, int]], confirmed: dict[tuple[int, int], str]
) -> None:
    """'Karna Suswandi dan Khoirani', 'Andap Budhi, Bahtiar', 'Sitti Nurhaedah, dan Muh Yunus': a name
    joined to a confirmed name is a name too. Places and unknown titles before a rank ('Kapolrestabes
    Makassar Kombes ...') are left out first, so list items 'A untuk Belu, B di Malaka' stand next to each
    other."""
    runs = [(s, e) for s, e in runs if not is_place(doc, s, e) and not rank_follows(doc, next_word(doc, e))]
    for (s1, e1), (s2, e2) in zip(runs, runs[1:], strict=False):
        pair = ((s1, e1) in confirmed) != ((s2, e2) in confirmed) or _given_names(doc, (s1, e1), (s2, e2))
        if not pair:
            continue  # only a confirmed name confirms its neighbour, or two given names each other
        if _joins(doc, e1, s2) or _joined_last(doc, e1, s2):
            confirmed.setdefault((s1, e1), "coordinated")
            confirmed.setdefault((s2, e2), "coordinated")


def _given_names(doc: Doc, *runs: tuple[int, int]) -> bool:
    """Each run is two words or more opened by a given name ('Agus Salim, Rina Marlina'): names listed
    together with no other cue."""
    names = lexicon.given_names()
    return all(end - start > 1 and lowers(doc)[start] in names for start, end in runs)


def _joined_last(doc: Doc, end: int, next_start: int) -> bool:
    """', dan' or ', serta' before the last item of a list: 'Abdul Haris, Sitti Nurhaedah, dan Muh Yunus'."""
    words = words_in(doc, end, next_start)
    return len(words) == 2 and words[0] == "," and words[1] in words_of("list_joiners")


def _joins(doc: Doc, end: int, next_start: int) -> bool:
    """The words between two runs join them: one coordinator ('dan', ',', 'serta'), or a parallel list item.
    The gap may be long (the runs are the sentence's capitalised words): only its first words are read."""
    first, low = next_word(doc, end), lowers(doc)
    if first >= next_start:
        return False
    if next_word(doc, first + 1) >= next_start:
        return low[first] in words_of("coordinators")
    return low[first] in words_of("item_cues") and _parallel_item(doc, end, next_start)


def _parallel_item(doc: Doc, end: int, next_start: int) -> bool:
    """'Zacharias Moruk untuk Kabupaten Belu, Viktorius Manek di Malaka': list items 'NAME untuk/di
    PLACE,'."""
    space, low = flags(doc).space, lowers(doc)
    words = [k for k in range(end, next_start) if not space[k]]
    if (
        len(words) < 3
        or low[words[0]] not in words_of("item_cues")
        or low[words[-1]] not in words_of("item_ends")
    ):
        return False
    place = match_place(doc, words[1], expected=True)
    return place is not None and next_word(doc, place.end) == words[-1]


def _title_case_sentences(doc: Doc) -> set[int]:
    """Sentences written in Title Case (headlines, captions): capitals there say nothing about names. Title
    words ('Asisten', 'Bupati') are capitalised in running text too, so they do not count."""
    out, f, titled = set(), flags(doc), title_words()
    text = f.text
    for start, end in sentence_bounds(doc):
        if _mostly_lowercase(doc, start, end) or _running_list(text, start, end):
            continue
        words = [w for w in text[start:end] if len(w) > 3 and w.isalpha()]
        if len(words) < 4:
            continue
        counted = [w for w in words if w.lower() not in titled] or words
        share = len([w for w in counted if w[0].isupper()]) / len(counted)
        if share >= 0.9 or (share >= 0.7 and not _ends_sentence(text, start, end)):
            out.add(start)
    return out


def _running_list(text: list[str], start: int, end: int) -> bool:
    """A sentence of running text however many capitals it holds: a list of titles and names, 'Kemudian Bupati
    Sleman Rina Ayu, Bupati Bantul Dodi Hasan dan Bupati Kulon Progo Ida Sari.' (a comma or a lowercase word
    and a closing full stop), or a caption 'Ketua DPRD Lia Wati, Wakil Ketua Ari Santo, Wakil Ketua Abi -'
    (three commas or more). Headlines have neither."""
    commas = text[start:end].count(",")
    if commas >= 3:
        return True
    if not _ends_sentence(text, start, end):
        return False
    return commas > 0 or any(w.isalpha() and w.islower() for w in text[start:end])


def _mostly_lowercase(doc: Doc, start: int, end: int) -> bool:
    """Too many lowercase words for Title Case, seen after a few words of running text: with C capitalised
    tokens in the sentence, more than 3C/7 lowercase words (long, alphabetic, not title words) keep the share
    of capitals under 0.7 whatever the rest holds."""
    f, low, titled = flags(doc), lowers(doc), title_words()
    capitals = bisect_left(f.capitals, end) - bisect_left(f.capitals, start)
    lowercase = 0
    for k in range(start, end):
        word = f.text[k]
        if not f.cap[k] and len(word) > 3 and word.isalpha() and low[k] not in titled:
            lowercase += 1
            if 7 * lowercase > 3 * capitals:
                return True
    return False


def _ends_sentence(text: list[str], start: int, end: int) -> bool:
    """The sentence's last words close it: '.', '!', '?' or a closing quote (after one of those)."""
    last: list[str] = []
    for k in range(end - 1, start - 1, -1):
        if text[k].strip():
            last.insert(0, text[k])
            if len(last) == 2:
                break
    return bool(last) and (
        last[-1] in {".", "!", "?", "”", '"'} or (len(last) > 1 and last[-2] in {".", "!", "?"})
    )


def _part_of_known(text: str, known: list[list[str]]) -> bool:
    """`text` is part of a known name (each given as its words)."""
    words = text.split()
    return any(len(words) < len(name) and _is_part(words, name) for name in known)


def _extends_known(text: str, known: list[list[str]]) -> bool:
    """`text` is a first name known alone, with its surname: 'Wardoyo Pongoliu', the text having confirmed
    'Wardoyo'."""
    words = text.split()
    return len(words) in (2, 3) and _surnames(words[1:]) and any(name == words[:1] for name in known)


def _surnames(words: list[str]) -> bool:
    """Words that can only be names: no root word, no affixed word ('Pongoliu'; not 'Segera', 'Resmi Jabat'
    of a headline)."""
    return not any(common_run([word]) for word in words)


def _is_part(words: list[str], name: list[str]) -> bool:
    """'Ipuk' of 'Ipuk Fiestiandani'; 'Khofifah Indar' of 'Khofifah Indar Parawansa'; a single word
    anywhere."""
    if len(words) == 1:
        return words[0] in name
    return name[: len(words)] == words
