"""A plain set of RDF triples that stands in for an rdflib ``Graph`` while ``to_rdf`` fills it.

rdflib's in-memory store keeps three indexes per triple and checks every term as it
adds it: that is most of the cost of turning a large hub graph into RDF.  ``to_rdf``
only adds triples and asks a few questions back (is this triple there, which subjects
have this type, which objects has this subject for this property), so the exporter
fills a ``TripleSet`` — the same rdflib terms, in a set — and the Turtle writer
(``kg.export.ttlstream``) reads it directly.  ``to_graph`` gives the rdflib graph for
everything that wants one: queries, N-Triples, JSON-LD, SHACL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from rdflib import Graph, URIRef
from rdflib.term import Node

from kg.vocab import PREFIXES

Triple = tuple[Node, Node, Node]


class TripleSet:
    """Triples in the order first added, without repeats, with the look-ups ``to_rdf`` needs.

    Terms are not checked (only our exporter fills it, with rdflib terms).  ``subjects``
    and ``objects`` are answered from an index of the one predicate asked about, made by
    one scan on the first question and then kept up to date.
    """

    def __init__(self, namespaces: Mapping[str, str] | None = None) -> None:
        self._triples: dict[Triple, None] = {}
        # predicate -> ({subject: [objects]}, {object: [subjects]})
        self._by_pred: dict[Node, tuple[dict[Node, list[Node]], dict[Node, list[Node]]]] = {}
        self._namespaces: dict[str, URIRef] = {
            p: URIRef(ns) for p, ns in (PREFIXES if namespaces is None else namespaces).items()
        }

    # -- what to_rdf uses of rdflib's Graph --------------------------------------
    def add(self, triple: Triple) -> TripleSet:
        triples = self._triples
        if triple not in triples:
            triples[triple] = None
            if self._by_pred:
                index = self._by_pred.get(triple[1])
                if index is not None:
                    index[0].setdefault(triple[0], []).append(triple[2])
                    index[1].setdefault(triple[2], []).append(triple[0])
        return self

    def _index(self, predicate: Node) -> tuple[dict[Node, list[Node]], dict[Node, list[Node]]]:
        index = self._by_pred.get(predicate)
        if index is None:
            index = self._by_pred[predicate] = ({}, {})
            for s, p, o in self._triples:
                if p == predicate:
                    index[0].setdefault(s, []).append(o)
                    index[1].setdefault(o, []).append(s)
        return index

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def subjects(self, predicate: Node, object: Node) -> Iterator[Node]:
        return iter(list(self._index(predicate)[1].get(object, ())))

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(list(self._index(predicate)[0].get(subject, ())))

    def bind(self, prefix: str, namespace: str, override: bool = True, replace: bool = True) -> None:
        self._namespaces[prefix] = URIRef(namespace)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        return iter(self._namespaces.items())

    # -- conversions ----------------------------------------------------------------
    def to_graph(self) -> Graph:
        """The same triples and prefixes as an rdflib graph."""
        g = Graph(bind_namespaces="none")
        for prefix, ns in self._namespaces.items():
            g.bind(prefix, ns, override=True, replace=True)
        g.addN((s, p, o, g) for s, p, o in self._triples)
        return g

    def update(self, triples: Iterable[Triple]) -> TripleSet:
        for t in triples:
            self.add(t)
        return self
