"""RDF triples as plain data, made by ``rdf_triples`` and read by the Turtle writer.

rdflib's terms do their work in Python: every ``URIRef`` checks its characters when
made, a ``Literal`` hashes and compares itself by Python code, and every attribute of a
namespace makes a new term.  Turning a large hub graph into RDF makes hundreds of
thousands of them, mostly repeats, and looks them up in sets again and again: that was
most of the cost of the RDF outputs.  So the exporter writes triples of plain values,
which Python hashes and compares in C:

* an IRI is a ``str`` (an exact ``str``: an rdflib ``URIRef`` never equals one);
* a literal is a ``Lit``, a named tuple of lexical form, datatype IRI and language tag
  (RDF compares literals by these three, so two are equal exactly when the rdflib
  literals are; rdflib ignores the case of language tags, and we write them in one case);
* there are no blank nodes (every node the exporter makes has an IRI).

A ``TripleSet`` holds such triples and answers the few questions ``rdf_triples`` asks
back; the Turtle writer (``kg.rdf.ttlstream``) reads it directly, and ``to_graph``
makes the rdflib graph (one rdflib term per distinct value) for everything that wants
one: ``to_rdf``, queries, N-Triples, JSON-LD, SHACL.  Literals become rdflib literals
with their lexical form kept as it is, so the exporter takes each lexical form from the
literal rdflib makes, once per distinct value (see ``kg.rdf.mapping``).  Making and
writing the triples runs with the cyclic garbage collector paused (``collector_paused``).
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterable, Iterator, Mapping
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.vocab import PREFIXES


class Lit(NamedTuple):
    """A literal as plain data: what RDF compares literals by, and nothing else.

    The lexical form is kept as it is (rdflib would rewrite ``"007"^^xsd:integer`` as
    ``7`` when asked to make the literal), so makers give the form they mean.
    """

    lexical: str
    datatype: str | None = None
    lang: str | None = None


Term = str | Lit
Triple = tuple[str, str, Term]


class Vocabulary:
    """The IRIs of an rdflib namespace as plain strings, each made once.

    ``Vocabulary(KGO).locatedIn`` is ``str(KGO.locatedIn)``: rdflib checks the name (a
    ``DefinedNamespace`` refuses unknown ones) on first use, after which the string is
    an ordinary attribute, so that loops can name terms without making any.
    """

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        iri = str(getattr(self._namespace, name))
        setattr(self, name, iri)
        return iri

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


def to_rdflib(term: Term) -> Node:
    """The rdflib term for ``term``; a literal keeps its lexical form exactly."""
    if type(term) is str:
        return URIRef(term)
    lexical, datatype, lang = term  # type: ignore[misc]
    return Literal(lexical, lang=lang, datatype=None if datatype is None else URIRef(datatype), normalize=False)


def from_rdflib(term: Node) -> Term | None:
    """``term`` as plain data; None for a blank node (or anything else with no plain form)."""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        return Lit(str(term), None if term.datatype is None else str(term.datatype), term.language)
    return None


def n3(term: Term) -> str:
    """``term`` as rdflib's ``n3()`` writes it without prefixes: ``<iri>``, ``"text"@zh``."""
    return f"<{term}>" if type(term) is str else _literal_n3(term)  # type: ignore[arg-type]


@functools.lru_cache(maxsize=1 << 14)
def _literal_n3(literal: Lit) -> str:
    return to_rdflib(literal).n3()


class RdflibTerms(dict[Term, Node]):
    """Plain terms to rdflib terms, each made once: equal terms become the same object."""

    def __missing__(self, term: Term) -> Node:
        if type(term) is str or term[1] is None:  # type: ignore[index]
            node = to_rdflib(term)
        else:  # a typed literal: its datatype's IRI made once too
            lexical, datatype, _ = term  # type: ignore[misc]
            node = Literal(lexical, datatype=self[datatype], normalize=False)
        self[term] = node
        return node


class TripleSet:
    """Plain triples in the order first added, without repeats, with the look-ups ``to_rdf`` needs.

    Triples are not checked (only our exporter fills it; ``from_rdflib`` converts).
    ``subjects`` and ``objects`` are answered from an index of the one predicate asked
    about, made by one scan on the first question and then kept up to date.
    """

    def __init__(self, namespaces: Mapping[str, str] | None = None) -> None:
        self._triples: dict[Triple, None] = {}
        # predicate -> ({subject: [objects]}, {object: [subjects]})
        self._by_pred: dict[str, tuple[dict[str, list[Term]], dict[Term, list[str]]]] = {}
        self._namespaces: dict[str, URIRef] = {
            p: URIRef(ns) for p, ns in (PREFIXES if namespaces is None else namespaces).items()
        }

    @classmethod
    def from_rdflib(
        cls, triples: Iterable[tuple[Node, Node, Node]], namespaces: Mapping[str, str] | None = None
    ) -> TripleSet:
        """rdflib triples as a ``TripleSet``; ValueError for a blank node, which has no plain form."""
        out = cls(namespaces)
        for triple in triples:
            plain = tuple(map(from_rdflib, triple))
            if None in plain:
                raise ValueError(f"{triple}: blank nodes have no plain form")
            out.add(plain)  # type: ignore[arg-type]
        return out

    # -- what to_rdf uses of rdflib's Graph, for plain terms -------------------------
    def add(self, triple: Triple) -> TripleSet:
        if self._by_pred:
            self._add_indexed(triple)
        else:  # a repeat keeps its first place: a dictionary keeps a key where it was first set
            self._triples[triple] = None
        return self

    def _add_indexed(self, triple: Triple) -> None:
        if triple not in self._triples:
            self._triples[triple] = None
            index = self._by_pred.get(triple[1])
            if index is not None:
                index[0].setdefault(triple[0], []).append(triple[2])
                index[1].setdefault(triple[2], []).append(triple[0])

    def _index(self, predicate: str) -> tuple[dict[str, list[Term]], dict[Term, list[str]]]:
        index = self._by_pred.get(predicate)
        if index is None:
            index = self._by_pred[predicate] = ({}, {})
            triples = self._triples  # the triples with this predicate, picked out in C:
            for s, _, o in compress(triples, map(predicate.__eq__, map(itemgetter(1), triples))):
                index[0].setdefault(s, []).append(o)
                index[1].setdefault(o, []).append(s)
        return index

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def subjects(self, predicate: str, object: Term) -> Iterator[str]:
        return iter(list(self._index(predicate)[1].get(object, ())))

    def objects(self, subject: str, predicate: str) -> Iterator[Term]:
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
        node = RdflibTerms()
        with collector_paused():
            g.addN((node[s], node[p], node[o], g) for s, p, o in self._triples)
        return g

    def update(self, triples: Iterable[Triple]) -> TripleSet:
        for t in triples:
            self.add(t)
        return self


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from running while triples are made or written.

    Both make hundreds of thousands of small tuples, lists and dicts that are in no
    reference cycle; every few hundred of them set off a collection, and every few of
    those a full one, which walks every object the build holds (the hub graph among
    them): a fifth to a third of the time, for nothing to collect.  Reference counting
    still frees what is dropped; the collector resumes (if it was running) on exit.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
