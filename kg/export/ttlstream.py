"""A fast Turtle writer that gives the same text as rdflib's, for graphs without blank nodes.

rdflib's ``TurtleSerializer`` asks its store for every subject's triples, computes a
prefixed name for every term of every triple (failing slowly, by exception, for each
instance IRI that has none) and writes term by term: on a build of a newspaper archive
it takes longer than everything else after NLP, and more than linearly so.  This
writer groups the triples by subject in one pass and decides each distinct IRI's form
once, then writes subject by subject.

It does not re-implement Turtle's rules; it asks rdflib for every decision that
shapes the text, once per distinct term:

* prefixed names: rdflib's own ``get_pname`` (called only for IRIs that start with a
  bound namespace — no other IRI can get one), which also records the prefixes to
  declare; every other IRI is ``URIRef.n3()``;
* literals: ``Literal._literal_n3`` with the same options as the serializer
  (plain numbers and booleans, triple quotes for text with line breaks, escapes);
* order: subjects of the ``topClasses`` first, each class in IRI order, then the others
  by how often they are referenced; ``rdf:type`` and ``rdfs:label`` first, then the
  properties in IRI order; objects sorted with rdflib's term ordering;
* layout: the serializer's indentation, separators and blank lines.

So ``write`` gives byte-for-byte what ``OrderedTurtleSerializer`` gives (the tests
compare both, and check that the parsed graphs are isomorphic).  A graph with blank
nodes (which ours never have: every node has an IRI) is handed to rdflib's serializer,
which inlines them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import IO

from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

# what the serializer writes between terms
_NEXT_PREDICATE = " ;\n    "
_NEXT_OBJECT = ",\n        "
_FLUSH_BYTES = 1 << 20
_TYPE, _LABEL, _NIL = RDF.type, RDFS.label, RDF.nil


class _Labels:
    """The text of each term, decided once per distinct term by rdflib's own rules."""

    def __init__(self, namespaces: Iterable[tuple[str, Node]]) -> None:
        from kg.export.turtle import OrderedTurtleSerializer

        dummy = Graph(bind_namespaces="none")
        for prefix, ns in namespaces:
            dummy.bind(prefix, ns, override=True, replace=True)
        self.graph = dummy
        self.ser = OrderedTurtleSerializer(dummy)
        self.ser.reset()  # as serialize() does: no prefix is declared until a term uses it
        self._iri: dict[Node, str] = {}
        self._verb: dict[Node, str] = {}
        self._lit: dict[Literal, str] = {}
        self._bound: tuple[str, ...] = ()

    def bound_namespaces(self) -> None:
        self._bound = tuple(str(ns) for _, ns in self.graph.namespaces())

    def verb(self, p: Node) -> str:
        text = self._verb.get(p)
        if text is None:
            if p == _TYPE:
                text = "a"
            elif p == _NIL:
                text = "()"
            else:
                text = self.ser.get_pname(p, True) or p.n3()
            self._verb[p] = text
        return text

    def term(self, node: Node) -> str:
        if isinstance(node, Literal):
            text = self._lit.get(node)
            if text is None:
                text = self._lit[node] = node._literal_n3(
                    use_plain=True, qname_callback=lambda dt: self.ser.get_pname(dt, False)
                )
            return text
        text = self._iri.get(node)
        if text is None:
            if node == _NIL:
                text = "()"
            elif str(node).startswith(self._bound):
                text = self.ser.get_pname(node, False) or node.n3()
            else:
                text = node.n3()
            self._iri[node] = text
        return text

    def declare_datatype(self, datatype: Node) -> None:
        self.ser.get_pname(datatype, False)

    def prefixes(self) -> str:
        return "".join(f"@prefix {prefix}: <{uri}> .\n" for prefix, uri in sorted(self.ser.namespaces.items()))


def write(
    source: Graph | Iterable[tuple[Node, Node, Node]],
    out: IO[bytes],
    namespaces: Iterable[tuple[str, Node]] | None = None,
    top_classes: Sequence[Node] | None = None,
) -> None:
    """Write ``source`` (an rdflib graph, a ``TripleSet`` or triples) as Turtle to ``out``.

    ``namespaces`` are the prefixes that may be used (default: the source's own).
    """
    from kg.export.turtle import OrderedTurtleSerializer

    if namespaces is None:
        namespaces = list(source.namespaces())  # type: ignore[union-attr]
    tops = list(OrderedTurtleSerializer.topClasses if top_classes is None else top_classes)

    by_subject: dict[Node, dict[Node, list[Node]]] = {}
    for s, p, o in source:
        props = by_subject.get(s)
        if props is None:
            props = by_subject[s] = {p: [o]}
            continue
        objs = props.get(p)
        if objs is None:
            props[p] = [o]
        else:
            objs.append(o)

    refs: dict[Node, int] = {}
    datatypes: set[Node] = set()
    has_bnode = False
    for s, props in by_subject.items():
        has_bnode = has_bnode or isinstance(s, BNode)
        for p, objs in props.items():
            has_bnode = has_bnode or isinstance(p, BNode)
            for o in objs:
                if isinstance(o, Literal):
                    dt = o.datatype
                    if dt is not None:
                        datatypes.add(dt)
                else:
                    refs[o] = refs.get(o, 0) + 1
                    has_bnode = has_bnode or isinstance(o, BNode)
    if has_bnode:
        _fallback(source, out, namespaces)
        return

    labels = _Labels(namespaces)
    # prefixed names first for properties (rdflib may make up a prefix for them), then for
    # subjects, objects and datatypes with every binding known
    predicates = sorted({p for props in by_subject.values() for p in props}, key=str)
    for p in predicates:
        if p != _TYPE:
            labels.verb(p)
    labels.bound_namespaces()
    for dt in sorted(datatypes, key=str):
        labels.declare_datatype(dt)
    term, verb = labels.term, labels.verb
    for s in by_subject:
        term(s)
    for o in refs:
        term(o)

    # subjects: each top class's members in IRI order, then the rest by references
    order: dict[Node, None] = {}
    members: dict[Node, list[Node]] = {c: [] for c in tops}
    for s, props in by_subject.items():
        for cls in props.get(_TYPE, ()):
            found = members.get(cls)
            if found is not None:
                found.append(s)
    for cls in tops:
        for s in sorted(members[cls], key=str):
            order.setdefault(s, None)
    rest = sorted(((refs.get(s, 0), str(s)), s) for s in by_subject if s not in order)
    order.update((s, None) for _, s in rest)
    # properties: rdf:type, rdfs:label, then the others in IRI order
    rank = {p: i + 2 for i, p in enumerate(predicates)}
    rank[_TYPE], rank[_LABEL] = 0, 1

    buf: list[str] = [labels.prefixes()]
    size = 0
    for s in order:
        props = by_subject[s]
        parts = ["\n", term(s)]
        first = True
        for p in sorted(props, key=rank.__getitem__):
            parts.append(" " if first else _NEXT_PREDICATE)
            first = False
            parts.append(verb(p))
            objs = props[p]
            parts.append(" ")
            if len(objs) == 1:
                parts.append(term(objs[0]))
                continue
            objs.sort()
            parts.append(term(objs[0]))
            for o in objs[1:]:
                parts.append(_NEXT_OBJECT)
                parts.append(term(o))
        parts.append(" .\n")
        chunk = "".join(parts)
        buf.append(chunk)
        size += len(chunk)
        if size >= _FLUSH_BYTES:
            out.write("".join(buf).encode("utf-8", "replace"))
            buf, size = [], 0
    buf.append("\n")
    out.write("".join(buf).encode("utf-8", "replace"))


def _fallback(source: object, out: IO[bytes], namespaces: Iterable[tuple[str, Node]]) -> None:
    from kg.export.turtle import OrderedTurtleSerializer

    if isinstance(source, Graph):
        g = source
    else:
        g = Graph(bind_namespaces="none")
        for prefix, ns in namespaces:
            g.bind(prefix, ns, override=True, replace=True)
        for t in source:  # type: ignore[attr-defined]
            g.add(t)
    OrderedTurtleSerializer(g).serialize(out, encoding="utf-8")


def to_bytes(
    source: Graph | Iterable[tuple[Node, Node, Node]], namespaces: Iterable[tuple[str, Node]] | None = None
) -> bytes:
    """The Turtle text of ``source`` (UTF-8)."""
    buf = io.BytesIO()
    write(source, buf, namespaces)
    return buf.getvalue()


__all__ = ["to_bytes", "write"]
