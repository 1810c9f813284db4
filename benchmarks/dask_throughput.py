"""``benchmarks/throughput.py --scheduler local:N``: a Dask build against the local build on the same cores.

Not a test: run by hand.  On the corpus ``throughput.py`` writes (``--repeat`` copies of
the benchmark sentences), each round builds it twice, each build in a fresh process
with the cache off: ``kg build --jobs N`` and ``kg build --scheduler local:N`` (a
``LocalCluster`` of N worker processes, started and closed inside the timed build, as a
user's command does).  Then one Dask build of a corpus four times larger, for the
client's memory: resolution and export stay in the client, whose peak RSS must follow
the number of facts, not of characters read (the workers hold the text).  The last
line is machine-readable::

    throughput kg_dask=<chars/s> kg_local=<chars/s> ratio=<dask/local> client_rss_mb=<m> client_rss_4x_mb=<m>

Times are medians over ``--rounds``; builds of one round run back to back, so that a
burst of load from other tenants of a shared machine skews a round, not the result.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(spec: str) -> None:
    """In a fresh process: one build; prints its seconds, the process's peak RSS and counts as JSON."""
    import resource

    from kg.pipeline.build import BuildOptions, run_build

    args = json.loads(spec)
    opts = BuildOptions(
        inputs=[args["corpus"]],
        outdir=Path(args["out"]),
        progress=False,
        cache=False,
        jobs=args.get("jobs"),
        scheduler=args.get("scheduler"),
    )
    clock = time.perf_counter()
    report = run_build(opts, echo=lambda m: None)
    seconds = time.perf_counter() - clock
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # this process: the client, not the workers
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rss_mb": rss,
                "articles": report.articles,
                "relations": report.counts.get("relations", 0),
                "nodes": sum(v for k, v in report.counts.items() if k != "relations"),
                "workers": report.workers,
            }
        )
    )


def _run(corpus: Path, out: Path, **kw: object) -> dict:
    spec = json.dumps({"corpus": str(corpus), "out": str(out), **kw})
    proc = subprocess.run(
        [sys.executable, __file__, "--child", spec], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"throughput: build failed ({kw}): {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def same_bytes(a: Path, b: Path) -> bool:
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in ("graph.ttl", "graph.json", "graph.graphml"))


def main(scheduler: str, sets: dict, write_corpus, corpus_chars, corpus_files, work: Path, repeat: int, rounds: int):
    """Print the rounds, the client RSS of the corpus and of a corpus 4x larger, and the last line."""
    import os

    from kg.pipeline.options import LOCAL_SCHEDULER

    local = LOCAL_SCHEDULER.match(scheduler)
    jobs = int(local.group(1) or 0) if local else 0
    jobs = jobs or (len(os.sched_getaffinity(0)) if local else 2)
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    write_corpus(sets, corpus, repeat)
    chars = corpus_chars(corpus_files(corpus))
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"corpus: {chars} chars; kg build --jobs {jobs} vs kg build --scheduler {scheduler}, cache off")
    times: list[tuple[float, float]] = []
    dask = loc = {}
    for r in range(rounds):
        loc = _run(corpus, work / "out-local", jobs=jobs)
        dask = _run(corpus, work / "out-dask", scheduler=scheduler)
        times.append((loc["seconds"], dask["seconds"]))
        print(
            f"round {r + 1}: local {chars / loc['seconds']:,.0f} chars/s ({loc['seconds']:.1f} s), "
            f"dask {chars / dask['seconds']:,.0f} chars/s ({dask['seconds']:.1f} s, {dask['workers']} workers), "
            f"ratio {loc['seconds'] / dask['seconds']:.2f}"
        )
    print(f"same bytes (dask vs local): {same_bytes(work / 'out-local', work / 'out-dask')}")
    big = work / "corpus4"
    shutil.rmtree(big, ignore_errors=True)
    write_corpus(sets, big, 4 * repeat)
    big_chars = corpus_chars(corpus_files(big))
    dask4 = _run(big, work / "out-dask4", scheduler=scheduler)
    for label, c, d in (("1x", chars, dask), ("4x", big_chars, dask4)):
        print(
            f"client {label}: {c} chars, {d['articles']} articles, {d['nodes']} nodes, {d['relations']} relations: "
            f"peak RSS {d['rss_mb']:.0f} MiB (dask {c / d['seconds']:,.0f} chars/s)"
        )
    local_rate = chars / statistics.median(t[0] for t in times)
    dask_rate = chars / statistics.median(t[1] for t in times)
    ratio = statistics.median(a / b for a, b in times)
    print(
        f"throughput kg_dask={dask_rate:.0f} kg_local={local_rate:.0f} ratio={ratio:.2f} "
        f"client_rss_mb={dask['rss_mb']:.0f} client_rss_4x_mb={dask4['rss_mb']:.0f}"
    )
    return 0


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    sys.path.insert(0, str(ROOT))
    child(sys.argv[2])
