"""A build of a traditional and a simplified page: labels as printed (kg build, RDF).

The converted page's article is labelled with its headline as printed, the simplified
headline kept as ``skos:altLabel``; its union and person keep their simplified labels,
merge with those of the simplified page, and carry the printed names as altLabels.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace

from kg.cli import main

# slow: a build through the command line (~5 s)
pytestmark = pytest.mark.slow

KGO = Namespace("https://w3id.org/gonghui-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
TRADITIONAL = "臨夏州工會舉行職工運動會\n4月20日，臨夏市總工會在臨夏市體育場舉行職工運動會。州總工會主席高樺出席。\n"
SIMPLIFIED = "临夏市总工会开展送清凉活动\n7月10日，临夏市总工会主席高桦带队走访一线职工。\n"
OFFICES = "臨夏市總工會召開全委會\n5月8日，臨夏市總工會召開全委會。市總工會黨組書記、副主席馬明講話。\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("news")
    (src / "t.txt").write_text(TRADITIONAL, encoding="utf-8")
    (src / "s.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (src / "u.txt").write_text(OFFICES, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--no-cache"])
    assert res.exit_code == 0, res.output
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return out, g


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _nodes(g: Graph, label: str):
    return set(g.subjects(RDFS.label, _zh(label)))


def test_the_article_of_a_converted_page_is_labelled_as_printed(built):
    _, g = built
    (article,) = _nodes(g, "臨夏州工會舉行職工運動會")
    assert (article, RDF.type, KGO.Article) in g
    assert set(g.objects(article, SKOS.altLabel)) == {_zh("临夏州工会举行职工运动会")}
    (plain,) = _nodes(g, "临夏市总工会开展送清凉活动")
    assert set(g.objects(plain, SKOS.altLabel)) == set()  # a simplified page's article: no altLabel


def test_names_as_printed_are_altlabels_of_the_merged_simplified_nodes(built):
    _, g = built
    (union,) = _nodes(g, "临夏市总工会")  # one node for both pages
    assert _zh("臨夏市總工會") in set(g.objects(union, SKOS.altLabel))
    (person,) = _nodes(g, "高桦")
    assert _zh("高樺") in set(g.objects(person, SKOS.altLabel))
    assert not _nodes(g, "臨夏市總工會") and not _nodes(g, "高樺")


def test_the_graph_keeps_the_contract(built):
    out, _ = built
    res = CliRunner().invoke(main, ["validate", str(out)])
    assert res.exit_code == 0, res.output


def test_a_role_printed_in_traditional_is_labelled_as_printed_too(built):
    out, g = built
    role = g.value(None, RDFS.label, _zh("党组书记"))
    assert role is not None and (role, RDF.type, ORG.Role) in g
    assert set(g.objects(role, RDFS.label)) == {_zh("党组书记"), Literal("黨組書記", lang="zh-Hant")}
    same = g.value(None, RDFS.label, _zh("副主席"))  # printed alike in both scripts: one label
    assert set(g.objects(same, RDFS.label)) == {_zh("副主席")}
    res = CliRunner().invoke(main, ["validate", str(out)])
    assert res.exit_code == 0, res.output
