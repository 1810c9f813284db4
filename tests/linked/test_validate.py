"""The SHACL shapes (ontology/shapes.ttl) and ``kg validate``: good graphs pass, each broken rule is named."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.graph.record import record_build
from kg.linked.validate import load_shapes, validate_graph
from kg.rdf.iri import node_iri
from kg.rdf.mapping import to_rdf
from kg.rdf.vocab import KGO, ORG
from tests import graphs
from tests.graphs import sample_graph
from tests.linked_helpers import kg, seeds_build

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
UNION = node_iri("union:北京市总工会")
PERSON = node_iri("person:赵丽君")
EVENT = node_iri(graphs.EVENT)
AREA = node_iri("area:110105")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def sample_rdf() -> Graph:
    G = sample_graph()
    record_build(
        G, [{"name": "seeds/000_test.txt", "sha256": "0" * 64, "bytes": 10, "modified": "2025-04-01T00:00:00Z"}]
    )
    return to_rdf(G)


def a_statement(g: Graph, predicate: URIRef) -> URIRef:
    return sorted(s for s in g.subjects(RDF.predicate, predicate) if (s, KGO.evidence, None) in g)[0]


@pytest.mark.slow
def test_the_seeds_graph_conforms_in_every_format(shapes):
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        g = Graph().parse(seeds_build() / name)
        report = validate_graph(g, shapes)
        assert report.conforms, [p.line() for p in report.problems[:10]]


def test_the_sample_graph_with_build_metadata_conforms(shapes):
    report = validate_graph(sample_rdf(), shapes)
    assert report.conforms, [p.line() for p in report.problems[:10]]


def _drop(p) -> Callable[[Graph], None]:
    def f(g: Graph) -> None:
        st = a_statement(g, KGO.organizer)
        g.remove((st, p, None))

    return f


def _unasserted(g: Graph) -> None:
    st = a_statement(g, KGO.organizer)
    g.remove((g.value(st, RDF.subject), KGO.organizer, g.value(st, RDF.object)))


def _span_backwards(g: Graph) -> None:
    st = a_statement(g, KGO.organizer)
    g.set((st, KGO.charStart, Literal(500, datatype=XSD.integer)))
    g.set((st, KGO.charEnd, Literal(10, datatype=XSD.integer)))


def _membership(g: Graph) -> URIRef:
    return sorted(g.subjects(RDF.type, ORG.Membership))[0]


BREAKAGES: list[tuple[str, Callable[[Graph], None], str]] = [
    ("second label", lambda g: g.add((UNION, RDFS.label, Literal("市总工会", lang="zh"))), "exactly one rdfs:label"),
    ("label not in Chinese", lambda g: g.set((UNION, RDFS.label, Literal("Beijing FTU", lang="en"))), "tagged @zh"),
    ("plain label", lambda g: g.set((UNION, RDFS.label, Literal("北京市总工会"))), "tagged @zh"),
    ("two contract classes", lambda g: g.add((UNION, RDF.type, KGO.Organization)), "exactly one contract class"),
    (
        "altLabel untagged",
        lambda g: g.add((UNION, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), Literal("市总"))),
        "skos:altLabel",
    ),
    ("locatedIn a person", lambda g: g.add((UNION, KGO.locatedIn, PERSON)), "AdministrativeArea or a Place"),
    (
        "an area locatedIn",
        lambda g: g.add((AREA, KGO.locatedIn, node_iri("area:110000"))),
        "only a TradeUnion, Organization or Place has kgo:locatedIn",
    ),
    ("partOf a union", lambda g: g.add((AREA, KGO.partOf, UNION)), "kgo:partOf points at"),
    ("organizer a person", lambda g: g.add((EVENT, KGO.organizer, PERSON)), "kgo:organizer points at"),
    ("organizer on a union", lambda g: g.add((UNION, KGO.organizer, UNION)), "only an Event has"),
    (
        "ill-typed date",
        lambda g: g.set((EVENT, KGO.date, Literal("2025-13-45", datatype=XSD.date))),
        "kgo:date is one valid",
    ),
    ("untyped date", lambda g: g.set((EVENT, KGO.date, Literal("2025-03-28"))), "kgo:date is one valid"),
    (
        "publication day without a year",
        lambda g: g.set((node_iri(graphs.ART), KGO.publishedOn, Literal("--04-01", datatype=XSD.gMonthDay))),
        "kgo:publishedOn is one valid",
    ),
    ("count as text", lambda g: g.set((EVENT, KGO.participantCount, Literal("140余"))), "kgo:participantCount"),
    (
        "reporter an org",
        lambda g: g.add((node_iri(graphs.ART), KGO.reporter, UNION)),
        "kgo:reporter points at a Person",
    ),
    ("statement without sentence", _drop(KGO.evidence), "says where it was read"),
    ("statement without confidence", _drop(KGO.confidence), "says where it was read"),
    ("statement without article", _drop(PROV.wasDerivedFrom), "says where it was read"),
    ("statement of a missing triple", _unasserted, "is not in the graph"),
    ("span backwards", _span_backwards, "says where it was read"),
    ("membership without member", lambda g: g.remove((_membership(g), ORG.member, None)), "exactly one org:member"),
    ("membership without role", lambda g: g.remove((_membership(g), ORG.role, None)), "exactly one org:role"),
    (
        "confidence above 1",
        lambda g: g.set((a_statement(g, KGO.organizer), KGO.confidence, Literal("1.5", datatype=XSD.decimal))),
        "says where it was read",
    ),
    ("area code not GB/T 2260", lambda g: g.set((AREA, KGO.adminCode, Literal("CY"))), "GB/T 2260"),
]


@pytest.mark.parametrize(("what", "breakage", "message"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_each_broken_rule_is_reported_with_its_message(shapes, what, breakage, message):
    g = sample_rdf()
    breakage(g)
    report = validate_graph(g, shapes)
    assert not report.conforms, what
    lines = [p.line() for p in report.problems]
    assert any(message in line for line in lines), lines


@pytest.mark.parametrize("date", ["2025-03", "2025"])
def test_a_document_dated_by_month_or_year_conforms(tmp_path, date):
    """``--date`` takes YYYY-MM and YYYY (a monthly issue): the graph keeps it and still conforms."""
    (tmp_path / "a.txt").write_text("北京市总工会召开会议，市总工会主席张伟出席。\n", encoding="utf-8")
    built = kg("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--date", date, "--no-cache")
    assert built.exit_code == 0, built.output
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    kind = XSD.gYearMonth if "-" in date else XSD.gYear
    assert set(g.objects(None, KGO.publishedOn)) == {Literal(date, datatype=kind)}
    result = kg("validate", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_cli_validate_a_good_graph():
    result = kg("validate", str(seeds_build()))
    assert result.exit_code == 0, result.output
    assert "conforms to the contract shapes" in result.stdout


def test_cli_validate_says_why_a_graph_does_not_conform(tmp_path):
    g = sample_rdf()
    g.add((UNION, RDFS.label, Literal("市总工会", lang="zh")))
    g.add((EVENT, KGO.organizer, PERSON))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    result = kg("validate", str(bad))
    assert result.exit_code == 1
    # one line per problem on stdout, naming the node with its label, and one error line on stderr
    assert "«北京市服务工会第二届委员会第三次全体会议»" in result.stdout
    assert "kgo:organizer points at a TradeUnion or an Organization" in result.stdout
    assert "exactly one rdfs:label" in result.stdout
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kg: error: ")
    assert "does not conform" in result.stderr and "Traceback" not in result.output


def test_cli_validate_limits_the_listing(tmp_path):
    g = sample_rdf()
    for s in list(g.subjects(RDF.type, KGO.Person)):
        g.add((s, RDFS.label, Literal("x", lang="en")))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    result = kg("validate", str(bad), "--max-problems", "2")
    assert result.exit_code == 1
    assert "… and " in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("graph.json", '{"nodes": [], "links": []}', "node-link JSON, not RDF"),
        ("news.ttl", "北京市总工会召开会议。\n", "not valid Turtle: line 1"),
        ("empty.ttl", "", "holds no RDF triples"),
        ("broken.jsonld", '{"@id": ', "not valid JSON-LD"),
    ],
)
def test_cli_validate_a_file_that_is_not_rdf(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = kg("validate", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr


def test_cli_validate_a_missing_file(tmp_path):
    result = kg("validate", str(tmp_path / "nope.ttl"))
    assert result.exit_code == 1 and "no such file" in result.stderr
