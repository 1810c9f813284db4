"""SPARQL from the command line (``kg query``) and the canned queries of ontology/queries."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import KgError
from kg.linked.query import format_table, prepare, run_query, with_prefixes
from kg.linked.resources import canned_queries, canned_query
from kg.rdf.mapping import to_rdf
from tests import graphs
from tests.graphs import sample_graph
from tests.linked_helpers import ROOT, SEED_FILES, kg, seeds_build

UNIONS = "SELECT ?l WHERE { ?u a kgo:TradeUnion ; rdfs:label ?l } ORDER BY ?l"


@pytest.fixture(scope="module")
def sample() -> Graph:
    return to_rdf(sample_graph())


@pytest.fixture(scope="module")
def seeds() -> Graph:
    return Graph().parse(seeds_build() / "graph.ttl")


def rows(g: Graph, name: str) -> list[tuple[str, ...]]:
    """A canned query's rows as text (unbound: "")."""
    result = run_query(g, canned_query(name).text)
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


# --------------------------------------------------------------------------- the canned queries


def test_there_are_the_canned_queries_the_issue_asks_for():
    assert {
        "officials",
        "unions-in-area",
        "events-by-organizer",
        "who-reported-what",
        "evidence",
        "unions-without-area",
    } <= set(canned_queries())
    for q in canned_queries().values():
        assert q.title, f"{q.name}.rq has no title comment"
        # each declares its own prefixes, so that it runs as it is in any SPARQL endpoint
        for prefix in set(re.findall(r"\b([a-z]+):[A-Za-z]", q.text.split("SELECT", 1)[1])):
            assert f"PREFIX {prefix}:" in q.text, (q.name, prefix)


def test_officials_of_a_union_with_their_roles(sample):
    got = {r[:3] for r in rows(sample, "officials")}
    assert got == {
        ("北京市总工会", "赵丽君", "党组成员"),
        ("北京市总工会", "赵丽君", "副主席"),
        ("朝阳区总工会", "王芳", "副主席"),
    }


def test_unions_within_an_area_include_those_of_its_sub_areas(sample):
    got = {(r[0], r[2]) for r in rows(sample, "unions-in-area")}
    # 建外街道总工会 is located in 建外街道, which is part of 朝阳区, which is part of 北京市
    assert {
        ("北京市", "建外街道总工会"),
        ("朝阳区", "建外街道总工会"),
        ("建外街道", "建外街道总工会"),
        ("北京市", "北京市总工会"),
    } == got


def test_events_by_organizer_and_month(sample):
    got = rows(sample, "events-by-organizer")
    assert ("北京市服务工会", "2025-03", "北京市服务工会第二届委员会第三次全体会议", "2025-03-28") in got
    assert ("朝阳区总工会", "2025-03", "朝阳区总工会全委会议", "2025-03") in got


def test_who_reported_what(sample):
    got = {r[:3] for r in rows(sample, "who-reported-what")}
    assert got == {("张伟", "reporter", graphs.HEADLINE), ("张伟", "photographer", graphs.HEADLINE)}


def test_the_evidence_behind_facts(sample):
    got = rows(sample, "evidence")
    assert (
        "北京市服务工会第二届委员会第三次全体会议",
        "organizer",
        "北京市服务工会",
        graphs.S3,
        graphs.HEADLINE,
        "100",
        str(100 + len(graphs.S3)),
        "0.9",
    ) in got
    posts = {(r[0], r[1], r[3]) for r in got if r[1].startswith("post:")}
    # a post read twice shows both sentences
    assert {("赵丽君", "post: 副主席", graphs.S1), ("赵丽君", "post: 副主席", graphs.S2)} <= posts
    assert ("宗晓畅", "award", "亦城工匠") in {r[:3] for r in got}


def test_unions_without_a_located_area(sample):
    assert {r[0] for r in rows(sample, "unions-without-area")} == {"朝阳区总工会", "北京市服务工会"}


def test_every_canned_query_answers_on_the_seeds(seeds):
    for name in canned_queries():
        got = rows(seeds, name)
        if name != "unions-without-area":  # a data-quality check may rightly come back empty
            assert got, f"{name} gave no rows on the seeds"


def test_build_inputs_names_every_seed_file_with_its_hash(seeds):
    got = {r[2]: r[3] for r in rows(seeds, "build-inputs")}
    want = {n: hashlib.sha256((ROOT / "seeds" / n).read_bytes()).hexdigest() for n in SEED_FILES}
    assert got == want


def test_unions_without_area_agrees_with_the_graph(seeds):
    flagged = {r[0] for r in rows(seeds, "unions-without-area")}
    located = {r[2] for r in rows(seeds, "unions-in-area")}
    every = {r[0] for r in run_query(seeds, UNIONS).rows}
    assert flagged == {str(u) for u in every} - located


def test_readme_documents_every_canned_query():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in canned_queries():
        assert f"--name {name}" in readme, f"README does not show kg query --name {name}"


# --------------------------------------------------------------------------- the library


def test_prefixes_of_the_contract_are_predeclared(sample):
    result = run_query(sample, UNIONS)
    assert [str(r[0]) for r in result.rows] == ["北京市总工会", "北京市服务工会", "建外街道总工会", "朝阳区总工会"]


def test_syntax_error_gives_line_and_column():
    with pytest.raises(KgError) as err:
        prepare("SELECT ?x WHERE {\n  ?x a kgo:Event .\n  ?x kgo:date ?d ) }")
    assert "line 3" in str(err.value) and "column" in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELEC ?x WHERE { ?x ?p ?o }", "expected SELECT, CONSTRUCT, DESCRIBE or ASK"),
        ("SELECT ?x WHERE { ?x a foo:Bar }", "unknown prefix foo:"),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "SPARQL Update"),
        ("SELECT ?x WHERE { ?x a kgo:Event ", "ends before it is complete"),
        ("   ", "empty"),
    ],
)
def test_wrong_queries_are_one_line_errors(text, message):
    with pytest.raises(KgError, match=re.escape(message)):
        prepare(text)


def test_ask_construct_and_describe(sample):
    assert run_query(sample, "ASK { ?e a kgo:Event }").boolean is True
    out = run_query(sample, "CONSTRUCT { ?u rdfs:label ?l } WHERE { ?u a kgo:TradeUnion ; rdfs:label ?l }")
    assert out.graph is not None and len(out.graph) == 4


def test_with_prefixes_adds_only_what_is_not_declared():
    text = with_prefixes("PREFIX kgo: <urn:x#>\nSELECT * { ?s ?p ?o }")
    assert text.count("PREFIX kgo:") == 1 and "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in text


def test_table_aligns_wide_characters_and_cuts_long_cells(sample):
    result = run_query(
        sample, "SELECT ?l ?c WHERE { ?a a kgo:AdministrativeArea ; rdfs:label ?l ; kgo:adminCode ?c } ORDER BY ?c"
    )
    lines = format_table(result).splitlines()
    bars = {
        line.index("|") + sum(1 for ch in line[: line.index("|")] if ord(ch) > 0x2E80) for line in lines if "|" in line
    }
    assert len(bars) == 1, lines  # the column bar sits at one display column on every line
    cut = format_table(run_query(sample, canned_query("evidence").text), max_width=12)
    assert all(len(cell.strip()) <= 12 for line in cut.splitlines()[2:] for cell in line.split(" | "))
    assert "…" in cut


# --------------------------------------------------------------------------- the command


def test_cli_query_table_csv_and_json():
    graph = str(seeds_build() / "graph.ttl")
    table = kg("query", graph, UNIONS)
    assert table.exit_code == 0 and "北京市总工会" in table.stdout and "rows)" in table.stderr
    as_csv = kg("query", graph, UNIONS, "--format", "csv")
    parsed = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert parsed[0] == ["l"] and ["北京市总工会"] in parsed
    as_json = json.loads(kg("query", graph, UNIONS, "--format", "json").stdout)
    assert as_json["head"]["vars"] == ["l"]
    first = as_json["results"]["bindings"][0]["l"]
    assert first["type"] == "literal" and first["xml:lang"] == "zh"
    assert len(as_json["results"]["bindings"]) == len(parsed) - 1


def test_cli_query_from_a_file_stdin_and_by_name(tmp_path):
    graph = str(seeds_build())  # a build's output folder stands for its graph.ttl
    q = tmp_path / "q.rq"
    q.write_text(canned_query("officials").text, encoding="utf-8")
    by_file = kg("query", graph, "--file", str(q), "--format", "csv")
    by_name = kg("query", graph, "--name", "officials", "--format", "csv")
    by_stdin = kg("query", graph, "--file", "-", "--format", "csv", input=q.read_text(encoding="utf-8"))
    assert by_file.exit_code == by_name.exit_code == by_stdin.exit_code == 0
    assert by_file.stdout == by_name.stdout == by_stdin.stdout and by_file.stdout.count("\n") > 1


def test_cli_query_lists_the_canned_queries():
    result = kg("query", "--list")
    assert result.exit_code == 0
    assert {line.split("\t")[0] for line in result.stdout.splitlines()} == set(canned_queries())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["SELECT ?x WHERE {\n ?x a kgo:Event\n ?x ?p }"], "SPARQL syntax error at line 3"),
        (["--name", "nope"], "no canned query named 'nope'; there are: "),
        (["--file", "/nonexistent/q.rq"], "cannot read the query"),
    ],
)
def test_cli_query_errors_are_one_line(args, message):
    result = kg("query", str(seeds_build() / "graph.ttl"), *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kg: error: {message}") or message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_cli_query_on_a_file_that_is_not_rdf(tmp_path):
    news = ROOT / "seeds" / SEED_FILES[0]
    result = kg("query", str(news), "ASK {}")
    assert result.exit_code == 1 and "not valid Turtle" in result.stderr
    hub = kg("query", str(Path(seeds_build()) / "graph.json"), "ASK {}")
    assert hub.exit_code == 1 and "node-link JSON, not RDF" in hub.stderr


def test_cli_query_needs_exactly_one_query():
    assert kg("query", str(seeds_build()), UNIONS, "--name", "officials").exit_code == 2
    assert kg("query", str(seeds_build())).exit_code == 2


def test_an_aggregate_over_an_unbound_optional_says_how_to_get_round_it(sample):
    where = "?e a kgo:Event ; rdfs:label ?l . OPTIONAL { ?e kgo:location/rdfs:label ?w }"
    plain = f'SELECT ?l (GROUP_CONCAT(DISTINCT ?w; separator="|") AS ?p) WHERE {{ {where} }} GROUP BY ?l'
    try:
        result = run_query(sample, plain)
    except KgError as exc:  # rdflib fails here (RDFLib/rdflib#882): the message must help
        assert "COALESCE" in str(exc)
    else:  # a fixed rdflib answers, one row per event
        assert len(result.rows) == 3
    # and the way round it the message gives works
    fixed = plain.replace("DISTINCT ?w", 'DISTINCT COALESCE(?w, "")')
    assert {str(p) for _, p in run_query(sample, fixed).rows} == {"望京SOHO广场", ""}
