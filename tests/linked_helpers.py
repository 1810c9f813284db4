"""Shared helpers of the linked-data tests: builds of the seeds, the CLI, an Oxigraph server.

The seeds are built in-process from the repository root (``kg build seeds`` as in the
README), once per test run for the tests that only read the result.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(p.name for p in SEEDS.iterdir() if p.suffix == ".txt")


@contextlib.contextmanager
def env(**values: str | None) -> Iterator[None]:
    """Set (or, with None, unset) environment variables for the block."""
    old = {k: os.environ.get(k) for k in values}
    try:
        for k, v in values.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def kg(*args: str, input: str | None = None) -> Result:
    """Run the ``kg`` command line in-process from the repository root."""
    from kg.cli import main

    with contextlib.chdir(ROOT):
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def build(outdir: Path, inputs: Sequence[str] = ("seeds",), *extra: str) -> Result:
    """``kg build INPUTS -o OUTDIR …``; fails the test if the build does not succeed."""
    result = kg("build", *inputs, "-o", str(outdir), *extra)
    assert result.exit_code == 0, result.output
    return result


@functools.cache
def seeds_build() -> Path:
    """The seeds built once with every RDF format; shared read-only by the tests."""
    out = Path(tempfile.mkdtemp(prefix="kg-seeds-"))
    atexit.register(shutil.rmtree, out, True)
    build(out, ("seeds",), "--format", "ttl,nt,jsonld")
    return out


# --------------------------------------------------------------------------- a real triple store


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


class Oxigraph:
    """``oxigraph serve`` on 127.0.0.1 and a free port, with its data in ``location``."""

    def __init__(self, binary: str, location: Path, startup: float = 30.0) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = location.parent / f"oxigraph-{self.port}.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + startup
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph exited: {self.log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{self.base}/", timeout=1):
                    return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"oxigraph did not answer within {startup} s")

    @property
    def store(self) -> str:
        return f"{self.base}/store"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def select(self, query: str, graph: str | None = None) -> dict:
        """Run a SELECT over HTTP (SPARQL 1.1 Protocol); the JSON results."""
        import json
        import urllib.parse

        url = f"{self.base}/query"
        if graph is not None:
            url += "?default-graph-uri=" + urllib.parse.quote(graph, safe="")
        request = urllib.request.Request(
            url,
            data=query.encode("utf-8"),
            method="POST",
            headers={
                "Content-Type": "application/sparql-query; charset=utf-8",
                "Accept": "application/sparql-results+json",
            },
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read().decode("utf-8"))

    def count(self, graph: str | None = None) -> int:
        data = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", graph)
        return int(data["results"]["bindings"][0]["n"]["value"])
