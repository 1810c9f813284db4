"""``kg validate``: does a graph keep the RDF contract, and if not, where and why?

The contract's rules are written once, as SHACL shapes in ``ontology/shapes.ttl``;
pySHACL checks them.  Its own report is long and hard to read, so each result becomes
one line: the node (with its label), the property, the offending value and the rule it
breaks, as the shapes' ``sh:message`` words it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH

from kg.errors import KgError
from kg.linked.rdfio import load_graph, quiet_rdflib
from kg.linked.resources import shapes_path
from kg.linked.results import cell


@dataclass(frozen=True, order=True)
class Problem:
    """One SHACL result, in words."""

    focus: str
    path: str
    value: str
    message: str
    severity: str = "Violation"

    def line(self) -> str:
        where = f"{self.focus} {self.path}".rstrip()
        value = f" (value: {self.value})" if self.value else ""
        return f"{where}: {self.message}{value}"


@dataclass
class Report:
    conforms: bool
    triples: int
    problems: list[Problem] = field(default_factory=list)


def load_shapes(path: str | Path | None = None) -> Graph:
    """The contract's shapes, or those in ``path``."""
    return load_graph(path if path is not None else shapes_path())


def _show(term: object, data: Graph) -> str:
    """A node as ``<IRI> «label»`` (the label helps find it), a literal in N3 form."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        text = term.n3()
        return text if len(text) <= 80 else text[:79] + "…"
    shown = cell(term)
    label = next(iter(sorted(str(x) for x in data.objects(term, RDFS.label))), None)  # type: ignore[arg-type]
    return f"{shown} «{label}»" if label else shown


def _path(term: object) -> str:
    return cell(term) if isinstance(term, URIRef) else ("(path)" if term is not None else "")


def problems_of(results: Graph, data: Graph) -> list[Problem]:
    """The validation results of a pySHACL report graph as sorted ``Problem`` lines."""
    out = set()
    for r in results.subjects(SH.resultSeverity, None):
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        severity = results.value(r, SH.resultSeverity)
        out.add(
            Problem(
                focus=_show(results.value(r, SH.focusNode), data),
                path=_path(results.value(r, SH.resultPath)),
                value=_show(results.value(r, SH.value), data),
                message="; ".join(messages) or "breaks a shape",
                severity=str(severity).rpartition("#")[2] if severity else "Violation",
            )
        )
    return sorted(out)


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    """Check ``data`` against the contract's shapes (no inference: the data says it all)."""
    import pyshacl

    shapes = load_shapes() if shapes is None else shapes
    try:
        with quiet_rdflib():
            conforms, results, _ = pyshacl.validate(
                data,
                shacl_graph=shapes,
                inference="none",
                abort_on_first=False,
                allow_warnings=True,
                advanced=False,
                meta_shacl=False,
            )
    except Exception as exc:  # pySHACL reports bad shapes with its own exception types
        raise KgError(f"SHACL validation could not run: {' '.join(str(exc).split())}") from None
    return Report(conforms=bool(conforms), triples=len(data), problems=problems_of(results, data))


def validate_file(path: str | Path, shapes: str | Path | None = None) -> Report:
    """Load the graph at ``path`` and validate it."""
    return validate_graph(load_graph(path), load_shapes(shapes))
