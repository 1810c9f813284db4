"""The hub graph as GraphML, for Gephi, yEd, Cytoscape and ``nx.read_graphml``.

GraphML holds only scalar attributes, so lists, sets, dicts and ``Evidence`` are written
as JSON text (``aliases``, ``evidence``, ``awards`` …) and empty values are left out.
An attribute whose values differ in type from one node (or edge) to another is written
as text throughout, because GraphML declares one type per attribute.  Characters XML
cannot carry (most control characters) become U+FFFD.  Nodes, edges and attributes are
written in sorted order, so the same graph always gives the same bytes.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kg.export.jsonout import jsonable
from kg.fileio import write_text

SCALARS = (str, int, float, bool)
# Graph attributes networkx's writer reads as defaults; the hub graph never sets them.
_RESERVED_GRAPH_KEYS = {"node_default", "edge_default"}
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text)


def scalar(value: Any) -> str | int | float | bool | None:
    """A GraphML-writable form of ``value``: itself if scalar, else its JSON text."""
    if value is None:
        return None
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, SCALARS):
        return value
    return xml_safe(json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True))


def _as_text(value: str | int | float | bool) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _flatten(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Scalar attribute dicts, each attribute of one type across all rows."""
    flat = [
        {xml_safe(k): v for k, v in sorted((str(k), scalar(v)) for k, v in row.items()) if v is not None}
        for row in rows
    ]
    types: dict[str, set[type]] = defaultdict(set)
    for row in flat:
        for k, v in row.items():
            types[k].add(type(v))
    mixed = {k for k, ts in types.items() if len(ts) > 1}
    return [{k: (_as_text(v) if k in mixed else v) for k, v in row.items()} for row in flat]


def scalar_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` in sorted order with only scalar attributes."""
    H = nx.MultiDiGraph()
    graph_attrs = {k: v for k, v in G.graph.items() if k not in _RESERVED_GRAPH_KEYS}
    H.graph.update(_flatten([graph_attrs])[0])
    nodes = sorted(G.nodes(data=True), key=lambda x: str(x[0]))
    for (n, _), attrs in zip(nodes, _flatten(d for _, d in nodes), strict=True):
        H.add_node(xml_safe(str(n)), **attrs)
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for (u, v, k, _), attrs in zip(edges, _flatten(e[3] for e in edges), strict=True):
        H.add_edge(xml_safe(str(u)), xml_safe(str(v)), key=xml_safe(str(k)), **attrs)
    return H


def dumps(G: nx.MultiDiGraph) -> str:
    """The GraphML text for ``G``."""
    return "\n".join(nx.generate_graphml(scalar_graph(G), encoding="utf-8", prettyprint=True)) + "\n"


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as GraphML to ``path``, atomically."""
    write_text(path, dumps(G))
