"""Digests of what ``kg build`` writes for three fixed corpora, to prove a change left them alone.

    python tools/same_outputs.py --save before.json      # on the commit you start from
    python tools/same_outputs.py --check before.json     # after the change: exit 1 on any difference

The corpora: ``seeds/``, ``tests/corpus/docs/`` and the benchmark corpus that
``benchmarks/throughput.py`` makes from ``../shared/benchmarks`` (one copy, ``--repeat``).
Each is built with ``--no-cache`` and ``SOURCE_DATE_EPOCH`` fixed, so the digests only
change when what the build makes changes.  ``--only seeds`` builds one corpus (quick loop).
Refactorings and speed work must keep every digest; a change of behaviour says in its
commit which digests it changed and why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "benchmarks"
OUTPUTS = ("graph.ttl", "graph.json", "graph.graphml", "graph.html")
CORPORA = ("seeds", "corpus", "benchmark")
FIXED_TIME = 1743465600  # 2025-04-01T00:00:00Z


def _benchmark_corpus(folder: Path, repeat: int) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import throughput

    sets = {name: throughput.read_bio(SHARED / name) for name in throughput.SETS}
    throughput.write_corpus(sets, folder, repeat)
    return folder


def _settle(folder: Path) -> None:
    """Give every file the same modification time: the build record keeps it."""
    for p in folder.rglob("*"):
        os.utime(p, (FIXED_TIME, FIXED_TIME))


def digests(names: list[str], repeat: int, jobs: int | None) -> dict[str, dict[str, str]]:
    """{corpus: {output file: sha256}} of a fresh build of each corpus.

    Inputs are copied under fixed relative names with fixed times, and the build runs
    this checkout's code (``PYTHONPATH``), so that digests taken in two checkouts, or
    two temporary folders, agree when the code makes the same outputs.
    """
    out: dict[str, dict[str, str]] = {}
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(FIXED_TIME), "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in names:
            src = work / name
            if name == "benchmark":
                _benchmark_corpus(src, repeat)
            else:
                shutil.copytree(ROOT / "seeds" if name == "seeds" else ROOT / "tests" / "corpus" / "docs", src)
            _settle(src)
            dest = work / f"out-{name}"
            cmd = [sys.executable, "-m", "kg", "build", name, "-o", dest.name, "--no-cache"]
            if jobs:
                cmd += ["--jobs", str(jobs)]
            run = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
            if run.returncode not in (0, 3):
                raise SystemExit(f"{name}: kg build failed ({run.returncode}): {run.stderr.strip()[-500:]}")
            out[name] = {f: hashlib.sha256((dest / f).read_bytes()).hexdigest() for f in OUTPUTS}
            print(f"{name}: built", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, metavar="FILE.json", help="write the digests here")
    what.add_argument("--check", type=Path, metavar="FILE.json", help="compare with digests saved before")
    ap.add_argument("--only", choices=CORPORA, action="append", help="corpora to build (default: all three)")
    ap.add_argument("--repeat", type=int, default=1, help="copies of the benchmark sentence sets (default 1)")
    ap.add_argument("--jobs", type=int, default=None, help="kg build --jobs")
    a = ap.parse_args(argv)
    names = a.only or list(CORPORA)
    now = digests(names, a.repeat, a.jobs)
    if a.save:
        a.save.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"saved digests of {', '.join(names)} to {a.save}")
        return 0
    before = json.loads(a.check.read_text(encoding="utf-8"))
    changed = [f"{name}/{f}" for name in names for f in OUTPUTS if before.get(name, {}).get(f) != now[name][f]]
    for item in changed:
        print(f"changed: {item}")
    print("same bytes" if not changed else f"{len(changed)} output(s) differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
