"""``kg build --scheduler``: the per-file stages on a real Dask ``LocalCluster`` (processes on
127.0.0.1), nothing mocked: the same bytes as a local build, the cache on shared storage,
a file that trips a bug skipped as locally, a worker killed mid-build (kg.pipeline.cluster).
"""

from __future__ import annotations

import logging
import os
import signal
import time
from pathlib import Path

import pytest
from distributed import WorkerPlugin

from kg.errors import InputError
from kg.pipeline.build import BuildOptions, run_build
from tests.pipeline.marked_news import marked_news
from tests.pipeline.processes import kg_process

# slow: each test starts (or uses) a LocalCluster whose worker processes load the model
pytestmark = pytest.mark.slow

MARK = "集群里触发故障的标记"
OUTPUTS = ("graph.ttl", "graph.json", "graph.graphml", "graph.html")


def _cluster(**kw):
    from dask.distributed import LocalCluster

    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.CRITICAL,
        **kw,
    )


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, shared by the tests of this module that do not kill them."""
    from dask.distributed import Client

    with _cluster() as lc, Client(lc, set_as_default=False) as client:
        yield lc.scheduler_address, client


@pytest.fixture
def news(tmp_path, monkeypatch) -> Path:
    """Four small pages, one file per task (several tasks for two workers)."""
    return marked_news(
        tmp_path, monkeypatch, MARK, {"d.txt": "北京市总工会召开十五届三次全委会议，主席张三作工作报告。\n"}
    )


def _build(src: Path, out: Path, **kw):
    kw.setdefault("cache", False)
    return run_build(BuildOptions(inputs=[str(src)], outdir=out, progress=False, **kw), echo=lambda m: None)


def _same(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_a_cluster_build_writes_the_bytes_of_a_local_build_with_any_jobs(cluster, news, tmp_path):
    address, client = cluster
    report = _build(news, tmp_path / "dask", scheduler=address)
    assert sorted(report.processed) == sorted(f"{news}/{n}" for n in ("a.txt", "b.txt", "c.txt", "d.txt"))
    worker_pids = set(client.run(os.getpid).values())
    assert report.workers >= 1 and report.workers <= 2  # the tasks ran in the cluster's processes
    for jobs in (1, 2):
        _build(news, tmp_path / f"local{jobs}", jobs=jobs)
        _same(tmp_path / "dask", tmp_path / f"local{jobs}")
    assert worker_pids and os.getpid() not in worker_pids


def test_the_cache_on_shared_storage_makes_a_second_cluster_build_read_nothing(cluster, news, tmp_path, monkeypatch):
    address, _ = cluster
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "shared-cache"))
    first = _build(news, tmp_path / "one", scheduler=address, cache=True)
    assert len(first.processed) == 4 and not first.cached
    # the workers stored each file's result in the shared cache, under the build's keys
    assert len(list((tmp_path / "shared-cache" / "files").rglob("*.pkl"))) == 4
    second = _build(news, tmp_path / "two", scheduler=address, cache=True)
    assert second.processed == [] and len(second.cached) == 4
    _same(tmp_path / "one", tmp_path / "two")


def _install_fault() -> None:  # runs in each worker process (client.run)
    from kg.extract.article import ArticleExtractor

    if getattr(ArticleExtractor.extract, "faulty", False):
        return
    original = ArticleExtractor.extract

    def extract(self, doc, *args, **kwargs):
        if MARK in doc.text:
            raise RuntimeError("injected fault")
        return original(self, doc, *args, **kwargs)

    extract.faulty = True  # type: ignore[attr-defined]
    extract.original = original  # type: ignore[attr-defined]
    ArticleExtractor.extract = extract


def _remove_fault() -> None:
    from kg.extract.article import ArticleExtractor

    ArticleExtractor.extract = getattr(ArticleExtractor.extract, "original", ArticleExtractor.extract)


def test_a_file_that_crashes_the_extractor_on_a_worker_is_that_files_problem(cluster, news, tmp_path):
    address, client = cluster
    client.run(_install_fault)
    try:
        report = _build(news, tmp_path / "out", scheduler=address)
        assert report.skipped == [f"{news}/b.txt: internal error while extracting facts: RuntimeError: injected fault"]
        assert report.files == 3
        with pytest.raises(InputError, match=r"b\.txt: internal error while extracting facts"):
            _build(news, tmp_path / "strict", scheduler=address, strict=True)
        assert not (tmp_path / "strict" / "graph.ttl").exists()
    finally:
        client.run(_remove_fault)


def _wait_for(folder: Path, pattern: str, timeout: float = 120, exclude: set[Path] = frozenset()) -> Path:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        hits = sorted(set(folder.glob(pattern)) - set(exclude))
        if hits:
            return hits[0]
        time.sleep(0.05)
    raise AssertionError(f"nothing matched {pattern} in {timeout} s")


@pytest.fixture
def good_news(news) -> Path:
    (news / "b.txt").unlink()
    return news


def test_a_build_whose_worker_is_killed_finishes_with_the_same_bytes(good_news, tmp_path, monkeypatch):
    from dask.distributed import Client

    hold = tmp_path / "hold"
    hold.mkdir()
    monkeypatch.setenv("KG_TEST_PAUSE", "worker-task")
    monkeypatch.setenv("KG_TEST_PAUSE_DIR", str(hold))
    with _cluster() as lc, Client(lc, set_as_default=False) as client:
        out = tmp_path / "dask"
        build = kg_process("build", str(good_news), "-o", str(out), "--no-cache", "--scheduler", lc.scheduler_address)
        try:
            first = _wait_for(hold, "worker-task.*")
            victim = int(first.suffix[1:])
            assert victim in client.run(os.getpid).values()
            os.kill(victim, signal.SIGKILL)
            again = _wait_for(hold, "worker-task.*", exclude={first})  # the task, given to another worker
            assert int(again.suffix[1:]) != victim
            (hold / "worker-task.go").write_text("")
            stdout, stderr = build.communicate(timeout=300)
        finally:
            if build.poll() is None:
                build.kill()
    assert build.returncode == 0, stderr
    assert stderr == ""
    assert "3 articles from 3 files" in stdout or "articles from 3 files" in stdout
    monkeypatch.delenv("KG_TEST_PAUSE")
    _build(good_news, tmp_path / "local", jobs=1)
    _same(out, tmp_path / "local")


class _Killer(WorkerPlugin):
    """A worker plugin (on every worker, restarted ones too): reading the marked text
    kills the worker process outright, as a crash in a C library or the OOM killer would."""

    name = "kg-test-killer"

    def setup(self, worker) -> None:
        from kg.extract.article import ArticleExtractor

        original = ArticleExtractor.extract

        def extract(self, doc, *args, **kwargs):
            if MARK in doc.text:
                os.kill(os.getpid(), signal.SIGKILL)
            return original(self, doc, *args, **kwargs)

        ArticleExtractor.extract = extract


def test_a_file_that_kills_every_worker_reading_it_is_skipped_as_locally(news, tmp_path):
    """Dask gives up a task whose workers died (KilledWorker, here at the first death); the
    build runs it once more, then reports the file and finishes with the others."""
    import dask
    from dask.distributed import Client

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        lc = _cluster()
    (news / "a.txt").unlink()  # (small: each death costs a worker restart)
    (news / "c.txt").unlink()
    with lc, Client(lc, set_as_default=False) as client:
        client.register_plugin(_Killer())
        report = _build(news, tmp_path / "out", scheduler=lc.scheduler_address)
    assert report.skipped == [
        f"{news}/b.txt: the worker process reading it was lost (Dask: the workers running it died) "
        "(each of 2 times it read it alone)"
    ]
    assert report.files == 1 and report.articles == 1
    assert "b.txt" not in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
