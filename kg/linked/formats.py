"""N-Triples and JSON-LD beside the Turtle, and every file a build writes.

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

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.errors import KgError
from kg.export.triples import TripleSet
from kg.fileio import atomic_open, write_bytes
from kg.testhooks import pause
from kg.vocab import PREFIXES

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


# --------------------------------------------------------------------------- all outputs


def serialize_turtle_graph(g: Graph | TripleSet) -> bytes:
    """``g`` as Turtle with the exporter's ordering (entities grouped by class).

    Written by kg.export.ttlstream: the same text as ``OrderedTurtleSerializer``, faster.
    """
    from kg.export import ttlstream

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
    from kg.export import ttlstream

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


def write_outputs(
    G: nx.MultiDiGraph,
    outdir: str | os.PathLike[str],
    formats: Sequence[str] = DEFAULT_FORMATS,
    base: str | None = None,
    timings: Timings | None = None,
    parallel: bool = False,
) -> list[Path]:
    """Everything ``kg build`` writes: the RDF files asked for, ``graph.json``, ``graph.graphml``
    and ``graph.html``, switched into ``outdir`` as one set (kg.outset).

    The RDF triples are made once (with the build's metadata node, see kg.linked.metadata)
    and serialised in each format, so all of them hold the same triples.  ``timings``,
    when given, is told the seconds each step took (``rdf``, ``turtle``, ``nt``, ``jsonld``,
    ``json``, ``graphml``, ``html``).  With ``parallel``, ``graph.json`` and ``graph.html``
    are written by a second process (forked, so it shares the graph; it dies with this
    one) while this one writes the rest: the same files, in about half the time on two
    cores.  Every file is written into a staging folder inside ``outdir`` and the set is
    switched in only when all are whole; the folder is locked meanwhile.
    """
    from kg.outset import staging

    with staging(outdir) as stage:
        pause("export")
        names = _write_set(G, stage.path, formats, base, timings, parallel)
        return stage.commit(names)


def _write_set(
    G: nx.MultiDiGraph, folder: Path, formats: Sequence[str], base: str | None, timings: Timings | None, parallel: bool
) -> list[str]:
    from kg.export import write_graphml, write_html, write_json
    from kg.export.turtle import rdf_triples

    # two shares of about equal time: RDF (triples, then each format) and GraphML here,
    # JSON and the HTML view (its layout is the slowest single step) beside
    here = [(write_graphml, "graph.graphml", "graphml")]
    side = [(write_json, "graph.json", "json"), (write_html, "graph.html", "html")]
    helper = _SideWriter(G, folder, side) if parallel and _SideWriter.available() else None
    if helper is None:
        here = here + side
    try:
        start = time.perf_counter()
        triples = rdf_triples(G, base)
        if timings is not None:
            timings("rdf", time.perf_counter() - start)
        paths = write_rdf(triples, folder, formats, timings)
        del triples
        pause("export-mid")
        for stage, secs in _write_all(G, folder, here).items():
            if timings is not None:
                timings(stage, secs)
        if helper is not None:
            for stage, secs in helper.join().items():
                if timings is not None:
                    timings(stage, secs)
            helper = None
    finally:
        if helper is not None:
            helper.stop()
    return [p.name for p in paths] + ["graph.json", "graph.graphml", "graph.html"]


Writer = tuple[Callable[[nx.MultiDiGraph, Path], object], str, str]


def _write_all(G: nx.MultiDiGraph, outdir: Path, writers: Sequence[Writer]) -> dict[str, float]:
    seconds = {}
    for writer, name, stage in writers:
        start = time.perf_counter()
        writer(G, outdir / name)
        seconds[stage] = time.perf_counter() - start
    return seconds


class _SideWriter:
    """Runs some writers in a forked child; ``join`` returns their seconds or raises their error."""

    @staticmethod
    def available() -> bool:
        import multiprocessing as mp

        return "fork" in mp.get_all_start_methods() and not mp.current_process().daemon

    def __init__(self, G: nx.MultiDiGraph, outdir: Path, writers: Sequence[Writer]) -> None:
        import multiprocessing as mp

        ctx = mp.get_context("fork")
        self._recv, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_side_main, args=(G, outdir, list(writers), send, os.getpid()), daemon=True)
        self._proc.start()
        send.close()

    def join(self) -> dict[str, float]:
        try:
            kind, payload = self._recv.recv()
        except EOFError:
            kind, payload = "error", ("KgError", "the process writing graph.json and graph.html died")
        self._proc.join()
        if kind == "ok":
            return payload
        name, message = payload
        if name == "OutputError":
            from kg.errors import OutputError

            raise OutputError(message)
        raise KgError(message) if name == "KgError" else RuntimeError(f"{name}: {message}")

    def stop(self) -> None:
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()


def _side_main(G: nx.MultiDiGraph, outdir: Path, writers: Sequence[Writer], send, parent: int) -> None:
    import gc
    import signal

    from kg.procs import die_with_parent

    die_with_parent(parent)  # never write beside a parent killed with SIGKILL (kg.procs)
    # Never collect what the parent left: it may hold onnxruntime sessions whose threads
    # did not come along with the fork, and destroying one would wait for them forever.
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    try:
        pause("side-writer")
        send.send(("ok", _write_all(G, outdir, writers)))
    except BaseException as exc:  # reported to the parent, which raises it there
        send.send(("error", (type(exc).__name__, str(exc))))
    finally:
        send.close()
