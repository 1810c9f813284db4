"""The hub graph as one interactive HTML page (vis-network, the library pyvis drives).

The page must open from ``file://`` on a machine without network, so everything is
inside it: the vis-network script and style sheet that ship in the installed pyvis
package are read at run time and inlined (pyvis's own template still links Bootstrap
from a CDN even with ``cdn_resources="in_line"``, so it is not used).

Everything read from text reaches the page only as JSON inside a script, with ``<``,
``>`` and ``&`` escaped, and vis-network shows string tooltips with ``innerText``; so a
name such as ``<script>…`` shows as text and never runs.  Colours, shapes, Chinese edge
labels and the physics settings live in ``kg/data/view.json``, not in code.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import math
import os
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import OutputError
from kg.fileio import write_text
from kg.graph.model import CLASSES

VIS_VERSION = "vis-9.1.2"  # the vis-network build pyvis 0.3.2 bundles


@functools.cache
def view_config() -> dict[str, Any]:
    """The view settings of ``kg/data/view.json``."""
    return json.loads((resources.files("kg") / "data" / "view.json").read_text(encoding="utf-8"))


@functools.cache
def vis_assets() -> tuple[str, str]:
    """The vis-network script and style sheet bundled in the installed pyvis package.

    Found without importing pyvis (which imports IPython).
    """
    spec = importlib.util.find_spec("pyvis")
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        for lib in (Path(root) / "templates" / "lib", Path(root) / "lib"):
            folder = lib / VIS_VERSION
            if not folder.is_dir():
                found = sorted(lib.glob("vis-*"), key=lambda p: [int(x) for x in re.findall(r"\d+", p.name)])
                if not found:
                    continue
                folder = found[-1]
            js, css = folder / "vis-network.min.js", folder / "vis-network.css"
            if js.is_file() and css.is_file():
                return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise OutputError("cannot write the HTML view: vis-network not found in the installed pyvis package")


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` can close or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _inline(code: str, tag: str) -> str:
    if re.search(rf"</{tag}", code, re.IGNORECASE):
        raise OutputError(f"cannot inline vis-network: its code contains </{tag}")
    return code


def _cut(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: max(1, limit - 1)] + "…"


def _names(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        return [values]
    return sorted({str(v) for v in values if v})


def _style(cls: Any) -> Mapping[str, str]:
    view = view_config()
    return view["classes"].get(cls) or view["default_class"]


def node_tooltip(nid: str, data: Mapping[str, Any]) -> str:
    """Plain text shown when hovering a node (vis-network sets it as ``innerText``)."""
    view = view_config()
    f = view["fields"]
    lines = [str(data.get("label") or nid), f"{f['class']}：{_style(data.get('cls'))['name']}"]
    aliases = [a for a in _names(data.get("aliases")) if a != data.get("label")]
    if aliases:
        lines.append(f"{f['aliases']}：{'、'.join(aliases)}")
    if data.get("mentions"):
        lines.append(f"{f['mentions']}：{data['mentions']}")
    for attr in ("code", "level", "date", "participant_count"):
        if data.get(attr) not in (None, ""):
            lines.append(f"{f[attr]}：{data[attr]}")
    awards = _names(data.get("awards"))
    if awards:
        lines.append(f"{f['awards']}：{'、'.join(awards)}")
    if data.get("cls") == "Article" and data.get("source"):
        lines.append(f"{f['source']}：{data['source']}#{data.get('index', '')}")
    return "\n".join(lines)


def _sentence(ev: Any) -> str:
    if isinstance(ev, Mapping):
        return str(ev.get("sentence") or "")
    return str(getattr(ev, "sentence", "") or "")


def edge_label(data: Mapping[str, Any]) -> str:
    pred = str(data.get("pred"))
    label = view_config()["edges"].get(pred, pred)
    if pred == "post" and data.get("role"):
        label = f"{label}·{data['role']}"
    return label


def edge_tooltip(G: nx.MultiDiGraph, data: Mapping[str, Any]) -> str:
    view = view_config()
    lines = [edge_label(data)]
    evidence = list(data.get("evidence") or [])
    if evidence:
        sentence = _cut(_sentence(evidence[0]), view["tooltip_sentence_max"])
        lines.append(f"{view['fields']['evidence']}：{sentence}")
        if len(evidence) > 1:
            lines.append(f"（共 {len(evidence)} 处）")
    elif data.get("source") and data.get("source") != "text":
        source = str(data["source"])
        lines.append(f"{view['fields']['source']}：{G.graph.get(f'{source}_source') or source}")
    return "\n".join(lines)


def node_size(mentions: Any) -> float:
    """Radius grows with the square root of mentions, so that hubs stand out but fit."""
    size = view_config()["size"]
    try:
        m = max(0.0, float(mentions or 0))
    except (TypeError, ValueError):
        m = 0.0
    return round(min(size["max"], size["min"] + size["per_sqrt_mention"] * math.sqrt(m)), 2)


def view_data(G: nx.MultiDiGraph, include_mentions: bool = False) -> tuple[list[dict], list[dict]]:
    """vis-network node and edge records for ``G``, in a stable order."""
    view = view_config()
    nodes = []
    for nid, data in sorted(G.nodes(data=True), key=lambda x: str(x[0])):
        style = _style(data.get("cls"))
        nodes.append({
            "id": str(nid),
            "label": _cut(data.get("label") or nid, view["label_max"]),
            "title": node_tooltip(str(nid), data),
            "group": str(data.get("cls") or ""),
            "shape": style["shape"],
            "color": style["color"],
            "size": node_size(data.get("mentions")),
        })
    edges = []
    rows = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, _key, data in rows:
        if data.get("pred") == "mentions" and not include_mentions:
            continue
        edges.append({
            "id": f"e{len(edges)}",
            "from": str(u),
            "to": str(v),
            "label": edge_label(data),
            "title": edge_tooltip(G, data),
        })
    return nodes, edges


def _legend() -> str:
    view = view_config()
    items = []
    for cls in CLASSES:
        style = view["classes"][cls]
        items.append(
            f'<span class="item"><span class="sym" style="color:{html.escape(style["color"])}">'
            f'{html.escape(style["symbol"])}</span>{html.escape(style["name"])}</span>'
        )
    return "".join(items)


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>
html, body { margin: 0; height: 100%; font-family: @@FONT@@; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px;
         padding: 6px 12px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0; }
#counts { color: #555; font-size: 13px; }
#legend .item { margin-right: 12px; font-size: 13px; white-space: nowrap; }
#legend .sym { margin-right: 3px; }
#graph { flex: 1; min-height: 480px; }
div.vis-tooltip { font-family: @@FONT@@; white-space: pre-wrap; max-width: 420px; }
</style>
<script>@@VIS_JS@@</script>
</head>
<body>
<header>
<h1>@@TITLE@@</h1>
<span id="counts">@@COUNTS@@</span>
<div id="legend">@@LEGEND@@</div>
</header>
<div id="graph"></div>
<script>
(function () {
  var data = {nodes: new vis.DataSet(@@NODES@@), edges: new vis.DataSet(@@EDGES@@)};
  var network = new vis.Network(document.getElementById("graph"), data, @@OPTIONS@@);
  // Lay the graph out once, then hold still so that dragging one node moves only it.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: {enabled: false}});
  });
})();
</script>
</body>
</html>
"""


def render_html(G: nx.MultiDiGraph, include_mentions: bool = False, title: str | None = None) -> str:
    """The HTML page for ``G``; ``include_mentions`` also draws article-mentions edges."""
    view = view_config()
    nodes, edges = view_data(G, include_mentions)
    font = view["font"].replace("<", "").replace(";", "")
    options = json.loads(json.dumps(view["options"]))
    options.setdefault("nodes", {}).setdefault("font", {})["face"] = font
    options.setdefault("edges", {}).setdefault("font", {})["face"] = font
    vis_js, vis_css = vis_assets()
    page_title = html.escape(title or view["title"])
    counts = f"{len(nodes)} {view['fields']['nodes']} · {len(edges)} {view['fields']['edges']}"
    values = {
        "TITLE": page_title,
        "VIS_CSS": _inline(vis_css, "style"),
        "VIS_JS": _inline(vis_js, "script"),
        "FONT": font,
        "COUNTS": html.escape(counts),
        "LEGEND": _legend(),
        "NODES": script_json(nodes),
        "EDGES": script_json(edges),
        "OPTIONS": script_json(options),
    }
    # One pass, so that nothing inserted is read again as a placeholder.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], _PAGE)


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str], *, include_mentions: bool = False,
               title: str | None = None) -> None:
    """Write the interactive view of ``G`` to ``path``, atomically; it works offline."""
    write_text(path, render_html(G, include_mentions, title))
