"""Every file a build writes, switched into the output folder as one set.

The RDF (kg.rdf) and GraphML are written in this process while a forked second process
writes ``graph.json`` and the HTML view: the two shares take about the same time.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import networkx as nx

from kg.errors import KgError, OutputError
from kg.graph.graphml import write_graphml
from kg.graph.nodelink import write_json
from kg.outset import staging
from kg.pipeline.procs import die_with_parent
from kg.rdf.formats import DEFAULT_FORMATS, Timings, write_rdf
from kg.rdf.mapping import rdf_triples
from kg.testhooks import pause
from kg.view.html import write_html


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

    The RDF triples are made once (with the build's metadata node, see kg.graph.record)
    and serialised in each format, so all of them hold the same triples.  ``timings``,
    when given, is told the seconds each step took (``rdf``, ``turtle``, ``nt``, ``jsonld``,
    ``json``, ``graphml``, ``html``).  With ``parallel``, ``graph.json`` and ``graph.html``
    are written by a second process (forked, so it shares the graph; it dies with this
    one) while this one writes the rest: the same files, in about half the time on two
    cores.  Every file is written into a staging folder inside ``outdir`` and the set is
    switched in only when all are whole; the folder is locked meanwhile.
    """
    with staging(outdir) as stage:
        pause("export")
        names = _write_set(G, stage.path, formats, base, timings, parallel)
        return stage.commit(names)


def _write_set(
    G: nx.MultiDiGraph, folder: Path, formats: Sequence[str], base: str | None, timings: Timings | None, parallel: bool
) -> list[str]:
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
        """Whether a second process can be forked here (not in a daemon, not without fork)."""
        return "fork" in mp.get_all_start_methods() and not mp.current_process().daemon

    def __init__(self, G: nx.MultiDiGraph, outdir: Path, writers: Sequence[Writer]) -> None:
        ctx = mp.get_context("fork")
        self._recv, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_side_main, args=(G, outdir, list(writers), send, os.getpid()), daemon=True)
        self._proc.start()
        send.close()

    def join(self) -> dict[str, float]:
        """The seconds each writer took, once the child is done; its error raised here."""
        try:
            kind, payload = self._recv.recv()
        except EOFError:
            kind, payload = "error", ("KgError", "the process writing graph.json and graph.html died")
        self._proc.join()
        if kind == "ok":
            return payload
        name, message = payload
        if name == "OutputError":
            raise OutputError(message)
        raise KgError(message) if name == "KgError" else RuntimeError(f"{name}: {message}")

    def stop(self) -> None:
        """End the child at once (the build failed or was interrupted)."""
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()


def _side_main(G: nx.MultiDiGraph, outdir: Path, writers: Sequence[Writer], send, parent: int) -> None:
    die_with_parent(parent)  # never write beside a parent killed with SIGKILL (kg.pipeline.procs)
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


__all__ = ["write_outputs"]
