"""Plain triples (kg.rdf.triples): the exporter's terms stand for exactly rdflib's.

The exporter writes IRIs as ``str`` and literals as ``Lit`` and makes rdflib terms only
for the graph and the Turtle text; these tests hold the two forms to each other.
"""

from __future__ import annotations

import gc
from decimal import Decimal

import pytest
from rdflib import BNode, Literal, Namespace, URIRef

from kg.model.evidence import Evidence
from kg.rdf import labels, literals, mapping
from kg.rdf.triples import TripleSet, Vocabulary, collector_paused, from_rdflib, n3, to_rdflib
from kg.rdf.vocab import KGO

# a plain Namespace: pytest trips over the warnings of rdflib's closed XSD namespace
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
TERMS = [
    URIRef("https://w3id.org/gonghui-kg/id/person/赵丽君"),
    Literal("名字", lang="zh"),
    Literal('a "quoted"\nline'),
    Literal("x", datatype=XSD.string),  # not the same literal as plain "x"
    Literal("x"),
    Literal(7, datatype=XSD.integer),
    Literal("007", datatype=XSD.integer, normalize=False),  # not canonical, and kept so
    Literal(Decimal("1.0"), datatype=XSD.decimal),
    Literal("2025-04", datatype=XSD.gYearMonth),
    Literal("2023-11-14T22:13:20Z", datatype=XSD.dateTime, normalize=False),
]


@pytest.mark.parametrize("term", TERMS, ids=repr)
def test_rdflib_terms_round_trip_with_their_lexical_form(term):
    plain = from_rdflib(term)
    back = to_rdflib(plain)
    assert back == term and str(back) == str(term) and type(back) is type(term)
    assert n3(plain) == term.n3()


def test_plain_terms_are_equal_exactly_when_rdflib_terms_are():
    for a in TERMS:
        for b in TERMS:
            assert (from_rdflib(a) == from_rdflib(b)) == (a == b), (a, b)


def test_blank_nodes_have_no_plain_form():
    assert from_rdflib(BNode()) is None
    with pytest.raises(ValueError, match="blank"):
        TripleSet.from_rdflib([(URIRef("https://example.org/a"), URIRef("https://example.org/p"), BNode())])


@pytest.mark.parametrize(
    ("make", "plain", "values"),
    [
        # 1, 1.0 and True hash alike: a cache that did not tell them apart would answer wrongly
        (literals.integer, mapping._integer, [1, True, 1.0, "1", " +1", 2.5, "x", None, [1]]),
        (literals.typed_date, mapping._date, ["2025-04-01", "2025-4-1", "--02-29", 2025, None]),
        (literals.confidence, mapping._confidence.__getitem__, [1, 1.0, True, 0.95, Decimal("0.5"), "0.3", -2]),
    ],
)
def test_the_exporters_literals_are_the_ones_rdflib_makes(make, plain, values):
    for value in values + values:  # the second time from the cache
        expected, got = make(value), plain(value)
        assert (None if got is None else to_rdflib(got)) == expected, value
        assert got is None or str(to_rdflib(got)) == str(expected)


def test_one_evidence_item_is_read_as_a_list_of_several_is():
    ev = Evidence("article:a.txt#0", 1, 3, "句子", 0.8)
    as_dict = {"article": ev.article, "start": 1, "end": 3, "sentence": "句子", "confidence": 0.8}
    assert labels.evidence_list([as_dict]) == labels.evidence_list([as_dict, ev]) == [ev]
    assert labels.evidence_list(["junk"]) == labels.evidence_list(["junk", None]) == []


def test_vocabulary_gives_rdflibs_iris_and_refuses_unknown_names():
    kgo = Vocabulary(KGO)
    assert kgo.locatedIn == str(KGO.locatedIn) and type(kgo.locatedIn) is str
    assert kgo["Person"] == str(KGO.Person)
    with pytest.raises(AttributeError):
        kgo.locatedInn  # noqa: B018


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_and_left_as_it_was(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
