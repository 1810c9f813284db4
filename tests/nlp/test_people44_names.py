"""People of session 44's pages (invented text).

A. 的 inside a run names no one: 姓X的 + a noun (一个姓鹿的男同志) says a surname alone.
B. A name before a note of its workplace in brackets, a verb a name is followed by after
   it (职工 X（某某有限公司）荣获…), is a person, though the tagger reads it as a body.
C. A name cell under a 姓名 heading set out to the column's width (姓　名) in a table whose
   other headings are spaced too: the cell is a name, though it is a town's.
D. 第二天 and 翌日 open a clause before a body's name (第二天区总工会…): no part of it.
E. A compound surname and a two-character given name the tagger reads as one word of
   another kind, right after a title, are a name whatever follows (副主席上官X为…发放).
"""

from __future__ import annotations

import pytest

PEOPLE: list = [
    # A
    ("镇工会一个姓鹿的男同志就回了电话。", set()),
    ("一个姓马的女同志就回了电话。", set()),
    # B
    ("● 辖区企业职工 石桥松（云岭恒达机械有限公司）荣获“溪北市五一劳动奖章”", {"石桥松"}),
    # C
    (
        "姓 名 性别 单位 荣誉称号 年份\n"
        "柳溪 男 柳溪乡新庄村（今柳溪镇新庄村） 云省劳动模范 1996\n"
        "郑秋实 女 云岭县人民医院 云省先进工作者 2005",
        {"柳溪", "郑秋实"},
    ),
    # E
    ("瑞安市总工会党组书记、常务副主席上官明远为新会员代表发放“入会大礼包”。", {"上官明远"}),
    ("县总工会副主席上官明远为获奖职工颁奖。", {"上官明远"}),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_44(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


def test_the_next_day_is_no_part_of_a_bodys_name(labelled) -> None:
    found = labelled("第二天区总工会权益保障部就回了电话。", "UNION") | labelled("翌日镇总工会召开会议。", "UNION")
    assert not any(x.startswith(("第二天", "翌日")) for x in found)
