"""``kg query`` writes rows as rdflib finds them: the first row is out before the last is known.

Memory staying flat on a result of millions of rows is measured by
``benchmarks/query_stream.py`` (peak memory of a real ``kg query`` process), not here.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from rdflib import BNode, Literal, URIRef

from kg.linked.results import QueryResult, write_csv, write_json, write_table
from tests.linked_helpers import kg

EX = "https://example.org/"
ROWS = [
    (URIRef(EX + "a"), Literal("北京市总工会", lang="zh"), Literal(3)),
    (BNode("b1"), None, Literal("2025-04-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))),
    (URIRef(EX + "c"), Literal('引号" 和\n换行'), None),
]


def watched(rows: list[tuple], out: io.StringIO, written, lag: int = 0) -> Iterator[tuple]:
    """Yield ``rows``; before handing out row i, rows up to i-1-lag must be in ``out``."""
    for i, row in enumerate(rows):
        for earlier in rows[: max(0, i - lag)]:
            assert written(earlier, out.getvalue()), f"row {earlier} not written before row {i} was asked for"
        yield row


def in_csv(row: tuple, text: str) -> bool:
    return any(str(t) in text for t in row if t is not None)


def in_json(row: tuple, text: str) -> bool:
    return any(json.dumps(str(t), ensure_ascii=False) in text for t in row if t is not None)


@pytest.mark.parametrize(("writer", "written"), [(write_csv, in_csv), (write_json, in_json)])
def test_csv_and_json_write_each_row_before_asking_for_the_next(writer, written):
    out = io.StringIO()
    rows = ROWS * 3
    result = QueryResult("SELECT", ["s", "l", "n"], watched(rows, out, written))
    assert writer(result, out) == len(rows)


def test_a_table_writes_each_row_once_its_widths_are_fixed():
    out = io.StringIO()
    rows = ROWS * 3
    result = QueryResult("SELECT", ["s", "l", "n"], watched(rows, out, in_csv, lag=2))
    assert write_table(result, out, max_width=0, head_rows=2) == len(rows)


def test_streamed_json_is_the_whole_answer_as_json_dumps_gives_it():
    for rows in ([], ROWS[:1], ROWS, ROWS * 5):
        out = io.StringIO()
        write_json(QueryResult("SELECT", ["s", "l", "n"], iter(rows)), out)
        whole = {
            "head": {"vars": ["s", "l", "n"]},
            "results": {
                "bindings": [
                    {v: term for v, term in zip(["s", "l", "n"], (_json(t) for t in row), strict=True) if term}
                    for row in rows
                ]
            },
        }
        assert out.getvalue() == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    write_json(QueryResult("SELECT", [], iter([()])), out)
    assert json.loads(out.getvalue()) == {"head": {"vars": []}, "results": {"bindings": [{}]}}


def _json(term):
    from kg.linked.results import json_term

    return None if term is None else json_term(term)


def test_table_rows_past_the_head_keep_the_head_widths():
    wide = (URIRef(EX + "a"), Literal("一二三四五六七八九十" * 3), Literal(1))
    rows = [ROWS[0], ROWS[2], wide]
    cut = io.StringIO()
    write_table(QueryResult("SELECT", ["s", "l", "n"], iter(rows)), cut, max_width=40, head_rows=2)
    lines = cut.getvalue().splitlines()
    bar = lines[2].index(" | ")
    assert lines[4].index(" | ") == bar and "…" in lines[4]  # cut to the column the head set
    whole = io.StringIO()
    write_table(QueryResult("SELECT", ["s", "l", "n"], iter(rows)), whole, max_width=0, head_rows=2)
    assert "一二三四五六七八九十" * 3 in whole.getvalue()  # never cut when cutting is off


def test_the_command_streams_a_cross_product(tmp_path):
    n = 60
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "".join(f'<{EX}s{i}> <{EX}p> "值{i}"@zh .\n' for i in range(n)),
        encoding="utf-8",
    )
    text = "SELECT ?a ?b ?c ?d WHERE { ?a ?p ?b . ?c ?q ?d }"
    as_csv = kg("query", str(graph), text, "--format", "csv")
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["a", "b", "c", "d"] and len(rows) == 1 + n * n
    assert len({tuple(r) for r in rows[1:]}) == n * n
    as_json = json.loads(kg("query", str(graph), text, "--format", "json").stdout)
    assert len(as_json["results"]["bindings"]) == n * n
    table = kg("query", str(graph), text)
    assert table.exit_code == 0 and f"({n * n} rows)" in table.stderr
    assert len(table.stdout.splitlines()) == 2 + n * n


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_rows_found_before_an_error_are_already_out(tmp_path, fmt):
    """rdflib fails at the third solution (a pattern that is no regular expression): the two
    rows before it were written, which a command that gathers every row first never does."""
    graph = tmp_path / "g.ttl"
    graph.write_text(f'<{EX}s> <{EX}p> "o" .\n', encoding="utf-8")
    text = 'SELECT ?p ?m WHERE { VALUES ?p { "first" "second" "(" "never" } BIND(REGEX("x", ?p) AS ?m) }'
    result = kg("query", str(graph), text, "--format", fmt)
    assert result.exit_code == 1
    assert "SPARQL evaluation failed" in result.stderr and result.stderr.count("\n") == 1
    assert "first" in result.stdout and "second" in result.stdout and "never" not in result.stdout
