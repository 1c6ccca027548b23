"""Units named only inside a title's short form, with the institution they belong to: 'Kasat Reskrim Polres
Palopo' names the Satuan Reserse Kriminal Polres Palopo, 'Kabid Humas Polda Jambi' the Bidang Humas Polda
Jambi. A title written out ('Kepala Bidang Humas Polda Jambi') names its unit in the words themselves; a short
form hides the unit's head word ('Bidang' in 'Kabid'), so the unit is read from the title's written-out form
(titles.json's abbreviations). A short form with no institution after it ('Kadis Pariwisata', 'Kapolres
Jember') gives no body: the texts do not count one there."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from kabar_cli.extract.hits import OrgHit, TitleHit, tokens_of
from kabar_cli.extract.org_words import head_index, units, words
from kabar_cli.extract.orgs import match_org
from kabar_cli.extract.tokens import flags, lowers, word_tokens
from kabar_cli.lexicon.title_grammar import title_lexicon


@cache
def short_form_bodies() -> dict[str, tuple[str, str]]:
    """Lowercase one-word short forms whose written-out title is a head title and a body's head word:
    'kadis' -> ('Kepala', 'Dinas'), 'kasat' -> ('Kepala', 'Satuan'), 'ketua tp pkk' is left out (written with
    the body's own name). Numbered units are left out: 'Dandim 0825/Banyuwangi' names Kodim by its number."""
    bodies = {}
    for short, written in title_lexicon().abbreviations.items():
        head, _, body = written.partition(" ")
        if " " in short or not body or body.split()[0] in words().numbered:
            continue
        if _opens_body(body):
            bodies[short.lower()] = (head, body)
    return bodies


def _opens_body(phrase: str) -> bool:
    """The phrase opens with an institution's head word or a unit's: 'Dinas', 'Satuan Polisi', 'Bidang'."""
    first = word_tokens(phrase)[0]
    return first in head_index().by_rest or phrase.split()[0] in units()


def bodies_in_titles(doc: Doc, titles: list[TitleHit], orgs: list[OrgHit]) -> Iterator[OrgHit]:
    """The body each short-form title names, with the institution or region after it: 'Kasi Pidsus Kejari
    Katingan' -> 'Seksi Pidana Khusus Kejari Katingan'; none where an institution is found inside the title
    already ('Kadis Kesehatan Pemkab Jember' names Pemkab Jember, and that is found)."""
    covered, low = tokens_of(orgs), lowers(doc)
    for title in titles:
        written = short_form_bodies().get(low[title.start])
        if written is None or title.start in covered:
            continue
        head, unit = written
        body = title.title[len(head) + 1 :]
        if not title.title.startswith(head + " ") or len(body.split()) <= len(unit.split()):
            continue  # 'Kaban | BKD': no words of its own, the body is the institution after it
        of = _seat(doc, title)
        if of:
            yield OrgHit(title.start, title.end, name=f"{body} {of}")


def numbered_units_in_titles(doc: Doc, titles: list[TitleHit], orgs: list[OrgHit]) -> Iterator[OrgHit]:
    """The numbered unit a short-form title heads: 'Pangdam XVII/Cenderawasih' names Kodam XVII/Cenderawasih,
    'Danrem 083/Baladhika Jaya' Korem 083/Baladhika Jaya (the unit's head from the title written out, its
    number and seat as written)."""
    covered, text = tokens_of(orgs), flags(doc).text
    for title in titles:
        unit = title.title.split()[-1]
        k = title.start + 1
        if unit not in words().numbered or title.start in covered or k + 2 >= title.end or text[k + 1] != "/":
            continue
        seat = " ".join(text[k + 2 : title.end])
        yield OrgHit(title.start, title.end, name=f"{unit} {text[k]}/{seat}")


def _seat(doc: Doc, title: TitleHit) -> str | None:
    """The institution named after the title's unit: 'Kasat Reskrim | Polres Palopo'; None when there is none
    (a bare region after a short form names no body the texts count: 'Kapolres Jember')."""
    f = flags(doc)
    for k in range(title.start + 1, title.end):
        org = match_org(doc, k) if title.of and f.text[k] == title.of.split()[0] else None
        if org is not None:
            return title.of
    return None
