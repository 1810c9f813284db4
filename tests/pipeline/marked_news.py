"""A folder of news with one page that carries a marker, for tests that make the work on
that page fail (in this process, in worker processes, on a cluster's workers)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.pipeline.parallel
from tests.conftest import SEEDS


def marked_news(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mark: str, extra: dict[str, str] | None = None
) -> Path:
    """The two seed pages and a short page whose text carries ``mark`` (``b.txt``), plus
    ``extra`` pages (file name -> text); one file per task, so that workers share them."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1743465600")
    monkeypatch.setattr(kg.pipeline.parallel, "TASK_MIN_BYTES", 1)
    src = tmp_path / "news"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copyfile(seeds[0], src / "a.txt")
    (src / "b.txt").write_text(f"郑州市总工会举办职工运动会\n{mark}。郑州市总工会主席李红出席。\n", encoding="utf-8")
    shutil.copyfile(seeds[1], src / "c.txt")
    for name, text in (extra or {}).items():
        (src / name).write_text(text, encoding="utf-8")
    return src
