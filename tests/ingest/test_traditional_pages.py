"""A page in traditional characters is read as its simplified twin is: the marks the
readers of genres look for (a forum's floors, a ledger's column labels) are simplified
words, so the page is converted before they read it, and what it printed stays its
headline (all texts invented)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.normalize import to_traditional
from tests.ingest.test_pages44_grammar import THREAD

LEDGER = """序号,日期,活动名称,活动地点,主办单位,参加人数,负责人,备注
1,2031-06-18,职工技能培训,县职教中心,河口县总工会,80,赵明亮,
2,2031-06-25,困难职工走访,河口镇,河口县总工会,12,赵明亮,
3,2031-06-29,职工篮球赛,县体育馆,河口县总工会,96,赵明亮,延期
"""


def _read(folder: Path, name: str, text: str) -> list[tuple[str, str | None, list[str], str]]:
    page = folder / name
    page.write_text(text, encoding="utf-8")
    return [
        (a.headline, a.written_headline, sorted([*a.reporters, *a.photographers]), a.text)
        for a in read_articles([str(page)]).articles
    ]


def test_a_forum_thread_in_traditional_characters_splits_as_in_simplified(tmp_path: Path) -> None:
    simplified = _read(tmp_path, "s.txt", THREAD)
    traditional = _read(tmp_path, "t.txt", to_traditional(THREAD))
    assert [(h, c, t) for h, _, c, t in traditional] == [(h, c, t) for h, _, c, t in simplified]
    assert len(traditional) == 2
    # (the headline as the page printed it)
    assert traditional[1][1] == to_traditional(simplified[1][0]) != simplified[1][0]


def test_a_ledger_with_traditional_column_labels_is_read_as_a_ledger(tmp_path: Path) -> None:
    simplified = _read(tmp_path, "s.csv", LEDGER)
    traditional = _read(tmp_path, "t.csv", to_traditional(LEDGER))
    assert [t for *_, t in traditional] == [t for *_, t in simplified]
    assert "80" in simplified[0][3] and "职工技能培训" in simplified[0][3]
