"""``kg push``: load a graph into a triple store with the SPARQL 1.1 Graph Store Protocol.

The Graph Store HTTP Protocol is the one way of loading data that Oxigraph
(``…/store``), Apache Jena Fuseki (``…/DATASET/data``) and GraphDB
(``…/repositories/REPO/rdf-graphs/service``) all speak: POST adds triples to a graph,
PUT replaces it; ``?default`` names the default graph and ``?graph=IRI`` a named one.

The file is parsed here first, so that a file that is not RDF fails before anything is
sent, and sent as N-Triples, which every store accepts and which streams without
prefixes.  Each way the request can fail (nobody listening, a timeout, a store that
refuses the request or the content type, a URL that is not a Graph Store endpoint) gives
a one-line error that says what to check.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.linked.formats import serialize_ntriples
from kg.linked.rdfio import load_graph

CONTENT_TYPE = "application/n-triples"
ENDPOINT_HINT = (
    "Graph Store endpoints: Oxigraph http://HOST:7878/store, Fuseki http://HOST:3030/DATASET/data, "
    "GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service"
)


@dataclass
class PushReport:
    url: str
    method: str
    triples: int
    bytes: int
    status: int
    seconds: float

    def summary(self) -> str:
        verb = "replaced the graph with" if self.method == "PUT" else "added"
        return (
            f"{verb} {self.triples} triples ({self.bytes} bytes) at {self.url}: "
            f"HTTP {self.status} in {self.seconds:.2f} s"
        )


def store_url(endpoint: str, graph: str | None = None) -> str:
    """The request URL: ``endpoint?default`` or ``endpoint?graph=IRI`` (IRI percent-encoded)."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"endpoint {endpoint!r} is not an http(s) URL; {ENDPOINT_HINT}")
    if graph is not None:
        g = urllib.parse.urlsplit(graph)
        if not g.scheme or any(c in graph for c in ' <>"{}|\\^`'):
            raise KgError(f"graph name {graph!r} is not an absolute IRI (e.g. https://example.org/graphs/news)")
    param = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    query = f"{parts.query}&{param}" if parts.query else param
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def _body_excerpt(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(400).decode("utf-8", "replace")
    except Exception:  # the body is only a hint
        return ""
    text = " ".join(body.split())
    return f": {text[:200]}" if text and not text.lstrip().startswith("<") else ""


def _http_error(exc: urllib.error.HTTPError, endpoint: str) -> KgError:
    code, reason = exc.code, exc.reason or http.client.responses.get(exc.code, "")
    status = f"HTTP {code} {reason}".rstrip()
    if code == 415:
        return KgError(
            f"{endpoint} refused the content type {CONTENT_TYPE} ({status}); "
            f"it is not a Graph Store endpoint that takes RDF. {ENDPOINT_HINT}"
        )
    if code in (401, 403):
        return KgError(f"{endpoint} refused the request ({status}): the store wants credentials or write access")
    if code in (404, 405, 501):
        return KgError(f"{endpoint} is not a Graph Store endpoint ({status}). {ENDPOINT_HINT}")
    return KgError(f"{endpoint} refused the request ({status}){_body_excerpt(exc)}")


def send(
    data: bytes, endpoint: str, graph: str | None = None, replace: bool = False, timeout: float = 60.0
) -> tuple[str, str, int, float]:
    """Send N-Triples ``data``; returns (url, method, HTTP status, seconds) or raises KgError."""
    url = store_url(endpoint, graph)
    method = "PUT" if replace else "POST"
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": CONTENT_TYPE, "User-Agent": "kg-push"}
    )
    clock = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        raise _http_error(exc, endpoint) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, ConnectionRefusedError):
            raise KgError(f"cannot reach {endpoint}: connection refused (is the triple store running?)") from None
        if isinstance(reason, socket.gaierror):
            raise KgError(f"cannot reach {endpoint}: unknown host") from None
        if isinstance(reason, TimeoutError):
            raise KgError(f"{endpoint} did not answer within {timeout:g} s") from None
        raise KgError(f"cannot reach {endpoint}: {reason}") from None
    except TimeoutError:
        raise KgError(f"{endpoint} did not answer within {timeout:g} s") from None
    except (ConnectionError, http.client.HTTPException, OSError) as exc:
        raise KgError(f"cannot talk to {endpoint}: {exc or type(exc).__name__}") from None
    return url, method, status, time.perf_counter() - clock


def push_graph(
    g: Graph, endpoint: str, graph: str | None = None, replace: bool = False, timeout: float = 60.0
) -> PushReport:
    """Push the rdflib graph ``g`` to ``endpoint``."""
    data = serialize_ntriples(g)
    url, method, status, seconds = send(data, endpoint, graph, replace, timeout)
    return PushReport(url=url, method=method, triples=len(g), bytes=len(data), status=status, seconds=seconds)


def push_file(
    path: str | Path, endpoint: str, graph: str | None = None, replace: bool = False, timeout: float = 60.0
) -> PushReport:
    """Parse the RDF file at ``path`` and push it to ``endpoint``."""
    store_url(endpoint, graph)  # a wrong URL or graph name fails before the file is read
    return push_graph(load_graph(path), endpoint, graph, replace, timeout)
