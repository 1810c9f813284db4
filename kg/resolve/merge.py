"""Entity resolution across articles and files, and the hub graph built from it.

One node per real entity: unions, organisations and venues by their full name (the
articles already expanded short forms; a body named by a bare level word, 县总工会 of a
page that never names its county, one per source file), areas by GB/T 2260 code, events
per article.
People are the hard case: two 张伟 in unrelated articles are two people.  A name is
one person within one source file; across files, two people with the same name are
merged only when something else agrees and nothing conflicts (kg.resolve.people: posts
at bodies of places apart conflict; credits, posts at one body, one event, one city or
county agree).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

import networkx as nx

from kg.graph.model import add_award, add_literal_evidence, add_node, add_relation, new_graph
from kg.ingest.name_marks import dotted_as_printed
from kg.lexicon import table
from kg.model.article import Article, article_id
from kg.model.evidence import Evidence
from kg.model.facts import ArticleFacts, EntityRef
from kg.resolve.areas import link_areas
from kg.resolve.people import PersonProfile, area_key, local_areas
from kg.resolve.places import bodies_by_name, short_venues
from kg.resolve.short_honours import fold_short_honours
from kg.resolve.short_names import is_page_body, short_names
from kg.resolve.unions import link_union_hosts

# endings of areas the registry lacks, longest first, with their level
UNLISTED_LEVELS = sorted((tuple(row) for row in table("areas/unlisted_levels.tsv")), key=lambda r: -len(r[0]))

PREFIX = {
    "TradeUnion": "union",
    "Organization": "org",
    "Place": "place",
    "Person": "person",
    "AdministrativeArea": "area",
    "Event": "event",
}


# the classes a post (an org:Membership) may be held at
_POST_BODIES = ("TradeUnion", "Organization")


def _plain_id(ref: EntityRef) -> str:
    if ref.cls == "AdministrativeArea":
        if ref.code:
            return f"area:{ref.code}"
        return f"area:{ref.within}/{ref.name}" if ref.within else f"area:{ref.name}"
    return f"{PREFIX[ref.cls]}:{ref.name}"


class Resolver:
    """Turns the facts of every article into one hub graph, one node per real entity."""

    def __init__(self, gazetteer) -> None:
        self.gaz = gazetteer

    def person_ids(self, items: list[tuple[Article, ArticleFacts]]) -> dict[tuple[str, str], str]:
        """(source file, name) -> node id, merging same-name people only on agreeing evidence."""
        groups: dict[str, dict[str, PersonProfile]] = defaultdict(dict)
        for article, facts in items:
            bodies = {ref.name for ref in facts.entities if ref.cls in ("TradeUnion", "Organization")}
            credited = {r.name for r in facts.reporters + facts.photographers}
            areas = local_areas({ref.code for ref in facts.entities if ref.code})
            posts: dict[EntityRef, set[str]] = defaultdict(set)  # who holds a post where
            places: dict[EntityRef, set[str]] = defaultdict(set)  # and in which area
            for r in facts.relations:
                if r.pred == "post":
                    posts[r.subject].add(r.object.name)
                    places[r.subject] |= _place_of(facts, r.object)
            events: dict[EntityRef, set[str]] = defaultdict(set)
            for ev in facts.events:
                for ref, _ in ev.participants:
                    events[ref].add(ev.ref.name)
            for ref in facts.entities:
                if ref.cls != "Person":
                    continue
                g = groups[ref.name].setdefault(article.source, PersonProfile())
                g.absorb(
                    PersonProfile(
                        ref.name in credited,
                        posts.get(ref, set()),
                        bodies,
                        events.get(ref, set()),
                        areas,
                        places.get(ref, set()),
                    )
                )
        out: dict[tuple[str, str], str] = {}
        for name in sorted(groups):
            clusters: list[tuple[PersonProfile, str]] = []  # (what the files agree on, node id)
            for source in sorted(groups[name]):
                g = groups[name][source]
                home = next(((c, cid) for c, cid in clusters if g.agrees(c)), None)
                if home is None:
                    home = (PersonProfile(), f"person:{name}" if not clusters else f"person:{name}~{len(clusters) + 1}")
                    clusters.append(home)
                home[0].absorb(g)
                out[(source, name)] = home[1]
        return out

    def build(self, items: list[tuple[Article, ArticleFacts]], **meta: object) -> nx.MultiDiGraph:
        """The hub graph of ``items`` (articles with their facts, in file order); ``meta`` goes to ``G.graph``."""
        G = new_graph(**meta)
        people = self.person_ids(items)
        short = short_names(items, self.gaz)
        bodies, venues = bodies_by_name(items), short_venues(items)

        def nid(article: Article, ref: EntityRef) -> str:
            if ref.cls == "Person":
                return people.get((article.source, ref.name), _plain_id(ref))
            if ref.cls == "Place":
                name = venues.get((article.source, ref.name), ref.name)
                return _plain_id(EntityRef(bodies.get((article.source, name), ref.cls), name))
            full = short.get((article.source, ref.cls, ref.name))
            if full:
                return _plain_id(EntityRef(ref.cls, full))
            if ref.cls in ("TradeUnion", "Organization") and is_page_body(ref.name):
                return f"{_plain_id(ref)}@{article.doc or article.source}"
            return _plain_id(ref)

        def ensure(article: Article, ref: EntityRef, mentions: int = 0, aliases=()) -> str:
            node = nid(article, ref)
            label = ref.name
            full = short.get((article.source, ref.cls, ref.name))
            full = venues.get((article.source, ref.name)) if ref.cls == "Place" else full
            if full:
                label = full
                aliases = {*aliases, ref.name}
            if ref.cls == "AdministrativeArea":
                if ref.code:
                    self._area_node(G, ref.code)
                add_node(
                    G,
                    node,
                    "AdministrativeArea",
                    label,
                    mentions=mentions,
                    aliases=aliases,
                    level=None if ref.code else self._level_of(label),
                )
            else:
                cls = bodies.get((article.source, label), ref.cls) if ref.cls == "Place" else ref.cls
                printed = dotted_as_printed(label, aliases) if cls == "Person" else None
                if printed is not None:  # (阿不都•热合曼: read with the middle dot, labelled as printed)
                    label, aliases = printed, {*aliases, label} - {printed}
                add_node(G, node, cls, label, mentions=mentions, aliases=aliases)
            return node

        for article, facts in items:
            aid = article_id(article)
            # a converted page's headline is the one printed (its bullets too, without a
            # mirror's pinyin glosses: kg.ingest.written); the simplified and the clean ones,
            # which the text and its evidence use, are kept as other names (the contract
            # allows an Article skos:altLabel)
            printed = article.printed_headline or article.written_headline
            others = [h for h in (article.written_headline, article.headline) if h and h != printed]
            add_node(
                G,
                aid,
                "Article",
                printed or article.headline or _first_words(article.body),
                source=article.source,
                index=article.index,
                date=article.date,
                url=article.url,
                outlet=article.outlet,
                byline=article.byline,
                chars=article.chars,
                headline=printed or article.headline,
                aliases=list(dict.fromkeys(others)) if printed else (),
            )
            for ref, info in sorted(facts.entities.items()):
                node = ensure(article, ref, info.mentions, info.aliases)
                if info.mentions:
                    add_relation(G, aid, "mentions", node, info.evidence)
                if info.located_in is not None:
                    add_relation(G, node, "locatedIn", ensure(article, info.located_in), info.evidence)
                if info.parent is not None:
                    pred = "partOf" if ref.cls == "AdministrativeArea" else "subOrganizationOf"
                    add_relation(G, node, pred, ensure(article, info.parent), info.evidence)
            credit_ev = Evidence(article=aid, start=0, end=0, sentence=article.byline or "", confidence=0.95)
            for ref in facts.reporters:
                add_relation(G, aid, "reporter", ensure(article, ref), _credit_evidence(article, ref, credit_ev))
            for ref in facts.photographers:
                add_relation(G, aid, "photographer", ensure(article, ref), _credit_evidence(article, ref, credit_ev))
            for rel in facts.relations:
                if rel.pred == "post" and rel.object.cls not in _POST_BODIES:
                    continue  # (an area read as where a post is held: the contract's memberships are bodies')
                add_relation(
                    G,
                    ensure(article, rel.subject),
                    rel.pred,
                    ensure(article, rel.object),
                    rel.evidence,
                    role=rel.role,
                    role_written=rel.role_written,
                )
            for n, ev in enumerate(facts.events):
                node = f"event:{article.key}/{n + 1}"
                add_node(G, node, "Event", ev.ref.name, mentions=1, aliases=ev.aliases)
                add_relation(G, aid, "reportsOn", node, ev.evidence)
                add_relation(G, aid, "mentions", node, ev.evidence)
                for pred, pairs in (
                    ("organizer", ev.organizers),
                    ("participant", ev.participants),
                    ("location", ev.locations),
                ):
                    for ref, e in pairs:
                        add_relation(G, node, pred, ensure(article, ref), e)
                if ev.date:
                    lexical, xsd, e = ev.date
                    G.nodes[node]["date"], G.nodes[node]["date_type"] = lexical, xsd
                    add_literal_evidence(G, node, "date", e)
                if ev.count:
                    G.nodes[node]["participant_count"] = ev.count[0]
                    add_literal_evidence(G, node, "participantCount", ev.count[1])
            for ref, honour, e in facts.awards:
                add_award(G, ensure(article, ref), honour, e)
        fold_short_honours(G)  # 县劳动模范 beside 霍山县劳动模范: one honour
        link_areas(G, self.gaz)
        link_union_hosts(G)
        return G

    def _level_of(self, name: str) -> str:
        """The level of an area without a code: the level every meaning of the name in the
        registry shares (城东街道: township), else the one its ending says (三清村: village,
        社区: community; areas/unlisted_levels.tsv), else a zone."""
        levels = {a.level for a in self.gaz.lookup(name)}
        if len(levels) == 1:
            return levels.pop()
        return next((level for ending, level in UNLISTED_LEVELS if name.endswith(ending)), "zone")

    def _area_node(self, G: nx.MultiDiGraph, code: str) -> None:
        """The node of a named area, with its code and level (its containers: ``link_areas``)."""
        area = self.gaz.get(code)
        add_node(G, f"area:{area.code}", "AdministrativeArea", area.name, code=area.code, level=area.level)


def _place_of(facts: ArticleFacts, body: EntityRef) -> set[str]:
    """The area key of the area a body's name puts it in (its container's for a zone)."""
    info = facts.entities.get(body)
    where = info.located_in if info is not None else None
    if where is None or where.cls != "AdministrativeArea":
        return set()
    code = where.code or where.within
    return {area_key(code)} if code else set()


def _first_words(body: str, n: int = 24) -> str:
    line = body.strip().split("\n", 1)[0]
    return line[:n] + ("…" if len(line) > n else "")


def _credit_evidence(article: Article, ref: EntityRef, default: Evidence) -> Evidence:
    """Where a credit was read: the byline that names the person, else the credit line
    (a caption's 摄影：X, a meta line's 作者), at the name's place in the text if it has one."""
    byline = article.byline or ""
    sentence = byline if ref.name in byline else article.credit_lines.get(ref.name) or byline
    i = article.text.find(ref.name)
    if i < 0:
        return dataclasses.replace(default, sentence=sentence)
    return Evidence(
        article=default.article,
        start=i,
        end=i + len(ref.name),
        sentence=sentence or article.text[max(0, i - 20) : i + len(ref.name) + 4],
        confidence=default.confidence,
    )
