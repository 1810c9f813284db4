"""Hostile inputs: does ``kg build`` stay linear in time, memory and output size?

Not a test: run it by hand (``python benchmarks/hostile.py``).  Each case is a file
made here, built alone by ``kg build --no-cache --jobs 1`` in its own process with a
fresh output folder:

* ``normal``: about ``--size`` bytes of ordinary news, made the way
  ``benchmarks/throughput.py`` makes its corpus (from ``../shared/benchmarks`` by path,
  never copied into the project): the baseline every other case is measured against;
* ``nopunct``: one line of union words without any punctuation;
* ``article``: one article of union words with punctuation, in paragraphs;
* ``punct``: punctuation only;
* ``jsonl``: a JSON-lines record whose text is one punctuated paragraph;
* ``html``: tags nested ``--depth`` deep (``<font>`` and ``<div>``, never closed).

For each case it prints one machine-readable line::

    hostile case=<name> time_ratio=<t> rss_mb=<m> out_ratio=<o> seconds=<s> exit=<code>

``time_ratio`` is the build's wall time over the normal build's, ``rss_mb`` the peak
resident memory of the build (its worker processes included: ``wait4`` of its process),
``out_ratio`` the bytes of its output folder over the normal build's.  A build still
running after ``--timeout`` seconds is stopped and reported as
``hostile case=<name> did not finish in <N> s``.  Targets: every time ratio <= 3,
RSS <= 1024 MiB, out ratio <= 3.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repo; from a git worktree (…/wt/<name>) it is one level further up
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()), ROOT.parent / "shared"
)
WORDS = [
    "北京市",
    "总工会",
    "工会",
    "主席",
    "副主席",
    "委员会",
    "召开",
    "会议",
    "职工",
    "劳模",
    "张伟",
    "李明",
    "王芳",
    "朝阳区",
    "街道",
    "活动",
    "举办",
    "组织",
    "参加",
    "代表",
    "选举",
    "当选",
    "为",
    "书记",
    "区委",
    "常委",
    "组织部",
    "部长",
    "服务中心",
    "有限公司",
    "集团",
    "工匠",
    "获得",
    "荣誉",
    "称号",
    "市总",
    "以下简称",
    "人民政府",
    "副区长",
]
PUNCT = "，。、；：！？“”（）《》,.;:!?()"
TARGETS = {"time_ratio": 3.0, "rss_mb": 1024.0, "out_ratio": 3.0}


# --------------------------------------------------------------------------- inputs


def words(size: int, punctuated: bool, seed: int = 1) -> str:
    """Random union words up to ``size`` UTF-8 bytes, with sentence and clause marks when
    ``punctuated``."""
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        w = rng.choice(WORDS)
        if punctuated:
            w += rng.choice(("", "", "，", "。", "、"))
        out.append(w)
        n += len(w.encode())
    return "".join(out)


def paragraphs(text: str, every: int = 300) -> str:
    return "\n".join(text[i : i + every] for i in range(0, len(text), every))


def normal_corpus(folder: Path, size: int, shared: Path) -> Path:
    """Files of ordinary news adding up to about ``size`` bytes, as throughput.py makes them."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import throughput

    bench = shared / "benchmarks"
    sets = {name: throughput.read_bio(bench / name) for name in throughput.SETS}
    made = folder / "made"
    per_copy = sum(len(t.encode()) for ss in sets.values() for t, _ in ss)
    throughput.write_corpus(sets, made, max(1, -(-size // per_copy)))
    corpus = folder / "normal"
    corpus.mkdir(parents=True)
    total = 0
    for path in sorted(made.rglob("*.txt")):
        if total >= size:
            break
        data = path.read_bytes()
        (corpus / f"{path.parent.name}_{path.name}").write_bytes(data)
        total += len(data)
    shutil.rmtree(made)
    return corpus


def make_cases(folder: Path, size: int, depth: int, shared: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, Path] = {"normal": normal_corpus(folder, size, shared)}

    def write(name: str, text: str) -> None:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        cases[path.stem] = path

    write("nopunct.txt", words(size, punctuated=False) + "\n")
    write("article.txt", paragraphs(words(size, punctuated=True)) + "\n")
    rng = random.Random(2)
    write("punct.txt", "".join(rng.choice(PUNCT) for _ in range(size // 3)) + "\n")
    record = {"title": "北京市总工会召开会议", "date": "2025-04-01", "text": words(size, punctuated=True)}
    write("jsonl.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    write("html.html", "<html><body>" + "<font>工会<div>职工" * (depth // 2) + "</body></html>\n")
    return cases


# --------------------------------------------------------------------------- runs


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run_case(src: Path, out: Path, timeout: float, kg: list[str]) -> tuple[float, float, int, int] | None:
    """(seconds, peak RSS MiB, output bytes, exit code) of one build, None on timeout.

    The build runs in a session of its own, so that a timeout stops its workers too;
    ``wait4`` gives the peak RSS of the process and of every descendant it waited for.
    """
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*kg, "build", str(src), "-o", str(out), "--no-cache", "--jobs", "1"]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, cwd=out.parent
    )
    assert proc.stderr is not None
    os.set_blocking(proc.stderr.fileno(), False)
    err = bytearray()
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        chunk = proc.stderr.read()
        if chunk:
            err += chunk[: max(0, 4000 - len(err))]
        if pid:
            break
        if time.perf_counter() - start > timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
            return None
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 3):
        print(f"  {src.name}: exit {proc.returncode}: {err.decode(errors='replace').strip()[-600:]}", file=sys.stderr)
    return seconds, usage.ru_maxrss / 1024, folder_bytes(out) if out.exists() else 0, proc.returncode


def _fmt(key: str, value: float) -> str:
    return f"{key}={value:.0f}" if key == "rss_mb" else f"{key}={value:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="folder holding benchmarks/ (default: ../shared)")
    ap.add_argument("--size", type=int, default=2_000_000, help="bytes of each text case (default 2 MB)")
    ap.add_argument("--depth", type=int, default=20_000, help="nesting depth of the HTML case (default 20000)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds a case may run (default 600)")
    ap.add_argument("--only", action="append", help="run only these cases (the normal one always runs)")
    ap.add_argument("--workdir", type=Path, help="where to write inputs and outputs (default: a temp folder)")
    args = ap.parse_args(argv)
    if not (args.shared / "benchmarks").is_dir():
        print(f"hostile: no benchmarks folder in {args.shared}", file=sys.stderr)
        return 2

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-hostile-"))
    kg = [sys.executable, "-m", "kg"]
    failed = False
    try:
        cases = make_cases(work / "in", args.size, args.depth, args.shared)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        base: tuple[float, float, int, int] | None = None
        for name, src in cases.items():
            if name != "normal" and args.only and name not in args.only:
                continue
            res = run_case(src, work / f"out-{name}", args.timeout, kg)
            if res is None:
                print(f"hostile case={name} did not finish in {args.timeout:.0f} s", flush=True)
                failed = True
                if base is None:
                    return 1
                continue
            if base is None:
                base = res
            seconds, rss, size, code = res
            line = {
                "time_ratio": seconds / base[0],
                "rss_mb": rss,
                "out_ratio": size / max(1, base[2]),
            }
            print(
                f"hostile case={name}",
                *(_fmt(k, v) for k, v in line.items()),
                f"seconds={seconds:.1f} exit={code}",
                flush=True,
            )
            failed |= code not in (0, 3) or any(v > TARGETS[k] for k, v in line.items())
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
