"""A congress's results list as ingestion hands it on (round posts35): labels padded to one
width are one word again (副 主 席：), and a list's label line is never glued to the line
above it, even on a page whose paragraphs are set apart by blank lines (where the single line ends
inside a paragraph are read as wraps).

All lines are invented.
"""

from __future__ import annotations

import pytest

from kg.ingest.formats import read_txt
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.pages import build_articles
from kg.ingest.textmap import Mapped


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("副 主 席：汪秋菊 江海涛", "副主席：汪秋菊 江海涛"),
        ("　　副　主　席（按姓氏笔画为序）：", "副主席（按姓氏笔画为序）："),
        ("常 委：丁一帆", "常委：丁一帆"),
        ("主　　席：俞长林", "主席：俞长林"),
        # near-misses: no colon after the run, or the run inside a line
        ("全 国 总 工 会", "全 国 总 工 会"),
        ("会议强调 三 点：一是", "会议强调 三 点：一是"),
    ],
)
def test_a_padded_label_is_one_word(line, cleaned):
    assert clean_line(fold_width(Mapped.of(line))).text == cleaned


PAGE = """婺源县总工会第八届委员会第一次全体会议公报

　　2026年9月8日，婺源县总工会第八届委员会第一次全体会议在县工人文化宫召开。

　　会议应到委员31名，实到委员29名，符合规定人数。

　　会议由大会主席团常务主席江海涛主持。

　　会议以无记名投票方式选举产生了县总工会主席、副主席、常务委员会委员。现将选举结果公告如下：

　　主　　席：俞长林
　　常务副主席：江海涛
　　副 主 席（按姓氏笔画为序）：
　　　　　　汪秋菊（女）　胡建明（兼职）
　　常务委员会委员（按姓氏笔画为序）：
　　　　　　江海涛　汪秋菊（女）　胡建明　俞长林

　　会议号召，全县各级工会组织要团结带领广大职工建功新时代。

　　会议于当日上午结束。
"""


def test_a_list_label_line_stays_a_line_of_its_own():
    (doc,) = read_txt(PAGE)
    (article,) = build_articles(doc, "t.txt", 0, None, raw=PAGE)
    lines = article.text.split("\n")
    assert "常务副主席：江海涛" in lines
    assert any(line.startswith("常务委员会委员（按姓氏笔画为序）：") for line in lines)
