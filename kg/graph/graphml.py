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
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from kg.fileio import atomic_open
from kg.graph.nodelink import jsonable

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
    """A copy of ``G`` in sorted order with only scalar attributes (what the file holds)."""
    H = nx.MultiDiGraph()
    graph_attrs, nodes, edges = _scalar_rows(G)
    H.graph.update(graph_attrs)
    for n, attrs in nodes:
        H.add_node(n, **attrs)
    for u, v, k, attrs in edges:
        H.add_edge(u, v, key=k, **attrs)
    return H


def _scalar_rows(G: nx.MultiDiGraph):
    graph_attrs = {k: v for k, v in G.graph.items() if k not in _RESERVED_GRAPH_KEYS}
    nodes = sorted(G.nodes(data=True), key=lambda x: str(x[0]))
    node_rows = [(xml_safe(str(n)), attrs) for (n, _), attrs in zip(nodes, _flatten(d for _, d in nodes), strict=True)]
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    edge_rows = [
        (xml_safe(str(u)), xml_safe(str(v)), xml_safe(str(k)), attrs)
        for (u, v, k, _), attrs in zip(edges, _flatten(e[3] for e in edges), strict=True)
    ]
    return _flatten([graph_attrs])[0], node_rows, edge_rows


_TYPE_NAMES = {str: "string", int: "long", float: "double", bool: "boolean"}
# What XML needs escaped in element text and in double-quoted attribute values (line
# breaks and tabs in attributes, or a parser normalises them to spaces).  One regex scan
# per value: most values need nothing.
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TEXT_RE = re.compile("[&<>\r]")
_ATTR_RE = re.compile('[&<>\r"\n\t]')


def _escape_text(m: re.Match[str]) -> str:
    return _TEXT_ESCAPES[m.group()]


def _escape_attr(m: re.Match[str]) -> str:
    return _ATTR_ESCAPES[m.group()]


_HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def _value(v: str | int | float | bool) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _TEXT_RE.sub(_escape_text, v)
    return repr(v)


def _attr(v: str) -> str:
    return _ATTR_RE.sub(_escape_attr, v)


def chunks(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GraphML text for ``G``, piece by piece.

    Written directly rather than through networkx's ElementTree writer, which builds the
    whole document in memory first and took most of the export time on large graphs;
    ``nx.read_graphml`` reads the result back to the same graph.
    """
    graph_attrs, nodes, edges = _scalar_rows(G)
    keys: dict[tuple[str, str], str] = {}
    types: dict[tuple[str, str], str] = {}
    for where, rows in (("graph", [graph_attrs]), ("node", [a for _, a in nodes]), ("edge", [e[3] for e in edges])):
        names: dict[str, type] = {}
        for row in rows:
            for k, v in row.items():
                names.setdefault(k, type(v))
        for k in sorted(names):
            keys[where, k] = f"d{len(keys)}"
            types[where, k] = _TYPE_NAMES[names[k]]
    yield _HEADER
    for (where, name), kid in keys.items():
        yield f'  <key id="{kid}" for="{where}" attr.name="{_attr(name)}" attr.type="{types[where, name]}" />\n'
    yield '  <graph edgedefault="directed">\n'
    for k, v in graph_attrs.items():
        yield f'    <data key="{keys["graph", k]}">{_value(v)}</data>\n'
    for n, attrs in nodes:
        data = "".join(f'      <data key="{keys["node", k]}">{_value(v)}</data>\n' for k, v in attrs.items())
        yield f'    <node id="{_attr(n)}">\n{data}    </node>\n' if data else f'    <node id="{_attr(n)}" />\n'
    for u, v, k, attrs in edges:
        head = f'    <edge source="{_attr(u)}" target="{_attr(v)}" id="{_attr(k)}"'
        data = "".join(f'      <data key="{keys["edge", a]}">{_value(x)}</data>\n' for a, x in attrs.items())
        yield f"{head}>\n{data}    </edge>\n" if data else f"{head} />\n"
    yield "  </graph>\n</graphml>\n"


def dumps(G: nx.MultiDiGraph) -> str:
    """The GraphML text for ``G``."""
    return "".join(chunks(G))


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as GraphML to ``path``, atomically."""
    with atomic_open(path, "w") as fh:
        fh.writelines(chunks(G))
