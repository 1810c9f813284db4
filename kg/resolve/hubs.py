"""One earlier build's hub graph and one new: merged as one build of both sets of files would be.

Areas (GB/T 2260 code), unions, organisations and venues (full name), events and articles
(source and position) have the same node id in every build, so they merge by id: aliases
unite, mention counts add up, evidence lists unite (kg.graph.model.merge_node, as in a
build).  People do not: ``person:张伟`` of the new files is the earlier build's ``张伟``
only when, by a build's own rule (kg.resolve.people), something else agrees and nothing
conflicts; otherwise the newcomer gets the next free ``person:张伟~N``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.gazetteer import Gazetteer
from kg.graph.model import merge_node
from kg.graph.nodelink import HUB_FILE, load_hub
from kg.graph.record import KEY, make_record, recorded_inputs
from kg.resolve.areas import link_areas
from kg.resolve.people import PersonProfile, area_key, local_areas
from kg.resolve.unions import link_union_hosts


def _person_profile(G: nx.MultiDiGraph, nid: str) -> PersonProfile:
    """A person node's profile: credits, organisations of posts (and their areas),
    organisations named beside, events taken part in, areas below the province named."""
    credit = any(d.get("pred") in ("reporter", "photographer") for _, _, d in G.in_edges(nid, data=True))
    orgs = {v for _, v, d in G.out_edges(nid, data=True) if d.get("pred") == "post"}
    articles = {u for u, _, _ in G.in_edges(nid, data=True) if G.nodes[u].get("cls") == "Article"}
    bodies = {
        v
        for a in articles
        for _, v, d in G.out_edges(a, data=True)
        if d.get("pred") == "mentions" and G.nodes[v].get("cls") in ("TradeUnion", "Organization")
    }
    events = {
        str(G.nodes[u].get("label"))
        for u, _, d in G.in_edges(nid, data=True)
        if d.get("pred") == "participant" and G.nodes[u].get("cls") == "Event"
    }
    named = {
        G.nodes[v].get("code") for a in articles for _, v, d in G.out_edges(a, data=True) if d.get("pred") == "mentions"
    }
    places = {
        area_key(code)
        for o in orgs
        for _, v, d in G.out_edges(o, data=True)
        if d.get("pred") == "locatedIn" and (code := _area_code(G, v))
    }
    return PersonProfile(credit, orgs, bodies, events, local_areas({c for c in named if c}), places)


def _area_code(G: nx.MultiDiGraph, nid: str) -> str | None:
    """The code of an area node, or of the area that holds a zone (``area:530112/某园区``)."""
    data = G.nodes[nid]
    if data.get("cls") != "AdministrativeArea":
        return None
    if data.get("code"):
        return str(data["code"])
    head = nid.removeprefix("area:").split("/", 1)
    return head[0] if len(head) == 2 and head[0].isdigit() else None


def person_mapping(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> dict[str, str]:
    """New person ids -> ids in the merged graph (an earlier person, or a free id)."""
    by_name: dict[str, list[str]] = {}
    for n, d in old.nodes(data=True):
        if d.get("cls") == "Person":
            by_name.setdefault(str(d.get("label")), []).append(n)
    taken = set(old.nodes) | set(new.nodes)
    mapping: dict[str, str] = {}
    for n in sorted(x for x, d in new.nodes(data=True) if d.get("cls") == "Person"):
        name = str(new.nodes[n].get("label"))
        mine = _person_profile(new, n)
        match = next((o for o in sorted(by_name.get(name, ())) if mine.agrees(_person_profile(old, o))), None)
        if match is not None:
            mapping[n] = match
        elif n in old:
            k = 2
            while f"person:{name}~{k}" in taken:
                k += 1
            mapping[n] = f"person:{name}~{k}"
            taken.add(mapping[n])
    return mapping


def _merge_edge(out: nx.MultiDiGraph, u: str, v: str, key: Any, data: Mapping[str, Any]) -> None:
    if not out.has_edge(u, v, key):
        out.add_edge(u, v, key=key, **{**data, "evidence": list(data.get("evidence") or [])})
        return
    have = out.edges[u, v, key]
    have["evidence"] = sorted(set(have.get("evidence") or []) | set(data.get("evidence") or []))
    written = set(have.get("role_written") or []) | set(data.get("role_written") or [])
    if written:
        have["role_written"] = sorted(written)
    if have["evidence"]:
        have["origin"] = "text"


def merge_hubs(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The union of two hub graphs, as one build of both sets of files would have it."""
    out = old.copy()
    mapping = person_mapping(old, new)

    def m(n: str) -> str:
        return mapping.get(n, n)

    for n, d in sorted(new.nodes(data=True), key=lambda x: str(x[0])):
        node = m(n)
        if node in out and d.get("label") and d["label"] != out.nodes[node].get("label"):
            out.nodes[node].setdefault("aliases", set()).add(d["label"])  # the earlier build named it otherwise
        merge_node(out, node, d)
    for u, v, k, d in sorted(new.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        _merge_edge(out, m(u), m(v), k, d)
    for k, v in new.graph.items():
        if k != KEY:
            out.graph.setdefault(k, v)
    out.graph[KEY] = make_record([*recorded_inputs(old), *recorded_inputs(new)])
    link_areas(out, Gazetteer.default())
    link_union_hosts(out)
    return out


def merge_previous(G: nx.MultiDiGraph, outdir: str | Path) -> nx.MultiDiGraph:
    """``G`` merged into ``outdir/graph.json`` when there is one, else ``G`` itself."""
    hub = Path(outdir) / HUB_FILE
    return merge_hubs(load_hub(hub), G) if hub.exists() else G
