"""What the page starts with and how it tells namesakes apart, computed in Python (``kg.view.overview``)."""

from __future__ import annotations

import re

from kg.graph.model import add_node, add_relation, new_graph
from kg.model.evidence import Evidence
from kg.view.config import view_config
from kg.view.html import page_data, render_html
from kg.view.overview import busy_order, frame_ids, mention_only, namesakes, start_hidden, summaries
from tests.graphs import ART, ART2, BJ, sample_graph
from tests.view.large_graph import NAMESAKE, NAMESAKES, large_graph


def test_nodes_linked_only_by_mentions_wait():
    G = sample_graph()
    loose = mention_only(G)
    assert ART2 in loose  # an article that only mentions
    assert BJ not in loose  # mentioned, but with posts and places too
    assert start_hidden(G) == dict.fromkeys(sorted(loose), "m")
    assert start_hidden(G, include_mentions=True) == {}
    data = page_data(G)
    assert {n["id"] for n in data["nodes"] if n.get("hidden")} == loose


def test_a_large_graph_starts_from_its_core():
    G = large_graph()
    core = view_config()["core"]
    hidden = start_hidden(G)
    shown = [n for n in G if n not in hidden]
    assert 0 < len(shown) <= core["max"]
    posts = {u for u, _v, d in G.edges(data=True) if d["pred"] == "post"}
    for n in shown:
        cls = G.nodes[n]["cls"]
        assert cls in core["classes"] or (cls == "Person" and n in posts), n
    # the busiest of the core are kept, not the first by name
    order = busy_order(G)
    assert order[0] in shown
    assert all(hidden[n] == "m" for n in mention_only(G))


def test_the_view_opens_on_the_largest_component():
    G = new_graph()
    for i in range(6):
        add_node(G, f"union:a{i}", "TradeUnion", f"甲{i}工会")
    for i in range(3):
        add_node(G, f"union:b{i}", "TradeUnion", f"乙{i}工会")
    for i in range(5):
        add_relation(G, f"union:a{i}", "subOrganizationOf", f"union:a{i + 1}")
    add_relation(G, "union:b0", "subOrganizationOf", "union:b1")
    assert frame_ids(G, {}) == [f"union:a{i}" for i in range(6)]
    # a component at least half as large as the largest is framed with it
    add_relation(G, "union:b1", "subOrganizationOf", "union:b2")
    assert len(frame_ids(G, {})) == 9
    # without edges: everything drawn
    G2 = new_graph()
    add_node(G2, "union:x", "TradeUnion", "X工会")
    assert frame_ids(G2, {}) == ["union:x"]


def test_summaries_tell_namesakes_apart():
    G = sample_graph()
    rows = summaries(G)
    assert rows["person:赵丽君"]["main"] == "北京市总工会副主席"
    assert rows["place:望京SOHO广场"]["main"] == "朝阳区"
    assert rows[BJ]["first"] == ART and rows[BJ]["articles"] >= 1
    assert rows[ART]["main"] == "本报"  # an article's outlet
    G = large_graph()
    same = namesakes(G)
    assert same[NAMESAKE][0] == NAMESAKES
    rows = summaries(G)
    mains = {rows[n].get("main") for n, d in G.nodes(data=True) if d["label"] == NAMESAKE}
    assert len(mains) > 5
    data = page_data(sample_graph())
    assert data["info"][BJ]["main"] == "北京市" and data["info"][BJ]["first"] == ART
    assert all("articles" in row and "degree" in row for row in data["info"].values())


def test_a_first_article_prefers_a_date():
    G = new_graph()
    add_node(G, "article:a#0", "Article", "无日期", source="a", index=0)
    add_node(G, "article:b#0", "Article", "晚", source="b", index=0, date="2025-05-01")
    add_node(G, "article:c#0", "Article", "早", source="c", index=0, date="2025-02-01")
    add_node(G, "union:x", "TradeUnion", "X工会")
    add_node(G, "area:1", "AdministrativeArea", "甲区")
    for art in ("article:a#0", "article:b#0", "article:c#0"):
        add_relation(G, "union:x", "locatedIn", "area:1", Evidence(art, 0, 3, "X工会在甲区。", 0.9))
    assert summaries(G)["union:x"]["first"] == "article:c#0"


def test_namesake_names_stay_data():
    G = sample_graph()
    add_node(G, "person:x1", "Person", "<b>王</b>")
    add_node(G, "person:x2", "Person", "<b>王</b>")
    page = render_html(G)
    assert "<b>王</b>" not in page
    assert re.search(r'"\\u003cb\\u003e王\\u003c/b\\u003e":\[2,0\]', page)


def test_no_label_under_12_px_and_relation_labels_only_zoomed_in():
    """vis-network draws a label from drawThreshold - 1 px on screen (faded up to drawThreshold)."""
    options = page_data(sample_graph())["options"]
    node, edge = options["nodes"], options["edges"]
    assert node["scaling"]["label"]["drawThreshold"] - 1 >= 12
    assert edge["scaling"]["label"]["drawThreshold"] - 1 >= 12
    # a relation label needs a zoom of 1 or more; the page's own labels are 13 px
    assert (edge["scaling"]["label"]["drawThreshold"] - 1) / edge["font"]["size"] >= 1
    assert view_config()["overview"]["label_px"] >= 12
    assert options["physics"]["stabilization"].get("fit") is not True  # the page frames the view itself
