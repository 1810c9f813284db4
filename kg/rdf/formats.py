"""The RDF files of a build: Turtle, N-Triples and JSON-LD, from the same triples.

Each writer gives the same bytes for the same triples, so that builds can be diffed and
cached: N-Triples is rdflib's line-per-triple output, sorted; JSON-LD is written here as
compact node objects in IRI order with sorted properties and values (rdflib's own
JSON-LD writer follows the order of its store).  Our graphs have no blank nodes, which
is what makes a plain sort enough.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.errors import KgError
from kg.fileio import atomic_open, write_bytes
from kg.rdf import ttlstream
from kg.rdf.triples import TripleSet
from kg.rdf.vocab import PREFIXES

# --format name -> file name in OUTDIR
RDF_FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld"}
DEFAULT_FORMATS = ("ttl",)


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"ttl,nt"`` (or a list of names) as a tuple in the canonical order, checked."""
    names = text.split(",") if isinstance(text, str) else list(text)
    wanted = {n.strip().lower() for n in names if n.strip()}
    if "json-ld" in wanted:
        wanted = (wanted - {"json-ld"}) | {"jsonld"}
    unknown = sorted(wanted - RDF_FORMATS.keys())
    if unknown:
        raise KgError(f"unknown RDF format {', '.join(unknown)}; choose from {', '.join(RDF_FORMATS)}")
    if not wanted:
        raise KgError(f"no RDF format given; choose from {', '.join(RDF_FORMATS)}")
    return tuple(f for f in RDF_FORMATS if f in wanted)


# --------------------------------------------------------------------------- N-Triples


def serialize_ntriples(g: Graph) -> bytes:
    """``g`` as N-Triples (UTF-8), one triple a line, lines sorted."""
    text = g.serialize(format="nt", encoding="utf-8")
    lines = sorted({line for line in text.split(b"\n") if line.strip()})
    return b"".join(line + b"\n" for line in lines)


# --------------------------------------------------------------------------- JSON-LD


class _Compactor:
    """Compact IRIs (``kgo:TradeUnion``) for the prefixes of the context."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # longest namespace first, so that no prefix steals a longer one's IRIs
        self.prefixes = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))

    def __call__(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                local = iri[len(ns) :]
                # a local part that could read as an IRI of its own (//…) stays expanded
                if not local.startswith("//"):
                    return f"{prefix}:{local}"
        return iri


def _node_id(term: URIRef | BNode, compact: _Compactor) -> str:
    return f"_:{term}" if isinstance(term, BNode) else compact(str(term))


def _value(term: object, compact: _Compactor) -> object:
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype is None or term.datatype == XSD.string:
            return str(term)
        return {"@value": str(term), "@type": compact(str(term.datatype))}
    return {"@id": _node_id(term, compact)}  # type: ignore[arg-type]


def _sort_key(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def jsonld_document(g: Graph, prefixes: dict[str, str] | None = None) -> dict[str, object]:
    """``g`` as a compact JSON-LD document: a context of prefixes and one node per subject."""
    prefixes = dict(PREFIXES if prefixes is None else prefixes)
    compact = _Compactor(prefixes)
    nodes = []
    for s in sorted(set(g.subjects()), key=lambda t: (isinstance(t, BNode), str(t))):
        node: dict[str, object] = {"@id": _node_id(s, compact)}  # type: ignore[arg-type]
        types = sorted(compact(str(o)) for o in g.objects(s, RDF.type) if isinstance(o, URIRef))
        if types:
            node["@type"] = types[0] if len(types) == 1 else types
        props: dict[str, list[object]] = {}
        for p, o in g.predicate_objects(s):
            if p == RDF.type and isinstance(o, URIRef):
                continue
            props.setdefault(compact(str(p)), []).append(_value(o, compact))
        for key in sorted(props):
            values = sorted(props[key], key=_sort_key)
            node[key] = values[0] if len(values) == 1 else values
        nodes.append(node)
    return {"@context": dict(sorted(prefixes.items())), "@graph": nodes}


def serialize_jsonld(g: Graph) -> bytes:
    """``g`` as JSON-LD (UTF-8), the same bytes for the same triples."""
    return (json.dumps(jsonld_document(g), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def serialize_turtle_graph(g: Graph | TripleSet) -> bytes:
    """``g`` as Turtle with the exporter's ordering (entities grouped by class).

    Written by kg.rdf.ttlstream: the same text as ``OrderedTurtleSerializer``, faster.
    """
    return ttlstream.to_bytes(g)


SERIALIZERS = {"ttl": serialize_turtle_graph, "nt": serialize_ntriples, "jsonld": serialize_jsonld}
Timings = Callable[[str, float], object]


def write_rdf(
    g: Graph | TripleSet,
    outdir: str | os.PathLike[str],
    formats: Sequence[str] = DEFAULT_FORMATS,
    timings: Timings | None = None,
) -> list[Path]:
    """Write ``g`` as ``graph.ttl`` / ``graph.nt`` / ``graph.jsonld`` into ``outdir``, atomically.

    ``g`` may be the exporter's ``TripleSet``: Turtle is streamed from it, and an rdflib
    graph is made only for the formats written through rdflib.
    """
    out = []
    graph = g if isinstance(g, Graph) else None
    for fmt in parse_formats(formats):
        path = Path(outdir) / RDF_FORMATS[fmt]
        start = time.perf_counter()
        if fmt == "ttl":
            with atomic_open(path, "wb") as fh:
                ttlstream.write(g, fh)
        else:
            if graph is None:
                graph = g.to_graph()  # type: ignore[union-attr]
            write_bytes(path, SERIALIZERS[fmt](graph))
        if timings is not None:
            timings({"ttl": "turtle"}.get(fmt, fmt), time.perf_counter() - start)
        out.append(path)
    return out


__all__ = ["RDF_FORMATS", "parse_formats", "serialize_jsonld", "serialize_ntriples", "write_rdf"]
