"""The hub graph as one interactive HTML page that works offline, Chinese first.

Why it is built this way:

* **Offline, one file.**  The page must open from ``file://`` on a machine without
  network and must not make a single request to another host.  pyvis 0.3.2's own
  template links Bootstrap and tom-select from CDNs even with ``cdn_resources="in_line"``,
  so the page is assembled with pyvis's :class:`~pyvis.network.Network` (nodes, edges,
  options) but rendered with our own template (``kg/data/view/page.html``), and the
  vis-network script and style sheet that ship inside the installed pyvis package are
  read at run time and inlined.  Our own script and style (``view.js``, ``view.css``)
  are inlined too.  A Content-Security-Policy admits only those two scripts (by hash)
  and no connection of any kind, so even a mistake cannot load anything.
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
import copy
import functools
import hashlib
import html
import importlib.util
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import OutputError
from kg.fileio import write_text
from kg.graph.model import CLASSES

if TYPE_CHECKING:
    import numpy as np
    from pyvis.network import Network

VIS_VERSION = "vis-9.1.2"  # the vis-network build pyvis 0.3.2 bundles


@functools.cache
def view_config() -> dict[str, Any]:
    """The view settings of ``kg/data/view.json``."""
    return json.loads((resources.files("kg") / "data" / "view.json").read_text(encoding="utf-8"))


@functools.cache
def view_assets() -> dict[str, str]:
    """Our own template, script and style sheet in ``kg/data/view/``."""
    folder = resources.files("kg") / "data" / "view"
    return {name: (folder / name).read_text(encoding="utf-8") for name in ("page.html", "view.js", "view.css")}


@functools.cache
def vis_assets() -> tuple[str, str]:
    """The vis-network script and style sheet bundled in the installed pyvis package.

    Found without importing pyvis, so that reading them costs no IPython import.
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
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _inline(code: str, tag: str) -> str:
    """``code`` as it goes between ``<tag>`` and ``</tag>``; refuse what would end the element early."""
    if re.search(rf"</{tag}", code, re.IGNORECASE) or (tag == "script" and "<!--" in code):
        raise OutputError(f"cannot inline code into <{tag}>: it contains </{tag} or <!--")
    return code


def _cut(text: Any, limit: int) -> str:
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


def edge_label(data: Mapping[str, Any]) -> str:
    """The Chinese label drawn on an edge; a post also names its role (任职·副主席)."""
    pred = str(data.get("pred"))
    label = view_config()["edges"].get(pred, pred)
    if pred == "post" and data.get("role"):
        label = f"{label}·{data['role']}"
    return label


def node_size(mentions: Any) -> float:
    """Radius grows with the square root of mentions, so that hubs stand out but fit."""
    size = view_config()["size"]
    try:
        m = max(0.0, float(mentions or 0))
    except (TypeError, ValueError):
        m = 0.0
    return round(min(size["max"], size["min"] + size["per_sqrt_mention"] * math.sqrt(m)), 2)


def zh_date(value: Any) -> str:
    """An ISO date as Chinese readers write it: 2025年3月28日, 4月1日 (no year), 2025年3月."""
    text = str(value or "").strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        year, month, day = m.groups()
        return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")
    m = re.fullmatch(r"--(\d{1,2})-(\d{1,2})", text)
    if m:
        return f"{int(m.group(1))}月{int(m.group(2))}日"
    m = re.fullmatch(r"--(\d{1,2})", text)
    if m:
        return f"{int(m.group(1))}月"
    return text


def _evidence_rows(evidence: Iterable[Any]) -> list[list[Any]]:
    """``[article, sentence, confidence]`` per piece of evidence, best first, one per span."""
    best: dict[tuple[str, int, int], list[Any]] = {}
    for ev in evidence or ():
        get = ev.get if isinstance(ev, Mapping) else lambda k, ev=ev: getattr(ev, k, None)
        try:
            conf = round(float(get("confidence") if get("confidence") is not None else 0.0), 3)
        except (TypeError, ValueError):
            conf = 0.0
        article, sentence = str(get("article") or ""), str(get("sentence") or "")
        span = (article, int(get("start") or 0), int(get("end") or 0))
        if span not in best or best[span][2] < conf:
            best[span] = [article, sentence, conf]
    rows = sorted(best.items(), key=lambda kv: (-kv[1][2], kv[0]))
    return [row for _, row in rows]


def node_info(nid: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """What the tooltip and the side panel show about one node, as plain strings."""
    view = view_config()
    f = view["fields"]
    cls = data.get("cls")
    name = str(data.get("label") or nid)
    facts: list[list[str]] = []
    if data.get("code"):
        facts.append([f["code"], str(data["code"])])
    if data.get("level"):
        facts.append([f["level"], view["levels"].get(str(data["level"]), str(data["level"]))])
    if data.get("date"):
        facts.append([f["date"], zh_date(data["date"])])
    if data.get("participant_count") not in (None, ""):
        facts.append([f["participant_count"], str(data["participant_count"])])
    if cls == "Article":
        if data.get("outlet"):
            facts.append([f["outlet"], str(data["outlet"])])
        if data.get("byline"):
            facts.append([f["byline"], str(data["byline"])])
        if data.get("source"):
            index = data.get("index")
            facts.append([f["source"], f"{data['source']}" + (f" #{index}" if index is not None else "")])
        if data.get("chars"):
            facts.append([f["chars"], str(data["chars"])])
    info: dict[str, Any] = {
        "cls": str(cls or ""),
        "name": name,
        "aliases": [a for a in _names(data.get("aliases")) if a != name],
        "mentions": int(data.get("mentions") or 0),
        "facts": facts,
    }
    url = str(data.get("url") or "")
    if re.match(r"https?://", url, re.IGNORECASE):
        info["url"] = url  # only http(s): a "javascript:" address never becomes a link
    awards = data.get("awards") or {}
    if isinstance(awards, Mapping):
        rows = [[str(h), _evidence_rows(evs)] for h, evs in sorted(awards.items(), key=lambda kv: str(kv[0]))]
    else:
        rows = [[h, []] for h in _names(awards)]
    if rows:
        info["awards"] = rows
    literal = data.get("literal_evidence") or {}
    shown = [
        [view["literal_fields"].get(str(p), str(p)), _evidence_rows(evs)]
        for p, evs in sorted(literal.items(), key=lambda kv: str(kv[0]))
    ]
    if shown:
        info["literal"] = shown
    if cls == "Article" and name == f"{data.get('source')}#{data.get('index')}":
        info["untitled"] = True  # its "label" is its key
    return info


def _sum_rows(n: int, index: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Sum 2-d ``vectors`` into ``n`` rows by ``index`` (a fast ``np.add.at``)."""
    import numpy as np

    return np.stack(
        [
            np.bincount(index, weights=vectors[:, 0], minlength=n),
            np.bincount(index, weights=vectors[:, 1], minlength=n),
        ],
        axis=1,
    )


def spread_layout(
    n: int,
    src: np.ndarray,
    dst: np.ndarray,
    *,
    iterations: int = 150,
    seed: int = 1,
    sample: int = 40,
    gravity: float = 0.05,
) -> np.ndarray:
    """Positions for ``n`` nodes joined by edges ``src[i] - dst[i]``, with ideal edge length 1.

    Why here and not in the browser: vis-network's physics costs about 0.1 s per step on
    a 5,000-node graph, so laying such a graph out on the page keeps it busy for half a
    minute.  This is a force layout in numpy at O(n) per step (ForceAtlas2's linear
    springs, Fruchterman–Reingold's 1/d repulsion): exact repulsion between near nodes,
    found through a grid; repulsion from far nodes estimated from a random sample of the
    same component; a pull to the component's centre.  Components are laid out apart and
    then packed on a spiral, largest in the middle; lone nodes go in a grid block, by
    class order of their index.  Seeded, so the same graph gives the same picture.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(zip(src.tolist(), dst.tolist(), strict=True))
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    lone = [c[0] for c in comps if len(c) == 1]
    comps = [c for c in comps if len(c) > 1]
    pos = np.zeros((n, 2))
    if comps:
        order = np.array([v for c in comps for v in c], dtype=np.int64)
        sizes = np.array([len(c) for c in comps], dtype=np.int64)
        m = len(order)
        comp = np.repeat(np.arange(len(comps)), sizes)
        first = np.repeat(np.cumsum(sizes) - sizes, sizes)
        size = sizes[comp].astype(float)
        rank = np.empty(n, dtype=np.int64)
        rank[order] = np.arange(m)
        s, d = rank[src], rank[dst]
        # start each component in its own square, far enough from the others not to meet
        side = np.sqrt(sizes.astype(float))
        centre = np.cumsum(4 * side + 10) - (4 * side + 10) / 2
        p = rng.uniform(-0.5, 0.5, size=(m, 2)) * side[comp][:, None]
        p[:, 0] += centre[comp]
        deg = (np.bincount(s, minlength=m) + np.bincount(d, minlength=m)).astype(float)
        hot = side[comp] / 8
        near2, big = 4.0, 1 << 26
        share = ((size - 1) / sample)[:, None]  # the sample stands for the whole component
        for step in range(iterations):
            delta = p[s] - p[d]  # springs, linear
            disp = _sum_rows(m, d, delta) - _sum_rows(m, s, delta)
            # near repulsion, exact: pairs in the same or a neighbouring grid cell, each pair once
            cell = np.floor(p / 2.0).astype(np.int64) + big // 2
            key = cell[:, 0] * big + cell[:, 1]
            by_key = np.argsort(key, kind="stable")
            cells, start, count = np.unique(key[by_key], return_index=True, return_counts=True)
            for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
                other = key + dx * big + dy
                at = np.minimum(np.searchsorted(cells, other), len(cells) - 1)
                ok = cells[at] == other
                cnt, begin = count[at[ok]], start[at[ok]]
                i = np.repeat(np.nonzero(ok)[0], cnt)
                j = by_key[np.repeat(begin, cnt) + np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)]
                if dx == dy == 0:
                    i, j = i[i < j], j[i < j]
                delta = p[i] - p[j]
                d2 = (delta**2).sum(1)
                near = d2 < near2
                push = delta[near] / np.maximum(d2[near], 0.01)[:, None]
                disp += _sum_rows(m, i[near], push) - _sum_rows(m, j[near], push)
            # far repulsion within the component, estimated from a sample
            # (x and y apart: a (nodes, sample) array each is a third of the work of one
            # (nodes, sample, 2) array, the largest arrays of a step)
            j = first[:, None] + (rng.random((m, sample)) * size[:, None]).astype(np.int64)
            x, y = p[:, 0], p[:, 1]
            dx, dy = x[:, None] - x[j], y[:, None] - y[j]
            d2 = dx * dx + dy * dy
            weight = share / np.maximum(d2, near2)
            weight[d2 < near2] = 0.0  # near pairs were counted exactly above
            disp[:, 0] += (dx * weight).sum(1)
            disp[:, 1] += (dy * weight).sum(1)
            # gravity to the component's centre, stronger on hubs (as in ForceAtlas2)
            mid = _sum_rows(len(comps), comp, p) / sizes[:, None]
            off = p - mid[comp]
            r = np.sqrt((off**2).sum(1)) + 1e-9
            disp -= off * (gravity * (deg + 1) / r)[:, None]
            # move no further than the temperature, which cools linearly
            limit = hot * (1 - step / iterations) + 0.02
            length = np.sqrt((disp**2).sum(1)) + 1e-9
            p += disp * (np.minimum(length, limit) / length)[:, None]
        parts = [p[first[k] : first[k] + sizes[k]] for k in range(len(comps))]
    else:
        order, parts = np.zeros(0, dtype=np.int64), []
    if lone:
        cols = math.ceil(math.sqrt(len(lone)))
        k = np.arange(len(lone))
        parts.append(np.stack([k % cols, k // cols], axis=1) * 1.5)
        order = np.concatenate([order, np.array(lone, dtype=np.int64)])
    placed = _pack(parts)
    pos[order] = np.concatenate(placed) if placed else pos[order]
    return pos


def _pack(parts: list[np.ndarray]) -> list[np.ndarray]:
    """Point sets moved to free places on a spiral, the largest in the middle; in the given order."""
    import numpy as np

    out: list[np.ndarray] = list(parts)
    centres: list[np.ndarray] = []
    radii: list[float] = []
    rho, theta, gap = 0.0, 0.0, 2.0
    for k in sorted(range(len(parts)), key=lambda k: (-len(parts[k]), k)):
        part = parts[k]
        mid = part.mean(axis=0)
        radius = float(np.sqrt(((part - mid) ** 2).sum(1)).max()) + 0.5
        if not centres:
            at, rho = np.zeros(2), radius + gap
        else:
            known_c, known_r = np.array(centres), np.array(radii)
            while True:
                at = np.array([rho * math.cos(theta), rho * math.sin(theta)])
                if (np.sqrt(((known_c - at) ** 2).sum(1)) >= known_r + radius + gap).all():
                    break
                step = (radius + gap) / max(rho, 1.0)
                theta += step
                rho += (2 * radius + gap) * step / (2 * math.pi)
        out[k] = part - mid + at
        centres.append(at)
        radii.append(radius)
    return out


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def is_large(n_nodes: int, n_edges: int) -> bool:
    """Whether the graph gets the light settings: straight edges, no animation, no physics."""
    large = view_config()["large"]
    return n_nodes > large["nodes"] or n_edges > large["edges"]


def polish_iterations(n_nodes: int, n_edges: int) -> int:
    """How many physics steps the page may take to settle the precomputed layout (0: none).

    A step of vis-network's physics costs about 20 µs per node on a slow machine, so the
    budget shrinks as the graph grows and the page is ready within a second or two.
    """
    if is_large(n_nodes, n_edges):
        return 0
    for most_nodes, steps in view_config()["polish"]:
        if n_nodes <= most_nodes:
            return int(steps)
    return 0


def view_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: the base settings, lightened for large graphs, with the CJK font."""
    view = view_config()
    options = copy.deepcopy(view["options"])
    if is_large(n_nodes, n_edges):
        _merge(options, view["large"]["options"])
    steps = polish_iterations(n_nodes, n_edges)
    physics = options.setdefault("physics", {})
    if steps:
        physics.setdefault("stabilization", {}).update(enabled=True, iterations=steps)
    else:
        physics.update(enabled=False, stabilization={"enabled": False})
    font = view["font"].replace("<", "").replace(";", "")
    options.setdefault("nodes", {}).setdefault("font", {})["face"] = font
    options.setdefault("edges", {}).setdefault("font", {})["face"] = font
    return options


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
    ordered: list[tuple[Any, Mapping[str, Any]]],
    rows: list[tuple[Any, Any, Any, Mapping[str, Any]]],
    include_mentions: bool,
) -> dict[str, dict[str, float]]:
    """``{"x": …, "y": …}`` in pixels per node, from :func:`spread_layout` over the drawn edges."""
    import numpy as np

    settings = view_config()["layout"]
    index = {str(nid): i for i, (nid, _) in enumerate(ordered)}
    pairs = [
        (index[str(u)], index[str(v)])
        for u, v, _k, d in rows
        if str(u) != str(v) and (include_mentions or d.get("pred") != "mentions")
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
    places = _positions(ordered, rows, include_mentions)
    for nid, data in ordered:
        style = _style(data.get("cls"))
        net.add_node(
            str(nid),
            label=_cut(data.get("label") or nid, view["label_max"]) or str(nid),
            shape=style["shape"],
            color=style["color"],
            size=node_size(data.get("mentions")),
            **places.get(str(nid), {}),
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
        found = _evidence_rows(data.get("evidence") or [])
        if found:
            evidence[f"e{i}"] = found
        source = str(data.get("origin") or "text")
        if source != "text":
            sources[f"e{i}"] = str(G.graph.get(f"{source}_source") or source)
    info = {str(n): node_info(str(n), d) for n, d in G.nodes(data=True)}
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
    }


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(G: nx.MultiDiGraph, include_mentions: bool = False, title: str | None = None) -> str:
    """The HTML page for ``G``; ``include_mentions`` also draws article-mentions edges at first."""
    view = view_config()
    assets = view_assets()
    vis_js, vis_css = vis_assets()
    vis_js, view_js = _inline(vis_js, "script"), _inline(assets["view.js"], "script")
    data = page_data(G, include_mentions)
    if title:
        data["title"] = title
    # Only our two scripts may run; nothing may be fetched, sent or framed.
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(view_js)}; "
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
    }
    # One pass, so that nothing inserted is read again as a placeholder.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], assets["page.html"])


def write_html(
    G: nx.MultiDiGraph, path: str | os.PathLike[str], *, include_mentions: bool = False, title: str | None = None
) -> None:
    """Write the interactive view of ``G`` to ``path``, atomically; it works offline."""
    write_text(path, render_html(G, include_mentions, title))
