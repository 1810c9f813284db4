"""A generated archive-sized graph with invented names, for the view's large-graph tests and benchmark.

Shaped like a year of city union news: unions in areas, people holding posts, events
organised by unions, articles reporting them, and many entities that articles only
mention (the ones the overview keeps back).  One invented name, ``NAMESAKE``, is
shared by ``NAMESAKES`` people, the way a common name is in a real archive.
"""

from __future__ import annotations

import random

import networkx as nx

from kg.graph.model import add_node, add_relation, new_graph
from kg.model.evidence import Evidence

NAMESAKE = "石明远"
NAMESAKES = 48
HUB = "tradeunion:0"
HUB_NAME = "江南市总工会"

_SHARE = {
    "Article": 0.15,
    "Person": 0.32,
    "TradeUnion": 0.16,
    "Organization": 0.12,
    "AdministrativeArea": 0.07,
    "Place": 0.06,
    "Event": 0.12,
}
_SUFFIX = {
    "TradeUnion": "工会",
    "Organization": "公司",
    "AdministrativeArea": "区",
    "Place": "广场",
    "Event": "职工大会",
    "Article": "开展活动",
    "Person": "",
}
_CHARS = "江河湖海山川林木云雨风雷金石玉竹松柏梅兰春夏秋冬东西南北中和平安康宁泰兴盛明"
_PLAN = [
    ("post", "Person", "TradeUnion", 6),
    ("locatedIn", "TradeUnion", "AdministrativeArea", 3),
    ("subOrganizationOf", "TradeUnion", "TradeUnion", 2),
    ("organizer", "Event", "TradeUnion", 3),
    ("participant", "Event", "Person", 3),
    ("location", "Event", "Place", 2),
    ("reporter", "Article", "Person", 1),
    ("reportsOn", "Article", "Event", 3),
    ("partOf", "AdministrativeArea", "AdministrativeArea", 1),
    ("locatedIn", "Organization", "AdministrativeArea", 2),
    ("locatedIn", "Place", "AdministrativeArea", 1),
]


def large_graph(n_nodes: int = 5000, n_edges: int = 12000, seed: int = 7) -> nx.MultiDiGraph:
    """``n_nodes`` nodes, about ``n_edges`` relations, plus "mentions" of a third of the entities."""
    rng = random.Random(seed)
    G = new_graph()
    ids: dict[str, list[str]] = {c: [] for c in _SHARE}
    for cls, frac in _SHARE.items():
        for i in range(int(n_nodes * frac)):
            nid = f"{cls.lower()}:{i}"
            if nid == HUB:
                name = HUB_NAME
            elif cls == "Person" and i < NAMESAKES:
                name = NAMESAKE
            else:
                name = "".join(rng.choice(_CHARS) for _ in range(rng.randint(2, 4))) + _SUFFIX[cls] + str(i)
            extra: dict[str, object] = {}
            if cls == "Article":
                date = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
                extra = {"source": f"news/{i // 10:03d}.txt", "index": i % 10, "date": date}
            add_node(G, nid, cls, name, mentions=rng.randint(0, 30), **extra)
            ids[cls].append(nid)
    i = 0
    while G.number_of_nodes() < n_nodes:
        nid = f"person:extra{i}"
        add_node(G, nid, "Person", f"林{i}")
        ids["Person"].append(nid)
        i += 1
    weights = [w for *_, w in _PLAN]
    made = 0
    while made < n_edges:
        pred, a, b, _w = rng.choices(_PLAN, weights)[0]
        # a few busy nodes, as in real news: the first tenth of each class is picked most
        u = rng.choice(ids[a][: max(1, len(ids[a]) // 10)] if rng.random() < 0.4 else ids[a])
        v = rng.choice(ids[b][: max(1, len(ids[b]) // 10)] if rng.random() < 0.4 else ids[b])
        if u == v:
            continue
        sentence = f"{G.nodes[u]['label']}与{G.nodes[v]['label']}共同开展工作。"
        before = len(G[u].get(v, {}))
        add_relation(
            G,
            u,
            pred,
            v,
            Evidence(rng.choice(ids["Article"]), 0, len(sentence), sentence, 0.8),
            role=rng.choice(["主席", "副主席", "委员"]) if pred == "post" else None,
        )
        made += len(G[u][v]) - before
    # articles mention entities; entities with no other edge stay back in the overview
    namesakes = set(ids["Person"][:NAMESAKES])
    for k, nid in enumerate(ids["Person"] + ids["Organization"] + ids["Place"]):
        if k % 3 == 0 or nid in namesakes:
            art = rng.choice(ids["Article"])
            add_relation(G, art, "mentions", nid, Evidence(art, 0, 4, G.nodes[nid]["label"] + "出席。", 0.6))
    return G
