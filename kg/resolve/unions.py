"""Which body a workplace union is the union of (``unionOf``), read from its name.

北京广播电视台工会 is the union of 北京广播电视台, X公司工会 of X公司, X中学工会 of X中学: a
union whose name is the name of an organisation the graph holds and a union ending
(``unions/union_host_suffixes.txt``: 工会, 工会委员会, 工会联合会; never 总工会, the union of an
area) is that organisation's union; so is a union named after a company without its legal
form (长江智造集团工会: 长江智造集团有限公司), when one company of the graph is so named.
Its evidence is where the union is named: the name is what says so.

A pass over the whole graph, not a rule of one article: the organisation may be named in
another article than its union.  A build and ``--update`` both end with it, so that an
organisation a later file names is linked to the union an earlier build read.

Not ``subOrganizationOf``: that is a union's place among unions (a branch's union under the
company's union; score.py and the gold read it so), which a workplace union has besides the
body it is formed in.
"""

from __future__ import annotations

import networkx as nx

from kg.extract.names import LEGAL_FORMS
from kg.extract.wordlists import UNION_HOST_SUFFIXES
from kg.graph.model import add_relation


def host_name(union: str) -> str | None:
    """The name of the body ``union`` is named after (its name without the union ending), or None."""
    if union.endswith("总工会"):
        return None
    for suffix in UNION_HOST_SUFFIXES:  # longest first: 工会委员会 before 工会
        if union.endswith(suffix) and len(union) - len(suffix) >= 2:
            return union[: -len(suffix)]
    return None


def host_node(G: nx.MultiDiGraph, host: str) -> str | None:
    """The organisation of ``G`` named ``host``, else the one named ``host`` with a legal
    form added or taken off (长江智造集团工会 is the union of 长江智造集团有限公司), when only
    one is; else None."""
    exact = f"org:{host}"
    if exact in G and G.nodes[exact].get("cls") == "Organization":
        return exact
    forms = {host + form for form in LEGAL_FORMS} | {host[: -len(form)] for form in LEGAL_FORMS if host.endswith(form)}
    found = [
        f"org:{n}" for n in sorted(forms) if len(n) >= 2 and G.nodes.get(f"org:{n}", {}).get("cls") == "Organization"
    ]
    return found[0] if len(found) == 1 else None


def link_union_hosts(G: nx.MultiDiGraph) -> None:
    """Add ``union unionOf org`` for each union named after an organisation of ``G``, with
    the evidence of every mention of the union (again after a merge: evidence only adds up)."""
    for node, data in sorted(G.nodes(data=True), key=lambda x: str(x[0])):
        if data.get("cls") != "TradeUnion":
            continue
        host = host_name(str(data.get("label") or ""))
        org = host_node(G, host) if host else None
        if org is None:
            continue
        evidence = sorted(
            ev for _, _, d in G.in_edges(node, data=True) if d.get("pred") == "mentions" for ev in d["evidence"]
        )
        for ev in evidence or [None]:
            add_relation(G, node, "unionOf", org, ev)
