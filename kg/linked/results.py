"""The answer of a SPARQL query, written as it comes: an aligned table, CSV or JSON.

A SELECT can yield millions of rows (a cross product is one careless pattern away), so
the writers take the rows as an iterator and write each one as soon as it is known:
memory stays flat and the first rows show at once.  CSV and JSON are the SPARQL 1.1
results formats, byte for byte what ``json.dumps(…, indent=2)`` of the whole answer
gives.  A table needs its column widths before its first line; it takes them from the
first ``TABLE_HEAD_ROWS`` rows, so a moderate answer is aligned exactly, and a later,
wider cell is cut to its column (with "…") or, when cutting is off (``max_width`` 0),
printed whole past it.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KgError
from kg.rdf.formats import serialize_jsonld
from kg.rdf.vocab import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "json")
TABLE_HEAD_ROWS = 1000  # rows read before a table's column widths are fixed


@dataclass
class QueryResult:
    """The answer of one query: rows of terms (SELECT), a boolean (ASK) or a graph.

    ``rows`` is a list for ``run_query`` and a one-pass iterator for ``stream_query``.
    """

    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    variables: list[str] = field(default_factory=list)
    rows: Iterable[tuple[object, ...]] = field(default_factory=list)  # rdflib terms; None where unbound
    boolean: bool | None = None
    graph: Graph | None = None


# --------------------------------------------------------------------------- cells and terms


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


# --------------------------------------------------------------------------- writers


def _write_not_select(result: QueryResult, fmt: str, out: TextIO) -> bool:
    """ASK and CONSTRUCT/DESCRIBE answers (small, or a graph already in memory); False for SELECT."""
    if result.kind == "ASK":
        if fmt == "json":
            out.write(json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=2) + "\n")
        else:
            out.write("true\n" if result.boolean else "false\n")
        return True
    if result.graph is not None:
        if fmt == "json":
            out.write(serialize_jsonld(result.graph).decode("utf-8"))
        else:
            out.write(result.graph.serialize(format="turtle" if fmt == "table" else "nt"))
        return True
    return False


def write_table(result: QueryResult, out: TextIO, max_width: int = 0, head_rows: int = TABLE_HEAD_ROWS) -> int:
    """An aligned text table (wide characters count double), or the boolean, or Turtle.

    ``max_width`` cuts longer cells (evidence sentences) to that many columns.  Returns
    the number of rows written.
    """
    if _write_not_select(result, "table", out):
        return 0
    rows = iter(result.rows)
    header = list(result.variables)
    head: list[list[str]] = []
    failure: KgError | None = None
    try:
        for row in itertools.islice(rows, head_rows):
            head.append([_clip(cell(t), max_width) for t in row])
    except KgError as exc:  # the rows found before the error are still shown
        failure = exc
    widths = [max([_width(h), *(_width(r[i]) for r in head)]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return " | ".join(_pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip() + "\n"

    out.write(line(header))
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for cells in head:
        out.write(line(cells))
    count = len(head)
    if failure is not None:
        raise failure
    for row in rows:  # past the head: the widths are fixed
        cells = [_clip(cell(t), max_width) for t in row]
        if max_width:
            cells = [_clip(c, w) for c, w in zip(cells, widths, strict=True)]
        out.write(line(cells))
        count += 1
    return count


def write_csv(result: QueryResult, out: TextIO) -> int:
    """SPARQL 1.1 Query Results CSV: full IRIs, literal text, empty when unbound."""
    if _write_not_select(result, "csv", out):
        return 0
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    count = 0
    for row in result.rows:
        writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
        count += 1
    return count


def _nested(text: str, depth: int) -> str:
    """A ``json.dumps(indent=2)`` text re-indented to sit ``depth`` spaces deep."""
    return text.replace("\n", "\n" + " " * depth)


def write_json(result: QueryResult, out: TextIO) -> int:
    """SPARQL 1.1 Query Results JSON (JSON-LD for CONSTRUCT and DESCRIBE)."""
    if _write_not_select(result, "json", out):
        return 0
    names = list(result.variables)
    out.write('{\n  "head": {\n    "vars": ' + _nested(json.dumps(names, ensure_ascii=False, indent=2), 4))
    out.write('\n  },\n  "results": {\n    "bindings": [')
    count = 0
    for row in result.rows:
        binding = {v: json_term(t) for v, t in zip(names, row, strict=True) if t is not None}
        out.write(("\n" if not count else ",\n") + "      ")
        out.write(_nested(json.dumps(binding, ensure_ascii=False, indent=2), 6))
        count += 1
    out.write("\n    ]\n  }\n}\n" if count else "]\n  }\n}\n")
    return count


def write_result(result: QueryResult, fmt: str, out: TextIO, max_width: int = 0) -> int:
    """Write the answer as ``table`` (cells cut to ``max_width`` columns if given), ``csv`` or ``json``."""
    if fmt == "table":
        return write_table(result, out, max_width)
    if fmt == "csv":
        return write_csv(result, out)
    if fmt == "json":
        return write_json(result, out)
    raise KgError(f"unknown output format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}")


def format_result(result: QueryResult, fmt: str = "table", max_width: int = 0) -> str:
    """The whole answer as text (for a small answer; ``write_result`` streams)."""
    import io

    buf = io.StringIO()
    write_result(result, fmt, buf, max_width)
    return buf.getvalue()


def format_table(result: QueryResult, max_width: int = 0) -> str:
    return format_result(result, "table", max_width)


def format_csv(result: QueryResult) -> str:
    return format_result(result, "csv")


def format_json(result: QueryResult) -> str:
    return format_result(result, "json")
