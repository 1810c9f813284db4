"""Kill real builds at random moments, and run builds into one folder at once; print what each left.

    python tools/kill_trials.py                   # 4 trials per signal (half during the export), 3 concurrent
    python tools/kill_trials.py --trials 10 --signals KILL,TERM

The corpus is the benchmark's (``benchmarks/throughput.py`` over ``../shared/benchmarks``,
one copy), big enough for ``--jobs 2`` to run two workers and for the export to take a
second.  The output folder starts with the *old* set (a build of the pd_dev files
only, plus a ``.gitkeep`` of the user's); each trial starts a build of the whole corpus
(the *new* set), sends the signal after a random delay within the time a build takes,
and reports what the folder held: ``old`` or ``new`` (every file byte-identical to that
set), or ``MIXED``; whether a process of the build outlived it; and, after one reader
(``kg query OUT``) has run, whether anything but the set and ``.gitkeep`` was left.
Unlike tests/pipeline/test_outsets.py, nothing holds the build at a point: this is what users meet.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "benchmarks"
OUTPUTS = ("graph.ttl", "graph.json", "graph.graphml", "graph.html")
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1743465600", "PYTHONPATH": str(ROOT)}


def kg(*args: str, token: str | None = None) -> subprocess.Popen:
    env = dict(ENV, KG_TEST_TOKEN=token) if token else ENV
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def digests(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in OUTPUTS if (folder / n).exists()}


def strays(token: str, wait: float = 10.0) -> int:
    """Processes carrying ``token`` still alive ``wait`` seconds on (then killed)."""
    needle = f"KG_TEST_TOKEN={token}".encode()
    deadline = time.monotonic() + wait
    while True:
        found = []
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                try:
                    if needle in (proc / "environ").read_bytes().split(b"\0"):
                        state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
                        found += [int(proc.name)] if state != "Z" else []
                except OSError:
                    pass
        if not found or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    for pid in found:
        os.kill(pid, signal.SIGKILL)
    return len(found)


def state(folder: Path, sets: dict[str, dict[str, str]]) -> str:
    got = digests(folder)
    return next((name for name, ds in sets.items() if got == ds), "MIXED")


def staging(out: Path) -> bool:
    """Whether a build is writing its set (the pre-set code wrote straight into OUT: any temp file)."""
    return any(p.name.startswith(".kg-stage-") or p.name.endswith(".tmp") for p in out.iterdir())


def read_folder(out: Path) -> str:
    """Run one reader of the folder; what is left besides the set and .gitkeep."""
    subprocess.run([sys.executable, "-m", "kg", "query", str(out), "ASK { ?s ?p ?o }"], env=ENV, capture_output=True)
    extra = sorted(p.name for p in out.iterdir() if p.name not in (*OUTPUTS, ".gitkeep"))
    return ", ".join(extra) or "clean"


def fresh(out: Path, ref: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(ref, out)
    (out / ".gitkeep").write_text("mine\n")


def build(inputs: list[str], out: Path, *extra: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", *inputs, "-o", str(out), "--no-cache", *extra],
        env=ENV,
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 3):
        raise SystemExit(f"build failed: {done.stderr[-500:]}")
    return time.perf_counter() - start


def timed_build(inputs: list[str], out: Path) -> tuple[float, float]:
    """Seconds a build takes, and after how many its staging folder appears (the export)."""
    start = time.perf_counter()
    proc = kg("build", *inputs, "-o", str(out), "--no-cache", "--jobs", "2")
    export = None
    while proc.poll() is None:
        if export is None and out.is_dir() and staging(out):
            export = time.perf_counter() - start
        time.sleep(0.01)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 3):
        raise SystemExit(f"build failed: {proc.stderr.read()[-500:]}")  # type: ignore[union-attr]
    return took, export if export is not None else took / 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=4, help="kill trials per signal (default 4)")
    ap.add_argument("--signals", default="KILL,INT,TERM", help="comma-separated signal names (default KILL,INT,TERM)")
    ap.add_argument("--concurrent", type=int, default=3, help="trials of two builds / two updates at once")
    ap.add_argument("--seed", type=int, default=1, help="random seed of the delays")
    ap.add_argument("--shared", type=Path, default=SHARED, help=f"the benchmark sentences (default {SHARED})")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import throughput

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        throughput.write_corpus({n: throughput.read_bio(args.shared / n) for n in throughput.SETS}, corpus, 1)
        old_inputs = [str(p) for p in sorted(corpus.rglob("pd_dev_*.txt"))]
        build(old_inputs, work / "ref-old", "--jobs", "2")
        took, export = timed_build([str(corpus)], work / "ref-new")
        sets = {"old": digests(work / "ref-old"), "new": digests(work / "ref-new")}
        print(
            f"corpus: {len(list(corpus.rglob('*.txt')))} files; a build of the new set takes {took:.1f} s, "
            f"its export starts after {export:.1f} s; every other kill is aimed at the export"
        )
        print("(phase: what the folder showed right before the signal; done: the build had finished)")
        out = work / "out"
        tally: dict[str, int] = {}

        print("trial  signal   after_s  phase          exit  left   strays  after a reader")
        n = 0
        for name in args.signals.split(","):
            sig = getattr(signal, f"SIG{name.strip().upper()}")
            for k in range(args.trials):
                n += 1
                fresh(out, work / "ref-old")
                token = uuid.uuid4().hex
                proc = kg("build", str(corpus), "-o", str(out), "--jobs", "2", "--no-cache", token=token)
                start = time.perf_counter()
                if k % 2:  # anywhere in the build
                    time.sleep(rng.uniform(0.5, took))
                else:  # during the export: once the staging folder is there, within the export's length
                    while proc.poll() is None and not staging(out):
                        time.sleep(0.005)
                    time.sleep(rng.uniform(0, took - export))
                delay = time.perf_counter() - start
                phase = "done" if proc.poll() is not None else "export" if staging(out) else "before export"
                proc.send_signal(sig)
                rc = proc.wait()
                left, stray = state(out, sets), strays(token)
                after = read_folder(out)
                final = state(out, sets)
                line = f"{n:5}  {sig.name:8} {delay:7.1f}  {phase:13}  {rc:4}  {left:5}  {stray:6}  {final}, {after}"
                print(line, flush=True)
                tally[left] = tally.get(left, 0) + 1
                tally["strays"] = tally.get("strays", 0) + stray
                tally["unclean"] = tally.get("unclean", 0) + (after != "clean")
                tally["mixed after reader"] = tally.get("mixed after reader", 0) + (final == "MIXED")

        print("\ntwo builds into one folder (old-set inputs and new-set inputs), the second started later")
        for i in range(args.concurrent):
            fresh(out, work / "ref-old")
            first = kg("build", *old_inputs, "-o", str(out), "--jobs", "2", "--no-cache")
            time.sleep(rng.uniform(0, took / 2))
            second = kg("build", str(corpus), "-o", str(out), "--jobs", "2", "--no-cache")
            rcs = (first.wait(), second.wait())
            waited = "waiting for pid" in second.stderr.read()  # type: ignore[union-attr]
            final = state(out, sets)
            print(f"{i + 1:5}  exits {rcs}  second waited: {waited}  left: {final}, {read_folder(out)}", flush=True)
            tally["concurrent builds not new"] = tally.get("concurrent builds not new", 0) + (final != "new")

        print("\ntwo --update runs at once, each adding different files to the old set")
        msra = sorted(corpus.rglob("msra_test_bio_*.txt"))
        half = len(msra) // 2
        for i in range(args.concurrent):
            fresh(out, work / "ref-old")
            a = kg("build", *map(str, msra[:half]), "-o", str(out), "--update", "--jobs", "2", "--no-cache")
            time.sleep(rng.uniform(0, took / 3))
            b = kg("build", *map(str, msra[half:]), "-o", str(out), "--update", "--jobs", "2", "--no-cache")
            rcs = (a.wait(), b.wait())
            record = json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["build"]["inputs"]
            held = {Path(d["name"]).name for d in record}
            want = {p.name for p in msra} | {Path(p).name for p in old_inputs}
            ok = held == want
            print(f"{i + 1:5}  exits {rcs}  record holds both runs' files and the old: {ok} ({len(held)} files)")
            tally["updates lost"] = tally.get("updates lost", 0) + (not ok)
        print("\n" + " ".join(f"{k}={v}" for k, v in tally.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
