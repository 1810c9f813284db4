"""``kg build --update``: add new input files to the graph of an earlier build.

The earlier build's hub graph is ``OUTDIR/graph.json`` (node-link JSON, evidence as
dicts).  An update reads only the files that graph does not already hold, builds their
hub graph as usual, merges it into the earlier one and writes every output again, so
that building a folder and then updating with one more file gives the union of both,
without duplicate nodes.

Files are told apart by content: one whose SHA-256 the earlier build recorded is not
read again (re-reading would count its mentions twice); one whose name is recorded with
different content is refused, since the facts read from its old text cannot be taken
back out of the merged graph: rebuild without ``--update`` then.

Merging follows the builder's own rules.  Areas (GB/T 2260 code), unions, organisations
and venues (full name), events and articles (source and position) have the same node id
in every build, so they merge by id: aliases unite, mention counts add up, evidence
lists unite.  People do not: ``person:张伟`` of the new files is the earlier build's
``张伟`` only when, as in :mod:`kg.resolve.merge`, something else agrees (both are
credited journalists, or one holds a post at an organisation the other holds a post at
or is named beside); otherwise the newcomer gets the next free ``person:张伟~N``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.graph.model import Evidence, as_evidence
from kg.linked.metadata import KEY, make_record, recorded_inputs

HUB_FILE = "graph.json"
_EVIDENCE_FIELDS = {f.name for f in dataclasses.fields(Evidence)}


# --------------------------------------------------------------------------- reading the hub


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
    """The hub graph from its node-link data (as ``kg.export.jsonout`` writes it)."""
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


# --------------------------------------------------------------------------- planning


@dataclass
class UpdatePlan:
    """What an update reads: only new files (and inputs that name nothing, to be reported)."""

    previous: nx.MultiDiGraph | None
    read: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # files the previous graph holds already
    problems: list[str] = field(default_factory=list)  # "spec: reason" for inputs that name nothing


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan_update(inputs: list[str], outdir: str | Path) -> UpdatePlan:
    """Sort ``inputs`` into files to read and files the graph in ``outdir`` already holds."""
    from kg.ingest.sources import find_sources

    hub = Path(outdir) / HUB_FILE
    if not hub.exists():
        return UpdatePlan(previous=None, read=list(inputs))
    previous = load_hub(hub)
    recorded = recorded_inputs(previous)
    hashes = {str(d.get("sha256")) for d in recorded if d.get("sha256")}
    names = {str(d["name"]): str(d.get("sha256") or "") for d in recorded}
    if not recorded:  # a graph from before builds kept their record: go by article sources
        names = {
            str(d["source"]): "" for _, d in previous.nodes(data=True) if d.get("cls") == "Article" and d.get("source")
        }
    plan = UpdatePlan(previous=previous)
    files, problems = find_sources(inputs)
    for sf in files:
        digest = _sha256(sf.path)
        if digest in hashes or (sf.name in names and not names[sf.name]):
            plan.known.append(sf.name)
        elif sf.name in names:
            raise KgError(
                f"{sf.name}: changed since the build in {outdir}; its old facts cannot be taken "
                "out of the merged graph, so rebuild without --update"
            )
        else:
            plan.read.append(sf.name)
    plan.problems = [str(p) for p in problems]
    if plan.read:
        plan.read.extend(p.path for p in problems)  # so that the build reports them as usual
    return plan


# --------------------------------------------------------------------------- merging


def _person_profile(G: nx.MultiDiGraph, nid: str) -> tuple[bool, set[str], set[str]]:
    """(credited as journalist, organisations of posts, organisations named beside)."""
    credit = any(d.get("pred") in ("reporter", "photographer") for _, _, d in G.in_edges(nid, data=True))
    orgs = {v for _, v, d in G.out_edges(nid, data=True) if d.get("pred") == "post"}
    articles = {u for u, _, _ in G.in_edges(nid, data=True) if G.nodes[u].get("cls") == "Article"}
    bodies = {
        v
        for a in articles
        for _, v, d in G.out_edges(a, data=True)
        if d.get("pred") == "mentions" and G.nodes[v].get("cls") in ("TradeUnion", "Organization")
    }
    return credit, orgs, bodies


def _agree(a: tuple[bool, set[str], set[str]], b: tuple[bool, set[str], set[str]]) -> bool:
    return (a[0] and b[0]) or bool(a[1] & (b[1] | b[2])) or bool(b[1] & a[2])


def person_mapping(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> dict[str, str]:
    """New person ids -> ids in the merged graph (an earlier person, or a free id)."""
    by_name: dict[str, list[str]] = {}
    for n, d in old.nodes(data=True):
        if d.get("cls") == "Person":
            by_name.setdefault(str(d.get("label")), []).append(n)
    taken = set(old.nodes) | set(new.nodes)
    mapping: dict[str, str] = {}
    for n in sorted(x for x, d in new.nodes(data=True) if d.get("cls") == "Person"):
        name = str(new.nodes[n].get("label"))
        mine = _person_profile(new, n)
        match = next((o for o in sorted(by_name.get(name, ())) if _agree(mine, _person_profile(old, o))), None)
        if match is not None:
            mapping[n] = match
        elif n in old:
            k = 2
            while f"person:{name}~{k}" in taken:
                k += 1
            mapping[n] = f"person:{name}~{k}"
            taken.add(mapping[n])
    return mapping


def _merge_node(out: nx.MultiDiGraph, nid: str, data: Mapping[str, Any]) -> None:
    if nid not in out:
        out.add_node(nid, **{k: (set(v) if k == "aliases" else v) for k, v in data.items()})
        return
    have = out.nodes[nid]
    have["mentions"] = int(have.get("mentions") or 0) + int(data.get("mentions") or 0)
    have["aliases"] = set(have.get("aliases") or ()) | set(data.get("aliases") or ())
    if data.get("label") and data["label"] != have.get("label"):
        have["aliases"].add(data["label"])
    for attr in ("literal_evidence", "awards"):
        theirs = data.get(attr) or {}
        if theirs:
            mine = have.setdefault(attr, {})
            for k, items in theirs.items():
                mine[k] = sorted(set(mine.get(k, [])) | set(items))
    for k, v in data.items():
        if k not in have or (have[k] is None and v is not None):
            have[k] = v


def _merge_edge(out: nx.MultiDiGraph, u: str, v: str, key: Any, data: Mapping[str, Any]) -> None:
    if not out.has_edge(u, v, key):
        out.add_edge(u, v, key=key, **{**data, "evidence": list(data.get("evidence") or [])})
        return
    have = out.edges[u, v, key]
    have["evidence"] = sorted(set(have.get("evidence") or []) | set(data.get("evidence") or []))
    if have["evidence"]:
        have["origin"] = "text"


def merge_hubs(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The union of two hub graphs, as one build of both sets of files would have it."""
    out = old.copy()
    mapping = person_mapping(old, new)

    def m(n: str) -> str:
        return mapping.get(n, n)

    for n, d in sorted(new.nodes(data=True), key=lambda x: str(x[0])):
        _merge_node(out, m(n), d)
    for u, v, k, d in sorted(new.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        _merge_edge(out, m(u), m(v), k, d)
    for k, v in new.graph.items():
        if k != KEY:
            out.graph.setdefault(k, v)
    out.graph[KEY] = make_record([*recorded_inputs(old), *recorded_inputs(new)])
    return out


def merge_previous(G: nx.MultiDiGraph, outdir: str | Path) -> nx.MultiDiGraph:
    """``G`` merged into ``outdir/graph.json`` when there is one, else ``G`` itself."""
    hub = Path(outdir) / HUB_FILE
    return merge_hubs(load_hub(hub), G) if hub.exists() else G


# --------------------------------------------------------------------------- the command


def run_update(opts: Any, echo: Callable[[str], None] = print) -> Any:
    """``kg build --update``: read what is new, merge, write everything again.

    ``opts`` is a ``kg.build.BuildOptions``; returns its ``BuildReport``.  The output
    folder stays locked from reading the previous graph to switching in the new set
    (kg.outset), so that two updates at once add both their files: the second waits,
    then reads the graph the first wrote.
    """
    from kg.build import _check_writable
    from kg.outset import locked

    _check_writable(Path(opts.outdir))
    with locked(opts.outdir, echo):
        return _run_update(opts, echo)


def _run_update(opts: Any, echo: Callable[[str], None]) -> Any:
    from kg.build import BuildReport, run_build
    from kg.graph.model import summary
    from kg.linked.formats import write_outputs
    from kg.linked.metadata import record_build

    plan = plan_update(opts.inputs, opts.outdir)
    if plan.previous is None:
        echo(f"kg: note: no {HUB_FILE} in {opts.outdir} to update; building from scratch")
        return run_build(dataclasses.replace(opts, update=False), echo=echo)
    if plan.known:
        echo(f"kg: {len(plan.known)} input file(s) already in {Path(opts.outdir) / HUB_FILE}; not read again")
    if plan.read:
        report = run_build(dataclasses.replace(opts, inputs=plan.read, update=True), echo=echo)
    else:
        for problem in plan.problems:
            echo(f"kg: warning: skipped {problem}")
        G = plan.previous
        record_build(G, recorded_inputs(G))  # the same inputs; the time may follow SOURCE_DATE_EPOCH
        report = BuildReport(counts=summary(G), skipped=plan.problems)
        report.outputs = write_outputs(G, opts.outdir, opts.formats, opts.base_iri)
    return report


__all__ = ["load_hub", "merge_hubs", "merge_previous", "plan_update", "run_update"]
