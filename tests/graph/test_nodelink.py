"""Node-link JSON: valid, readable back by networkx, plain values, stable bytes."""

from __future__ import annotations

import json

import networkx as nx

from kg.graph.nodelink import write_json
from tests import graphs
from tests.graphs import sample_graph


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_networkx_reads_it_back(tmp_path):
    G = sample_graph()
    write_json(G, tmp_path / "g.json")
    data = load(tmp_path / "g.json")
    H = nx.node_link_graph(data, edges="links")
    assert H.is_directed() and H.is_multigraph()
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    assert set(H) == set(G)
    assert set(H.edges(keys=True)) == set(G.edges(keys=True))
    assert H.graph["gazetteer_source"] == graphs.GAZETTEER


def test_values_are_plain(tmp_path):
    G = sample_graph()
    write_json(G, tmp_path / "g.json")
    H = nx.node_link_graph(load(tmp_path / "g.json"), edges="links")
    nasty = H.nodes[graphs.NASTY_ID]
    assert nasty["label"] == graphs.NASTY_LABEL
    assert nasty["aliases"] == sorted({graphs.NASTY_ALIAS, graphs.XSS})  # a set becomes a sorted list
    posts = [d for _, _, d in H.edges(data=True) if d.get("role") == "副主席" and len(d["evidence"]) == 2]
    assert len(posts) == 1
    assert posts[0]["evidence"][0] == {
        "article": graphs.ART,
        "start": 0,
        "end": len(graphs.S1),
        "sentence": graphs.S1,
        "confidence": 0.95,
    }
    awards = H.nodes["person:宗晓畅"]["awards"]
    assert awards["首都劳动奖章"] == [] and awards["亦城工匠"][0]["sentence"] == graphs.S5


def test_utf8_not_escaped_and_same_bytes_whatever_the_order(tmp_path):
    write_json(sample_graph(), tmp_path / "a.json")
    write_json(sample_graph(7), tmp_path / "b.json")
    text = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert "北京市总工会" in text and "\\u5317" not in text
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_one_item_per_line_and_the_same_data_as_the_plain_dump(tmp_path):
    from kg.graph.nodelink import node_link

    G = sample_graph()
    write_json(G, tmp_path / "a.json")
    text = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(json.dumps(node_link(G), ensure_ascii=False))
    lines = text.splitlines()
    assert len(lines) >= G.number_of_nodes() + G.number_of_edges()
    assert sum(line.startswith(' {"') for line in lines) == G.number_of_nodes() + G.number_of_edges()
