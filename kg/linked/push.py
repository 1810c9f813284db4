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
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.linked.display import looks_like_text, quoted, shown
from kg.linked.rdfio import load_graph
from kg.rdf.formats import serialize_ntriples

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


def _bad_endpoint(endpoint: str, what: str) -> KgError:
    return KgError(f"endpoint {quoted(endpoint)} is not a valid URL: {what}")


def _url_problem(endpoint: str, reason: str) -> str:
    """urllib's ValueError for a malformed URL, said the way a user can act on."""
    if reason == "Invalid IPv6 URL":
        return "a '[' or ']' without its pair (an IPv6 address is written http://[::1]:7878/store)"
    cast = re.fullmatch(r"Port could not be cast to integer value as '(.*)'", reason)
    if cast:
        return f"the port {quoted(cast.group(1), 20)} is not a number from 1 to 65535"
    if reason.startswith("Port out of range"):
        return _port_out_of_range(endpoint)
    return shown(reason)


def _port_out_of_range(endpoint: str) -> str:
    port = re.search(r":(\d+)$", urllib.parse.urlsplit(endpoint).netloc)
    return f"the port {port.group(1) if port else ''} is out of range (1-65535)".replace("  ", " ")


def check_endpoint(endpoint: str) -> urllib.parse.SplitResult:
    """The parts of ``endpoint``, or a one-line KgError that names the URL and what is wrong.

    Everything is checked here, before any connection: a port out of range would
    otherwise show as "connection refused", and a malformed URL as urllib's ValueError.
    """
    bad = next((ch for ch in endpoint if ch.isspace() or not ch.isprintable()), None)
    if bad is not None:
        what = "a space" if bad == " " else f"the control character {shown(bad)}"
        raise _bad_endpoint(endpoint, f"it holds {what} (percent-encode it)")
    try:
        parts = urllib.parse.urlsplit(endpoint)
        port = parts.port
    except ValueError as exc:
        raise _bad_endpoint(endpoint, _url_problem(endpoint, str(exc))) from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"endpoint {quoted(endpoint)} is not an http(s) URL; {ENDPOINT_HINT}")
    if not parts.hostname:
        raise _bad_endpoint(endpoint, "it names no host (e.g. http://localhost:7878/store)")
    if port == 0:
        raise _bad_endpoint(endpoint, _port_out_of_range(endpoint))
    try:
        parts.hostname.encode("idna")
    except UnicodeError:
        raise _bad_endpoint(endpoint, f"the host name {quoted(parts.hostname, 80)} is not a valid one") from None
    return parts


def store_url(endpoint: str, graph: str | None = None) -> str:
    """The request URL: ``endpoint?default`` or ``endpoint?graph=IRI`` (IRI percent-encoded)."""
    parts = check_endpoint(endpoint)
    if graph is not None:
        g = urllib.parse.urlsplit(graph)
        if not g.scheme or any(c in graph for c in ' <>"{}|\\^`') or not graph.isprintable():
            raise KgError(f"graph name {quoted(graph)} is not an absolute IRI (e.g. https://example.org/graphs/news)")
    param = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    query = f"{parts.query}&{param}" if parts.query else param
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def _body_excerpt(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(400).decode("utf-8", "replace")
    except Exception:  # the body is only a hint
        return ""
    text = " ".join(body.split())
    return f": {shown(text, 200)}" if text and not text.lstrip().startswith("<") else ""


def _http_error(exc: urllib.error.HTTPError, endpoint: str) -> KgError:
    code, reason = exc.code, shown(str(exc.reason or http.client.responses.get(exc.code, "")), 60)
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
    if 300 <= code < 400:
        where = exc.headers.get("Location") if exc.headers else None
        to = f" to {quoted(where, 120)}" if where else ""
        return KgError(
            f"{endpoint} answered with a redirect ({status}){to}; nothing was stored: "
            "give the store's own URL as --endpoint"
        )
    return KgError(f"{endpoint} refused the request ({status}){_body_excerpt(exc)}")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: urllib would turn a POST into a GET and report success."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _not_http(endpoint: str, exc: Exception) -> KgError:
    """A reply that is not HTTP (an SSH banner, random bytes, nothing at all) as one safe line."""
    if isinstance(exc, (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
        why = "it closed the connection without a reply"
    elif isinstance(exc, http.client.LineTooLong):
        why = "its reply has a line longer than HTTP allows"
    elif isinstance(exc, http.client.BadStatusLine):
        line = str(exc.args[0] if exc.args else "").encode("latin-1", "replace").rstrip(b"\r\n")
        begins = f" (its reply begins {quoted(line.decode('utf-8'), 40)})" if looks_like_text(line) else ""
        why = f"its reply does not start with an HTTP status line{begins}"
    else:
        why = f"its reply is not valid HTTP ({shown(str(exc) or type(exc).__name__, 80)})"
    return KgError(f"{endpoint} did not answer as an HTTP server: {why}; is it the triple store's address and port?")


_REPLY_LIMIT = 1 << 16  # a Graph Store answers a POST or PUT with little or nothing


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
        with _OPENER.open(request, timeout=timeout) as response:
            response.read(_REPLY_LIMIT)  # an endless reply is not read to its end
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
        if isinstance(reason, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            raise _not_http(endpoint, reason) from None
        raise KgError(f"cannot reach {endpoint}: {shown(str(reason), 160)}") from None
    except TimeoutError:
        raise KgError(f"{endpoint} did not answer within {timeout:g} s") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise _not_http(endpoint, exc) from None
    except OSError as exc:
        raise KgError(f"cannot talk to {endpoint}: {shown(str(exc) or type(exc).__name__, 160)}") from None
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
