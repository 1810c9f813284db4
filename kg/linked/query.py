"""SPARQL over a graph file, with the contract's prefixes declared and readable errors.

Users write ``kgo:TradeUnion``, not the full IRI, so every prefix of the contract (and
of the vocabularies the ontology aligns to) is predeclared; a query may still declare
its own.  rdflib evaluates the query; the answer prints as an aligned table, as SPARQL
1.1 CSV, or as SPARQL 1.1 Query Results JSON, the forms other tools read.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KgError
from kg.vocab import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "json")
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE | re.MULTILINE)


@dataclass
class QueryResult:
    """The answer of one query: rows of terms (SELECT), a boolean (ASK) or a graph."""

    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[object, ...]] = field(default_factory=list)  # rdflib terms; None where unbound
    boolean: bool | None = None
    graph: Graph | None = None


def with_prefixes(text: str, prefixes: dict[str, str] | None = None) -> str:
    """``text`` with PREFIX lines for the predeclared prefixes it does not declare itself.

    For sending a query to a SPARQL endpoint, which knows none of our prefixes.
    """
    prefixes = PREFIXES if prefixes is None else prefixes
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(text)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in sorted(prefixes.items()) if p not in declared]
    return "\n".join([*lines, text]) if lines else text


def _syntax_error(exc: Exception) -> KgError:
    """A one-line message with the position for a pyparsing error from rdflib's SPARQL parser."""
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    text = str(getattr(exc, "line", "") or "")
    msg = str(getattr(exc, "msg", "") or exc)
    near = text[max(0, (col or 1) - 1) :].strip()
    word = near.split(maxsplit=1)[0].upper() if near else ""
    if word in _UPDATE_WORDS:
        return KgError(
            f"SPARQL at line {line}, column {col}: {word} is SPARQL Update; "
            "kg query runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE)"
        )
    if "Expected {SelectQuery | ConstructQuery | DescribeQuery | AskQuery}" in msg:
        msg = "expected SELECT, CONSTRUCT, DESCRIBE or ASK (after any PREFIX and BASE lines)"
    if not near:
        msg = "the query ends before it is complete (a '}' or ')' missing?)"
    where = f"near {near[:40]!r}" if near else "at the end of the query"
    return KgError(f"SPARQL syntax error at line {line}, column {col}, {where}: {msg}")


def prepare(text: str):
    """Parse ``text`` with the predeclared prefixes; KgError (with line and column) if it is wrong."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import prepareQuery

    if not text.strip():
        raise KgError("the SPARQL query is empty")
    try:
        return prepareQuery(text, initNs=PREFIXES)
    except ParseBaseException as exc:
        raise _syntax_error(exc) from None
    except Exception as exc:  # rdflib's algebra raises plain Exceptions (unknown prefix, …)
        text = " ".join(str(exc).split()) or type(exc).__name__
        unknown = re.fullmatch(r"Unknown namespace prefix : (\S*)", text)
        if unknown:
            text = f"unknown prefix {unknown.group(1)}: (declare it with PREFIX {unknown.group(1)}: <…>)"
        raise KgError(f"SPARQL error: {text}") from None


def run_query(g: Graph, text: str) -> QueryResult:
    """Evaluate the query ``text`` over ``g``."""
    query = prepare(text)
    try:
        result = g.query(query)
        kind = str(result.type)
        if kind == "ASK":
            return QueryResult(kind, boolean=bool(result.askAnswer))
        if kind in ("CONSTRUCT", "DESCRIBE"):
            out = Graph(bind_namespaces="none")
            for prefix, ns in PREFIXES.items():
                out.bind(prefix, ns)
            for triple in result.graph or ():
                out.add(triple)
            return QueryResult(kind, graph=out)
        variables = [str(v) for v in result.vars or []]
        rows = [tuple(row) for row in result]  # type: ignore[arg-type]
        return QueryResult(kind, variables=variables, rows=rows)
    except KgError:
        raise
    except Exception as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        if _UNBOUND_RE.search(message) and _AGGREGATE_RE.search(text):
            message += f"; {UNBOUND_AGGREGATE_HINT}"
        raise KgError(f"SPARQL evaluation failed: {message}") from None


# rdflib fails when an aggregate meets a variable an OPTIONAL left unbound, where the
# standard skips it (RDFLib/rdflib#882): say how to get round it
_UNBOUND_RE = re.compile(r"Variable \S+ is not bound")
_AGGREGATE_RE = re.compile(r"\b(?:GROUP_CONCAT|COUNT|SUM|MIN|MAX|AVG|SAMPLE)\s*\(", re.IGNORECASE)
UNBOUND_AGGREGATE_HINT = (
    "rdflib cannot aggregate over values an OPTIONAL left unbound: "
    'wrap them in COALESCE(?x, "") or run the query on a triple store (kg push)'
)


# --------------------------------------------------------------------------- output


def _compact(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        local = iri[len(ns) :]
        if iri.startswith(ns) and local and re.fullmatch(r"[\w.-]*", local) and not local.endswith("."):
            return f"{prefix}:{local}"
    return f"<{iri}>"


def cell(term: object) -> str:
    """A term as a table cell: a literal's text, a prefixed name or an ``<IRI>``, "" if unbound."""
    if term is None:
        return ""
    if isinstance(term, Literal):  # control characters (new lines, tabs) would break the alignment
        return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return _compact(str(term))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns, ending in "…" when cut (0: no limit)."""
    if not width or _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def format_table(result: QueryResult, max_width: int = 0) -> str:
    """An aligned text table (wide characters count double), or the boolean, or Turtle.

    ``max_width`` cuts longer cells (evidence sentences) to that many columns.
    """
    if result.kind == "ASK":
        return "true\n" if result.boolean else "false\n"
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    header = list(result.variables)
    body = [[_clip(cell(t), max_width) for t in row] for row in result.rows]
    widths = [max([_width(h), *(_width(r[i]) for r in body)]) for i, h in enumerate(header)]
    lines = [
        " | ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    return "\n".join(lines) + "\n"


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: full IRIs, literal text, empty when unbound."""
    if result.kind == "ASK":
        return "true\n" if result.boolean else "false\n"
    if result.graph is not None:
        return result.graph.serialize(format="nt")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
    return buf.getvalue()


def json_term(term: object) -> dict[str, str]:
    """One term in SPARQL 1.1 Query Results JSON."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if not isinstance(term, Literal):
        raise TypeError(f"not an RDF term: {term!r}")
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (JSON-LD for CONSTRUCT and DESCRIBE)."""
    if result.kind == "ASK":
        data: object = {"head": {}, "boolean": bool(result.boolean)}
    elif result.graph is not None:
        from kg.linked.formats import serialize_jsonld

        return serialize_jsonld(result.graph).decode("utf-8")
    else:
        data = {
            "head": {"vars": result.variables},
            "results": {
                "bindings": [
                    {v: json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in result.rows
                ]
            },
        }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATTERS = {"table": format_table, "csv": format_csv, "json": format_json}


def format_result(result: QueryResult, fmt: str = "table", max_width: int = 0) -> str:
    """The answer as ``table`` (cells cut to ``max_width`` columns if given), ``csv`` or ``json``."""
    if fmt not in FORMATTERS:
        raise KgError(f"unknown output format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}")
    if fmt == "table":
        return format_table(result, max_width)
    return FORMATTERS[fmt](result)


def query_file(path: str, text: str, fmt: str = "table", max_width: int = 0) -> tuple[QueryResult, str]:
    """Load the graph at ``path``, run ``text``, and format the answer."""
    from kg.linked.rdfio import load_graph

    prepare(text)  # a wrong query fails before a large graph is read
    result = run_query(load_graph(path), text)
    return result, format_result(result, fmt, max_width)


__all__ = ["QueryResult", "format_result", "prepare", "query_file", "run_query", "with_prefixes"]
