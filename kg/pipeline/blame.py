"""Which input file's facts made resolution or an export fail: the one line a bug report needs.

Resolution and export run over every file's facts at once, so a bug they hit says
nothing about the input that revealed it.  When one fails with an unexpected exception,
the failing step is run again on halves of the articles (their facts, or the part of the
hub graph they made) until one article alone still makes it fail: ``log2(articles)``
more runs over ever smaller inputs, only after a failure, and nothing to maintain in
the stages themselves.  A failure that needs two articles together is named by its stage
alone.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

import networkx as nx

from kg.errors import KgError, StageError

T = TypeVar("T")

# the hub graph's exporters, by the file each writes (kg.rdf.formats writes them all)
Writer = Callable[[nx.MultiDiGraph, Path], object]


def culprit(units: Sequence[T], fails: Callable[[Sequence[T]], bool]) -> T | None:
    """The one unit on which ``fails`` is still true alone, found by halving ``units``
    (on which it is true); None when only several together make it fail."""
    current = list(units)
    while len(current) > 1:
        half = len(current) // 2
        for part in (current[:half], current[half:]):
            if fails(part):
                current = part
                break
        else:
            return None
    return current[0] if current and fails(current) else None


def _raises(step: Callable[[], object]) -> bool:
    try:
        step()
    except (KgError, OSError, KeyboardInterrupt):
        raise
    except Exception:
        return True
    return False


def resolve_error(
    exc: Exception,
    items: Sequence[tuple],
    resolve: Callable[[Sequence[tuple]], object],
    names: Mapping[str, str] | None = None,
) -> StageError:
    """The error to report for ``resolve(items)`` having raised ``exc``; ``names`` gives the
    file name as the user typed it for each name outputs give it (kg.ingest.sources)."""
    bad = culprit(items, lambda part: _raises(lambda: resolve(part)))
    where = _article_name(bad[0].source, bad[0].index, names) if bad is not None else None
    return StageError("resolving entities", where, exc)


def _article_name(source: object, index: object, names: Mapping[str, str] | None) -> str:
    """An article as a message names it: its file as the user typed it, and its position."""
    return f"{(names or {}).get(str(source), source)}#{index}"


def article_subgraph(G: nx.MultiDiGraph, articles: Sequence[str]) -> nx.MultiDiGraph:
    """The part of the hub graph ``articles`` made: them, what they link to, what their
    events link to, and the areas those lie in."""
    keep = set(articles)
    for a in articles:
        for n in G.successors(a):
            keep.add(n)
            if G.nodes[n].get("cls") == "Event":
                keep.update(G.successors(n))
    areas = [n for n in keep if G.nodes[n].get("cls") == "AdministrativeArea"]
    while areas:
        n = areas.pop()
        for m in G.successors(n):
            if m not in keep and G.nodes[m].get("cls") == "AdministrativeArea":
                keep.add(m)
                areas.append(m)
    return G.subgraph(keep).copy()


def export_error(
    exc: Exception, G: nx.MultiDiGraph, writers: dict[str, Writer], names: Mapping[str, str] | None = None
) -> StageError:
    """The error to report for an export of ``G`` having raised ``exc``: which file was
    being written, and from which article's facts."""
    articles = sorted(n for n, d in G.nodes(data=True) if d.get("cls") == "Article")
    with tempfile.TemporaryDirectory(prefix="kg-blame-") as tmp:
        for name, writer in writers.items():
            path = Path(tmp) / name
            if not _raises(lambda g=G, w=writer, p=path: w(g, p)):
                continue

            def fails(part: Sequence[str], w: Writer = writer, p: Path = path) -> bool:
                return _raises(lambda: w(article_subgraph(G, part), p))

            bad = culprit(articles, fails)
            source = None
            if bad is not None:
                data = G.nodes[bad]
                source = _article_name(data["source"], data.get("index"), names) if data.get("source") else bad
            return StageError(f"writing {name}", source, exc)
    return StageError("writing the outputs", None, exc)
