"""The build cache (kg.pipeline.cache): unchanged files are not read again, outputs stay the same.

The tests count what a build did (``BuildReport.processed``: files run through NLP;
``cached``: files taken from the cache; the per-stage seconds) instead of timing it.
"""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline.build import BuildOptions, run_build
from kg.pipeline.cache import ENTRY, PER_FILE, BuildCache, _digest_files, _package_files, listed
from tests.conftest import ROOT, SEEDS
from tests.test_layout import imports, modules

OUTPUTS = ("graph.ttl", "graph.json", "graph.graphml", "graph.html")
EXTRA = (
    "广州市总工会举办职工技能大赛\n\n"
    "本报讯（记者 李明）近日，广州市总工会在天河区举办第三届职工技能大赛，120余名选手参赛。\n"
)


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    """Three small files, with fixed modification times (the build time is the newest)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1743465600")
    src = tmp_path / "news"
    src.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(p, src / p.name)
    (src / "002_extra.txt").write_text(EXTRA, encoding="utf-8")
    return src


def build(src: Path, out: Path, cache_dir: Path | None, **kw) -> object:
    opts = BuildOptions(
        inputs=[str(src)], outdir=out, progress=False, jobs=1, cache=cache_dir is not None, cache_dir=cache_dir, **kw
    )
    return run_build(opts, echo=lambda m: None)


def same_outputs(a: Path, b: Path, names=OUTPUTS) -> None:
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_second_build_reads_nothing_and_writes_the_same_bytes(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = build(corpus, tmp_path / "one", cache)
    assert sorted(first.processed) == sorted(f"{corpus}/{p.name}" for p in corpus.iterdir())
    assert not first.cached and first.seconds.get("nlp", 0) > 0

    again = build(corpus, tmp_path / "two", cache)
    assert again.processed == [] and len(again.cached) == 3
    assert again.outputs_reused and "nlp" not in again.seconds and "resolve" not in again.seconds
    assert (again.files, again.articles, again.counts) == (first.files, first.articles, first.counts)
    same_outputs(tmp_path / "one", tmp_path / "two")

    # other output options: per-file results reused, the graph resolved and written again
    third = build(corpus, tmp_path / "three", cache, formats=("ttl", "nt"))
    assert third.processed == [] and not third.outputs_reused and third.seconds["resolve"] > 0
    same_outputs(tmp_path / "one", tmp_path / "three")
    assert (tmp_path / "three" / "graph.nt").exists()


@pytest.mark.slow  # builds the corpus two or three times
def test_changing_one_file_reprocesses_only_that_file(corpus, tmp_path):
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "one", cache)
    changed = corpus / "002_extra.txt"
    changed.write_text(EXTRA.replace("广州市", "深圳市"), encoding="utf-8")
    report = build(corpus, tmp_path / "two", cache)
    assert report.processed == [f"{corpus}/002_extra.txt"]
    assert len(report.cached) == 2 and not report.outputs_reused
    build(corpus, tmp_path / "fresh", None)
    same_outputs(tmp_path / "two", tmp_path / "fresh")
    assert "深圳市总工会".encode() in (tmp_path / "two" / "graph.ttl").read_bytes()


@pytest.mark.slow  # builds the corpus two or three times
def test_corrupt_entries_are_rebuilt_not_fatal(corpus, tmp_path):
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "one", cache)
    entries = sorted((cache / "files").rglob("*.pkl"))
    assert len(entries) == 3
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:50])  # cut short
    entries[2].write_bytes(pickle.dumps({"format": -1, "key": "x", "value": None}))  # another layout
    outputs = next((cache / "outputs").iterdir())
    (outputs / ENTRY).write_text("{", encoding="utf-8")

    report = build(corpus, tmp_path / "two", cache)
    assert len(report.processed) == 3 and not report.outputs_reused
    same_outputs(tmp_path / "one", tmp_path / "two")
    again = build(corpus, tmp_path / "three", cache)  # the entries were written again
    assert again.processed == [] and again.outputs_reused


def test_a_missing_output_file_in_the_cache_means_building_again(corpus, tmp_path):
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "one", cache)
    (next((cache / "outputs").iterdir()) / "graph.html").unlink()
    report = build(corpus, tmp_path / "two", cache)
    assert report.processed == [] and not report.outputs_reused
    same_outputs(tmp_path / "one", tmp_path / "two")


@pytest.mark.slow  # builds the corpus two or three times
def test_a_truncated_cached_output_is_never_copied(corpus, tmp_path):
    """``truncate -s 100000 .kg-cache/outputs/*/graph.ttl``: the rebuild must not copy it."""
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "one", cache)
    (cached,) = (cache / "outputs").glob("*/graph.ttl")
    assert cached.stat().st_size > 100_000
    with cached.open("r+b") as fh:
        fh.truncate(100_000)
    report = build(corpus, tmp_path / "two", cache)
    assert report.processed == [] and not report.outputs_reused  # the entry failed its check
    same_outputs(tmp_path / "one", tmp_path / "two")
    assert not cached.parent.exists() or cached.stat().st_size > 100_000  # removed, or stored anew whole
    again = build(corpus, tmp_path / "three", cache)
    assert again.outputs_reused
    same_outputs(tmp_path / "one", tmp_path / "three")


@pytest.mark.slow  # builds the corpus two or three times
def test_a_changed_byte_in_a_cached_result_is_a_miss(corpus, tmp_path):
    """One byte of a pickle changed (北 -> 南 in UTF-8): the entry is not used, and removed."""
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "one", cache)
    shutil.rmtree(cache / "outputs")  # (else the identical outputs would be copied as a whole)
    north, south = "北京".encode(), "南京".encode()
    assert sum(a != b for a, b in zip(north, south, strict=True)) == 1
    victim = next(p for p in sorted((cache / "files").rglob("*.pkl")) if north in p.read_bytes())
    data = victim.read_bytes()
    victim.write_bytes(data.replace(north, south, 1))
    report = build(corpus, tmp_path / "two", cache)
    assert len(report.processed) == 1 and len(report.cached) == 2
    same_outputs(tmp_path / "one", tmp_path / "two")
    assert victim.read_bytes() == data  # the damaged entry was replaced by the result read again


@pytest.mark.slow  # builds the corpus two or three times
def test_touching_a_file_changes_the_build_time_not_the_per_file_results(corpus, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "one", cache)
    newest = max(p.stat().st_mtime for p in corpus.iterdir())
    os.utime(corpus / "002_extra.txt", (newest + 86400, newest + 86400))
    report = build(corpus, tmp_path / "two", cache)
    assert report.processed == [] and not report.outputs_reused  # the record (time) changed
    assert (tmp_path / "one" / "graph.ttl").read_bytes() != (tmp_path / "two" / "graph.ttl").read_bytes()


def test_keys_follow_content_name_and_options(tmp_path):
    cache = BuildCache(tmp_path)
    base = {"model": "lac", "region": None, "date": None}
    key = cache.file_key("a.txt", "0" * 64, base)
    assert key == cache.file_key("a.txt", "0" * 64, dict(base))
    assert key != cache.file_key("b.txt", "0" * 64, base)
    assert key != cache.file_key("a.txt", "1" * 64, base)
    for option, value in (("region", "北京市"), ("date", "2025-04-01"), ("model", "zh_core_web_sm")):
        assert key != cache.file_key("a.txt", "0" * 64, {**base, option: value})


@pytest.fixture
def package_copy(tmp_path, monkeypatch) -> Path:
    """A copy of the kg package that the fingerprints read instead of the real one."""
    import kg.pipeline.cache

    package = tmp_path / "kg"
    shutil.copytree(ROOT / "kg", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(kg.pipeline.cache, "PACKAGE", package)
    return package


def _digests() -> tuple[str, str]:
    """(per-file digest, whole-package digest) of the package the cache module reads."""
    return _digest_files(_package_files(True)), _digest_files(_package_files(False))


def test_rules_invalidate_per_file_results_and_exporters_only_outputs(package_copy):
    per_file, full = _digests()
    lexicon = next((package_copy / "data").rglob("*.txt"))
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "新词\n", encoding="utf-8")
    per_file2, full2 = _digests()
    assert per_file2 != per_file and full2 != full
    (package_copy / "rdf" / "mapping.py").write_text("# changed\n", encoding="utf-8")
    per_file3, full3 = _digests()
    assert per_file3 == per_file2 and full3 != full2


def test_moving_an_extraction_module_invalidates_per_file_results(package_copy):
    """Moved out of the per-file stages (here into the view), a rule module's later
    edits would go unnoticed; the move itself already changes the per-file digest."""
    per_file, _ = _digests()
    (package_copy / "extract" / "names.py").rename(package_copy / "view" / "names.py")
    assert _digests()[0] != per_file


def test_renaming_an_extraction_module_invalidates_per_file_results(package_copy):
    per_file, _ = _digests()
    (package_copy / "extract" / "names.py").rename(package_copy / "extract" / "legal_forms.py")
    assert _digests()[0] != per_file


def test_the_per_file_list_holds_every_module_the_per_file_stage_imports():
    """Whatever kg.pipeline.parallel imports, directly or not (lazily too), is in PER_FILE:
    a new module of the per-file stages that is not listed fails here, not as stale cache."""
    found = imports(ROOT)
    reach, todo = set(), ["kg.pipeline.parallel"]
    while todo:
        name = todo.pop()
        if name not in reach:
            reach.add(name)
            todo.extend(imp.imported for imp in found if imp.importer == name)
    files = {
        str(path.relative_to(ROOT / "kg").as_posix()) for name, (path, _) in modules(ROOT).items() if name in reach
    }
    assert "extract/article.py" in files and "nlp/mentions.py" in files
    assert {f for f in files if not listed(f, PER_FILE)} == set()


def test_every_per_file_entry_names_something():
    """A stale entry (a module moved away) would hide that its new place is not listed."""
    assert [x for x in PER_FILE if not (ROOT / "kg" / x).exists()] == []


def test_every_data_file_but_the_views_is_per_file():
    data = ROOT / "kg" / "data"
    files = {
        p.relative_to(ROOT / "kg").as_posix()
        for p in data.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc")
    }
    view_only = {f for f in files if listed(f, ("data/view", "data/view.json"))}
    assert view_only and {f for f in files - view_only if not listed(f, PER_FILE)} == set()
    assert not any(listed(f, PER_FILE) for f in view_only)


@pytest.mark.slow  # builds the corpus two or three times
def test_no_cache_neither_reads_nor_writes(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "one"), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert not cache.exists()
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "two"), "--jobs", "1"])
    assert result.exit_code == 0 and cache.is_dir()
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "three"), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0 and "cache:" not in result.stdout
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "four"), "--jobs", "1"])
    assert "cache: 3 of 3 files reused" in result.stdout
    same_outputs(tmp_path / "one", tmp_path / "four")


@pytest.mark.slow  # builds the corpus two or three times
def test_cache_info_and_clear(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    runner = CliRunner()
    empty = runner.invoke(main, ["cache", "info"])
    assert empty.exit_code == 0 and "0 file result(s)" in empty.stdout
    assert runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "one"), "--jobs", "1"]).exit_code == 0
    info = runner.invoke(main, ["cache", "info"])
    assert info.exit_code == 0 and "3 file result(s), 1 build output set(s)" in info.stdout
    cleared = runner.invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0 and "3 file result(s)" in cleared.stdout
    assert not cache.exists()
    report = build(corpus, tmp_path / "two", cache)
    assert len(report.processed) == 3


def test_unwritable_cache_folder_does_not_stop_the_build(corpus, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    report = build(corpus, tmp_path / "one", blocker / "cache")
    assert len(report.processed) == 3 and (tmp_path / "one" / "graph.ttl").exists()


def test_bad_files_are_cached_and_reported_again(corpus, tmp_path):
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary\xff" * 30)
    cache = tmp_path / "cache"
    first = build(corpus, tmp_path / "one", cache)
    again = build(corpus, tmp_path / "two", cache)
    assert again.processed == [] and again.skipped == first.skipped and "bad.txt" in again.skipped[0]
    with pytest.raises(Exception, match=r"bad\.txt"):
        build(corpus, tmp_path / "three", cache, strict=True)
