"""The Turtle writer, read back through the public RDF contract."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.graph.model import add_node, add_relation, new_graph
from kg.model.classes import CLASSES
from kg.rdf.iri import node_iri
from kg.rdf.literals import confidence, typed_date
from kg.rdf.mapping import to_rdf
from kg.rdf.turtle import serialize_turtle, write_turtle
from kg.rdf.vocab import KGO, ORG, PREFIXES
from tests import graphs
from tests.graphs import sample_graph, text_evidence_edges

# a plain Namespace: pytest trips over the warnings of rdflib's closed XSD namespace
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
CONTRACT_CLASSES = {KGO[c] for c in CLASSES}
EVIDENCE_PROPS = (PROV.wasDerivedFrom, KGO.evidence, KGO.charStart, KGO.charEnd, KGO.confidence)


@pytest.fixture(scope="module")
def G():
    return sample_graph()


@pytest.fixture(scope="module")
def ttl(G) -> bytes:
    return serialize_turtle(G)


@pytest.fixture(scope="module")
def g(ttl) -> Graph:
    out = Graph()
    out.parse(data=ttl.decode("utf-8"), format="turtle")
    return out


def iri(nid: str) -> URIRef:
    return node_iri(nid)


def one(g: Graph, s, p):
    values = list(g.objects(s, p))
    assert len(values) == 1, (s, p, values)
    return values[0]


def assert_evidence(g: Graph, node, articles: set[URIRef]) -> None:
    """``node`` carries exactly one value of each evidence property, well typed."""
    assert one(g, node, PROV.wasDerivedFrom) in articles
    sentence = one(g, node, KGO.evidence)
    assert isinstance(sentence, Literal) and sentence.language == "zh" and str(sentence)
    start, end = one(g, node, KGO.charStart), one(g, node, KGO.charEnd)
    assert start.datatype == XSD.integer and end.datatype == XSD.integer
    assert 0 <= start.toPython() <= end.toPython()
    conf = one(g, node, KGO.confidence)
    assert conf.datatype == XSD.decimal and Decimal(0) <= conf.toPython() <= Decimal(1)


def test_every_node_has_one_contract_class_and_one_zh_label(G, g):
    for nid, data in G.nodes(data=True):
        node = iri(nid)
        classes = set(g.objects(node, RDF.type)) & CONTRACT_CLASSES
        assert classes == {KGO[data["cls"]]}, nid
        label = one(g, node, RDFS.label)
        assert label.language == "zh"
        for alt in g.objects(node, SKOS.altLabel):
            assert alt.language == "zh" and alt != label
    # and nothing else claims a contract class
    typed = {s for c in CONTRACT_CLASSES for s in g.subjects(RDF.type, c)}
    assert typed == {iri(n) for n in G}


def test_labels_and_aliases(g):
    union = iri("union:北京市总工会")
    assert one(g, union, RDFS.label) == Literal("北京市总工会", lang="zh")
    assert set(g.objects(union, SKOS.altLabel)) == {Literal("市总工会", lang="zh")}
    assert one(g, iri("person:张伟~2"), RDFS.label) == Literal("张伟", lang="zh")


def test_areas_carry_code_and_level_and_the_gazetteer_chain(g):
    chaoyang = iri("area:110105")
    assert str(one(g, chaoyang, KGO.adminCode)) == "110105"
    assert str(one(g, chaoyang, KGO.adminLevel)) == "county"
    assert (iri("area:110105001"), KGO.partOf, chaoyang) in g
    assert (chaoyang, KGO.partOf, iri("area:110000")) in g


def test_gazetteer_facts_point_at_a_named_source(g):
    for s, o in ((iri("area:110105"), iri("area:110000")), (iri("area:110105001"), iri("area:110105"))):
        statements = [
            st for st in g.subjects(RDF.subject, s) if (st, RDF.predicate, KGO.partOf) in g and (st, RDF.object, o) in g
        ]
        assert len(statements) == 1
        st = statements[0]
        assert (st, RDF.type, RDF.Statement) in g
        source = one(g, st, PROV.wasDerivedFrom)
        assert (source, RDF.type, KGO.Source) in g and (source, RDF.type, PROV.Entity) in g
        assert str(one(g, source, RDFS.label)) == graphs.GAZETTEER
        assert not list(g.objects(st, KGO.evidence))  # no sentence for what was not read


def test_one_statement_per_evidence_item_of_every_text_relation(G, g):
    articles = {iri(n) for n, d in G.nodes(data=True) if d["cls"] == "Article"}
    for u, v, data in text_evidence_edges(G):
        p = KGO[data["pred"]]
        assert (iri(u), p, iri(v)) in g
        statements = [
            st
            for st in g.subjects(RDF.subject, iri(u))
            if (st, RDF.predicate, p) in g and (st, RDF.object, iri(v)) in g
        ]
        assert len(statements) == len(data["evidence"]), (u, p, v)
        assert {str(one(g, st, KGO.evidence)) for st in statements} == {e.sentence for e in data["evidence"]}
        for st in statements:
            assert (st, RDF.type, RDF.Statement) in g
            assert_evidence(g, st, articles)


def test_confidence_is_rounded_decimal(g):
    nasty = iri(graphs.NASTY_ID)
    st = next(st for st in g.subjects(RDF.subject, nasty) if (st, RDF.predicate, KGO.locatedIn) in g)
    assert one(g, st, KGO.confidence) == Literal(Decimal("0.123"), datatype=XSD.decimal)
    assert confidence(1.7).toPython() == Decimal("1.0") and confidence(-1).toPython() == Decimal("0.0")
    assert confidence(float("nan")) is None


def test_posts_become_one_membership_per_role_with_evidence(G, g):
    articles = {iri(n) for n, d in G.nodes(data=True) if d["cls"] == "Article"}
    person, union = iri("person:赵丽君"), iri("union:北京市总工会")
    memberships = [m for m in g.subjects(ORG.member, person) if (m, ORG.organization, union) in g]
    assert len(memberships) == 2
    roles = set()
    for m in memberships:
        assert (m, RDF.type, ORG.Membership) in g
        role = one(g, m, ORG.role)
        assert (role, RDF.type, ORG.Role) in g
        roles.add(one(g, role, RDFS.label))
        assert_evidence(g, m, articles)
    assert roles == {Literal("党组成员", lang="zh"), Literal("副主席", lang="zh")}


def test_membership_carries_its_surest_evidence_and_states_the_rest(g):
    person, union = iri("person:赵丽君"), iri("union:北京市总工会")
    m = next(
        m
        for m in g.subjects(ORG.member, person)
        if (m, ORG.organization, union) in g and str(one(g, one(g, m, ORG.role), RDFS.label)) == "副主席"
    )
    assert str(one(g, m, KGO.evidence)) == graphs.S1
    assert one(g, m, KGO.confidence).toPython() == Decimal("0.95")
    extra = list(g.subjects(RDF.subject, m))
    assert len(extra) == 1
    assert str(one(g, extra[0], KGO.evidence)) == graphs.S2
    assert one(g, extra[0], RDF.predicate) == ORG.role


def test_roles_are_shared_nodes(g):
    vice = [r for r in g.subjects(RDF.type, ORG.Role) if str(one(g, r, RDFS.label)) == "副主席"]
    assert len(vice) == 1
    holders = {one(g, m, ORG.member) for m in g.subjects(ORG.role, vice[0])}
    assert holders == {iri("person:赵丽君"), iri("person:王芳")}


def test_event_attributes_are_typed(g):
    event = iri(graphs.EVENT)
    assert one(g, event, KGO.date) == Literal("2025-03-28", datatype=XSD.date)
    count = one(g, event, KGO.participantCount)
    assert count.datatype == XSD.integer and count.toPython() == 140
    assert one(g, event, KGO.organizer) == iri("union:北京市服务工会")
    assert one(g, event, KGO.location) == iri("place:望京SOHO广场")
    assert one(g, event, KGO.participant) == iri("person:赵丽君")
    assert one(g, iri(graphs.EVENT_MD), KGO.date) == Literal("--04-01", datatype=XSD.gMonthDay)
    assert one(g, iri(graphs.EVENT_YM), KGO.date) == Literal("2025-03", datatype=XSD.gYearMonth)


def test_literal_facts_have_statements(G, g):
    event = iri(graphs.EVENT)
    for prop, n in ((KGO.date, 1), (KGO.participantCount, 2)):
        value = one(g, event, prop)
        statements = [st for st in g.subjects(RDF.subject, event) if (st, RDF.predicate, prop) in g]
        assert len(statements) == n
        for st in statements:
            assert one(g, st, RDF.object) == value
            assert_evidence(g, st, {iri(graphs.ART), iri(graphs.ART2)})


def test_awards_are_zh_literals_with_evidence(g):
    person = iri("person:宗晓畅")
    awards = {Literal("亦城工匠", lang="zh"), Literal("首都劳动奖章", lang="zh")}
    assert set(g.objects(person, KGO.award)) == awards
    statements = [st for st in g.subjects(RDF.subject, person) if (st, RDF.predicate, KGO.award) in g]
    assert len(statements) == 1  # the second award was given without evidence
    assert one(g, statements[0], RDF.object) == Literal("亦城工匠", lang="zh")
    assert str(one(g, statements[0], KGO.evidence)) == graphs.S5


def test_articles(g):
    art = iri(graphs.ART)
    assert one(g, art, RDFS.label) == Literal(graphs.HEADLINE, lang="zh")
    assert str(one(g, art, KGO.sourceFile)) == "seeds/000_test.txt"
    assert one(g, art, KGO.articleIndex).toPython() == 0
    assert one(g, art, KGO.publishedOn) == Literal("2025-04-01", datatype=XSD.date)
    assert one(g, art, KGO.outlet) == Literal("本报", lang="zh")
    assert one(g, art, URIRef(PREFIXES["schema"] + "url")) == URIRef("https://www.example.org/news/1.html?id=1&p=2")
    assert one(g, art, KGO.reporter) == iri("person:张伟~2")
    assert one(g, art, KGO.photographer) == iri("person:张伟~2")
    assert one(g, art, KGO.reportsOn) == iri(graphs.EVENT)
    assert (art, KGO.mentions, iri("union:北京市总工会")) in g


def test_article_without_headline_is_labelled_by_its_first_sentence(g):
    label = str(one(g, iri(graphs.ART2), RDFS.label))
    assert label == "本报讯 3月28日，朝阳区总工会召开全委会议"
    G = new_graph()
    add_node(G, "article:x.txt#4", "Article", "x.txt#4", source="x.txt", index=4)
    assert str(one(to_rdf(G), iri("article:x.txt#4"), RDFS.label)) == "无标题文章 x.txt#4"
    add_node(G, "article:x.txt#5", "Article", "x.txt#5", first_sentence="这是一个很长的句子" * 10)
    label = str(one(to_rdf(G), iri("article:x.txt#5"), RDFS.label))
    assert len(label) <= 30 and label.endswith("…")
    # the resolver's way: headline None, label = the first words of the body
    add_node(G, "article:x.txt#6", "Article", "工会开展慰问活动。随后召开座谈…", headline=None)
    assert str(one(to_rdf(G), iri("article:x.txt#6"), RDFS.label)) == "工会开展慰问活动"
    add_node(G, "article:x.txt#7", "Article", "标题", headline="标题")
    assert str(one(to_rdf(G), iri("article:x.txt#7"), RDFS.label)) == "标题"


def test_prefixes_bound_and_no_blank_nodes(ttl, g):
    text = ttl.decode("utf-8")
    for prefix in ("kgo", "org", "prov", "skos", "rdfs", "xsd"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}> ." in text
    assert "_:" not in text
    assert not any(isinstance(t, BNode) for triple in g for t in triple)


def test_same_graph_same_bytes_whatever_the_insertion_order(ttl, tmp_path):
    assert serialize_turtle(sample_graph()) == ttl
    for seed in (1, 2, 3):
        assert serialize_turtle(sample_graph(seed)) == ttl
    write_turtle(sample_graph(5), tmp_path / "a.ttl")
    write_turtle(sample_graph(6), tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes() == ttl


def test_nasty_labels_round_trip(g):
    node = iri(graphs.NASTY_ID)
    assert str(one(g, node, RDFS.label)) == graphs.NASTY_LABEL
    assert {str(x) for x in g.objects(node, SKOS.altLabel)} == {graphs.NASTY_ALIAS, graphs.XSS}


def test_pyoxigraph_reads_the_same_literals(ttl):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    quads = list(pyoxigraph.parse(ttl, format=pyoxigraph.RdfFormat.TURTLE))
    label = pyoxigraph.NamedNode(str(RDFS.label))
    subject = pyoxigraph.NamedNode(str(iri(graphs.NASTY_ID)))
    labels = [q.object.value for q in quads if q.subject == subject and q.predicate == label]
    assert labels == [graphs.NASTY_LABEL]
    g = Graph()
    g.parse(data=ttl.decode("utf-8"), format="turtle")
    assert len(quads) == len(g)


def test_custom_base(G):
    g = to_rdf(G, base="https://example.org/kg/")
    typed = {s for c in CONTRACT_CLASSES for s in g.subjects(RDF.type, c)}
    assert typed and all(str(s).startswith("https://example.org/kg/") for s in typed)
    memberships = list(g.subjects(RDF.type, ORG.Membership))
    assert memberships and all(str(m).startswith("https://example.org/kg/membership/") for m in memberships)


def test_typed_date_forms():
    assert typed_date("2025-04-01") == Literal("2025-04-01", datatype=XSD.date)
    assert typed_date("2025-04-01", "gMonthDay") == Literal("--04-01", datatype=XSD.gMonthDay)
    assert typed_date("04-01", "gMonthDay") == Literal("--04-01", datatype=XSD.gMonthDay)
    assert typed_date("2025-04", "gYear") == Literal("2025", datatype=XSD.gYear)
    assert typed_date("2025", "date") == Literal("2025", datatype=XSD.gYear)  # cannot invent what is missing
    assert typed_date("--02-29") == Literal("--02-29", datatype=XSD.gMonthDay)
    for bad in ("2025-13-01", "2025-02-30", "3月28日", "", None, "20250401"):
        assert typed_date(bad) is None


def test_bad_event_date_is_left_out_not_ill_typed():
    G = new_graph()
    add_node(G, "event:x#0/1", "Event", "会议", date="2025-02-30", date_type="date", participant_count="many")
    g = to_rdf(G)
    assert not list(g.objects(iri("event:x#0/1"), KGO.date))
    assert not list(g.objects(iri("event:x#0/1"), KGO.participantCount))


def test_edge_to_node_without_class_is_left_out():
    G = new_graph()
    add_node(G, "union:甲工会", "TradeUnion", "甲工会")
    add_relation(G, "union:甲工会", "locatedIn", "area:999999", origin="gazetteer")  # area never added
    g = to_rdf(G)
    assert not list(g.subjects(RDF.subject, None))
    assert not list(g.objects(iri("union:甲工会"), KGO.locatedIn))


def test_areas_with_codes_of_our_own_carry_no_admin_code():
    """Taiwan's counties have no GB/T 2260 code: the gazetteer's own is kept out of kgo:adminCode."""
    G = new_graph()
    add_node(G, "area:710000", "AdministrativeArea", "台湾省", code="710000", level="province")
    add_node(G, "area:711200", "AdministrativeArea", "彰化县", code="711200", level="prefecture")
    out = Graph()
    out.parse(data=serialize_turtle(G).decode("utf-8"), format="turtle")
    assert str(one(out, iri("area:710000"), KGO.adminCode)) == "710000"
    assert list(out.objects(iri("area:711200"), KGO.adminCode)) == []
    assert str(one(out, iri("area:711200"), KGO.adminLevel)) == "prefecture"


def test_an_organisations_honour_is_kgo_honour_and_keeps_the_shapes():
    from kg.graph.model import add_award
    from kg.linked.validate import validate_graph

    G = new_graph()
    team = add_node(G, "org:林海机械有限公司装配班", "Organization", "林海机械有限公司装配班")
    worker = add_node(G, "person:周建平", "Person", "周建平")
    add_award(G, team, "市工人先锋号", None)
    add_award(G, worker, "市五一劳动奖章", None)
    g = to_rdf(G)
    assert set(g.objects(iri(team), KGO.honour)) == {Literal("市工人先锋号", lang="zh")}
    assert not set(g.objects(iri(team), KGO.award))  # the contract's kgo:award is a person's
    assert set(g.objects(iri(worker), KGO.award)) == {Literal("市五一劳动奖章", lang="zh")}
    assert validate_graph(g).conforms
