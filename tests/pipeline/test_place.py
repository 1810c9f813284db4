"""Outputs do not depend on where the inputs lie (issue 13, part 6).

Article and event ids are made of the file's content digest, and the names outputs give
files are relative to the folder the build was given (kg.ingest.sources), so the same
files built from two folders give the same bytes, and no output shows a local folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.ingest import read_articles
from kg.ingest.sources import find_sources
from kg.model.article import article_id
from tests.linked_helpers import ROOT, SEED_FILES, env

OUTPUTS = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.json", "graph.graphml", "graph.html")
TEXT = "北京市总工会召开会议\n本报讯 4月1日，北京市总工会召开全体会议，部署今年工作。\n"


def _kg(cwd: Path, *args: str) -> str:
    from kg.cli import main

    with contextlib.chdir(cwd), env(SOURCE_DATE_EPOCH="1743465600", KG_CACHE_DIR=str(cwd / "cache")):
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- names and ids


def test_output_names_are_relative_to_the_input_given(tmp_path):
    _write(tmp_path / "news" / "a.txt", TEXT)
    _write(tmp_path / "news" / "sub" / "b.txt", TEXT + "又一段。\n")
    spelled = {
        "folder": [str(tmp_path / "news")],
        "file": [str(tmp_path / "news" / "sub" / "b.txt")],
        "glob": [f"{tmp_path}/news/**/*.txt"],
    }
    got = {k: [(Path(sf.name), sf.rel) for sf in find_sources(v)[0]] for k, v in spelled.items()}
    assert [r for _, r in got["folder"]] == ["a.txt", "sub/b.txt"]
    assert [r for _, r in got["file"]] == ["b.txt"]
    assert [r for _, r in got["glob"]] == ["a.txt", "sub/b.txt"]
    # messages still name the file as the user spelled it
    assert got["file"][0][0] == tmp_path / "news" / "sub" / "b.txt"


def test_two_inputs_holding_the_same_name_stay_apart(tmp_path):
    """``kg build a/ b/``, both with 000.txt: named after their folders, ids from their content."""
    _write(tmp_path / "a" / "000.txt", TEXT)
    _write(tmp_path / "b" / "000.txt", TEXT.replace("全体会议", "主席会议"))
    _write(tmp_path / "b" / "001.txt", TEXT)
    res = read_articles([str(tmp_path / "a"), str(tmp_path / "b")])
    assert [a.source for a in res.articles] == ["a/000.txt", "b/000.txt", "001.txt"]
    ids = [article_id(a) for a in res.articles]
    digest = hashlib.sha256((tmp_path / "a" / "000.txt").read_bytes()).hexdigest()[:16]
    assert ids[0] == f"article:{digest}#0"
    assert ids[0] != ids[1]
    assert ids[0] == ids[2]  # the same content is the same article, whatever its name
    # alone, a/ names its file as ever: the names of one build's files do not collide
    assert [a.source for a in read_articles([str(tmp_path / "a")]).articles] == ["000.txt"]


# --------------------------------------------------------------------------- whole builds


@pytest.mark.slow
def test_the_same_files_from_two_folders_give_the_same_bytes(tmp_path):
    one = tmp_path / "one"
    two = tmp_path / "x" / "y" / "z" / "two"
    for folder in (one, two):
        folder.mkdir(parents=True)
        for n in SEED_FILES:
            shutil.copy2(ROOT / "seeds" / n, folder / n)  # (modification times kept: the build time)
    common = ("--format", "ttl,nt,jsonld", "--no-cache", "--jobs", "1")
    _kg(tmp_path, "build", "one/", "-o", str(tmp_path / "out1"), *common)
    elsewhere = _write(tmp_path / "w" / "note.md", "x").parent
    _kg(elsewhere, "build", *(str(two / n) for n in SEED_FILES), "-o", "../out2", *common)
    for name in OUTPUTS:
        first, second = (tmp_path / "out1" / name).read_bytes(), (tmp_path / "out2" / name).read_bytes()
        assert first == second, name
        for leak in (str(tmp_path), str(tmp_path.resolve()), "one/", "/two"):
            assert leak.encode() not in first, (name, leak)
    html = (tmp_path / "out1" / "graph.html").read_text(encoding="utf-8")
    assert SEED_FILES[0] in html  # the view shows the file, by its name


@pytest.mark.slow
def test_a_copy_is_read_once_and_an_update_names_files_as_a_whole_build(tmp_path):
    _write(tmp_path / "news" / "sub" / "1.txt", TEXT)
    _write(tmp_path / "news" / "copy.txt", TEXT)
    said = _kg(tmp_path, "build", "news/", "-o", "out", "--jobs", "1")
    assert "news/sub/1.txt has the same content as news/copy.txt; read once" in said
    nodes = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]
    assert [n["source"] for n in nodes if n.get("cls") == "Article"] == ["copy.txt"]  # one article, not two merged
    again = _kg(tmp_path, "build", "news/", "-o", "out", "--jobs", "1")
    assert "outputs of the identical earlier build reused" in again

    _write(tmp_path / "news" / "sub" / "2.txt", TEXT.replace("全体会议", "主席会议"))
    _kg(tmp_path, "build", "news/", "-o", "out", "--no-cache", "--jobs", "1", "--update")
    _kg(tmp_path, "build", "news/", "-o", "whole", "--no-cache", "--jobs", "1")
    nodes = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]
    assert sorted(n["source"] for n in nodes if n.get("cls") == "Article") == ["copy.txt", "sub/2.txt"]
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "whole" / "graph.ttl").read_bytes()
