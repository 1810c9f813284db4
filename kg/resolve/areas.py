"""Which areas are nodes, and what each is part of.

An area is a node when a text names it (alone, or inside a union's or zone's name); the
areas above it that no text names are not: a page about 昭化区 that never says 四川省
is not about 四川省, and a node for it would be a thing the graph claims the news
named.  Each named area with a code is ``partOf`` the nearest area above it, in the
gazetteer's chain, that is a node too: its direct container when that is named, else
the next one up (still a true containment; the code, ``kgo:adminCode``, leads to the
full chain).  An area the text says is part of another (某地区属于某自治州) is part of that one
alone.  Two named areas of one name (向阳区 of 佳木斯市 and of 鹤岗市) are each
labelled with the name of the area holding it before its own, as news writes them apart.
A build and ``--update`` both end with this pass, so that an area named
by a later file takes its place between the ones an earlier build had linked.  An area's
federation (琼海市总工会) lies in the area its name says, not in a town a line gives for its
building (市总工会四楼会议室（嘉积镇）).
"""

from __future__ import annotations

import networkx as nx

from kg.gazetteer import Gazetteer
from kg.graph.model import add_alias, add_relation
from kg.lexicon import words

# registry units the body they are named after governs (兵团二十一团): part of no county
SELF_GOVERNED = words("areas/self_governed_prefixes.txt")


def link_areas(G: nx.MultiDiGraph, gaz: Gazetteer) -> None:
    """Replace the gazetteer's ``partOf`` edges by links to the nearest named container."""
    stale = [
        (u, v, k)
        for u, v, k, d in G.edges(keys=True, data=True)
        if d.get("pred") == "partOf" and d.get("origin") == "gazetteer"
    ]
    G.remove_edges_from(stale)
    # (an area whose container the text states, kg.extract.area_statements, is part of that
    # one alone: a prefecture the register files under its province stands in its 自治州)
    stated = {u for u, _, d in G.edges(data=True) if d.get("pred") == "partOf"}
    for node, data in sorted(G.nodes(data=True), key=lambda x: str(x[0])):
        code = data.get("code")
        if data.get("cls") != "AdministrativeArea" or not code or code not in gaz or node in stated:
            continue
        if gaz.get(code).name.startswith(SELF_GOVERNED):
            continue  # a corps' regiment lies in a county's code range, but is no part of it
        for up in gaz.chain(code)[1:]:
            if f"area:{up.code}" in G:
                add_relation(G, node, "partOf", f"area:{up.code}", origin="gazetteer")
                break
    _name_namesakes(G, gaz)
    _federations_at_home(G)


def _name_namesakes(G: nx.MultiDiGraph, gaz: Gazetteer) -> None:
    """Areas of different codes the graph labels alike (向阳区, 向阳区): each by its container's
    name and its own (佳木斯市向阳区, 鹤岗市向阳区), the bare name an alias; one area of a name
    keeps its bare name."""
    by_label: dict[str, list[str]] = {}
    for node, data in sorted(G.nodes(data=True), key=lambda x: str(x[0])):
        code = data.get("code")
        if data.get("cls") == "AdministrativeArea" and code and code in gaz:
            by_label.setdefault(data.get("label") or "", []).append(node)
    for label, nodes in sorted(by_label.items()):
        if len(nodes) < 2 or not label:
            continue
        for node in nodes:
            parent = gaz.get(G.nodes[node]["code"]).parent
            if not parent or parent not in gaz:
                continue
            G.nodes[node]["label"] = gaz.get(parent).name + label
            add_alias(G, node, label)


FEDERATION = "总工会"  # the ending of an area's federation of unions


def _federations_at_home(G: nx.MultiDiGraph) -> None:
    """A federation located in the area it is named after (琼海市总工会 in 琼海市) lies in no
    other area: a town another item gives for its building is where the house stands, not
    where the federation of the city is."""
    for node, data in list(G.nodes(data=True)):
        label = str(data.get("label") or "")
        if data.get("cls") != "TradeUnion" or not label.endswith(FEDERATION):
            continue
        where = [(v, k) for _, v, k, d in G.out_edges(node, keys=True, data=True) if d.get("pred") == "locatedIn"]
        home = [v for v, _ in where if label.endswith(str(G.nodes[v].get("label") or "\0") + FEDERATION)]
        if home:
            G.remove_edges_from([(node, v, k) for v, k in where if v not in home])
