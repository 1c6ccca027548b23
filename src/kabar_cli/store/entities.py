"""Entities across the whole store: every article's canonical names grouped into one entity per person,
body or place.

Within an article extraction already maps short forms to the fullest name ('Ipuk' -> 'Ipuk Fiestiandani').
Across articles:

* persons with the same name are one entity unless the regions of their positions contradict each other
  (a Mujiono who is Sekda of Banyuwangi and a Mujiono of Polres Jember stay apart);
* a shorter name ('Ipuk', 'Tito Karnavian') joins the single longer name that opens or closes with it
  ('Ipuk Fiestiandani', 'Muhammad Tito Karnavian'); when two longer names compete it stays its own entity;
* institutions group by their expanded form ('Kemendagri' = 'Kementerian Dalam Negeri',
  'Pemkab Banyuwangi' = 'Pemerintah Kabupaten Banyuwangi').

The `members` table records which (article, canonical name) pairs make up an entity, so facts and
mentions of one article are found through the entity they belong to.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kabar_cli import lexicon
from kabar_cli.store.regions import compatible, region_name, region_spelled_out, regions_in


def name_key(name: str) -> str:
    """Case- and accent-insensitive comparison form of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


@dataclass
class Member:
    """One article's canonical name for an entity, the forms written for it and the regions of its
    positions."""

    article: str
    name: str
    forms: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # regions the article's place mentions name


@dataclass
class Cluster:
    name: str
    members: list[Member] = field(default_factory=list)
    # regions and articles of members[:_seen], kept up to date as members are appended (never removed)
    _seen: int = field(default=0, init=False, repr=False, compare=False)
    _regions: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _articles: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def _catch_up(self) -> None:
        if self._seen != len(self.members):
            if self._seen > len(self.members):  # members replaced: start over
                self._seen, self._regions, self._articles = 0, set(), set()
            for member in self.members[self._seen :]:
                self._regions |= member.regions
                if member.article:
                    self._articles.add(member.article)
            self._seen = len(self.members)

    @property
    def regions(self) -> set[str]:
        self._catch_up()
        return set(self._regions)

    @property
    def articles(self) -> set[str]:
        self._catch_up()
        return set(self._articles)

    def fits(self, other: Cluster) -> bool:
        self._catch_up()
        other._catch_up()
        return compatible(self._regions, other._regions)

    def may_absorb(self, shorter: Cluster) -> bool:
        """Compatible regions, and never two names an article itself kept apart
        ('Aras Tammauni', 'Arsal Aras Tammauni')."""
        return self.fits(shorter) and self._articles.isdisjoint(shorter._articles)


def group_names(names: set[str]) -> dict[str, str]:
    """Each name -> the entity name it belongs to (no region evidence: names alone decide)."""
    clusters = person_clusters([Member(article="", name=n) for n in names])
    return {m.name: c.name for c in clusters for m in c.members}


def person_clusters(members: list[Member]) -> list[Cluster]:
    """Same name and compatible regions -> one cluster; then shorter names join the one longer name they fit.

    Members whose positions name a region are placed first; a member without one joins the namesake whose
    regions its article's places point to (else the best-attested namesake)."""
    clusters: list[Cluster] = []
    by_key: dict[str, list[Cluster]] = defaultdict(list)
    for member in sorted(members, key=lambda m: (not m.regions, m.article, m.name)):
        single = Cluster(member.name, [member])
        fitting = [c for c in by_key[name_key(member.name)] if c.fits(single)]
        home = _best_home(member, fitting)
        if home:
            home.members.append(member)
        else:
            by_key[name_key(member.name)].append(single)
            clusters.append(single)
    return _join_short_names(clusters)


def _best_home(member: Member, fitting: list[Cluster]) -> Cluster | None:
    if len(fitting) <= 1 or member.regions:
        return fitting[0] if fitting else None

    def score(cluster: Cluster) -> tuple[int, int, int]:
        local = {
            code for code in cluster.regions if "." in code
        }  # a regency or city says more than a province
        return (
            sum(compatible({code}, local) for code in member.places if local),
            sum(compatible({code}, cluster.regions) for code in member.places),
            len(cluster.members),
        )

    return max(fitting, key=score)


def _join_short_names(clusters: list[Cluster]) -> list[Cluster]:
    """Shortest names first, each joins the one longer name it opens or closes, if exactly one fits.

    Only names sharing the short name's first or last word can extend it, so names are indexed by their
    first and by their last word and each short name is compared with its two buckets only."""
    keys = {id(c): name_key(c.name).split() for c in clusters}
    by_first: dict[str, list[Cluster]] = defaultdict(list)
    by_last: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        words = keys[id(cluster)]
        if words:
            by_first[words[0]].append(cluster)
            by_last[words[-1]].append(cluster)
    merged_into: dict[int, Cluster] = {}
    for short in sorted(clusters, key=lambda c: (len(c.name.split()), c.name)):
        words = keys[id(short)]
        candidates = (by_first.get(words[0], []) + by_last.get(words[-1], [])) if words else clusters
        size = len(words)
        targets: dict[int, Cluster] = {}
        for t in candidates:
            if t is not short and len(t.name.split()) > size and _extends(keys[id(t)], words):
                final = _final(t, merged_into)
                targets[id(final)] = final
        targets = {k: t for k, t in targets.items() if t is not short and t.may_absorb(short)}
        if len(targets) == 1:
            target = next(iter(targets.values()))
            target.members.extend(short.members)
            merged_into[id(short)] = target
    return [c for c in clusters if id(c) not in merged_into]


def _final(cluster: Cluster, merged_into: dict[int, Cluster]) -> Cluster:
    while id(cluster) in merged_into:
        cluster = merged_into[id(cluster)]
    return cluster


def _extends(longer: list[str], words: list[str]) -> bool:
    """'ipuk' opens 'ipuk fiestiandani'; 'tito karnavian' closes 'muhammad tito karnavian'."""
    size = len(words)
    return longer[:size] == words or longer[-size:] == words


def org_key(name: str) -> str:
    """'Pemkab Banyuwangi' and 'Pemerintah Kabupaten Banyuwangi' -> one key; a trailing 'RI' is dropped."""
    from kabar_cli.normalise import expand_org

    words = lexicon.bodies()
    key = name_key(expand_org(name.strip(" .,;:")))
    for wrong, right in words.spelling.items():
        key = key.replace(wrong, right)
    for suffix in words.country_suffixes:
        key = key.removesuffix(" " + suffix)
    return region_spelled_out(key)


def org_clusters(members: list[Member]) -> list[Cluster]:
    from kabar_cli.normalise import expand_org

    by_key: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        by_key[org_key(member.name)].append(member)
    clusters = []
    for group in by_key.values():
        counts = Counter(expand_org(m.name) for m in group)
        name = max(counts, key=lambda n: (counts[n], len(n), n))
        clusters.append(Cluster(name, group))
    return clusters


def place_clusters(members: list[Member]) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    for member in members:
        by_key.setdefault(name_key(member.name), Cluster(member.name)).members.append(member)
    return list(by_key.values())


def _members(conn: sqlite3.Connection) -> dict[str, list[Member]]:
    found: dict[tuple[str, str, str], Member] = {}
    rows = conn.execute(
        "SELECT label, article, entity, text FROM mentions "
        "WHERE label IN ('PERSON', 'ORG', 'PLACE') AND entity IS NOT NULL"
    )
    for row in rows:
        key = (row["label"], row["article"], row["entity"])
        found.setdefault(key, Member(row["article"], row["entity"])).forms.add(row["text"])
    bodies = conn.execute(
        'SELECT article, subject, "of" FROM facts WHERE predicate = \'holds_title\' AND "of" IS NOT NULL'
    )
    for row in bodies:
        member = found.get(("PERSON", row["article"], row["subject"]))
        if member:
            member.regions |= regions_in(row["of"])
    places: dict[str, set[str]] = defaultdict(set)
    for label, article, name in found:
        if label == "PLACE":
            places[article] |= regions_in(name)
    by_label: dict[str, list[Member]] = defaultdict(list)
    for (label, article, _), member in found.items():
        member.places = places[article]
        by_label[label].append(member)
    return by_label


CLUSTERERS = {"PERSON": person_clusters, "ORG": org_clusters, "PLACE": place_clusters}


def rebuild_entities(conn: sqlite3.Connection) -> None:
    """Recompute entities, aliases, members and the sentence search index (inside the caller's
    transaction)."""
    for table in ("members", "aliases", "entities"):
        conn.execute(f"DELETE FROM {table}")
    for label, members in _members(conn).items():
        for cluster, name in entity_names(CLUSTERERS[label](members)):
            _insert(conn, label, cluster, name)
    conn.execute("INSERT INTO sentence_search(sentence_search) VALUES ('rebuild')")


def _insert(conn: sqlite3.Connection, label: str, cluster: Cluster, name: str) -> None:
    entity_id = conn.execute("INSERT INTO entities (label, name) VALUES (?, ?)", (label, name)).lastrowid
    aliases = (
        {name, cluster.name}
        | {m.name for m in cluster.members}
        | {f for m in cluster.members for f in m.forms}
    )
    conn.executemany(
        "INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)",
        [(entity_id, alias, name_key(alias)) for alias in aliases],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO members VALUES (?, ?, ?)",
        [(entity_id, m.article, m.name) for m in cluster.members],
    )


def entity_names(clusters: list[Cluster]) -> list[tuple[Cluster, str]]:
    """Each cluster with a unique name: namesakes get their region, 'Mujiono (Banyuwangi)', or a number."""
    by_name: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        by_name[cluster.name].append(cluster)
    named, used = [], set()
    for name, group in sorted(by_name.items()):
        for k, cluster in enumerate(sorted(group, key=lambda c: (-len(c.members), sorted(c.articles)))):
            unique = name if len(group) == 1 else f"{name} ({region_name(cluster.regions) or k + 1})"
            while unique in used:
                unique += "'"
            used.add(unique)
            named.append((cluster, unique))
    return named
