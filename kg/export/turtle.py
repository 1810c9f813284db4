"""The hub graph as RDF, following the public contract (shared/contract/rdf-contract.md).

Users query this output with SPARQL, so the mapping is the contract and nothing
cleverer: every node gets its one contract class and exactly one ``rdfs:label "…"@zh``;
each edge becomes one direct triple; each post becomes an ``org:Membership``; each
evidence item of a text-derived fact becomes one ``rdf:Statement`` saying where it was
read; facts from a gazetteer point at a node naming that gazetteer.

Every node the exporter adds (roles, memberships, statements, sources) has an IRI made
from what it stands for (see ``kg.export.iri``), never a blank node, so that the same
hub graph always serialises to byte-identical Turtle.

Articles without a headline (``headline`` None, or a label that is only the article's
key) are labelled with a short form of their first sentence: the node's
``first_sentence`` attribute if set, else the builder's label (its first words of the
body), else the earliest sentence any evidence quotes from the article (in news, the
lead); it is cut at the first full stop and to at most 30 characters, ending in "…"
when cut.  An article with none of these is labelled ``无标题文章 <source>#<index>``.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.serializers.turtle import TurtleSerializer

from kg.export.iri import (
    article_iri_text,
    membership_iri_text,
    node_iri_text,
    normalise_base,
    role_iri_text,
    source_iri_text,
    statement_iri_text,
)
from kg.export.triples import Lit, Term, TripleSet, Vocabulary, collector_paused, from_rdflib, n3
from kg.fileio import write_bytes
from kg.graph.model import CLASSES, RELATIONS, Evidence, as_evidence, relations
from kg.vocab import KGO, ORG, PREFIXES

log = logging.getLogger(__name__)
# the same node is named by every edge and statement that touches it: encode its IRI once
_node = functools.lru_cache(maxsize=1 << 17)(node_iri_text)
# the terms of our vocabularies as the plain strings the triples hold (kg.export.triples)
_kgo, _org, _prov, _rdf, _rdfs, _skos = map(Vocabulary, (KGO, ORG, PROV, RDF, RDFS, SKOS))

SCHEMA_URL = PREFIXES["schema"] + "url"
DEFAULT_GAZETTEER_LABEL = "GB/T 2260 administrative-division gazetteer"
LABEL_MAX = 30  # characters of a first sentence kept as a headline-less article's label

# Hub-graph edge predicates written as direct ``kgo:`` triples ("post" becomes a membership).
DIRECT = {name: _kgo[name] for name in RELATIONS if name != "post"}
# Keys of a node's ``literal_evidence`` and the property whose value they attest.
LITERAL_PROPS = {
    "date": _kgo.date,
    "participantCount": _kgo.participantCount,
    "participant_count": _kgo.participantCount,
}

_DATE_FORMS = (  # lexical form -> XSD type; the order is from most to least precise
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "date"),
    (re.compile(r"(\d{4})-(\d{2})"), "gYearMonth"),
    (re.compile(r"(\d{4})"), "gYear"),
    (re.compile(r"-{0,2}(\d{2})-(\d{2})"), "gMonthDay"),
)
_SENTENCE_END = re.compile(r"[。！？!?；;]")


# --------------------------------------------------------------------------- literals


def typed_date(text: object, date_type: str | None = None) -> Literal | None:
    """``text`` (ISO ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``--MM-DD``) as a typed literal.

    ``date_type`` (an XSD local name) is honoured when the text holds at least that much:
    a full date whose year was only guessed can be written as ``gMonthDay``.  Text that is
    no valid date gives None, so that no ill-typed literal reaches a triple store.
    """
    if text is None:
        return None
    s = str(text).strip()
    found = next(((m, kind) for pattern, kind in _DATE_FORMS if (m := pattern.fullmatch(s))), None)
    if found is None:
        return None
    m, kind = found
    parts = [int(x) for x in m.groups()]
    if kind == "date":
        y, mo, d = parts
    elif kind == "gYearMonth":
        (y, mo), d = parts, 1
    elif kind == "gYear":
        (y,), mo, d = parts, 1, 1
    else:
        (mo, d), y = parts, 2000  # a leap year, so that --02-29 is valid
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    if date_type in ("date", "gYearMonth", "gYear", "gMonthDay") and date_type != kind:
        if kind == "date":
            kind = date_type
        elif kind == "gYearMonth" and date_type == "gYear":
            kind = "gYear"
    lexical = {
        "date": f"{y:04d}-{mo:02d}-{d:02d}",
        "gYearMonth": f"{y:04d}-{mo:02d}",
        "gYear": f"{y:04d}",
        "gMonthDay": f"--{mo:02d}-{d:02d}",
    }[kind]
    return Literal(lexical, datatype=XSD[kind])


def integer(value: object) -> Literal | None:
    """An ``xsd:integer`` literal, or None for what is not a whole number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, str):
        value = value.strip()
        if not re.fullmatch(r"[+-]?\d+", value):
            return None
    try:
        return Literal(int(value), datatype=XSD.integer)
    except (TypeError, ValueError):
        return None


def confidence(value: object) -> Literal | None:
    """A confidence in 0..1 as ``xsd:decimal`` with at most three decimals (``0.9``, ``1.0``)."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if math.isnan(x):
        return None
    x = min(1.0, max(0.0, x))
    text = f"{x:.3f}".rstrip("0")
    if text.endswith("."):
        text += "0"
    return Literal(Decimal(text), datatype=XSD.decimal)


def zh(text: str) -> Lit:
    """Chinese text as a literal (plain data, see kg.export.triples)."""
    return Lit(text, None, "zh")


def _as_lit(literal: Literal | None) -> Lit | None:
    return None if literal is None else from_rdflib(literal)  # type: ignore[return-value]


def _once(make: Callable[..., Literal | None], size: int) -> Callable[..., Lit | None]:
    """``make``'s literal as plain data, asked of rdflib once per distinct argument list.

    The literal is made by rdflib as ever, so rdflib still decides its lexical form; a
    large build asks for the same few numbers and dates tens of thousands of times.
    Arguments are told apart by type as well (``integer(True)`` is None, ``integer(1)``
    is not); unhashable ones are not cached.
    """

    @functools.lru_cache(maxsize=size, typed=True)
    def cached(*args: object) -> Lit | None:
        return _as_lit(make(*args))

    def plain(*args: object) -> Lit | None:
        try:
            return cached(*args)
        except TypeError:  # an unhashable argument
            return _as_lit(make(*args))

    return plain


# --------------------------------------------------------------------------- evidence


def evidence_list(items: object) -> list[Evidence]:
    """The valid evidence items of ``items``, sorted and without repeats."""
    if not items or isinstance(items, str | bytes):
        return []
    if type(items) is list and len(items) == 1:  # nearly every fact: nothing to merge or sort
        ev = as_evidence(items[0])
        return [] if ev is None else [ev]
    out = {ev for ev in map(as_evidence, items) if ev is not None}  # type: ignore[call-overload]
    return sorted(out)


def primary(evidence: list[Evidence]) -> Evidence:
    """The evidence item a membership carries itself: the surest, then the first read."""
    return min(evidence, key=lambda ev: (-float(ev.confidence), ev))


class _Literals(dict[object, Lit | None]):
    """A literal per number, as plain data, asked of rdflib once per distinct number.

    For the numbers every evidence item has (offsets, confidence): a dictionary look-up
    is all a repeat costs.  Only for arguments that may share a key: ``1``, ``1.0`` and
    ``True`` are one key, so ``make`` must give them the same literal.
    """

    def __init__(self, make: Callable[[object], Literal | None]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, value: object) -> Lit | None:
        lit = self[value] = _as_lit(self.make(value))
        return lit


# Literals as plain data (kg.export.triples), each distinct one decided by rdflib once.
_date = _once(typed_date, 1 << 12)
_integer = _once(integer, 1 << 12)
_offset = _Literals(lambda n: Literal(n, datatype=XSD.integer))  # only ever given an int
_confidence = _Literals(confidence)

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
        conf = _as_lit(confidence(ev.confidence))
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


def _key(nid: str) -> str:
    return nid.partition(":")[2] or nid


def _shorten(sentence: str) -> str:
    """The sentence up to its first full stop, at most LABEL_MAX characters; "" when
    nothing but punctuation opens it (";6" ends before it starts)."""
    text = " ".join(sentence.split())
    m = _SENTENCE_END.search(text)
    if m:
        text = text[: m.start()]
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def _earliest_sentences(G: nx.MultiDiGraph) -> dict[str, str]:
    """For each article id, the sentence of the evidence item that starts first in it."""
    best: dict[str, Evidence] = {}

    def see(items: object) -> None:
        for ev in evidence_list(items):
            if ev.sentence.strip() and (
                ev.article not in best or (ev.start, ev) < (best[ev.article].start, best[ev.article])
            ):
                best[ev.article] = ev

    for _, _, d in G.edges(data=True):
        see(d.get("evidence"))
    for _, d in G.nodes(data=True):
        for items in (d.get("literal_evidence") or {}).values():
            see(items)
        for items in (d.get("awards") or {}).values():
            see(items)
    return {a: ev.sentence for a, ev in best.items()}


def article_label(nid: str, data: Mapping[str, object], lead: Mapping[str, str]) -> str:
    """An article's label: its headline, else a short form of its first sentence (module doc)."""
    label = str(data.get("label") or "").strip()
    key = _key(nid)
    stand_in = not label or label in (key, nid)  # the hub graph's label is the key: nothing better
    if "headline" in data:
        if data["headline"]:
            return str(data["headline"]).strip()
    elif not stand_in:
        return label
    for first in (data.get("first_sentence"), None if stand_in else label, lead.get(nid), lead.get(key)):
        short = _shorten(str(first)) if first else ""
        if short.strip():
            return short
    return f"无标题文章 {key}"


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
    label = article_label(nid, data, lead) if cls == "Article" else (str(data.get("label") or "").strip() or _key(nid))
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
        if data.get("code") not in (None, ""):
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
        add((node, _kgo.award, award))
        attest(g, node, _kgo.award, award, evidence_list(items), base, None)


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

    ``base`` is the namespace for instance IRIs (default ``kg.vocab.DEFAULT_BASE_IRI``).
    """
    return rdf_triples(G, base).to_graph()


def rdf_triples(G: nx.MultiDiGraph, base: str | None = None) -> TripleSet:
    """The triples of ``to_rdf`` as plain data, without building an rdflib graph.

    The source of truth for every RDF output: ``to_rdf`` is this as a graph, and the
    Turtle writer reads it directly (see kg.export.triples).
    """
    base = normalise_base(base)
    with collector_paused():
        return _fill(TripleSet(PREFIXES), G, base)


def _fill(g: TripleSet, G: nx.MultiDiGraph, base: str) -> TripleSet:
    lead = _earliest_sentences(G)
    known = set()
    for nid, data in _typed_nodes(G):
        add_node(g, G, nid, data, base, lead)  # type: ignore[arg-type]
        known.add(nid)
    for u, v, data in relations(_known_subgraph(G, known)):
        add_edge(g, G, u, v, data, base)  # type: ignore[arg-type]
    from kg.linked.metadata import add_build_metadata  # here: kg.linked imports this package

    add_build_metadata(g, G, base)  # the build's PROV-O node, when G records one
    return g


def _known_subgraph(G: nx.MultiDiGraph, known: Iterable[str]) -> nx.MultiDiGraph:
    known = set(known)
    return G if len(known) == G.number_of_nodes() else G.subgraph(known)


class OrderedTurtleSerializer(TurtleSerializer):
    """rdflib's Turtle writer with subjects grouped by class, each group in IRI order.

    rdflib alone orders subjects by how often they are referenced, which interleaves
    entities and statements; grouping keeps the file readable and diffs small.  Output
    stays a function of the triples alone, as there are no blank nodes.
    """

    topClasses = [  # noqa: RUF012 (rdflib's own attribute)
        *(KGO[c] for c in ("AdministrativeArea", "TradeUnion", "Organization", "Place", "Person", "Event", "Article")),
        ORG.Role,
        ORG.Membership,
        KGO.Source,
        RDF.Statement,
    ]


def serialize_turtle(G: nx.MultiDiGraph, base: str | None = None) -> bytes:
    """The Turtle text (UTF-8) for ``G``: the same graph always gives the same bytes.

    Written by kg.export.ttlstream: the text ``OrderedTurtleSerializer`` gives, faster.
    """
    from kg.export import ttlstream

    return ttlstream.to_bytes(rdf_triples(G, base))


def write_turtle(G: nx.MultiDiGraph, path: str | os.PathLike[str], base: str | None = None) -> None:
    """Write ``G`` as Turtle to ``path``, atomically."""
    write_bytes(path, serialize_turtle(G, base))


__all__ = [
    "rdf_triples",
    "serialize_turtle",
    "to_rdf",
    "typed_date",
    "write_turtle",
]
