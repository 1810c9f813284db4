"""The hub graph as Turtle: the contract's triples (kg.rdf.mapping) written by kg.rdf.ttlstream."""

from __future__ import annotations

import os

import networkx as nx

from kg.fileio import write_bytes
from kg.rdf import ttlstream
from kg.rdf.mapping import rdf_triples


def serialize_turtle(G: nx.MultiDiGraph, base: str | None = None) -> bytes:
    """The Turtle text (UTF-8) for ``G``: the same graph always gives the same bytes.

    Written by kg.rdf.ttlstream: the text ``OrderedTurtleSerializer`` gives, faster.
    """
    return ttlstream.to_bytes(rdf_triples(G, base))


def write_turtle(G: nx.MultiDiGraph, path: str | os.PathLike[str], base: str | None = None) -> None:
    """Write ``G`` as Turtle to ``path``, atomically."""
    write_bytes(path, serialize_turtle(G, base))


__all__ = ["serialize_turtle", "write_turtle"]
