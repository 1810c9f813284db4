"""GraphML: scalar attributes only, readable by networkx, stable bytes."""

from __future__ import annotations

import json

import networkx as nx

from kg.graph.graphml import write_graphml
from kg.graph.model import add_node, new_graph
from tests import graphs
from tests.graphs import sample_graph


def test_networkx_reads_it_back(tmp_path):
    G = sample_graph()
    write_graphml(G, tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert H.is_directed()
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    assert set(H) == set(G)
    assert set(H.edges(keys=True)) == set(G.edges(keys=True))
    assert H.graph["gazetteer_source"] == graphs.GAZETTEER


def test_lists_and_evidence_become_json_text(tmp_path):
    write_graphml(sample_graph(), tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert json.loads(H.nodes["union:北京市总工会"]["aliases"]) == ["市总工会"]
    assert H.nodes["union:北京市总工会"]["mentions"] == 5  # numbers stay numbers
    edge = H.edges[graphs.EVENT, "union:北京市服务工会", "organizer"]
    assert edge["pred"] == "organizer"
    assert json.loads(edge["evidence"])[0]["sentence"] == graphs.S3
    assert "participant_count" in H.nodes[graphs.EVENT]


def test_nasty_text_survives_and_xml_forbidden_characters_are_replaced(tmp_path):
    write_graphml(sample_graph(), tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    nasty = H.nodes[graphs.NASTY_ID]
    assert nasty["label"] == graphs.NASTY_LABEL
    aliases = json.loads(nasty["aliases"])
    assert sorted(aliases) == sorted({graphs.XSS, graphs.NASTY_ALIAS})  # JSON text keeps controls escaped
    G = new_graph()
    add_node(G, "person:响\x07铃", "Person", "响\x00铃\x1b")
    write_graphml(G, tmp_path / "c.graphml")
    H = nx.read_graphml(tmp_path / "c.graphml")
    assert H.nodes["person:响\ufffd铃"]["label"] == "响\ufffd铃\ufffd"


def test_mixed_types_are_written_as_text(tmp_path):
    G = new_graph()
    add_node(G, "event:a#0/1", "Event", "甲", participant_count=140)
    add_node(G, "event:a#0/2", "Event", "乙", participant_count="百余")
    write_graphml(G, tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml")
    assert H.nodes["event:a#0/1"]["participant_count"] == "140"
    assert H.nodes["event:a#0/2"]["participant_count"] == "百余"


def test_same_bytes_whatever_the_order(tmp_path):
    write_graphml(sample_graph(), tmp_path / "a.graphml")
    write_graphml(sample_graph(11), tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()


def test_reads_back_to_exactly_the_scalar_graph(tmp_path):
    """Every node, edge and attribute (quotes, <>&, line breaks, tabs, numbers, booleans)
    comes back from the file as written."""
    from kg.graph.graphml import scalar_graph

    G = sample_graph()
    add_node(G, 'org:"引号"<与>&\t\r\n换行', "Organization", 'a"b\r\nc\td<e>&f', flag=True, weight=0.25)
    G.graph["note"] = "x\r\ny"
    write_graphml(G, tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    S = scalar_graph(G)
    assert dict(H.nodes(data=True)) == dict(S.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True)) == sorted(S.edges(keys=True, data=True))
    assert {k: v for k, v in H.graph.items() if k not in ("node_default", "edge_default")} == S.graph
    node = H.nodes['org:"引号"<与>&\t\r\n换行']
    assert node["flag"] is True and node["weight"] == 0.25 and node["label"] == 'a"b\r\nc\td<e>&f'
