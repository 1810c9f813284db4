"""Memory benchmark: does ``kg query`` keep its memory flat however many rows it prints?

Not a test: run it by hand (``python benchmarks/query_stream.py``).  It writes a graph of
``n`` triples and runs ``kg query GRAPH 'SELECT * { ?a ?p ?b . ?c ?q ?d }'`` (n² rows) in
a child process for a small and a large ``n``, with stdout to /dev/null, and reads the
peak resident memory of that process (each run is waited for by its own wrapper, so
RUSAGE_CHILDREN is that one process).  A command that streams uses about the same
memory for both; one that gathers its rows grows with them.  ``--source DIR`` runs the
``kg`` package of another checkout (e.g. ``git archive`` of an older commit) for comparison.
The last line is machine-readable::

    query_stream format=<f> rows_small=<r> rows_large=<r> rss_small_mb=<m> rss_large_mb=<m> ratio=<large/small>
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d }"
WRAPPER = """
import json, resource, subprocess, sys, time
clock = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "peak_kb": peak_kb, "seconds": time.perf_counter() - clock}))
"""


def write_graph(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(f'<https://example.org/s{i}> <https://example.org/p> "值{i}"@zh .\n')


def run(graph: Path, fmt: str, source: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(source))
    cmd = [sys.executable, "-c", WRAPPER, sys.executable, "-m", "kg.cli", "query", str(graph), QUERY, "--format", fmt]
    out = subprocess.run(cmd, env=env, cwd=source, capture_output=True, text=True, check=True)  # -m puts cwd first
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        raise SystemExit(f"kg query exited {result['code']}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", type=int, default=100, help="triples of the small graph (rows: its square)")
    ap.add_argument("--large", type=int, default=700, help="triples of the large graph (rows: its square)")
    ap.add_argument("--format", dest="fmt", default="csv", choices=["csv", "json", "table"])
    ap.add_argument("--source", type=Path, default=ROOT, help="checkout whose kg package runs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-query-stream-") as tmp:
        got = {}
        for label, n in (("small", args.small), ("large", args.large)):
            graph = Path(tmp) / f"{label}.nt"
            write_graph(graph, n)
            got[label] = run(graph, args.fmt, args.source)
            mb = got[label]["peak_kb"] / 1024
            print(f"{label}: {n} triples, {n * n} rows, peak RSS {mb:.0f} MB, {got[label]['seconds']:.1f} s")
    small, large = got["small"]["peak_kb"] / 1024, got["large"]["peak_kb"] / 1024
    print(
        f"query_stream format={args.fmt} rows_small={args.small**2} rows_large={args.large**2} "
        f"rss_small_mb={small:.0f} rss_large_mb={large:.0f} ratio={large / small:.2f}"
    )


if __name__ == "__main__":
    main()
