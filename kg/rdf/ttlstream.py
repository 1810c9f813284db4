"""A fast Turtle writer that gives the same text as rdflib's, for graphs without blank nodes.

rdflib's ``TurtleSerializer`` asks its store for every subject's triples, computes a
prefixed name for every term of every triple (failing slowly, by exception, for each
instance IRI that has none) and writes term by term: on a build of a newspaper archive
it takes longer than everything else after NLP, and more than linearly so.  This
writer reads plain triples (kg.rdf.triples: IRIs as ``str``, literals as ``Lit``),
which Python hashes and compares in C; it groups them by subject in one pass, decides
each distinct term's text once, then writes subject by subject.  The exporter's
``TripleSet`` is read as it is; an rdflib graph or rdflib triples are made plain first.

It does not re-implement Turtle's rules; it asks rdflib for every decision that
shapes the text, once per distinct term (making that one term's rdflib object):

* prefixed names: rdflib's own ``get_pname`` (called only for IRIs that start with a
  bound namespace — no other IRI can get one), which also records the prefixes to
  declare; every other IRI is written ``<iri>`` as ``URIRef.n3()`` does, once rdflib's
  own check (``_is_valid_uri``) accepts it, else ``URIRef.n3()`` raises rdflib's error;
* literals: ``Literal._literal_n3`` with the same options as the serializer
  (plain numbers and booleans, triple quotes for text with line breaks, escapes);
* order: subjects of the ``topClasses`` first, each class in IRI order, then the others
  by how often they are referenced; ``rdf:type`` and ``rdfs:label`` first, then the
  properties in IRI order; objects sorted with rdflib's term ordering (which orders
  IRIs by their text, so a list of IRIs is sorted as strings, and any list with a
  literal by rdflib's own comparison of the rdflib terms);
* layout: the serializer's indentation, separators and blank lines.

So ``write`` gives byte-for-byte what ``OrderedTurtleSerializer`` gives (the tests
compare both, and check that the parsed graphs are isomorphic).  A graph with blank
nodes (which ours never have: every node has an IRI) is handed to rdflib's serializer,
which inlines them.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import IO

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node, _is_valid_uri

from kg.rdf.triples import Lit, RdflibTerms, Term, TripleSet, collector_paused
from kg.rdf.vocab import KGO, ORG

# what the serializer writes between terms
_NEXT_PREDICATE = " ;\n    "
_NEXT_OBJECT = ",\n        "
_FLUSH_PIECES = 1 << 16  # pieces of text written at a time
_TYPE, _LABEL, _NIL = str(RDF.type), str(RDFS.label), str(RDF.nil)


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


class _Labels:
    """The text of each term, decided once per distinct term by rdflib's own rules."""

    def __init__(self, namespaces: Iterable[tuple[str, Node]]) -> None:
        dummy = Graph(bind_namespaces="none")
        for prefix, ns in namespaces:
            dummy.bind(prefix, ns, override=True, replace=True)
        self.graph = dummy
        self.ser = OrderedTurtleSerializer(dummy)
        self.ser.reset()  # as serialize() does: no prefix is declared until a term uses it
        self.rdflib = RdflibTerms()
        self.datatype_names = _DatatypeNames(self.ser)
        self.text: dict[Term, str] = {}
        self.verbs: dict[str, str] = {}
        self._bound: tuple[str, ...] = ()

    def bound_namespaces(self) -> None:
        self._bound = tuple(str(ns) for _, ns in self.graph.namespaces())

    def verb(self, p: str) -> None:
        """A property as the serializer writes it (rdflib may make up a prefix for it)."""
        if p not in self.verbs:
            if p == _TYPE:
                text = "a"
            elif p == _NIL:
                text = "()"
            else:
                uri = URIRef(p)
                text = self.ser.get_pname(uri, True) or uri.n3()
            self.verbs[p] = text

    def iri(self, node: str) -> None:
        """A subject or object IRI as the serializer writes it."""
        if node not in self.text:
            if node == _NIL:
                text = "()"
            elif node.startswith(self._bound):
                uri = URIRef(node)
                text = self.ser.get_pname(uri, False) or uri.n3()
            else:  # what URIRef.n3() gives, without making a URIRef for each of the many such IRIs
                text = f"<{node}>" if _is_valid_uri(node) else URIRef(node).n3()
            self.text[node] = text

    def literal(self, literal: Lit) -> None:
        """A literal as the serializer writes it, through the rdflib literal (kept for sorting)."""
        if literal not in self.text:
            self.text[literal] = self.rdflib[literal]._literal_n3(  # type: ignore[union-attr]
                use_plain=True, qname_callback=self.datatype_names.__getitem__
            )

    def declare_datatype(self, datatype: str) -> None:
        self.ser.get_pname(URIRef(datatype), False)

    def sort(self, objects: list[Term]) -> list[Term]:
        """``objects`` in rdflib's term order: IRIs by their text; literals as rdflib compares them."""
        if all(type(o) is str for o in objects):
            return sorted(objects)  # type: ignore[type-var]
        return sorted(objects, key=self.rdflib.__getitem__)

    def prefixes(self) -> str:
        return "".join(f"@prefix {prefix}: <{uri}> .\n" for prefix, uri in sorted(self.ser.namespaces.items()))


class _DatatypeNames(dict[Node, str | None]):
    """Each datatype's prefixed name, asked of the serializer once (every literal asks again)."""

    def __init__(self, ser: TurtleSerializer) -> None:
        super().__init__()
        self.ser = ser

    def __missing__(self, datatype: Node) -> str | None:
        name = self[datatype] = self.ser.get_pname(datatype, False)
        return name


Source = Graph | TripleSet | Iterable[tuple[Node, Node, Node]]


def write(
    source: Source,
    out: IO[bytes],
    namespaces: Iterable[tuple[str, Node]] | None = None,
    top_classes: Sequence[Node] | None = None,
) -> None:
    """Write ``source`` (an rdflib graph, a ``TripleSet`` or rdflib triples) as Turtle to ``out``.

    ``namespaces`` are the prefixes that may be used (default: the source's own).
    """
    if namespaces is None:
        namespaces = list(source.namespaces())  # type: ignore[union-attr]
    if not isinstance(source, Graph | TripleSet):
        source = list(source)
    triples = _plain(source)
    if triples is None:
        _fallback(source, out, namespaces)
        return
    tops = [str(c) for c in (OrderedTurtleSerializer.topClasses if top_classes is None else top_classes)]
    with collector_paused():
        _write(triples, out, namespaces, tops)


def _write(triples: TripleSet, out: IO[bytes], namespaces: Iterable[tuple[str, Node]], tops: list[str]) -> None:
    by_subject, objects = _group(triples)
    labels = _Labels(namespaces)
    predicates = _label_terms(labels, triples, by_subject, objects)
    order = _subject_order(by_subject, objects, tops)
    # properties: rdf:type, rdfs:label, then the others in IRI order
    rank = {p: i + 2 for i, p in enumerate(predicates)}
    rank[_TYPE], rank[_LABEL] = 0, 1
    by_rank, sort, text = rank.__getitem__, labels.sort, labels.text
    # what comes before a property's objects: its name, after the subject or after the last objects
    first = {p: f" {verb} " for p, verb in labels.verbs.items()}
    then = {p: f"{_NEXT_PREDICATE}{verb} " for p, verb in labels.verbs.items()}

    buf: list[str] = [labels.prefixes()]
    append = buf.append
    for s in order:
        props = by_subject[s]
        append("\n")
        append(text[s])
        before = first
        for p in sorted(props, key=by_rank) if len(props) > 1 else props:
            objs = props[p]
            append(before[p])
            append(text[objs[0]] if len(objs) == 1 else _NEXT_OBJECT.join([text[o] for o in sort(objs)]))
            before = then
        append(" .\n")
        if len(buf) >= _FLUSH_PIECES:
            out.write("".join(buf).encode("utf-8", "replace"))
            buf.clear()
    append("\n")
    out.write("".join(buf).encode("utf-8", "replace"))


def _plain(source: Graph | TripleSet | list[tuple[Node, Node, Node]]) -> TripleSet | None:
    """``source``'s triples as plain data; None when it has blank nodes, which rdflib inlines."""
    if isinstance(source, TripleSet):
        return source
    try:
        return TripleSet.from_rdflib(source)
    except ValueError:
        return None


Grouped = dict[str, dict[str, list[Term]]]


def _group(triples: TripleSet) -> tuple[Grouped, Counter[Term]]:
    """Each subject's objects by property (as added), and how often each term is an object."""
    by_subject: Grouped = {}
    for s, p, o in triples:
        props = by_subject.get(s)
        if props is None:
            by_subject[s] = {p: [o]}
        elif p in props:
            props[p].append(o)
        else:
            props[p] = [o]
    return by_subject, Counter(map(itemgetter(2), triples))


def _label_terms(labels: _Labels, triples: TripleSet, by_subject: Grouped, objects: Counter[Term]) -> list[str]:
    """Decide the text of every term, in the order that gives rdflib's prefixes; the properties in IRI order.

    Prefixed names come first for properties (rdflib may make up a prefix for them),
    then for subjects, objects and datatypes with every binding known.
    """
    predicates = sorted(set(map(itemgetter(1), triples)))
    for p in predicates:
        labels.verb(p)
    labels.bound_namespaces()
    literals = [o for o in objects if type(o) is not str]
    for dt in sorted({lit.datatype for lit in literals if lit.datatype is not None}):  # type: ignore[union-attr]
        labels.declare_datatype(dt)
    for s in by_subject:
        labels.iri(s)
    for o in objects:
        if type(o) is str:
            labels.iri(o)
    for lit in literals:
        labels.literal(lit)  # type: ignore[arg-type]
    return predicates


def _subject_order(by_subject: Grouped, refs: Mapping[Term, int], tops: Sequence[str]) -> list[str]:
    """Subjects as the serializer orders them: each top class's members in IRI order, then the rest by references."""
    order: dict[str, None] = {}
    members: dict[Term, list[str]] = {c: [] for c in tops}
    for s, props in by_subject.items():
        for cls in props.get(_TYPE, ()):
            found = members.get(cls)
            if found is not None:
                found.append(s)
    for cls in tops:
        for s in sorted(members[cls]):
            order.setdefault(s, None)
    rest = sorted((s for s in by_subject if s not in order), key=lambda s: (refs.get(s, 0), s))
    order.update((s, None) for s in rest)
    return list(order)


def _fallback(source: object, out: IO[bytes], namespaces: Iterable[tuple[str, Node]]) -> None:
    if isinstance(source, Graph):
        g = source
    else:
        g = Graph(bind_namespaces="none")
        for prefix, ns in namespaces:
            g.bind(prefix, ns, override=True, replace=True)
        for t in source:  # type: ignore[attr-defined]
            g.add(t)
    OrderedTurtleSerializer(g).serialize(out, encoding="utf-8")


def to_bytes(source: Source, namespaces: Iterable[tuple[str, Node]] | None = None) -> bytes:
    """The Turtle text of ``source`` (UTF-8)."""
    buf = io.BytesIO()
    write(source, buf, namespaces)
    return buf.getvalue()


__all__ = ["OrderedTurtleSerializer", "to_bytes", "write"]
