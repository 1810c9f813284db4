"""The fast Turtle writer (kg.rdf.ttlstream) against rdflib's serializer.

It must give byte for byte what ``OrderedTurtleSerializer`` gives, and so a file that
parses to a graph isomorphic to rdflib's output (and to the graph itself): on the
seeds' graph, on the hand-made sample with its nasty names, and on a graph of literals
built to break writers (quotes, backslashes, line breaks, ``<>``, triple quotes,
control characters, odd datatypes, IRIs that cannot be prefixed names).
"""

from __future__ import annotations

import io
import random

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.rdf import ttlstream
from kg.rdf.mapping import rdf_triples, to_rdf
from kg.rdf.triples import Lit, TripleSet
from kg.rdf.ttlstream import OrderedTurtleSerializer
from kg.rdf.vocab import KGO, PREFIXES
from tests.graphs import sample_graph
from tests.linked_helpers import seeds_build

ID = "https://w3id.org/gonghui-kg/id/"
NASTY_TEXTS = [
    "",
    'a "quoted" word',
    "back\\slash \\n not a newline",
    "line\nbreak",
    'ends with a quote"',
    'ends with an escaped quote \\"',
    'three """ quotes',
    '"""starts and ends with triple quotes"""',
    'new\nline and """ and a final quote"',
    "carriage\rreturn",
    "crlf\r\nline",
    "tab\tand bell\x07 and nul-ish \x01\x1f",
    "<angle> & brackets {}|^`",
    "中文 \u3000全角空格 和 emoji 🙂",
    "trailing backslash \\",
    "\n",
    "only spaces   ",
]


def parse_exact(data: bytes) -> Graph:
    """Parse Turtle keeping literals as written (rdflib normalises 007 to 7 by default)."""
    import rdflib

    before = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        return Graph().parse(data=data.decode("utf-8"), format="turtle")
    finally:
        rdflib.NORMALIZE_LITERALS = before


def rdflib_bytes(g: Graph) -> bytes:
    buf = io.BytesIO()
    OrderedTurtleSerializer(g).serialize(buf, encoding="utf-8")
    return buf.getvalue()


def graph_with(triples) -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for t in triples:
        g.add(t)
    return g


def K(local: str) -> URIRef:
    """A term in the kgo namespace, known to the ontology or not."""
    return URIRef(PREFIXES["kgo"] + local)


def nasty_triples() -> list[tuple]:
    s = URIRef(ID + "org/nasty")
    out = [(s, RDF.type, KGO.Organization), (s, RDFS.label, Literal("名字", lang="zh"))]
    for i, text in enumerate(NASTY_TEXTS):
        out.append((s, KGO.evidence, Literal(text, lang="zh")))
        out.append((URIRef(f"{ID}statement/{i}"), RDFS.comment, Literal(text)))
        out.append((URIRef(f"{ID}statement/{i}"), RDF.type, RDF.Statement))
    out += [
        (s, KGO.mentionCount, Literal(12, datatype=XSD.integer)),
        (s, KGO.mentionCount, Literal("007", datatype=XSD.integer)),  # not canonical
        (s, KGO.confidence, Literal("0.50", datatype=XSD.decimal)),
        (s, KGO.confidence, Literal("1.0", datatype=XSD.decimal)),
        (s, K("flag"), Literal("true", datatype=XSD.boolean)),
        (s, KGO.date, Literal("2025-03-24", datatype=XSD.date)),
        (s, KGO.date, Literal("--03-24", datatype=XSD.gMonthDay)),
        (s, K("custom"), Literal("x", datatype=URIRef("http://example.org/types#weird"))),
        (s, K("custom"), Literal("y", datatype=URIRef("http://example.org/no-local/"))),
        # IRIs that cannot be prefixed names, or only with escapes
        (s, K("seeAlso"), URIRef(PREFIXES["kgo"] + "with(paren)")),
        (s, K("seeAlso"), URIRef(PREFIXES["kgo"] + "ends.with.dot.")),
        (s, K("seeAlso"), URIRef(PREFIXES["kgo"] + "per%cent%41")),
        (s, K("seeAlso"), URIRef(PREFIXES["kgo"])),  # the namespace itself
        (s, K("seeAlso"), URIRef(PREFIXES["kgo"] + "1starts-with-digit")),
        (s, K("seeAlso"), URIRef(ID + "person/张三~2")),
        (s, K("seeAlso"), URIRef("http://example.org/a%20b#frag")),
        (s, K("seeAlso"), RDF.nil),
        # a property outside every bound namespace: rdflib makes up a prefix for it
        (s, URIRef("http://example.org/vocab#prop"), Literal("made-up prefix")),
        (URIRef(ID + "other"), RDFS.label, Literal("not in a top class")),
        (URIRef(ID + "other"), K("seeAlso"), s),
    ]
    return out


def assert_same_as_rdflib(g: Graph) -> bytes:
    ours = ttlstream.to_bytes(g)
    theirs = rdflib_bytes(g)
    assert ours == theirs
    back = Graph().parse(data=ours.decode("utf-8"), format="turtle")
    assert isomorphic(back, Graph().parse(data=theirs.decode("utf-8"), format="turtle"))
    return ours


def test_seeds_graph_is_byte_identical_and_isomorphic():
    from kg.graph.nodelink import load_hub
    from kg.rdf.turtle import serialize_turtle

    hub = load_hub(seeds_build() / "graph.json")
    g = to_rdf(hub)
    ours = assert_same_as_rdflib(g)
    assert isomorphic(parse_exact(ours), g)
    # what kg build wrote is that text, and the writer gives it from the triple set too
    assert (seeds_build() / "graph.ttl").read_bytes() == ours == serialize_turtle(hub)
    parsed = Graph().parse(seeds_build() / "graph.ttl")
    assert ttlstream.to_bytes(parsed) == rdflib_bytes(parsed)


def test_sample_graph_from_the_triple_set_and_from_rdflib_agree():
    G = sample_graph()
    triples = rdf_triples(G)
    graph = to_rdf(G)
    assert len(triples) == len(graph)
    assert ttlstream.to_bytes(triples) == ttlstream.to_bytes(graph) == rdflib_bytes(graph)
    back = Graph().parse(data=ttlstream.to_bytes(triples).decode("utf-8"), format="turtle")
    assert isomorphic(back, graph)


def test_nasty_literals_and_iris():
    g = graph_with(nasty_triples())
    ours = assert_same_as_rdflib(g)
    assert isomorphic(parse_exact(ours), g)
    text = ours.decode("utf-8")
    assert "@prefix ns1: <http://example.org/vocab#> ." in text


def test_numbers_rdflib_rewrites_are_rewritten_the_same_way():
    """rdflib writes xsd:decimal 1 as 1.0 and xsd:double 1e3 as 1e+03 (same value, other
    lexical form); the writer does exactly what rdflib does."""
    s = URIRef(ID + "org/n")
    g = graph_with(
        [
            (s, KGO.confidence, Literal("1", datatype=XSD.decimal)),
            (s, K("score"), Literal("1e3", datatype=XSD.double)),
            (s, K("score"), Literal("INF", datatype=XSD.double)),
        ]
    )
    assert_same_as_rdflib(g)


@pytest.mark.parametrize("seed", range(3))
def test_output_does_not_depend_on_insertion_order(seed):
    triples = nasty_triples() + list(to_rdf(sample_graph()))
    random.Random(seed).shuffle(triples)
    ts = TripleSet.from_rdflib(triples)
    assert ttlstream.to_bytes(ts) == rdflib_bytes(graph_with(nasty_triples() + list(to_rdf(sample_graph()))))


def test_blank_nodes_are_left_to_rdflib():
    g = graph_with(nasty_triples()[:4])
    b = BNode()
    g.add((URIRef(ID + "org/nasty"), K("address"), b))
    g.add((b, RDFS.label, Literal("inline me")))
    ours = ttlstream.to_bytes(g)
    assert ours == rdflib_bytes(g)
    assert b"[" in ours


def test_empty_graph():
    g = graph_with([])
    assert ttlstream.to_bytes(g) == rdflib_bytes(g) == b"\n"


def test_triple_set_answers_what_to_rdf_asks():
    ts = TripleSet()
    s, art, a, source, file = ID + "a", ID + "article/1", str(RDF.type), str(KGO.Source), str(KGO.sourceFile)
    ts.add((s, a, source)).add((s, a, source)).add((art, file, Lit("x.txt")))
    assert len(ts) == 2
    assert (s, a, source) in ts
    assert list(ts.subjects(a, source)) == [s]
    assert list(ts.objects(art, file)) == [Lit("x.txt")]
    ts.add((ID + "b", a, source))  # the index asked once is kept up to date
    assert list(ts.subjects(a, source)) == [s, ID + "b"]
    rdflib_triples = [
        (URIRef(s), RDF.type, KGO.Source),
        (URIRef(art), KGO.sourceFile, Literal("x.txt")),
        (URIRef(ID + "b"), RDF.type, KGO.Source),
    ]
    assert isomorphic(ts.to_graph(), graph_with(rdflib_triples))


@pytest.mark.parametrize("where", ["subject", "object"])
def test_an_iri_rdflib_cannot_write_fails_as_in_rdflib(where):
    bad, label = URIRef(ID + "a b"), Literal("x")
    triple = (bad, RDFS.label, label) if where == "subject" else (URIRef(ID + "a"), RDFS.seeAlso, bad)
    g = graph_with([triple])
    for write in (rdflib_bytes, ttlstream.to_bytes):
        with pytest.raises(Exception, match="does not look like a valid URI"):
            write(g)
