"""The hub graph as networkx node-link JSON, for Python users and for diffing builds.

The file is what ``nx.node_link_data(G, edges="links")`` gives, made plain and stable:
sets become sorted lists, ``Evidence`` becomes a dict, anything else JSON lacks becomes
its text, keys are sorted and nodes and links come in id order, so that the same graph
always gives the same bytes.  ``load_hub`` reads it back into the hub graph (sets and
``Evidence`` restored), as ``kg build --update`` needs.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.fileio import write_text
from kg.model.evidence import Evidence, as_evidence

LINKS = "links"
HUB_FILE = "graph.json"  # the hub graph of a build, in its output folder


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data: dicts, lists, strings, numbers, booleans and null."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is dict:
        return {str(k): jsonable(v) for k, v in value.items()}
    if kind is list:
        return [jsonable(v) for v in value]
    if isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: jsonable(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, set | frozenset):
        items = [jsonable(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return str(value)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


# what json.dumps(..., ensure_ascii=False) escapes in a string
_JSON_ESCAPED = re.compile(r'[\x00-\x1f\\"]')


def _sort_key(value: Any) -> str:
    """The value's JSON text (so that ids of any type sort the same way every time);
    quoted directly for the usual plain string."""
    if type(value) is str and _JSON_ESCAPED.search(value) is None:
        return f'"{value}"'
    return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True)


def node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data of ``G`` with plain values, nodes and links in a stable order."""
    data = nx.node_link_data(G, edges=LINKS)
    out = jsonable(data)
    out["nodes"].sort(key=lambda n: _sort_key(n.get("id")))
    # (source, target, key) is unique in a multigraph: no need to compare whole links
    out[LINKS].sort(key=lambda e: (_sort_key(e.get("source")), _sort_key(e.get("target")), _sort_key(e.get("key"))))
    return out


def dumps(G: nx.MultiDiGraph) -> str:
    """The JSON text for ``G``: one node or link per line.

    Each line is encoded by the json module's C encoder, which an ``indent`` turns off;
    a line per item still diffs well between builds.
    """
    data = node_link(G)
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False).encode
    parts = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value:
            body = ",\n".join(" " + encode(item) for item in value)
            parts.append(f"{encode(key)}: [\n{body}\n]")
        else:
            parts.append(f"{encode(key)}: {encode(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as node-link JSON to ``path``, atomically."""
    write_text(path, dumps(G))


# --------------------------------------------------------------------------- reading it back


def _evidence_list(items: Any) -> list[Evidence]:
    if not isinstance(items, list | tuple | set):
        return []
    return sorted({ev for ev in map(as_evidence, items) if ev is not None})


def _restore_node(data: dict[str, Any]) -> None:
    """Undo what JSON did to a node's attributes: sets and Evidence objects come back."""
    data["aliases"] = set(data.get("aliases") or ())
    for attr in ("literal_evidence", "awards"):
        if isinstance(data.get(attr), Mapping):
            data[attr] = {str(k): _evidence_list(v) for k, v in data[attr].items()}


def hub_from_json(data: Mapping[str, Any]) -> nx.MultiDiGraph:
    """The hub graph from its node-link data (as ``kg.graph.nodelink`` writes it)."""
    G = nx.node_link_graph(dict(data), directed=True, multigraph=True, edges="links")
    if not isinstance(G, nx.MultiDiGraph):
        G = nx.MultiDiGraph(G)
    for _, d in G.nodes(data=True):
        _restore_node(d)
    for _, _, d in G.edges(data=True):
        d["evidence"] = _evidence_list(d.get("evidence"))
        if "origin" not in d:
            d["origin"] = _edge_source(d)
    return G


def _edge_source(data: Mapping[str, Any]) -> str:
    """Where an edge's fact came from, for a ``graph.json`` that lost the edge's ``source``.

    Node-link JSON keeps an edge's end points under ``source`` and ``target``, so the
    edge attribute of the same name does not survive the file.  Facts with evidence were
    read from text; the only facts without are the gazetteer's area chain.
    """
    return "text" if data.get("evidence") or data.get("pred") != "partOf" else "gazetteer"


def load_hub(path: str | Path) -> nx.MultiDiGraph:
    """Read a ``graph.json`` written by ``kg build``, or raise KgError saying what is wrong."""
    p = Path(path)
    try:
        with p.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise KgError(f"{p}: cannot read the previous graph ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise KgError(f"{p}: the previous graph is not valid JSON ({exc})") from None
    if not isinstance(data, Mapping) or "nodes" not in data or "links" not in data:
        raise KgError(f"{p}: not a graph.json written by kg build (no nodes and links)")
    try:
        G = hub_from_json(data)
    except (KeyError, TypeError, ValueError, nx.NetworkXError) as exc:
        raise KgError(f"{p}: not a graph.json written by kg build ({exc})") from None
    bad = [n for n, d in G.nodes(data=True) if "cls" not in d]
    if bad:
        raise KgError(f"{p}: node {bad[0]!r} has no class; not a graph.json written by kg build")
    return G
