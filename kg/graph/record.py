"""The build record: which tool version read which input files (with hashes), when.

A graph must say where it came from, yet two builds of the same inputs must give the
same bytes.  So nothing here reads the clock: the build's time is ``SOURCE_DATE_EPOCH``
when set (the reproducible-builds convention, seconds since 1970 UTC), else the latest
modification time of the inputs.  The record lives in the hub graph (``G.graph["build"]``),
so it survives ``graph.json`` and ``kg build --update``; kg.rdf.provenance writes it as
PROV-O.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kg import __version__
from kg.errors import KgError

ENV_EPOCH = "SOURCE_DATE_EPOCH"
KEY = "build"  # the record's key in G.graph


def iso_time(seconds: float) -> str:
    """Seconds since 1970 as an ``xsd:dateTime`` in UTC, to the second."""
    return dt.datetime.fromtimestamp(int(seconds), tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_time(inputs: Iterable[Mapping[str, Any]]) -> str | None:
    """``SOURCE_DATE_EPOCH`` when set, else the latest modification time of ``inputs``."""
    env = os.environ.get(ENV_EPOCH, "").strip()
    if env:
        try:
            return iso_time(int(env))
        except (ValueError, OverflowError, OSError):
            raise KgError(f"{ENV_EPOCH}={env!r}: not a whole number of seconds since 1970") from None
    times = [str(d["modified"]) for d in inputs if d.get("modified")]
    return max(times) if times else None


def make_record(inputs: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A build record for ``inputs`` (deduplicated by name and hash), made by this version."""
    unique = {(d["name"], d["sha256"]): dict(d) for d in inputs}
    items = [unique[k] for k in sorted(unique)]
    return {"tool": "kg", "version": __version__, "time": build_time(items), "inputs": items}


def record_build(G: nx.MultiDiGraph, inputs: Iterable[Mapping[str, Any]]) -> None:
    """Put the record of a build that read ``inputs`` into ``G.graph``."""
    G.graph[KEY] = make_record(inputs)


def recorded_inputs(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The input files a hub graph's record lists (none for a graph made without one)."""
    record = G.graph.get(KEY)
    if not isinstance(record, Mapping):
        return []
    return [dict(d) for d in record.get("inputs") or [] if isinstance(d, Mapping) and d.get("name")]
