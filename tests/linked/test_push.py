"""``kg push`` into a real Oxigraph server, and the canned queries over HTTP against rdflib.

The server is ``oxigraph serve`` (the ``oxigraph`` package of the test extra) on
127.0.0.1 and a free port, stopped when the module's tests are done.  Error paths use
real sockets too: a port nobody listens on, a server that never answers, a server
that refuses.
"""

from __future__ import annotations

import http.server
import socket
import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from rdflib import Graph, Literal, URIRef

from kg.linked.query import json_term, run_query
from kg.linked.resources import canned_queries
from kg.rdf.mapping import to_rdf
from tests.graphs import sample_graph
from tests.linked_helpers import Oxigraph, free_port, kg, oxigraph_binary, seeds_build

# slow: a real Oxigraph server started for the module (~3 s)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Oxigraph]:
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install -e '.[test]')")
    ox = Oxigraph(binary, tmp_path_factory.mktemp("oxigraph") / "db")
    try:
        yield ox
    finally:
        ox.stop()


@pytest.fixture(scope="module")
def seeds() -> Graph:
    return Graph().parse(seeds_build() / "graph.ttl")


def canonical(term: dict[str, str] | None) -> tuple | None:
    """A SPARQL JSON term with a typed literal in its canonical lexical form.

    Stores may keep a literal as written ("…Z") where rdflib normalises it ("…+00:00").
    """
    if term is None:
        return None
    if term.get("type") == "bnode":
        return ("bnode",)
    if term.get("type") == "literal" and term.get("datatype"):
        term = json_term(Literal(term["value"], datatype=URIRef(term["datatype"])))
    return tuple(sorted(term.items()))


def normal_rows_http(data: dict) -> Counter:
    names = data["head"]["vars"]
    return Counter(tuple(canonical(b.get(n)) for n in names) for b in data["results"]["bindings"])


def normal_rows_rdflib(g: Graph, text: str) -> Counter:
    result = run_query(g, text)
    return Counter(tuple(canonical(None if t is None else json_term(t)) for t in row) for row in result.rows)


def test_push_the_seeds_and_count(server, seeds):
    result = kg("push", str(seeds_build() / "graph.ttl"), "--endpoint", server.store)
    assert result.exit_code == 0, result.output
    assert f"added {len(seeds)} triples" in result.stdout
    assert server.count() == len(seeds)


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_canned_queries_give_the_same_rows_over_http_as_rdflib_on_the_file(server, seeds, name):
    if server.count() == 0:
        assert kg("push", str(seeds_build()), "--endpoint", server.store).exit_code == 0
    text = canned_queries()[name].text
    remote = normal_rows_http(server.select(text))
    local = normal_rows_rdflib(seeds, text)
    assert remote == local
    if name != "unions-without-area":
        assert sum(local.values()) > 0


def test_named_graph_post_adds_and_put_replaces(server, seeds):
    name = "https://example.org/graphs/news"
    sample = to_rdf(sample_graph())
    path = seeds_build().parent / f"{seeds_build().name}-sample.nt"
    sample.serialize(path, format="nt", encoding="utf-8")
    try:
        assert kg("push", str(path), "--endpoint", server.store, "--graph", name).exit_code == 0
        assert server.count(name) == len(sample)
        added = kg("push", str(seeds_build() / "graph.nt"), "--endpoint", server.store, "--graph", name)
        assert added.exit_code == 0
        assert server.count(name) == len(sample + seeds)
        replaced = kg(
            "push", str(seeds_build() / "graph.jsonld"), "--endpoint", server.store, "--graph", name, "--replace"
        )
        assert replaced.exit_code == 0 and "replaced the graph with" in replaced.stdout
        assert server.count(name) == len(seeds)
    finally:
        path.unlink()


# --------------------------------------------------------------------------- errors


def _error(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("kg: error: ") and result.stderr.count("\n") == 1, result.stderr
    for f in fragments:
        assert f in result.stderr, result.stderr


def test_unreachable_endpoint():
    port = free_port()
    _error(
        kg("push", str(seeds_build()), "--endpoint", f"http://127.0.0.1:{port}/store"),
        "cannot reach",
        "connection refused",
    )


def test_an_endpoint_that_does_not_take_rdf(server):
    # Oxigraph's query endpoint refuses N-Triples with 415
    _error(
        kg("push", str(seeds_build()), "--endpoint", f"{server.base}/query"),
        "refused the content type application/n-triples",
        "HTTP 415",
    )


def test_a_url_that_is_not_a_graph_store(server):
    _error(
        kg("push", str(seeds_build()), "--endpoint", f"{server.base}/no/such/thing"),
        "is not a Graph Store endpoint",
        "HTTP 404",
    )


class _Refuse(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(403)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"read-only dataset")

    def log_message(self, *args) -> None:
        pass


def test_a_refused_request():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Refuse)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        _error(
            kg("push", str(seeds_build()), "--endpoint", f"http://127.0.0.1:{httpd.server_port}/ds/data"),
            "refused the request",
            "HTTP 403",
        )
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_a_store_that_never_answers():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # connections wait in the backlog; nobody reads or answers
        port = silent.getsockname()[1]
        _error(
            kg("push", str(seeds_build()), "--endpoint", f"http://127.0.0.1:{port}/store", "--timeout", "0.5"),
            "did not answer within 0.5 s",
        )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--endpoint", "ftp://127.0.0.1/store"], "not an http(s) URL"),
        (["--endpoint", "http://127.0.0.1:9/store", "--graph", "not an iri"], "not an absolute IRI"),
    ],
)
def test_bad_arguments_fail_before_anything_is_sent(args, fragment):
    _error(kg("push", str(seeds_build()), *args), fragment)


def test_a_file_that_is_not_rdf_is_not_sent():
    port = free_port()  # nothing listens: the file must fail first
    _error(
        kg("push", str(seeds_build() / "graph.json"), "--endpoint", f"http://127.0.0.1:{port}/store"),
        "node-link JSON, not RDF",
    )
