"""The OWL ontology (ontology/kgo.ttl): complete, bilingual, aligned, and true to the data."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from kg.linked.resources import ontology_path
from kg.model.classes import CLASSES
from kg.rdf.mapping import to_rdf
from kg.rdf.vocab import KGO
from tests.graphs import sample_graph
from tests.linked_helpers import seeds_build

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")  # ours (kg.rdf.vocab.ORG) is closed to the terms we use
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ONTOLOGY = URIRef("https://w3id.org/gonghui-kg/ontology")
KGO_TERMS = sorted(KGO.__annotations__)
DECLARED_KINDS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path())


@pytest.fixture(scope="module")
def seeds() -> Graph:
    return Graph().parse(seeds_build() / "graph.ttl")


def members(g: Graph, node) -> set:
    """The classes a domain or range names: itself, or the members of its owl:unionOf."""
    if isinstance(node, BNode):
        union = g.value(node, OWL.unionOf)
        return set(Collection(g, union)) if union is not None else set()
    return {node}


def test_parses_with_rdflib_and_pyoxigraph(onto):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    quads = list(pyoxigraph.parse(path=str(ontology_path()), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(onto) > 300
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in onto


@pytest.mark.parametrize("term", KGO_TERMS)
def test_every_kgo_term_is_declared_with_labels_and_comments_in_zh_and_en(onto, term):
    iri = KGO[term]
    assert set(onto.objects(iri, RDF.type)) & DECLARED_KINDS, f"kgo:{term} has no OWL kind"
    for prop in (RDFS.label, RDFS.comment):
        langs = {x.language for x in onto.objects(iri, prop) if isinstance(x, Literal)}
        assert {"zh", "en"} <= langs, f"kgo:{term} lacks {prop} in { ({'zh', 'en'} - langs) }"
    assert (iri, RDFS.isDefinedBy, ONTOLOGY) in onto


@pytest.mark.parametrize("term", [t for t in KGO_TERMS if t[0].islower()])
def test_every_kgo_property_has_a_domain_and_a_range(onto, term):
    assert members(onto, onto.value(KGO[term], RDFS.domain)), f"kgo:{term} has no domain"
    assert members(onto, onto.value(KGO[term], RDFS.range)), f"kgo:{term} has no range"


def test_the_ontology_defines_nothing_in_kgo_that_the_code_does_not_know(onto):
    declared = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(KGO))}
    assert declared == {KGO[t] for t in KGO_TERMS}


ALIGNED = [
    (KGO.TradeUnion, RDFS.subClassOf, {ORG.FormalOrganization, SCHEMA.WorkersUnion, FOAF.Organization}),
    (KGO.Organization, RDFS.subClassOf, {ORG.Organization, SCHEMA.Organization, FOAF.Organization}),
    (KGO.AdministrativeArea, RDFS.subClassOf, {SCHEMA.AdministrativeArea, PROV.Location}),
    (KGO.Place, RDFS.subClassOf, {SCHEMA.Place}),
    (KGO.Person, RDFS.subClassOf, {FOAF.Person, SCHEMA.Person, PROV.Person}),
    (KGO.Event, RDFS.subClassOf, {SCHEMA.Event}),
    (KGO.Article, RDFS.subClassOf, {SCHEMA.NewsArticle, FOAF.Document}),
    (KGO.Source, RDFS.subClassOf, {PROV.Entity}),
    (KGO.Build, RDFS.subClassOf, {PROV.Activity}),
    (KGO.subOrganizationOf, RDFS.subPropertyOf, {ORG.subOrganizationOf}),
    (KGO.organizer, RDFS.subPropertyOf, {SCHEMA.organizer}),
    (KGO.participant, RDFS.subPropertyOf, {SCHEMA.attendee}),
    (KGO.location, RDFS.subPropertyOf, {SCHEMA.location}),
    (KGO.reporter, RDFS.subPropertyOf, {SCHEMA.author}),
    (KGO.mentions, RDFS.subPropertyOf, {SCHEMA.mentions}),
    (KGO.reportsOn, RDFS.subPropertyOf, {SCHEMA.about}),
    (KGO.award, RDFS.subPropertyOf, {SCHEMA.award}),
    (KGO.partOf, RDFS.subPropertyOf, {SCHEMA.containedInPlace}),
    (KGO.adminCode, RDFS.subPropertyOf, {URIRef("http://www.w3.org/2004/02/skos/core#notation")}),
    (KGO.publishedOn, RDFS.subPropertyOf, {SCHEMA.datePublished}),
]


@pytest.mark.parametrize(("term", "relation", "expected"), ALIGNED, ids=[str(a[0]).split("#")[1] for a in ALIGNED])
def test_alignment_to_standard_vocabularies(onto, term, relation, expected):
    assert expected <= set(onto.objects(term, relation))


def test_contract_classes_are_pairwise_disjoint_and_none_is_a_subclass_of_another(onto):
    contract = {KGO[c] for c in CLASSES}
    lists = [set(Collection(onto, onto.value(n, OWL.members))) for n in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert contract in lists
    for c in contract:
        assert not set(onto.objects(c, RDFS.subClassOf)) & contract


def test_every_term_the_graphs_use_is_declared(onto, seeds):
    data = seeds + to_rdf(sample_graph())
    used = set(data.predicates()) | set(data.objects(None, RDF.type))
    ours = {t for t in used if not str(t).startswith((str(RDF), str(RDFS)))}
    undeclared = {t for t in ours if not set(onto.objects(t, RDF.type))}
    # the PROV-O node types and properties of the build record are PROV's own terms
    undeclared -= {PROV.Activity, PROV.Entity, PROV.SoftwareAgent}
    assert not undeclared, sorted(undeclared)


def _classes_of(g: Graph, node) -> set:
    return set(g.objects(node, RDF.type))


def test_domains_and_ranges_hold_in_the_seeds_graph(onto, seeds):
    """Every kgo triple's subject and object are of the classes (or datatypes) the ontology says."""
    wrong = []
    for prop in (KGO[t] for t in KGO_TERMS if t[0].islower()):
        domain = members(onto, onto.value(prop, RDFS.domain))
        rng = members(onto, onto.value(prop, RDFS.range))
        for s, o in seeds.subject_objects(prop):
            if not _classes_of(seeds, s) & domain:
                wrong.append(("domain", prop, s))
            if isinstance(o, Literal):
                dt = o.datatype or (RDF.langString if o.language else XSD.string)
                if dt not in rng:
                    wrong.append(("range", prop, o))
            elif not _classes_of(seeds, o) & rng:
                wrong.append(("range", prop, o))
    assert not wrong, wrong[:10]


def test_rdfs_inference_answers_queries_in_standard_vocabularies(onto, seeds):
    owlrl = pytest.importorskip("owlrl")
    g = Graph()
    for t in seeds:
        g.add(t)
    for t in onto:
        g.add(t)
    # improved_datatypes would swap rdflib's literal parsers for the whole process (and reject --04-01)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics, improved_datatypes=False).expand(g)

    def count(q: str) -> int:
        return int(
            next(iter(g.query(q, initNs={"kgo": KGO._NS, "schema": SCHEMA, "org": ORG, "foaf": FOAF, "prov": PROV})))[0]
        )

    events = count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a kgo:Event }")
    assert events and count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a schema:Event }") == events
    orgs = count("SELECT (COUNT(DISTINCT ?o) AS ?n) { { ?o a kgo:TradeUnion } UNION { ?o a kgo:Organization } }")
    assert count("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?o a org:Organization }") == orgs
    assert count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a foaf:Person }") == count(
        "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a kgo:Person }"
    )
    assert (
        count("SELECT (COUNT(*) AS ?n) { ?e schema:organizer ?o }")
        == count("SELECT (COUNT(*) AS ?n) { ?e kgo:organizer ?o }")
        > 0
    )
    assert (
        count("SELECT (COUNT(*) AS ?n) { ?a schema:author ?p }")
        == count("SELECT (COUNT(*) AS ?n) { ?a kgo:reporter ?p }")
        > 0
    )
    # inference gives no node a second contract class (domains and ranges are unions)
    contract = {KGO[c] for c in CLASSES}
    doubles = [s for s in set(g.subjects(RDF.type, None)) if len(set(g.objects(s, RDF.type)) & contract) > 1]
    assert not doubles, doubles[:5]
