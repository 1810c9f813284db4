"""Reading a graph file of any common RDF format, with errors a user can act on.

``kg validate``, ``kg query`` and ``kg push`` all start from a file the user names;
a wrong file (the hub's ``graph.json``, a news page, a truncated Turtle file) must give
one line that says which file and what is wrong with it, not a parser's traceback.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.outset import OUTPUT_NAMES, settle
from kg.rdf.vocab import PREFIXES

# File suffix -> rdflib parser name and the format's name for messages.
FORMATS: dict[str, tuple[str, str]] = {
    ".ttl": ("turtle", "Turtle"),
    ".turtle": ("turtle", "Turtle"),
    ".nt": ("nt", "N-Triples"),
    ".jsonld": ("json-ld", "JSON-LD"),
    ".json-ld": ("json-ld", "JSON-LD"),
    ".rdf": ("xml", "RDF/XML"),
    ".owl": ("xml", "RDF/XML"),
    ".xml": ("xml", "RDF/XML"),
    ".n3": ("n3", "Notation3"),
}
DEFAULT_FILE = "graph.ttl"  # what a folder (a build's OUTDIR) stands for
_SNIPPET = 40


@contextlib.contextmanager
def quiet_rdflib() -> Iterator[None]:
    """Silence rdflib's log lines (an ill-typed literal logs a whole traceback).

    Ill-typed literals are still reported, by the SHACL datatype checks.
    """
    logger = logging.getLogger("rdflib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def resolve_graph_path(path: str | Path) -> Path:
    """``path`` itself, or ``graph.ttl`` inside it when it is a build's output folder."""
    p = Path(path)
    if p.is_dir() or p.name in OUTPUT_NAMES:
        settle(p if p.is_dir() else p.parent)  # finish what a killed build left there (kg.outset)
    if p.is_dir():
        p = p / DEFAULT_FILE
    if not p.exists():
        raise KgError(f"{p}: no such file")
    if not p.is_file():
        raise KgError(f"{p}: not a file")
    return p


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _syntax_reason(exc: Exception) -> str:
    """A short reason with a line number, from whatever the rdflib parser raised."""
    why = getattr(exc, "_why", None)
    if why is not None:  # notation3.BadSyntax: Turtle, N3
        text = exc._str.decode("utf-8", "replace")  # type: ignore[attr-defined]
        i = exc._i  # type: ignore[attr-defined]
        near = _one_line(text[max(0, i - _SNIPPET // 2) : i + _SNIPPET // 2], _SNIPPET + 2)
        return f"line {exc.lines + 1}: {why} near {near!r}"  # type: ignore[attr-defined]
    if isinstance(exc, json.JSONDecodeError):
        return f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
    return _one_line(str(exc) or type(exc).__name__)


def _looks_like_hub(p: Path) -> bool:
    try:
        with p.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "nodes" in data and ("links" in data or "edges" in data)


def load_graph(path: str | Path) -> Graph:
    """Parse the RDF file at ``path`` (format from its suffix; Turtle when unknown).

    A folder stands for the ``graph.ttl`` in it.  Raises KgError, one line, for a file
    that is missing, not RDF, the hub's node-link JSON, or holds no triples.
    """
    p = resolve_graph_path(path)
    suffix = p.suffix.lower()
    if suffix == ".json" and _looks_like_hub(p):
        raise KgError(
            f"{p}: this is the hub graph as node-link JSON, not RDF; "
            "give graph.ttl (or graph.nt, graph.jsonld) from the same folder"
        )
    parser, name = FORMATS.get(suffix, ("turtle", "Turtle"))
    if suffix == ".json":
        parser, name = "json-ld", "JSON-LD"
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    try:
        with quiet_rdflib():
            g.parse(p, format=parser)
    except UnicodeDecodeError:
        raise KgError(f"{p}: not {name}: not UTF-8 text") from None
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        raise KgError(f"{p}: not valid {name}: {_syntax_reason(exc)}") from None
    if len(g) == 0:
        raise KgError(f"{p}: holds no RDF triples")
    return g
