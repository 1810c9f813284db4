"""What the page starts with and how it tells entities apart, computed before it opens.

Why in Python: the page must open a 5,000-node graph in a second or two, and the answers
here need whole-graph passes (components, evidence articles per node) that are cheap in
networkx and would make the first frame wait in the browser.

* **Which nodes start hidden** (``start_hidden``): a node linked only by "mentions"
  edges (an article naming it) says nothing in the overview but fills it with a grid of
  loose dots, so it waits for the mentions switch, for its article to be selected, or
  for "show neighbours".  Above ``core.above`` nodes (view.json) only the core starts
  drawn: unions, bodies, areas, events and people holding a post, the busiest
  ``core.max`` of them; the rest is one "show neighbours" away (Gephi's and Neo4j
  Bloom's way of starting from the important part and expanding).
* **Where the view starts** (``frame_ids``): the largest connected component(s) of
  what is drawn at first; the page frames them at a zoom where labels are readable.
* **Which labels always show** (``busy_order``): nodes by number of relations, the
  busiest first; the page keeps the first of them labelled at every zoom.
* **Telling namesakes apart** (``summaries``, ``namesakes``): per node its number of
  evidence articles, its main post or place and its first article with date; per name
  shared by several nodes how many there are and from how many articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.view.config import view_config

# which relation names where a node is (its "main post or area"), in order of preference
_WHERE = {
    "Person": ("post",),
    "TradeUnion": ("locatedIn", "subOrganizationOf"),
    "Organization": ("locatedIn", "subOrganizationOf"),
    "Place": ("locatedIn",),
    "AdministrativeArea": ("partOf",),
    "Event": ("organizer", "location"),
}


def _label(G: nx.MultiDiGraph, nid: Any) -> str:
    return " ".join(str(G.nodes[nid].get("label") or nid).split())


def mention_only(G: nx.MultiDiGraph) -> set[str]:
    """Nodes with at least one edge, all of them "mentions" (an article naming the node)."""
    linked: set[str] = set()
    named: set[str] = set()
    for u, v, data in G.edges(data=True):
        if data.get("pred") == "mentions":
            named.update((str(u), str(v)))
        else:
            linked.update((str(u), str(v)))
    return named - linked


def _degrees(G: nx.MultiDiGraph) -> Counter[str]:
    """Relations per node, "mentions" left out (they would make every article a hub)."""
    deg: Counter[str] = Counter()
    for u, v, data in G.edges(data=True):
        if data.get("pred") != "mentions" and u != v:
            deg[str(u)] += 1
            deg[str(v)] += 1
    return deg


def busy_order(G: nx.MultiDiGraph) -> list[str]:
    """Every node, the busiest first: by relations, then mentions, then id."""
    deg = _degrees(G)
    return sorted((str(n) for n in G), key=lambda n: (-deg[n], -int(G.nodes[n].get("mentions") or 0), n))


def start_hidden(G: nx.MultiDiGraph, include_mentions: bool = False) -> dict[str, str]:
    """``{node: reason}`` for the nodes not drawn at first: "m" linked only by mentions, "c" outside the core."""
    hidden = {} if include_mentions else dict.fromkeys(sorted(mention_only(G)), "m")
    core = view_config()["core"]
    if G.number_of_nodes() <= core["above"]:
        return hidden
    posts = {str(u) for u, _v, d in G.edges(data=True) if d.get("pred") == "post"}
    in_core = [
        n
        for n in busy_order(G)
        if n not in hidden
        and (G.nodes[n].get("cls") in core["classes"] or (G.nodes[n].get("cls") == "Person" and n in posts))
    ][: core["max"]]
    keep = set(in_core)
    for n in sorted(str(n) for n in G):
        if n not in keep and n not in hidden:
            hidden[n] = "c"
    return hidden


def frame_ids(G: nx.MultiDiGraph, hidden: Mapping[str, str]) -> list[str]:
    """The nodes of the largest component(s) of what is drawn at first, where the view opens.

    Components at least half as large as the largest count too, so that two equal
    halves of an archive are framed together; without any edge, every drawn node.
    """
    drawn = nx.Graph()
    drawn.add_nodes_from(str(n) for n in G if str(n) not in hidden)
    drawn.add_edges_from(
        (str(u), str(v))
        for u, v, d in G.edges(data=True)
        if d.get("pred") != "mentions" and str(u) not in hidden and str(v) not in hidden and u != v
    )
    comps = [c for c in nx.connected_components(drawn) if len(c) > 1]
    if not comps:
        return sorted(drawn)
    largest = max(len(c) for c in comps)
    return sorted(n for c in comps if 2 * len(c) >= largest for n in c)


def _articles_of(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """The articles each node is read from: the evidence of its edges, and articles that mention it."""
    found: dict[str, set[str]] = {str(n): set() for n in G}
    for u, v, data in G.edges(data=True):
        arts = {
            str((e.get("article") if isinstance(e, Mapping) else getattr(e, "article", "")) or "")
            for e in data.get("evidence") or ()
        }
        if data.get("pred") == "mentions" and G.nodes[u].get("cls") == "Article":
            arts.add(str(u))
        arts.discard("")
        for end in (str(u), str(v)):
            if G.nodes[end].get("cls") != "Article":
                found[end] |= arts
    return found


def _main(G: nx.MultiDiGraph, nid: Any) -> str:
    """A node's main post ("北京市总工会副主席"), or where it is (its area, organiser), or an article's outlet."""
    data = G.nodes[nid]
    cls = data.get("cls")
    if cls == "Article":
        return str(data.get("outlet") or "")
    for pred in _WHERE.get(str(cls), ()):
        best: tuple[int, str] | None = None
        for _u, v, d in G.out_edges(nid, data=True):
            if d.get("pred") == pred and v != nid:
                text = _label(G, v) + (str(d.get("role") or "") if pred == "post" else "")
                key = (-len(d.get("evidence") or ()), text)
                if best is None or key < best:
                    best = key
        if best:
            return best[1]
    return ""


def summaries(G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Per node what tells it from a namesake: ``articles`` (count), ``main``, ``first`` [article, ISO date]."""
    articles = _articles_of(G)
    when = {str(n): str(d.get("date") or "") for n, d in G.nodes(data=True) if d.get("cls") == "Article"}
    deg = _degrees(G)
    out: dict[str, dict[str, Any]] = {}
    for n in sorted(str(n) for n in G):
        arts = sorted(a for a in articles[n] if a in when)
        row: dict[str, Any] = {"articles": len(articles[n]), "degree": deg[n]}
        main = _main(G, n)
        if main:
            row["main"] = main
        if arts:
            # dated articles first, the earliest date; an undated one only when none has a date
            row["first"] = min(arts, key=lambda a: (when[a] == "", when[a], a))
        out[n] = row
    return out


def namesakes(G: nx.MultiDiGraph) -> dict[str, list[int]]:
    """``{name: [nodes, articles]}`` for every name that several nodes share."""
    articles = _articles_of(G)
    by_name: dict[str, list[str]] = {}
    for n, d in G.nodes(data=True):
        if d.get("cls") != "Article":
            by_name.setdefault(_label(G, n), []).append(str(n))
    return {
        name: [len(ids), len(set().union(*(articles[i] for i in ids)))]
        for name, ids in sorted(by_name.items())
        if len(ids) > 1
    }
