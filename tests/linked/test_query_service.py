"""``kg query`` and SERVICE: a query file must not send requests unless the user allows it.

The remote endpoint is a real HTTP server on 127.0.0.1, started here, that answers
as a SPARQL endpoint and records every request it gets.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.linked_helpers import kg

# slow: a `kg query` process per test (~14 s)
pytestmark = pytest.mark.slow

ANSWER = {"head": {"vars": ["a"]}, "results": {"bindings": [{"a": {"type": "literal", "value": "来自远方"}}]}}


class Endpoint:
    """A SPARQL endpoint on 127.0.0.1 that answers every GET or POST with ANSWER."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                outer.requests.append(self.path)
                body = json.dumps(ANSWER).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/sparql"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    e = Endpoint()
    yield e
    e.close()


@pytest.fixture
def graph(tmp_path) -> Path:
    """One triple: every pattern below matches once, so an EXISTS runs once."""
    path = tmp_path / "one.ttl"
    path.write_text('<https://example.org/s> <https://example.org/p> "o"@zh .\n', encoding="utf-8")
    return path


def hidden(url: str) -> dict[str, str]:
    s = f"SERVICE <{url}> {{ ?a ?b ?c }}"
    return {
        "plain": f"SELECT ?a WHERE {{ {s} }}",
        "optional": f"SELECT ?a WHERE {{ ?x ?y ?z OPTIONAL {{ {s} }} }}",
        "union": f"SELECT ?a WHERE {{ {{ ?x ?y ?z }} UNION {{ {s} }} }}",
        "subquery": f"SELECT ?a WHERE {{ {{ SELECT ?a WHERE {{ {s} }} }} }}",
        "filter-exists": f"SELECT ?x WHERE {{ ?x ?y ?z FILTER EXISTS {{ {s} }} }}",
        "filter-not-exists": f"SELECT ?x WHERE {{ ?x ?y ?z FILTER NOT EXISTS {{ {s} }} }}",
        "minus": f"SELECT ?x WHERE {{ ?x ?y ?z MINUS {{ {s} }} }}",
        "bind-exists": f"SELECT ?x ?e WHERE {{ ?x ?y ?z BIND(EXISTS {{ {s} }} AS ?e) }}",
        "having": f"SELECT ?x WHERE {{ ?x ?y ?z }} GROUP BY ?x HAVING (EXISTS {{ {s} }})",
        "order-by": f"SELECT ?x WHERE {{ ?x ?y ?z }} ORDER BY (EXISTS {{ {s} }})",
        "optional-filter": f"SELECT ?x WHERE {{ ?x ?y ?z OPTIONAL {{ ?x ?y ?w FILTER(EXISTS {{ {s} }}) }} }}",
        "graph": f"SELECT ?a WHERE {{ GRAPH ?g {{ {s} }} }}",
        "ask": f"ASK {{ {s} }}",
        "construct": f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ {s} }}",
        "describe": f"DESCRIBE ?a WHERE {{ {s} }}",
        "silent": f"SELECT ?a WHERE {{ SERVICE SILENT <{url}> {{ ?a ?b ?c }} }}",
        "variable": "SELECT ?a WHERE { VALUES ?svc { <" + url + "> } SERVICE ?svc { ?a ?b ?c } }",
        "lower-case": f"select ?a where {{ service <{url}> {{ ?a ?b ?c }} }}",
    }


CASES = sorted(hidden("http://x/"))


@pytest.mark.parametrize("case", CASES)
def test_a_service_clause_anywhere_is_refused_and_sends_nothing(endpoint, graph, case):
    result = kg("query", str(graph), hidden(endpoint.url)[case])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("kg: error: the query has SERVICE clauses")
    assert "--allow-service" in result.stderr and result.stderr.count("\n") == 1
    assert endpoint.requests == []


@pytest.mark.parametrize("how", ["argument", "file", "stdin"])
def test_with_allow_service_the_endpoint_is_asked_and_answers(endpoint, graph, tmp_path, how):
    text = f"SELECT ?a WHERE {{ SERVICE <{endpoint.url}> {{ ?a ?b ?c }} }}"
    if how == "argument":
        result = kg("query", str(graph), text, "--allow-service", "--format", "csv")
    elif how == "file":
        (tmp_path / "q.rq").write_text(text, encoding="utf-8")
        result = kg("query", str(graph), "--file", str(tmp_path / "q.rq"), "--allow-service", "--format", "csv")
    else:
        result = kg("query", str(graph), "--file", "-", "--allow-service", "--format", "csv", input=text)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["a", "来自远方"]
    assert len(endpoint.requests) == 1 and endpoint.requests[0].startswith("/sparql")


@pytest.mark.parametrize("case", ["optional", "filter-exists", "union", "subquery"])
def test_hidden_clauses_are_real_ones_rdflib_runs(endpoint, graph, case):
    """What the check finds is what rdflib would run: allowed, the endpoint is contacted."""
    result = kg("query", str(graph), hidden(endpoint.url)[case], "--allow-service")
    assert result.exit_code == 0, result.output
    assert endpoint.requests


def test_service_in_a_comment_or_a_string_is_no_clause(endpoint, graph):
    text = (
        f"# SERVICE <{endpoint.url}> {{ ?a ?b ?c }}\n"
        f'SELECT ?z WHERE {{ ?x ?y ?z FILTER(?z != "SERVICE <{endpoint.url}> {{ ?a ?b ?c }}") }}'
    )
    result = kg("query", str(graph), text, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["z", "o"]
    assert endpoint.requests == []


def test_from_clauses_load_nothing(endpoint, graph):
    text = f"SELECT ?s FROM <{endpoint.url}> FROM NAMED <{endpoint.url}/n> WHERE {{ ?s ?p ?o }}"
    result = kg("query", str(graph), text, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert endpoint.requests == []


def test_allowed_services_must_be_http_and_where_rdflib_sends_them(endpoint, graph):
    local = kg("query", str(graph), "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?a ?b ?c } }", "--allow-service")
    assert local.exit_code == 1 and "only http(s) endpoints are allowed" in local.stderr
    # rdflib sends every SERVICE clause to the endpoint of the first one in the text
    two = (
        f"SELECT * WHERE {{ {{ SERVICE <{endpoint.url}> {{ ?a ?b ?c }} }} "
        f"UNION {{ SERVICE <{endpoint.url}/other> {{ ?a ?b ?c }} }} }}"
    )
    result = kg("query", str(graph), two, "--allow-service")
    assert result.exit_code == 1 and "rdflib would send this clause to" in result.stderr
    assert endpoint.requests == []
