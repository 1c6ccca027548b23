"""The extract stage: one decoded article in, one ArticleRecord out.

frame (boilerplate, outlet, headline) -> dates (published, anchor) -> spaCy Doc -> places, institutions,
titles, persons -> roles, quotes, births -> normalise (canonical names) -> records. The Doc stays here.
"""

from __future__ import annotations

from kabar_cli.dates import find_dates, find_published, infer_anchor, scan_dates
from kabar_cli.extract.build import build_record
from kabar_cli.extract.hits import Occupied
from kabar_cli.extract.local_places import village_names
from kabar_cli.extract.orgs import find_orgs
from kabar_cli.extract.persons import find_persons
from kabar_cli.extract.places import find_places
from kabar_cli.extract.title_bodies import bodies_in_titles, numbered_units_in_titles
from kabar_cli.extract.titles import find_titles
from kabar_cli.extract.tokens import flags, release
from kabar_cli.frame import read_frame
from kabar_cli.nlp import parse
from kabar_cli.records import Article, ArticleRecord, RawArticle


def extract_article(raw: RawArticle) -> ArticleRecord:
    frame = read_frame(raw.text)
    scanned = scan_dates(frame.clean)
    published = find_published(frame.clean, scanned)
    anchor, anchor_source = infer_anchor(frame.clean, published, scanned)
    article = Article(
        id=raw.id,
        path=raw.path,
        outlet=frame.outlet,
        headline=frame.headline,
        published=published.isoformat() if published else None,
        anchor=anchor.isoformat() if anchor else None,
        anchor_source=anchor_source,
        sha256=raw.sha256,
        chars=len(raw.text),
    )
    doc = parse(frame.clean)
    occupied = Occupied()
    places = list(find_places(doc))
    titles = list(find_titles(doc))
    dateline, offsets = frame.clean.find(frame.outlet) if frame.outlet else -1, flags(doc).offset
    orgs = [
        o
        for o in find_orgs(doc, frozenset(k for p in places for k in range(p.start + 1, p.end)))
        if offsets[o.start] != dateline
    ]  # the outlet in the dateline is not an institution of the story
    inside = [*bodies_in_titles(doc, titles, orgs), *numbered_units_in_titles(doc, titles, orgs)]
    orgs = sorted([*orgs, *inside], key=lambda o: (o.start, -o.end))
    for title in titles:
        occupied.claim(title, "TITLE")
    for org in orgs:
        occupied.claim(org, "ORG")
    villages = village_names(doc, places)  # 'Kepala Desa Mekarsari': Mekarsari is the village, not its head
    persons = [p for p in find_persons(doc, occupied, titles) if p.name.lower() not in villages]
    dates = find_dates(frame.clean, anchor, scanned)
    record = build_record(article, doc, frame, places, orgs, titles, persons, dates)
    release(doc)
    return record
