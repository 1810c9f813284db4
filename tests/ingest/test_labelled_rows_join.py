"""A list of labelled rows keeps its rows (kg.ingest.repair): a row that opens with a short
label and a colon and closes with an entry's bracketed note (一等奖获得者：X（某公司）) is
whole; the next labelled row is no rest of it, nor is the paragraph after a blank line.
Every line is invented."""

from __future__ import annotations

import pytest

from kg.ingest.document import Block
from kg.ingest.repair import should_join
from kg.ingest.textmap import Mapped

FIRST = "一等奖获得者：贝晓川（四川长虹精密电子科技有限公司）"
SECOND = "二等奖获得者：邝丽娜（四川九洲电器集团有限责任公司）、竺海（绵阳市涪城区环境卫生管理所）"
AFTER = (
    "贝晓川、邝丽娜获得“绵阳市技术能手”称号；竺海获评“绵阳市职工岗位能手”。"
    "贝晓川是车间里最年轻的高级技师，他带的徒弟也进了决赛。"
)
NAMED = "获奖名单：乜红英（钦州市钦北区总工会机关）、蒙天佑（柳州市柳北区总工会）"


def _block(text: str, gap: int) -> Block:
    return Block(Mapped.of(text), None, gap)


@pytest.mark.parametrize(
    ("line", "after", "gap", "soft", "joined"),
    [
        # rows of a winners' list under one another, in a page of blank-separated paragraphs
        (FIRST, SECOND, 0, True, False),
        # the first row joined to the list's introduction, the next row under it
        ("各项目获奖名单如下：" + FIRST, SECOND, 0, True, False),
        # the paragraph after the list, a blank line between: its names are not the row's
        (SECOND, AFTER, 1, False, False),
        (NAMED, "乜红英今年刚满二十五岁，是队里最年轻的选手；她说，明年还要带着徒弟一起参赛。", 1, False, False),
        # near-miss: a row broken after its 、 goes on
        (SECOND + "、", "竺海（绵阳市涪城区环境卫生管理所）", 1, False, True),
        # near-miss: a labelled sentence broken mid-word across a blank line goes on
        ("会议强调：要深入学习贯彻全会精神，团结动员全市广大职工", "在推动高质量发展中建功立业。", 1, False, True),
        # near-miss: a row whose note is not closed at the line's end goes on
        (FIRST[:-1] + "，" + SECOND[:20], "电器集团有限责任公司）", 1, False, True),
    ],
)
def test_labelled_rows_stay_apart(line, after, gap, soft, joined):
    assert should_join(_block(line, 1), _block(after, gap), None, soft_wrap=soft) is joined
