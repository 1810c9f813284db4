"""Where the nodes of the view start: a force layout computed before the page opens.

vis-network's physics costs about 0.1 s per step on a 5,000-node graph, so laying such a
graph out in the browser keeps the page busy for half a minute; ``spread_layout`` does it
in numpy at O(n) per step, and the page only polishes it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    import numpy as np


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
