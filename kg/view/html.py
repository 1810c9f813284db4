"""The hub graph as one interactive HTML page that works offline, Chinese first.

Why it is built this way:

* **Offline, one file.**  The page must open from ``file://`` on a machine without
  network and must not make a single request to another host.  pyvis 0.3.2's own
  template links Bootstrap and tom-select from CDNs even with ``cdn_resources="in_line"``,
  so the page is assembled with pyvis's :class:`~pyvis.network.Network` (nodes, edges,
  options) but rendered with our own template (``kg/data/view/page.html``), and the
  vis-network script and style sheet that ship inside the installed pyvis package are
  read at run time and inlined.  Our own script and style (``view.js``, ``view.css``)
  are inlined too, and the tables' (``tables.js``, ``tables.css``).  A Content-Security-Policy
  admits only those scripts (by hash) and no connection of any kind, so even a mistake
  cannot load anything.
* **Text from the news is data, never markup.**  Everything read from articles reaches
  the page as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and
  ``&`` escaped, and ``view.js`` puts it on screen only through ``textContent``.
  vis-network 9 shows a ``title`` string as plain text, so rich tooltips and the side
  panel are drawn by ``view.js`` from that data instead of through ``title``.
* **The evidence one click away.**  Each edge carries its evidence sentences, each
  article its headline, so the panel can show for any node the sentences that support
  each of its relations, with the headline, date and confidence.
* **Configuration, not code.**  Colours, shapes, Chinese labels, UI strings and the
  physics settings (with lighter settings for large graphs) live in
  ``kg/data/view.json``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import os
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import OutputError
from kg.fileio import write_text
from kg.model.classes import CLASSES
from kg.view.config import is_large, view_assets, view_config, view_options, vis_assets
from kg.view.info import class_style, cut, edge_label, evidence_rows, node_info, node_size, zh_date
from kg.view.layout import spread_layout
from kg.view.overview import frame_ids, mention_only, namesakes, start_hidden, summaries
from kg.view.tables import table_data, tables_assets

if TYPE_CHECKING:
    from pyvis.network import Network


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` can close or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _inline(code: str, tag: str) -> str:
    """``code`` as it goes between ``<tag>`` and ``</tag>``; refuse what would end the element early."""
    if re.search(rf"</{tag}", code, re.IGNORECASE) or (tag == "script" and "<!--" in code):
        raise OutputError(f"cannot inline code into <{tag}>: it contains </{tag} or <!--")
    return code


class _IdList(list):
    """A list with a set beside it for ``in``; pyvis only appends to its list of node ids."""

    def __init__(self, items: Iterable[Any] = ()) -> None:
        super().__init__(items)
        self._members = set(self)

    def append(self, item: Any) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


@functools.cache
def _network_class() -> type[Network]:
    """pyvis's ``Network``, imported only when a page is written (the import pulls in IPython).

    pyvis checks that both ends of a new edge exist, and that a new node is new, by
    searching a *list* of node ids, which makes 15,000 edges on 5,000 nodes take
    seconds; a list that also keeps its items in a set gives the same answers at once.
    """
    from pyvis.network import Network

    class FastNetwork(Network):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.node_ids = _IdList(self.node_ids)

        def get_nodes(self):  # type: ignore[override]
            return self.node_map

    return FastNetwork


def _parallel_bends(rows: list[tuple[Any, Any, Any, Mapping[str, Any]]]) -> dict[int, dict[str, Any]]:
    """Curves for edges that join the same two nodes, so that each one and its label stay visible.

    vis-network draws parallel edges on top of each other; the k-th edge of a pair bends
    to alternating sides, further each time.  Sides are taken relative to one fixed
    direction of the pair, so that A->B and B->A do not land on the same curve.
    """
    pairs: dict[tuple[str, str], list[int]] = {}
    for i, (u, v, _key, _data) in enumerate(rows):
        pairs.setdefault(tuple(sorted((str(u), str(v)))), []).append(i)
    bends: dict[int, dict[str, Any]] = {}
    for (low, high), found in pairs.items():
        if len(found) < 2 or low == high:
            continue
        for k, i in enumerate(found):
            clockwise = (k % 2 == 0) == (str(rows[i][0]) == low)
            bends[i] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.18 * (k // 2 + 1), 2),
            }
    return bends


def _positions(
    G: nx.MultiDiGraph,
    ordered: list[tuple[Any, Mapping[str, Any]]],
    rows: list[tuple[Any, Any, Any, Mapping[str, Any]]],
    include_mentions: bool,
) -> dict[str, dict[str, float]]:
    """``{"x": …, "y": …}`` in pixels per node, from :func:`spread_layout` over the drawn edges.

    A node named only by articles is laid out beside them (its "mentions" edges count),
    so that it appears next to its article when that is selected, not in a grid apart.
    """
    import numpy as np

    settings = view_config()["layout"]
    index = {str(nid): i for i, (nid, _) in enumerate(ordered)}
    loose = mention_only(G)
    pairs = [
        (index[str(u)], index[str(v)])
        for u, v, _k, d in rows
        if str(u) != str(v) and (include_mentions or d.get("pred") != "mentions" or str(v) in loose or str(u) in loose)
    ]
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    pos = spread_layout(len(ordered), src, dst, iterations=settings["iterations"], seed=settings["seed"])
    scale = settings["edge_length"]
    return {
        str(nid): {"x": round(float(pos[i, 0]) * scale, 1), "y": round(float(pos[i, 1]) * scale, 1)}
        for i, (nid, _) in enumerate(ordered)
    }


def build_network(G: nx.MultiDiGraph, include_mentions: bool = False) -> Network:
    """The pyvis network for ``G``: styled nodes, Chinese edge labels, view options.

    Every node and every edge is in it, in a stable order; "mentions" edges (article ->
    everything it names) are hidden and left out of the layout unless
    ``include_mentions``, and the page has a switch to show them.
    """
    view = view_config()
    net = _network_class()(directed=True, cdn_resources="in_line", heading=view["title"])
    ordered = sorted(G.nodes(data=True), key=lambda x: str(x[0]))
    rows = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    places = _positions(G, ordered, rows, include_mentions)
    hidden = start_hidden(G, include_mentions)
    for nid, data in ordered:
        style = class_style(data.get("cls"))
        extra = {"hidden": True} if str(nid) in hidden else {}
        net.add_node(
            str(nid),
            label=cut(data.get("label") or nid, view["label_max"]) or str(nid),
            shape=style["shape"],
            color=style["color"],
            size=node_size(data.get("mentions")),
            **places.get(str(nid), {}),
            **extra,
        )
    bends = _parallel_bends(rows)
    for i, (u, v, _key, data) in enumerate(rows):
        extra: dict[str, Any] = {}
        if i in bends:
            extra["smooth"] = bends[i]
        if data.get("role"):
            extra["role"] = str(data["role"])
        if data.get("pred") == "mentions" and not include_mentions:
            extra.update(hidden=True, physics=False)
        net.add_edge(str(u), str(v), id=f"e{i}", label=edge_label(data), pred=str(data.get("pred")), **extra)
    # pyvis.Options.set() drops every space and newline of the text it is given; inside
    # JSON strings (the font names) a space written as \u0020 survives that.
    options = json.dumps(
        view_options(G.number_of_nodes(), G.number_of_edges()),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    net.set_options(options.replace(" ", "\\u0020"))
    return net


def page_data(G: nx.MultiDiGraph, include_mentions: bool = False) -> dict[str, Any]:
    """Everything ``view.js`` needs: pyvis's nodes, edges and options, plus the evidence."""
    view = view_config()
    net = build_network(G, include_mentions)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    rows = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    evidence: dict[str, list[list[Any]]] = {}
    sources: dict[str, str] = {}
    for i, (_u, _v, _key, data) in enumerate(rows):
        found = evidence_rows(data.get("evidence") or [])
        if found:
            evidence[f"e{i}"] = found
        source = str(data.get("origin") or "text")
        if source != "text":
            sources[f"e{i}"] = str(G.graph.get(f"{source}_source") or source)
    info = {str(n): node_info(str(n), d) for n, d in G.nodes(data=True)}
    for n, row in summaries(G).items():
        info[n].update(row)
    hidden = start_hidden(G, include_mentions)
    articles = {
        str(n): [
            info[str(n)]["name"] if not info[str(n)].get("untitled") else "",
            zh_date(d.get("date")),
            str(d.get("outlet") or ""),
        ]
        for n, d in G.nodes(data=True)
        if d.get("cls") == "Article"
    }
    classes = [{"cls": c, **view["classes"][c]} for c in CLASSES]
    if any(d.get("cls") not in CLASSES for _, d in G.nodes(data=True)):
        classes.append({"cls": "", **view["default_class"]})
    return {
        "title": view["title"],
        "classes": classes,
        "edgeLabels": view["edges"],
        "sections": view["sections"],
        "fields": view["fields"],
        "text": view["text"],
        "evidenceShown": view["evidence_shown"],
        "includeMentions": bool(include_mentions),
        "large": is_large(G.number_of_nodes(), G.number_of_edges()),
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "info": info,
        "evidence": evidence,
        "sources": sources,
        "articles": articles,
        "overview": view["overview"],
        "startHidden": hidden,
        "frame": frame_ids(G, hidden),
        "namesakes": namesakes(G),
    }


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def _tables_values(G: nx.MultiDiGraph) -> dict[str, str]:
    """The tables beside the graph (kg.view.tables): their rows as JSON, their script and style."""
    assets = tables_assets()
    return {
        "TABLES_DATA": script_json(table_data(G)),
        "TABLES_JS": _inline(assets["tables.js"], "script"),
        "TABLES_CSS": _inline(assets["tables.css"], "style"),
    }


def render_html(G: nx.MultiDiGraph, include_mentions: bool = False, title: str | None = None) -> str:
    """The HTML page for ``G``; ``include_mentions`` also draws article-mentions edges at first."""
    view = view_config()
    assets = view_assets()
    vis_js, vis_css = vis_assets()
    vis_js, view_js = _inline(vis_js, "script"), _inline(assets["view.js"], "script")
    data = page_data(G, include_mentions)
    if title:
        data["title"] = title
    tables = _tables_values(G)
    # Only our scripts may run; nothing may be fetched, sent or framed.
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(view_js)} {_csp_hash(tables['TABLES_JS'])}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    values = {
        "CSP": csp,
        "TITLE": html.escape(data["title"]),
        "FONT": view["font"].replace("<", "").replace(";", ""),
        "VIS_CSS": _inline(vis_css, "style"),
        "VIEW_CSS": _inline(assets["view.css"], "style"),
        "DATA": script_json(data),
        "VIS_JS": vis_js,
        "VIEW_JS": view_js,
        **tables,
    }
    # One pass, so that nothing inserted is read again as a placeholder.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], assets["page.html"])


def write_html(
    G: nx.MultiDiGraph, path: str | os.PathLike[str], *, include_mentions: bool = False, title: str | None = None
) -> None:
    """Write the interactive view of ``G`` to ``path``, atomically; it works offline."""
    write_text(path, render_html(G, include_mentions, title))
