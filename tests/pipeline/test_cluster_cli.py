"""``kg build --scheduler`` as a user runs it: a malformed value, a scheduler that cannot be
reached, ``local:N`` with Ctrl-C in the middle (kg.pipeline.cluster)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import time

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline.options import check_scheduler
from tests.conftest import SEEDS
from tests.pipeline.processes import kg_process


@pytest.mark.parametrize(
    "spec", ["local", "local:2", "tcp://10.0.0.5:8786", "tls://sched.example:8786", "host:8786", "localhost:8786"]
)
def test_scheduler_values(spec):
    assert check_scheduler(spec) == spec


@pytest.mark.parametrize("spec", ["local:0", "local:x", "lo cal", "tcp://a b:1", "localhost/x"])
def test_a_malformed_scheduler_is_a_usage_error(spec, tmp_path):
    with pytest.raises(ValueError):
        check_scheduler(spec)
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "o"), "--scheduler", spec])
    assert result.exit_code == 2
    assert "Invalid value for '--scheduler'" in result.stderr
    assert not (tmp_path / "o").exists()


def test_a_worker_running_other_kg_code_refuses_its_task():
    """Its facts would differ from the client's and be cached where the client never looks."""
    from kg.errors import KgError
    from kg.pipeline.cache import pipeline_fingerprint
    from kg.pipeline.cluster import run_task
    from kg.pipeline.parallel import FileConfig

    with pytest.raises(KgError, match=r"runs other kg code than this client .*the client's: 000000000000\)"):
        run_task([], FileConfig(), None, "0" * 64)
    assert pipeline_fingerprint() != "0" * 64


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line_and_exit_3_within_the_timeout(tmp_path):
    address = f"tcp://127.0.0.1:{_closed_port()}"
    clock = time.monotonic()
    proc = kg_process("build", str(SEEDS), "-o", str(tmp_path / "o"), "--no-cache", "--scheduler", address,
               env={"KG_SCHEDULER_TIMEOUT": "2"})  # fmt: skip
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 3, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"kg: error: cannot reach the Dask scheduler at {address} within 2 s: ")
    assert time.monotonic() - clock < 60
    assert not (tmp_path / "o" / "graph.ttl").exists()


def _descendants(pid: int) -> set[int]:
    import psutil

    try:
        return {p.pid for p in psutil.Process(pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()


def _alive(pids: set[int]) -> set[int]:
    import psutil

    return {p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE}


@pytest.mark.slow
def test_ctrl_c_during_a_local_cluster_build_is_one_line_130_and_no_process_left(tmp_path):
    """Ctrl-C at a terminal signals the whole process group: the build, and the cluster's
    nanny and worker processes it started.  The build says one line, ends with 130, and
    closes the cluster: no process of it outlives it."""
    news = tmp_path / "news"
    news.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(p, news / p.name)
    hold = tmp_path / "hold"
    hold.mkdir()
    env = {"KG_TEST_PAUSE": "worker-task", "KG_TEST_PAUSE_DIR": str(hold)}
    proc = kg_process("build", str(news), "-o", str(tmp_path / "o"), "--no-cache", "--scheduler", "local:2",
               env=env, start_new_session=True)  # fmt: skip
    try:
        end = time.monotonic() + 180
        while not list(hold.glob("worker-task.*")) and time.monotonic() < end and proc.poll() is None:
            time.sleep(0.05)
        assert list(hold.glob("worker-task.*")), proc.communicate()[1]
        family = _descendants(proc.pid)
        worker = int(next(hold.glob("worker-task.*")).suffix[1:])
        assert worker in family
        os.killpg(proc.pid, signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    assert err == "kg: interrupted\n"
    end = time.monotonic() + 30
    while _alive(family) and time.monotonic() < end:
        time.sleep(0.1)
    assert not _alive(family)
    assert not (tmp_path / "o" / "graph.ttl").exists()


@pytest.mark.slow
def test_a_local_cluster_build_shows_its_dashboard_when_verbose(tmp_path, monkeypatch):
    """On a terminal (here: a progress bar asked for) the build names the dashboard of its
    LocalCluster; piped (progress off), it says nothing more than a local build."""
    from kg.pipeline.build import BuildOptions, run_build

    said: list[str] = []
    opts = BuildOptions(inputs=[str(SEEDS)], outdir=tmp_path / "o", cache=False, scheduler="local:1", progress=True)
    report = run_build(opts, echo=said.append)
    assert report.workers == 1
    assert len(said) == 1 and said[0].startswith("kg: Dask dashboard: http://127.0.0.1:")
    quiet: list[str] = []
    run_build(
        BuildOptions(inputs=[str(SEEDS)], outdir=tmp_path / "q", cache=False, scheduler="local:1", progress=False),
        echo=quiet.append,
    )
    assert quiet == []
