"""The hub graph as RDF, following the public contract (shared/contract/rdf-contract.md).

Users query this output with SPARQL, so the mapping is the contract and nothing
cleverer: every node gets its one contract class and exactly one ``rdfs:label "…"@zh``;
each edge becomes one direct triple; each post becomes an ``org:Membership``; each
evidence item of a text-derived fact becomes one ``rdf:Statement`` saying where it was
read; facts from a gazetteer point at a node naming that gazetteer.

Every node the exporter adds (roles, memberships, statements, sources) has an IRI made
from what it stands for (see ``kg.rdf.iri``), never a blank node, so that the same
hub graph always serialises to byte-identical Turtle.  Articles without a headline are
labelled as kg.rdf.labels says; the build's PROV-O node comes from kg.rdf.provenance.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator, Mapping

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.gazetteer import standard_code
from kg.graph.model import RELATIONS, relations
from kg.model.classes import CLASSES
from kg.model.evidence import Evidence
from kg.rdf.iri import (
    article_iri_text,
    membership_iri_text,
    node_iri_text,
    normalise_base,
    role_iri_text,
    source_iri_text,
    statement_iri_text,
)
from kg.rdf.labels import article_label, earliest_sentences, evidence_list, node_key
from kg.rdf.literals import LiteralCache, as_plain, cached_literal, confidence, integer, typed_date, zh
from kg.rdf.provenance import add_build_metadata
from kg.rdf.triples import Lit, Term, TripleSet, Vocabulary, collector_paused, n3
from kg.rdf.vocab import KGO, ORG, PREFIXES

log = logging.getLogger(__name__)
# the same node is named by every edge and statement that touches it: encode its IRI once
_node = functools.lru_cache(maxsize=1 << 17)(node_iri_text)
# the terms of our vocabularies as the plain strings the triples hold (kg.rdf.triples)
_kgo, _org, _prov, _rdf, _rdfs, _skos = map(Vocabulary, (KGO, ORG, PROV, RDF, RDFS, SKOS))

SCHEMA_URL = PREFIXES["schema"] + "url"
DEFAULT_GAZETTEER_LABEL = "GB/T 2260 administrative-division gazetteer"

# Hub-graph edge predicates written as direct ``kgo:`` triples ("post" becomes a membership).
DIRECT = {name: _kgo[name] for name in RELATIONS if name != "post"}
# Keys of a node's ``literal_evidence`` and the property whose value they attest.
LITERAL_PROPS = {
    "date": _kgo.date,
    "participantCount": _kgo.participantCount,
    "participant_count": _kgo.participantCount,
}


# --------------------------------------------------------------------------- evidence


def primary(evidence: list[Evidence]) -> Evidence:
    """The evidence item a membership carries itself: the surest, then the first read."""
    return min(evidence, key=lambda ev: (-float(ev.confidence), ev))


# Literals as plain data (kg.rdf.triples), each distinct one decided by rdflib once.
_date = cached_literal(typed_date, 1 << 12)
_integer = cached_literal(integer, 1 << 12)
_offset = LiteralCache(lambda n: Literal(n, datatype=XSD.integer))  # only ever given an int
_confidence = LiteralCache(confidence)

# Terms every evidence statement repeats, as local names (a large build writes hundreds
# of thousands of statements).
_DERIVED, _EVIDENCE, _START, _END, _CONFIDENCE = (
    _prov.wasDerivedFrom,
    _kgo.evidence,
    _kgo.charStart,
    _kgo.charEnd,
    _kgo.confidence,
)
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = _rdf.type, _rdf.Statement, _rdf.subject, _rdf.predicate, _rdf.object


@functools.lru_cache(maxsize=1 << 16)
def _article_iri(article: str, base: str) -> str:
    return article_iri_text(article, base)


def add_evidence(g: TripleSet, node: str, ev: Evidence, base: str) -> None:
    """Say on ``node`` where its fact was read: article, sentence, span, confidence."""
    add = g.add
    add((node, _DERIVED, _article_iri(str(ev.article), base)))
    add((node, _EVIDENCE, Lit(str(ev.sentence), None, "zh")))
    add((node, _START, _offset[int(ev.start)]))  # type: ignore[arg-type]  # never None for an int
    add((node, _END, _offset[int(ev.end)]))  # type: ignore[arg-type]
    try:
        conf = _confidence[ev.confidence]
    except TypeError:  # not hashable: not a number either
        conf = as_plain(confidence(ev.confidence))
    if conf is not None:
        add((node, _CONFIDENCE, conf))


def reify(
    g: TripleSet,
    s: str,
    p: str,
    o: Term,
    base: str,
    *,
    ev: Evidence | None = None,
    source: str | None = None,
) -> str:
    """Add the ``rdf:Statement`` for ``s p o`` read at ``ev`` or taken from ``source``."""
    st = statement_iri_text(n3(s), n3(p), n3(o), ev, source, base)
    add = g.add
    add((st, _TYPE, _STATEMENT))
    add((st, _SUBJECT, s))
    add((st, _PREDICATE, p))
    add((st, _OBJECT, o))
    if ev is not None:
        add_evidence(g, st, ev, base)
    if source is not None:
        add((st, _DERIVED, source))
    return st


def attest(g: TripleSet, s: str, p: str, o: Term, evidence: list[Evidence], base: str, source: str | None) -> None:
    """One statement per evidence item; a fact with none but a named source gets one for it."""
    for ev in evidence:
        reify(g, s, p, o, base, ev=ev)
    if not evidence and source is not None:
        reify(g, s, p, o, base, source=source)


# --------------------------------------------------------------------------- sources


def _source_node(g: TripleSet, G: nx.MultiDiGraph, source: str, base: str) -> str | None:
    """The node naming a non-text source (``gazetteer`` …), made on first use; None for text."""
    if not source or source == "text":
        return None
    node = source_iri_text(source, base)
    if (node, _TYPE, _kgo.Source) not in g:
        label = G.graph.get(f"{source}_source")
        if not label:
            label = DEFAULT_GAZETTEER_LABEL if source == "gazetteer" else source
        g.add((node, _TYPE, _kgo.Source))
        g.add((node, _TYPE, _prov.Entity))
        g.add((node, _rdfs.label, Lit(str(label))))
    return node


# --------------------------------------------------------------------------- nodes


def _names(values: object) -> list[str]:
    if not values or isinstance(values, str):
        return [values] if isinstance(values, str) and values else []
    return sorted({str(v) for v in values if v})  # type: ignore[attr-defined]


def _url(value: object) -> str | None:
    """An http(s) URL as an IRI, with characters IRIs forbid percent-encoded."""
    if not isinstance(value, str) or not re.match(r"https?://[^/\s]", value.strip()):
        return None
    text = value.strip()
    return "".join(
        ch
        if (not ch.isascii() or ch.isalnum() or ch in "-._~!$&'()*+,;=:@/?#%[]") and ch.isprintable()
        else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
        for ch in text
    )


def add_node(
    g: TripleSet, G: nx.MultiDiGraph, nid: str, data: Mapping[str, object], base: str, lead: Mapping[str, str]
) -> None:
    """Type, label, alternative labels and literal facts of one hub-graph node."""
    cls = str(data["cls"])
    node = _node(nid, base)
    add = g.add
    add((node, _TYPE, _kgo[cls]))
    label = (
        article_label(nid, data, lead) if cls == "Article" else (str(data.get("label") or "").strip() or node_key(nid))
    )
    add((node, _rdfs.label, zh(label)))
    for alias in _names(data.get("aliases")):
        if alias != label:
            add((node, _skos.altLabel, zh(alias)))
    if cls != "Article":
        mentions = _integer(data.get("mentions"))
        if mentions is not None:
            add((node, _kgo.mentionCount, mentions))

    literals: dict[str, Lit] = {}
    if cls == "AdministrativeArea":
        if data.get("code") not in (None, "") and standard_code(str(data["code"])):  # no code of our own
            add((node, _kgo.adminCode, Lit(str(data["code"]))))
        if data.get("level") not in (None, ""):
            add((node, _kgo.adminLevel, Lit(str(data["level"]))))
    elif cls == "Event":
        date = _date(data.get("date"), data.get("date_type"))
        if date is not None:
            literals[_kgo.date] = date
        elif data.get("date") not in (None, ""):
            log.warning("%s: date %r is not an ISO date; left out", nid, data.get("date"))
        count = _integer(data.get("participant_count"))
        if count is not None:
            literals[_kgo.participantCount] = count
    elif cls == "Article":
        _add_article_facts(g, node, data)

    for prop, value in literals.items():
        add((node, prop, value))
    for key, items in sorted((data.get("literal_evidence") or {}).items()):  # type: ignore[attr-defined]
        prop = LITERAL_PROPS.get(key)
        if prop is None:
            log.warning("%s: evidence for unknown literal property %r left out", nid, key)
            continue
        if prop in literals:
            attest(g, node, prop, literals[prop], evidence_list(items), base, None)

    for honour, items in sorted((data.get("awards") or {}).items()):  # type: ignore[attr-defined]
        if not honour:
            continue
        award = zh(str(honour))
        prop = _kgo.award if cls == "Person" else _kgo.honour  # the contract gives kgo:award to people
        add((node, prop, award))
        attest(g, node, prop, award, evidence_list(items), base, None)


def _add_article_facts(g: TripleSet, node: str, data: Mapping[str, object]) -> None:
    """Where an article was read, when it was published, who filed it and its URL."""
    if data.get("source") not in (None, ""):
        g.add((node, _kgo.sourceFile, Lit(str(data["source"]))))
    index = _integer(data.get("index"))
    if index is not None:
        g.add((node, _kgo.articleIndex, index))
    published = _date(data.get("date"), None)
    if published is not None:
        g.add((node, _kgo.publishedOn, published))
    for attr, prop in (("outlet", _kgo.outlet), ("byline", _kgo.byline)):
        if data.get(attr):
            g.add((node, prop, zh(str(data[attr]))))
    url = _url(data.get("url"))
    if url is not None:
        g.add((node, SCHEMA_URL, url))


# --------------------------------------------------------------------------- edges


def add_post(g: TripleSet, G: nx.MultiDiGraph, person: str, org: str, data: Mapping[str, object], base: str) -> None:
    """A post as an ``org:Membership`` that carries its own evidence.

    The membership carries one evidence item (the surest) itself, so that each evidence
    property has a single value a query can read; further evidence items are statements
    about ``membership org:role role``, so that sentence and span stay paired.
    """
    role = str(data.get("role") or "").strip()
    m = membership_iri_text(person, org, role, base)
    g.add((m, _TYPE, _org.Membership))
    g.add((m, _org.member, _node(person, base)))
    g.add((m, _org.organization, _node(org, base)))
    role_node = None
    if role:
        role_node = role_iri_text(role, base)
        g.add((m, _org.role, role_node))
        g.add((role_node, _TYPE, _org.Role))
        g.add((role_node, _rdfs.label, zh(role)))
    evidence = evidence_list(data.get("evidence"))
    if evidence:
        first = primary(evidence)
        add_evidence(g, m, first, base)
        if role_node is not None:
            for ev in evidence:
                if ev != first:
                    reify(g, m, _org.role, role_node, base, ev=ev)
    else:
        source = _source_node(g, G, str(data.get("origin") or ""), base)
        if source is not None:
            g.add((m, _DERIVED, source))


def add_printed_roles(g: TripleSet, printed: Mapping[str, str], base: str) -> None:
    """Each role's label as a traditional page printed it (黨組書記 beside 党组书记), tagged
    @zh-Hant: a reader of that page searches the role as printed.  A role node is shared by
    every membership of its title, so it takes one printed form (the first in order)."""
    for role, written in sorted(printed.items()):
        if role and written != role:
            g.add((role_iri_text(role, base), _rdfs.label, Lit(written, None, "zh-Hant")))


def add_edge(g: TripleSet, G: nx.MultiDiGraph, u: str, v: str, data: Mapping[str, object], base: str) -> None:
    """One hub-graph edge: a direct triple with its statements, or a membership."""
    pred = data.get("pred")
    if pred == "post":
        add_post(g, G, u, v, data, base)
        return
    prop = DIRECT.get(str(pred))
    if prop is None:
        log.warning("edge %s -%s-> %s: not a contract relation; left out", u, pred, v)
        return
    s, o = _node(u, base), _node(v, base)
    g.add((s, prop, o))
    source = _source_node(g, G, str(data.get("origin") or ""), base)
    attest(g, s, prop, o, evidence_list(data.get("evidence")), base, source)


# --------------------------------------------------------------------------- graph


def _typed_nodes(G: nx.MultiDiGraph) -> Iterator[tuple[str, Mapping[str, object]]]:
    for nid, data in sorted(G.nodes(data=True), key=lambda x: str(x[0])):
        if data.get("cls") in CLASSES:
            yield str(nid), data
        else:
            log.warning("node %s has no known class (%r); left out with its edges", nid, data.get("cls"))


def to_rdf(G: nx.MultiDiGraph, base: str | None = None) -> Graph:
    """The hub graph ``G`` as an rdflib graph following the RDF contract.

    ``base`` is the namespace for instance IRIs (default ``kg.rdf.vocab.DEFAULT_BASE_IRI``).
    """
    return rdf_triples(G, base).to_graph()


def rdf_triples(G: nx.MultiDiGraph, base: str | None = None) -> TripleSet:
    """The triples of ``to_rdf`` as plain data, without building an rdflib graph.

    The source of truth for every RDF output: ``to_rdf`` is this as a graph, and the
    Turtle writer reads it directly (see kg.rdf.triples).
    """
    base = normalise_base(base)
    with collector_paused():
        return _fill(TripleSet(PREFIXES), G, base)


def _fill(g: TripleSet, G: nx.MultiDiGraph, base: str) -> TripleSet:
    lead = earliest_sentences(G)
    known = set()
    for nid, data in _typed_nodes(G):
        add_node(g, G, nid, data, base, lead)  # type: ignore[arg-type]
        known.add(nid)
    printed: dict[str, str] = {}
    for u, v, data in relations(_known_subgraph(G, known)):
        add_edge(g, G, u, v, data, base)  # type: ignore[arg-type]
        for written in data.get("role_written") or ():
            role = str(data.get("role") or "").strip()
            printed[role] = min(printed.get(role, written), written)
    add_printed_roles(g, printed, base)
    add_build_metadata(g, G, base)  # the build's PROV-O node, when G records one
    return g


def _known_subgraph(G: nx.MultiDiGraph, known: Iterable[str]) -> nx.MultiDiGraph:
    known = set(known)
    return G if len(known) == G.number_of_nodes() else G.subgraph(known)


__all__ = ["rdf_triples", "to_rdf"]
