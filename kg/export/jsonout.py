"""The hub graph as networkx node-link JSON, for Python users and for diffing builds.

The file is what ``nx.node_link_data(G, edges="links")`` gives, made plain and stable:
sets become sorted lists, ``Evidence`` becomes a dict, anything else JSON lacks becomes
its text, keys are sorted and nodes and links come in id order, so that the same graph
always gives the same bytes.  Read it back with
``nx.node_link_graph(json.load(fh), edges="links")``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import re
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.fileio import write_text

LINKS = "links"


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
