"""A worker process that dies (a crash in a C library, the out-of-memory killer, a kill
from outside) never hangs a build: its task runs again, and a file that kills every
worker reading it is skipped like any bad file (kg.pipeline.workers)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

# slow: worker processes killed during builds (~9 s)
pytestmark = pytest.mark.slow

MARK = "让工作进程死亡的标记"


@pytest.fixture
def news(tmp_path) -> Path:
    src = tmp_path / "news"
    src.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(p, src / p.name)
    (src / "b.txt").write_text(f"郑州市总工会举办职工运动会\n{MARK}。郑州市总工会主席李红出席。\n", encoding="utf-8")
    return src


# ``kg build`` with one file per task, so that two workers share the seeds out
ONE_FILE_TASKS = """
import sys
import kg.pipeline.parallel
kg.pipeline.parallel.TASK_MIN_BYTES = 1
sys.argv = ["kg", "build", *sys.argv[1:]]
from kg.cli import main
main()
"""
# and in which reading the marked text kills the worker process outright (SIGKILL, as
# the kernel's out-of-memory killer does): the forked workers inherit the patch
KILLER = f"""
import os, signal
from kg.extract.article import ArticleExtractor
original = ArticleExtractor.extract
def extract(self, doc, *args, **kwargs):
    if {MARK!r} in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(self, doc, *args, **kwargs)
ArticleExtractor.extract = extract
{ONE_FILE_TASKS}"""


@pytest.fixture
def run():
    """Start ``kg build`` processes; any still running at the end (a hang) is killed."""
    started: list[subprocess.Popen] = []

    def start(args: list[str], env: dict[str, str] | None = None, script: str | None = None) -> subprocess.Popen:
        cmd = [sys.executable, "-c", script, *args] if script else [sys.executable, "-m", "kg", "build", *args]
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1743465600", **(env or {})}
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()  # its workers die with it (kg.pipeline.procs)
            proc.wait()


def test_a_file_that_kills_every_worker_reading_it_is_skipped(news, tmp_path, run):
    proc = run([str(news), "-o", str(tmp_path / "out"), "--no-cache", "--jobs", "2"], script=KILLER)
    out, err = proc.communicate(timeout=300)  # (before kg.pipeline.workers: a hang)
    assert proc.returncode == 3, err
    assert f"skipped {news}/b.txt: the worker process reading it was killed by SIGKILL, out of memory?" in err
    assert "13 articles from 2 files" in out  # the seeds, whatever task they shared with it


def test_a_worker_killed_from_outside_loses_nothing(news, tmp_path, run):
    (news / "b.txt").unlink()
    ref = run([str(news), "-o", str(tmp_path / "ref"), "--no-cache", "--jobs", "1"])
    assert ref.wait(timeout=300) == 0
    hold = tmp_path / "hold"
    hold.mkdir()
    env = {"KG_TEST_PAUSE": "worker-task", "KG_TEST_PAUSE_DIR": str(hold)}
    proc = run([str(news), "-o", str(tmp_path / "out"), "--no-cache", "--jobs", "2"], env=env, script=ONE_FILE_TASKS)
    deadline = time.monotonic() + 120
    while not list(hold.glob("worker-task.*")):
        assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.02)
    victim = int(next(hold.glob("worker-task.*")).name.split(".")[1])
    assert victim != proc.pid
    os.kill(victim, signal.SIGKILL)
    (hold / "worker-task.go").touch()
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    for name in ("graph.ttl", "graph.json", "graph.graphml"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "ref" / name).read_bytes(), name
