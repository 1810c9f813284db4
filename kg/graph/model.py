"""The shape of the hub graph every stage writes to and every exporter reads.

Nodes are entities, events and articles, keyed by stable string ids::

    G.nodes[nid] = {
        "cls": "TradeUnion" | "Organization" | "AdministrativeArea" | "Place"
               | "Person" | "Event" | "Article",
        "label": canonical name (an Article's headline, or its key when it has none),
        "aliases": set of other names the texts use,
        "mentions": how many times the articles name it,
        # AdministrativeArea: "code" (GB/T 2260), "level"
        # Event: "date" (ISO text), "date_type" (xsd local name), "participant_count"
        # Person: "awards" {honour: [Evidence]}
        # Article: "source", "index", "date", "url", "outlet", "byline", "chars"
        "literal_evidence": {property: [Evidence]} for date / participantCount
    }

Edges carry one contract property each, keyed so that repeated facts merge::

    G.edges[u, v, key] = {"pred": "locatedIn" | ... | "post", "role": title (posts only),
                          "role_written": [the title as converted pages printed it] (posts, when any),
                          "evidence": [Evidence], "origin": "text" | "gazetteer"}

A post (who holds which office where) is an edge ``person -post-> organisation`` with
its ``role``; the Turtle writer turns each into an ``org:Membership``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.model.classes import CLASSES
from kg.model.evidence import Evidence

# Contract properties between nodes, plus "post" for memberships.
RELATIONS = (
    "locatedIn",
    "partOf",
    "subOrganizationOf",
    "unionOf",  # a workplace union -> the body it is the union of (kgo:unionOf, our addition)
    "organizer",
    "participant",
    "location",
    "reporter",
    "photographer",
    "mentions",
    "reportsOn",
    "post",
)


def new_graph(**meta: object) -> nx.MultiDiGraph:
    """An empty hub graph with ``meta`` (sources of the gazetteer …) in ``G.graph``."""
    G = nx.MultiDiGraph()
    G.graph.update(meta)
    return G


EVIDENCE_MAPS = ("literal_evidence", "awards")  # node attributes {key: [Evidence]}


def merge_node(G: nx.MultiDiGraph, nid: str, attrs: Mapping[str, Any]) -> None:
    """Add node ``nid`` with ``attrs``, or merge them into it: the one merge of a build
    (``add_node``) and of ``kg build --update`` (kg.resolve.hubs).

    Aliases unite, mentions add up, evidence lists of ``EVIDENCE_MAPS`` unite; any other
    attribute is filled in where the node lacks it (or has None) and kept where it has
    one, so the label and the class of the first reading stay.
    """
    if nid not in G:
        G.add_node(nid, **{k: (set(v) if k == "aliases" else v) for k, v in attrs.items()})
        return
    have = G.nodes[nid]
    have["mentions"] = int(have.get("mentions") or 0) + int(attrs.get("mentions") or 0)
    have["aliases"] = set(have.get("aliases") or ()) | set(attrs.get("aliases") or ())
    for attr in EVIDENCE_MAPS:
        theirs = attrs.get(attr) or {}
        if theirs:
            mine = have.setdefault(attr, {})
            for k, items in theirs.items():
                mine[k] = sorted(set(mine.get(k, [])) | set(items))
    for k, v in attrs.items():
        if k not in have or (have[k] is None and v is not None):
            have[k] = v


def add_node(G: nx.MultiDiGraph, nid: str, cls: str, label: str, **attrs: object) -> str:
    """Add a node of a contract class, or merge into it (``merge_node``); returns ``nid``."""
    if cls not in CLASSES:
        raise ValueError(f"unknown class {cls!r}")
    aliases = attrs.pop("aliases", ())
    mentions = int(attrs.pop("mentions", 0))  # type: ignore[call-overload]
    merge_node(G, nid, {"cls": cls, "label": label, "aliases": aliases, "mentions": mentions, **attrs})
    return nid


def add_alias(G: nx.MultiDiGraph, nid: str, alias: str) -> None:
    """Record another name of node ``nid``; its own label is no alias."""
    if alias and alias != G.nodes[nid]["label"]:
        G.nodes[nid]["aliases"].add(alias)


def add_relation(
    G: nx.MultiDiGraph,
    u: str,
    pred: str,
    v: str,
    evidence: Evidence | None = None,
    *,
    role: str | None = None,
    role_written: str | None = None,
    origin: str = "text",
) -> None:
    """Add ``u pred v``; the same fact read again only gains evidence."""
    if pred not in RELATIONS:
        raise ValueError(f"unknown relation {pred!r}")
    if (pred == "post") != (role is not None):
        raise ValueError("a post needs a role, and only a post has one")
    key = f"post:{role}" if role else pred
    if G.has_edge(u, v, key):
        data = G.edges[u, v, key]
    else:
        G.add_edge(u, v, key=key, pred=pred, evidence=[], origin=origin, **({"role": role} if role else {}))
        data = G.edges[u, v, key]
    if role_written and role_written not in data.setdefault("role_written", []):
        data["role_written"].append(role_written)
        data["role_written"].sort()
    if evidence is not None and evidence not in data["evidence"]:
        data["evidence"].append(evidence)
        data["evidence"].sort()
        if data["origin"] != "text":
            data["origin"] = "text"


def add_literal_evidence(G: nx.MultiDiGraph, nid: str, prop: str, evidence: Evidence) -> None:
    """Where a literal fact of ``nid`` (its date, its participant count) was read."""
    found = G.nodes[nid].setdefault("literal_evidence", {}).setdefault(prop, [])
    if evidence not in found:
        found.append(evidence)
        found.sort()


def add_award(G: nx.MultiDiGraph, person: str, honour: str, evidence: Evidence | None) -> None:
    """An honour ``person`` received, with where it was read."""
    found = G.nodes[person].setdefault("awards", {}).setdefault(honour, [])
    if evidence is not None and evidence not in found:
        found.append(evidence)
        found.sort()


def nodes_of(G: nx.MultiDiGraph, cls: str) -> list[str]:
    """The ids of the nodes of class ``cls``, sorted."""
    return sorted(n for n, d in G.nodes(data=True) if d["cls"] == cls)


def relations(G: nx.MultiDiGraph, pred: str | None = None):
    """Edges as (u, v, data), sorted for deterministic output."""
    out = [(u, v, d) for u, v, d in G.edges(data=True) if pred is None or d["pred"] == pred]
    out.sort(key=lambda e: (e[2]["pred"], e[0], e[1], e[2].get("role") or ""))
    return out


def summary(G: nx.MultiDiGraph) -> dict[str, int]:
    """How many nodes of each class and how many relations: the counts ``kg build`` prints."""
    counts = {c: 0 for c in CLASSES}
    for _, d in G.nodes(data=True):
        counts[d["cls"]] += 1
    counts["relations"] = sum(1 for _ in G.edges())
    return counts
