"""Inputs given as URLs, read through fsspec (kg.ingest.remote): what a cluster's workers
need to read an archive on shared storage or an object store.  fsspec's ``memory://``
store stands for an object store (it lives in one process: a local build); ``file://``
is read by the workers of a real LocalCluster."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import fsspec
import pytest

from kg.ingest.sources import find_sources
from kg.pipeline.build import BuildOptions, run_build
from tests.conftest import SEEDS


@pytest.fixture
def memory_news():
    """The seeds (and a file to pass over) under memory://news/, removed afterwards."""
    fs = fsspec.filesystem("memory")
    for p in sorted(SEEDS.glob("*.txt")):
        fs.pipe(f"/news/{p.name}", p.read_bytes())
    fs.pipe("/news/photo.jpg", b"\xff\xd8")
    fs.pipe("/news/.hidden/x.txt", "工会".encode())
    yield "memory://news"
    fs.rm("/news", recursive=True)


def _sources(out: Path) -> set[str]:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {n["source"] for n in data["nodes"] if n.get("cls") == "Article"}


def test_a_url_folder_lists_its_supported_files_in_name_order(memory_news):
    files, problems = find_sources([memory_news, "memory://nowhere", f"{memory_news}/photo.jpg"])
    names = [sf.name for sf in files]
    assert names == [f"memory://news/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    assert all(sf.url for sf in files)
    assert [str(p) for p in problems] == [
        "memory://nowhere: no such file or folder",
        "memory://news/photo.jpg: unsupported file type '.jpg'; expected one of .txt, .md, .markdown, .html, "
        ".htm, .jsonl, .json, .xml, .rss, .atom, .ics, .csv, .srt, .vtt, .docx, .doc, .wps, .xlsx, .xls, .pdf, "
        ".rtf, .odt, .fodt, .ods, .odp, .fods, .fodp, .pptx, .ofd, .eml, .mhtml, .mht",
    ]
    globbed, _ = find_sources(["memory://news/*.txt"])
    assert [sf.name for sf in globbed] == [f"memory:///news/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]


def test_kg_articles_reads_urls_too(memory_news):
    from kg.ingest import read_articles

    result = read_articles([memory_news])
    assert result.skipped == [] and result.files == 2
    assert {a.source for a in result.articles} == {f"memory://news/{p.name}" for p in SEEDS.glob("*.txt")}


@pytest.mark.slow
def test_a_build_reads_urls_through_fsspec_as_it_reads_paths(memory_news, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1743465600")
    local = run_build(BuildOptions(inputs=[str(SEEDS)], outdir=tmp_path / "local", jobs=1, cache=False))
    remote = run_build(BuildOptions(inputs=[memory_news], outdir=tmp_path / "mem", jobs=1, cache=False))
    assert (remote.files, remote.articles, remote.counts) == (local.files, local.articles, local.counts)
    assert {s.split("/")[-1] for s in _sources(tmp_path / "mem")} == {p.name for p in SEEDS.glob("*.txt")}
    assert all(s.startswith("memory://news/") for s in _sources(tmp_path / "mem"))
    ttl = (tmp_path / "mem" / "graph.ttl").read_text(encoding="utf-8")
    assert '"memory://news/000_ba22a2eb888b9f8c.txt"' in ttl  # the build record names the URL read


@pytest.mark.slow
def test_a_cluster_reads_file_urls_in_its_workers(tmp_path, monkeypatch):
    from dask.distributed import LocalCluster

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1743465600")
    news = tmp_path / "news"
    shutil.copytree(SEEDS, news)
    url = news.as_uri()
    with LocalCluster(
        n_workers=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL
    ) as lc:
        dask = run_build(BuildOptions(inputs=[url], outdir=tmp_path / "dask", scheduler=lc.scheduler_address))
    run_build(BuildOptions(inputs=[url], outdir=tmp_path / "local", jobs=2, cache=False))
    assert dask.processed and dask.workers == 1
    for name in ("graph.ttl", "graph.json"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    assert all(s.startswith(f"{url}/") for s in _sources(tmp_path / "dask"))
