"""`kg articles` as a user runs it: JSON out, one-line errors, documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.chdir(ROOT)
    return CliRunner()


def test_json_output(runner):
    res = runner.invoke(main, ["articles", "seeds/", "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert len(rows) == 13
    for row in rows:
        assert {"headline", "reporters", "photographers", "date", "source", "chars"} <= set(row)
        assert row["source"].startswith("00")  # named inside the folder given
        assert row["chars"] > len(row["headline"])
    assert rows[0]["headline"] == "北京市服务工会第二届委员会第三次全体会议召开"
    assert rows[5]["photographers"] == ["宗晓畅", "高岩"]
    assert rows[-1]["reporters"] == ["马超"]


def test_table_output(runner):
    res = runner.invoke(main, ["articles", "seeds/000_ba22a2eb888b9f8c.txt", "--date", "2025-04-08"])
    assert res.exit_code == 0
    lines = res.stdout.strip().split("\n")
    assert len(lines) == 6
    assert lines[1].split("\t")[1:5] == [
        "“天天都是4·15，携手共筑首都安全防线”主题宣讲活动举办",
        "记者 张晶",
        "摄 王辰阳",
        "2025-04-08",
    ]
    assert "6 articles from 1 files" in res.stderr


def test_missing_path_is_one_line_and_exit_1(runner):
    res = runner.invoke(main, ["articles", "no/such/dir"])
    assert res.exit_code == 1
    assert res.stderr.strip() == "kg: error: no/such/dir: no such file or folder"
    assert "Traceback" not in res.output


def test_missing_path_among_good_files_is_exit_3(runner):
    res = runner.invoke(main, ["articles", "seeds/", "nope.txt", "--json"])
    assert res.exit_code == 3
    assert len(json.loads(res.stdout)) == 13
    assert res.stderr.strip() == "kg: warning: skipped nope.txt: no such file or folder"


def test_strict_fails_on_the_bad_file(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = runner.invoke(main, ["articles", "seeds/", str(empty), "--strict"])
    assert res.exit_code == 1
    assert res.stderr.strip() == f"kg: error: {empty.as_posix()}: empty file"
