"""The view's settings and assets: ``kg/data/view.json`` (colours, shapes, Chinese labels,
UI strings, physics, with lighter settings for large graphs), our template, script and
style sheet (``kg/data/view/``), and the vis-network files inside the installed pyvis.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import OutputError

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
