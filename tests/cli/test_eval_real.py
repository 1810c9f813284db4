"""``tools/eval_real.py``: a folder of gold files and git-ignored texts, built as one corpus
and scored per item and as a set; the held-back part apart; a missing text named with
where to fetch it again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SCORER
from tests.linked_helpers import ROOT

# slow: the tool runs kg build three times (~15 s); it scores with the shared scorer
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project"),
]

TOOL = ROOT / "tools" / "eval_real.py"

TEXT = "青山区总工会举办职工技能大赛\n本报讯（记者 周文涛）青山区总工会主席林海出席开幕式。\n"


def gold(source: str, split: str, union: str) -> dict:
    return {
        "source": source,
        "split": split,
        "query": "青山区总工会 技能大赛",
        "rank": 3,
        "url": "http://example.org/news/1.html",
        "articles": [{"headline": "青山区总工会举办职工技能大赛", "credits": ["周文涛"]}],
        "entities": [
            {"type": "TradeUnion", "name": union, "aliases": []},
            {"type": "Person", "name": "林海", "aliases": []},
            {"type": "Person", "name": "周文涛", "aliases": []},
        ],
        "posts": [["林海", union, "主席"]],
    }


def write_set(folder: Path) -> None:
    (folder / "texts").mkdir(parents=True)
    for name, split, union in (("a01", "dev", "青山区总工会"), ("a02", "held", "青山区总工会"), ("a03", "dev", "x")):
        (folder / f"{name}.json").write_text(json.dumps(gold(f"{name}.txt", split, union), ensure_ascii=False))
    (folder / "texts" / "a01.txt").write_text(TEXT, encoding="utf-8")
    (folder / "texts" / "a02.txt").write_text(TEXT, encoding="utf-8")  # a03's text is missing


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, cwd=ROOT)


def test_the_development_part_is_built_and_scored_and_a_missing_text_is_named(tmp_path):
    write_set(tmp_path)
    result = run(str(tmp_path), "--scorer", str(SCORER))
    assert result.returncode == 0, result.stderr
    docs = [line for line in result.stdout.splitlines() if line.startswith("doc ")]
    assert [d.split()[1:3] for d in docs] == [["a01", "dev"]]  # a02 is held back, a03 has no text
    assert "credit_f1=1.000" in docs[0] and "post_f1=1.000" in docs[0]
    assert "missing text" in result.stderr and "a03.txt" in result.stderr
    assert "rank 3" in result.stderr and "http://example.org/news/1.html" in result.stderr
    assert result.stdout.splitlines()[-1].startswith("eval_real split=dev documents=1 ")


def test_the_held_back_part_is_scored_only_when_asked(tmp_path):
    write_set(tmp_path)
    result = run(str(tmp_path), "--split", "held", "--scorer", str(SCORER))
    assert result.returncode == 0, result.stderr
    assert [line.split()[1] for line in result.stdout.splitlines() if line.startswith("doc ")] == ["a02"]


def test_no_text_at_all_is_a_clear_error(tmp_path):
    (tmp_path / "a01.json").write_text(json.dumps(gold("a01.txt", "dev", "x")))
    result = run(str(tmp_path), "--scorer", str(SCORER))
    assert result.returncode == 1
    assert "no dev item with its text" in result.stderr and "Traceback" not in result.stderr


def test_verbose_lists_each_items_misses_under_its_line(tmp_path):
    write_set(tmp_path)
    data = json.loads((tmp_path / "a01.json").read_text())
    data["entities"].append({"type": "Person", "name": "郑无名", "aliases": []})
    (tmp_path / "a01.json").write_text(json.dumps(data, ensure_ascii=False))
    lines = run(str(tmp_path), "-v", "--scorer", str(SCORER)).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("doc a01"))
    below = [line for line in lines[at + 1 :] if line.startswith("    ")]
    assert any(line.split()[0] == "FN" and "郑无名" in line for line in below), lines


def test_a_part_with_nothing_to_score_is_left_out_of_the_applicable_figure(tmp_path):
    """An item with no byline: score.py's credit F1 is 0 though the graph rightly credits no
    one; the applicable figure leaves that part out, so it is above the item's overall."""
    (tmp_path / "texts").mkdir()
    item = gold("a01.txt", "dev", "青山区总工会")
    item["articles"][0]["credits"] = []
    (tmp_path / "a01.json").write_text(json.dumps(item, ensure_ascii=False))
    (tmp_path / "texts" / "a01.txt").write_text(TEXT.replace("（记者 周文涛）", ""), encoding="utf-8")
    result = run(str(tmp_path), "--scorer", str(SCORER))
    assert result.returncode == 0, result.stderr
    doc = next(line for line in result.stdout.splitlines() if line.startswith("doc "))
    figures = dict(word.split("=") for word in doc.split() if "=" in word)
    assert figures["credit_f1"] == "0.000"
    assert float(figures["applicable"]) > float(figures["overall"])
