"""``kg build --jobs N``: files processed in worker processes give the same bytes as one process."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.pipeline.parallel
from kg.cli import main
from kg.errors import KgError
from kg.ingest.sources import SourceFile
from kg.pipeline.build import BuildOptions, run_build
from kg.pipeline.parallel import FileJob, plan_tasks
from tests.conftest import ROOT, SEEDS

# slow: builds of seeds and corpus in worker processes (~12 s)
pytestmark = pytest.mark.slow

OUTPUTS = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.json", "graph.graphml", "graph.html")


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    """The seeds and the hand-made corpus (text, HTML, JSON lines, GBK, traditional), one
    file per task so that two workers share them out."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1743465600")
    monkeypatch.setattr(kg.pipeline.parallel, "TASK_MIN_BYTES", 1)
    src = tmp_path / "news"
    src.mkdir()
    for p in [*sorted(SEEDS.glob("*.txt")), *sorted((ROOT / "tests" / "corpus" / "docs").iterdir())]:
        shutil.copyfile(p, src / p.name)
    (src / "zz_bad.txt").write_bytes(b"\x00\x01binary\xff" * 30)
    return src


def build(src: Path, out: Path, jobs: int, **kw):
    opts = BuildOptions(
        inputs=[str(src)], outdir=out, progress=False, jobs=jobs, cache=False, formats=("ttl", "nt", "jsonld"), **kw
    )
    return run_build(opts, echo=lambda m: None)


def test_one_and_two_jobs_write_identical_bytes(corpus, tmp_path):
    one = build(corpus, tmp_path / "one", 1)
    two = build(corpus, tmp_path / "two", 2)
    assert one.workers == 0 and two.workers == 2
    assert one.articles == two.articles > 20 and one.counts == two.counts
    assert one.skipped == two.skipped and "zz_bad.txt" in one.skipped[0]
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_three_jobs_on_the_command_line(corpus, tmp_path):
    result = CliRunner().invoke(
        main, ["build", str(corpus), "-o", str(tmp_path / "three"), "--jobs", "3", "--no-cache"]
    )
    assert result.exit_code == 3, result.stderr  # finished, with the bad file skipped
    ref = build(corpus, tmp_path / "one", 1)
    assert ref.workers == 0
    for name in ("graph.ttl", "graph.json", "graph.html"):
        assert (tmp_path / "three" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name


def test_strict_stops_at_the_bad_file_in_workers_too(corpus, tmp_path):
    with pytest.raises(KgError, match=r"zz_bad\.txt"):
        build(corpus, tmp_path / "out", 2, strict=True)


def test_a_model_that_does_not_load_is_one_error_not_a_hang(corpus, tmp_path):
    with pytest.raises(KgError, match="cannot load spaCy pipeline 'no_such_model'"):
        build(corpus, tmp_path / "out", 2, model="no_such_model")


def test_progress_bar_runs_with_workers(corpus, tmp_path, capsys):
    report = run_build(
        BuildOptions(inputs=[str(corpus)], outdir=tmp_path / "out", progress=True, jobs=2, cache=False),
        echo=lambda m: None,
    )
    assert report.workers == 2
    assert "read, nlp, extract" in capsys.readouterr().err


def test_tasks_are_consecutive_files_of_bounded_size():
    jobs = [
        FileJob(SourceFile(Path(f"{i}.txt"), f"{i}.txt"), None, size)
        for i, size in enumerate([50_000] * 10 + [900_000] + [10_000] * 5)
    ]
    tasks = plan_tasks(jobs, 2)
    assert [j for t in tasks for j in t] == jobs
    assert all(sum(j.size for j in t) < kg.pipeline.parallel.TASK_MAX_BYTES + 900_000 for t in tasks)
    assert len(tasks) >= 3
    assert plan_tasks([], 2) == []


def test_tasks_shrink_towards_the_end_so_that_workers_finish_together():
    jobs = [FileJob(SourceFile(Path(f"{i}.txt"), f"{i}.txt"), None, 10_000) for i in range(400)]
    sizes = [sum(j.size for j in t) for t in plan_tasks(jobs, 2)]
    assert sizes[0] >= 3 * sizes[-2]  # the last but one: the last may hold a remainder
    assert all(b <= a for a, b in itertools.pairwise(sizes[:-1]))
    assert all(
        kg.pipeline.parallel.TASK_MIN_BYTES <= n < kg.pipeline.parallel.TASK_MAX_BYTES + 10_000 for n in sizes[:-1]
    )


def test_workers_forked_after_a_build_in_this_process_do_not_hang(corpus, tmp_path):
    """A forked worker inherits the parent's onnxruntime sessions without their threads;
    destroying one there waits forever.  Build in this process first (its pipeline stays
    loaded, with a multi-threaded session), leave an older pipeline to the garbage
    collector, then build with workers: they must neither hang nor change the output."""
    import os
    import signal
    import subprocess
    import sys

    script = f"""
import gc
from pathlib import Path
import kg.pipeline.parallel
from kg.pipeline.build import BuildOptions, run_build
kg.pipeline.parallel.TASK_MIN_BYTES = 1
opts = dict(inputs=[{str(corpus)!r}], progress=False, cache=False)
run_build(BuildOptions(outdir=Path({str(tmp_path / "one")!r}), jobs=1, **opts), echo=lambda m: None)
junk = [dict(kg.pipeline.parallel._MODELS)]
junk.append(junk)  # a cycle: only the garbage collector can free it
kg.pipeline.parallel._MODELS.clear()
run_build(BuildOptions(outdir=Path({str(tmp_path / "two")!r}), jobs=1, **opts), echo=lambda m: None)
del junk
report = run_build(BuildOptions(outdir=Path({str(tmp_path / "three")!r}), jobs=2, **opts), echo=lambda m: None)
print("workers", report.workers)
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=600)  # three builds; a loaded machine is slow, a hang endless
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers
        proc.communicate()
        pytest.fail("the build with workers hung")
    assert proc.returncode == 0, stderr
    assert "workers 2" in stdout
    for name in ("one", "two"):
        assert (tmp_path / name / "graph.ttl").read_bytes() == (tmp_path / "three" / "graph.ttl").read_bytes()
