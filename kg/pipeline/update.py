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

Merging follows the builder's own rules (kg.resolve.hubs); the build merges its new
graph into the earlier one before it writes (``BuildOptions.update``).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.graph.model import summary
from kg.graph.nodelink import HUB_FILE, load_hub
from kg.graph.record import record_build, recorded_inputs
from kg.ingest.sources import find_sources
from kg.outset import locked
from kg.pipeline.build import BuildOptions, BuildReport, check_writable, run_build
from kg.pipeline.outputs import write_outputs

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
    for sf in files:  # by the names outputs give files (kg.ingest.sources), as the record holds them
        digest = _sha256(sf.path)
        if digest in hashes or (sf.shown in names and not names[sf.shown]):
            plan.known.append(sf.name)
        elif sf.shown in names:
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


# --------------------------------------------------------------------------- the command


def run_update(opts: BuildOptions, echo: Callable[[str], None] = print) -> BuildReport:
    """``kg build --update``: read what is new, merge, write everything again.

    The output folder stays locked from reading the previous graph to switching in the
    new set (kg.outset), so that two updates at once add both their files: the second waits,
    then reads the graph the first wrote.
    """
    check_writable(Path(opts.outdir))
    with locked(opts.outdir, echo):
        return _run_update(opts, echo)


def _run_update(opts: BuildOptions, echo: Callable[[str], None]) -> BuildReport:
    plan = plan_update(opts.inputs, opts.outdir)
    if plan.previous is None:
        echo(f"kg: note: no {HUB_FILE} in {opts.outdir} to update; building from scratch")
        return run_build(dataclasses.replace(opts, update=False), echo=echo)
    if plan.known:
        echo(f"kg: {len(plan.known)} input file(s) already in {Path(opts.outdir) / HUB_FILE}; not read again")
    if plan.read:
        # the same inputs, so that each new file gets the name it has in a whole build
        only = frozenset(plan.read)
        report = run_build(dataclasses.replace(opts, only=only, update=True), echo=echo)
    else:
        for problem in plan.problems:
            echo(f"kg: warning: skipped {problem}")
        G = plan.previous
        record_build(G, recorded_inputs(G))  # the same inputs; the time may follow SOURCE_DATE_EPOCH
        report = BuildReport(counts=summary(G), skipped=plan.problems)
        report.outputs = write_outputs(G, opts.outdir, opts.formats, opts.base_iri)
    return report


__all__ = ["UpdatePlan", "plan_update", "run_update"]
