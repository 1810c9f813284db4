"""SPARQL over a graph file, with the contract's prefixes declared and readable errors.

Users write ``kgo:TradeUnion``, not the full IRI, so every prefix of the contract (and
of the vocabularies the ontology aligns to) is predeclared; a query may still declare
its own.  rdflib evaluates the query; the answer prints as an aligned table, as SPARQL
1.1 CSV, or as SPARQL 1.1 Query Results JSON, the forms other tools read
(kg.linked.results), row by row as rdflib finds them.

A query is code from wherever the user got it, and rdflib runs its ``SERVICE`` clauses
by sending HTTP requests (to any host, or reading ``file:`` URLs), so such a query is
refused unless the user allows it (``allow_service``).  The clauses are found in the
parsed algebra, wherever they hide (subqueries, OPTIONAL, UNION, FILTER EXISTS, …); a
comment or a string that says SERVICE is no clause.  (``FROM`` would make rdflib load a
URL too, but only over a Dataset: on the plain Graph used here it is ignored.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TextIO

from rdflib import Graph

from kg.errors import KgError
from kg.linked.display import quoted, shown
from kg.linked.rdfio import load_graph
from kg.linked.results import (
    OUTPUT_FORMATS,
    QueryResult,
    cell,
    format_csv,
    format_json,
    format_result,
    format_table,
    json_term,
    write_result,
)
from kg.rdf.vocab import PREFIXES

_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE | re.MULTILINE)


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


def service_clauses(query) -> list:
    """Every SERVICE clause of the prepared ``query``, wherever it sits in the algebra."""
    from rdflib.plugins.sparql.parserutils import CompValue

    found, stack = [], [query.algebra]
    while stack:  # no recursion: a deep query must not overflow the stack here
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, set, frozenset)):
            stack.extend(node)
    return found


# rdflib's own pattern for the endpoint it contacts (evaluate.evalServiceQuery)
_RDFLIB_SERVICE = re.compile(r"^service <(.*)>[ \n]*{(.*)}[ \n]*$", re.DOTALL | re.IGNORECASE)


def check_service(query, allow_service: bool = False) -> None:
    """Refuse a query with SERVICE clauses unless ``allow_service``; KgError, one line.

    Allowed, each clause must be one rdflib sends where it says: an http(s) URL.  rdflib
    takes the URL from the text of the first SERVICE clause of the query, so a query
    whose clauses name different endpoints would send some to the wrong one: refused.
    """
    clauses = service_clauses(query)
    if not clauses:
        return
    names = sorted({str(c.get("term")) for c in clauses})
    listed = ", ".join(quoted(n, 80) for n in names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    if not allow_service:
        raise KgError(
            f"the query has SERVICE clauses ({listed}): running them sends requests to those endpoints; "
            "kg query refuses them unless --allow-service is given"
        )
    for clause in clauses:
        term = str(clause.get("term"))
        match = _RDFLIB_SERVICE.match(str(clause.get("service_string", "")))
        if match is None:  # SERVICE SILENT or SERVICE ?var: rdflib sends nothing
            continue
        target = match.group(1)
        if not re.match(r"https?://", target, re.IGNORECASE):
            raise KgError(f"SERVICE {quoted(target, 80)}: only http(s) endpoints are allowed")
        if target != term:
            raise KgError(
                f"SERVICE {quoted(term, 80)}: rdflib would send this clause to {quoted(target, 80)} "
                "(it takes the first SERVICE of the query text); give one endpoint per query"
            )


def _evaluation_error(exc: Exception, text: str) -> KgError:
    message = " ".join(str(exc).split()) or type(exc).__name__
    if _UNBOUND_RE.search(message) and _AGGREGATE_RE.search(text):
        message += f"; {UNBOUND_AGGREGATE_HINT}"
    return KgError(f"SPARQL evaluation failed: {shown(message, 400)}")


def _rows(bindings, variables: list, text: str) -> Iterator[tuple[object, ...]]:
    """rdflib's solutions as rows, as its Result gives them (empty solutions skipped)."""
    try:
        for solution in bindings:
            if solution:
                yield tuple(solution.get(v) for v in variables)
    except KgError:
        raise
    except Exception as exc:
        raise _evaluation_error(exc, text) from None


def stream_query(g: Graph, text: str, allow_service: bool = False) -> QueryResult:
    """Evaluate ``text`` over ``g``; a SELECT's rows come as a one-pass iterator.

    rdflib's ``Graph.query`` keeps every row it hands out in its Result; its processor
    hands out the solutions' generator, which keeps nothing (unless the query itself
    needs all rows: ORDER BY, DISTINCT, GROUP BY).
    """
    from rdflib.plugins.sparql.processor import SPARQLProcessor

    query = prepare(text)
    check_service(query, allow_service)
    try:
        answer = SPARQLProcessor(g).query(query)
        kind = str(answer["type_"])
        if kind == "ASK":
            return QueryResult(kind, boolean=bool(answer["askAnswer"]))
        if kind in ("CONSTRUCT", "DESCRIBE"):
            out = Graph(bind_namespaces="none")
            for prefix, ns in PREFIXES.items():
                out.bind(prefix, ns)
            for triple in answer["graph"] or ():
                out.add(triple)
            return QueryResult(kind, graph=out)
    except KgError:
        raise
    except Exception as exc:
        raise _evaluation_error(exc, text) from None
    variables = list(answer.get("vars_") or [])
    return QueryResult(kind, variables=[str(v) for v in variables], rows=_rows(answer["bindings"], variables, text))


def run_query(g: Graph, text: str, allow_service: bool = False) -> QueryResult:
    """Evaluate the query ``text`` over ``g``, with every row in a list."""
    result = stream_query(g, text, allow_service)
    result.rows = list(result.rows)
    return result


# rdflib fails when an aggregate meets a variable an OPTIONAL left unbound, where the
# standard skips it (RDFLib/rdflib#882): say how to get round it
_UNBOUND_RE = re.compile(r"Variable \S+ is not bound")
_AGGREGATE_RE = re.compile(r"\b(?:GROUP_CONCAT|COUNT|SUM|MIN|MAX|AVG|SAMPLE)\s*\(", re.IGNORECASE)
UNBOUND_AGGREGATE_HINT = (
    "rdflib cannot aggregate over values an OPTIONAL left unbound: "
    'wrap them in COALESCE(?x, "") or run the query on a triple store (kg push)'
)


def query_file(
    path: str, text: str, fmt: str, out: TextIO, max_width: int = 0, allow_service: bool = False
) -> tuple[str, int]:
    """Load the graph at ``path``, run ``text``, and write the answer to ``out`` as it comes.

    Returns the kind of query (SELECT, ASK, …) and the number of rows written.
    """
    check_service(prepare(text), allow_service)  # a wrong query fails before a large graph is read
    result = stream_query(load_graph(path), text, allow_service)
    return result.kind, write_result(result, fmt, out, max_width)


__all__ = [
    "OUTPUT_FORMATS",
    "QueryResult",
    "cell",
    "check_service",
    "format_csv",
    "format_json",
    "format_result",
    "format_table",
    "json_term",
    "prepare",
    "query_file",
    "run_query",
    "service_clauses",
    "stream_query",
    "with_prefixes",
    "write_result",
]
