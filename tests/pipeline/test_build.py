"""``kg build`` end to end, through the CLI runner: outputs, quality on the first seed page
(scored by the project's shared scorer), determinism, and bad input and output."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEEDS, SHARED, score_parts

GOLD = SHARED / "eval" / "gold" / "000_ba22a2eb888b9f8c.json"


def build(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["build", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    code, stdout, stderr = build(str(SEEDS / "000_ba22a2eb888b9f8c.txt"), "-o", str(out))
    assert code == 0, stderr
    return out, stdout


def test_build_writes_the_three_outputs_and_a_summary(seed_build):
    out, stdout = seed_build
    for name in ("graph.ttl", "graph.json", "graph.graphml", "graph.html"):
        assert (out / name).stat().st_size > 0
    assert "6 articles from 1 files" in stdout
    assert "TradeUnion" in stdout and "relations:" in stdout
    assert not list(out.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_quality_on_the_first_seed_page(seed_build):
    out, _ = seed_build
    s = score_parts(str(out / "graph.ttl"), str(GOLD))
    assert s["entity"] >= 0.95, s["detail"]
    assert s["relation"] >= 0.90, s["detail"]
    assert s["post"] >= 0.90, s["detail"]
    assert s["event_recall"] >= 0.90 and s["event_attributes"] >= 0.80, s["detail"]
    assert s["credit"] >= 0.95, s["detail"]
    assert s["overall"] >= 0.90, s["detail"]


def test_same_input_gives_byte_identical_files(tmp_path, seed_build):
    first, _ = seed_build
    code, _, stderr = build(str(SEEDS / "000_ba22a2eb888b9f8c.txt"), "-o", str(tmp_path))
    assert code == 0, stderr
    for name in ("graph.ttl", "graph.json", "graph.graphml", "graph.html"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


@pytest.mark.slow
def test_default_input_and_output_from_the_project_folder(tmp_path):
    """``kg build`` with no arguments reads seeds/ and writes output/ (in a separate process,
    as users run it)."""
    work = tmp_path / "proj"
    work.mkdir()
    (work / "seeds").symlink_to(SEEDS)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build"], cwd=work, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "13 articles from 2 files" in done.stdout
    assert (work / "output" / "graph.ttl").exists()


def test_one_bad_file_is_skipped_and_reported(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    page = "广州市总工会举办职工技能大赛\n\n本报讯（记者 李明）近日，广州市总工会举办职工技能大赛。\n"
    (src / "good.txt").write_text(page, encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 20)
    code, stdout, stderr = build(str(src), "-o", str(tmp_path / "out"))
    assert code == 3
    assert "bad.txt" in stderr and "Traceback" not in stderr
    assert "skipped 1 bad file" in stdout
    assert (tmp_path / "out" / "graph.ttl").exists()
    code, _, stderr = build(str(src), "-o", str(tmp_path / "out2"), "--strict")
    assert code == 1 and stderr.strip().count("\n") == 0 and "bad.txt" in stderr


def test_unwritable_output_is_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, stderr = build(str(SEEDS / "000_ba22a2eb888b9f8c.txt"), "-o", str(blocker / "sub"))
    assert code == 1
    assert stderr.startswith("kg: error:") and stderr.strip().count("\n") == 0


def test_missing_input_is_one_line_error(tmp_path):
    code, _, stderr = build(str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"))
    assert code == 1 and "nope.txt" in stderr and "Traceback" not in stderr


def test_a_build_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    from kg.pipeline.build import BuildOptions, run_build

    before = gc.get_threshold()
    run_build(BuildOptions(inputs=[str(SEEDS)], outdir=tmp_path, progress=False, cache=False), echo=lambda m: None)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
