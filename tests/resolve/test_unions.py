"""A union named after an organisation is the union of it (``unionOf``, issue 13 part 4)."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import RDF, Graph

from kg.graph.model import add_node, add_relation, new_graph
from kg.graph.nodelink import load_hub
from kg.model.evidence import Evidence
from kg.rdf.vocab import KGO
from kg.resolve.hubs import merge_hubs
from kg.resolve.unions import host_name, link_union_hosts
from kg.view.html import page_data
from tests.linked_helpers import build


@pytest.mark.parametrize(
    ("union", "host"),
    [
        ("北京广播电视台工会", "北京广播电视台"),
        ("星海重工有限公司工会委员会", "星海重工有限公司"),
        ("华信集团工会联合会", "华信集团"),
        ("北京市第八十中学工会", "北京市第八十中学"),
        ("海淀区总工会", None),  # an area's union, not a body's
        ("中国海员建设工会全国委员会", None),  # a national industrial union
        ("X工会", None),  # too short to name a body
    ],
)
def test_host_name(union, host):
    assert host_name(union) == host


def _article(G: nx.MultiDiGraph, aid: str, union: str, sentence: str) -> Evidence:
    add_node(G, aid, "Article", "标题")
    add_node(G, f"union:{union}", "TradeUnion", union, mentions=1)
    ev = Evidence(article=aid, start=0, end=len(union), sentence=sentence, confidence=0.95)
    add_relation(G, aid, "mentions", f"union:{union}", ev)
    return ev


def _union_of(G: nx.MultiDiGraph) -> dict[str, tuple[str, list[Evidence]]]:
    return {u: (v, d["evidence"]) for u, v, d in G.edges(data=True) if d["pred"] == "unionOf"}


def test_a_union_links_to_the_organisation_it_is_named_after():
    G = new_graph()
    ev = _article(G, "article:a#0", "星海重工有限公司工会", "星海重工有限公司工会召开职工代表大会。")
    add_node(G, "org:星海重工有限公司", "Organization", "星海重工有限公司", mentions=1)
    _article(G, "article:a#1", "海淀区总工会", "海淀区总工会开展活动。")
    add_node(G, "org:海淀区", "Organization", "海淀区")  # (an area's union: never linked)
    _article(G, "article:a#2", "华信科技工会", "华信科技工会组织比赛。")  # no such organisation: nothing
    link_union_hosts(G)
    link_union_hosts(G)  # twice: the same
    assert _union_of(G) == {"union:星海重工有限公司工会": ("org:星海重工有限公司", [ev])}


def test_a_union_named_without_the_legal_form_links_to_the_one_company_so_named():
    G = new_graph()
    ev = _article(G, "article:a#0", "长江智造集团工会", "长江智造集团工会召开会员代表大会。")
    add_node(G, "org:长江智造集团有限公司", "Organization", "长江智造集团有限公司")
    add_node(G, "org:长江智造集团有限公司襄阳分公司", "Organization", "长江智造集团有限公司襄阳分公司")
    _article(G, "article:a#1", "华信工会", "华信工会组织比赛。")  # two companies so named: neither
    add_node(G, "org:华信有限公司", "Organization", "华信有限公司")
    add_node(G, "org:华信股份有限公司", "Organization", "华信股份有限公司")
    link_union_hosts(G)
    assert _union_of(G) == {"union:长江智造集团工会": ("org:长江智造集团有限公司", [ev])}


def test_an_organisation_a_later_file_names_is_linked_after_an_update():
    old = new_graph()
    ev = _article(old, "article:a#0", "北京市第八十中学工会", "北京市第八十中学工会组织教职工健步走。")
    link_union_hosts(old)
    new = new_graph()
    add_node(new, "article:b#0", "Article", "标题")
    add_node(new, "org:北京市第八十中学", "Organization", "北京市第八十中学", mentions=1)
    link_union_hosts(new)
    assert _union_of(old) == _union_of(new) == {}
    assert _union_of(merge_hubs(old, new)) == {"union:北京市第八十中学工会": ("org:北京市第八十中学", [ev])}


@pytest.mark.slow
def test_built_from_text_the_union_points_at_its_company_and_school(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(
        "星海重工有限公司工会召开职工代表大会\n"
        "本报讯 3月5日，星海重工有限公司工会召开第三届职工代表大会，星海重工有限公司董事长王强出席会议。\n",
        encoding="utf-8",
    )
    (news / "b.txt").write_text(
        "北京市第八十中学工会组织教职工健步走\n"
        "本报讯 4月2日，北京市第八十中学工会组织120名教职工开展健步走活动。北京市第八十中学校长李明参加。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(out, (str(news),), "--no-cache", "--jobs", "1")
    g = Graph().parse(out / "graph.ttl")
    base = "https://w3id.org/gonghui-kg/id/"
    links = {(str(s).removeprefix(base), str(o).removeprefix(base)) for s, o in g.subject_objects(KGO.unionOf)}
    assert links == {
        ("union/星海重工有限公司工会", "org/星海重工有限公司"),
        ("union/北京市第八十中学工会", "org/北京市第八十中学"),
    }
    # each with its evidence statement, and the view names the edge in Chinese
    for s, o in g.subject_objects(KGO.unionOf):
        statements = set(g.subjects(RDF.subject, s)) & set(g.subjects(RDF.predicate, KGO.unionOf))
        assert statements & set(g.subjects(RDF.object, o)), s
    data = page_data(load_hub(out / "graph.json"))
    labels = {(e["from"], e["to"]): e["label"] for e in data["edges"] if e["pred"] == "unionOf"}
    assert labels == {("union:北京市第八十中学工会", "org:北京市第八十中学"): "所在单位"} | {
        ("union:星海重工有限公司工会", "org:星海重工有限公司"): "所在单位"
    }
