"""One file never ends a build of many: a bug that a file's text reveals skips that file.

The faults are injected into the real per-file stages (reading, the NLP pipeline,
extraction) by patching them to fail on a marker in the text; with ``--jobs 2`` the
forked workers inherit the patch, so the isolation is tested in real worker processes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.ingest
import kg.pipeline.parallel
from kg.cli import main
from kg.extract.article import ArticleExtractor
from kg.nlp.areas import AreaFinder
from tests.conftest import SEEDS
from tests.pipeline.marked_news import marked_news

# slow: builds with injected faults, in worker processes too (~11 s)
pytestmark = pytest.mark.slow

MARK = "触发故障的标记"


@pytest.fixture
def news(tmp_path, monkeypatch) -> Path:
    """Two good pages and one whose text carries the marker, one file per task."""
    return marked_news(tmp_path, monkeypatch, MARK)


def _fail_on_mark(original, text_of):
    def patched(self, *args, **kwargs):
        if MARK in text_of(*args):
            raise RuntimeError("injected fault")
        return original(self, *args, **kwargs)

    return patched


def _build(src: Path, out: Path, jobs: int, *extra: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--jobs", str(jobs), *extra], env=env)


def _articles(out: Path) -> set[str]:
    import json

    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {n.get("source") for n in data["nodes"] if n.get("cls") == "Article"}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(
    ("stage", "patch"),
    [
        (
            "extracting facts",
            lambda mp: mp.setattr(
                ArticleExtractor, "extract", _fail_on_mark(ArticleExtractor.extract, lambda doc, *a: doc.text)
            ),
        ),
        (
            "running the NLP pipeline",
            lambda mp: mp.setattr(
                AreaFinder, "__call__", _fail_on_mark(AreaFinder.__call__, lambda work, *a: work.tokens.text)
            ),
        ),
    ],
)
def test_a_file_that_breaks_a_stage_is_skipped_and_the_others_are_built(
    news, tmp_path, monkeypatch, jobs, stage, patch
):
    patch(monkeypatch)
    result = _build(news, tmp_path / "out", jobs, "--no-cache")
    assert result.exit_code == 3, result.output
    assert f"skipped {news}/b.txt: internal error while {stage}: RuntimeError: injected fault" in result.stderr
    assert "KG_DEBUG=1 shows the tracebacks" in result.stderr
    assert "Traceback" not in result.stderr
    assert _articles(tmp_path / "out") == {"a.txt", "c.txt"}


def test_a_file_that_breaks_reading_is_skipped(news, tmp_path, monkeypatch):
    original = kg.ingest.read_file

    def read_file(sf, **kw):
        if sf.path.name == "b.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return original(sf, **kw)

    monkeypatch.setattr(kg.pipeline.parallel, "read_file", read_file)  # as the per-file stage calls it
    result = _build(news, tmp_path / "out", 2, "--no-cache")
    assert result.exit_code == 3, result.output
    assert "b.txt: internal error while reading: RecursionError: maximum recursion depth exceeded" in result.stderr
    assert _articles(tmp_path / "out") == {"a.txt", "c.txt"}


def test_kg_debug_shows_the_traceback_of_the_skipped_file(news, tmp_path, monkeypatch):
    monkeypatch.setattr(ArticleExtractor, "extract", _fail_on_mark(ArticleExtractor.extract, lambda doc, *a: doc.text))
    result = _build(news, tmp_path / "out", 1, "--no-cache", env={"KG_DEBUG": "1"})
    assert result.exit_code == 3
    assert "kg: traceback of " in result.stderr and "b.txt" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr and "injected fault" in result.stderr


def test_a_bug_is_not_cached_so_a_fixed_kg_reads_the_file_again(news, tmp_path, monkeypatch):
    with monkeypatch.context() as mp:
        mp.setattr(ArticleExtractor, "extract", _fail_on_mark(ArticleExtractor.extract, lambda doc, *a: doc.text))
        first = _build(news, tmp_path / "out", 1)
    assert first.exit_code == 3
    second = _build(news, tmp_path / "out", 1)  # the bug is gone; the good files come from the cache
    assert second.exit_code == 0, second.output
    assert "cache: 2 of 3 files reused" in second.output
    assert "b.txt" in _articles(tmp_path / "out")


def test_strict_stops_at_a_file_that_reveals_a_bug(news, tmp_path, monkeypatch):
    monkeypatch.setattr(ArticleExtractor, "extract", _fail_on_mark(ArticleExtractor.extract, lambda doc, *a: doc.text))
    result = _build(news, tmp_path / "out", 1, "--no-cache", "--strict")
    assert result.exit_code == 1
    assert "b.txt: internal error while extracting facts" in result.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_ctrl_c_while_the_command_line_loads_is_one_line_and_exit_130(tmp_path):
    """A SIGINT at any moment from the entry point's first line on (here: from a timer
    started right before ``run()``, which then loads the command line) ends with "kg:
    interrupted" and 130.  Not before: importing ``kg.entry`` itself is the interpreter's
    start-up (on a fresh clone it compiles the modules first, slower than the timer)."""
    import subprocess
    import sys

    script = (
        "import os, signal, sys, threading, time\n"
        "go = threading.Event()\n"
        "def interrupt(delay):\n"
        "    go.wait()\n"
        "    time.sleep(delay)\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "threading.Thread(target=interrupt, args=(float(sys.argv[1]),), daemon=True).start()\n"
        "sys.argv = ['kg', 'build', sys.argv[2], '-o', sys.argv[3], '--no-cache', '--jobs', '1']\n"
        "from kg.entry import run\n"
        "go.set()\n"
        "run()\n"
    )
    seed = sorted(SEEDS.glob("*.txt"))[0]
    for step in range(16):
        delay = 0.004 + step * 0.012
        run = subprocess.run(
            [sys.executable, "-c", script, str(delay), str(seed), str(tmp_path / "out")],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 130, (delay, run.returncode, run.stderr[-800:])
        assert run.stderr.strip().splitlines()[-1] == "kg: interrupted", (delay, run.stderr[-800:])
        assert "Traceback" not in run.stderr, (delay, run.stderr[-800:])


def test_culprit_is_found_by_halving():
    from kg.pipeline.blame import culprit

    calls = []

    def fails(part):
        calls.append(len(part))
        return 37 in part

    assert culprit(list(range(100)), fails) == 37
    assert len(calls) <= 2 * 7 + 1  # log2(100) halvings, at most two tries each, and the last check
    assert culprit(list(range(10)), lambda part: 2 in part and 7 in part) is None  # only both together


def test_a_bug_in_resolution_names_the_article_whose_facts_revealed_it(news, tmp_path, monkeypatch):
    import kg.resolve.merge

    original = kg.resolve.merge.add_node

    def add_node(G, nid, cls, label, **attrs):
        if MARK in str(label):
            raise RuntimeError("injected fault")
        return original(G, nid, cls, label, **attrs)

    monkeypatch.setattr(kg.resolve.merge, "add_node", add_node)
    (news / "b.txt").write_text(f"{MARK}郑州市总工会举办职工运动会\n郑州市总工会主席李红出席。\n", encoding="utf-8")
    result = _build(news, tmp_path / "out", 1, "--no-cache")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"kg: internal error while resolving entities (in the facts of {news}/b.txt#0): "
        "RuntimeError: injected fault (set KG_DEBUG=1 for details)"
    )


def test_a_bug_in_an_export_names_the_file_written_and_the_article(news, tmp_path, monkeypatch):
    import kg.view.html

    original = kg.view.html.node_info

    def node_info(nid, data):
        if MARK in str(data.get("label")):
            raise RuntimeError("injected fault")
        return original(nid, data)

    monkeypatch.setattr(kg.view.html, "node_info", node_info)
    (news / "b.txt").write_text(f"{MARK}郑州市总工会举办职工运动会\n郑州市总工会主席李红出席。\n", encoding="utf-8")
    result = _build(news, tmp_path / "out", 2, "--no-cache")  # graph.html is written by a second process
    assert result.exit_code == 1
    assert f"kg: internal error while writing graph.html (in the facts of {news}/b.txt#0): RuntimeError" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_ctrl_c_that_a_library_swallowed_is_raised_again_at_the_next_check():
    """Code we import may catch the KeyboardInterrupt of a Ctrl-C (a bare ``except``);
    the interrupt must still end the command at the next stage boundary."""
    import os
    import signal

    from kg import interrupts

    before = signal.getsignal(signal.SIGINT)
    try:
        interrupts.install()
        interrupts.check()  # nothing came: nothing raised
        try:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # the handler runs at the next bytecode boundary
                pass
        except KeyboardInterrupt:
            pass  # what a careless library does
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
        interrupts.check()  # raised once: the command's handler has it now
    finally:
        signal.signal(signal.SIGINT, before)
